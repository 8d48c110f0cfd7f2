"""Chat completions over an :class:`~bot.llm.engine.Engine`, independent of the HTTP framework.

Errors become OpenAI-style ``(status, body)`` pairs: bad request 400, unknown model 404,
overload 503, timeout 504, any other back-end failure 502. A streaming request waits for its
first event before answering, so overload, timeout and bad prompts still get a proper status;
a failure after the first chunk is sent as an ``error`` event before ``[DONE]``."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import AsyncIterator
from typing import Any

from bot.llm.engine import Engine
from bot.llm.errors import (
    BackendUnavailable,
    EngineOverloaded,
    GenerationTimeout,
    InvalidGenerationRequest,
    LLMError,
)
from bot.llm.generation import GenerationResult, SamplingParams
from bot.llm.server import protocol

log = logging.getLogger(__name__)


class ErrorResponse(Exception):
    """An OpenAI-style error answer: HTTP status and JSON body."""

    def __init__(self, status: int, body: dict[str, Any]):
        super().__init__(status, body)
        self.status = status
        self.body = body


def error_response(error: Exception) -> ErrorResponse:
    if isinstance(error, InvalidGenerationRequest):
        return ErrorResponse(
            400, protocol.error_body(str(error), "invalid_request_error", 400, error.param)
        )
    if isinstance(error, EngineOverloaded):
        return ErrorResponse(503, protocol.error_body(str(error), "server_overloaded", 503))
    if isinstance(error, GenerationTimeout):
        return ErrorResponse(504, protocol.error_body(str(error), "timeout", 504))
    if isinstance(error, LLMError):
        return ErrorResponse(502, protocol.error_body(str(error), "backend_error", 502))
    raise error


class OpenAIServingChat:
    def __init__(self, engine: Engine, served_model_name: str, defaults: SamplingParams):
        self.engine = engine
        self.model = served_model_name
        self.defaults = defaults

    def parse(self, body: Any) -> protocol.ChatCompletionRequest:
        """The validated request, or :class:`ErrorResponse` (400 / 404)."""
        try:
            request = protocol.parse_chat_request(body, self.defaults)
        except InvalidGenerationRequest as e:
            raise error_response(e) from e
        if request.model is not None and request.model != self.model:
            raise ErrorResponse(
                404,
                protocol.error_body(
                    f"The model `{request.model}` does not exist; this server serves "
                    f"`{self.model}`.",
                    "NotFoundError",
                    404,
                    "model",
                ),
            )
        return request

    async def complete(self, request: protocol.ChatCompletionRequest) -> dict[str, Any]:
        try:
            result = await self.engine.generate(request.generation)
        except LLMError as e:
            raise error_response(e) from e
        return protocol.chat_completion(protocol.completion_id(), self.model, result)

    async def stream(self, request: protocol.ChatCompletionRequest) -> AsyncIterator[str]:
        """SSE ``data:`` lines. Raises :class:`ErrorResponse` before the first line only."""
        events = self.engine.stream(request.generation)
        try:
            first: str | None = await events.__anext__()
        except StopAsyncIteration:
            first = None
        except LLMError as e:
            await events.aclose()
            raise error_response(e) from e
        return self._sse(request, events, first)

    async def _sse(self, request, events, first: str | None) -> AsyncIterator[str]:  # type: ignore[no-untyped-def]
        id_, created = protocol.completion_id(), int(time.time())

        def line(chunk: dict[str, Any]) -> str:
            return f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n"

        try:
            yield line(
                protocol.chat_chunk(id_, self.model, created, {"role": "assistant", "content": ""})
            )
            if first is not None:
                yield line(protocol.chat_chunk(id_, self.model, created, {"content": first}))
                async for delta in events:
                    yield line(protocol.chat_chunk(id_, self.model, created, {"content": delta}))
            result: GenerationResult | None = events.result
            if result is None:
                raise BackendUnavailable("the stream ended without a result")
            yield line(protocol.chat_chunk(id_, self.model, created, {}, result.finish_reason))
            if request.include_usage:
                yield line(
                    protocol.chat_chunk(id_, self.model, created, usage_=protocol.usage(result))
                )
        except LLMError as e:
            log.warning("stream %s failed: %s", id_, e)
            yield line(error_response(e).body)
        finally:
            await events.aclose()
        yield "data: [DONE]\n\n"
