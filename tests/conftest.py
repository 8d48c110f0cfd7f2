"""Shared test fixtures.

Tests that need a real server read its URL from the environment (BOT_TEST_POSTGRES_URL,
BOT_TEST_TRACKER_POSTGRES_URL, BOT_TEST_REDIS_URL) and skip with a clear message when it is unset.
`.ci/run` starts the servers and sets BOT_REQUIRE_SERVICES=1, which turns those skips into failures.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import socket
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest

from bot.settings import shared_data_dir

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def service_url(variable: str, what: str) -> str:
    """The URL of a real server for this test, or skip (fail in CI) when none is configured."""
    url = os.environ.get(variable)
    if url:
        return url
    message = f"{what} not configured: set {variable} (CI's .ci/run starts one)"
    if os.environ.get("BOT_REQUIRE_SERVICES") == "1":
        pytest.fail(message)
    pytest.skip(message)


def shared_data(*parts: str) -> Path:
    """A path under ../shared/data, or skip when the shared data sets are absent."""
    path = shared_data_dir().joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data set {path} is absent")
    return path


@pytest.fixture
def postgres_url() -> str:
    return service_url("BOT_TEST_POSTGRES_URL", "PostgreSQL")


@pytest.fixture
def redis_url() -> str:
    return service_url("BOT_TEST_REDIS_URL", "Redis")


@pytest.fixture
def tracker_postgres_url() -> str:
    return service_url("BOT_TEST_TRACKER_POSTGRES_URL", "PostgreSQL for the tracker store")


_sanic_names = itertools.count()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.asynccontextmanager
async def _sanic_serving(app_or_build: Any) -> AsyncIterator[str]:
    from sanic import Sanic

    Sanic.test_mode = True  # several apps (and app names) in one process
    if isinstance(app_or_build, Sanic):
        app = app_or_build
    else:
        app = Sanic(f"test_app_{next(_sanic_names)}", configure_logging=False)
        app_or_build(app)
    port = free_port()
    server = await app.create_server(
        host="127.0.0.1", port=port, return_asyncio_server=True, access_log=False
    )
    await server.startup()
    await server.before_start()
    await server.after_start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        await server.before_stop()
        await server.close()
        await server.after_stop()


@pytest.fixture
def sanic_serving() -> Callable[[Any], contextlib.AbstractAsyncContextManager[str]]:
    """``async with sanic_serving(app) as url``: a Sanic app (or ``build(app)`` setting up a fresh
    one) served on a free localhost port for the block, then stopped."""
    return _sanic_serving
