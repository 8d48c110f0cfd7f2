"""Create, read and advance tickets. Plain dataclasses go out; ORM objects stay inside.

Ticket ids are ``GD`` + the local date (hotline timezone) + a 4-digit per-day sequence, e.g.
``GD202611280001``. Status changes follow :data:`TRANSITIONS` and each one is recorded as a
:class:`TicketEventView` in the ticket's history.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from bot.tickets.models import Ticket, TicketEvent, TicketStatus
from bot.tickets.sequences import next_value, run_with_retry

TICKET_PREFIX = "GD"
MAX_PER_DAY = 9999
DEFAULT_TIMEZONE = "Asia/Shanghai"
# What the caller is told happens next (working days).
DISPATCH_WORKING_DAYS = 1
REPLY_WORKING_DAYS = 5

# Allowed status changes. 已派单 -> 受理 is a department sending a ticket back for re-dispatch.
TRANSITIONS: dict[TicketStatus, frozenset[TicketStatus]] = {
    TicketStatus.RECEIVED: frozenset({TicketStatus.DISPATCHED, TicketStatus.WITHDRAWN}),
    TicketStatus.DISPATCHED: frozenset(
        {TicketStatus.IN_PROGRESS, TicketStatus.RECEIVED, TicketStatus.WITHDRAWN}
    ),
    TicketStatus.IN_PROGRESS: frozenset({TicketStatus.CLOSED}),
    TicketStatus.CLOSED: frozenset(),
    TicketStatus.WITHDRAWN: frozenset(),
}


class TicketError(ValueError):
    """A ticket request that cannot be carried out; the message says why."""


class TicketNotFound(TicketError):
    pass


class InvalidTransition(TicketError):
    pass


@dataclass(frozen=True)
class TicketEventView:
    time: dt.datetime
    status: str
    note: str | None


@dataclass(frozen=True)
class TicketView:
    id: str
    description: str
    district: str | None
    address: str | None
    phone: str
    status: str
    department: str | None
    summary: str | None
    channel: str
    conversation_id: str
    created_at: dt.datetime
    updated_at: dt.datetime
    history: tuple[TicketEventView, ...] = ()


def _utc_now(now: dt.datetime | None) -> dt.datetime:
    if now is None:
        return dt.datetime.now(dt.timezone.utc)
    if now.tzinfo is None:
        raise TicketError(f"now must be timezone-aware, got {now!r}")
    return now.astimezone(dt.timezone.utc)


def _view(ticket: Ticket, events: list[TicketEvent]) -> TicketView:
    return TicketView(
        id=ticket.id,
        description=ticket.description,
        district=ticket.district,
        address=ticket.address,
        phone=ticket.phone,
        status=ticket.status,
        department=ticket.department,
        summary=ticket.summary,
        channel=ticket.channel,
        conversation_id=ticket.conversation_id,
        created_at=ticket.created_at,
        updated_at=ticket.updated_at,
        history=tuple(TicketEventView(e.time, e.status, e.note) for e in events),
    )


def _required(name: str, value: str | None) -> str:
    value = (value or "").strip()
    if not value:
        raise TicketError(f"{name} must not be empty")
    return value


def create_ticket(
    engine: Engine,
    *,
    description: str,
    district: str | None,
    address: str | None,
    phone: str,
    conversation_id: str,
    channel: str,
    department: str | None = None,
    summary: str | None = None,
    now: dt.datetime | None = None,
    timezone: str = DEFAULT_TIMEZONE,
    submission_key: str | None = None,
) -> TicketView:
    """Store a new ticket in status 受理 with its first history row, and return it.

    With a ``submission_key`` (:func:`bot.idempotency.submission_key`) the ticket already filed
    under that key is returned instead of a second one: a retried submission is not doubled, also
    when two copies race (the key's unique index makes the loser retry and find the winner's).
    """
    description = _required("description", description)
    phone = _required("phone", phone)
    conversation_id = _required("conversation_id", conversation_id)
    channel = _required("channel", channel)
    created = _utc_now(now)
    day_key = TICKET_PREFIX + created.astimezone(ZoneInfo(timezone)).strftime("%Y%m%d")

    def work(session: Session) -> TicketView:
        if submission_key is not None:
            filed = _by_submission_key(session, submission_key)
            if filed is not None:
                return filed
        sequence = next_value(session, day_key)
        if sequence > MAX_PER_DAY:
            raise TicketError(f"ticket numbers for {day_key} are exhausted ({MAX_PER_DAY} per day)")
        ticket = Ticket(
            id=f"{day_key}{sequence:04d}",
            description=description,
            district=district,
            address=address,
            phone=phone,
            status=TicketStatus.RECEIVED.value,
            department=department,
            summary=summary,
            channel=channel,
            conversation_id=conversation_id,
            created_at=created,
            updated_at=created,
            submission_key=submission_key,
        )
        event = TicketEvent(
            ticket_id=ticket.id, time=created, status=ticket.status, note="工单已受理"
        )
        session.add(ticket)
        session.flush()
        session.add(event)
        session.flush()
        return _view(ticket, [event])

    return run_with_retry(engine, work)


def _events(session: Session, ticket_id: str) -> list[TicketEvent]:
    return list(
        session.scalars(
            select(TicketEvent)
            .where(TicketEvent.ticket_id == ticket_id)
            .order_by(TicketEvent.time, TicketEvent.id)
        ).all()
    )


def _by_submission_key(session: Session, key: str) -> TicketView | None:
    ticket = session.scalars(select(Ticket).where(Ticket.submission_key == key)).first()
    return None if ticket is None else _view(ticket, _events(session, ticket.id))


def get_ticket(engine: Engine, ticket_id: str) -> TicketView | None:
    """The ticket with its history (oldest first), or ``None`` when the id is unknown."""
    with Session(engine, future=True) as session:
        ticket = session.get(Ticket, ticket_id)
        if ticket is None:
            return None
        return _view(ticket, _events(session, ticket_id))


def update_status(
    engine: Engine,
    ticket_id: str,
    status: TicketStatus | str,
    *,
    note: str | None = None,
    department: str | None = None,
    now: dt.datetime | None = None,
) -> TicketView:
    """Move a ticket to ``status`` (operators), recording the change; invalid moves raise."""
    try:
        target = TicketStatus(status)
    except ValueError as e:
        known = "、".join(s.value for s in TicketStatus)
        raise TicketError(f"unknown ticket status {status!r}; known: {known}") from e
    if target is TicketStatus.DISPATCHED and not (department and department.strip()):
        raise TicketError("dispatching a ticket (已派单) needs the department it goes to")
    changed = _utc_now(now)
    with Session(engine, future=True) as session, session.begin():
        ticket = session.get(Ticket, ticket_id, with_for_update=True)
        if ticket is None:
            raise TicketNotFound(f"no ticket {ticket_id!r}")
        current = TicketStatus(ticket.status)
        if target not in TRANSITIONS[current]:
            allowed = "、".join(s.value for s in TRANSITIONS[current]) or "无"
            raise InvalidTransition(
                f"ticket {ticket_id}: cannot change {current.value} -> {target.value} "
                f"(allowed: {allowed})"
            )
        ticket.status = target.value
        if department:
            ticket.department = department.strip()
        ticket.updated_at = changed
        session.add(TicketEvent(ticket_id=ticket_id, time=changed, status=target.value, note=note))
    view = get_ticket(engine, ticket_id)
    assert view is not None
    return view
