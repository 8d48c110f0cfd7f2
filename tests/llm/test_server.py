"""``python -m bot serve``'s application answers OpenAI-format requests (raw httpx: the openai
package is not installed)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import httpx
import pytest

from bot.cli import build_parser
from bot.cli.serve import cmd_serve
from bot.llm import LLMConfig, SamplingParams
from bot.llm.server import build_app
from bot.llm.transformers_engine import TransformersEngine

MESSAGES = [
    {"role": "system", "content": "你是示例市12345热线助手。"},
    {"role": "user", "content": "公积金贷款怎么办理？"},
]


def engine(model_dir: Path, **config) -> TransformersEngine:
    return TransformersEngine(LLMConfig(model_path=str(model_dir), **config))


def sse_events(body: str) -> list[str]:
    return [line[len("data: ") :] for line in body.splitlines() if line.startswith("data: ")]


async def test_chat_completion_and_stream(tiny_model_dir: Path, running) -> None:
    app = build_app(engine(tiny_model_dir), "hotline", SamplingParams(max_new_tokens=16))
    async with running(app) as url, httpx.AsyncClient(base_url=url, timeout=30) as client:
        request = {"model": "hotline", "messages": MESSAGES, "max_tokens": 12, "temperature": 0}
        response = await client.post("/v1/chat/completions", json=request)
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["object"] == "chat.completion" and body["model"] == "hotline"
        assert body["id"].startswith("chatcmpl-")
        choice = body["choices"][0]
        assert choice["message"]["role"] == "assistant"
        text = choice["message"]["content"]
        assert text and choice["finish_reason"] in ("stop", "length")
        usage = body["usage"]
        assert 0 < usage["completion_tokens"] <= 12
        assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"]

        streamed = {**request, "stream": True, "stream_options": {"include_usage": True}}
        async with client.stream("POST", "/v1/chat/completions", json=streamed) as response:
            assert response.status_code == 200
            assert response.headers["content-type"].startswith("text/event-stream")
            events = sse_events((await response.aread()).decode("utf-8"))
        assert events[-1] == "[DONE]"
        chunks = [json.loads(e) for e in events[:-1]]
        assert all(c["object"] == "chat.completion.chunk" for c in chunks)
        assert chunks[0]["choices"][0]["delta"]["role"] == "assistant"
        deltas = [c["choices"][0]["delta"].get("content", "") for c in chunks if c["choices"]]
        assert len([d for d in deltas if d]) > 1
        assert "".join(deltas) == text  # greedy: the same text, delivered in pieces
        finishes = [c["choices"][0]["finish_reason"] for c in chunks if c["choices"]]
        assert finishes[-1] == choice["finish_reason"]
        assert chunks[-1]["usage"] == usage

        models = (await client.get("/v1/models")).json()
        assert [m["id"] for m in models["data"]] == ["hotline"]
        assert (await client.get("/health")).json()["status"] == "ok"


@pytest.mark.parametrize(
    ("request_body", "status", "param"),
    [
        ({"messages": []}, 400, "messages"),
        ({"messages": [{"role": "robot", "content": "你好"}]}, 400, "messages"),
        ({"messages": MESSAGES, "temperature": 5}, 400, "temperature"),
        ({"messages": MESSAGES, "max_tokens": 0}, 400, "max_new_tokens"),
        ({"messages": MESSAGES, "n": 2}, 400, "n"),
        ({"messages": MESSAGES, "tools": []}, 400, "tools"),
        ({"messages": MESSAGES, "model": "gpt-4"}, 404, "model"),
    ],
)
async def test_bad_requests_get_openai_errors(
    tiny_model_dir: Path, running, request_body: dict, status: int, param: str
) -> None:
    async with running(build_app(engine(tiny_model_dir), "hotline")) as url:
        async with httpx.AsyncClient(base_url=url) as client:
            response = await client.post("/v1/chat/completions", json=request_body)
    assert response.status_code == status
    error = response.json()["error"]
    assert error["message"] and error["param"] == param and error["code"] == status


async def test_invalid_json_is_400(tiny_model_dir: Path, running) -> None:
    async with running(build_app(engine(tiny_model_dir))) as url:
        async with httpx.AsyncClient(base_url=url) as client:
            response = await client.post("/v1/chat/completions", content=b"{not json")
    assert response.status_code == 400
    assert response.json()["error"]["type"] == "invalid_request_error"


async def test_overload_is_503_and_timeout_is_504(slow_model_dir: Path, running) -> None:
    app = build_app(
        engine(slow_model_dir, queue_size=1, max_batch_size=1, batch_wait_ms=0, timeout_s=0.4)
    )
    slow = {"messages": MESSAGES, "max_tokens": 100}
    async with running(app) as url, httpx.AsyncClient(base_url=url, timeout=10) as client:
        first = asyncio.create_task(client.post("/v1/chat/completions", json=slow))
        await asyncio.sleep(0.1)
        second = asyncio.create_task(client.post("/v1/chat/completions", json=slow))
        await asyncio.sleep(0.05)
        third = await client.post("/v1/chat/completions", json={**slow, "stream": True})
        assert third.status_code == 503
        assert third.json()["error"]["type"] == "server_overloaded"
        assert (await first).status_code == 504
        assert (await second).status_code == 504
        assert "0.4" in (await second).json()["error"]["message"]


def test_serve_is_a_cli_group(tiny_model_dir: Path) -> None:
    args = build_parser().parse_args(
        ["serve", "--model", str(tiny_model_dir), "--port", "8123", "--served-model-name", "x"]
    )
    assert args.func is cmd_serve
    assert (args.model, args.host, args.port, args.served_model_name) == (
        str(tiny_model_dir),
        "127.0.0.1",
        8123,
        "x",
    )
