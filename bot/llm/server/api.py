"""HTTP routes only: ``POST /v1/chat/completions``, ``GET /v1/models``, ``GET /health``."""

from __future__ import annotations

import json
import logging
from typing import Any

from aiohttp import web

from bot.llm.engine import Engine
from bot.llm.generation import SamplingParams
from bot.llm.server import protocol
from bot.llm.server.serving import ErrorResponse, OpenAIServingChat

log = logging.getLogger(__name__)
SERVING = web.AppKey("serving", OpenAIServingChat)
ENGINE = web.AppKey("engine", Engine)


def _error(e: ErrorResponse) -> web.Response:
    return web.json_response(e.body, status=e.status, dumps=_dumps)


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


async def chat_completions(request: web.Request) -> web.StreamResponse:
    serving = request.app[SERVING]
    try:
        body = await request.json()
    except ValueError:
        return _error(
            ErrorResponse(
                400, protocol.error_body("the body is not valid JSON", "invalid_request_error", 400)
            )
        )
    try:
        parsed = serving.parse(body)
        if not parsed.stream:
            return web.json_response(await serving.complete(parsed), dumps=_dumps)
        lines = await serving.stream(parsed)
    except ErrorResponse as e:
        return _error(e)
    response = web.StreamResponse(
        headers={"Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-cache"}
    )
    await response.prepare(request)
    try:
        async for line in lines:
            await response.write(line.encode("utf-8"))
    except ConnectionResetError:
        log.info("client went away mid-stream")
    finally:
        await lines.aclose()  # type: ignore[attr-defined]
    await response.write_eof()
    return response


async def models(request: web.Request) -> web.Response:
    return web.json_response(protocol.model_list(request.app[SERVING].model))


async def health(request: web.Request) -> web.Response:
    return web.json_response({"status": "ok", "model": request.app[SERVING].model})


def build_app(
    engine: Engine, served_model_name: str | None = None, defaults: SamplingParams | None = None
) -> web.Application:
    """The aiohttp application; closing it (runner cleanup) closes the engine."""
    app = web.Application(client_max_size=4 * 1024 * 1024)
    app[ENGINE] = engine
    app[SERVING] = OpenAIServingChat(
        engine, served_model_name or engine.model_name, defaults or SamplingParams()
    )
    app.router.add_post("/v1/chat/completions", chat_completions)
    app.router.add_get("/v1/models", models)
    app.router.add_get("/health", health)

    async def close_engine(app: web.Application) -> None:
        await app[ENGINE].aclose()

    app.on_cleanup.append(close_engine)
    return app


def run_server(
    engine: Engine,
    host: str = "127.0.0.1",
    port: int = 8000,
    served_model_name: str | None = None,
    defaults: SamplingParams | None = None,
) -> None:
    """Serve until interrupted (blocking)."""
    web.run_app(
        build_app(engine, served_model_name, defaults), host=host, port=port, print=log.info
    )
