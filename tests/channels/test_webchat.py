"""The citizen web chat on the socket.io channel: the page is served from the Rasa server's origin
with nothing external, 👍/👎 votes are stored for the voter's own messages only, answers carry
source links, and an operator's reply reaches the citizen's socket and the tracker (a real
python-socketio client against a running Sanic server)."""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import re
from pathlib import Path
from typing import Any

import aiohttp
import pytest
import socketio
from rasa.core.channels.channel import UserMessage, register
from rasa.core.lock_store import InMemoryLockStore
from rasa.core.tracker_store import InMemoryTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
from sanic import Sanic
from sqlalchemy.orm import Session

from bot.db import Database
from bot.feedback import ChatFeedback, conversation_hash, satisfaction_by_day
from bot.security import SessionIds
from custom_components.socketio_channel import (
    WEBCHAT_DIR,
    FeedbackStore,
    HotlineSocketIOInput,
    SourceLinks,
)

TOKEN = "operator-secret"
ANSWER = {"sources": ["ss_card"], "aspects": [], "generated": True}
DOMAIN = Domain.from_yaml(
    """
version: "3.1"
slots:
  handoff_active: {type: bool, influence_conversation: false, mappings: [{type: custom}]}
  handoff_operator: {type: text, influence_conversation: false, mappings: [{type: custom}]}
"""
)
TEST_IDS = [
    "chat-input",
    "chat-send",
    "chat-messages",
    "handoff-button",
    "typing-indicator",
    "privacy-notice",
    "session-id",
]


class Agent:
    """Answers like Rasa's processor (send_response of a BotUttered), with real tracker stores."""

    def __init__(self) -> None:
        self.tracker_store = InMemoryTrackerStore(DOMAIN)
        self.lock_store = InMemoryLockStore()

    async def handle_message(self, message: UserMessage) -> None:
        tracker = await self.tracker_store.get_or_create_tracker(message.sender_id)
        tracker.update(UserUttered(message.text))
        if message.text == "转人工":
            tracker.update(SlotSet("handoff_active", True))
            reply = BotUttered("正在为您转接人工坐席，请稍候。")
        else:
            reply = BotUttered("补领社保卡需要身份证。", data={"custom": ANSWER})
        tracker.update(ActionExecuted("action_listen"))
        await self.tracker_store.save(tracker)
        await message.output_channel.send_response(message.sender_id, reply.message())


class Votes:
    def __init__(self) -> None:
        self.stored: list[dict[str, Any]] = []

    async def record(self, **vote: Any) -> None:
        self.stored.append(vote)


class Links:
    async def links(self, ids):
        return [
            {"id": i, "title": "社会保障卡补领", "url": f"https://zwfw.example/{i}"} for i in ids
        ]


class Client:
    def __init__(self) -> None:
        self.sio = socketio.AsyncClient(reconnection=False)
        self.bot: asyncio.Queue[Any] = asyncio.Queue()
        self.confirmed: asyncio.Queue[str] = asyncio.Queue()
        self.sio.on("bot_uttered", self.bot.put_nowait)
        self.sio.on("session_confirm", self.confirmed.put_nowait)

    async def connect(self, url: str, session_id: str | None = None) -> str:
        await self.sio.connect(url, transports=["websocket"], socketio_path="/socket.io")
        await self.sio.emit("session_request", {"session_id": session_id})
        return await asyncio.wait_for(self.confirmed.get(), 10)

    async def ask(self, text: str, session_id: str) -> dict[str, Any]:
        await self.sio.emit("user_uttered", {"message": text, "session_id": session_id})
        return await asyncio.wait_for(self.bot.get(), 10)

    async def vote(self, message_id: Any, rating: Any) -> dict[str, Any]:
        return await self.sio.call("feedback", {"message_id": message_id, "rating": rating})


def serve(channel: HotlineSocketIOInput, agent: Agent):
    def build(app: Sanic) -> None:
        app.ctx.agent = agent
        register([channel], app, route="/webhooks/")

    return build


def make_channel(**kwargs: Any) -> HotlineSocketIOInput:
    return HotlineSocketIOInput(session_ids=SessionIds(b"k" * 32), **kwargs)


async def test_the_page_is_served_from_the_same_origin(sanic_serving) -> None:
    channel = make_channel(retention_days=90)
    async with sanic_serving(serve(channel, Agent())) as url, aiohttp.ClientSession() as http:
        for path in ("/chat/", "/chat"):
            async with http.get(url + path) as response:
                assert response.status == 200
                assert response.headers["Content-Type"].startswith("text/html")
                assert "connect-src 'self'" in response.headers["Content-Security-Policy"]
                html = await response.text()
        for test_id in TEST_IDS:
            assert f'data-testid="{test_id}"' in html, test_id
        assert "转人工" in html and "90" in html and "{{" not in html  # retention written in
        scripts = re.findall(r'<script[^>]*src="([^"]+)"', html)
        styles = re.findall(r'<link rel="stylesheet" href="([^"]+)"', html)
        assert re.findall(r'<link rel="icon" href="([^"]+)"', html) == ["data:,"]  # no request
        assert scripts == ["/chat/socket.io.min.js", "/chat/app.js"] and styles == [
            "/chat/style.css"
        ]
        for name, kind in [
            ("app.js", "text/javascript"),
            ("style.css", "text/css"),
            ("socket.io.min.js", "text/javascript"),
        ]:
            async with http.get(f"{url}/chat/{name}") as response:
                assert response.status == 200 and response.headers["Content-Type"].startswith(kind)
                assert len(await response.read()) > 1000
        # nothing else under webchat/ (or beyond it) is served
        for path in ("/chat/README.md", "/chat/vendor", "/chat/..%2Fcredentials.yml"):
            async with http.get(url + path) as response:
                assert response.status == 404, path


def test_the_page_loads_nothing_from_elsewhere() -> None:
    for name in ("index.html", "app.js", "style.css"):
        text = (WEBCHAT_DIR / name).read_text(encoding="utf-8")
        # no absolute or protocol-relative URL ("https://…", src="//cdn…", url(//…))
        assert not re.search(r"https?://|[\"'(=]\s*//[a-z0-9]", text, re.I), name
        assert "@import" not in text and "cdn" not in text.lower()
    # the vendored client is the pinned release (webchat/vendor/README.md)
    vendored = (WEBCHAT_DIR / "vendor" / "socket.io.min.js").read_bytes()
    assert vendored.startswith(b"/*!\n * Socket.IO v4.8.1")
    assert hashlib.sha256(vendored).hexdigest() in (WEBCHAT_DIR / "vendor" / "README.md").read_text(
        encoding="utf-8"
    )
    assert (WEBCHAT_DIR / "vendor" / "socket.io-client.LICENSE").is_file()


async def test_answers_carry_ids_links_and_votes_are_stored(sanic_serving) -> None:
    votes = Votes()
    channel = make_channel(feedback_store=votes, source_links=Links())
    async with sanic_serving(serve(channel, Agent())) as url:
        citizen, other = Client(), Client()
        session_id = await citizen.connect(url)
        other_id = await other.connect(url)
        answer = await citizen.ask("社保卡丢了怎么办", session_id)
        assert answer["custom"] == ANSWER and answer["rate"] is True
        assert answer["source_links"] == [
            {"id": "ss_card", "title": "社会保障卡补领", "url": "https://zwfw.example/ss_card"}
        ]
        message_id = answer["message_id"]

        assert (await citizen.vote(message_id, "down"))["ok"] is True
        assert (await citizen.vote(message_id, "up"))["ok"] is True
        # a vote on another conversation's message, an unknown id, a bad rating: refused
        assert (await other.vote(message_id, "down"))["ok"] is False
        assert (await citizen.vote("0" * 32, "up"))["ok"] is False
        assert (await citizen.vote(message_id, "meh"))["ok"] is False
        assert (await citizen.vote(None, None))["ok"] is False
        for client in (citizen, other):
            await client.sio.disconnect()
    assert [(v["message_id"], v["rating"]) for v in votes.stored] == [
        (message_id, "down"),
        (message_id, "up"),
    ]
    assert {v["conversation_id"] for v in votes.stored} == {session_id} != {other_id}
    assert votes.stored[0]["generated"] is True and votes.stored[0]["sources"] == ("ss_card",)


async def test_votes_reach_the_project_database(sanic_serving, tmp_path) -> None:
    database = Database(f"sqlite:///{tmp_path / 'app.db'}")
    channel = make_channel(feedback_store=FeedbackStore(database))
    async with sanic_serving(serve(channel, Agent())) as url:
        citizen = Client()
        session_id = await citizen.connect(url)
        answer = await citizen.ask("社保卡丢了怎么办", session_id)
        assert "source_links" not in answer  # no resolver: ids only
        assert (await citizen.vote(answer["message_id"], "up"))["ok"] is True
        await citizen.sio.disconnect()
    with Session(database.engine()) as session:
        (row,) = session.query(ChatFeedback).all()
        assert row.conversation_hash == conversation_hash(session_id) and row.rating == 1
        (day,) = satisfaction_by_day(session, dt.datetime.now(dt.timezone.utc) - dt.timedelta(1))
        assert (day.up, day.down) == (1, 0)
    database.dispose()


def test_source_links_from_the_knowledge_base(tmp_path) -> None:
    from bot.knowledge.models import ServiceItem

    database = Database(f"sqlite:///{tmp_path / 'kb.db'}")
    with Session(database.engine()) as session:
        for item_id, url in [("ss_card", "https://zwfw.example/ss"), ("odd", "javascript:x")]:
            session.add(
                ServiceItem(
                    id=item_id, name="社会保障卡补领", source="curated", url=url, content_hash="h"
                )
            )
        session.commit()
    links = SourceLinks(database)
    got = asyncio.run(links.links(["ss_card", "odd", "missing", "ss_card"]))
    assert got == [
        {"id": "ss_card", "title": "社会保障卡补领", "url": "https://zwfw.example/ss"},
        {"id": "odd", "title": "社会保障卡补领", "url": ""},  # only http(s) links
    ]
    database.dispose()
    # a database that is gone: the answer goes out without links
    broken = SourceLinks(Database(f"sqlite:///{tmp_path / 'missing' / 'x' / 'kb.db'}"))
    broken._database.engine = lambda: (_ for _ in ()).throw(RuntimeError("down"))
    assert asyncio.run(broken.links(["a"])) == []


async def post(url: str, body: Any, token: str | None = TOKEN) -> tuple[int, Any]:
    headers = {"X-Minsheng-Token": token} if token is not None else {}
    async with (
        aiohttp.ClientSession() as http,
        http.post(
            f"{url}/webhooks/socketio/operator_message", json=body, headers=headers
        ) as response,
    ):
        return response.status, await response.json()


async def test_an_operator_reply_reaches_the_citizen_and_the_tracker(sanic_serving) -> None:
    agent = Agent()
    channel = make_channel(operator_token=TOKEN)
    async with sanic_serving(serve(channel, agent)) as url:
        citizen, tab = Client(), Client()
        session_id = await citizen.connect(url)
        await citizen.ask("社保卡丢了怎么办", session_id)
        body = {"sender_id": session_id, "text": "您好，我是坐席小王。", "operator": "小王"}
        # not handed over yet: refused
        assert (await post(url, body))[0] == 409
        await citizen.ask("转人工", session_id)
        assert await tab.connect(url, session_id) == session_id  # a second tab, same room

        status, result = await post(url, body)
        assert status == 200 and result["ok"] is True and result["sockets"] == 2
        for client in (citizen, tab):
            message = await asyncio.wait_for(client.bot.get(), 10)
            assert message == {
                "text": "您好，我是坐席小王。",
                "operator": {"name": "小王"},
                "message_id": result["message_id"],
            }
        for client in (citizen, tab):
            await client.sio.disconnect()

    tracker = await agent.tracker_store.retrieve(session_id)
    bot = [e for e in tracker.events if isinstance(e, BotUttered)][-1]
    assert bot.text == "您好，我是坐席小王。"
    assert bot.metadata == {"operator": "小王", "message_id": result["message_id"]}
    assert bot.data["custom"] == {"operator": {"name": "小王"}}
    assert tracker.get_slot("handoff_operator") == "小王"  # taken by whoever answered first


@pytest.mark.parametrize(
    ("body", "token", "status"),
    [
        ({"sender_id": "S", "text": "您好", "operator": "小王"}, None, 401),
        ({"sender_id": "S", "text": "您好", "operator": "小王"}, "wrong", 401),
        ({"sender_id": "S", "text": "", "operator": "小王"}, TOKEN, 400),
        ({"sender_id": "S", "text": "您好"}, TOKEN, 400),
        ({"sender_id": "S", "text": "长" * 2001, "operator": "小王"}, TOKEN, 400),
        (["not", "an", "object"], TOKEN, 400),
        ({"sender_id": "nobody", "text": "您好", "operator": "小王"}, TOKEN, 404),
    ],
)
async def test_operator_messages_are_authenticated_and_checked(
    sanic_serving, body, token, status
) -> None:
    agent = Agent()
    channel = make_channel(operator_token=TOKEN)
    async with sanic_serving(serve(channel, agent)) as url:
        citizen = Client()
        session_id = await citizen.connect(url)
        await citizen.ask("转人工", session_id)
        if isinstance(body, dict) and body.get("sender_id") == "S":
            body = {**body, "sender_id": session_id}
        assert (await post(url, body, token))[0] == status
        assert citizen.bot.empty()
        await citizen.sio.disconnect()


async def test_without_a_secret_the_operator_endpoint_is_closed(sanic_serving) -> None:
    async with sanic_serving(serve(make_channel(), Agent())) as url:
        body = {"sender_id": "x", "text": "您好", "operator": "小王"}
        assert (await post(url, body, ""))[0] == 503
        assert (await post(url, body, TOKEN))[0] == 503


def test_credentials_read_the_operator_secret(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("MINSHENG_OPERATOR_TOKEN", "from-env")
    monkeypatch.setenv("BOT_DATABASE_URL", f"sqlite:///{tmp_path / 'x.db'}")
    monkeypatch.setenv("BOT_PRIVACY_RETENTION_DAYS", "30")
    channel = HotlineSocketIOInput.from_credentials({})
    assert channel.operator_token == "from-env" and channel.retention_days == 30
    assert isinstance(channel.feedback_store, FeedbackStore)
    monkeypatch.delenv("MINSHENG_OPERATOR_TOKEN")
    assert HotlineSocketIOInput.from_credentials({}).operator_token is None
    assert not Path(tmp_path / "x.db").exists()  # building the channel does not connect
