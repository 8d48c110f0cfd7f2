"""The model server (``python -m bot serve``) answers only requests with its shared secret, and
the openai back-end sends it."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from bot.cli import build_parser
from bot.llm import LLMConfig, llm_config_from_settings, make_engine
from bot.llm.errors import LLMError
from bot.llm.generation import ChatMessage, GenerationRequest, SamplingParams
from bot.llm.server import build_app
from bot.llm.transformers_engine import TransformersEngine
from bot.security import TOKEN_HEADER
from bot.settings import load_settings

TOKEN = "model-secret-for-tests"
CHAT = {"messages": [{"role": "user", "content": "你好"}], "max_tokens": 4, "temperature": 0}


@pytest.fixture
def app(tiny_model_dir: Path):
    engine = TransformersEngine(LLMConfig(model_path=str(tiny_model_dir)))
    return build_app(engine, "hotline", SamplingParams(max_new_tokens=4), token=TOKEN)


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({}, 401),
        ({TOKEN_HEADER: "wrong"}, 401),
        ({TOKEN_HEADER: TOKEN[:-1]}, 401),
        ({"Authorization": "Bearer wrong"}, 401),
        ({TOKEN_HEADER: TOKEN}, 200),
        ({"Authorization": f"Bearer {TOKEN}"}, 200),
    ],
)
async def test_requests_need_the_token(app, running, headers: dict, status: int) -> None:
    async with running(app) as url, httpx.AsyncClient(base_url=url, timeout=30) as client:
        chat = await client.post("/v1/chat/completions", json=CHAT, headers=headers)
        models = await client.get("/v1/models", headers=headers)
        health = await client.get("/health")
    assert (chat.status_code, models.status_code) == (status, status)
    if status == 401:
        assert chat.json()["error"]["type"] == "authentication_error"
        assert "choices" not in chat.json()
    assert health.status_code == 200  # liveness probes need no secret


async def test_the_openai_backend_sends_the_token(app, running, monkeypatch) -> None:
    monkeypatch.setenv("MINSHENG_MODEL_TOKEN", TOKEN)
    request = GenerationRequest(
        messages=(ChatMessage("user", "你好"),), sampling=SamplingParams(max_new_tokens=4)
    )
    async with running(app) as url:
        settings = load_settings(
            env={}, llm={"backend": "openai", "base_url": f"{url}/v1", "model": "hotline"}
        )
        config = llm_config_from_settings(settings)
        assert config.token_env == "MINSHENG_MODEL_TOKEN"
        engine = make_engine(config)
        try:
            result = await engine.generate(request)
        finally:
            await engine.aclose()
        assert result.text is not None

        monkeypatch.setenv("MINSHENG_MODEL_TOKEN", "wrong")
        refused = make_engine(config)
        try:
            with pytest.raises(LLMError):
                await refused.generate(request)
        finally:
            await refused.aclose()


def test_serve_refuses_to_start_without_the_secret(tiny_model_dir: Path, monkeypatch, capsys):
    monkeypatch.delenv("MINSHENG_MODEL_TOKEN", raising=False)
    monkeypatch.setenv("BOT_SETTINGS", str(tiny_model_dir / "no-settings.yml"))
    args = build_parser().parse_args(["serve", "--model", str(tiny_model_dir), "--port", "1"])
    assert args.func(args) == 2
    assert "MINSHENG_MODEL_TOKEN is not set" in capsys.readouterr().out
    assert args.host == "127.0.0.1"
