"""Rasa's REST channel with a per-sender rate limit and a hard request-size limit.

Registered in credentials.yml as ``custom_components.rest_channel.LimitedRestInput`` in place of
``rest:``; ``name()`` stays "rest", so the URL stays ``/webhooks/rest/webhook`` and trackers keep
``input_channel: rest``. Before Rasa parses a POST to the webhook:

- a body over ``max_body_bytes`` (credentials.yml, default 1 MiB) gets HTTP 413 without being
  parsed (messages themselves are cut to settings.limits.max_message_chars in the NLU pipeline);
- a sender over settings.limits.rate_limit_messages per rate_limit_window_s gets HTTP 429 with a
  ``Retry-After`` header.

Turns wait for one of the process's places (``bot.admission``: ``limits.concurrent_turns``,
emergencies first); when ``limits.max_waiting_turns`` wait already, a new one gets the busy text
at once. A turn that fails inside Rasa before any reply (a conversation lock not obtained, a store
error) is answered with the busy text (preceded by the emergency reply when the message is an
emergency) instead of Rasa's empty list.

Both replies have the shape of a normal REST reply (a list of ``{"recipient_id", "text"}``) plus
``custom.error``, so a client shows the Chinese text as it shows any bot message. An over-limit
message that the emergency detector flags anywhere in its text is let through: the limit never
silences an emergency.

A message that may go on is cut to settings.limits.max_message_chars / max_message_tokens before
Rasa sees it (:class:`bot.input_limits.InboundLimiter`): a long one is cut and its whole text
scanned for emergencies in a worker thread, so Rasa's event loop, which runs NLU for every caller,
never works through a 100,000-character message. Rasa gets the cut text (or the emergency
sentence found in the part cut off) and ``input_limits`` in the metadata, which
``MessageLengthLimiter`` takes as its own.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.admission import admitted_turn
from bot.input_limits import InboundLimiter, ReadMessage
from bot.ratelimit import (
    BODY_TOO_LARGE_TEXT,
    BUSY_TEXT,
    SlidingWindowRateLimiter,
    rate_limited_text,
)
from bot.safety.emergency import detect_emergency
from bot.settings import load_settings

logger = logging.getLogger(__name__)

DEFAULT_MAX_BODY_BYTES = 1_048_576


def _reply(status: int, recipient: str | None, text: str, custom: dict[str, Any]) -> HTTPResponse:
    body = [{"recipient_id": recipient, "text": text, "custom": custom}]
    headers = {}
    if "retry_after_s" in custom:
        headers["Retry-After"] = str(custom["retry_after_s"])
    return response.json(body, status=status, headers=headers)


class LimitedRestInput(RestInput):
    """REST input channel that refuses oversized bodies and throttles each sender."""

    @classmethod
    def name(cls) -> str:
        return "rest"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> LimitedRestInput:
        credentials = credentials or {}
        channel = cls(max_body_bytes=int(credentials.get("max_body_bytes", DEFAULT_MAX_BODY_BYTES)))
        channel.inbound.warm_up()
        return channel

    def __init__(
        self,
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
        limiter: SlidingWindowRateLimiter | None = None,
    ) -> None:
        if max_body_bytes < 1:
            raise ValueError(f"max_body_bytes must be >= 1, got {max_body_bytes!r}")
        self.max_body_bytes = max_body_bytes
        settings = load_settings()
        self.limiter = (
            limiter if limiter is not None else SlidingWindowRateLimiter.from_settings(settings)
        )
        self.inbound = InboundLimiter.from_settings(settings, detect_emergency)

    async def _refusal(self, request: Request) -> HTTPResponse | None:
        """The reply that replaces Rasa's, or None when the message may go on."""
        declared = request.headers.get("content-length", "")
        size = max(len(request.body or b""), int(declared) if declared.isdigit() else 0)
        if size > self.max_body_bytes:
            logger.warning(
                "rest: request body of %d bytes refused (limit %d)", size, self.max_body_bytes
            )
            return _reply(413, None, BODY_TOO_LARGE_TEXT, {"error": "body_too_large"})
        try:
            payload = json.loads(request.body or b"{}")
        except ValueError:
            return None  # Rasa's handler answers malformed JSON itself
        if not isinstance(payload, dict):
            return None
        sender = payload.get("sender")
        key = f"sender:{sender}" if sender else f"ip:{request.remote_addr or request.ip}"
        decision = self.limiter.hit(key)
        text = payload.get("message")
        if decision.allowed or (isinstance(text, str) and await self.inbound.is_emergency(text)):
            if not decision.allowed:
                logger.warning("rest: sender over the rate limit let through: emergency detected")
            if isinstance(text, str):
                request.ctx.minsheng_read = await self.inbound.read(text)
            return None
        retry = max(1, math.ceil(decision.retry_after_s))
        # Sender ids are pseudonymous conversation ids; no message text is logged.
        logger.info("rest: sender over the rate limit, retry after %ds", retry)
        recipient = sender if isinstance(sender, str) else None
        return _reply(
            429,
            recipient,
            rate_limited_text(retry),
            {"error": "rate_limited", "retry_after_s": retry},
        )

    @staticmethod
    def _read(request: Request) -> ReadMessage | None:
        return getattr(request.ctx, "minsheng_read", None)

    def _extract_message(self, req: Request) -> str | None:
        read = self._read(req)
        return read.text if read is not None else super()._extract_message(req)

    def get_metadata(self, request: Request) -> dict[str, Any] | None:
        return InboundLimiter.metadata(super().get_metadata(request), self._read(request))

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        async def answered(message: UserMessage) -> None:
            """Rasa's turn; when it fails before saying anything (a lock not obtained, a store
            error), the citizen still gets a reply instead of Rasa's empty list: the emergency
            reply when the message is one, then the busy text."""
            try:
                async with admitted_turn(message.text or ""):
                    await on_new_message(message)
            except Exception as e:  # noqa: BLE001 - any failure must still be answered
                # The reason only: the message text stays out of the logs.
                logger.error(
                    "rest: turn failed (%s): answered with the busy text", type(e).__name__
                )
                output = message.output_channel
                if getattr(output, "messages", None):
                    return  # part of the answer was sent already
                decision = detect_emergency(message.text or "")
                recipient = message.sender_id
                if decision is not None:
                    await output.send_text_message(recipient, decision.message)
                    await output.send_custom_json(recipient, {"emergency": decision.to_payload()})
                await output.send_text_message(recipient, BUSY_TEXT)

        blueprint = super().blueprint(answered)

        async def guard(request: Request) -> HTTPResponse | None:
            if request.method == "POST" and request.path.rstrip("/").endswith("/webhook"):
                return await self._refusal(request)
            return None

        blueprint.middleware(guard, "request")
        return blueprint
