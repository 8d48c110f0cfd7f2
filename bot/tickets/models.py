"""Tables for tickets, their history, appointments and the per-day number sequences.

Personal data (a ticket's description, address, phone and summary; an appointment's phone) is
encrypted at rest (:class:`bot.privacy.at_rest.EncryptedText`: the ORM reads and writes plain text)
and each row keeps ``phone_hash``, the keyed hash of the normalised phone that lookups by phone use
(:func:`bot.privacy.at_rest.phone_hashes`); it is set from ``phone`` whenever the ORM writes one.

Timestamps are stored timezone-aware in UTC (:class:`UTCDateTime` also normalises SQLite, which
keeps no offset). Schema changes go through ``bot/migrations/versions/0002_tickets.py`` and its successors.
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    event,
)
from sqlalchemy.types import TypeDecorator

from bot.db import Base
from bot.privacy.at_rest import EncryptedText, phone_hash


class TicketStatus(str, enum.Enum):
    RECEIVED = "受理"
    DISPATCHED = "已派单"
    IN_PROGRESS = "处理中"
    CLOSED = "已办结"
    WITHDRAWN = "已撤销"


class AppointmentStatus(str, enum.Enum):
    BOOKED = "已预约"
    CANCELLED = "已取消"


class UTCDateTime(TypeDecorator):
    """Aware datetimes in, aware UTC datetimes out, on every backend (SQLite drops offsets)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: pass a timezone-aware value")
        value = value.astimezone(dt.timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: dt.datetime | None, dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.timezone.utc)
        return value.astimezone(dt.timezone.utc)


class SequenceCounter(Base):
    """Last number handed out per key, e.g. ``GD20261128`` -> 17 (the 17th ticket that day).

    Incrementing this row inside the transaction that inserts the ticket serialises allocation:
    PostgreSQL holds the row lock until commit, SQLite holds the database write lock.
    """

    __tablename__ = "sequence_counters"

    key = Column(String(32), primary_key=True)
    value = Column(Integer, nullable=False)


class Ticket(Base):
    __tablename__ = "tickets"

    id = Column(String(20), primary_key=True)  # GD + yyyymmdd + 4-digit sequence
    description = Column(EncryptedText, nullable=False)
    # Callback requests made outside agent hours carry no location.
    district = Column(String(16), nullable=True)
    address = Column(EncryptedText, nullable=True)
    phone = Column(EncryptedText, nullable=False)
    phone_hash = Column(String(64), nullable=True, index=True)
    status = Column(String(8), nullable=False, default=TicketStatus.RECEIVED.value)
    department = Column(String(64), nullable=True)  # set by routing/dispatch
    summary = Column(EncryptedText, nullable=True)
    channel = Column(String(32), nullable=False)
    conversation_id = Column(String(128), nullable=False, index=True)
    created_at = Column(UTCDateTime, nullable=False)
    updated_at = Column(UTCDateTime, nullable=False)
    # bot.idempotency.submission_key of the form submission that filed it (None outside forms).
    submission_key = Column(String(64), nullable=True)

    __table_args__ = (Index("uq_tickets_submission_key", "submission_key", unique=True),)


class TicketEvent(Base):
    __tablename__ = "ticket_events"

    id = Column(Integer, primary_key=True, autoincrement=True)
    ticket_id = Column(
        String(20), ForeignKey("tickets.id", ondelete="CASCADE"), nullable=False, index=True
    )
    time = Column(UTCDateTime, nullable=False)
    status = Column(String(8), nullable=False)
    note = Column(Text, nullable=True)


class Appointment(Base):
    __tablename__ = "appointments"

    confirmation_number = Column(String(20), primary_key=True)  # YY + yyyymmdd + sequence
    service_item = Column(String(40), nullable=False)
    centre_id = Column(String(32), nullable=False)
    date = Column(Date, nullable=False)
    half_day = Column(String(2), nullable=True)  # "am", "pm" or None (any time that day)
    phone = Column(EncryptedText, nullable=False)
    phone_hash = Column(String(64), nullable=True)
    status = Column(String(8), nullable=False, default=AppointmentStatus.BOOKED.value)
    created_at = Column(UTCDateTime, nullable=False)
    submission_key = Column(String(64), nullable=True)  # as Ticket.submission_key

    __table_args__ = (
        Index("ix_appointments_centre_date", "centre_id", "date"),
        Index("uq_appointments_submission_key", "submission_key", unique=True),
        Index("ix_appointments_phone_hash", "phone_hash"),
    )


class TicketCheckAttempt(Base):
    """One answer to "the last four digits of the phone on the ticket" (bot.tickets.ownership).

    Wrong answers in the lock-out window are counted per sender and per ticket. No digits and no
    sender id are stored: the sender is kept as a SHA-256 hash.
    """

    __tablename__ = "ticket_check_attempts"

    id = Column(Integer, primary_key=True, autoincrement=True)
    # Not a foreign key: purging a ticket must not need these rows first, and they hold no PII.
    ticket_id = Column(String(20), nullable=False, index=True)
    sender_hash = Column(String(64), nullable=False, index=True)
    time = Column(UTCDateTime, nullable=False, index=True)
    success = Column(Boolean, nullable=False)


def _set_phone_hash(mapper, connection, target) -> None:  # noqa: ANN001 - SQLAlchemy signature
    target.phone_hash = phone_hash(target.phone)


for _model in (Ticket, Appointment):
    event.listen(_model, "before_insert", _set_phone_hash)
    event.listen(_model, "before_update", _set_phone_hash)
