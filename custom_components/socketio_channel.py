"""``HotlineSocketIOInput``: Rasa's socket.io channel for the web chat, with its faults fixed.

Registered in ``credentials.yml`` under this module path; the URLs stay Rasa's (socket.io on
``/socket.io``, health on ``/webhooks/socketio/``) and the input channel is still named
``socketio``, so trackers, ``output_channel=latest`` and web chat widgets see no difference.

What differs from ``rasa.core.channels.socketio`` (Rasa 3.6.21 with python-socketio 5.18):

- ``AsyncServer.enter_room`` became a coroutine that Rasa calls without ``await``, so with
  ``session_persistence`` a socket never joined its conversation's room and no reply arrived.
  Here it is awaited (and still works with a version where it is a plain function).
- ``SocketIOOutput.send_custom_json`` passed the payload as keyword arguments to ``emit``
  (``TypeError: unexpected keyword argument 'sources'`` for every knowledge answer). Here a bot
  message is always one JSON object on ``bot_message_evt``: ``{"text"}`` per paragraph, the last
  one also carrying ``"quick_replies"`` (the buttons) and ``"custom"`` (the payload: sources,
  hand-over, emergency), so a page shows an answer and its sources as one bubble. A payload
  without text arrives as ``{"custom": {...}}``. Emits name the channel's namespace.
- Per-conversation rate limit (``settings.limits``, :mod:`bot.ratelimit`): a message over the
  limit never reaches NLU; the socket gets the polite "slow down" text (with the emergency
  numbers) instead, unless the emergency detector flags any sentence of it (then it goes on).
- A long message is cut to ``settings.limits.max_message_chars`` / ``max_message_tokens`` and
  its whole text scanned for emergencies in a worker thread before Rasa sees it
  (:class:`bot.input_limits.InboundLimiter`): Rasa gets the cut text (or the emergency sentence)
  and ``input_limits`` in the metadata, which ``MessageLengthLimiter`` takes as its own, so its
  event loop never works through a 100,000-character message.
- Conversation ids are issued by the server (:class:`bot.security.SessionIds`: random, signed).
  ``session_request`` with an id this server issued resumes that conversation (a reconnect);
  with none, or one it did not issue, the client gets a new id in ``session_confirm``. A message
  is filed under the id its socket was confirmed for, never under one the client names.

Added for the citizen web chat (``webchat/``, README "Web chat"):

- ``GET /chat/``: the web chat page and its static files (same origin as the Rasa server, the
  socket.io client vendored in ``webchat/vendor``), with the retention period of
  ``settings.privacy.retention_days`` written into its privacy notice.
- Every bot message carries a ``message_id`` (one per bot utterance, on each of its parts; the
  last part has ``"rate": true``). The socket event ``feedback`` ``{message_id, rating: up|down}``
  stores a 👍/👎 (:mod:`bot.feedback`) for a message this server sent to that socket's own
  conversation; the acknowledgement is ``{"ok": bool, "message_id", "rating"}``.
- ``POST /webhooks/socketio/operator_message`` (header ``X-Minsheng-Token``, the secret in the
  environment variable ``settings.security.operator_token_env``): an operator's reply
  ``{sender_id, text, operator}`` is appended to the conversation's tracker as a bot event and
  emitted to its room as ``{"text", "operator": {"name"}, "message_id"}``. Contract:
  /work/coord/INTERFACES.md "Web chat ↔ console" and the README.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hmac
import inspect
import json
import logging
import os
import time
import uuid
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import rasa.core.channels.channel
from rasa.core.channels.channel import OutputChannel, UserMessage
from rasa.core.channels.socketio import SocketBlueprint, SocketIOInput, SocketIOOutput
from rasa.shared.core.events import BotUttered, SlotSet
from sanic import Blueprint, Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse
from socketio import AsyncServer

from bot.admission import QueueFull, admitted_turn
from bot.input_limits import InboundLimiter
from bot.ratelimit import BUSY_TEXT, SlidingWindowRateLimiter, rate_limited_text
from bot.safety.emergency import detect_emergency
from bot.security import SessionIds
from bot.settings import load_settings

logger = logging.getLogger(__name__)

PROJECT_ROOT = Path(__file__).resolve().parents[1]
WEBCHAT_DIR = PROJECT_ROOT / "webchat"
# Files the page may load (nothing else under webchat/ is served).
WEBCHAT_FILES = {
    "index.html": "text/html; charset=utf-8",
    "app.js": "text/javascript; charset=utf-8",
    "style.css": "text/css; charset=utf-8",
    "socket.io.min.js": "text/javascript; charset=utf-8",
}
WEBCHAT_VENDORED = {"socket.io.min.js": "vendor/socket.io.min.js"}
# The page, its script and the socket come from this server only.
WEBCHAT_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
OPERATOR_TOKEN_HEADER = "X-Minsheng-Token"
HANDOFF_ACTIVE = "handoff_active"
HANDOFF_OPERATOR = "handoff_operator"
MAX_OPERATOR_TEXT = 2000
MAX_OPERATOR_NAME = 64


@dataclass(frozen=True)
class SentMessage:
    """What the server remembers of a bot message it sent, so that a vote can be checked."""

    sender_id: str
    generated: bool
    sources: tuple[str, ...]


class SentMessages:
    """The most recent bot messages by id (bounded; a vote on an older one is refused)."""

    def __init__(self, capacity: int = 50_000) -> None:
        self.capacity = capacity
        self._items: OrderedDict[str, SentMessage] = OrderedDict()

    def add(self, message_id: str, message: SentMessage) -> None:
        self._items[message_id] = message
        self._items.move_to_end(message_id)
        while len(self._items) > self.capacity:
            self._items.popitem(last=False)

    def get(self, message_id: object) -> SentMessage | None:
        return self._items.get(message_id) if isinstance(message_id, str) else None


def new_message_id() -> str:
    return uuid.uuid4().hex


def _sources(custom: Any) -> tuple[str, ...]:
    sources = custom.get("sources") if isinstance(custom, dict) else None
    if not isinstance(sources, list):
        return ()
    ids = []
    for source in sources:
        if isinstance(source, dict):
            source = source.get("id") or source.get("url") or source.get("title")
        if isinstance(source, str | int):
            ids.append(str(source))
    return tuple(ids)


class HotlineSocketIOOutput(SocketIOOutput):
    """Every bot message is one JSON object emitted to the conversation's room."""

    def __init__(
        self,
        sio: AsyncServer,
        bot_message_evt: str,
        namespace: str | None = None,
        sent: SentMessages | None = None,
        source_links: SourceLinks | None = None,
    ):
        super().__init__(sio, bot_message_evt)
        self.namespace = namespace
        self.sent = sent
        self.source_links = source_links

    async def _send_message(self, socket_id: str, response: Any) -> None:
        await self.sio.emit(
            self.bot_message_evt, response, room=socket_id, namespace=self.namespace
        )

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        message = dict(message)
        text = message.pop("text", None) or ""
        buttons = message.pop("quick_replies", None) or message.pop("buttons", None) or []
        custom = message.pop("custom", None)
        parts: list[dict[str, Any]] = [
            {"text": part} for part in text.strip().split("\n\n") if part.strip()
        ]
        if (buttons or custom is not None) and not parts:
            parts = [{"text": ""}] if buttons else [{}]
        if buttons:
            parts[-1]["quick_replies"] = _quick_replies(buttons)
        if custom is not None:
            parts[-1]["custom"] = custom
            sources = _sources(custom)
            if sources and self.source_links is not None:
                parts[-1]["source_links"] = await self.source_links.links(sources)
        message_id = self._remember(recipient_id, custom)
        for part in parts:
            part["message_id"] = message_id
        parts[-1]["rate"] = True
        for part in parts:
            await self._send_message(recipient_id, part)
        # images, attachments and carousels as Rasa sends them
        if message.get("image"):
            await self.send_image_url(recipient_id, message.pop("image"))
        if message.get("attachment"):
            await self.send_attachment(recipient_id, message.pop("attachment"))
        if message.get("elements"):
            await self.send_elements(recipient_id, message.pop("elements"))

    async def send_text_with_buttons(
        self, recipient_id: str, text: str, buttons: list[dict[str, Any]], **kwargs: Any
    ) -> None:
        await self.send_response(recipient_id, {"text": text, "buttons": buttons})

    async def send_custom_json(
        self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any
    ) -> None:
        message_id = self._remember(recipient_id, json_message)
        await self._send_message(
            recipient_id, {"custom": json_message, "message_id": message_id, "rate": True}
        )

    def _remember(self, recipient_id: str, custom: Any) -> str:
        message_id = new_message_id()
        if self.sent is not None:
            generated = bool(custom.get("generated")) if isinstance(custom, dict) else False
            self.sent.add(message_id, SentMessage(recipient_id, generated, _sources(custom)))
        return message_id


def _quick_replies(buttons: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    replies = []
    for button in buttons:
        reply = {"content_type": "text", "title": button.get("title", "")}
        for key in ("payload", "url"):
            if button.get(key):
                reply[key] = button[key]
        replies.append(reply)
    return replies


class SourceLinks:
    """Knowledge item ids -> ``{"id", "title", "url"}`` for the page's source links (cached)."""

    def __init__(self, database: Any) -> None:
        self._database = database
        self._cache: dict[str, dict[str, str]] = {}

    def _load(self, ids: list[str]) -> None:
        from sqlalchemy import select
        from sqlalchemy.orm import Session

        from bot.knowledge.models import ServiceItem

        with Session(self._database.engine()) as session:
            rows = session.execute(
                select(ServiceItem.id, ServiceItem.name, ServiceItem.url).where(
                    ServiceItem.id.in_(ids)
                )
            ).all()
        for item_id, name, url in rows:
            url = url if isinstance(url, str) and url.startswith(("https://", "http://")) else ""
            self._cache[item_id] = {"id": item_id, "title": name, "url": url}

    async def links(self, ids: Iterable[str]) -> list[dict[str, str]]:
        ids = list(dict.fromkeys(ids))
        missing = [i for i in ids if i not in self._cache]
        if missing:
            try:
                await asyncio.to_thread(self._load, missing)
            except Exception as e:  # noqa: BLE001 - the answer goes out without links
                logger.warning("source links unavailable: %s", type(e).__name__)
        return [self._cache[i] for i in ids if i in self._cache]


class FeedbackStore:
    """Stores votes in the project database (:mod:`bot.feedback`), off the event loop."""

    def __init__(self, database: Any) -> None:
        self._database = database

    def _record(self, **vote: Any) -> None:
        from sqlalchemy.orm import Session

        from bot.feedback import record_feedback

        with Session(self._database.engine()) as session:
            record_feedback(session, **vote)
            session.commit()

    async def record(self, **vote: Any) -> None:
        """``bot.feedback.record_feedback``'s keyword arguments except ``session``."""
        await asyncio.to_thread(self._record, **vote)


class WebchatSocketBlueprint(SocketBlueprint):
    """Rasa's socket blueprint that also serves the web chat page at ``/chat/`` on the app."""

    def __init__(self, *args: Any, retention_days: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.ctx.retention_days = retention_days

    def register(self, app: Sanic, options: Any) -> None:
        super().register(app, options)
        if "webchat_index" in {route.name.rsplit(".", 1)[-1] for route in app.router.routes}:
            return  # a second socket.io channel on the same app serves no second page
        index = (WEBCHAT_DIR / "index.html").read_text(encoding="utf-8")
        index = index.replace("{{RETENTION_DAYS}}", str(self.ctx.retention_days))

        async def webchat_index(_: Request) -> HTTPResponse:
            return response.html(index, headers=WEBCHAT_HEADERS)

        async def webchat_file(request: Request, name: str) -> HTTPResponse:
            if name in ("", "index.html"):  # "/chat/" can route here
                return await webchat_index(request)
            if name not in WEBCHAT_FILES:
                return response.json({"error": "not found"}, status=404)
            path = WEBCHAT_DIR / WEBCHAT_VENDORED.get(name, name)
            return await response.file(
                path, mime_type=WEBCHAT_FILES[name], headers=dict(WEBCHAT_HEADERS)
            )

        # /chat and /chat/ (Sanic's routes are not strict about the slash)
        app.add_route(webchat_index, "/chat/", methods=["GET"], name="webchat_index")
        app.add_route(webchat_file, "/chat/<name:str>", methods=["GET"], name="webchat_file")


async def _maybe_await(result: Any) -> Any:
    """python-socketio < 5.12 returns None from enter_room, later versions a coroutine."""
    return await result if inspect.isawaitable(result) else result


class HotlineSocketIOInput(SocketIOInput):
    """Rasa's socket.io input channel with awaited rooms, whole payloads and issued ids."""

    @classmethod
    def name(cls) -> str:
        return "socketio"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> HotlineSocketIOInput:
        from bot.db import Database

        credentials = credentials or {}
        settings = load_settings()
        database = Database.from_settings(settings.database)
        channel = cls(
            credentials.get("user_message_evt", "user_uttered"),
            credentials.get("bot_message_evt", "bot_uttered"),
            credentials.get("namespace"),
            credentials.get("session_persistence", True),
            credentials.get("socketio_path", "/socket.io"),
            credentials.get("jwt_key"),
            credentials.get("jwt_method", "HS256"),
            credentials.get("metadata_key", "metadata"),
            session_ids=SessionIds.from_env(settings.security.session_key_env),
            rate_limiter=SlidingWindowRateLimiter.from_settings(settings),
            operator_token=os.environ.get(settings.security.operator_token_env) or None,
            feedback_store=FeedbackStore(database),
            source_links=SourceLinks(database),
            retention_days=settings.privacy.retention_days,
        )
        channel.inbound.warm_up()
        return channel

    def __init__(
        self,
        user_message_evt: str = "user_uttered",
        bot_message_evt: str = "bot_uttered",
        namespace: str | None = None,
        session_persistence: bool = True,
        socketio_path: str | None = "/socket.io",
        jwt_key: str | None = None,
        jwt_method: str | None = "HS256",
        metadata_key: str | None = "metadata",
        session_ids: SessionIds | None = None,
        rate_limiter: SlidingWindowRateLimiter | None = None,
        operator_token: str | None = None,
        feedback_store: Any = None,
        source_links: SourceLinks | None = None,
        retention_days: int = 180,
        inbound: InboundLimiter | None = None,
    ) -> None:
        super().__init__(
            user_message_evt,
            bot_message_evt,
            namespace,
            session_persistence,
            socketio_path,
            jwt_key,
            jwt_method,
            metadata_key,
        )
        self.session_ids = session_ids or SessionIds.from_env("MINSHENG_SESSION_KEY", env={})
        # None: no limit (tests, embedding); from_credentials always sets the settings' limit.
        self.rate_limiter = rate_limiter
        # None: the operator endpoint answers 503 (never open without a secret).
        self.operator_token = operator_token
        # Anything with ``async record(**vote)`` (FeedbackStore); None: votes are refused.
        self.feedback_store = feedback_store
        # None: answers carry their source ids only (no titles/links).
        self.source_links = source_links
        self.retention_days = retention_days
        self.sent = SentMessages()
        if inbound is None:
            inbound = InboundLimiter.from_settings(load_settings(), detect_emergency)
        # Cuts and scans long messages off the event loop before Rasa reads them.
        self.inbound = inbound

    def get_output_channel(self) -> OutputChannel | None:
        """The output for messages the server sends on its own (``output_channel=latest``)."""
        if self.sio is None:
            return super().get_output_channel()
        return HotlineSocketIOOutput(
            self.sio, self.bot_message_evt, self.namespace, self.sent, self.source_links
        )

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        # Same CORS workaround as Rasa's channel (python-socketio issue 205).
        sio = AsyncServer(async_mode="sanic", cors_allowed_origins=[])
        webhook = WebchatSocketBlueprint(
            sio,
            self.socketio_path,
            "socketio_webhook",
            __name__,
            retention_days=self.retention_days,
        )
        self.sio = sio
        namespace = self.namespace

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.listener("before_server_stop")
        async def close_sockets(*_: Any) -> None:
            # Disconnect clients and stop the per-socket ping tasks, so that a stopping server
            # neither waits for long-polls nor leaves tasks pending.
            await sio.shutdown()

        @sio.on("connect", namespace=namespace)
        async def connect(sid: str, environ: dict, auth: dict | None = None) -> bool:
            if not self.jwt_key:
                return True
            token = auth.get("token") if isinstance(auth, dict) else None
            payload = (
                rasa.core.channels.channel.decode_bearer_token(
                    token, self.jwt_key, self.jwt_algorithm
                )
                if token
                else None
            )
            return bool(payload)

        @sio.on("disconnect", namespace=namespace)
        async def disconnect(sid: str, *args: Any) -> None:
            logger.debug("socket %s disconnected", sid)

        async def confirm(sid: str, requested: object) -> str:
            resumed = self.session_ids.valid(requested)
            session_id = str(requested) if resumed else self.session_ids.issue()
            await sio.save_session(sid, {"session_id": session_id}, namespace=namespace)
            if self.session_persistence:
                await _maybe_await(sio.enter_room(sid, session_id, namespace=namespace))
            await sio.emit("session_confirm", session_id, room=sid, namespace=namespace)
            logger.debug("socket %s %s its conversation", sid, "resumed" if resumed else "got")
            return session_id

        @sio.on("session_request", namespace=namespace)
        async def session_request(sid: str, data: Any = None) -> None:
            requested = data.get("session_id") if isinstance(data, dict) else None
            await confirm(sid, requested)

        @sio.on(self.user_message_evt, namespace=namespace)
        async def handle_message(sid: str, data: Any = None) -> None:
            if not isinstance(data, dict) or not isinstance(data.get("message", ""), str):
                logger.warning("socket %s sent a message that is not {message: text}", sid)
                return
            if self.session_persistence:
                session = await sio.get_session(sid, namespace=namespace)
                sender_id = session.get("session_id")
                if sender_id is None:
                    # no session_request first: the client gets an id now (session_confirm)
                    sender_id = await confirm(sid, None)
                elif data.get("session_id") not in (None, sender_id):
                    logger.warning("socket %s wrote for another conversation: ignored", sid)
                    return
            else:
                sender_id = sid
            text = data.get("message", "")
            if self.rate_limiter is not None:
                decision = self.rate_limiter.hit(sender_id)
                if not decision.allowed and await self.inbound.is_emergency(text):
                    logger.warning("socket %s over the rate limit let through: emergency", sid)
                elif not decision.allowed:
                    logger.info("socket %s rate-limited for %.0fs", sid, decision.retry_after_s)
                    notice = rate_limited_text(decision.retry_after_s)
                    await sio.emit(
                        self.bot_message_evt, {"text": notice}, room=sid, namespace=namespace
                    )
                    return
            metadata = data.get(self.metadata_key) or {}
            if isinstance(metadata, str):
                try:
                    metadata = json.loads(metadata)
                except ValueError:
                    metadata = {}
            read = await self.inbound.read(text)
            metadata = InboundLimiter.metadata(metadata, read) or {}
            output = HotlineSocketIOOutput(
                sio, self.bot_message_evt, namespace, self.sent, self.source_links
            )
            message = UserMessage(
                read.text,
                output,
                sender_id,
                input_channel=self.name(),
                metadata=metadata,
            )
            try:
                async with admitted_turn(message.text or ""):
                    await on_new_message(message)
            except QueueFull:
                logger.warning("socket %s: turn refused, too many turns wait", sid)
                await sio.emit(
                    self.bot_message_evt, {"text": BUSY_TEXT}, room=sid, namespace=namespace
                )

        @sio.on("feedback", namespace=namespace)
        async def feedback(sid: str, data: Any = None) -> dict[str, Any]:
            """A 👍/👎 on a bot message sent to this socket's own conversation (the ack)."""
            data = data if isinstance(data, dict) else {}
            message_id, rating = data.get("message_id"), data.get("rating")
            ack = {"ok": False, "message_id": message_id, "rating": rating}
            session = await sio.get_session(sid, namespace=namespace)
            sender_id = session.get("session_id") if self.session_persistence else sid
            sent = self.sent.get(message_id)
            if sent is None or sender_id is None or sent.sender_id != sender_id:
                logger.info("socket %s voted on a message it was not sent: refused", sid)
                return ack
            if rating not in ("up", "down") or self.feedback_store is None:
                return ack
            try:
                await self.feedback_store.record(
                    message_id=message_id,
                    conversation_id=sender_id,
                    rating=rating,
                    now=dt.datetime.now(dt.timezone.utc),
                    generated=sent.generated,
                    sources=sent.sources,
                )
            except Exception as e:  # noqa: BLE001 - a lost vote must not break the chat
                logger.warning("feedback on %s not stored: %s", message_id, type(e).__name__)
                return ack
            return {**ack, "ok": True}

        @webhook.route("/operator_message", methods=["POST"])
        async def operator_message(request: Request) -> HTTPResponse:
            """An operator's reply into a handed-over conversation (console -> citizen)."""
            if not self.operator_token:
                return response.json({"error": "operator messages are disabled"}, status=503)
            token = request.headers.get(OPERATOR_TOKEN_HEADER) or ""
            if not hmac.compare_digest(token.encode(), self.operator_token.encode()):
                return response.json({"error": "unauthorized"}, status=401)
            try:
                body = request.json
            except Exception:  # noqa: BLE001 - sanic raises InvalidUsage for bad JSON
                body = None
            problem = _operator_message_problem(body)
            if problem:
                return response.json({"error": problem}, status=400)
            sender_id, text = body["sender_id"], body["text"].strip()
            operator = body["operator"].strip()
            agent = request.app.ctx.agent
            message_id = new_message_id()
            async with agent.lock_store.lock(sender_id):
                tracker = await agent.tracker_store.retrieve(sender_id)
                if tracker is None:
                    return response.json({"error": "unknown conversation"}, status=404)
                if tracker.get_slot(HANDOFF_ACTIVE) is not True:
                    return response.json({"error": "conversation is not handed over"}, status=409)
                if not tracker.get_slot(HANDOFF_OPERATOR):
                    tracker.update(SlotSet(HANDOFF_OPERATOR, operator))
                tracker.update(
                    BotUttered(
                        text,
                        data={"custom": {"operator": {"name": operator}}},
                        metadata={"operator": operator, "message_id": message_id},
                        timestamp=time.time(),
                    )
                )
                await agent.tracker_store.save(tracker)
            room = sender_id if self.session_persistence else None
            sockets = 0
            if room is not None:
                sockets = len(list(sio.manager.get_participants(namespace or "/", room)))
                await sio.emit(
                    self.bot_message_evt,
                    {"text": text, "operator": {"name": operator}, "message_id": message_id},
                    room=room,
                    namespace=namespace,
                )
            logger.info("operator message %s delivered to %d socket(s)", message_id, sockets)
            return response.json({"ok": True, "message_id": message_id, "sockets": sockets})

        return webhook


def _operator_message_problem(body: Any) -> str | None:
    """What is wrong with an operator message's JSON body, or None."""
    if not isinstance(body, dict):
        return "body must be a JSON object {sender_id, text, operator}"
    for key, limit in (
        ("sender_id", 256),
        ("text", MAX_OPERATOR_TEXT),
        ("operator", MAX_OPERATOR_NAME),
    ):
        value = body.get(key)
        if not isinstance(value, str) or not value.strip():
            return f"{key} must be a non-empty string"
        if len(value) > limit:
            return f"{key} must be at most {limit} characters"
    return None
