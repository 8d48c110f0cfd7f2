"""HTTP routes only: ``POST /v1/chat/completions``, ``GET /v1/models``, ``GET /health``,
``GET /metrics`` (Prometheus, :mod:`bot.metrics`).

With a ``token`` every route but ``/health`` answers 401 unless the request carries it, in the
``X-Minsheng-Token`` header (what the project's clients send) or as ``Authorization: Bearer``
(what any OpenAI client sends with ``api_key``); compared in constant time.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from aiohttp import web

from bot import metrics
from bot.llm.engine import Engine
from bot.llm.generation import SamplingParams
from bot.llm.server import protocol
from bot.llm.server.serving import ErrorResponse, OpenAIServingChat
from bot.security import TOKEN_HEADER, token_matches

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


OPEN_PATHS = frozenset({"/health"})


def _bearer(header: str | None) -> str | None:
    if header and header[:7].lower() == "bearer ":
        return header[7:].strip()
    return None


def require_token(token: str) -> Any:
    """aiohttp middleware: 401 for every request but OPEN_PATHS without ``token``."""

    @web.middleware
    async def check_token(request: web.Request, handler: Any) -> web.StreamResponse:
        if request.path in OPEN_PATHS:
            return await handler(request)
        given = request.headers.get(TOKEN_HEADER) or _bearer(request.headers.get("Authorization"))
        if token_matches(given, token):
            return await handler(request)
        log.warning("refused %s %s: missing or wrong token", request.method, request.path)
        return _error(
            ErrorResponse(
                401,
                protocol.error_body(
                    f"missing or wrong {TOKEN_HEADER} (or Authorization: Bearer) header",
                    "authentication_error",
                    401,
                ),
            )
        )

    return check_token


def build_app(
    engine: Engine,
    served_model_name: str | None = None,
    defaults: SamplingParams | None = None,
    token: str | None = None,
) -> web.Application:
    """The aiohttp application; closing it (runner cleanup) closes the engine. ``token``: the
    secret every request but ``/health`` must carry (None: open, for in-process tests only;
    ``python -m bot serve`` always sets one)."""
    middlewares = [metrics.aiohttp_middleware()] + ([require_token(token)] if token else [])
    app = web.Application(client_max_size=4 * 1024 * 1024, middlewares=middlewares)
    app[ENGINE] = engine
    app[SERVING] = OpenAIServingChat(
        engine, served_model_name or engine.model_name, defaults or SamplingParams()
    )
    app.router.add_post("/v1/chat/completions", chat_completions)
    app.router.add_get("/v1/models", models)
    app.router.add_get("/health", health)
    app.router.add_get("/metrics", metrics.aiohttp_metrics)  # behind the token, like /v1
    metrics.track_engine_queue(engine)

    async def close_engine(app: web.Application) -> None:
        await app[ENGINE].aclose()

    app.on_cleanup.append(close_engine)
    return app


def run_server(
    engine: Engine,
    token: str,
    host: str = "127.0.0.1",
    port: int = 8000,
    served_model_name: str | None = None,
    defaults: SamplingParams | None = None,
) -> None:
    """Serve until interrupted (blocking); every request but ``/health`` needs ``token``."""
    if not token:
        raise ValueError("the model server needs a non-empty token")
    web.run_app(
        build_app(engine, served_model_name, defaults, token=token),
        host=host,
        port=port,
        print=log.info,
    )
