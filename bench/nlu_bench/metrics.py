"""Intent and entity scores from gold and predicted labels (no Rasa needed)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

FALLBACK_INTENT = "nlu_fallback"
NO_PREDICTION = "<none>"


def prediction_without_fallback(ranking: Sequence[dict[str, Any]], intent: str | None) -> str:
    """The top intent other than ``nlu_fallback``: FallbackClassifier puts itself in front of
    the classifier's ranking, which stays below it."""
    for item in ranking:
        if item.get("name") and item["name"] != FALLBACK_INTENT:
            return item["name"]
    return intent if intent and intent != FALLBACK_INTENT else NO_PREDICTION


def intent_metrics(
    gold: Sequence[str], predicted: Sequence[str], predicted_raw: Sequence[str]
) -> dict[str, Any]:
    """Accuracy and macro-F1 over the test set's intents (a predicted intent outside them, such
    as ``nlu_fallback``, is simply wrong), both without and with fallback counted."""
    from sklearn.metrics import f1_score, precision_recall_fscore_support

    if not gold:
        return {}
    labels = sorted(set(gold))

    def accuracy(pred: Sequence[str]) -> float:
        return sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold)

    def macro(pred: Sequence[str]) -> float:
        return float(
            f1_score(gold, pred, labels=labels, average="macro", zero_division=0)  # type: ignore[arg-type]
        )

    p, r, f, support = precision_recall_fscore_support(
        gold, predicted, labels=labels, zero_division=0
    )
    return {
        "intent_accuracy": round(accuracy(predicted), 4),
        "intent_macro_f1": round(macro(predicted), 4),
        "intent_accuracy_raw": round(accuracy(predicted_raw), 4),
        "intent_macro_f1_raw": round(macro(predicted_raw), 4),
        "fallback_rate": round(sum(x == FALLBACK_INTENT for x in predicted_raw) / len(gold), 4),
        "per_intent": {
            label: {
                "precision": round(float(p[i]), 4),
                "recall": round(float(r[i]), 4),
                "f1": round(float(f[i]), 4),
                "support": int(support[i]),
            }
            for i, label in enumerate(labels)
        },
    }


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | int]:
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "support": n_gold,
        "predicted": n_pred,
    }


def entity_metrics(
    gold: Sequence[Iterable[tuple[int, int, str]]],
    predicted: Sequence[Iterable[tuple[int, int, str]]],
    types: Iterable[str],
) -> dict[str, Any]:
    """Exact-match entity scores: a prediction counts only with the same start, end and type.

    Micro over ``types`` (predictions of other types are ignored: they belong to components the
    data set does not annotate), per type, and the macro average over types. Equal to seqeval's
    strict span F1, computed on character spans directly instead of tag sequences.
    """
    types = sorted(set(types))
    wanted = set(types)
    counts = {t: [0, 0, 0] for t in types}  # tp, predicted, gold
    for gold_spans, pred_spans in zip(gold, predicted, strict=True):
        g = {s for s in gold_spans if s[2] in wanted}
        p = {s for s in pred_spans if s[2] in wanted}
        for span in p:
            counts[span[2]][1] += 1
            if span in g:
                counts[span[2]][0] += 1
        for span in g:
            counts[span[2]][2] += 1
    per_type = {t: _prf(*counts[t]) for t in types}
    micro = _prf(*(sum(c[i] for c in counts.values()) for i in range(3)))
    with_support = [per_type[t]["f1"] for t in types if counts[t][2]]
    return {
        "entity_precision": micro["precision"],
        "entity_recall": micro["recall"],
        "entity_f1": micro["f1"],
        "entity_macro_f1": round(sum(with_support) / len(with_support), 4) if with_support else 0.0,
        "entity_support": micro["support"],
        "per_entity_type": per_type,
    }


def token_aligned_share(
    gold: Sequence[Iterable[tuple[int, int, str]]], tokens: Sequence[Iterable[tuple[int, int]]]
) -> float | None:
    """Share of gold entities whose start and end fall on token boundaries: a token-level
    extractor (DIET) cannot get the others exactly right."""
    total = aligned = 0
    for spans, toks in zip(gold, tokens, strict=True):
        starts = {s for s, _ in toks}
        ends = {e for _, e in toks}
        for start, end, _ in spans:
            total += 1
            aligned += start in starts and end in ends
    return round(aligned / total, 4) if total else None
