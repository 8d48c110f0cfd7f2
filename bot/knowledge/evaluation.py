"""Retrieval evaluation on labelled question sets: recall@k, MRR and latency.

Used by ``bench/retrieval.py`` and by the quality-floor tests, so that both measure the same way.
A question set is YAML: ``{version: 1, questions: [{q: 文本, id: item_id, also: [other ids]}]}``;
a hit on ``id`` or any ``also`` id counts as correct.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

from bot.knowledge.retrieval import KnowledgeRetriever


@dataclass(frozen=True)
class LabelledQuestion:
    text: str
    ids: frozenset[str]


def load_questions(path: Path) -> list[LabelledQuestion]:
    """Read a labelled question file; raises ValueError naming the entry for a bad one."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    raw = data.get("questions") if isinstance(data, dict) else None
    if not isinstance(raw, list) or not raw:
        raise ValueError(f"{path}: expected a mapping with a non-empty 'questions' list")
    out = []
    for n, entry in enumerate(raw):
        if (
            not isinstance(entry, dict)
            or not str(entry.get("q", "")).strip()
            or not entry.get("id")
        ):
            raise ValueError(f"{path}: questions[{n}] needs q and id, got {entry!r}")
        ids = {str(entry["id"])} | {str(x) for x in entry.get("also", []) or []}
        out.append(LabelledQuestion(str(entry["q"]).strip(), frozenset(ids)))
    return out


@dataclass(frozen=True)
class EvalResult:
    questions: int
    recall_at_1: float
    recall_at_3: float
    recall_at_5: float
    mrr: float
    latency_p50_ms: float
    latency_p95_ms: float
    misses: tuple[tuple[str, str, str], ...]  # (question, expected, got@1) for recall@1 misses

    def to_dict(self, with_misses: bool = True) -> dict:
        data = {
            "questions": self.questions,
            "recall@1": round(self.recall_at_1, 4),
            "recall@3": round(self.recall_at_3, 4),
            "recall@5": round(self.recall_at_5, 4),
            "mrr@10": round(self.mrr, 4),
            "latency_p50_ms": round(self.latency_p50_ms, 2),
            "latency_p95_ms": round(self.latency_p95_ms, 2),
        }
        if with_misses:
            data["misses_at_1"] = [{"q": q, "expected": e, "got": g} for q, e, g in self.misses]
        return data


def evaluate(
    retriever: KnowledgeRetriever, questions: Sequence[LabelledQuestion], mode: str = "hybrid"
) -> EvalResult:
    """Rank the top 10 for every question and score them against the labels."""
    ranks: list[int | None] = []
    latencies: list[float] = []
    misses = []
    for question in questions:
        hits, ms = retriever.timed_search(question.text, 10, mode)
        latencies.append(ms)
        rank = next((n for n, h in enumerate(hits, start=1) if h.id in question.ids), None)
        ranks.append(rank)
        if rank != 1:
            got = hits[0].id if hits else "-"
            misses.append((question.text, sorted(question.ids)[0], got))
    n = len(questions)

    def recall(k: int) -> float:
        return sum(1 for r in ranks if r is not None and r <= k) / n if n else 0.0

    mrr = sum(1.0 / r for r in ranks if r is not None) / n if n else 0.0
    lat = np.array(latencies) if latencies else np.zeros(1)
    return EvalResult(
        questions=n,
        recall_at_1=recall(1),
        recall_at_3=recall(3),
        recall_at_5=recall(5),
        mrr=mrr,
        latency_p50_ms=float(np.percentile(lat, 50)),
        latency_p95_ms=float(np.percentile(lat, 95)),
        misses=tuple(misses),
    )
