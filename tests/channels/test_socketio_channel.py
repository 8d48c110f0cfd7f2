"""The web chat's socket.io channel with a real socket.io client (websocket and polling) against a
running Sanic server: every kind of reply arrives, and a reconnect keeps the conversation.

The server side is the channel as ``rasa run`` registers it (``rasa.core.channels.channel.register``
with an agent on ``app.ctx.agent``); the agent is a stand-in that answers the way Rasa's
processor does, by ``output_channel.send_response(sender_id, BotUttered(...).message())``, and
remembers how many messages each conversation sent.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from typing import Any

import pytest
import socketio
from rasa.core.channels.channel import UserMessage, register
from rasa.shared.core.events import BotUttered
from sanic import Sanic

import bot.admission as admission_module
from bot.admission import TurnAdmission
from bot.input_limits import InboundLimiter
from bot.ratelimit import BUSY_TEXT, SlidingWindowRateLimiter
from bot.security import SessionIds
from custom_components.socketio_channel import HotlineSocketIOInput

SOURCES = {
    "sources": [{"title": "社会保障卡补领", "url": "https://example.gov.cn/ss_card"}],
    "aspects": ["materials"],
    "generated": False,
}
HANDOFF = {"handoff": {"reason": "user_request", "ticket_id": None, "queue": "citizen_services"}}
EMERGENCY = {"emergency": {"category": "fire", "numbers": ["119"]}}


def reply_for(text: str, turn: int) -> list[BotUttered]:
    """What the stand-in agent says to ``text`` (the ``turn``-th message of its conversation)."""
    if text == "段落":
        return [BotUttered("第一段。\n\n第二段。")]
    if text == "按钮":
        buttons = [
            {"title": "是的", "payload": "/affirm"},
            {"title": "不对", "payload": "/deny"},
        ]
        return [BotUttered("您要办理的是社保卡补领吗？", data={"buttons": buttons})]
    if text == "问答":
        return [BotUttered("补领社保卡需要身份证。", data={"custom": SOURCES})]
    if text == "转人工":
        buttons = [{"title": "留言", "payload": "/leave_message"}]
        return [BotUttered("正在为您转接人工客服。", data={"custom": HANDOFF, "buttons": buttons})]
    if text == "着火":
        return [BotUttered(None, data={"custom": EMERGENCY})]
    return [BotUttered(f"这是您的第{turn}条消息。")]


class StandInAgent:
    def __init__(self) -> None:
        self.turns: Counter[str] = Counter()
        self.messages: list[UserMessage] = []

    async def handle_message(self, message: UserMessage) -> None:
        self.messages.append(message)
        self.turns[message.sender_id] += 1
        for bot in reply_for(message.text, self.turns[message.sender_id]):
            await message.output_channel.send_response(message.sender_id, bot.message())


class Client:
    """A socket.io client that records what the server sends."""

    def __init__(self, transport: str) -> None:
        self.transport = transport
        self.sio = socketio.AsyncClient(reconnection=False)
        self.bot: asyncio.Queue[Any] = asyncio.Queue()
        self.confirmed: asyncio.Queue[str] = asyncio.Queue()
        self.sio.on("bot_uttered", self.bot.put_nowait)
        self.sio.on("session_confirm", self.confirmed.put_nowait)

    async def connect(self, url: str, session_id: str | None = None) -> str:
        await self.sio.connect(url, transports=[self.transport], socketio_path="/socket.io")
        await self.sio.emit("session_request", {"session_id": session_id})
        return await asyncio.wait_for(self.confirmed.get(), 10)

    async def say(self, text: str, session_id: str | None) -> None:
        await self.sio.emit("user_uttered", {"message": text, "session_id": session_id})

    async def replies(self, n: int) -> list[dict[str, Any]]:
        """The next ``n`` bot messages without their ids (kept in ``self.raw``)."""
        self.raw = [await asyncio.wait_for(self.bot.get(), 10) for _ in range(n)]
        return [{k: v for k, v in r.items() if k not in ("message_id", "rate")} for r in self.raw]

    async def nothing_more(self, wait_s: float = 0.5) -> bool:
        await asyncio.sleep(wait_s)
        return self.bot.empty()

    async def close(self) -> None:
        if self.transport == "polling":
            # The client would wait for its pending long-poll (up to the 25 s ping interval)
            # before returning; a browser closing the page does not wait either.
            await self.sio.eio.disconnect(abort=True)
        else:
            await self.sio.disconnect()


@pytest.fixture
def channel() -> HotlineSocketIOInput:
    return HotlineSocketIOInput(session_ids=SessionIds(b"k" * 32))


@pytest.fixture
def agent() -> StandInAgent:
    return StandInAgent()


@pytest.fixture
def build(channel: HotlineSocketIOInput, agent: StandInAgent):
    def setup(app: Sanic) -> None:
        app.ctx.agent = agent
        register([channel], app, route="/webhooks/")

    return setup


@pytest.mark.parametrize("transport", ["websocket", "polling"])
async def test_every_kind_of_reply_arrives(sanic_serving, build, agent, transport: str) -> None:
    async with sanic_serving(build) as url:
        client = Client(transport)
        session_id = await client.connect(url)
        try:
            await client.say("段落", session_id)
            assert await client.replies(2) == [{"text": "第一段。"}, {"text": "第二段。"}]
            # one bot message: one id on its parts, rated as a whole (on the last part)
            first, second = client.raw
            assert first["message_id"] == second["message_id"] and len(first["message_id"]) == 32
            assert "rate" not in first and second["rate"] is True
            paragraph_id = first["message_id"]

            await client.say("按钮", session_id)
            replies = await client.replies(1)
            assert client.raw[0]["message_id"] != paragraph_id
            assert replies == [
                {
                    "text": "您要办理的是社保卡补领吗？",
                    "quick_replies": [
                        {"content_type": "text", "title": "是的", "payload": "/affirm"},
                        {"content_type": "text", "title": "不对", "payload": "/deny"},
                    ],
                }
            ]

            # a knowledge answer: the text and its sources in one message
            await client.say("问答", session_id)
            assert await client.replies(1) == [
                {"text": "补领社保卡需要身份证。", "custom": SOURCES}
            ]

            await client.say("转人工", session_id)
            (handoff,) = await client.replies(1)
            assert handoff["text"] == "正在为您转接人工客服。"
            assert handoff["custom"] == HANDOFF
            assert [r["title"] for r in handoff["quick_replies"]] == ["留言"]

            # a payload without text
            await client.say("着火", session_id)
            assert await client.replies(1) == [{"custom": EMERGENCY}]
            assert await client.nothing_more()
        finally:
            await client.close()
    assert {m.sender_id for m in agent.messages} == {session_id}
    assert {m.input_channel for m in agent.messages} == {"socketio"}


@pytest.mark.parametrize("transport", ["websocket", "polling"])
async def test_a_reconnect_with_the_session_id_keeps_the_conversation(
    sanic_serving, build, agent, transport: str
) -> None:
    async with sanic_serving(build) as url:
        first = Client(transport)
        session_id = await first.connect(url)
        await first.say("你好", session_id)
        await first.say("在吗", session_id)
        assert [r["text"] for r in await first.replies(2)] == [
            "这是您的第1条消息。",
            "这是您的第2条消息。",
        ]
        await first.close()

        again = Client(transport)
        assert await again.connect(url, session_id) == session_id
        await again.say("我又回来了", session_id)
        assert [r["text"] for r in await again.replies(1)] == ["这是您的第3条消息。"]

        # a second tab of the same conversation receives the replies too (the room)
        tab = Client(transport)
        assert await tab.connect(url, session_id) == session_id
        await again.say("还有一个问题", session_id)
        assert [r["text"] for r in await tab.replies(1)] == ["这是您的第4条消息。"]
        for client in (again, tab):
            await client.close()
    assert agent.turns == Counter({session_id: 4})


async def test_conversation_ids_are_issued_by_the_server(
    sanic_serving, build, agent, channel
) -> None:
    async with sanic_serving(build) as url:
        clients = [Client("websocket") for _ in range(4)]
        first = await clients[0].connect(url)
        # no id, an id the client chose, a forged signature: each gets a new, different id
        chosen = await clients[1].connect(url, "1")
        forged = await clients[2].connect(url, first.split(".")[0] + "." + "A" * 22)
        assert len({first, chosen, forged}) == 3
        assert all(channel.session_ids.valid(s) for s in (first, chosen, forged))
        assert chosen != "1" and len(first) >= 40

        # a client cannot write into another conversation by naming its id
        await clients[1].say("你好", first)
        assert await clients[1].nothing_more() and await clients[0].nothing_more(0)
        assert agent.messages == []

        # a message before any session_request gets an id first, then the reply
        await clients[3].sio.connect(url, transports=["websocket"], socketio_path="/socket.io")
        await clients[3].say("你好", None)
        issued = await asyncio.wait_for(clients[3].confirmed.get(), 10)
        assert channel.session_ids.valid(issued)
        assert [r["text"] for r in await clients[3].replies(1)] == ["这是您的第1条消息。"]
        for client in clients:
            await client.close()
    assert [m.sender_id for m in agent.messages] == [issued]


async def test_the_output_channel_for_server_initiated_messages(
    sanic_serving, build, channel
) -> None:
    """``output_channel=latest`` (e.g. an operator's reply through Rasa's HTTP API) reaches the
    conversation's sockets."""
    async with sanic_serving(build) as url:
        client = Client("websocket")
        session_id = await client.connect(url)
        output = channel.get_output_channel()
        await output.send_response(session_id, BotUttered("人工客服：您好，请讲。").message())
        assert await client.replies(1) == [{"text": "人工客服：您好，请讲。"}]
        await client.close()


async def test_a_sender_over_the_rate_limit_is_told_to_slow_down(sanic_serving, agent) -> None:
    channel = HotlineSocketIOInput(
        session_ids=SessionIds(b"k" * 32),
        rate_limiter=SlidingWindowRateLimiter(max_messages=2, window_s=60),
        # No emergency here; the stand-in detector spares the classifier's training.
        inbound=InboundLimiter(1000, 600, lambda text: None),
    )

    def build(app: Sanic) -> None:
        app.ctx.agent = agent
        register([channel], app, route="/webhooks/")

    async with sanic_serving(build) as url:
        client = Client("websocket")
        session_id = await client.connect(url)
        for text in ("一", "二", "三"):
            await client.say(text, session_id)
        replies = [r["text"] for r in await client.replies(3)]
        await client.close()
    assert replies[:2] == ["这是您的第1条消息。", "这是您的第2条消息。"]
    assert "太频繁" in replies[2] and "120" in replies[2]
    assert [m.text for m in agent.messages] == ["一", "二"], "the third never reached the agent"


async def test_a_full_queue_gets_the_busy_text_and_an_emergency_still_waits(
    sanic_serving, build, agent, monkeypatch
) -> None:
    from bot.safety.emergency import detect_emergency

    # The emergency classifier is loaded once per process, as the server does at start-up; loading
    # it here (seconds on a busy machine) keeps this test about the queue, not about a cold load.
    assert detect_emergency("我家厨房着火了，火很大") is not None
    admission = TurnAdmission(concurrent=1, max_waiting=0)
    monkeypatch.setattr(admission_module, "_process_admission", admission)
    async with sanic_serving(build) as url:
        client = Client("websocket")
        session_id = await client.connect(url)
        held = admission.turn()  # another caller's turn holds the only place
        await held.__aenter__()
        await client.say("查一下工单进度", session_id)
        [busy] = await client.replies(1)
        assert busy == {"text": BUSY_TEXT}
        assert agent.messages == []  # never reached Rasa
        await client.say("我家厨房着火了，火很大", session_id)
        for _ in range(200):
            if admission.stats().waiting_urgent:
                break
            await asyncio.sleep(0.01)
        assert admission.stats().waiting_urgent == 1
        await held.__aexit__(None, None, None)
        [answer] = await client.replies(1)
        await client.close()
    assert answer["text"] == "这是您的第1条消息。"
    assert [m.text for m in agent.messages] == ["我家厨房着火了，火很大"]


async def test_long_messages_are_cut_before_rasa_and_emergencies_pass_the_rate_limit(
    sanic_serving, agent
) -> None:
    """A long message reaches the agent cut, with the channel's input_limits record (a client's
    own is dropped); an emergency in the part cut off reaches it as the text, even over the
    rate limit."""
    from bot.input_limits import INPUT_LIMITS
    from bot.safety.emergency import detect_emergency

    channel = HotlineSocketIOInput(
        session_ids=SessionIds(b"k" * 32),
        rate_limiter=SlidingWindowRateLimiter(max_messages=2, window_s=60),
        inbound=InboundLimiter(50, 600, detect_emergency),
    )

    def build(app: Sanic) -> None:
        app.ctx.agent = agent
        register([channel], app, route="/webhooks/")

    detect_emergency("你好")  # the classifier is trained on first use, before the clock runs
    head = "小区路灯坏了好几天。" * 30
    fire = "我家厨房着火了，火很大"
    forged = {INPUT_LIMITS: {"original_length": 9999, "truncated": True}}
    async with sanic_serving(build) as url:
        client = Client("websocket")
        session_id = await client.connect(url)
        await client.sio.emit(
            "user_uttered", {"message": "你好", "session_id": session_id, "metadata": forged}
        )
        await client.replies(1)
        await client.say(head, session_id)
        await client.replies(1)
        await client.say(head, session_id)  # over the limit: told to slow down
        assert "太频繁" in (await client.replies(1))[0]["text"]
        await client.say(head + fire, session_id)  # over the limit, but an emergency
        await client.replies(1)
        await client.close()
    assert [m.text for m in agent.messages] == ["你好", head[:50], fire]
    assert agent.messages[0].metadata == {}
    assert agent.messages[1].metadata == {
        INPUT_LIMITS: {"original_length": len(head), "truncated": True}
    }
    assert agent.messages[2].metadata[INPUT_LIMITS]["emergency_sentence"] is True


async def test_health_route_and_credentials(sanic_serving, build, monkeypatch) -> None:
    import aiohttp

    async with sanic_serving(build) as url, aiohttp.ClientSession() as http:
        async with http.get(f"{url}/webhooks/socketio/") as response:
            assert response.status == 200 and (await response.json()) == {"status": "ok"}

    monkeypatch.setenv("MINSHENG_SESSION_KEY", "a-secret-from-the-environment")
    one = HotlineSocketIOInput.from_credentials({"bot_message_evt": "bot_uttered"})
    two = HotlineSocketIOInput.from_credentials(None)
    assert one.session_persistence and two.session_ids.valid(one.session_ids.issue())
    assert one.rate_limiter is not None and one.rate_limiter.max_messages == 20


def test_credentials_yml_registers_this_channel_on_rasas_url() -> None:
    from rasa.core.run import create_http_input_channels

    from bot.settings import PROJECT_ROOT

    channels = create_http_input_channels(None, str(PROJECT_ROOT / "credentials.yml"))
    (socket_channel,) = [c for c in channels if c.name() == "socketio"]
    assert type(socket_channel) is HotlineSocketIOInput
    assert socket_channel.socketio_path == "/socket.io" and socket_channel.session_persistence
    assert socket_channel.url_prefix() == "socketio"
