"""The knowledge base as one object for callers (CLI, actions): engine in, cited answers out.

The retriever index is built lazily on first use (a few seconds: Jieba dictionary, BM25 over
every item) and then reused; call :meth:`KnowledgeService.refresh` after rebuilding the database.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.engine import Engine

from bot.knowledge.answer import Answer, answer_question, compose_answer, no_answer
from bot.knowledge.aspects import detect_aspects
from bot.knowledge.retrieval import Hit, KnowledgeRetriever, Resolution, RetrievalConfig
from bot.knowledge.routing import RouteThresholds, asks_a_question, clear_winner, confident_hit
from bot.settings import Settings


def retrieval_config(
    settings: Settings | None, dense_model_dir: Path | None = None
) -> RetrievalConfig:
    """Retrieval config from settings: the dense source from a model directory when one is given
    (``dense_model_dir``, else ``settings.retrieval.dense_model_dir``), else from
    ``settings.retrieval.dense_encoder``."""
    if settings is None:
        return RetrievalConfig(dense_model_dir=dense_model_dir)
    return RetrievalConfig(
        dense_model_dir=dense_model_dir or settings.retrieval.dense_model_dir,
        dense_encoder=settings.retrieval.dense_encoder,
    )


# Share of a follow-up's content words (IDF-weighted) the item under discussion must cover when the
# message asks for no aspect (:meth:`KnowledgeService.follow_up_answer`).
FOLLOW_UP_COVERED = 0.5


class KnowledgeService:
    def __init__(
        self,
        engine: Engine,
        config: RetrievalConfig | None = None,
        min_score: float = 0.2,
        route: RouteThresholds | None = None,
    ):
        self.engine = engine
        self.config = config or RetrievalConfig()
        self.min_score = min_score
        self.route = route or RouteThresholds.from_settings()
        self._retriever: KnowledgeRetriever | None = None
        self._lock = threading.Lock()

    @classmethod
    def from_settings(
        cls, settings: Settings, engine: Engine, dense_model_dir: Path | None = None
    ) -> KnowledgeService:
        return cls(
            engine,
            retrieval_config(settings, dense_model_dir),
            settings.retrieval.min_score,
            RouteThresholds.from_settings(settings.retrieval),
        )

    @property
    def retriever(self) -> KnowledgeRetriever:
        with self._lock:
            if self._retriever is None:
                self._retriever = KnowledgeRetriever.from_engine(self.engine, self.config)
            return self._retriever

    def refresh(self) -> None:
        with self._lock:
            self._retriever = None

    def search(
        self,
        query: str,
        top_k: int = 5,
        context_item: str | None = None,
        mode: str = "hybrid",
    ) -> list[Hit]:
        return self.retriever.search(query, top_k=top_k, mode=mode, context_item=context_item)

    def answer(
        self, question: str, context_item: str | None = None, last_aspects: Sequence[str] = ()
    ) -> Answer:
        question = (question or "").strip()
        if not question:
            return no_answer()
        retriever = self.retriever
        resolution = retriever.resolve(
            question, context_item=context_item, last_aspects=last_aspects
        )
        answer = answer_question(
            retriever, question, min_score=self.min_score, resolution=resolution
        )
        if answer.found or resolution.via_context:
            return answer
        return self._confident_rescue(question, resolution, clear_winner_too=True) or answer

    def follow_up_answer(
        self, question: str, context_item: str | None, last_aspects: Sequence[str] = ()
    ) -> Answer | None:
        """The answer from ``context_item`` when the message is a follow-up question about it,
        else None: it asks something (:func:`bot.knowledge.routing.asks_a_question`, or an aspect
        of :mod:`bot.knowledge.aspects`), the resolver keeps the current item
        (:meth:`KnowledgeRetriever.resolve`: it names no other item and does not switch), and the
        item explains the message: the item's text covers at least :data:`FOLLOW_UP_COVERED` of
        the message's content words ("妇联能陪我去吗" after 家庭暴力求助) and none of them names
        another item's topic but not this one (:meth:`KnowledgeRetriever.foreign_topic_words`:
        "单位不给交社保，怎么投诉" after 噪声扰民), or it has none and asks for an aspect ("要多久").
        "今天天气怎么样" and "iPhone 17多少钱" are not about the item and stay unanswered."""
        question = (question or "").strip()
        retriever = self.retriever
        if not question or not context_item or context_item not in retriever.by_id:
            return None
        aspects = detect_aspects(question)
        if not aspects and not asks_a_question(question):
            return None
        resolution = retriever.resolve(
            question, context_item=context_item, last_aspects=last_aspects
        )
        if not resolution.via_context or resolution.item is None:
            return None
        content = retriever.content_tokens(retriever.aliases.corrected(question))
        if content:
            idx = retriever.index_of(context_item)
            if retriever.coverage(content, idx) < FOLLOW_UP_COVERED:
                return None
            if retriever.foreign_topic_words(content, idx):
                return None
        elif not aspects:
            return None
        answer = answer_question(
            retriever, question, min_score=self.min_score, resolution=resolution
        )
        return answer if answer.found and answer.item_id == context_item else None

    def _question_words(self, question: str, tokens: Sequence[str] | None = None) -> int:
        """The message's content words when it asks a question, else 0 (see ``confident_hit``);
        ``tokens``: its content tokens when the caller already has them."""
        if not asks_a_question(question):
            return 0
        return len(tokens if tokens is not None else self.retriever.content_tokens(question))

    def _confident_rescue(
        self, question: str, resolution: Resolution, clear_winner_too: bool = False
    ) -> Answer | None:
        """The answer the ``min_score`` cut refused when the routing test is confident about the
        item: the best item ranks high in the fused score *and* is close to the question under
        the dense encoder (:func:`bot.knowledge.routing.confident_hit`). The relevance that
        ``min_score`` reads is the share of the question's words an item's text covers, so a
        question in other words ("打官司没钱请律师，政府能提供帮助吗" -> 法律援助: relevance 0.13,
        fused score 0.90, similarity 0.60) was told "not found" although its item ranked first.

        ``clear_winner_too`` (a message filed as a service question): also when the best item
        leads every other by far (:func:`bot.knowledge.routing.clear_winner`): a long colloquial
        question shares few words with the item's text ("物叶断我家水电 就因为欠了两个月费 这样可以吗":
        relevance 0.09) although nothing else comes close."""
        item, hits = resolution.item, resolution.hits
        retriever = self.retriever
        if item is None or not hits or hits[0].id != item.id:
            return None
        tokens = retriever.content_tokens(question)
        if not tokens:
            return None  # "要带什么材料" with no item named: ask which service
        similarity = retriever.dense_similarity(question, item.id)
        words = self._question_words(question, tokens)
        confident = confident_hit(hits, self.route, similarity, words) is not None or (
            clear_winner_too and clear_winner(hits, self.route, similarity, words) is not None
        )
        if not confident:
            return None
        answer = compose_answer(item, resolution.aspects, question)
        answer.score = resolution.score
        return answer

    def confident_answer(
        self,
        question: str,
        aspects_if_none: Sequence[str] = (),
        context_item: str | None = None,
        last_aspects: Sequence[str] = (),
    ) -> Answer | None:
        """The answer to a message the intent classifiers filed under another intent, when the
        knowledge base is confident about it (:mod:`bot.knowledge.routing`), else None. When the
        message asks for no aspect, ``aspects_if_none`` (if any) chooses the parts of the guide
        (a grievance gets who handles it: :data:`bot.knowledge.routing.GRIEVANCE_ASPECTS`).

        With ``context_item`` (the item under discussion), a follow-up question about it is
        answered from it (:meth:`follow_up_answer`: "出院的时候直接结算吗" after 医保报销, filed as
        ``nlu_fallback``); any other message must name its subject on its own."""
        follow_up = self.follow_up_answer(question, context_item, last_aspects)
        if follow_up is not None:
            return follow_up
        retriever = self.retriever
        # One retrieval: without a context item the resolution's hits are the plain search's.
        resolution = retriever.resolve(question.strip()) if question.strip() else None
        hits = resolution.hits if resolution is not None else []
        similarity = retriever.dense_similarity(question, hits[0].id) if hits else None
        hit = confident_hit(hits, self.route, similarity, self._question_words(question))
        if hit is None:
            return None
        answer = answer_question(
            retriever, question, min_score=self.min_score, resolution=resolution
        )
        if not answer.found and resolution is not None:
            answer = self._confident_rescue(question, resolution) or answer
        if not answer.found or answer.item_id != hit.id:
            return None
        if aspects_if_none and not answer.aspects:
            focused = compose_answer(retriever.by_id[hit.id], list(aspects_if_none), question)
            focused.score = answer.score
            return focused
        return answer
