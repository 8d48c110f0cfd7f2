"""Intent decisions that outrank the classifiers (emergency, policy, message length).

The NLU gates at the end of the pipeline either *decide* an intent with certainty or *demote* a
classifier's guess they do not confirm. Both keep ``intent_ranking`` a distribution over every
intent (summing to 1), so FallbackClassifier and the policies read it as before. Plain dicts with
Rasa's key names ("name", "confidence"; entity keys as in Rasa's message format), so that this
stays testable without Rasa.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

Ranking = list[dict[str, Any]]

# Rasa's fallback intent, and the confidence the next intent needs once a safety gate demotes the
# top one: FallbackClassifier's threshold in config.yml (a test keeps them equal). FallbackClassifier
# runs before the gates, so the guess after a demoted one was followed however unsure it was ("有人
# 抢我包我把他推倒了 他摔伤了 我要负责吗": report_emergency, request_harmful, then goodbye at 0.15);
# below this the message becomes nlu_fallback, as FallbackClassifier would have made it, unless the
# next intent is ask_service, whose action answers only what the knowledge base finds and says so
# when it finds nothing (a form or a chit-chat reply would act on the guess).
FALLBACK_INTENT = "nlu_fallback"
DEMOTED_FALLBACK_THRESHOLD = 0.4
SURE_ENOUGH_WHEN_DEMOTED = frozenset({"ask_service"})


def decided_ranking(
    ranking: Sequence[dict[str, Any]], intent: str
) -> tuple[dict[str, Any], Ranking]:
    """``intent`` at confidence 1.0 and first; every other intent kept at 0.0."""
    top = {"name": intent, "confidence": 1.0}
    others = [{**entry, "confidence": 0.0} for entry in ranking if entry.get("name") != intent]
    return top, [dict(top), *others]


def demoted_ranking(
    ranking: Sequence[dict[str, Any]],
    intent: str,
    fallback_below: float = 0.0,
    sure_enough: frozenset[str] = SURE_ENOUGH_WHEN_DEMOTED,
) -> Ranking | None:
    """The ranking without ``intent``'s mass, renormalised, ``intent`` last at 0.0.

    When the best other intent had less than ``fallback_below`` before renormalising and is not in
    ``sure_enough``, ``nlu_fallback`` comes first at ``fallback_below`` and the others share the
    rest (the ranking still sums to 1). None when no other intent has any mass (there is nothing to
    fall back to).
    """
    rest = [entry for entry in ranking if entry.get("name") != intent]
    total = sum(float(entry.get("confidence") or 0.0) for entry in rest)
    if not rest or total <= 0.0:
        return None
    best = max(rest, key=lambda entry: float(entry.get("confidence") or 0.0))
    unsure = float(best.get("confidence") or 0.0) < fallback_below and best.get(
        "name"
    ) not in sure_enough | {FALLBACK_INTENT}
    if unsure:
        rest = [entry for entry in rest if entry.get("name") != FALLBACK_INTENT]
        total = sum(float(entry.get("confidence") or 0.0) for entry in rest)
    share = (1.0 - fallback_below) if unsure else 1.0
    demoted = [
        {**entry, "confidence": share * float(entry.get("confidence") or 0.0) / total}
        for entry in rest
    ]
    if unsure:
        demoted.insert(0, {"name": FALLBACK_INTENT, "confidence": fallback_below})
    demoted.append({"name": intent, "confidence": 0.0})
    return demoted


def promoted_ranking(
    ranking: Sequence[dict[str, Any]], intent: str
) -> tuple[dict[str, Any], Ranking]:
    """``intent`` first with the top entry's confidence; the top entry takes ``intent``'s old
    confidence (0.0 when it was not ranked) and its place. Nothing else moves."""
    entries = [dict(entry) for entry in ranking]
    if not entries:
        top = {"name": intent, "confidence": 1.0}
        return top, [dict(top)]
    head = entries[0]
    index = next((i for i, e in enumerate(entries) if e.get("name") == intent), None)
    if index == 0:
        return {"name": intent, "confidence": head.get("confidence")}, entries
    own = float(entries[index].get("confidence") or 0.0) if index is not None else 0.0
    top = {"name": intent, "confidence": head.get("confidence")}
    demoted = {**head, "confidence": own}
    if index is None:
        return top, [dict(top), demoted, *entries[1:]]
    entries[index] = demoted
    return top, [dict(top), *entries[1:]]


def with_whole_text_entity(
    entities: Sequence[dict[str, Any]], text: str, entity: str, value: str, extractor: str
) -> list[dict[str, Any]]:
    """``entities`` with one ``entity`` spanning the whole text (replacing any earlier one)."""
    kept = [e for e in entities if e.get("entity") != entity]
    kept.append(
        {
            "entity": entity,
            "start": 0,
            "end": len(text),
            "value": value,
            "confidence": 1.0,
            "extractor": extractor,
        }
    )
    return kept
