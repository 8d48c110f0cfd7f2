"""Operators' side of tickets: listing with filters, and status changes with an audit trail.

Status changes go through :func:`bot.tickets.service.update_status` (its transitions, history row
and department rule), so ``check_ticket`` reports them to the citizen, note included. Each change
made here is also written to :class:`bot.operator.models.TicketStatusChange` with the operator's
name and the time. Notes are shown to the citizen; phone, ID and card numbers in them are masked.

The labels operators see follow the 12345 workflow 受理 → 派发 → 办理中 → 办结; the stored values
are :class:`bot.tickets.models.TicketStatus` (受理, 已派单, 处理中, 已办结, 已撤销).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from bot.operator.models import TicketStatusChange
from bot.privacy.masking import mask_text
from bot.tickets.models import Ticket, TicketStatus
from bot.tickets.service import (
    TRANSITIONS,
    TicketError,
    TicketNotFound,
    TicketView,
    get_ticket,
    update_status,
)

# What operators see for each status (the action that leads to it).
STATUS_LABELS: dict[str, str] = {
    TicketStatus.RECEIVED.value: "受理",
    TicketStatus.DISPATCHED.value: "派发",
    TicketStatus.IN_PROGRESS.value: "办理中",
    TicketStatus.CLOSED.value: "办结",
    TicketStatus.WITHDRAWN.value: "撤销",
}
MAX_NOTE_CHARS = 500
MAX_PAGE = 200


@dataclass(frozen=True)
class StatusChangeView:
    time: dt.datetime
    operator: str
    from_status: str
    to_status: str
    department: str | None
    note: str | None


def next_statuses(status: str) -> list[str]:
    """The statuses a ticket in ``status`` may move to, in workflow order."""
    try:
        current = TicketStatus(status)
    except ValueError:
        return []
    allowed = TRANSITIONS[current]
    return [s.value for s in TicketStatus if s in allowed]


def change_status(
    engine: Engine,
    ticket_id: str,
    status: str,
    *,
    operator: str,
    note: str | None = None,
    department: str | None = None,
    now: dt.datetime | None = None,
) -> TicketView:
    """Move a ticket on (see ``TRANSITIONS``), as ``operator``; returns the updated ticket.

    Raises :class:`~bot.tickets.service.TicketError` (unknown ticket, invalid move, 派发 without
    a department, empty operator, note too long).
    """
    operator = (operator or "").strip()
    if not operator:
        raise TicketError("a status change needs the operator's name")
    note = (note or "").strip() or None
    if note is not None:
        if len(note) > MAX_NOTE_CHARS:
            raise TicketError(f"note is longer than {MAX_NOTE_CHARS} characters")
        note = mask_text(note)
    department = (department or "").strip() or None
    when = (now or dt.datetime.now(dt.timezone.utc)).astimezone(dt.timezone.utc)
    before = get_ticket(engine, ticket_id)
    if before is None:
        raise TicketNotFound(f"no ticket {ticket_id!r}")
    after = update_status(engine, ticket_id, status, note=note, department=department, now=when)
    with Session(engine, future=True) as session, session.begin():
        session.add(
            TicketStatusChange(
                ticket_id=ticket_id,
                time=when,
                operator=operator[:64],
                from_status=before.status,
                to_status=after.status,
                department=department,
                note=note,
            )
        )
    return after


def status_changes(engine: Engine, ticket_id: str) -> list[StatusChangeView]:
    """The operators' changes of one ticket, oldest first."""
    with Session(engine, future=True) as session:
        rows = session.scalars(
            select(TicketStatusChange)
            .where(TicketStatusChange.ticket_id == ticket_id)
            .order_by(TicketStatusChange.time, TicketStatusChange.id)
        )
        return [
            StatusChangeView(r.time, r.operator, r.from_status, r.to_status, r.department, r.note)
            for r in rows
        ]


@dataclass(frozen=True)
class TicketPage:
    tickets: list[TicketView]
    total: int


def list_tickets(
    engine: Engine,
    *,
    status: str | None = None,
    district: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    timezone: str = "Asia/Shanghai",
    limit: int = 50,
    offset: int = 0,
) -> TicketPage:
    """Tickets newest first, filtered by status, district and local creation date (inclusive)."""
    zone = ZoneInfo(timezone)
    conditions = []
    if status:
        conditions.append(Ticket.status == status)
    if district:
        conditions.append(Ticket.district == district)
    if date_from:
        start = dt.datetime.combine(date_from, dt.time(0), zone).astimezone(dt.timezone.utc)
        conditions.append(Ticket.created_at >= start)
    if date_to:
        end = dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time(0), zone)
        conditions.append(Ticket.created_at < end.astimezone(dt.timezone.utc))
    limit = max(1, min(limit, MAX_PAGE))
    with Session(engine, future=True) as session:
        total = session.scalar(select(func.count()).select_from(Ticket).where(*conditions)) or 0
        ids = list(
            session.scalars(
                select(Ticket.id)
                .where(*conditions)
                .order_by(Ticket.created_at.desc(), Ticket.id.desc())
                .limit(limit)
                .offset(max(0, offset))
            )
        )
    tickets = [t for t in (get_ticket(engine, i) for i in ids) if t is not None]
    return TicketPage(tickets, int(total))


def districts_in_use(engine: Engine) -> list[str]:
    with Session(engine, future=True) as session:
        return sorted(d for d in session.scalars(select(Ticket.district).distinct()) if d)
