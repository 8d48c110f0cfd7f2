"""The console web app over HTTP, against a stand-in Rasa server and a real tracker-store table.

The stand-in implements the three calls the console makes (tracker read, slot events, operator
message) as INTERFACES.md describes them, and records what it received.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import httpx
import pytest
from aiohttp import web
from console_helpers import PASSWORD, add_events, events_engine, free_port, handoff_events

from bot.console.app import Console, build_app
from bot.console.rasa import RasaClient
from bot.db import Database
from bot.operator.accounts import create_operator
from bot.settings import load_settings
from bot.tickets.service import create_ticket, get_ticket

NOW = dt.datetime(2026, 11, 28, 4, 0, tzinfo=dt.timezone.utc)
API_TOKEN = "api-token-for-tests"
OPERATOR_TOKEN = "operator-token-for-tests"


class FakeRasa:
    """Rasa's HTTP API and the operator-message endpoint, writing into the tracker-store table."""

    def __init__(self, tracker_engine) -> None:
        self.tracker_engine = tracker_engine
        self.slots: dict[str, dict[str, Any]] = {}
        self.events: dict[str, list[dict[str, Any]]] = {}
        self.received: list[tuple[str, Any]] = []

    def add(self, sender: str, *evs: dict) -> None:
        self.events.setdefault(sender, []).extend(evs)
        add_events(self.tracker_engine, sender, *evs)
        for ev in evs:
            if ev["event"] == "slot":
                self.slots.setdefault(sender, {})[ev["name"]] = ev["value"]

    def app(self) -> web.Application:
        async def tracker(request: web.Request) -> web.Response:
            if request.query.get("token") != API_TOKEN:
                return web.json_response({}, status=401)
            sender = request.match_info["cid"]
            return web.json_response(
                {
                    "sender_id": sender,
                    "slots": self.slots.get(sender, {}),
                    "events": self.events.get(sender, []),
                }
            )

        async def append(request: web.Request) -> web.Response:
            if request.query.get("token") != API_TOKEN:
                return web.json_response({}, status=401)
            sender = request.match_info["cid"]
            body = await request.json()
            self.received.append(("events", (sender, body)))
            self.add(sender, *body)
            return web.json_response({})

        async def operator_message(request: web.Request) -> web.Response:
            if request.headers.get("X-Minsheng-Token") != OPERATOR_TOKEN:
                return web.json_response({}, status=401)
            body = await request.json()
            sender = body["sender_id"]
            if sender not in self.events:
                return web.json_response({}, status=404)
            if self.slots.get(sender, {}).get("handoff_active") is not True:
                return web.json_response({}, status=409)
            self.received.append(("operator_message", body))
            self.add(
                sender,
                {
                    "event": "bot",
                    "text": body["text"],
                    "data": {"custom": {"operator": {"name": body["operator"]}}},
                    "metadata": {"operator": body["operator"]},
                },
            )
            return web.json_response({"ok": True, "message_id": "x", "sockets": 1})

        app = web.Application()
        app.router.add_get("/conversations/{cid}/tracker", tracker)
        app.router.add_post("/conversations/{cid}/tracker/events", append)
        app.router.add_post("/webhooks/socketio/operator_message", operator_message)
        return app


async def _serve(app: web.Application) -> tuple[web.AppRunner, str]:
    runner = web.AppRunner(app)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    return runner, f"http://127.0.0.1:{port}"


@pytest.fixture
async def world(tmp_path):
    settings = load_settings(env={})
    tracker_engine = events_engine(tmp_path)
    fake = FakeRasa(tracker_engine)
    rasa_runner, rasa_url = await _serve(fake.app())
    database = Database(f"sqlite:///{tmp_path / 'app.db'}")
    engine = database.engine()
    create_operator(engine, username="wang", password=PASSWORD, display_name="王坐席")
    create_operator(
        engine, username="boss", password=PASSWORD, display_name="班长", role="supervisor"
    )
    create_operator(engine, username="li", password=PASSWORD, display_name="李坐席")
    console = Console(
        settings=settings,
        database=database,
        tracker_engine=tracker_engine,
        rasa=RasaClient(rasa_url, api_token=API_TOKEN, operator_token=OPERATOR_TOKEN),
        clock=lambda: NOW,
    )
    runner, url = await _serve(build_app(console))
    world = {"url": url, "fake": fake, "engine": engine, "clients": []}
    yield world
    for client in world["clients"]:
        await client.aclose()
    await runner.cleanup()
    await rasa_runner.cleanup()
    database.dispose()


def _csrf(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, html[:500]
    return found.group(1)


async def signed_in(world: dict, username: str) -> httpx.AsyncClient:
    client = httpx.AsyncClient(base_url=world["url"], follow_redirects=False, timeout=90)
    world["clients"].append(client)
    page = await client.get("/login")
    response = await client.post(
        "/login",
        data={"csrf": _csrf(page.text), "username": username, "password": PASSWORD},
        # what Chrome sent under "Referrer-Policy: no-referrer": no evidence, the token decides
        headers={"Origin": "null"},
    )
    assert response.status_code == 303 and response.headers["location"] == "/queue"
    cookie = response.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    return client


async def test_pages_need_a_session_and_posts_need_csrf(world) -> None:
    async with httpx.AsyncClient(base_url=world["url"], follow_redirects=False) as anonymous:
        for path in ("/queue", "/tickets", "/conversations/abc"):
            response = await anonymous.get(path)
            assert response.status_code == 303 and response.headers["location"] == "/login"
        assert (await anonymous.post("/tickets/GD1/status", data={})).status_code == 401
        page = await anonymous.get("/login")
        assert "default-src 'self'" in page.headers["content-security-policy"]
        # a second load (the browser's favicon request used to be redirected here) keeps the
        # form's token valid; the favicon needs no session
        assert (await anonymous.get("/favicon.ico")).status_code == 204
        assert _csrf((await anonymous.get("/login")).text) == _csrf(page.text)
        # sign-in without the login form's token is refused
        refused = await anonymous.post("/login", data={"username": "wang", "password": PASSWORD})
        assert refused.status_code == 403
        wrong = await anonymous.post(
            "/login",
            data={"csrf": _csrf(page.text), "username": "wang", "password": "bad-password"},
        )
        assert wrong.status_code == 401 and "用户名或密码不正确" in wrong.text
    client = await signed_in(world, "wang")
    ticket = create_ticket(
        world["engine"],
        description="路灯坏了",
        district="南湖区",
        address="湖滨路1号",
        phone="13800138000",
        conversation_id="c",
        channel="socketio",
        now=NOW,
    )
    no_token = await client.post(f"/tickets/{ticket.id}/status", data={"status": "已撤销"})
    assert no_token.status_code == 403
    cross_site = await client.post(
        f"/tickets/{ticket.id}/status",
        data={"status": "已撤销", "csrf": _csrf((await client.get("/queue")).text)},
        headers={"Origin": "https://evil.example"},
    )
    assert cross_site.status_code == 403
    assert get_ticket(world["engine"], ticket.id).status == "受理"
    out = await client.post("/logout", data={"csrf": _csrf((await client.get("/queue")).text)})
    assert out.status_code == 303
    assert (await client.get("/queue")).status_code == 303


async def test_take_reply_and_hand_back_a_conversation(world) -> None:
    fake = world["fake"]
    cid = "conv-abc"
    fake.add(
        cid,
        *handoff_events(
            NOW.timestamp() - 120, text="我住湖滨东路阳光小区3栋，电话13800138000，找人工"
        ),
    )
    fake.slots[cid]["address"] = "南湖区湖滨东路阳光小区3栋"
    fake.slots[cid]["phone_number"] = "13800138000"
    wang = await signed_in(world, "wang")
    li = await signed_in(world, "li")
    boss = await signed_in(world, "boss")
    queue = await wang.get("/queue")
    assert 'data-conversation-id="conv-abc"' in queue.text
    assert "市民要求转人工" in queue.text and "投诉/反映问题" in queue.text
    assert "13800138000" not in queue.text
    page = await wang.get(f"/conversations/{cid}")
    assert page.status_code == 200 and 'data-testid="take"' in page.text
    # an operator without the role never sees the phone or the address
    assert "13800138000" not in page.text and "阳光小区" not in page.text
    assert "138****8000" in page.text and "南湖区****" in page.text
    supervisor_view = await boss.get(f"/conversations/{cid}")
    assert "13800138000" in supervisor_view.text and "阳光小区" in supervisor_view.text
    # take: recorded in the tracker as handoff_operator
    taken = await wang.post(f"/conversations/{cid}/take", data={"csrf": _csrf(page.text)})
    assert taken.status_code == 303
    assert fake.slots[cid]["handoff_operator"] == "王坐席"
    queue = await wang.get("/queue")
    assert 'data-testid="queue-waiting"' not in queue.text and "王坐席" in queue.text
    # someone else cannot take it or answer in it
    li_page = await li.get(f"/conversations/{cid}")
    assert (
        'data-testid="take"' not in li_page.text and 'data-testid="reply-send"' not in li_page.text
    )
    denied = await li.post(
        f"/conversations/{cid}/reply", data={"csrf": _csrf(li_page.text), "text": "你好"}
    )
    assert (
        "请先接入" in denied.headers["location"]
        or "%E8%AF%B7%E5%85%88" in denied.headers["location"]
    )
    # reply: delivered through the operator-message endpoint
    page = await wang.get(f"/conversations/{cid}")
    sent = await wang.post(
        f"/conversations/{cid}/reply",
        data={"csrf": _csrf(page.text), "text": "您好，我是王坐席，请问需要什么帮助？"},
    )
    assert sent.status_code == 303
    assert (
        "operator_message",
        {
            "sender_id": cid,
            "text": "您好，我是王坐席，请问需要什么帮助？",
            "operator": "王坐席",
        },
    ) in fake.received
    page = await wang.get(f"/conversations/{cid}/transcript")
    assert 'data-testid="line-operator"' in page.text and "坐席 王坐席" in page.text
    empty = await wang.post(
        f"/conversations/{cid}/reply",
        data={"csrf": _csrf((await wang.get("/queue")).text), "text": " "},
    )
    assert "err=" in empty.headers["location"]
    # hand back: a notice to the citizen, then both slots cleared
    page = await wang.get(f"/conversations/{cid}")
    back = await wang.post(f"/conversations/{cid}/handback", data={"csrf": _csrf(page.text)})
    assert back.status_code == 303 and back.headers["location"].startswith("/queue")
    assert (
        fake.slots[cid]["handoff_active"] is False and fake.slots[cid]["handoff_operator"] is None
    )
    assert "智能助手继续" in fake.events[cid][-3]["text"]
    assert 'data-conversation-id="conv-abc"' not in (await wang.get("/queue")).text


async def test_tickets_list_filter_and_status_changes_reach_the_history(world) -> None:
    engine = world["engine"]
    ticket = create_ticket(
        engine,
        description="小区路灯坏了，联系13800138000",
        district="南湖区",
        address="湖滨东路阳光小区3栋",
        phone="13800138000",
        conversation_id="c1",
        channel="socketio",
        now=NOW,
    )
    other = create_ticket(
        engine,
        description="噪音扰民",
        district="北山区",
        address="北山路2号",
        phone="13900139000",
        conversation_id="c2",
        channel="rest",
        now=NOW,
    )
    client = await signed_in(world, "wang")
    listing = await client.get("/tickets", params={"district": "南湖区"})
    assert ticket.id in listing.text and other.id not in listing.text
    assert "13800138000" not in listing.text
    assert (await client.get("/tickets", params={"date_from": "yesterday"})).status_code == 400
    page = await client.get(f"/tickets/{ticket.id}")
    assert "138****8000" in page.text and "13800138000" not in page.text
    assert "阳光小区" not in page.text
    no_department = await client.post(
        f"/tickets/{ticket.id}/status", data={"csrf": _csrf(page.text), "status": "已派单"}
    )
    assert "err=" in no_department.headers["location"]
    for status, department, note in [
        ("已派单", "南湖区城管局", "已派发至城管局"),
        ("处理中", "", "已安排维修"),
        ("已办结", "", "路灯已修复"),
    ]:
        page = await client.get(f"/tickets/{ticket.id}")
        done = await client.post(
            f"/tickets/{ticket.id}/status",
            data={
                "csrf": _csrf(page.text),
                "status": status,
                "department": department,
                "note": note,
            },
        )
        assert done.status_code == 303 and "msg=" in done.headers["location"]
    page = await client.get(f"/tickets/{ticket.id}")
    assert 'data-testid="ticket-status">已办结<' in page.text
    assert page.text.count("王坐席") >= 4  # header + three audit rows
    assert 'data-testid="status-form"' not in page.text
    history = get_ticket(engine, ticket.id).history
    assert [e.status for e in history] == ["受理", "已派单", "处理中", "已办结"]
    assert history[-1].note == "路灯已修复"
    closed = await client.get("/tickets", params={"status": "已办结"})
    assert ticket.id in closed.text and other.id not in closed.text


def _unanswered(ts: float, question: str, *, unavailable: bool = False) -> list[dict]:
    reply = (
        "抱歉，办事指南查询暂时不可用。需要为您转接人工客服吗？"
        if unavailable
        else "抱歉，我暂时没有找到相关的办事指南。需要为您转接人工客服吗？"
    )
    return [
        {"event": "user", "timestamp": ts, "text": question},
        {"event": "bot", "timestamp": ts + 0.1, "text": reply, "data": {"custom": {"sources": []}}},
        {
            "event": "slot",
            "timestamp": ts + 0.1,
            "name": "handoff_reason",
            "value": "knowledge_not_found",
        },
    ]


async def test_insight_lists_coverage_gaps_and_satisfaction_with_plots(world) -> None:
    from sqlalchemy.orm import Session

    from bot.console import insight
    from bot.feedback import record_feedback

    fake, engine = world["fake"], world["engine"]
    day = 86400.0
    base = NOW.timestamp()
    fake.add("a", *_unanswered(base - 2 * day, "养狗需要办什么证？我电话13800138000"))
    fake.add("b", *_unanswered(base - day, "养狗需要办什么证"))
    fake.add("c", *_unanswered(base - 3600, "公园几点关门？"))
    fake.add("f", *_unanswered(base - 3 * day, "养狗需要办什么证。"))
    fake.add("d", *_unanswered(base - 60, "社保卡怎么补办", unavailable=True))
    fake.add("e", *_unanswered(base - 90 * day, "很久以前的问题"))
    with Session(engine, future=True) as session, session.begin():
        for i, (rating, days_ago) in enumerate([("up", 2), ("down", 2), ("up", 1), ("up", 1)]):
            record_feedback(
                session,
                message_id=f"m{i}",
                conversation_id="conv",
                rating=rating,
                now=NOW - dt.timedelta(days=days_ago),
            )
    gaps = insight.coverage_gaps(fake.tracker_engine, since=NOW - dt.timedelta(days=30))
    assert [(g.question, g.count) for g in gaps] == [
        ("养狗需要办什么证", 2),  # trailing punctuation does not split a question
        ("公园几点关门", 1),
        ("养狗需要办什么证？我电话138****8000", 1),  # masked
    ]
    client = await signed_in(world, "wang")
    page = await client.get("/insight", params={"days": "30"})
    assert page.status_code == 200
    assert "公园几点关门" in page.text and "社保卡怎么补办" not in page.text
    assert "很久以前的问题" not in page.text and "13800138000" not in page.text
    assert 'data-testid="satisfaction-overall">75%<' in page.text
    for plot in ("gaps", "satisfaction"):
        png = await client.get(f"/insight/{plot}.png", params={"days": "30"})
        assert png.status_code == 200 and png.content.startswith(b"\x89PNG")
    assert (await client.get("/insight", params={"days": "x"})).status_code == 400
