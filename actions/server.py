"""``python -m actions.server``: the action server, closed to anyone without the shared secret.

rasa_sdk's own application (``rasa_sdk.endpoint.create_app``: ``POST /webhook``, ``GET /actions``,
``GET /health``) with one addition: every route but ``/health`` answers 401 unless the request
carries the secret in the ``X-Minsheng-Token`` header (:data:`bot.security.TOKEN_HEADER`; for
``GET /metrics``, :mod:`actions.metrics`, also as ``Authorization: Bearer``, what Prometheus sends). The
secret is the value of the environment variable ``settings.security.action_token_env``
(``MINSHENG_ACTION_TOKEN``); Rasa sends it from ``action_endpoint.headers`` in the endpoint files,
and ``make run`` generates it into ``var/action_token``. Without the variable the server does not
start. It binds to 127.0.0.1 unless ``--host`` says otherwise, and allows no CORS origin.

A forged call to an open action server could skip form validation or read another
conversation's ticket; ``rasa run actions`` has neither the secret nor the loopback default.
"""

from __future__ import annotations

import argparse
import logging
import os
import traceback
from collections.abc import Mapping

from rasa_sdk.constants import DEFAULT_SERVER_PORT
from rasa_sdk.endpoint import create_app
from sanic import Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse

from actions.metrics import METRICS_PATH, bearer, mount_metrics
from bot.cpu_threads import apply_cpu_threads
from bot.security import TOKEN_HEADER, MissingSecret, secret_from_env, token_matches
from bot.settings import SettingsError, load_settings

logger = logging.getLogger(__name__)

# Routes anyone may call: a load balancer's or `make run`'s liveness probe tells nothing away.
OPEN_PATHS = frozenset({"/health"})


def require_token(app: Sanic, token: str) -> None:
    """Answer 401 to every request to ``app`` (but :data:`OPEN_PATHS`) without ``token``."""
    if not token:
        raise MissingSecret("the action server needs a non-empty token")

    @app.middleware("request")
    async def check_token(request: Request) -> HTTPResponse | None:
        given = request.headers.get(TOKEN_HEADER)
        if request.path == METRICS_PATH and not given:  # Prometheus sends a bearer token
            given = bearer(request.headers.get("Authorization"))
        if request.path in OPEN_PATHS or token_matches(given, token):
            return None
        logger.warning(
            "refused %s %s: missing or wrong %s", request.method, request.path, TOKEN_HEADER
        )
        return response.json({"error": f"missing or wrong {TOKEN_HEADER} header"}, status=401)


def _action_name(request: Request) -> str:
    """The action a failed request asked for (a name from the domain, never user text)."""
    try:
        body = request.json
    except Exception:  # noqa: BLE001 - an unparsable body names no action
        return "?"
    name = body.get("next_action") if isinstance(body, dict) else None
    return name if isinstance(name, str) and name.isidentifier() else "?"


def generic_errors(app: Sanic) -> None:
    """Replace rasa_sdk's 500 handler, which echoes the request body (the whole tracker, with
    the citizen's messages and slots) and logs ``str(exception)`` (driver errors can quote
    values). Ours answers a fixed message and logs the action, the exception type and the
    stack frames only: file, line and function, no exception text."""

    async def exception_handler(request: Request, exception: Exception) -> HTTPResponse:
        status = getattr(exception, "status_code", None)
        if isinstance(status, int) and 400 <= status < 500:  # Sanic's own 404/405/...
            return response.json({"error": type(exception).__name__}, status=status)
        frames = "\n".join(
            f"  {f.filename}:{f.lineno} in {f.name}"
            for f in traceback.extract_tb(exception.__traceback__)[-8:]
        )
        logger.error(
            "action %s failed with %s (details withheld: personal data)\n%s",
            _action_name(request),
            type(exception).__name__,
            frames,
        )
        return response.json({"error": "internal error in the action server"}, status=500)

    app.error_handler.add(Exception, exception_handler)


KEEP_ALIVE_TIMEOUT_S = 75  # longer than any client's idle keep-alive (aiohttp: 15 s)


def build_app(
    token: str, actions_package: str = "actions", cors_origins: list[str] | None = None
) -> Sanic:
    """rasa_sdk's action server app for ``actions_package``, requiring ``token``."""
    app = create_app(actions_package, cors_origins=cors_origins)
    # Rasa's action client (aiohttp) keeps idle connections for 15 s; Sanic closes them after 5 s,
    # so Rasa could write a call into a connection the server was just closing ("Can not write
    # request body") and the turn went without a reply (fault run). The server outlasts the client.
    app.config.KEEP_ALIVE_TIMEOUT = KEEP_ALIVE_TIMEOUT_S
    require_token(app, token)
    generic_errors(app)
    mount_metrics(app, actions_package)  # GET /metrics (behind the token) + webhook counters
    return app


def action_token(env: Mapping[str, str] | None = None) -> str:
    """The secret from the variable the settings name; :class:`MissingSecret` when unset."""
    env_name = load_settings(env=env).security.action_token_env
    token = secret_from_env(env_name, env)
    if token is None:
        raise MissingSecret(
            f"{env_name} is not set: the action server only answers requests carrying that "
            f"secret in {TOKEN_HEADER} (make run generates one into var/action_token)"
        )
    return token


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m actions.server", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="bind address (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=DEFAULT_SERVER_PORT, help="default 5055")
    parser.add_argument("--actions", default="actions", help="action package (default actions)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    try:
        token = action_token(os.environ)
    except (MissingSecret, SettingsError) as e:
        print(f"error: {e}")
        return 2
    # TensorFlow (sentence encoder), torch and BLAS pools sized before the actions load them.
    apply_cpu_threads()
    app = build_app(token, args.actions)
    logger.info("action server on http://%s:%d (token required)", args.host, args.port)
    app.run(args.host, args.port, access_log=False, workers=1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
