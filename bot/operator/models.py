"""Tables of the operator console: accounts, sessions, login attempts, claims and audit trails.

Schema changes go through ``bot/migrations/versions/0002_console.py`` (branch ``console``). No
table here holds a citizen's personal data: conversations and tickets are referenced by id, and
notes are masked before they are stored (:func:`bot.privacy.masking.mask_text`).
"""

from __future__ import annotations

from sqlalchemy import Boolean, Column, ForeignKey, Index, Integer, String, Text

from bot.db import Base
from bot.tickets.models import UTCDateTime


class Operator(Base):
    __tablename__ = "operators"

    id = Column(Integer, primary_key=True, autoincrement=True)
    username = Column(String(64), nullable=False, unique=True)
    display_name = Column(String(64), nullable=False)
    role = Column(String(16), nullable=False)  # bot.operator.accounts.ROLES
    # "scrypt$n$r$p$salt$hash" (bot.operator.accounts.hash_password); never the password.
    password_hash = Column(String(255), nullable=False)
    active = Column(Boolean, nullable=False, default=True)
    created_at = Column(UTCDateTime, nullable=False)


class OperatorSession(Base):
    """A signed-in browser. Only the SHA-256 of the cookie's token is stored."""

    __tablename__ = "operator_sessions"

    token_hash = Column(String(64), primary_key=True)
    operator_id = Column(
        Integer, ForeignKey("operators.id", ondelete="CASCADE"), nullable=False, index=True
    )
    csrf_token = Column(String(64), nullable=False)
    created_at = Column(UTCDateTime, nullable=False)
    last_seen = Column(UTCDateTime, nullable=False)
    expires_at = Column(UTCDateTime, nullable=False, index=True)


class LoginAttempt(Base):
    """One sign-in attempt, for rate limiting: the username as a hash, the client address."""

    __tablename__ = "operator_login_attempts"

    id = Column(Integer, primary_key=True, autoincrement=True)
    username_hash = Column(String(64), nullable=False, index=True)
    remote = Column(String(64), nullable=False, index=True)
    time = Column(UTCDateTime, nullable=False, index=True)
    success = Column(Boolean, nullable=False)


class HandoverClaim(Base):
    """Which operator took one hand-over of a conversation (one row per hand-over, first wins).

    A hand-over is identified by its conversation and the time the bot set ``handoff_active``.
    """

    __tablename__ = "handover_claims"

    id = Column(Integer, primary_key=True, autoincrement=True)
    conversation_id = Column(String(255), nullable=False)
    handoff_since = Column(String(32), nullable=False)  # the slot event's timestamp, as text
    operator = Column(String(64), nullable=False)
    taken_at = Column(UTCDateTime, nullable=False)
    ended_at = Column(UTCDateTime, nullable=True)
    outcome = Column(String(16), nullable=True)  # "returned" (to the bot) or "closed"

    __table_args__ = (
        Index("uq_handover_claims_handoff", "conversation_id", "handoff_since", unique=True),
    )


class OperatorAction(Base):
    """Audit trail of what operators did and saw: ids and action names, never message text."""

    __tablename__ = "operator_actions"

    id = Column(Integer, primary_key=True, autoincrement=True)
    time = Column(UTCDateTime, nullable=False, index=True)
    operator = Column(String(64), nullable=False, index=True)
    action = Column(String(32), nullable=False)
    target = Column(String(255), nullable=True)
    detail = Column(Text, nullable=True)


class TicketStatusChange(Base):
    """Audit trail of ticket status changes made by operators (bot.tickets.workflow)."""

    __tablename__ = "ticket_status_changes"

    id = Column(Integer, primary_key=True, autoincrement=True)
    # Not a foreign key: purging a ticket must not need these rows first (no PII here).
    ticket_id = Column(String(20), nullable=False, index=True)
    time = Column(UTCDateTime, nullable=False)
    operator = Column(String(64), nullable=False)
    from_status = Column(String(8), nullable=False)
    to_status = Column(String(8), nullable=False)
    department = Column(String(64), nullable=True)
    note = Column(Text, nullable=True)  # masked
