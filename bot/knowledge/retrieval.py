"""Hybrid retrieval over service items: field-weighted BM25 + alias/typo + KG (+ dense).

Every source scores the items it finds; each source's scores are **normalised per query** (divided
by that source's best score, so every source contributes at most its weight) and fused as a
weighted mean, so a curated alias that matches exactly (1.0) cannot swamp a more specific
catalogue item that BM25 and the fine-grained aspects prefer.

- **BM25** (``bm25s``), one index per field: item name, aliases, body (FAQs and facts), fused with
  weights name >> aliases >> body.
- **Alias matching** (:mod:`bot.knowledge.aliases`, shared with the NLU linker): names and aliases
  found in the question, tolerating a typo in long ones; an alias several items share counts less.
- **Knowledge-graph matching**: KG nodes (materials, departments, offices, channels, themes) named
  in the question point to the items linked to them.
- **Name coverage**: IDF-weighted share of the question's content words found in the name/aliases.
- **Character n-grams**: BM25 over the character uni- and bigrams of names and aliases, which
  meets colloquial wording, abbreviations and mistyped characters that Jieba splits differently
  ("通行正" still shares "通行"; "教资" shares "教" and "资" with 教师资格). The question is read
  without its stop words and aspect cue words, once as written and once with each colloquial
  word replaced by its official term; an item scores the better of the two
  (:meth:`KnowledgeRetriever.char_query`).
- **Dense** (:mod:`bot.sentence_encoder`): cosine similarity of sentence embeddings of the question
  and of each item's name, aliases and FAQ questions; the built-in multilingual Universal Sentence
  Encoder by default, any local sentence-embedding model directory instead, or off.
- **Fine-grained aspects** (:data:`ACTIONS`: 办理 / 进度查询 / 预约 / 变更 / 注销 / 补办 / 换发) asked in
  the question and present in an item's name multiply its score by (1 + w); present in the name
  but not asked for, or asked for but absent from the name, by (1 - w) ("查一下居住证办好了没有" ->
  居住证办理进度查询; "居住证怎么办" -> 居住证).
- **Applicant groups** (:data:`APPLICANTS`: 外国人 / 港澳台居民 / 华侨): an item whose name restricts
  it to a group the question does not name is multiplied by (1 - w), by (1 + w) when it does.
- **Source prior**: a curated item (hand-written guide) gets a small bonus over the thousands of
  catalogue items, unless the question asks for a fine-grained aspect the curated item's name does
  not spell out (then the specific catalogue item should win).

``Hit.score`` is the fused score in [0, 1]; hits come in descending score order, ties broken by
relevance, then by item id (deterministic). ``Hit.relevance`` is a calibrated relevance in [0, 1]
(the best of the alias match and the IDF-weighted share of the question's content words found in
the item) and is what ``retrieval_min_score`` is compared with.
"""

from __future__ import annotations

import math
import re
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import bm25s
import numpy as np
from sqlalchemy.engine import Engine

from bot.knowledge.aliases import FUZZY_MIN_LEN, MAX_TYPOS, AliasMatcher
from bot.knowledge.aspects import ASPECT_BY_KEY, ASPECTS, detect_aspects
from bot.knowledge.followup import Candidate, decide_follow_up
from bot.knowledge.store import (
    CATALOG,
    KnowledgeGraphEdge,
    StoredItem,
    load_items,
    load_triples,
)
from bot.knowledge.tokenize import STOPWORDS, SYNONYMS, Tokenizer
from bot.sentence_encoder import USE_MULTILINGUAL, SentenceEncoder, load_encoder

# A word of Chinese characters only (the alias matcher's homophone terms).
_HAN = re.compile(r"[\u4e00-\u9fff]+")

MODES = ("bm25", "hybrid")
FIELDS = ("name", "alias_field", "body")
SOURCES = ("bm25", "alias", "kg", "cover", "char", "dense")
_NON_WORD_RE = re.compile(r"[\s\W_]+", re.UNICODE)


def char_ngrams(text: str, sizes: Sequence[int]) -> list[str]:
    """Character n-grams of ``text`` (lowercased) for each size, never across punctuation."""
    out: list[str] = []
    for piece in _NON_WORD_RE.split(text.lower()):
        for n in sizes:
            out += [piece[i : i + n] for i in range(len(piece) - n + 1)]
    return out


@dataclass(frozen=True)
class Action:
    """A fine-grained aspect that service-item names spell out (进度查询, 预约, ...)."""

    key: str
    name_cues: tuple[str, ...]  # in an item's name
    question_cues: tuple[str, ...]  # in a citizen's question
    penalise: bool = True  # in the name but not asked for: counts against the item


ACTIONS: tuple[Action, ...] = (
    Action(
        "progress",
        ("进度",),
        (
            "进度",
            "办好了没",
            "好了没",
            "办好没",
            "到哪一步",
            "办到哪",
            "审批到哪",
            "处理到哪",
            "批下来没",
            "做好了没",
            "换好了没",
            "有没有办好",
            "办理情况",
            "办得怎么样",
            "办好了吗",
            "办好没有",
            "好了没有",
            "办下来没",
            "批了没",
        ),
    ),  # fmt: skip
    Action(
        "appointment",
        ("预约",),
        ("预约", "约个时间", "提前约", "要约吗", "先约", "约号", "约一下", "网上约", "约时间"),
    ),
    Action(
        "change",
        ("变更", "更正", "更改", "改类"),
        (
            "变更",
            "更改",
            "更正",
            "改成",
            "改一下",
            "能改",
            "修改",
            "改过来",
            "改名",
            "换单位",
            "换了单位",
            "换公司",
            "换了公司",
            "调动",
        ),
    ),
    Action("cancel", ("注销", "销户"), ("注销", "销掉", "销户", "撤销", "注消")),
    Action(
        "renew",
        ("换发", "换领", "换证", "延续", "延期"),
        (
            "换新",
            "换本",
            "换个新",
            "换张新",
            "换一张新",
            "换证",
            "换发",
            "换领",
            "延期",
            "续期",
            "到期",
        ),
    ),
    Action(
        "replace",
        ("补办", "补发", "补领", "挂失", "补证", "补换", "遗失"),
        (
            "补办",
            "补发",
            "补领",
            "挂失",
            "丢了",
            "弄丢",
            "遗失",
            "掉了",
            "不见了",
            "找不到",
            "找不着",
            "补一",
            "补个",
            "没了",
            "被偷",
            "补卡",
            "补张",
            "补一张",
        ),
    ),  # fmt: skip
    # A document damaged, not lost: the catalogue names 损毁补发 apart from 遗失补发.
    Action(
        "damaged",
        ("损毁", "损坏", "毁损"),
        (
            "损毁",
            "损坏",
            "毁损",
            "弄坏",
            "坏了",
            "烂了",
            "破了",
            "泡水",
            "撕坏",
            "破损",
            "刷不出",
            "消磁",
        ),
        penalise=False,
    ),
    Action(
        "apply",
        ("初次", "首次", "新办", "初始"),
        ("第一次", "首次", "新办", "头一次", "初次", "刚考"),
        penalise=False,
    ),
)


@dataclass(frozen=True)
class Applicants:
    """A group of applicants some catalogue items are only for (foreigners, residents of Hong Kong,
    Macao and Taiwan), spelt out in the item's name ("机动车驾驶证初次申领(外国人申领…)")."""

    key: str
    name_cues: tuple[str, ...]  # in an item's name
    question_cues: tuple[str, ...]  # in a citizen's question


APPLICANTS: tuple[Applicants, ...] = (
    Applicants(
        "foreigners",
        ("外国人", "外籍"),
        ("外国", "外籍", "老外", "洋人", "国籍不是中国"),
    ),
    Applicants(
        "hk_macao_taiwan",
        ("港澳台居民", "港澳居民", "台湾居民", "香港居民", "澳门居民", "台胞", "同胞"),
        (
            "港澳台居民",
            "港澳居民",
            "台湾居民",
            "香港居民",
            "澳门居民",
            "香港人",
            "澳门人",
            "台湾人",
            "台胞",
            "同胞",
            "香港身份证",
            "回乡证",
            "台胞证",
        ),
    ),  # fmt: skip
    Applicants("overseas_chinese", ("华侨", "归侨", "侨眷"), ("华侨", "归侨", "侨眷", "侨胞")),
)


def _asked(cued: Sequence[Action | Applicants], text: str) -> frozenset[str]:
    """The keys of ``cued`` whose question cues ``text`` contains (lower-cased)."""
    text = text.lower()
    return frozenset(c.key for c in cued if any(cue in text for cue in c.question_cues))


def _named(cued: Sequence[Action | Applicants], name: str) -> frozenset[str]:
    """The keys of ``cued`` whose name cues an item's ``name`` contains."""
    return frozenset(c.key for c in cued if any(cue in name for cue in c.name_cues))


# Grades a catalogue name spells out (一级 / 二级 建造师, 初级 / 中级 职称): a question that names
# one does not mean an item of another grade.
_GRADE_RE = re.compile(r"([一二三四1-4]级|[初中高]级|[甲乙丙]级)")
_GRADE_DIGITS = str.maketrans("1234", "一二三四")


def grades(text: str) -> frozenset[str]:
    """The grades ``text`` names (一级, 二级, 初级, 甲级 …; 1级 read as 一级)."""
    return frozenset(g.translate(_GRADE_DIGITS) for g in _GRADE_RE.findall(text))


def detect_applicants(text: str) -> frozenset[str]:
    """Applicant groups a question says the asker belongs to."""
    return _asked(APPLICANTS, text)


def name_applicants(name: str) -> frozenset[str]:
    """Applicant groups an item's name restricts it to."""
    return _named(APPLICANTS, name)


def detect_actions(text: str) -> frozenset[str]:
    """Fine-grained aspects a question asks for."""
    return _asked(ACTIONS, text)


def name_actions(name: str) -> frozenset[str]:
    """Fine-grained aspects an item's name spells out."""
    return _named(ACTIONS, name)


@dataclass(frozen=True)
class RetrievalConfig:
    """Tuning knobs; defaults were chosen on the *tune* splits in tests/knowledge (see bench/)."""

    # How many items each source contributes to the candidate set.
    depth: int = 50
    # ... and the character n-gram source, which is what finds a catalogue item whose long name
    # Jieba keeps whole (tune splits: 200 over 50).
    char_depth: int = 200
    # Alias matching (bot.knowledge.aliases): exact below this length, else up to max_typos.
    fuzzy_min_len: int = FUZZY_MIN_LEN
    max_typos: int = MAX_TYPOS
    # An alias match at least this good means the question *names* the item (follow-ups).
    named_cutoff: float = 0.9
    # KG node labels must appear in the question; shorter labels are too ambiguous.
    kg_min_label: int = 4
    # A node linked to more items than this says little about which one is meant.
    kg_max_fanout: int = 5
    # BM25F-style field weights: the raw BM25 scores of the fields are summed with these weights
    # before the per-query normalisation. Per matched token a name counts most; a body (FAQs and
    # facts, long for curated items) matches many tokens, so its weight per token is what keeps it
    # below the name (chosen on the tune splits: 3/1/2 over 3/1.5/1, 2/1/1, 3/2/2; round 12, with
    # the fresh2 tune sets: name 4 over 2 and 3).
    field_weights: dict[str, float] = field(
        default_factory=lambda: {"name": 4.0, "alias_field": 1.0, "body": 2.0}
    )
    # Weights of the per-query normalised sources in the fused mean (dense only when enabled).
    weights: dict[str, float] = field(
        default_factory=lambda: {
            "bm25": 1.0,
            "alias": 0.6,
            "kg": 0.1,
            "cover": 0.6,
            "char": 3.0,
            "dense": 3.0,
        }
    )
    # Character n-gram sizes of the "char" source (over names and aliases); () turns it off.
    # (1, 2) was chosen on the tune splits over (2,) and (1, 2, 3); weight 3.0 over 1.0 / 1.5 /
    # 2.0 / 2.5 / 3.5 / 4.0 (round 3: 3.0 over 2.5 puts the old catalogue set above the name-BM25
    # floor, nothing else moves).
    char_ngrams: tuple[int, ...] = (1, 2)
    # Added to a curated item's fused score unless the question asks for a fine-grained aspect
    # its name lacks (tune splits, with the multiplicative aspect factor: 0.05 over 0, 0.1).
    curated_prior: float = 0.05
    # Fine-grained aspects scale the fused score: x(1 + w) per aspect asked and named in the
    # item's name, x(1 - w) per aspect named but not asked, or asked but not named. A factor
    # (not a sum) keeps topical relevance first: an unrelated "...预约" item gains little
    # (tune splits: 0.3 over 0.2 and 0.4, and over the earlier additive 0.15; round 12, with more
    # aspect cues and the fresh2 tune sets: 0.2 over 0.3, 0.4 and 0.5).
    action_weight: float = 0.2
    # An item only for a group of applicants (外国人, 港澳台居民, 华侨) that the question does not
    # say the asker belongs to: x(1 - w) ("第一次领小车驾照" -> the residents' item, not the
    # foreigners' variant of the same name); x(1 + w) when the question says so.
    applicant_weight: float = 0.2
    # An item whose name spells out another grade than the question asks for (二级注册结构工程师 for
    # "一级结构工程师"): x(1 - w) (round 12, tune: 0.2, the applicants' value).
    grade_weight: float = 0.2
    # The share of that factor for an aspect named but not asked: a mistyped cue (挂矢) must not
    # bury the item that offers it (tune splits: 0.25 over 0.5 and 1.0).
    unasked_action_share: float = 0.25
    # BM25 parameters per field. Names are short and of similar length; bodies vary a lot
    # (curated items carry far longer documents than catalogue items), so less normalisation.
    bm25_k1: float = 1.2
    name_b: float = 0.75
    body_b: float = 0.4
    # The dense source (bot/sentence_encoder.py): a local sentence-embedding model directory
    # (Hugging Face format) when given, else the built-in encoder named here ("none": off).
    # Weight 3.0 with the per-query top normalisation was chosen on the tune splits (1 / 2 / 3 /
    # 4 / 5, and a floor at the depth-th or at 0.3 similarity, tried).
    dense_model_dir: Path | None = None
    dense_encoder: str = USE_MULTILINGUAL
    # A message that names nothing must match another item at least this well (relevance) to be
    # taken as a new topic rather than a follow-up about the current item.
    switch_score: float = 0.6


@dataclass(frozen=True)
class Hit:
    id: str
    name: str
    score: float  # fused score in [0, 1]; hits are in descending score order
    relevance: float  # calibrated relevance in [0, 1], compared with retrieval_min_score
    matched_by: tuple[str, ...]  # sources that found the item ("context" for follow-ups)

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "score": round(self.score, 4),
            "relevance": round(self.relevance, 4),
            "matched_by": list(self.matched_by),
        }


@dataclass(frozen=True)
class Resolution:
    """Which item a question is about, and which aspects it asks for."""

    item: StoredItem | None
    score: float  # the item's relevance (compared with retrieval_min_score)
    aspects: list[str]
    hits: list[Hit]
    via_context: bool  # resolved to the context item (a follow-up)
    switched: bool  # differs from the given context item


def _normalised(scores: dict[int, float]) -> dict[int, float]:
    """Scores divided by the best one (per query), so each source contributes at most 1."""
    top = max(scores.values(), default=0.0)
    return {i: s / top for i, s in scores.items() if s > 0} if top > 0 else {}


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
        self._index_of = {it.id: n for n, it in enumerate(self.items)}
        names = [n for it in self.items for n in (it.name, *it.aliases)]
        self.tokenizer = Tokenizer(names)
        self._aspect_vocab = {
            tok for a in ASPECTS for cue in a.cues for tok in self.tokenizer.tokens(cue)
        } | {tok for a in ASPECTS for tok in self.tokenizer.tokens(a.label)}
        # Whole cue words only (not their parts: 户口 of 外地户口能 names a topic).
        self._cue_words = {w.lower() for a in ASPECTS for w in (*a.cues, a.label) if len(w) >= 2}
        self._name_actions = [name_actions(it.name) for it in self.items]
        self._name_applicants = [name_applicants(it.name) for it in self.items]
        self._name_grades = [grades(it.name) for it in self.items]
        self._build_bm25()
        self.aliases = AliasMatcher(
            ((s, it.id) for it in self.items for s in (it.name, *it.aliases)),
            fuzzy_min_len=self.config.fuzzy_min_len,
            max_typos=self.config.max_typos,
            # the curated items' name and alias words, put back when a homophone was typed
            # ("公基金"); the catalogue's words are not (its 毕业生 and 地方志 took "毕业升初中" and
            # "地方直接")
            terms={
                tok
                for it in self.items
                if it.source != CATALOG
                for n in (it.name, *it.aliases)
                for tok in self.tokenizer.tokens(n)
                if _HAN.fullmatch(tok)
            },
            # two-character words are put back only where the segmenter reads the written ones
            # as no known word ("物叶" -> 物业)
            segment=self.tokenizer.words,
        )
        self._build_kg_index(triples)
        self.dense: SentenceEncoder | None = load_encoder(
            self.config.dense_encoder, self.config.dense_model_dir
        )
        self._dense_matrix: np.ndarray | None = None
        if self.dense is not None:
            self._dense_matrix = self.dense.encode([self._dense_text(it) for it in self.items])

    @classmethod
    def from_engine(
        cls, engine: Engine, config: RetrievalConfig | None = None
    ) -> KnowledgeRetriever:
        return cls(load_items(engine), load_triples(engine), config)

    # ------------------------------------------------------------------ index construction

    @staticmethod
    def _body_text(it: StoredItem) -> str:
        return " ".join(
            [q + " " + a for q, a in it.faqs] + [t for texts in it.facts.values() for t in texts]
        )

    def _dense_text(self, it: StoredItem) -> str:
        return "；".join((it.name, *it.aliases, *(q for q, _ in it.faqs)))

    def _build_bm25(self) -> None:
        c = self.config
        name_tokens = [self.tokenizer.tokens(it.name) for it in self.items]
        alias_tokens = [self.tokenizer.tokens(" ".join(it.aliases)) for it in self.items]
        body_tokens = [self.tokenizer.tokens(self._body_text(it)) for it in self.items]
        self._fields: dict[str, bm25s.BM25] = {}
        for key, corpus, b in (
            ("name", name_tokens, c.name_b),
            ("alias_field", alias_tokens, c.name_b),
            ("body", body_tokens, c.body_b),
        ):
            index = bm25s.BM25(k1=c.bm25_k1, b=b)
            # bm25s needs a non-empty document; a placeholder token nobody asks for.
            index.index([toks or ["\u0000"] for toks in corpus], show_progress=False)
            self._fields[key] = index
        if c.char_ngrams:
            self._char = bm25s.BM25(k1=c.bm25_k1, b=c.name_b)
            grams = [
                char_ngrams(" ".join((it.name, *it.aliases)), c.char_ngrams) for it in self.items
            ]
            self._char.index([g or ["\u0000"] for g in grams], show_progress=False)
        self._curated = [it.source != CATALOG for it in self.items]
        self._title_tokens = [
            set(n) | set(a) for n, a in zip(name_tokens, alias_tokens, strict=True)
        ]
        self._doc_tokens = [
            t | set(b) for t, b in zip(self._title_tokens, body_tokens, strict=True)
        ]
        self._title_vocab = set().union(*self._title_tokens)
        df: dict[str, int] = defaultdict(int)
        for toks in self._doc_tokens:
            for tok in toks:
                df[tok] += 1
        n = len(self.items)
        self._idf = {tok: math.log(1 + (n - k + 0.5) / (k + 0.5)) for tok, k in df.items()}
        self._max_idf = math.log(1 + (n + 0.5) / 0.5)

    def _build_kg_index(self, triples: Sequence[KnowledgeGraphEdge]) -> None:
        linked: dict[str, set[int]] = defaultdict(set)
        dept_items: dict[str, set[int]] = defaultdict(set)
        for t in triples:
            if t.item_id in self._index_of and t.object_kind in {
                "material",
                "department",
                "office",
                "channel",
                "theme",
                "domain",
            }:
                linked[t.object.lower()].add(self._index_of[t.item_id])
                if t.object_kind == "department":
                    dept_items[t.object].add(self._index_of[t.item_id])
        # department -located_at-> office: naming an office points at its departments' items.
        for t in triples:
            if t.item_id is None and t.predicate == "located_at" and t.subject in dept_items:
                linked[t.object.lower()] |= dept_items[t.subject]
        self._kg_labels = sorted(
            label
            for label, owners in linked.items()
            if len(label) >= self.config.kg_min_label and len(owners) <= self.config.kg_max_fanout
        )
        self._kg_links = {label: sorted(linked[label]) for label in self._kg_labels}

    # ------------------------------------------------------------------ individual sources

    def foreign_topic_words(self, query_tokens: Sequence[str], idx: int) -> list[str]:
        """The tokens that name another item's topic but not item ``idx``'s: in the name or
        aliases of some item, and nowhere in item ``idx``'s text ("社保" beside a noise complaint)."""
        bag = self._doc_tokens[idx]
        return [t for t in dict.fromkeys(query_tokens) if t not in bag and t in self._title_vocab]

    def index_of(self, item_id: str) -> int:
        """The index of item ``item_id`` (for :meth:`coverage`)."""
        return self._index_of[item_id]

    def content_tokens(self, query: str) -> list[str]:
        """Query tokens that say *what* is asked about (aspect words and stopwords removed)."""
        return [t for t in self.tokenizer.tokens(query) if t not in self._aspect_vocab]

    def _bm25(self, key: str, tokens: list[str]) -> dict[int, float]:
        if not tokens:
            return {}
        scores = self._fields[key].get_scores(tokens)
        depth = min(self.config.depth, len(self.items))
        top = np.argsort(-scores, kind="stable")[:depth]
        return {int(i): float(scores[i]) for i in top if scores[i] > 0}

    def _alias_scores(self, query: str) -> dict[int, float]:
        """Per item, its best alias found in the question (0..1); an alias shared by k items
        counts 1/sqrt(k), and among equal matches a longer alias counts a little more."""
        out: dict[int, float] = {}
        for alias, _s, _e, score in self.aliases.candidates(query):
            owners = self.aliases.owners[alias]
            value = score * (0.8 + 0.2 * min(len(alias), 10) / 10) / math.sqrt(len(owners))
            for owner in owners:
                idx = self._index_of[owner]
                out[idx] = max(out.get(idx, 0.0), value)
        return out

    def char_query(self, query: str, official: bool = False) -> str:
        """The question as the character n-gram source reads it: stop words and whole aspect
        cue words (怎么, 想知道, 需要什么, 材料, 在哪 ...) cut out, so their characters do not match
        item names; with ``official``, each colloquial word replaced by its official term
        (低保 -> 最低生活保障, 医保卡 -> 社保卡)."""
        pieces: list[str] = []
        for words in self.tokenizer.segments(query):
            current = ""
            for word in words:
                if word in STOPWORDS or word in self._cue_words:
                    if current:
                        pieces.append(current)
                    current = ""
                else:
                    current += SYNONYMS.get(word, word) if official else word
            if current:
                pieces.append(current)
        return " ".join(pieces)

    def _char_scores(self, query: str) -> dict[int, float]:
        """BM25 over the character n-grams of names and aliases: per item the better of the
        question as written and as read with the official terms. An official term *replaces*
        its colloquial word: appended to the question, its characters counted on top of the
        colloquial ones and let the item that spells out the official term outrank the item
        the question is about (辞退 + 解除劳动合同 -> the labour-dispute guide over the
        unemployment benefit; 医保卡 + 社保卡 + 社会保障卡 -> the social-security card)."""
        if not self.config.char_ngrams:
            return {}
        scores = None
        for text in dict.fromkeys((self.char_query(query), self.char_query(query, True))):
            grams = char_ngrams(text, self.config.char_ngrams)
            if grams:
                found = self._char.get_scores(grams)
                scores = found if scores is None else np.maximum(scores, found)
        if scores is None:
            return {}
        top = np.argsort(-scores, kind="stable")[: self.config.char_depth]
        return {int(i): float(scores[i]) for i in top if scores[i] > 0}

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

    def _dense_scores(self, query: str) -> dict[int, float]:
        if self.dense is None or self._dense_matrix is None:
            return {}
        q = self.dense.encode([query])[0]
        sims = self._dense_matrix @ q
        top = np.argsort(-sims, kind="stable")[: self.config.depth]
        return {int(i): float(sims[i]) for i in top if sims[i] > 0}

    def dense_similarity(self, query: str, item_id: str) -> float | None:
        """Cosine similarity of the question and the item under the dense encoder (its raw value,
        not normalised per query), or None without a dense source or for an unknown item."""
        idx = self._index_of.get(item_id)
        if self.dense is None or self._dense_matrix is None or idx is None:
            return None
        return float(self._dense_matrix[idx] @ self.dense.encode([query])[0])

    def coverage(self, query_tokens: Sequence[str], idx: int, title_only: bool = False) -> float:
        """IDF-weighted share of the question's content words that occur in item ``idx``
        (in its name and aliases only with ``title_only``)."""
        unique = list(dict.fromkeys(query_tokens))
        if not unique:
            return 0.0
        bag = self._title_tokens[idx] if title_only else self._doc_tokens[idx]
        total = sum(self._idf.get(t, self._max_idf) for t in unique)
        hit = sum(self._idf.get(t, self._max_idf) for t in unique if t in bag)
        return hit / total if total else 0.0

    def sources(self, query: str, mode: str = "hybrid") -> dict[str, dict[int, float]]:
        """Every source's scores (item index -> score): the raw BM25 score of each field (under
        the field's name), the others normalised per query to (0, 1]."""
        if mode not in MODES:
            raise ValueError(f"unknown retrieval mode {mode!r}; choose one of {MODES}")
        tokens = self.tokenizer.tokens(query)
        out = {key: self._bm25(key, tokens) for key in FIELDS}
        if mode == "hybrid":
            out["alias"] = _normalised(self._alias_scores(query))
            out["kg"] = _normalised(self._kg_scores(query))
            out["char"] = _normalised(self._char_scores(query))
            if self.dense is not None:
                out["dense"] = _normalised(self._dense_scores(query))
            content = self.content_tokens(query)
            pool = set().union(*(s.keys() for s in out.values()))
            cover = {i: self.coverage(content, i, title_only=True) for i in pool}
            out["cover"] = {i: s for i, s in cover.items() if s > 0}
        return out

    def fuse(
        self,
        query: str,
        sources: dict[str, dict[int, float]],
        top_k: int,
        weights: dict[str, float] | None = None,
        action_weight: float | None = None,
        field_weights: dict[str, float] | None = None,
    ) -> list[Hit]:
        """Weighted mean of the normalised sources plus the fine-grained-aspect term, ranked."""
        weights = self.config.weights if weights is None else weights
        action_weight = self.config.action_weight if action_weight is None else action_weight
        field_weights = self.config.field_weights if field_weights is None else field_weights
        bm25: dict[int, float] = defaultdict(float)
        for key in FIELDS:
            for idx, s in sources.get(key, {}).items():
                bm25[idx] += field_weights.get(key, 0.0) * s
        sources = {k: v for k, v in sources.items() if k not in FIELDS}
        sources["bm25"] = _normalised(bm25)
        active = [k for k in sources if weights.get(k, 0.0) > 0]
        total = sum(weights[k] for k in active)
        if not total:
            return []
        fused: dict[int, float] = defaultdict(float)
        found_by: dict[int, list[str]] = defaultdict(list)
        for key in active:
            for idx, s in sources[key].items():
                fused[idx] += weights[key] * s / total
                found_by[idx].append(key)
        asked = detect_actions(query)
        if "alias" in sources and self.config.curated_prior:
            specific = asked - {"apply"}
            for idx in fused:
                if self._curated[idx] and specific <= self._name_actions[idx]:
                    fused[idx] += self.config.curated_prior
        if "alias" in sources and action_weight:
            for idx in fused:
                named = self._name_actions[idx]
                for action in ACTIONS:
                    if action.key in named and action.key in asked:
                        fused[idx] *= 1.0 + action_weight
                    elif action.penalise and action.key in asked:
                        fused[idx] *= 1.0 - action_weight
                    elif action.penalise and action.key in named:
                        fused[idx] *= 1.0 - action_weight * self.config.unasked_action_share
        if "alias" in sources and self.config.applicant_weight:
            groups = detect_applicants(query)
            for idx in fused:
                for group in self._name_applicants[idx]:
                    if group in groups:
                        fused[idx] *= 1.0 + self.config.applicant_weight
                    else:
                        fused[idx] *= 1.0 - self.config.applicant_weight
        asked_grades = grades(query)
        if "alias" in sources and self.config.grade_weight and asked_grades:
            # an item of another grade than the one asked (二级 for "一级结构工程师") counts less
            for idx in fused:
                named = self._name_grades[idx]
                if named and not named & asked_grades:
                    fused[idx] *= 1.0 - self.config.grade_weight
        content = self.content_tokens(query)
        alias = sources.get("alias", {})
        # The aspect and applicant factors can lift a score above 1: the scores are divided by the
        # best one then (clipping them at 1 had tied 损毁补发 with 遗失补发 for "证件泡水烂了").
        top = max(fused.values(), default=0.0)
        scale = top if top > 1.0 else 1.0
        scored = []
        for idx, value in fused.items():
            relevance = max(self.coverage(content, idx), alias.get(idx, 0.0) if alias else 0.0)
            scored.append((max(value, 0.0) / scale, relevance, idx))
        scored.sort(key=lambda s: (-s[0], -s[1], self.items[s[2]].id))
        return [
            Hit(
                id=self.items[idx].id,
                name=self.items[idx].name,
                score=score,
                relevance=relevance,
                matched_by=tuple(found_by[idx]),
            )
            for score, relevance, idx in scored[:top_k]
        ]

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

    def _search(self, query: str, top_k: int, mode: str, corrected: bool = False) -> list[Hit]:
        """``corrected``: the query has been through ``aliases.corrected`` already."""
        query = query.strip() if corrected else self.aliases.corrected(query.strip())
        if not query:
            return []
        return self.fuse(query, self.sources(query, mode), top_k)

    def named_items(self, query: str) -> dict[str, float]:
        """Items whose name or alias the question contains (tolerating a small typo)."""
        return {
            item_id: score
            for item_id, (score, _len) in self.aliases.item_scores(query).items()
            if score >= self.config.named_cutoff
        }

    def resolve(
        self,
        question: str,
        context_item: str | None = None,
        top_k: int = 5,
        mode: str = "hybrid",
        last_aspects: Sequence[str] = (),
    ) -> Resolution:
        """Decide which item the question is about, using the conversation's current item
        (``context_item``, the ``service_item`` slot) and the aspects of the last answer.

        The decision is :func:`bot.knowledge.followup.decide_follow_up`: an elliptical follow-up
        stays with the current item; a message that names another item, asks for a fine-grained
        aspect only a related item offers, or explicitly switches ("那公积金呢") moves. A switch
        that asks for no aspect keeps the last answer's aspects ("公租房租金多少钱" -> "那公积金呢").
        """
        question = self.aliases.corrected(question)
        aspects = detect_aspects(question)
        hits = self._search(question, max(top_k, 10), mode, corrected=True)
        context = self.by_id.get(context_item) if context_item else None
        if context is None:
            top = hits[0] if hits else None
            return Resolution(
                item=self.by_id[top.id] if top else None,
                score=top.relevance if top else 0.0,
                aspects=aspects,
                hits=hits[:top_k],
                via_context=False,
                switched=False,
            )
        content = self.content_tokens(question)
        # (the item's own name needs no repair, and no homophone spans the space)
        related = (
            self._search(f"{question} {context.name}", 10, mode, corrected=True) if content else []
        )
        related_rank = {h.id: n for n, h in enumerate(related)}
        own = {s.lower() for s in (context.name, *context.aliases)}
        named: set[str] = set()
        if mode == "hybrid":
            for alias, _s, _e, score in self.aliases.candidates(question):
                owners = self.aliases.owners[alias]
                # An alias of the current item, or a category name many items share, names
                # nothing new.
                if score >= self.config.named_cutoff and alias not in own and len(owners) <= 2:
                    named.update(owners)

        current_words = self.content_tokens(context.name)

        def candidate(item_id: str, relevance: float) -> Candidate:
            idx = self._index_of[item_id]
            return Candidate(
                id=item_id,
                relevance=relevance,
                covers_message=self.coverage(content, idx),
                title_covers_message=self.coverage(content, idx, title_only=True),
                covers_current=self.coverage(current_words, idx, title_only=True),
                actions=self._name_actions[idx],
                named=item_id in named,
                related_rank=related_rank.get(item_id, -1),
            )

        # Relevance is always for the message alone (the related search read the current item's
        # name too, which inflates it).
        plain = {h.id: h for h in hits}
        pool = [candidate(h.id, h.relevance) for h in hits]
        pool += [
            candidate(h.id, self.coverage(content, self._index_of[h.id]))
            for h in related
            if h.id not in plain
        ]
        by_id = {
            c.id: plain.get(c.id)
            or Hit(c.id, self.by_id[c.id].name, 0.0, c.relevance, ("related",))
            for c in pool
        }
        pool += [candidate(i, 1.0) for i in sorted(named) if i not in by_id and i in self.by_id]
        decision = decide_follow_up(
            question,
            candidate(context.id, 1.0),
            pool,
            asked_actions=detect_actions(question),
            has_content=bool(content),
            switch_score=self.config.switch_score,
            asks_aspect=bool(aspects),
            content_words=len(content),
        )
        if decision.via_context:
            ctx_hit = Hit(context.id, context.name, 1.0, 1.0, ("context",))
            rest = [h for h in hits if h.id != context.id][: max(top_k - 1, 0)]
            return Resolution(context, 1.0, aspects, [ctx_hit, *rest], True, False)
        item = self.by_id.get(decision.item_id) if decision.item_id else None
        chosen = by_id.get(decision.item_id) if decision.item_id else None
        if item is not None and not aspects and decision.reason == "explicit_switch":
            aspects = [a for a in last_aspects if a in ASPECT_BY_KEY]
        ordered = ([chosen] if chosen else []) + [h for h in hits if h is not chosen]
        return Resolution(
            item=item,
            score=chosen.relevance if chosen else (1.0 if item else 0.0),
            aspects=aspects,
            hits=ordered[:top_k],
            via_context=False,
            switched=item is not None and item.id != context.id,
        )

    def timed_search(self, query: str, top_k: int, mode: str) -> tuple[list[Hit], float]:
        start = time.perf_counter()
        hits = self._search(query, top_k, mode)
        return hits, (time.perf_counter() - start) * 1000.0
