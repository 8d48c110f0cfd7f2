"""Two intent classifiers as a product of experts: ``p ∝ p_prev^(1-w) · p_llm^w``.

``LLMIntentClassifier`` runs after DIET and combines DIET's ``intent_ranking`` with its own
distribution instead of overwriting it. Rankings are lists of ``{"name": intent, "confidence": p}``
(Rasa's ``INTENT_NAME_KEY`` / ``PREDICTED_CONFIDENCE_KEY``).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from bot.nlu.intent_head import softmax

NAME_KEY = "name"
CONFIDENCE_KEY = "confidence"
# An intent the earlier classifier gave (almost) nothing still keeps this much probability, so one
# expert cannot veto the other outright.
PROBABILITY_FLOOR = 1e-6


def previous_distribution(ranking: Any, labels: list[str]) -> np.ndarray | None:
    """An earlier classifier's ``intent_ranking`` as probabilities over ``labels``, or None.

    Intents it did not rank (rankings are truncated) share the leftover mass equally; intents
    outside ``labels`` (``nlu_fallback``) are dropped; the result sums to 1.
    """
    if not isinstance(ranking, list) or not ranking:
        return None
    index = {label: i for i, label in enumerate(labels)}
    dist = np.zeros(len(labels), dtype=np.float64)
    seen = np.zeros(len(labels), dtype=bool)
    for entry in ranking:
        if not isinstance(entry, dict):
            continue
        i = index.get(entry.get(NAME_KEY))
        confidence = entry.get(CONFIDENCE_KEY)
        if i is None or not isinstance(confidence, int | float) or not np.isfinite(confidence):
            continue
        dist[i], seen[i] = max(float(confidence), 0.0), True
    if not seen.any():
        return None
    leftover = max(0.0, 1.0 - float(dist.sum()))
    if (~seen).any():
        dist[~seen] = leftover / int((~seen).sum())
    dist = np.maximum(dist, PROBABILITY_FLOOR)
    return dist / dist.sum()


def combine(previous: np.ndarray, llm: np.ndarray, weight: float) -> np.ndarray:
    """Weighted geometric mean ``p_prev^(1-w) · p_llm^w``, renormalised (sums to 1)."""
    logits = (1.0 - weight) * np.log(np.maximum(previous, PROBABILITY_FLOOR)) + weight * np.log(
        np.maximum(llm, PROBABILITY_FLOOR)
    )
    return softmax(logits[None, :])[0]


def combine_with_previous(
    previous_ranking: Any, labels: list[str], llm: np.ndarray, weight: float
) -> np.ndarray:
    """``llm`` combined with an earlier ranking when there is one and ``weight < 1``."""
    previous = previous_distribution(previous_ranking, labels)
    if previous is None or weight >= 1.0:
        return llm
    return combine(previous, llm, weight)
