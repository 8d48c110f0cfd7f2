"""Citizens' 👍/👎 on the assistant's answers (web chat), for satisfaction over time.

One row per rated bot message (``message_id``, issued by the web chat channel with each message;
a second vote on the same message replaces the first). Nothing personal is stored: the
conversation is kept as the SHA-256 of its id (the web chat's session id is a bearer secret, so
it is never stored itself; the console links a row to its conversation by hashing the id the same
way, as :func:`bot.tickets.ownership.sender_hash` does), with whether the answer was generated and
the knowledge item ids it cited. Rows older than ``settings.privacy.retention_days`` are removed by
:func:`purge_feedback`.

The console's insight page reads :func:`satisfaction_by_day`. Schema:
``bot/migrations/versions/0002_feedback.py`` (branch ``feedback``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Boolean, Column, Integer, SmallInteger, String, Text, delete, func, select
from sqlalchemy.orm import Session

from bot.db import Base
from bot.tickets.models import UTCDateTime

UP = "up"
DOWN = "down"
RATINGS = {UP: 1, DOWN: -1}
MAX_SOURCES = 20
MESSAGE_ID_MAX = 64


class FeedbackError(ValueError):
    """A vote that cannot be stored (unknown rating, bad message id)."""


class ChatFeedback(Base):
    __tablename__ = "chat_feedback"

    id = Column(Integer, primary_key=True, autoincrement=True)
    message_id = Column(String(MESSAGE_ID_MAX), nullable=False, unique=True)
    conversation_hash = Column(String(64), nullable=False, index=True)
    rating = Column(SmallInteger, nullable=False)  # +1 / -1
    generated = Column(Boolean, nullable=False, default=False)
    sources = Column(Text, nullable=False, default="[]")  # JSON list of knowledge item ids
    created_at = Column(UTCDateTime, nullable=False, index=True)
    updated_at = Column(UTCDateTime, nullable=False)


def conversation_hash(conversation_id: str) -> str:
    return hashlib.sha256(conversation_id.encode("utf-8")).hexdigest()


def record_feedback(
    session: Session,
    *,
    message_id: str,
    conversation_id: str,
    rating: str,
    now: dt.datetime,
    generated: bool = False,
    sources: Sequence[str] = (),
) -> ChatFeedback:
    """Store (or replace) the vote on ``message_id``; the caller commits."""
    if rating not in RATINGS:
        raise FeedbackError(f"rating must be one of {sorted(RATINGS)}, got {rating!r}")
    if not isinstance(message_id, str) or not 0 < len(message_id) <= MESSAGE_ID_MAX:
        raise FeedbackError("message_id must be a non-empty string of at most 64 characters")
    if now.tzinfo is None:
        raise FeedbackError("now must be timezone-aware")
    hashed = conversation_hash(conversation_id)
    row = session.execute(
        select(ChatFeedback).where(ChatFeedback.message_id == message_id)
    ).scalar_one_or_none()
    if row is not None and row.conversation_hash != hashed:
        raise FeedbackError("message belongs to another conversation")
    if row is None:
        row = ChatFeedback(message_id=message_id, conversation_hash=hashed, created_at=now)
        session.add(row)
    row.rating = RATINGS[rating]
    row.generated = bool(generated)
    row.sources = json.dumps([str(s) for s in list(sources)[:MAX_SOURCES]], ensure_ascii=False)
    row.updated_at = now
    session.flush()
    return row


@dataclass(frozen=True)
class DailySatisfaction:
    day: dt.date  # UTC day the votes were first cast
    up: int
    down: int

    @property
    def total(self) -> int:
        return self.up + self.down

    @property
    def rate(self) -> float:
        """Share of 👍 among the day's votes (0.0 when there were none)."""
        return self.up / self.total if self.total else 0.0


def satisfaction_by_day(session: Session, since: dt.datetime) -> list[DailySatisfaction]:
    """👍/👎 counts per UTC day from ``since`` (aware) on, oldest first; days without votes omitted."""
    if since.tzinfo is None:
        raise FeedbackError("since must be timezone-aware")
    rows = session.execute(
        select(ChatFeedback.created_at, ChatFeedback.rating).where(ChatFeedback.created_at >= since)
    ).all()
    counts: dict[dt.date, list[int]] = {}
    for created_at, rating in rows:
        day = created_at.astimezone(dt.timezone.utc).date()
        up_down = counts.setdefault(day, [0, 0])
        up_down[0 if rating > 0 else 1] += 1
    return [DailySatisfaction(day, up, down) for day, (up, down) in sorted(counts.items())]


def feedback_count(session: Session) -> int:
    return session.execute(select(func.count()).select_from(ChatFeedback)).scalar_one()


def _expired(now: dt.datetime, retention_days: int) -> Any:
    if now.tzinfo is None:
        raise FeedbackError("now must be timezone-aware")
    if retention_days < 1:
        raise FeedbackError(f"retention_days must be at least 1, got {retention_days!r}")
    return ChatFeedback.created_at < now - dt.timedelta(days=retention_days)


def expired_feedback_count(session: Session, *, now: dt.datetime, retention_days: int) -> int:
    """How many votes :func:`purge_feedback` would delete (the dry run of the purge)."""
    query = select(func.count()).select_from(ChatFeedback).where(_expired(now, retention_days))
    return session.execute(query).scalar_one()


def purge_feedback(session: Session, *, now: dt.datetime, retention_days: int) -> int:
    """Delete votes older than ``retention_days``; returns how many. The caller commits.
    ``python -m bot privacy purge`` runs it (bot.privacy.retention.purge)."""
    result = session.execute(delete(ChatFeedback).where(_expired(now, retention_days)))
    return result.rowcount or 0
