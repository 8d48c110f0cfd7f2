"""The product of experts that combines DIET's ranking with the LLM's intent distribution."""

from __future__ import annotations

import numpy as np
import pytest

from bot.nlu.experts import combine, combine_with_previous, previous_distribution


def test_previous_distribution_edge_cases():
    labels = ["a", "b", "c"]
    assert previous_distribution(None, labels) is None
    assert previous_distribution([], labels) is None
    assert previous_distribution([{"name": "nlu_fallback", "confidence": 1.0}], labels) is None
    dist = previous_distribution(
        [{"name": "a", "confidence": 0.5}, {"name": "b", "confidence": float("nan")}, "junk"],
        labels,
    )
    np.testing.assert_allclose(dist, [0.5, 0.25, 0.25])
    # Confidences that already sum to 1 leave nothing for unranked intents but the floor.
    dist = previous_distribution(
        [{"name": "a", "confidence": 0.6}, {"name": "b", "confidence": 0.4}], labels
    )
    assert dist[2] < 1e-5 and dist.sum() == pytest.approx(1.0)


def test_combine_keeps_agreement_and_lets_a_confident_expert_win():
    prev = np.array([0.6, 0.3, 0.1])
    assert combine(prev, np.array([0.5, 0.3, 0.2]), 0.5).argmax() == 0
    # DIET unsure between a and b, LLM sure of b: b wins.
    mixed = combine(np.array([0.45, 0.44, 0.11]), np.array([0.05, 0.9, 0.05]), 0.5)
    assert mixed.argmax() == 1 and mixed.sum() == pytest.approx(1.0)


def test_combine_with_previous_needs_a_ranking_and_a_weight_below_one():
    labels = ["a", "b"]
    llm = np.array([0.2, 0.8])
    ranking = [{"name": "a", "confidence": 0.9}, {"name": "b", "confidence": 0.1}]
    assert combine_with_previous(None, labels, llm, 0.5) is llm
    assert combine_with_previous(ranking, labels, llm, 1.0) is llm
    np.testing.assert_allclose(
        combine_with_previous(ranking, labels, llm, 0.5), combine(np.array([0.9, 0.1]), llm, 0.5)
    )
