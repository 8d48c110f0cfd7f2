"""``GET /metrics`` of the action server and the model server: behind the shared secret, and the
counters move with the calls a conversation makes."""

from __future__ import annotations

import re
from pathlib import Path

import aiohttp
import pytest
import rasa_sdk
from aiohttp import test_utils

from actions.server import build_app as build_action_app
from bot import metrics
from bot.security import TOKEN_HEADER

TOKEN = "ops-secret-for-tests"


def sample(text: str, name: str, **labels: str) -> float:
    """The value of one sample in Prometheus text format (0 when absent)."""
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        match = re.fullmatch(r"([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)", line)
        if not match or match.group(1) != name:
            continue
        found = dict(re.findall(r'(\w+)="((?:[^"\\]|\\.)*)"', match.group(2) or ""))
        if found == labels:
            return float(match.group(3))
    return 0.0


def action_call(action: str, intent: str, events_after_user: list[dict] | None = None) -> dict:
    """What Rasa posts for ``action`` in a turn whose user message had ``intent``."""
    user = {"event": "user", "text": "……", "parse_data": {"intent": {"name": intent}}}
    tracker = {
        "sender_id": "ops-1",
        "slots": {},
        "latest_message": {"text": "……", "intent": {"name": intent}},
        "events": [{"event": "action", "name": "action_listen"}, user, *(events_after_user or [])],
        "paused": False,
        "followup_action": None,
        "active_loop": {},
        "latest_action_name": "action_listen",
    }
    return {
        "next_action": action,
        "sender_id": "ops-1",
        "tracker": tracker,
        "domain": {},
        "version": rasa_sdk.__version__,
    }


async def scrape(http: aiohttp.ClientSession, url: str, headers: dict) -> str:
    async with http.get(f"{url}/metrics", headers=headers) as response:
        assert response.status == 200, await response.text()
        assert response.headers["Content-Type"].startswith("text/plain")
        return await response.text()


async def test_action_server_counts_actions_and_turns(sanic_serving) -> None:
    auth = {TOKEN_HEADER: TOKEN}
    async with sanic_serving(build_action_app(TOKEN)) as url, aiohttp.ClientSession() as http:
        async with http.get(f"{url}/metrics") as refused:
            assert refused.status == 401  # every internal endpoint needs the secret
        async with http.get(f"{url}/metrics", headers={"Authorization": "Bearer nope"}) as bad:
            assert bad.status == 401
        before = await scrape(http, url, {"Authorization": f"Bearer {TOKEN}"})

        # A turn's first custom action counts the turn; a second one in the same turn does not.
        async with http.post(
            f"{url}/webhook", json=action_call("action_cancel_task", "cancel"), headers=auth
        ) as r:
            assert r.status == 200
        again = action_call(
            "action_cancel_task", "cancel", [{"event": "action", "name": "action_cancel_task"}]
        )
        async with http.post(f"{url}/webhook", json=again, headers=auth) as r:
            assert r.status == 200
        async with http.post(
            f"{url}/webhook", json=action_call("action_nope", "greet"), headers=auth
        ) as r:
            assert r.status == 404
        # Without the secret nothing runs and nothing is counted.
        async with http.post(
            f"{url}/webhook", json=action_call("action_cancel_task", "cancel")
        ) as r:
            assert r.status == 401
        after = await scrape(http, url, auth)

    def moved(name: str, **labels: str) -> float:
        return sample(after, name, **labels) - sample(before, name, **labels)

    assert moved("minsheng_actions_total", action="action_cancel_task", outcome="ok") == 2
    assert moved("minsheng_actions_total", action="action_nope", outcome="not_found") == 1
    assert moved("minsheng_turns_total", intent="cancel") == 1
    assert moved("minsheng_turns_total", intent="greet") == 1
    assert moved("minsheng_action_seconds_count", action="action_cancel_task") == 2
    # No citizen text in any label.
    assert "……" not in after


def test_observe_action_call_reads_handovers_fallbacks_and_rejections() -> None:
    def value(metric, *labels: str) -> float:
        return metric.labels(*labels)._value.get()

    handover0 = value(metrics.HANDOVERS, "knowledge_not_found")
    fallback0 = value(metrics.FALLBACKS, "action_clarify_or_handoff", "nlu_fallback")
    refused0 = value(metrics.REFUSALS, "validate_complaint_form", "validation")
    call = action_call("action_handoff", "request_human")
    call["tracker"]["slots"] = {"handoff_reason": "knowledge_not_found"}
    response = {"events": [{"event": "slot", "name": "handoff_active", "value": True}]}
    metrics.observe_action_call(call, 200, 0.01, response, {"action_handoff"})
    metrics.observe_action_call(
        action_call("action_clarify_or_handoff", "nlu_fallback"), 200, 0.01, {"events": []}
    )
    metrics.observe_action_call(action_call("validate_complaint_form", "inform"), 400, 0.01, None)
    # A malformed body is counted under "unknown", never raises.
    metrics.observe_action_call({"next_action": "我的电话13800138000"}, 500, 0.01, None)
    assert value(metrics.HANDOVERS, "knowledge_not_found") == handover0 + 1
    assert value(metrics.FALLBACKS, "action_clarify_or_handoff", "nlu_fallback") == fallback0 + 1
    assert value(metrics.REFUSALS, "validate_complaint_form", "validation") == refused0 + 1
    assert value(metrics.ACTIONS, "unknown", "error") >= 1


@pytest.mark.parametrize(
    ("generated", "reason", "outcome"),
    [
        (True, None, "generated"),
        (False, "guard_failed", "guard_rejected"),
        (False, "timeout", "timed_out"),
        (False, "backend_error", "backend_error"),
    ],
)
async def test_generation_outcomes(generated: bool, reason: str | None, outcome: str) -> None:
    class Result:
        def __init__(self) -> None:
            self.generated, self.fallback_reason = generated, reason

    @metrics.counting_generations
    async def generate() -> Result:
        return Result()

    before = metrics.GENERATIONS.labels(outcome)._value.get()
    await generate()
    assert metrics.GENERATIONS.labels(outcome)._value.get() == before + 1


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from bot.llm.tiny_model import build_tiny_chat_model

    return build_tiny_chat_model(tmp_path_factory.mktemp("llm") / "tiny-qwen2")


async def test_model_server_counts_completions(tiny_model: Path) -> None:
    from bot.llm import LLMConfig
    from bot.llm.generation import SamplingParams
    from bot.llm.server import build_app
    from bot.llm.transformers_engine import TransformersEngine

    engine = TransformersEngine(LLMConfig(model_path=str(tiny_model)))
    app = build_app(engine, "hotline", SamplingParams(max_new_tokens=4), token=TOKEN)
    chat = {"messages": [{"role": "user", "content": "你好"}], "max_tokens": 4, "temperature": 0}
    auth = {"Authorization": f"Bearer {TOKEN}"}
    server = test_utils.TestServer(app, host="127.0.0.1")
    await server.start_server()
    url = str(server.make_url(""))
    try:
        async with aiohttp.ClientSession() as http:
            async with http.get(f"{url}/metrics") as refused:
                assert refused.status == 401
            before = await scrape(http, url, auth)
            async with http.post(f"{url}/v1/chat/completions", json=chat, headers=auth) as r:
                assert r.status == 200
            bad = {**chat, "n": 2}
            async with http.post(f"{url}/v1/chat/completions", json=bad, headers=auth) as r:
                assert r.status == 400
            after = await scrape(http, url, {TOKEN_HEADER: TOKEN})
    finally:
        await server.close()
    assert sample(after, "minsheng_llm_requests_total", outcome="generated") == (
        sample(before, "minsheng_llm_requests_total", outcome="generated") + 1
    )
    assert sample(after, "minsheng_llm_requests_total", outcome="invalid") == (
        sample(before, "minsheng_llm_requests_total", outcome="invalid") + 1
    )
    assert sample(after, "minsheng_llm_request_seconds_count") >= 2
    assert "minsheng_llm_engine_queue_depth 0.0" in after
    assert sample(after, "minsheng_llm_requests_in_flight") == 0
