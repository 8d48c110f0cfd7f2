"""``GET /metrics`` and the webhook counters of the action server (Sanic glue over bot.metrics).

:func:`mount_metrics` adds the route and two middlewares to rasa_sdk's app; the route sits behind
the action server's token middleware like every route but ``/health``.
"""

from __future__ import annotations

import json
import logging
import time
import zlib
from typing import Any

from rasa_sdk.executor import ActionExecutor
from sanic import Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot import metrics

logger = logging.getLogger(__name__)

WEBHOOK = "/webhook"
METRICS_PATH = "/metrics"


def bearer(header: str | None) -> str | None:
    """The token of an ``Authorization: Bearer <token>`` header (what Prometheus sends)."""
    if header and header[:7].lower() == "bearer ":
        return header[7:].strip()
    return None


def _action_call(request: Request) -> Any:
    try:
        if request.headers.get("Content-Encoding") == "deflate":
            return json.loads(zlib.decompress(request.body))
        return request.json
    except Exception:  # noqa: BLE001 - a bad body is the webhook's 400, not ours to raise
        return None


def _json_body(res: HTTPResponse) -> Any:
    try:
        return json.loads(res.body or b"null")
    except ValueError:
        return None


def mount_metrics(app: Sanic, actions_package: Any = "actions") -> None:
    """Count every ``POST /webhook`` call and serve ``GET /metrics`` on ``app``."""
    executor = ActionExecutor()
    executor.register_package(actions_package)
    custom_actions = frozenset(executor.actions)

    @app.middleware("request")
    async def start_clock(request: Request) -> None:
        if request.path == WEBHOOK:
            request.ctx.metrics_started = time.perf_counter()

    @app.middleware("response")
    async def count_call(request: Request, res: HTTPResponse) -> None:
        started = getattr(request.ctx, "metrics_started", None)
        if started is None or res is None:
            return
        try:
            metrics.observe_action_call(
                _action_call(request),
                res.status,
                time.perf_counter() - started,
                _json_body(res) if res.status == 200 else None,
                custom_actions,
            )
        except Exception:  # noqa: BLE001 - metrics never cost a reply
            logger.exception("could not count an action call")

    @app.get(METRICS_PATH)
    async def prometheus(_: Request) -> HTTPResponse:
        body, content_type = metrics.render()
        return response.raw(body, content_type=content_type)
