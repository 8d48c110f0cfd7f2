"""Retention and data-subject requests over the tracker store and the tickets database.

- :func:`purge`: conversations whose last event is older than the retention period are deleted
  from the tracker store; closed tickets and past appointments of that age lose their personal
  data; web chat votes (:mod:`bot.feedback`) of that age are deleted. Deleted conversations leave audit records (event types, intents, actions, slot names,
  safety decisions; no text, no values) that are kept for ``audit_retention_days`` after the event.
- :func:`export_subject` / :func:`delete_subject`: one citizen's tickets, appointments and the
  conversations that mention their phone (found through the keyed subject hashes the tracker store
  records, since the numbers themselves are masked or encrypted there).

Every function computes what it would do and changes nothing unless ``apply=True``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import delete, func, inspect, select, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session

from bot.feedback import ChatFeedback, expired_feedback_count, purge_feedback
from bot.pii import normalize_phone
from bot.privacy.at_rest import ERASED, phone_hashes
from bot.privacy.crypto import FieldCipher
from bot.privacy.events import SUBJECT_PHONE, EventProtector, audit_detail
from bot.privacy.masking import mask_text
from bot.privacy.subjects import record_subjects
from bot.privacy.tables import conversation_audit, create_privacy_tables, events, privacy_subjects
from bot.tickets.models import Appointment, AppointmentStatus, Ticket, TicketEvent, TicketStatus

# Network logs are kept at least six months (网络安全法 Art. 21).
MIN_AUDIT_RETENTION_DAYS = 183
FINISHED_TICKETS = (TicketStatus.CLOSED.value, TicketStatus.WITHDRAWN.value)
RETENTION = "retention"
SUBJECT_REQUEST = "subject_request"
_BATCH = 500


class PrivacyRequestError(ValueError):
    """A purge/export/delete request that cannot be carried out as given."""


@dataclass
class Report:
    """Counts of what was (or, in a dry run, would be) done."""

    applied: bool
    counts: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def add(self, name: str, value: int) -> None:
        self.counts[name] = self.counts.get(name, 0) + value

    def lines(self) -> list[str]:
        out = [] if self.applied else ["dry run: nothing changed (add --yes to apply); would be:"]
        out += [f"{name.replace('_', ' ')}: {value}" for name, value in self.counts.items()]
        return out + self.notes


def _utc(now: dt.datetime | None) -> dt.datetime:
    now = now or dt.datetime.now(dt.timezone.utc)
    if now.tzinfo is None:
        raise PrivacyRequestError(f"now must be timezone-aware, got {now!r}")
    return now.astimezone(dt.timezone.utc)


def _has_table(engine: Engine, name: str) -> bool:
    return inspect(engine).has_table(name)


def _chunks(items: Sequence[str], size: int = _BATCH) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# --- tracker store ------------------------------------------------------------------------------


def _archive_and_delete(
    connection: Connection, senders: Sequence[str], reason: str, archived_at: float
) -> tuple[int, int]:
    """Write audit records for the senders' events, then delete events and subject rows."""
    archived = deleted = 0
    for batch in _chunks(senders):
        rows = connection.execute(
            select(
                events.c.sender_id,
                events.c.type_name,
                events.c.timestamp,
                events.c.intent_name,
                events.c.action_name,
                events.c.data,
            )
            .where(events.c.sender_id.in_(batch))
            .order_by(events.c.id)
        ).all()
        records = []
        for row in rows:
            try:
                data = json.loads(row.data or "{}")
            except json.JSONDecodeError:
                data = {}
            detail = audit_detail(data if isinstance(data, dict) else {})
            records.append(
                {
                    "sender_id": row.sender_id,
                    "timestamp": row.timestamp,
                    "type_name": row.type_name,
                    "intent_name": row.intent_name,
                    # Slot events name the slot here; names are no personal data.
                    "action_name": row.action_name,
                    "detail": json.dumps(detail, ensure_ascii=False) if detail else None,
                    "archived_at": archived_at,
                    "reason": reason,
                }
            )
        if records:
            connection.execute(conversation_audit.insert(), records)
        archived += len(records)
        deleted += connection.execute(delete(events).where(events.c.sender_id.in_(batch))).rowcount
        connection.execute(delete(privacy_subjects).where(privacy_subjects.c.sender_id.in_(batch)))
    return archived, deleted


def expired_conversations(tracker: Engine, cutoff: float) -> list[str]:
    """Senders whose latest event is older than ``cutoff`` (a UNIX timestamp)."""
    if not _has_table(tracker, events.name):
        return []
    with tracker.connect() as connection:
        return list(
            connection.scalars(
                select(events.c.sender_id)
                .group_by(events.c.sender_id)
                .having(func.max(events.c.timestamp) < cutoff)
                .order_by(events.c.sender_id)
            )
        )


# --- purge --------------------------------------------------------------------------------------


def purge(
    tracker: Engine,
    database: Engine | None,
    *,
    older_than_days: int,
    audit_retention_days: int = MIN_AUDIT_RETENTION_DAYS,
    now: dt.datetime | None = None,
    apply: bool = False,
) -> Report:
    """Apply the retention period to conversations, closed tickets and past appointments."""
    if older_than_days < 1:
        raise PrivacyRequestError(f"--older-than must be at least 1 day, got {older_than_days}")
    if audit_retention_days < MIN_AUDIT_RETENTION_DAYS:
        raise PrivacyRequestError(
            f"audit records are kept at least {MIN_AUDIT_RETENTION_DAYS} days (six months), "
            f"got {audit_retention_days}"
        )
    now = _utc(now)
    cutoff = now - dt.timedelta(days=older_than_days)
    audit_cutoff = (now - dt.timedelta(days=audit_retention_days)).timestamp()
    report = Report(applied=apply)

    senders = expired_conversations(tracker, cutoff.timestamp())
    report.add("conversations_deleted", len(senders))
    if apply:
        create_privacy_tables(tracker)
        with tracker.begin() as connection:
            archived, deleted = _archive_and_delete(connection, senders, RETENTION, now.timestamp())
            expired = connection.execute(
                delete(conversation_audit).where(conversation_audit.c.timestamp < audit_cutoff)
            ).rowcount
        report.add("events_deleted", deleted)
        report.add("audit_records_written", archived)
        report.add("audit_records_expired", expired)
    else:
        if senders:
            with tracker.connect() as connection:
                report.add(
                    "events_deleted",
                    sum(
                        connection.scalar(
                            select(func.count())
                            .select_from(events)
                            .where(events.c.sender_id.in_(batch))
                        )
                        or 0
                        for batch in _chunks(senders)
                    ),
                )
        if _has_table(tracker, conversation_audit.name):
            with tracker.connect() as connection:
                report.add(
                    "audit_records_expired",
                    connection.scalar(
                        select(func.count())
                        .select_from(conversation_audit)
                        .where(conversation_audit.c.timestamp < audit_cutoff)
                    )
                    or 0,
                )
    if database is not None:
        _purge_feedback(database, now, older_than_days, report, apply)
    database = _tickets_database(database, report)
    if database is not None:
        _purge_tickets(database, cutoff, report, apply)
    return report


def _purge_feedback(
    database: Engine, now: dt.datetime, older_than_days: int, report: Report, apply: bool
) -> None:
    """Web chat votes (:mod:`bot.feedback`) older than the retention period are deleted."""
    if not _has_table(database, ChatFeedback.__tablename__):
        return
    with Session(database, future=True) as session:
        if apply:
            deleted = purge_feedback(session, now=now, retention_days=older_than_days)
            session.commit()
        else:
            deleted = expired_feedback_count(session, now=now, retention_days=older_than_days)
    report.add("feedback_votes_deleted", deleted)


def _blank_tickets(connection: Connection, ids: Sequence[str]) -> int:
    for batch in _chunks(ids):
        connection.execute(
            update(Ticket.__table__)
            .where(Ticket.__table__.c.id.in_(batch))
            .values(description=ERASED, address=None, phone=ERASED, phone_hash=None, summary=None)
        )
        notes = connection.execute(
            select(TicketEvent.__table__.c.id, TicketEvent.__table__.c.note).where(
                TicketEvent.__table__.c.ticket_id.in_(batch),
                TicketEvent.__table__.c.note.is_not(None),
            )
        ).all()
        for note_id, note in notes:
            masked = mask_text(note)
            if masked != note:
                connection.execute(
                    update(TicketEvent.__table__)
                    .where(TicketEvent.__table__.c.id == note_id)
                    .values(note=masked)
                )
    return len(ids)


def _tickets_database(database: Engine | None, report: Report) -> Engine | None:
    """``database`` when it holds the ticket tables (a database never migrated holds nothing)."""
    if database is None:
        return None
    if not (_has_table(database, Ticket.__tablename__) and _has_table(database, "appointments")):
        report.notes.append("tickets database has no ticket tables: nothing to do there")
        return None
    return database


def _purge_tickets(database: Engine, cutoff: dt.datetime, report: Report, apply: bool) -> None:
    tickets = Ticket.__table__
    appointments = Appointment.__table__
    with database.begin() as connection:
        ids = list(
            connection.scalars(
                select(tickets.c.id).where(
                    tickets.c.status.in_(FINISHED_TICKETS),
                    tickets.c.updated_at < cutoff,
                    tickets.c.phone != ERASED,
                )
            )
        )
        report.add("closed_tickets_blanked", len(ids))
        numbers = list(
            connection.scalars(
                select(appointments.c.confirmation_number).where(
                    appointments.c.date < cutoff.date(), appointments.c.phone != ERASED
                )
            )
        )
        report.add("past_appointments_blanked", len(numbers))
        if apply:
            _blank_tickets(connection, ids)
            for batch in _chunks(numbers):
                connection.execute(
                    update(appointments)
                    .where(appointments.c.confirmation_number.in_(batch))
                    .values(phone=ERASED, phone_hash=None)
                )


# --- protecting what was stored before -----------------------------------------------------------


def protect_existing(tracker: Engine, cipher: FieldCipher, *, apply: bool = False) -> Report:
    """Mask and encrypt events written before the privacy tracker store was configured (Rasa's
    plain SQL store keeps everything in clear), and index their subjects. Idempotent."""
    report = Report(applied=apply)
    if not _has_table(tracker, events.name):
        report.notes.append("the tracker database has no events table: nothing to protect")
        return report
    if apply:
        create_privacy_tables(tracker)
    protector = EventProtector(cipher)
    last_id, changed, conversations = 0, 0, set()
    while True:
        with tracker.begin() as connection:
            rows = connection.execute(
                select(events.c.id, events.c.sender_id, events.c.timestamp, events.c.data)
                .where(events.c.id > last_id)
                .order_by(events.c.id)
                .limit(_BATCH)
            ).all()
            if not rows:
                break
            for row in rows:
                last_id = row.id
                try:
                    data = json.loads(row.data or "{}")
                except json.JSONDecodeError:
                    continue
                if not isinstance(data, dict):
                    continue
                stored, refs = protector.protect(data)
                if stored == data:
                    continue
                changed += 1
                conversations.add(row.sender_id)
                if apply:
                    connection.execute(
                        update(events).where(events.c.id == row.id).values(data=json.dumps(stored))
                    )
                    record_subjects(connection, row.sender_id, refs, float(row.timestamp or 0))
    report.add("events_protected", changed)
    report.add("conversations_affected", len(conversations))
    return report


# --- data-subject requests ----------------------------------------------------------------------


def _phone(phone: str) -> str:
    normalised = normalize_phone(phone or "")
    if normalised is None:
        raise PrivacyRequestError(
            f"not a phone number: {mask_text(phone)!r} (a mobile or a landline with area code)"
        )
    return normalised


def subject_conversations(tracker: Engine, cipher: FieldCipher, phone: str) -> list[str]:
    """Conversations whose events mentioned ``phone`` (text, entities or slots)."""
    if not _has_table(tracker, privacy_subjects.name):
        return []
    hashes = cipher.subject_hashes(SUBJECT_PHONE, _phone(phone))
    with tracker.connect() as connection:
        return list(
            connection.scalars(
                select(privacy_subjects.c.sender_id)
                .where(
                    privacy_subjects.c.kind == SUBJECT_PHONE,
                    privacy_subjects.c.subject_hash.in_(hashes),
                )
                .distinct()
                .order_by(privacy_subjects.c.sender_id)
            )
        )


def _json_ready(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, dt.date | dt.datetime) else v for k, v in row.items()}


def export_subject(
    tracker: Engine, database: Engine | None, cipher: FieldCipher, phone: str
) -> dict[str, Any]:
    """Everything stored about the citizen with ``phone``, as JSON-ready data.

    Conversation events come back as stored, with the encrypted slots decrypted (old messages
    stay masked: the unmasked text is not kept anywhere).
    """
    normalised = _phone(phone)
    result: dict[str, Any] = {
        "phone": normalised,
        "tickets": [],
        "appointments": [],
        "conversations": [],
    }
    if _tickets_database(database, Report(applied=False)) is not None:
        assert database is not None
        hashes = phone_hashes(normalised, cipher)
        tickets, history, appointments = (
            Ticket.__table__,
            TicketEvent.__table__,
            Appointment.__table__,
        )
        with database.connect() as connection:
            for row in connection.execute(
                select(tickets).where(tickets.c.phone_hash.in_(hashes)).order_by(tickets.c.id)
            ).mappings():
                ticket = _json_ready(dict(row))
                ticket.pop("phone_hash", None)
                ticket["history"] = [
                    _json_ready(dict(event))
                    for event in connection.execute(
                        select(history.c.time, history.c.status, history.c.note)
                        .where(history.c.ticket_id == row["id"])
                        .order_by(history.c.time, history.c.id)
                    ).mappings()
                ]
                result["tickets"].append(ticket)
            result["appointments"] = [
                {k: v for k, v in _json_ready(dict(row)).items() if k != "phone_hash"}
                for row in connection.execute(
                    select(appointments)
                    .where(appointments.c.phone_hash.in_(hashes))
                    .order_by(appointments.c.date)
                ).mappings()
            ]
    protector = EventProtector(cipher)
    senders = subject_conversations(tracker, cipher, normalised)
    with tracker.connect() as connection:
        for sender in senders:  # senders exist only where the tracker tables do
            stored = connection.scalars(
                select(events.c.data).where(events.c.sender_id == sender).order_by(events.c.id)
            ).all()
            result["conversations"].append(
                {
                    "sender_id": sender,
                    "events": [protector.reveal(json.loads(data)) for data in stored],
                }
            )
    return result


def delete_subject(
    tracker: Engine,
    database: Engine | None,
    cipher: FieldCipher,
    phone: str,
    *,
    include_open: bool = False,
    now: dt.datetime | None = None,
    apply: bool = False,
) -> Report:
    """Delete the citizen's conversations and blank the personal data of their tickets and
    appointments. Open tickets and future appointments are only touched with ``include_open``
    (the hotline still has to call back / the citizen still has the booking)."""
    normalised = _phone(phone)
    now = _utc(now)
    report = Report(applied=apply)
    senders = subject_conversations(tracker, cipher, normalised)
    report.add("conversations_deleted", len(senders))
    if apply and senders:
        with tracker.begin() as connection:
            archived, deleted = _archive_and_delete(
                connection, senders, SUBJECT_REQUEST, now.timestamp()
            )
        report.add("events_deleted", deleted)
        report.add("audit_records_written", archived)
    database = _tickets_database(database, report)
    if database is None:
        return report
    tickets, appointments = Ticket.__table__, Appointment.__table__
    today = now.date()
    with database.begin() as connection:
        rows = connection.execute(
            select(tickets.c.id, tickets.c.status).where(
                tickets.c.phone_hash.in_(phone_hashes(normalised, cipher))
            )
        ).all()
        finished = [r.id for r in rows if r.status in FINISHED_TICKETS]
        open_ids = [r.id for r in rows if r.status not in FINISHED_TICKETS]
        chosen = finished + (open_ids if include_open else [])
        report.add("tickets_blanked", len(chosen))
        if open_ids and not include_open:
            report.notes.append(
                f"{len(open_ids)} open ticket(s) kept ({', '.join(open_ids)}): the hotline still "
                "has to answer them; add --include-open to blank them too"
            )
        booked = connection.execute(
            select(
                appointments.c.confirmation_number, appointments.c.date, appointments.c.status
            ).where(appointments.c.phone_hash.in_(phone_hashes(normalised, cipher)))
        ).all()
        upcoming = [
            b.confirmation_number
            for b in booked
            if b.date >= today and b.status == AppointmentStatus.BOOKED.value
        ]
        done = [b.confirmation_number for b in booked if b.confirmation_number not in upcoming]
        chosen_appointments = done + (upcoming if include_open else [])
        report.add("appointments_blanked", len(chosen_appointments))
        if upcoming and not include_open:
            report.notes.append(
                f"{len(upcoming)} upcoming appointment(s) kept ({', '.join(upcoming)}); "
                "add --include-open to cancel and blank them"
            )
        if apply:
            _blank_tickets(connection, chosen)
            for batch in _chunks(chosen_appointments):
                connection.execute(
                    update(appointments)
                    .where(appointments.c.confirmation_number.in_(batch))
                    .values(phone=ERASED, phone_hash=None)
                )
            cancelled = [n for n in chosen_appointments if n in upcoming]
            for batch in _chunks(cancelled):
                connection.execute(
                    update(appointments)
                    .where(appointments.c.confirmation_number.in_(batch))
                    .values(status=AppointmentStatus.CANCELLED.value)
                )
    return report


def report_dict(report: Report) -> dict[str, Any]:
    return asdict(report)
