"""The OpenAI-compatible back-end against real local HTTP servers: our own ``serve`` app with
the tiny model, a server that sleeps, a server that fails, and a port nobody listens on."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
from aiohttp import web

from bot.llm import (
    BackendUnavailable,
    EngineOverloaded,
    GenerationRequest,
    GenerationTimeout,
    InvalidGenerationRequest,
    LLMConfig,
    SamplingParams,
    make_engine,
)
from bot.llm.openai_engine import OpenAIEngine
from bot.llm.server import build_app
from bot.llm.transformers_engine import TransformersEngine

QUESTION = [{"role": "user", "content": "居住证要多久能办好？"}]


def client_for(base_url: str, **config) -> OpenAIEngine:
    engine = make_engine(
        LLMConfig(backend="openai", base_url=f"{base_url}/v1", model="hotline", **config),
        env={"HOTLINE_KEY": "secret-key"},
    )
    assert isinstance(engine, OpenAIEngine)
    return engine


def ask(max_new_tokens: int = 10, timeout_s: float | None = None) -> GenerationRequest:
    return GenerationRequest.chat(
        QUESTION, SamplingParams(max_new_tokens=max_new_tokens), timeout_s
    )


async def test_round_trip_through_our_server_matches_in_process(
    tiny_model_dir: Path, running
) -> None:
    local = TransformersEngine(LLMConfig(model_path=str(tiny_model_dir)))
    expected = await local.generate(ask())
    app = build_app(TransformersEngine(LLMConfig(model_path=str(tiny_model_dir))), "hotline")
    async with running(app) as url:
        remote = client_for(url)
        try:
            result = await remote.generate(ask())
            assert (result.text, result.finish_reason) == (expected.text, expected.finish_reason)
            assert (result.prompt_tokens, result.completion_tokens) == (
                expected.prompt_tokens,
                expected.completion_tokens,
            )
            assert result.model == "hotline"
            stream = remote.stream(ask())
            deltas = [d async for d in stream]
            assert len(deltas) > 1 and "".join(deltas) == expected.text
            assert stream.result is not None
            assert stream.result.completion_tokens == expected.completion_tokens
            concurrent = await asyncio.gather(*(remote.generate(ask()) for _ in range(4)))
            assert {r.text for r in concurrent} == {expected.text}
        finally:
            await remote.aclose()
    await local.aclose()


async def test_dead_port_is_backend_unavailable_quickly(dead_port: int) -> None:
    remote = client_for(f"http://127.0.0.1:{dead_port}")
    started = time.monotonic()
    with pytest.raises(BackendUnavailable, match="cannot reach"):
        await remote.generate(ask())
    with pytest.raises(BackendUnavailable, match="cannot reach"):
        [d async for d in remote.stream(ask())]
    assert time.monotonic() - started < 1.0
    await remote.aclose()


def sleeping_app(seconds: float, seen: list[dict]) -> web.Application:
    async def handler(request: web.Request) -> web.Response:
        seen.append({"auth": request.headers.get("Authorization"), **(await request.json())})
        await asyncio.sleep(seconds)
        return web.json_response({})

    app = web.Application()
    app.router.add_post("/v1/chat/completions", handler)
    return app


async def test_sleeping_server_is_a_timeout_within_the_limit(running) -> None:
    seen: list[dict] = []
    async with running(sleeping_app(5, seen)) as url:
        remote = client_for(url, api_key_env="HOTLINE_KEY", timeout_s=5)
        for call in (remote.generate, lambda r: remote.stream(r).__anext__()):
            started = time.monotonic()
            with pytest.raises(GenerationTimeout):
                await call(ask(timeout_s=0.3))
            assert 0.3 <= time.monotonic() - started < 0.6
        await remote.aclose()
    assert seen[0]["auth"] == "Bearer secret-key"
    assert seen[0]["model"] == "hotline" and seen[0]["max_tokens"] == 10
    assert seen[0]["messages"] == QUESTION and seen[1]["stream"] is True


def failing_app(status: int, body: object) -> web.Application:
    async def handler(request: web.Request) -> web.Response:
        return web.json_response(body, status=status)

    app = web.Application()
    app.router.add_post("/v1/chat/completions", handler)
    return app


@pytest.mark.parametrize(
    ("status", "body", "error"),
    [
        (503, {"error": {"message": "queue full"}}, EngineOverloaded),
        (504, {"error": {"message": "too slow"}}, GenerationTimeout),
        (500, {"error": {"message": "boom"}}, BackendUnavailable),
        (400, {"error": {"message": "bad temperature"}}, InvalidGenerationRequest),
        (200, {"unexpected": True}, BackendUnavailable),
    ],
)
async def test_error_answers_map_to_engine_errors(
    running, status: int, body: object, error: type[Exception]
) -> None:
    async with running(failing_app(status, body)) as url:
        remote = client_for(url)
        with pytest.raises(error):
            await remote.generate(ask())
        await remote.aclose()


def test_generate_sync_against_a_dead_port(dead_port: int) -> None:
    remote = client_for(f"http://127.0.0.1:{dead_port}")
    with pytest.raises(BackendUnavailable):
        remote.generate_sync(ask())
