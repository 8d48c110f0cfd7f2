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
  numbers) instead.
- Conversation ids are issued by the server (:class:`bot.security.SessionIds`: random, signed).
  ``session_request`` with an id this server issued resumes that conversation (a reconnect);
  with none, or one it did not issue, the client gets a new id in ``session_confirm``. A message
  is filed under the id its socket was confirmed for, never under one the client names.
"""

from __future__ import annotations

import inspect
import json
import logging
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

import rasa.core.channels.channel
from rasa.core.channels.channel import OutputChannel, UserMessage
from rasa.core.channels.socketio import SocketBlueprint, SocketIOInput, SocketIOOutput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from socketio import AsyncServer

from bot.ratelimit import SlidingWindowRateLimiter, rate_limited_text
from bot.security import SessionIds
from bot.settings import load_settings

logger = logging.getLogger(__name__)


class HotlineSocketIOOutput(SocketIOOutput):
    """Every bot message is one JSON object emitted to the conversation's room."""

    def __init__(self, sio: AsyncServer, bot_message_evt: str, namespace: str | None = None):
        super().__init__(sio, bot_message_evt)
        self.namespace = namespace

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
        await self._send_message(recipient_id, {"custom": json_message})


def _quick_replies(buttons: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    replies = []
    for button in buttons:
        reply = {"content_type": "text", "title": button.get("title", "")}
        for key in ("payload", "url"):
            if button.get(key):
                reply[key] = button[key]
        replies.append(reply)
    return replies


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
        credentials = credentials or {}
        settings = load_settings()
        return cls(
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
        )

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

    def get_output_channel(self) -> OutputChannel | None:
        """The output for messages the server sends on its own (``output_channel=latest``)."""
        if self.sio is None:
            return super().get_output_channel()
        return HotlineSocketIOOutput(self.sio, self.bot_message_evt, self.namespace)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        # Same CORS workaround as Rasa's channel (python-socketio issue 205).
        sio = AsyncServer(async_mode="sanic", cors_allowed_origins=[])
        webhook = SocketBlueprint(sio, self.socketio_path, "socketio_webhook", __name__)
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
            if self.rate_limiter is not None:
                decision = self.rate_limiter.hit(sender_id)
                if not decision.allowed:
                    logger.info("socket %s rate-limited for %.0fs", sid, decision.retry_after_s)
                    text = rate_limited_text(decision.retry_after_s)
                    await sio.emit(
                        self.bot_message_evt, {"text": text}, room=sid, namespace=namespace
                    )
                    return
            metadata = data.get(self.metadata_key) or {}
            if isinstance(metadata, str):
                try:
                    metadata = json.loads(metadata)
                except ValueError:
                    metadata = {}
            if not isinstance(metadata, dict):
                metadata = {}
            output = HotlineSocketIOOutput(sio, self.bot_message_evt, namespace)
            message = UserMessage(
                data.get("message", ""),
                output,
                sender_id,
                input_channel=self.name(),
                metadata=metadata,
            )
            await on_new_message(message)

        return webhook
