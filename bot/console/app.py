"""The operator console's web app (aiohttp + Jinja2, server-rendered, Chinese UI).

Every page but ``/login``, ``/healthz`` and ``/static`` needs a session; every POST needs the
session's CSRF token (form field ``csrf``) and, when the browser sends one, an ``Origin`` equal to
the console's own. Cookies are HttpOnly and SameSite=Strict. Responses are not cached and carry a
Content-Security-Policy that allows only the console's own scripts and styles.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
import re
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import jinja2
from aiohttp import web
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from bot.console.masking import Masker
from bot.console.rasa import RasaClient, RasaError
from bot.console.transcript import lines, slots
from bot.db import Database, make_engine
from bot.operator import queue as handovers
from bot.operator.accounts import (
    LoginPolicy,
    LoginRefused,
    OperatorView,
    SessionView,
    csrf_ok,
    login,
    logout,
    session_for,
)
from bot.settings import Settings
from bot.tickets.models import TicketStatus
from bot.tickets.service import TicketError, get_ticket
from bot.tickets.workflow import (
    STATUS_LABELS,
    change_status,
    districts_in_use,
    list_tickets,
    next_statuses,
    status_changes,
)

logger = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
SESSION_COOKIE = "minsheng_console"
LOGIN_CSRF_COOKIE = "minsheng_console_login"
MAX_REPLY_CHARS = 2000
PAGE_SIZE = 50

HANDBACK_TEXT = (
    "人工坐席已结束本次服务，接下来由智能助手继续为您服务。如需再次转人工，可以随时说“转人工”。"
)
CLOSE_TEXT = "本次人工服务已结束，感谢您的耐心。如还有其他问题，可以继续留言，或拨打12345热线。"

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


@dataclass
class Console:
    """What the handlers share: settings, databases, the Rasa client, a clock."""

    settings: Settings
    database: Database
    tracker_engine: Engine
    rasa: RasaClient
    clock: Clock = utc_now
    policy: LoginPolicy = field(init=False)

    def __post_init__(self) -> None:
        c = self.settings.console
        self.policy = LoginPolicy(
            max_failures=c.login_max_failures,
            window=dt.timedelta(minutes=c.login_window_minutes),
            idle=dt.timedelta(minutes=c.session_idle_minutes),
            lifetime=dt.timedelta(hours=c.session_max_hours),
        )

    @classmethod
    def from_settings(cls, settings: Settings, *, environ: dict[str, str] | None = None) -> Console:
        env = os.environ if environ is None else environ
        operator_env = getattr(settings.security, "operator_token_env", "MINSHENG_OPERATOR_TOKEN")
        return cls(
            settings=settings,
            database=Database.from_settings(settings.database),
            tracker_engine=make_engine(settings.privacy.tracker_db_url, settings.database),
            rasa=RasaClient(
                settings.console.rasa_url,
                api_token=env.get(settings.console.api_token_env),
                operator_token=env.get(operator_env),
            ),
        )

    @property
    def engine(self) -> Engine:
        return self.database.engine()

    def local(self, when: dt.datetime | None) -> str:
        if when is None:
            return ""
        return when.astimezone(ZoneInfo(self.settings.timezone)).strftime("%Y-%m-%d %H:%M")


CONSOLE = web.AppKey("console", Console)
TEMPLATES = web.AppKey("templates", jinja2.Environment)


def _templates() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(HERE / "templates")),
        autoescape=jinja2.select_autoescape(["html"]),
        undefined=jinja2.StrictUndefined,
    )
    env.globals["STATUS_LABELS"] = STATUS_LABELS
    return env


def render(request: web.Request, name: str, status: int = 200, **context: Any) -> web.Response:
    session: SessionView | None = request.get("session")
    html = (
        request.app[TEMPLATES]
        .get_template(name)
        .render(
            operator=session.operator if session else None,
            csrf=session.csrf_token if session else "",
            flash=request.query.get("msg", ""),
            error=request.query.get("err", ""),
            **context,
        )
    )
    return web.Response(text=html, status=status, content_type="text/html", charset="utf-8")


def redirect(location: str, *, msg: str = "", err: str = "") -> web.HTTPSeeOther:
    from urllib.parse import urlencode

    query = urlencode({k: v for k, v in (("msg", msg), ("err", err)) if v})
    return web.HTTPSeeOther(location + ("?" + query if query else ""))


async def db(request: web.Request, func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Run a blocking database call off the event loop."""
    return await asyncio.to_thread(func, *args, **kwargs)


# --- middlewares ---------------------------------------------------------------------------------

PUBLIC = ("/login", "/healthz", "/static/", "/favicon.ico")


@web.middleware
async def security_headers(request: web.Request, handler: Callable) -> web.StreamResponse:
    try:
        response = await handler(request)
    except web.HTTPException as e:
        response = e
        _harden(response)
        raise
    _harden(response)
    return response


def _harden(response: web.StreamResponse) -> None:
    response.headers.setdefault(
        "Content-Security-Policy",
        "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; "
        "base-uri 'none'",
    )
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    # same-origin: browsers then send the console's own Origin on its forms (no-referrer makes
    # Chrome send "Origin: null"); other sites learn nothing.
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("Cache-Control", "no-store")


@web.middleware
async def authenticate(request: web.Request, handler: Callable) -> web.StreamResponse:
    console = request.app[CONSOLE]
    if request.path.startswith(PUBLIC):
        return await handler(request)
    token = request.cookies.get(SESSION_COOKIE)
    try:
        session = await db(
            request,
            lambda: session_for(console.engine, token, policy=console.policy, now=console.clock()),
        )
    except SQLAlchemyError:
        logger.exception("console: session lookup failed")
        return web.Response(status=503, text="数据库暂时不可用，请稍后再试。")
    if session is None:
        if request.method == "GET":
            raise web.HTTPSeeOther("/login")
        raise web.HTTPUnauthorized(text="登录已过期，请重新登录。")
    request["session"] = session
    if request.method == "POST":
        form = await request.post()
        request["form"] = form
        if not csrf_ok(session, form.get("csrf")) or not _same_origin(request):
            raise web.HTTPForbidden(text="请求校验失败（CSRF），请刷新页面后重试。")
    return await handler(request)


def _same_origin(request: web.Request) -> bool:
    """An Origin header naming another site is refused. None, or "null" (what browsers send
    under some referrer policies), is no evidence either way: the CSRF token decides."""
    origin = request.headers.get("Origin")
    if not origin or origin == "null":
        return True
    return origin == f"{request.scheme}://{request.host}"


def operator_of(request: web.Request) -> OperatorView:
    return request["session"].operator


# --- sign-in -------------------------------------------------------------------------------------


async def login_page(request: web.Request) -> web.Response:
    # The same token while the cookie lives: a second load of this page (a redirected favicon
    # request, another tab) must not invalidate the form already shown.
    current = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    token = current if re.fullmatch(r"[A-Za-z0-9_-]{40,64}", current) else secrets.token_urlsafe(32)
    response = render(request, "login.html", login_csrf=token, username="")
    _cookie(request, response, LOGIN_CSRF_COOKIE, token, max_age=1800)
    return response


def _cookie(
    request: web.Request, response: web.StreamResponse, name: str, value: str, max_age: int
) -> None:
    response.set_cookie(
        name,
        value,
        max_age=max_age,
        path="/",
        httponly=True,
        samesite="Strict",
        secure=request.app[CONSOLE].settings.console.secure_cookies,
    )


async def login_submit(request: web.Request) -> web.StreamResponse:
    console = request.app[CONSOLE]
    form = await request.post()
    expected = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    if not expected or not secrets.compare_digest(expected, str(form.get("csrf", ""))):
        raise web.HTTPForbidden(text="请求校验失败（CSRF），请刷新登录页后重试。")
    if not _same_origin(request):
        raise web.HTTPForbidden(text="请求来源不符。")
    username = str(form.get("username", ""))[:64]
    password = str(form.get("password", ""))[:256]
    try:
        token, session = await db(
            request,
            lambda: login(
                console.engine,
                username,
                password,
                remote=request.remote or "?",
                policy=console.policy,
                now=console.clock(),
            ),
        )
    except LoginRefused as e:
        new = secrets.token_urlsafe(32)
        message = "登录失败次数过多，请稍后再试。" if e.locked else "用户名或密码不正确。"
        response = render(
            request,
            "login.html",
            status=429 if e.locked else 401,
            login_csrf=new,
            username=username,
            login_error=message,
        )
        _cookie(request, response, LOGIN_CSRF_COOKIE, new, max_age=1800)
        return response
    logger.info("console: operator %s signed in", session.operator.username)
    response = web.HTTPSeeOther("/queue")
    _cookie(
        request,
        response,
        SESSION_COOKIE,
        token,
        max_age=int(console.policy.lifetime.total_seconds()),
    )
    response.del_cookie(LOGIN_CSRF_COOKIE, path="/")
    raise response


async def logout_submit(request: web.Request) -> web.StreamResponse:
    console = request.app[CONSOLE]
    await db(request, logout, console.engine, request.cookies.get(SESSION_COOKIE))
    response = web.HTTPSeeOther("/login")
    response.del_cookie(SESSION_COOKIE, path="/")
    raise response


async def healthz(_: web.Request) -> web.Response:
    return web.Response(text="ok")


async def favicon(_: web.Request) -> web.Response:
    return web.Response(status=204)


async def index(_: web.Request) -> web.Response:
    raise web.HTTPSeeOther("/queue")


# --- hand-over queue -----------------------------------------------------------------------------


async def queue_page(request: web.Request) -> web.Response:
    console = request.app[CONSOLE]
    problem = ""
    try:
        found = await db(
            request,
            handovers.open_handovers,
            console.tracker_engine,
            now=console.clock(),
            lookback=dt.timedelta(hours=console.settings.console.queue_lookback_hours),
        )
    except SQLAlchemyError:
        logger.exception("console: reading the tracker store failed")
        found, problem = [], "对话存储暂时无法读取，列表可能不完整。"
    reveal = operator_of(request).sees_personal_data
    masker = Masker(reveal=reveal)
    rows = [
        {
            "id": h.conversation_id,
            "since": console.local(h.since_time),
            "waited_min": max(0, int((console.clock() - h.since_time).total_seconds() // 60)),
            "reason": h.reason_text,
            "summary": masker.text(h.summary()),
            "operator": h.operator,
        }
        for h in found
    ]
    return render(
        request,
        "queue.html",
        waiting=[r for r in rows if not r["operator"]],
        taken=[r for r in rows if r["operator"]],
        problem=problem,
    )


def _conversation_id(request: web.Request) -> str:
    cid = request.match_info["cid"]
    if not cid or len(cid) > 255:
        raise web.HTTPBadRequest(text="对话编号无效。")
    return cid


async def _handover(request: web.Request, cid: str) -> handovers.Handover | None:
    console = request.app[CONSOLE]
    try:
        return await db(request, handovers.find_handover, console.tracker_engine, cid)
    except SQLAlchemyError as e:
        logger.exception("console: reading the tracker store failed")
        raise web.HTTPServiceUnavailable(text="对话存储暂时无法读取，请稍后再试。") from e


async def _view_conversation(request: web.Request, cid: str) -> dict[str, Any]:
    console = request.app[CONSOLE]
    operator = operator_of(request)
    try:
        tracker = await console.rasa.tracker(cid)
    except RasaError as e:
        logger.warning("console: tracker of a conversation unavailable (%s)", e)
        raise web.HTTPBadGateway(text="无法从对话服务器读取该对话，请稍后再试。") from e
    if not tracker.get("events"):
        raise web.HTTPNotFound(text="没有这个对话。")
    tickets = [
        t
        for t in await db(
            request,
            lambda: [get_ticket(console.engine, tid) for tid in _ticket_ids(tracker)],
        )
        if t is not None
    ]
    values = tracker.get("slots") or {}
    masker = Masker(
        reveal=operator.sees_personal_data,
        addresses=[values.get("address"), *(t.address for t in tickets)],
    )
    handover = await _handover(request, cid)
    return {
        "cid": cid,
        "lines": lines(tracker, masker, console.settings.timezone),
        "slots": slots(tracker, masker),
        "handover": handover,
        "reason": handover.reason_text if handover else "",
        "summary": masker.text(handover.summary()) if handover else "",
        "mine": bool(handover and handover.operator == operator.display_name),
        "tickets": tickets,
    }


def _ticket_ids(tracker: dict[str, Any]) -> list[str]:
    """Ticket ids the bot announced in this conversation (its messages name them)."""
    from bot.pii import TICKET_ID, find_pii

    found: list[str] = []
    for event in tracker.get("events") or []:
        if event.get("event") == "bot" and isinstance(event.get("text"), str):
            for match in find_pii(event["text"], [TICKET_ID]):
                if match.value not in found:
                    found.append(match.value)
    return found[:10]


async def conversation_page(request: web.Request) -> web.Response:
    console = request.app[CONSOLE]
    cid = _conversation_id(request)
    view = await _view_conversation(request, cid)
    await db(
        request,
        lambda: handovers.record_action(
            console.engine,
            operator_of(request).username,
            "view_conversation",
            cid,
            now=console.clock(),
        ),
    )
    return render(request, "conversation.html", **view)


async def transcript_fragment(request: web.Request) -> web.Response:
    """The transcript alone, for the page's periodic refresh."""
    view = await _view_conversation(request, _conversation_id(request))
    return render(request, "_transcript.html", **view)


async def take(request: web.Request) -> web.StreamResponse:
    console = request.app[CONSOLE]
    cid = _conversation_id(request)
    operator = operator_of(request)
    here = f"/conversations/{cid}"
    handover = await _handover(request, cid)
    if handover is None:
        raise redirect("/queue", err="该对话已不在转人工状态。")
    if handover.operator and handover.operator != operator.display_name:
        raise redirect(here, err=f"该对话已由坐席{handover.operator}接入。")
    try:
        await db(
            request,
            lambda: handovers.claim(
                console.engine, handover, operator.display_name, now=console.clock()
            ),
        )
    except handovers.AlreadyTaken as e:
        raise redirect(here, err=f"该对话已由坐席{e.operator}接入。") from e
    try:
        await console.rasa.set_slots(cid, {handovers.HANDOFF_OPERATOR: operator.display_name})
    except RasaError as e:
        logger.warning("console: take failed at the Rasa server (%s)", e)
        raise redirect(here, err="对话服务器暂时不可用，接入未完成，请重试。") from e
    await _record(request, "take", cid)
    raise redirect(here, msg="已接入该对话。")


async def _record(request: web.Request, action: str, target: str, detail: str | None = None):
    console = request.app[CONSOLE]
    await db(
        request,
        lambda: handovers.record_action(
            console.engine,
            operator_of(request).username,
            action,
            target,
            detail,
            now=console.clock(),
        ),
    )


async def _own_handover(request: web.Request, cid: str) -> handovers.Handover:
    handover = await _handover(request, cid)
    here = f"/conversations/{cid}"
    if handover is None:
        raise redirect(here, err="该对话已不在转人工状态。")
    operator = operator_of(request)
    if handover.operator != operator.display_name and operator.role != "supervisor":
        raise redirect(here, err="请先接入该对话。")
    return handover


async def reply(request: web.Request) -> web.StreamResponse:
    console = request.app[CONSOLE]
    cid = _conversation_id(request)
    here = f"/conversations/{cid}"
    text = str(request["form"].get("text", "")).strip()
    if not text:
        raise redirect(here, err="回复内容不能为空。")
    if len(text) > MAX_REPLY_CHARS:
        raise redirect(here, err=f"回复不能超过{MAX_REPLY_CHARS}字。")
    await _own_handover(request, cid)
    try:
        await console.rasa.operator_message(cid, text, operator_of(request).display_name)
    except RasaError as e:
        logger.warning("console: operator reply not delivered (%s)", e)
        raise redirect(here, err="回复未能送达（对话服务器不可用或对话已结束）。") from e
    await _record(request, "reply", cid)
    raise redirect(here, msg="回复已发送。")


async def _end(request: web.Request, outcome: str, notice: str) -> web.StreamResponse:
    console = request.app[CONSOLE]
    cid = _conversation_id(request)
    handover = await _own_handover(request, cid)
    operator = operator_of(request).display_name
    try:
        await console.rasa.operator_message(cid, notice, operator)
    except RasaError as e:  # the hand-over still ends: the citizen must not stay on hold
        logger.warning("console: closing notice not delivered (%s)", e)
    try:
        await console.rasa.set_slots(
            cid, {handovers.HANDOFF_ACTIVE: False, handovers.HANDOFF_OPERATOR: None}
        )
    except RasaError as e:
        raise redirect(f"/conversations/{cid}", err="对话服务器暂时不可用，请重试。") from e
    await db(
        request,
        lambda: handovers.end_claim(
            console.engine, handover, operator, outcome, now=console.clock()
        ),
    )
    await _record(request, outcome, cid)
    label = "已交还智能助手。" if outcome == "returned" else "已结束该对话。"
    raise redirect("/queue", msg=label)


async def hand_back(request: web.Request) -> web.StreamResponse:
    return await _end(request, "returned", HANDBACK_TEXT)


async def close(request: web.Request) -> web.StreamResponse:
    return await _end(request, "closed", CLOSE_TEXT)


# --- tickets -------------------------------------------------------------------------------------


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError as e:
        raise web.HTTPBadRequest(text=f"日期格式应为 YYYY-MM-DD：{value}") from e


async def tickets_page(request: web.Request) -> web.Response:
    console = request.app[CONSOLE]
    q = request.query
    status = q.get("status") or None
    if status and status not in STATUS_LABELS:
        raise web.HTTPBadRequest(text="未知的工单状态。")
    district = (q.get("district") or "").strip()[:16] or None
    try:
        page_no = max(1, int(q.get("page") or 1))
    except ValueError:
        page_no = 1
    date_from, date_to = _date(q.get("date_from")), _date(q.get("date_to"))
    page = await db(
        request,
        lambda: list_tickets(
            console.engine,
            status=status,
            district=district,
            date_from=date_from,
            date_to=date_to,
            timezone=console.settings.timezone,
            limit=PAGE_SIZE,
            offset=(page_no - 1) * PAGE_SIZE,
        ),
    )
    districts = await db(request, districts_in_use, console.engine)
    masker = Masker(reveal=operator_of(request).sees_personal_data)
    rows = [
        {
            "id": t.id,
            "created": console.local(t.created_at),
            "status": t.status,
            "district": t.district or "",
            "department": t.department or "",
            "summary": masker.text((t.summary or t.description)[:60]),
        }
        for t in page.tickets
    ]
    return render(
        request,
        "tickets.html",
        rows=rows,
        total=page.total,
        page_no=page_no,
        pages=max(1, -(-page.total // PAGE_SIZE)),
        districts=districts,
        statuses=[s.value for s in TicketStatus],
        filters={
            "status": status or "",
            "district": district or "",
            "date_from": q.get("date_from", ""),
            "date_to": q.get("date_to", ""),
        },
    )


async def ticket_page(request: web.Request) -> web.Response:
    console = request.app[CONSOLE]
    ticket_id = request.match_info["tid"][:20]
    ticket = await db(request, get_ticket, console.engine, ticket_id)
    if ticket is None:
        raise web.HTTPNotFound(text="没有这个工单。")
    masker = Masker(reveal=operator_of(request).sees_personal_data, addresses=[ticket.address])
    changes = await db(request, status_changes, console.engine, ticket_id)
    await _record(request, "view_ticket", ticket_id)
    return render(
        request,
        "ticket.html",
        ticket=ticket,
        phone=masker.phone(ticket.phone),
        address=masker.address(ticket.address),
        description=masker.text(ticket.description),
        summary=masker.text(ticket.summary),
        history=[(console.local(e.time), e.status, e.note or "") for e in ticket.history],
        changes=[
            (
                console.local(c.time),
                c.operator,
                c.from_status,
                c.to_status,
                c.department or "",
                c.note or "",
            )
            for c in changes
        ],
        next_statuses=next_statuses(ticket.status),
        created=console.local(ticket.created_at),
    )


async def ticket_status(request: web.Request) -> web.StreamResponse:
    console = request.app[CONSOLE]
    ticket_id = request.match_info["tid"][:20]
    form = request["form"]
    here = f"/tickets/{ticket_id}"
    target = str(form.get("status", ""))
    try:
        await db(
            request,
            lambda: change_status(
                console.engine,
                ticket_id,
                target,
                operator=operator_of(request).display_name,
                note=str(form.get("note", "")),
                department=str(form.get("department", "")),
                now=console.clock(),
            ),
        )
    except TicketError as e:
        raise redirect(here, err=f"状态未变更：{e}") from e
    await _record(request, "ticket_status", ticket_id, target)
    raise redirect(here, msg=f"工单状态已改为：{STATUS_LABELS.get(target, target)}")


# --- insight -------------------------------------------------------------------------------------

MAX_INSIGHT_DAYS = 365


def _days(request: web.Request) -> int:
    try:
        days = int(request.query.get("days") or 30)
    except ValueError as e:
        raise web.HTTPBadRequest(text="天数应为整数。") from e
    return max(1, min(days, MAX_INSIGHT_DAYS))


async def _insight_data(request: web.Request) -> tuple[int, list, list, str]:
    from bot.console import insight

    console = request.app[CONSOLE]
    days = _days(request)
    since = console.clock() - dt.timedelta(days=days)
    problem = ""
    try:
        gaps = await db(request, lambda: insight.coverage_gaps(console.tracker_engine, since=since))
    except SQLAlchemyError:
        logger.exception("console: reading the tracker store failed")
        gaps, problem = [], "对话存储暂时无法读取。"
    try:
        votes = await db(request, lambda: insight.satisfaction(console.engine, since=since))
    except SQLAlchemyError:
        logger.exception("console: reading feedback failed")
        votes, problem = [], (problem + "评价数据暂时无法读取。")
    return days, gaps, votes, problem


async def _hotspots(request: web.Request):
    """The complaint hot-spot report (bot.insight.hotspots) and a problem text, if any."""
    from bot.insight.hotspots import ticket_hotspots

    console = request.app[CONSOLE]
    zone = ZoneInfo(console.settings.timezone)
    today = console.clock().astimezone(zone).date()
    try:
        report = await db(
            request,
            lambda: ticket_hotspots(
                console.engine, today=today, timezone=console.settings.timezone
            ),
        )
    except SQLAlchemyError:
        logger.exception("console: reading tickets for hot spots failed")
        return None, "工单数据暂时无法读取。"
    return report, ""


async def insight_page(request: web.Request) -> web.Response:
    from bot.insight.view import hotspot_view

    console = request.app[CONSOLE]
    days, gaps, votes, problem = await _insight_data(request)
    report, hot_problem = await _hotspots(request)
    total_up = sum(d.up for d in votes)
    total = sum(d.total for d in votes)
    return render(
        request,
        "insight.html",
        days=days,
        gaps=[(i, g.question, g.count, console.local(g.last_seen)) for i, g in enumerate(gaps, 1)],
        votes=[(d.day.isoformat(), d.up, d.down, d.total, f"{100 * d.rate:.0f}%") for d in votes],
        overall=f"{100 * total_up / total:.0f}%" if total else "—",
        total=total,
        problem=problem + hot_problem,
        hotspots=hotspot_view(report),
    )


async def insight_plot(request: web.Request) -> web.Response:
    from bot.console import insight

    if request.match_info["plot"] == "hotspots":
        from bot.insight.hotspots import hotspots_plot

        report, _ = await _hotspots(request)
        png = await asyncio.to_thread(hotspots_plot, report) if report else b""
        return web.Response(body=png, content_type="image/png", status=200 if png else 503)
    _, gaps, votes, _ = await _insight_data(request)
    if request.match_info["plot"] == "gaps":
        png = await asyncio.to_thread(insight.gaps_plot, gaps)
    else:
        png = await asyncio.to_thread(insight.satisfaction_plot, votes)
    return web.Response(body=png, content_type="image/png")


# --- app -----------------------------------------------------------------------------------------


def build_app(console: Console) -> web.Application:
    app = web.Application(middlewares=[security_headers, authenticate], client_max_size=64 * 1024)
    app[CONSOLE] = console
    app[TEMPLATES] = _templates()

    async def close_client(_: web.Application) -> None:
        await console.rasa.close()

    app.on_cleanup.append(close_client)
    app.router.add_get("/", index)
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/favicon.ico", favicon)
    app.router.add_get("/login", login_page)
    app.router.add_post("/login", login_submit)
    app.router.add_post("/logout", logout_submit)
    app.router.add_get("/queue", queue_page)
    app.router.add_get("/conversations/{cid}", conversation_page)
    app.router.add_get("/conversations/{cid}/transcript", transcript_fragment)
    app.router.add_post("/conversations/{cid}/take", take)
    app.router.add_post("/conversations/{cid}/reply", reply)
    app.router.add_post("/conversations/{cid}/handback", hand_back)
    app.router.add_post("/conversations/{cid}/close", close)
    app.router.add_get("/tickets", tickets_page)
    app.router.add_get("/tickets/{tid}", ticket_page)
    app.router.add_post("/tickets/{tid}/status", ticket_status)
    app.router.add_get("/insight", insight_page)
    app.router.add_get(r"/insight/{plot:gaps|satisfaction|hotspots}.png", insight_plot)
    app.router.add_static("/static/", HERE / "static", show_index=False)
    return app


Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
