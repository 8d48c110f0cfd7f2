"""Any OpenAI-compatible chat server (vLLM, TGI, SGLang, Ollama, ``python -m bot serve``) over
``httpx``, behind the same :class:`~bot.llm.engine.Engine` interface and errors as the in-process
back-end: connection problems and 5xx answers are :class:`BackendUnavailable`, 503 is
:class:`EngineOverloaded`, slow answers are :class:`GenerationTimeout`, 4xx answers are
:class:`InvalidGenerationRequest` carrying the server's message.
"""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import AsyncIterator, Mapping
from typing import Any

import httpx

from bot.llm.config import LLMConfig
from bot.llm.engine import Engine
from bot.llm.errors import (
    BackendUnavailable,
    EngineOverloaded,
    GenerationTimeout,
    InvalidGenerationRequest,
)
from bot.llm.generation import GenerationRequest, GenerationResult, GenerationStream
from bot.security import TOKEN_HEADER, secret_from_env


class OpenAIEngine(Engine):
    def __init__(self, config: LLMConfig, env: Mapping[str, str] | None = None):
        self.config = config
        env = os.environ if env is None else env
        key = env.get(config.api_key_env) if config.api_key_env else None
        self._headers = {"Authorization": f"Bearer {key}"} if key else {}
        # The model server's shared secret (python -m bot serve); other servers ignore it.
        token = secret_from_env(config.token_env, env) if config.token_env else None
        if token:
            self._headers[TOKEN_HEADER] = token
        self._url = f"{config.base_url}/chat/completions"
        # One pooled client per event loop: an httpx.AsyncClient must not cross loops.
        self._client: httpx.AsyncClient | None = None
        self._client_loop: asyncio.AbstractEventLoop | None = None

    @property
    def model_name(self) -> str:
        return self.config.model_name

    # -- public API --

    async def generate(self, request: GenerationRequest) -> GenerationResult:
        timeout = self._timeout(request)
        client = self._async_client()
        try:
            return await asyncio.wait_for(self._complete(client, request, timeout), timeout)
        except asyncio.TimeoutError:
            raise GenerationTimeout(f"{self._url} did not answer within {timeout:g}s") from None

    def stream(self, request: GenerationRequest) -> GenerationStream:
        return GenerationStream(self._stream_events(request))

    def generate_sync(self, request: GenerationRequest) -> GenerationResult:
        async def once() -> GenerationResult:
            try:
                return await self.generate(request)
            finally:
                await self.aclose()

        return asyncio.run(once())

    async def aclose(self) -> None:
        if self._client is not None:
            client, self._client, self._client_loop = self._client, None, None
            await client.aclose()

    # -- HTTP --

    def _timeout(self, request: GenerationRequest) -> float:
        return float(request.timeout_s or self.config.timeout_s)

    def _async_client(self) -> httpx.AsyncClient:
        loop = asyncio.get_running_loop()
        if self._client is None or self._client_loop is not loop or self._client.is_closed:
            self._client = httpx.AsyncClient(headers=self._headers)
            self._client_loop = loop
        return self._client

    def _payload(self, request: GenerationRequest, stream: bool) -> dict[str, Any]:
        s = request.sampling or self.config.sampling
        payload: dict[str, Any] = {
            "model": self.model_name,
            "messages": [m.to_dict() for m in request.messages],
            "max_tokens": s.max_new_tokens,
            "temperature": float(s.temperature),
            "top_p": float(s.top_p),
            "stream": stream,
        }
        if s.stop:
            payload["stop"] = list(s.stop)
        if s.seed is not None:
            payload["seed"] = s.seed
        if stream:
            payload["stream_options"] = {"include_usage": True}
        return payload

    async def _complete(
        self, client: httpx.AsyncClient, request: GenerationRequest, timeout: float
    ) -> GenerationResult:
        try:
            response = await client.post(
                self._url, json=self._payload(request, stream=False), timeout=timeout
            )
        except httpx.TimeoutException as e:
            raise GenerationTimeout(f"{self._url} did not answer within {timeout:g}s") from e
        except httpx.HTTPError as e:
            raise BackendUnavailable(f"cannot reach {self._url}: {e!r}") from e
        self._raise_for_status(response.status_code, response.text)
        try:
            body = response.json()
            choice = body["choices"][0]
            usage = body.get("usage") or {}
            return GenerationResult(
                text=choice["message"].get("content") or "",
                finish_reason=_finish_reason(choice.get("finish_reason")),
                prompt_tokens=int(usage.get("prompt_tokens", 0)),
                completion_tokens=int(usage.get("completion_tokens", 0)),
                model=str(body.get("model", self.model_name)),
            )
        except (ValueError, KeyError, IndexError, TypeError, AttributeError) as e:
            raise BackendUnavailable(
                f"{self._url} sent a malformed completion: {response.text[:200]!r}"
            ) from e

    async def _stream_events(
        self, request: GenerationRequest
    ) -> AsyncIterator[str | GenerationResult]:
        timeout = self._timeout(request)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        client = self._async_client()
        parts: list[str] = []
        finish: str | None = None
        usage: dict[str, Any] = {}
        model = self.model_name
        try:
            async with client.stream(
                "POST", self._url, json=self._payload(request, stream=True), timeout=timeout
            ) as response:
                if response.status_code >= 400:
                    body = await asyncio.wait_for(response.aread(), deadline - loop.time())
                    self._raise_for_status(response.status_code, body.decode("utf-8", "replace"))
                lines = response.aiter_lines()
                while True:
                    try:
                        line = await asyncio.wait_for(lines.__anext__(), deadline - loop.time())
                    except StopAsyncIteration:
                        break
                    if not line.startswith("data:"):
                        continue  # blank separators, comments, "event:" lines
                    data = line[len("data:") :].strip()
                    if data == "[DONE]":
                        break
                    chunk = _parse_chunk(data, self._url)
                    model = str(chunk.get("model", model))
                    usage = chunk.get("usage") or usage
                    for choice in chunk.get("choices") or []:
                        finish = choice.get("finish_reason") or finish
                        delta = (choice.get("delta") or {}).get("content")
                        if delta:
                            parts.append(delta)
                            yield delta
        except asyncio.TimeoutError:
            raise GenerationTimeout(f"{self._url} did not finish within {timeout:g}s") from None
        except httpx.TimeoutException as e:
            raise GenerationTimeout(f"{self._url} did not finish within {timeout:g}s") from e
        except httpx.HTTPError as e:
            raise BackendUnavailable(f"cannot reach {self._url}: {e!r}") from e
        if finish is None:
            raise BackendUnavailable(f"{self._url} ended the stream without a finish reason")
        yield GenerationResult(
            text="".join(parts),
            finish_reason=_finish_reason(finish),
            prompt_tokens=int(usage.get("prompt_tokens", 0)),
            completion_tokens=int(usage.get("completion_tokens", 0)),
            model=model,
        )

    def _raise_for_status(self, status: int, body: str) -> None:
        if status < 400:
            return
        message = _error_message(body)
        where = f"{self._url} answered {status}: {message}"
        if status == 503:
            raise EngineOverloaded(where)
        if status == 504:
            raise GenerationTimeout(where)
        if 400 <= status < 500 and status not in (401, 403, 404, 408, 429):
            raise InvalidGenerationRequest(where)
        raise BackendUnavailable(where)


def _finish_reason(value: Any) -> str:
    # Servers also say "eos", "stop_sequence", "abort"; only running out of tokens is "length".
    return "length" if value == "length" else "stop"


def _parse_chunk(data: str, url: str) -> dict[str, Any]:
    try:
        chunk = json.loads(data)
    except ValueError as e:
        raise BackendUnavailable(f"{url} sent a malformed stream chunk: {data[:200]!r}") from e
    if not isinstance(chunk, dict):
        raise BackendUnavailable(f"{url} sent a malformed stream chunk: {data[:200]!r}")
    if "error" in chunk:
        error = chunk["error"]
        code = error.get("code") if isinstance(error, dict) else None
        message = f"{url} failed mid-stream: {_error_message(data)}"
        if code == 504:
            raise GenerationTimeout(message)
        raise BackendUnavailable(message)
    return chunk


def _error_message(body: str) -> str:
    try:
        error = json.loads(body).get("error")
        if isinstance(error, dict):
            return str(error.get("message", error))
        if error:
            return str(error)
    except (ValueError, AttributeError):
        pass
    return body[:200]
