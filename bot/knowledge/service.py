"""The knowledge base as one object for callers (CLI, actions): engine in, cited answers out.

The retriever index is built lazily on first use (a few seconds: Jieba dictionary, BM25 over
every item) and then reused; call :meth:`KnowledgeService.refresh` after rebuilding the database.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.engine import Engine

from bot.knowledge.answer import Answer, answer_question
from bot.knowledge.retrieval import Hit, KnowledgeRetriever, RetrievalConfig
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


class KnowledgeService:
    def __init__(
        self,
        engine: Engine,
        config: RetrievalConfig | None = None,
        min_score: float = 0.2,
    ):
        self.engine = engine
        self.config = config or RetrievalConfig()
        self.min_score = min_score
        self._retriever: KnowledgeRetriever | None = None
        self._lock = threading.Lock()

    @classmethod
    def from_settings(
        cls, settings: Settings, engine: Engine, dense_model_dir: Path | None = None
    ) -> KnowledgeService:
        return cls(
            engine, retrieval_config(settings, dense_model_dir), settings.retrieval.min_score
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
        return answer_question(
            self.retriever,
            question,
            context_item=context_item,
            min_score=self.min_score,
            last_aspects=last_aspects,
        )
