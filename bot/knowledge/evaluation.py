"""Retrieval evaluation on labelled question sets: recall@k, MRR and latency.

Used by ``bench/retrieval.py`` and by the quality-floor tests, so that both measure the same way.
A question set is YAML: ``{version: 1, default_split: tune, questions: [{q: 文本, id: item_id,
also: [other ids], split: heldout}]}``; a hit on ``id`` or any ``also`` id counts as correct.
``split`` (``tune`` or ``heldout``, per entry or the file's ``default_split``, else ``heldout``)
says whether the entry may be used to choose weights or is only measured.

A conversation set is YAML: ``{version: 1, conversations: [{split: heldout, turns: [{q, id,
also}]}]}``; :func:`evaluate_conversations` resolves each turn with the item resolved on the
previous turn as context (errors carry over, as in a real conversation).

:class:`NameBM25` is the floor every ranker must beat: plain BM25 over the item names, tokenised by
Jieba's default dictionary, nothing else.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import bm25s
import jieba
import numpy as np
import yaml

from bot.knowledge.retrieval import Hit, KnowledgeRetriever
from bot.knowledge.store import StoredItem

SPLITS = ("tune", "heldout")


@dataclass(frozen=True)
class LabelledQuestion:
    text: str
    ids: frozenset[str]
    split: str = "heldout"


@dataclass(frozen=True)
class Conversation:
    turns: tuple[LabelledQuestion, ...]
    split: str = "heldout"


class Ranker(Protocol):
    def timed_search(self, query: str, top_k: int, mode: str) -> tuple[list[Hit], float]: ...


def _read(path: Path, key: str) -> tuple[dict, list]:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    raw = data.get(key) if isinstance(data, dict) else None
    if not isinstance(raw, list) or not raw:
        raise ValueError(f"{path}: expected a mapping with a non-empty {key!r} list")
    return data, raw


def _split(path: Path, value: object, where: str) -> str:
    split = str(value)
    if split not in SPLITS:
        raise ValueError(f"{path}: {where} has split {split!r}; use one of {SPLITS}")
    return split


def _question(path: Path, entry: object, where: str, split: str) -> LabelledQuestion:
    if not isinstance(entry, dict) or not str(entry.get("q", "")).strip() or not entry.get("id"):
        raise ValueError(f"{path}: {where} needs q and id, got {entry!r}")
    ids = {str(entry["id"])} | {str(x) for x in entry.get("also", []) or []}
    split = _split(path, entry.get("split", split), where)
    return LabelledQuestion(str(entry["q"]).strip(), frozenset(ids), split)


def load_questions(path: Path, split: str | None = None) -> list[LabelledQuestion]:
    """Read a labelled question file (only ``split``'s entries when given); raises ValueError
    naming the entry for a bad one."""
    data, raw = _read(path, "questions")
    default = _split(path, data.get("default_split", "heldout"), "default_split")
    out = [_question(path, e, f"questions[{n}]", default) for n, e in enumerate(raw)]
    return [q for q in out if split is None or q.split == split]


def load_conversations(path: Path, split: str | None = None) -> list[Conversation]:
    """Read a conversation file (only ``split``'s conversations when given)."""
    _data, raw = _read(path, "conversations")
    out = []
    for n, entry in enumerate(raw):
        turns = entry.get("turns") if isinstance(entry, dict) else None
        if not isinstance(turns, list) or len(turns) < 2:
            raise ValueError(f"{path}: conversations[{n}] needs at least two turns")
        conv_split = _split(path, entry.get("split", "heldout"), f"conversations[{n}]")
        parsed = tuple(
            _question(path, t, f"conversations[{n}].turns[{m}]", conv_split)
            for m, t in enumerate(turns)
        )
        out.append(Conversation(parsed, conv_split))
    return [c for c in out if split is None or c.split == split]


_PUNCT = re.compile(r"[\s\W_]+", re.UNICODE)


class NameBM25:
    """The floor: plain BM25 (``bm25s`` defaults) over item names, Jieba's default dictionary."""

    def __init__(self, items: Sequence[StoredItem]):
        self.items = list(items)
        self._jieba = jieba.Tokenizer()
        self._jieba.initialize()
        self.bm25 = bm25s.BM25()
        self.bm25.index([self._tokens(it.name) for it in self.items], show_progress=False)

    def _tokens(self, text: str) -> list[str]:
        return [t for t in self._jieba.cut_for_search(_PUNCT.sub(" ", text.lower())) if t.strip()]

    def timed_search(
        self, query: str, top_k: int, mode: str = "names-bm25"
    ) -> tuple[list[Hit], float]:
        start = time.perf_counter()
        tokens = self._tokens(query)
        hits: list[Hit] = []
        if tokens:
            scores = self.bm25.get_scores(tokens)
            order = sorted(range(len(self.items)), key=lambda i: (-scores[i], i))[:top_k]
            hits = [
                Hit(self.items[i].id, self.items[i].name, float(scores[i]), 0.0, ("names-bm25",))
                for i in order
                if scores[i] > 0
            ]
        return hits, (time.perf_counter() - start) * 1000.0


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
    retriever: Ranker, questions: Sequence[LabelledQuestion], mode: str = "hybrid"
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


@dataclass(frozen=True)
class ConversationResult:
    conversations: int
    follow_ups: int
    follow_up_accuracy: float  # turns 2.. resolved to the labelled item
    first_turn_accuracy: float
    all_turns_right: float  # share of conversations with every turn right
    misses: tuple[tuple[str, str, str, str], ...]  # (previous item, question, expected, got)

    def to_dict(self, with_misses: bool = True) -> dict:
        data = {
            "conversations": self.conversations,
            "follow_ups": self.follow_ups,
            "follow_up_accuracy": round(self.follow_up_accuracy, 4),
            "first_turn_accuracy": round(self.first_turn_accuracy, 4),
            "all_turns_right": round(self.all_turns_right, 4),
        }
        if with_misses:
            data["misses"] = [
                {"context": c, "q": q, "expected": e, "got": g} for c, q, e, g in self.misses
            ]
        return data


def evaluate_conversations(
    retriever: KnowledgeRetriever, conversations: Sequence[Conversation], mode: str = "hybrid"
) -> ConversationResult:
    """Resolve every turn with the previously resolved item as context (see module docstring).

    ``mode`` ``names-bm25`` is not meaningful here; ``bm25`` and ``hybrid`` use
    :meth:`KnowledgeRetriever.resolve`.
    """
    first = follow = follow_right = all_right = 0
    first_right = 0
    misses = []
    for conv in conversations:
        context: str | None = None
        last_aspects: list[str] = []
        ok = True
        for n, turn in enumerate(conv.turns):
            res = retriever.resolve(
                turn.text, context_item=context, mode=mode, last_aspects=last_aspects
            )
            last_aspects = res.aspects
            got = res.item.id if res.item is not None else None
            right = got in turn.ids
            if n == 0:
                first += 1
                first_right += right
            else:
                follow += 1
                follow_right += right
                if not right:
                    misses.append((context or "-", turn.text, sorted(turn.ids)[0], got or "-"))
            ok = ok and right
            context = got
        all_right += ok
    return ConversationResult(
        conversations=len(conversations),
        follow_ups=follow,
        follow_up_accuracy=follow_right / follow if follow else 0.0,
        first_turn_accuracy=first_right / first if first else 0.0,
        all_turns_right=all_right / len(conversations) if conversations else 0.0,
        misses=tuple(misses),
    )
