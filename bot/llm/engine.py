"""The one interface every generation back-end implements.

Callers (actions, the NLG rephraser, the HTTP server) hold an :class:`Engine` from
:func:`bot.llm.make_engine` and never know whether the model runs in this process or behind an
OpenAI-compatible server. Every back-end raises the errors of :mod:`bot.llm.errors`.
"""

from __future__ import annotations

import abc

from bot.llm.generation import GenerationRequest, GenerationResult, GenerationStream


class Engine(abc.ABC):
    """Chat generation, awaitable from an asyncio event loop without ever blocking it."""

    @property
    @abc.abstractmethod
    def model_name(self) -> str:
        """The name clients see (OpenAI ``model`` field)."""

    @abc.abstractmethod
    async def generate(self, request: GenerationRequest) -> GenerationResult:
        """The whole completion. Raises GenerationTimeout, EngineOverloaded, BackendUnavailable."""

    @abc.abstractmethod
    def stream(self, request: GenerationRequest) -> GenerationStream:
        """Text deltas as they are generated (``async for delta in engine.stream(req)``); the
        stream's ``result`` holds the finish reason and token counts once exhausted. The
        request's timeout bounds the whole stream."""

    @abc.abstractmethod
    def generate_sync(self, request: GenerationRequest) -> GenerationResult:
        """Blocking :meth:`generate` for scripts and benchmarks; never call it on an event loop."""

    @abc.abstractmethod
    async def aclose(self) -> None:
        """Release connections and worker threads; the engine cannot be used afterwards."""
