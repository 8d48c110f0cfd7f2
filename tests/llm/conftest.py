"""A tiny random-init Qwen2 chat model, built once per test session in about a second."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
from aiohttp import web

os.environ.setdefault("USE_TF", "0")  # transformers must not import TensorFlow (slow start)


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from bot.llm.tiny_model import build_tiny_chat_model

    return build_tiny_chat_model(tmp_path_factory.mktemp("llm") / "tiny-qwen2")


@pytest.fixture
def slow_model_dir(tiny_model_dir: Path, tmp_path: Path) -> Path:
    """A copy of the tiny model (its own cache entry) whose every forward pass takes 50 ms: a
    real model on a slow device."""
    from bot.llm.transformers_engine import load_chat_model

    path = tmp_path / "slow"
    shutil.copytree(tiny_model_dir, path)
    load_chat_model(path).lm.register_forward_pre_hook(lambda module, args: time.sleep(0.05))
    return path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.asynccontextmanager
async def _running(app: web.Application) -> AsyncIterator[str]:
    runner = web.AppRunner(app)
    await runner.setup()
    port = _free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        await runner.cleanup()


@pytest.fixture
def running() -> Callable[[web.Application], contextlib.AbstractAsyncContextManager[str]]:
    """``async with running(app) as url``: the app served on a free localhost port."""
    return _running


@pytest.fixture
def dead_port() -> int:
    """A localhost port nobody listens on."""
    return _free_port()
