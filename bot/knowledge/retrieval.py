"""Hybrid retrieval over service items: BM25 + alias/knowledge-graph fuzzy matching (+ dense).

Each retriever produces a ranked list of item ids; the lists are fused by reciprocal rank fusion
(RRF), so every item appears once however many of its names, aliases, FAQs or facts matched.

- **BM25** (``bm25s``) over Jieba tokens of one document per item: name and aliases (repeated, they
  are the strongest evidence), FAQ questions and answers, and all facts.
- **Alias matching** (``rapidfuzz``): names and aliases found in the question, tolerating small
  typos (``partial_ratio``); a hit here means the question *names* the item.
- **Knowledge-graph matching**: KG nodes (materials, departments, offices, channels, themes) named
  in the question point to the items linked to them, weighted by how specific the node is.
- **Dense** (optional, off by default): any local sentence-embedding model directory (a Hugging Face
  encoder, mean-pooled); nothing is downloaded.

Scores: the fused RRF value orders results; ``Hit.score`` is a calibrated relevance in [0, 1] —
the best of the alias match and the IDF-weighted share of the question's content words found in
the item — and is what ``retrieval_min_score`` is compared with.
"""

from __future__ import annotations

import math
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import bm25s
import numpy as np
from rapidfuzz import fuzz, process
from sqlalchemy.engine import Engine

from bot.knowledge.aspects import ASPECTS, detect_aspects
from bot.knowledge.store import KnowledgeGraphEdge, StoredItem, load_items, load_triples
from bot.knowledge.tokenize import Tokenizer

MODES = ("bm25", "hybrid")
# Words that start a follow-up about the item already under discussion.
_FOLLOW_UP_PREFIXES = ("那", "这个", "那个", "它", "还有", "另外", "再问", "那么", "这", "该")


@dataclass(frozen=True)
class RetrievalConfig:
    """Tuning knobs; defaults were chosen on the labelled sets in tests/knowledge (see bench/)."""

    # RRF constant: 60 is the value from Cormack et al. and is insensitive within 20..100.
    rrf_k: int = 60
    # How deep each retriever's list goes before fusion.
    depth: int = 50
    # Alias match (rapidfuzz, 0..100) needed to count an alias as present in the question; 80
    # tolerates one wrong character in a 5-character alias.
    alias_cutoff: float = 80.0
    # Alias match at which the question is taken to *name* the item (switches the context item).
    named_cutoff: float = 90.0
    # Aliases shorter than this must appear exactly (no typo tolerance); longer ones may have at
    # most ``max_typos`` wrong characters.
    fuzzy_min_len: int = 5
    max_typos: int = 1
    # KG node labels must appear in the question; shorter labels are too ambiguous.
    kg_min_label: int = 4
    # A node linked to more items than this says little about which one is meant.
    kg_max_fanout: int = 5
    # Weights of each list in the fusion.
    weights: dict[str, float] = field(
        default_factory=lambda: {"bm25": 1.0, "alias": 0.7, "kg": 0.15, "dense": 1.0}
    )
    # Name/alias repetitions in the BM25 document (field weighting without a second index).
    title_repeat: int = 2
    # BM25 parameters. A low ``b`` because curated items carry far longer documents (facts, FAQs)
    # than catalogue items; full length normalisation would bury them.
    bm25_k1: float = 1.2
    bm25_b: float = 0.4
    # Optional local sentence-embedding model directory (Hugging Face format); None = off.
    dense_model_dir: Path | None = None
    # A non-context item must be at least this relevant to pull a follow-up away from the context.
    switch_score: float = 0.6


@dataclass(frozen=True)
class Hit:
    id: str
    name: str
    score: float  # calibrated relevance in [0, 1]
    fused: float  # RRF value (ordering)
    matched_by: tuple[str, ...]  # retrievers that returned the item ("context" for follow-ups)

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "score": round(self.score, 4),
            "fused": round(self.fused, 6),
            "matched_by": list(self.matched_by),
        }


@dataclass(frozen=True)
class Resolution:
    """Which item a question is about, and which aspects it asks for."""

    item: StoredItem | None
    score: float
    aspects: list[str]
    hits: list[Hit]
    via_context: bool  # resolved to the context item (a follow-up)
    switched: bool  # differs from the given context item


class DenseEncoder:
    """Mean-pooled sentence embeddings from a local Hugging Face encoder directory."""

    def __init__(self, model_dir: Path, max_length: int = 128, batch_size: int = 32):
        import torch
        from transformers import AutoModel, AutoTokenizer

        model_dir = Path(model_dir)
        if not model_dir.is_dir():
            raise FileNotFoundError(f"dense model directory {model_dir} does not exist")
        self._torch = torch
        self.tokenizer = AutoTokenizer.from_pretrained(model_dir, local_files_only=True)
        self.model = AutoModel.from_pretrained(model_dir, local_files_only=True).eval()
        self.max_length = max_length
        self.batch_size = batch_size

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        torch = self._torch
        out = []
        with torch.inference_mode():
            for start in range(0, len(texts), self.batch_size):
                batch = self.tokenizer(
                    list(texts[start : start + self.batch_size]),
                    padding=True,
                    truncation=True,
                    max_length=self.max_length,
                    return_tensors="pt",
                )
                hidden = self.model(**batch).last_hidden_state
                mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
                pooled = torch.nn.functional.normalize(pooled, dim=-1)
                out.append(pooled.float().numpy())
        return np.concatenate(out) if out else np.zeros((0, 1), dtype=np.float32)


def _rank_lists_to_rrf(
    lists: dict[str, list[str]], weights: dict[str, float], k: int
) -> dict[str, tuple[float, list[str]]]:
    fused: dict[str, float] = defaultdict(float)
    sources: dict[str, list[str]] = defaultdict(list)
    for name, ranked in lists.items():
        w = weights.get(name, 1.0)
        for rank, item_id in enumerate(ranked, start=1):
            fused[item_id] += w / (k + rank)
            sources[item_id].append(name)
    return {i: (fused[i], sources[i]) for i in fused}


class KnowledgeRetriever:
    """In-memory index over stored items; build once per process and reuse."""

    def __init__(
        self,
        items: Sequence[StoredItem],
        triples: Sequence[KnowledgeGraphEdge] = (),
        config: RetrievalConfig | None = None,
    ):
        if not items:
            raise ValueError("the knowledge base is empty: run `python -m bot kb build` first")
        self.config = config or RetrievalConfig()
        self.items = list(items)
        self.by_id = {it.id: it for it in self.items}
        names = [n for it in self.items for n in (it.name, *it.aliases)]
        self.tokenizer = Tokenizer(names)
        self._aspect_vocab = {
            tok for a in ASPECTS for cue in a.cues for tok in self.tokenizer.tokens(cue)
        } | {tok for a in ASPECTS for tok in self.tokenizer.tokens(a.label)}
        self._build_bm25()
        self._build_alias_index()
        self._build_kg_index(triples)
        self.dense: DenseEncoder | None = None
        self._dense_matrix: np.ndarray | None = None
        if self.config.dense_model_dir:
            self.dense = DenseEncoder(Path(self.config.dense_model_dir))
            self._dense_matrix = self.dense.encode([self._dense_text(it) for it in self.items])

    @classmethod
    def from_engine(
        cls, engine: Engine, config: RetrievalConfig | None = None
    ) -> KnowledgeRetriever:
        return cls(load_items(engine), load_triples(engine), config)

    # ------------------------------------------------------------------ index construction

    def _doc_text(self, it: StoredItem) -> tuple[str, str]:
        title = " ".join((it.name, *it.aliases))
        body = " ".join(
            [q + " " + a for q, a in it.faqs] + [t for texts in it.facts.values() for t in texts]
        )
        return title, body

    def _dense_text(self, it: StoredItem) -> str:
        return "；".join((it.name, *it.aliases, *(q for q, _ in it.faqs)))

    def _build_bm25(self) -> None:
        corpus = []
        self._doc_tokens: list[set[str]] = []
        for it in self.items:
            title, body = self._doc_text(it)
            title_tokens = self.tokenizer.tokens(title)
            body_tokens = self.tokenizer.tokens(body)
            corpus.append(title_tokens * self.config.title_repeat + body_tokens)
            self._doc_tokens.append(set(title_tokens) | set(body_tokens))
        self.bm25 = bm25s.BM25(k1=self.config.bm25_k1, b=self.config.bm25_b)
        self.bm25.index(corpus, show_progress=False)
        df: dict[str, int] = defaultdict(int)
        for toks in self._doc_tokens:
            for t in toks:
                df[t] += 1
        n = len(self.items)
        self._idf = {t: math.log(1 + (n - c + 0.5) / (c + 0.5)) for t, c in df.items()}
        self._max_idf = math.log(1 + (n + 0.5) / 0.5)

    def _build_alias_index(self) -> None:
        self._alias_strings: list[str] = []
        self._alias_owner: list[int] = []
        for idx, it in enumerate(self.items):
            for s in dict.fromkeys((it.name, *it.aliases)):
                if len(s) >= 2:
                    self._alias_strings.append(s.lower())
                    self._alias_owner.append(idx)

    def _build_kg_index(self, triples: Sequence[KnowledgeGraphEdge]) -> None:
        linked: dict[str, set[int]] = defaultdict(set)
        index = {it.id: n for n, it in enumerate(self.items)}
        dept_items: dict[str, set[int]] = defaultdict(set)
        for t in triples:
            if t.item_id in index and t.object_kind in {
                "material",
                "department",
                "office",
                "channel",
                "theme",
                "domain",
            }:
                linked[t.object.lower()].add(index[t.item_id])
                if t.object_kind == "department":
                    dept_items[t.object].add(index[t.item_id])
        # department —located_at→ office: naming an office points at its departments' items.
        for t in triples:
            if t.item_id is None and t.predicate == "located_at" and t.subject in dept_items:
                linked[t.object.lower()] |= dept_items[t.subject]
        self._kg_labels = [
            label
            for label, owners in linked.items()
            if len(label) >= self.config.kg_min_label and len(owners) <= self.config.kg_max_fanout
        ]
        self._kg_links = {label: sorted(linked[label]) for label in self._kg_labels}

    # ------------------------------------------------------------------ individual retrievers

    def content_tokens(self, query: str) -> list[str]:
        """Query tokens that say *what* is asked about (aspect words and stopwords removed)."""
        return [t for t in self.tokenizer.tokens(query) if t not in self._aspect_vocab]

    def _bm25_ranked(self, query: str) -> tuple[list[int], dict[int, float]]:
        tokens = self.tokenizer.tokens(query)
        if not tokens:
            return [], {}
        scores = self.bm25.get_scores(tokens)
        depth = min(self.config.depth, len(self.items))
        top = np.argsort(-scores)[:depth]
        ranked = [int(i) for i in top if scores[i] > 0]
        return ranked, {i: float(scores[i]) for i in ranked}

    def _alias_scores(self, query: str) -> dict[int, float]:
        """Best alias match per item (0..100) for names/aliases present in the question.

        Exact containment scores 100; aliases of at least ``fuzzy_min_len`` characters may also
        match with a small typo (rapidfuzz ``partial_ratio`` >= ``alias_cutoff``). A short alias
        with one wrong character is usually another word, so short aliases must match exactly.
        """
        q = query.lower()
        best: dict[int, float] = {}
        if len(q) < 2:
            return best
        matches = process.extract(
            q,
            self._alias_strings,
            scorer=fuzz.partial_ratio,
            score_cutoff=self.config.alias_cutoff,
            limit=None,
        )
        for alias, score, pos in matches:
            if alias in q:
                score = 100.0
            elif len(alias) > len(q):
                # The whole question is (nearly) the alias, e.g. "居住证" for "办居住证".
                score = fuzz.ratio(alias, q)
                if score < self.config.alias_cutoff:
                    continue
            elif len(alias) < self.config.fuzzy_min_len:
                continue
            elif (100.0 - score) / 100.0 * len(alias) > self.config.max_typos + 0.25:
                # partial_ratio is relative: in a long alias 80 means several wrong characters.
                continue
            owner = self._alias_owner[pos]
            # Prefer longer (more specific) aliases among equally good matches.
            score = float(score) + min(len(alias), 20) / 100.0
            if score > best.get(owner, 0.0):
                best[owner] = score
        return best

    def _kg_scores(self, query: str) -> dict[int, float]:
        """Items linked to KG nodes (materials, departments, offices, ...) named in the question."""
        q = query.lower()
        if len(q) < self.config.kg_min_label or not self._kg_labels:
            return {}
        scores: dict[int, float] = defaultdict(float)
        for label in self._kg_labels:
            if label in q:
                owners = self._kg_links[label]
                for owner in owners:
                    scores[owner] += len(label) / len(owners)
        return dict(scores)

    def _dense_ranked(self, query: str) -> list[int]:
        if self.dense is None or self._dense_matrix is None:
            return []
        q = self.dense.encode([query])[0]
        sims = self._dense_matrix @ q
        return [int(i) for i in np.argsort(-sims)[: self.config.depth]]

    def coverage(self, query_tokens: Sequence[str], idx: int) -> float:
        """IDF-weighted share of the question's content words that occur in item ``idx``."""
        unique = list(dict.fromkeys(query_tokens))
        if not unique:
            return 0.0
        total = sum(self._idf.get(t, self._max_idf) for t in unique)
        hit = sum(self._idf.get(t, self._max_idf) for t in unique if t in self._doc_tokens[idx])
        return hit / total if total else 0.0

    # ------------------------------------------------------------------ public API

    def search(
        self,
        query: str,
        top_k: int = 5,
        mode: str = "hybrid",
        context_item: str | None = None,
    ) -> list[Hit]:
        """Ranked items for ``query`` (one hit per item). With ``context_item``, a follow-up
        question that names no other item ranks the context item first."""
        if mode not in MODES:
            raise ValueError(f"unknown retrieval mode {mode!r}; choose one of {MODES}")
        if context_item is not None:
            resolution = self.resolve(query, context_item=context_item, top_k=top_k, mode=mode)
            return resolution.hits
        return self._search(query, top_k, mode)

    def _search(self, query: str, top_k: int, mode: str) -> list[Hit]:
        query = query.strip()
        if not query:
            return []
        ranked_bm25, _ = self._bm25_ranked(query)
        lists: dict[str, list[int]] = {"bm25": ranked_bm25}
        alias: dict[int, float] = {}
        if mode == "hybrid":
            alias = self._alias_scores(query)
            lists["alias"] = sorted(alias, key=lambda i: -alias[i])[: self.config.depth]
            kg = self._kg_scores(query)
            lists["kg"] = sorted(kg, key=lambda i: -kg[i])[: self.config.depth]
            if self.dense is not None:
                lists["dense"] = self._dense_ranked(query)
        fused = _rank_lists_to_rrf(
            {k: [str(i) for i in v] for k, v in lists.items() if v},
            self.config.weights,
            self.config.rrf_k,
        )
        order = sorted(fused, key=lambda i: -fused[i][0])[:top_k]
        content = self.content_tokens(query)
        hits = []
        for key in order:
            idx = int(key)
            item = self.items[idx]
            cov = self.coverage(content, idx)
            alias_conf = min(alias.get(idx, 0.0), 100.0) / 100.0
            hits.append(
                Hit(
                    id=item.id,
                    name=item.name,
                    score=max(cov, alias_conf),
                    fused=fused[key][0],
                    matched_by=tuple(fused[key][1]),
                )
            )
        return hits

    def named_items(self, query: str) -> dict[str, float]:
        """Items whose name or alias the question contains (tolerating a small typo)."""
        return {
            self.items[i].id: s
            for i, s in self._alias_scores(query).items()
            if s >= self.config.named_cutoff
        }

    def resolve(
        self,
        question: str,
        context_item: str | None = None,
        top_k: int = 5,
        mode: str = "hybrid",
    ) -> Resolution:
        """Decide which item the question is about, using the conversation's current item.

        A question that names an item (alias match) is about that item. A question that asks for
        an aspect ("那要带什么材料", "网上能办吗") but names nothing else stays with the context
        item, unless another item matches it strongly (``switch_score``).
        """
        aspects = detect_aspects(question)
        hits = self._search(question, max(top_k, 1), mode)
        context = self.by_id.get(context_item) if context_item else None
        if context is not None and aspects:
            named = self.named_items(question) if mode == "hybrid" else {}
            content = self.content_tokens(question)
            pronoun = question.strip().startswith(_FOLLOW_UP_PREFIXES)
            best_other = next((h for h in hits if h.id != context.id), None)
            strong_other = best_other is not None and best_other.score >= self.config.switch_score
            names_other = any(i != context.id for i in named)
            if not names_other and (not content or pronoun or not strong_other):
                ctx_hit = Hit(context.id, context.name, 1.0, 1.0, ("context",))
                rest = [h for h in hits if h.id != context.id][: max(top_k - 1, 0)]
                return Resolution(context, 1.0, aspects, [ctx_hit, *rest], True, False)
        top = hits[0] if hits else None
        item = self.by_id[top.id] if top else None
        return Resolution(
            item=item,
            score=top.score if top else 0.0,
            aspects=aspects,
            hits=hits,
            via_context=False,
            switched=bool(item and context_item and item.id != context_item),
        )

    def timed_search(self, query: str, top_k: int, mode: str) -> tuple[list[Hit], float]:
        start = time.perf_counter()
        hits = self._search(query, top_k, mode)
        return hits, (time.perf_counter() - start) * 1000.0
