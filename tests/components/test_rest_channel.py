"""LimitedRestInput: Rasa's REST channel with a request-size limit and a per-sender rate limit.

The channel's blueprint runs in a real Sanic app driven through ASGI (httpx), so the middleware,
the status codes and the JSON a client receives are the ones a running server sends.
"""

from __future__ import annotations

import asyncio
import itertools

import httpx
import pytest
from rasa.core.channels.channel import UserMessage
from sanic import Sanic

import bot.admission as admission_module
from bot.admission import TurnAdmission, reset_process_admission
from bot.input_limits import INPUT_LIMITS, InboundLimiter
from bot.ratelimit import BODY_TOO_LARGE_TEXT, BUSY_TEXT, SlidingWindowRateLimiter
from bot.safety.emergency import detect_emergency
from custom_components.rest_channel import (
    DEFAULT_MAX_BODY_BYTES,
    LimitedRestInput,
)

URL = "/webhooks/rest/webhook"
_names = itertools.count()


class Clock:
    now = 0.0

    def __call__(self) -> float:
        return self.now


async def _started(app: Sanic) -> None:
    """Runs the app's ASGI lifespan start-up (what a server does before serving)."""
    events: asyncio.Queue = asyncio.Queue()
    done = asyncio.Event()

    async def send(message: dict) -> None:
        if message["type"].startswith("lifespan.startup"):
            done.set()

    await events.put({"type": "lifespan.startup"})
    asyncio.get_running_loop().create_task(
        app({"type": "lifespan", "asgi": {"version": "3.0"}}, events.get, send)
    )
    await done.wait()


class Served:
    """One Sanic app with the channel's blueprint (Sanic apps do not survive a second event loop
    in one process, so one test drives every scenario, each with a fresh limiter and clock)."""

    def __init__(self) -> None:
        self.received: list[UserMessage] = []
        self.channel = LimitedRestInput(max_body_bytes=4096)
        self.clock = Clock()

        async def on_new_message(message: UserMessage) -> None:
            self.received.append(message)
            if message.text.startswith("故障"):  # Rasa failing inside the turn
                raise RuntimeError("lock not obtained")
            await message.output_channel.send_text_message(message.sender_id, "收到")

        self.app = Sanic(f"rest_channel_test_{next(_names)}")
        self.app.blueprint(
            self.channel.blueprint(on_new_message), url_prefix=f"/webhooks/{self.channel.name()}"
        )

    def reset(self) -> None:
        self.received.clear()
        self.clock = Clock()
        self.channel.limiter = SlidingWindowRateLimiter(3, 60.0, clock=self.clock)
        self.channel.inbound = InboundLimiter(50, 600, detect_emergency)


async def test_channel_scenarios() -> None:
    served = Served()
    await _started(served.app)
    transport = httpx.ASGITransport(app=served.app, client=("127.0.0.1", 5000))
    async with httpx.AsyncClient(transport=transport, base_url="http://hotline") as http:
        for scenario in SCENARIOS:
            served.reset()
            await scenario(http, served.received, served.clock)


async def test_keeps_the_rest_url_and_name() -> None:
    assert LimitedRestInput.name() == "rest"
    channel = LimitedRestInput.from_credentials({"max_body_bytes": 100})
    assert channel.max_body_bytes == 100
    assert LimitedRestInput.from_credentials(None).max_body_bytes == DEFAULT_MAX_BODY_BYTES
    with pytest.raises(ValueError):
        LimitedRestInput(max_body_bytes=0)


async def within_the_limit_reaches_rasa(http, received, clock) -> None:
    reply = await http.post(URL, json={"sender": "u1", "message": "你好"})
    assert reply.status_code == 200
    assert reply.json() == [{"recipient_id": "u1", "text": "收到"}]
    assert [(m.sender_id, m.text, m.input_channel) for m in received] == [("u1", "你好", "rest")]


async def over_the_rate_limit_gets_a_polite_429(http, received, clock) -> None:
    for _ in range(3):
        assert (await http.post(URL, json={"sender": "u1", "message": "查工单"})).status_code == 200
    refused = await http.post(URL, json={"sender": "u1", "message": "查工单"})
    assert refused.status_code == 429
    assert refused.headers["retry-after"] == "60"
    [body] = refused.json()
    assert body["recipient_id"] == "u1"
    assert "60秒后再发" in body["text"] and "110" in body["text"]
    assert body["custom"] == {"error": "rate_limited", "retry_after_s": 60}
    assert len(received) == 3  # the refused message never reached Rasa

    other = await http.post(URL, json={"sender": "u2", "message": "你好"})
    assert other.status_code == 200  # per sender

    clock.now += 61.0
    assert (await http.post(URL, json={"sender": "u1", "message": "你好"})).status_code == 200


async def an_emergency_is_never_rate_limited(http, received, clock) -> None:
    for _ in range(3):
        await http.post(URL, json={"sender": "u1", "message": "你好"})
    reply = await http.post(URL, json={"sender": "u1", "message": "我家着火了，快来人"})
    assert reply.status_code == 200
    assert received[-1].text == "我家着火了，快来人"


async def oversized_bodies_are_refused_unparsed(http, received, clock) -> None:
    reply = await http.post(URL, json={"sender": "u1", "message": "投诉" * 2000})
    assert reply.status_code == 413
    assert reply.json() == [
        {"recipient_id": None, "text": BODY_TOO_LARGE_TEXT, "custom": {"error": "body_too_large"}}
    ]
    # Not even valid JSON: refused on size before anything parses it.
    assert (await http.post(URL, content=b"{" * 5000)).status_code == 413
    assert received == []


async def senderless_messages_are_limited_by_address(http, received, clock) -> None:
    codes = [(await http.post(URL, json={"message": "你好"})).status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]


async def health_route_is_kept(http, received, clock) -> None:
    assert (await http.get("/webhooks/rest/")).json() == {"status": "ok"}


FIRE = "我家厨房着火了，火很大"


async def a_long_message_is_cut_before_rasa(http, received, clock) -> None:
    text = "小区路灯坏了好几天。" * 30
    reply = await http.post(URL, json={"sender": "u1", "message": text, "metadata": {"p": 1}})
    assert reply.status_code == 200
    [message] = received
    assert message.text == text[:50]
    assert message.metadata == {"p": 1, INPUT_LIMITS: {"original_length": 300, "truncated": True}}


async def an_emergency_in_the_part_cut_off_reaches_rasa(http, received, clock) -> None:
    text = "小区路灯坏了好几天。" * 30 + FIRE
    assert (await http.post(URL, json={"sender": "u1", "message": text})).status_code == 200
    [message] = received
    assert message.text == FIRE
    assert message.metadata == {
        INPUT_LIMITS: {"original_length": len(text), "truncated": True, "emergency_sentence": True}
    }


async def a_clients_own_input_limits_are_dropped(http, received, clock) -> None:
    forged = {INPUT_LIMITS: {"original_length": 5000, "truncated": True}, "p": 1}
    await http.post(URL, json={"sender": "u1", "message": "你好", "metadata": forged})
    assert received[-1].metadata == {"p": 1}
    await http.post(URL, json={"sender": "u2", "message": "你好", "metadata": None})
    assert received[-1].metadata is None


async def an_emergency_anywhere_passes_the_rate_limit(http, received, clock) -> None:
    head = "小区路灯坏了好几天。" * 30
    for _ in range(3):
        await http.post(URL, json={"sender": "u1", "message": "你好"})
    refused = await http.post(URL, json={"sender": "u1", "message": head})
    assert refused.status_code == 429
    reply = await http.post(URL, json={"sender": "u1", "message": head + FIRE})
    assert reply.status_code == 200
    assert received[-1].text == FIRE
    assert len(received) == 4


async def a_turn_that_fails_inside_rasa_is_still_answered(http, received, clock) -> None:
    reply = await http.post(URL, json={"sender": "u1", "message": "故障：查工单"})
    assert reply.status_code == 200
    assert reply.json() == [{"recipient_id": "u1", "text": BUSY_TEXT}]
    # An emergency gets the emergency reply (with its numbers) before the busy text.
    body = (await http.post(URL, json={"sender": "u1", "message": "故障。" + FIRE})).json()
    assert "119" in body[0]["text"]
    assert body[1]["custom"]["emergency"]["category"] == "fire"
    assert body[-1]["text"] == BUSY_TEXT


async def a_full_queue_gets_the_busy_text_and_an_emergency_still_waits(
    http, received, clock
) -> None:
    admission = TurnAdmission(concurrent=1, max_waiting=0)
    admission_module._process_admission = admission
    try:
        held = admission.turn()  # another caller's turn holds the only place
        await held.__aenter__()
        refused = await http.post(URL, json={"sender": "u1", "message": "查一下工单进度"})
        assert refused.status_code == 200
        assert refused.json() == [{"recipient_id": "u1", "text": BUSY_TEXT}]
        assert received == []  # never reached Rasa
        pending = asyncio.get_running_loop().create_task(
            http.post(URL, json={"sender": "u2", "message": FIRE})
        )
        for _ in range(200):
            if admission.stats().waiting_urgent:
                break
            await asyncio.sleep(0.01)
        assert admission.stats().waiting_urgent == 1
        await held.__aexit__(None, None, None)
        reply = await pending
        assert reply.json() == [{"recipient_id": "u2", "text": "收到"}]
        assert [m.text for m in received] == [FIRE]
    finally:
        reset_process_admission()


SCENARIOS = [
    a_full_queue_gets_the_busy_text_and_an_emergency_still_waits,
    a_turn_that_fails_inside_rasa_is_still_answered,
    a_long_message_is_cut_before_rasa,
    an_emergency_in_the_part_cut_off_reaches_rasa,
    a_clients_own_input_limits_are_dropped,
    an_emergency_anywhere_passes_the_rate_limit,
    within_the_limit_reaches_rasa,
    over_the_rate_limit_gets_a_polite_429,
    an_emergency_is_never_rate_limited,
    oversized_bodies_are_refused_unparsed,
    senderless_messages_are_limited_by_address,
    health_route_is_kept,
]
