"""Real engines for the generation tests: the tiny chat model, and OpenAI-compatible HTTP servers
on localhost that answer with a given text, answer slowly, or are not there at all."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import os
import socket
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from bot.llm import Engine, LLMConfig, make_engine
from bot.settings import PROJECT_ROOT, Settings, load_settings

os.environ.setdefault("USE_TF", "0")  # transformers must not import TensorFlow (slow start)


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from bot.llm.tiny_model import build_tiny_chat_model

    return build_tiny_chat_model(tmp_path_factory.mktemp("llm") / "tiny-qwen2")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclasses.dataclass
class ChatServer:
    """An OpenAI-compatible server whose every completion is ``reply``, after ``delay_s``."""

    reply: str = ""
    delay_s: float = 0.0
    requests: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    url: str = ""

    async def _complete(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.requests.append(body)
        await asyncio.sleep(self.delay_s)
        return web.json_response(
            {
                "id": "chatcmpl-test",
                "object": "chat.completion",
                "model": body.get("model", "test"),
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": self.reply},
                        "finish_reason": "stop",
                    }
                ],
                "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20},
            }
        )

    @property
    def base_url(self) -> str:
        return f"{self.url}/v1"


@pytest.fixture
async def chat_server() -> AsyncIterator[ChatServer]:
    server = ChatServer()
    app = web.Application()
    app.router.add_post("/v1/chat/completions", server._complete)
    runner = web.AppRunner(app)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    server.url = f"http://127.0.0.1:{port}"
    try:
        yield server
    finally:
        await runner.cleanup()


@pytest.fixture
def dead_base_url() -> str:
    """An OpenAI-compatible URL on a localhost port nobody listens on."""
    return f"http://127.0.0.1:{free_port()}/v1"


@pytest.fixture
def openai_engine() -> Callable[..., contextlib.AbstractAsyncContextManager[Engine]]:
    """``async with openai_engine(base_url) as engine``: closed afterwards."""

    @contextlib.asynccontextmanager
    async def make(base_url: str, timeout_s: float = 5.0) -> AsyncIterator[Engine]:
        engine = make_engine(LLMConfig(backend="openai", base_url=base_url, timeout_s=timeout_s))
        try:
            yield engine
        finally:
            await engine.aclose()

    return make


@pytest.fixture(scope="session")
def knowledge_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    from bot.db import make_engine as make_db_engine
    from bot.db import migrate
    from bot.knowledge.store import build_knowledge

    url = f"sqlite:///{tmp_path_factory.mktemp('kb') / 'kb.db'}"
    migrate(url)
    engine = make_db_engine(url)
    build_knowledge(engine, PROJECT_ROOT / "data" / "knowledge")
    engine.dispose()
    return url


@pytest.fixture
def settings_with() -> Callable[..., Settings]:
    """``settings_with(db_url, llm={...}, generation={...})``: settings with those mappings."""

    def make(db_url: str, **sections: Any) -> Settings:
        return load_settings(env={}, db_url=db_url, **sections)

    return make
