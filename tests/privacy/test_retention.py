"""Retention purge and data-subject export/delete, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
import uuid

import pytest
from privacy_helpers import Citizen, make_citizen, scan_database
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.cli import main
from bot.db import make_engine, migrate
from bot.privacy.at_rest import phone_hashes
from bot.privacy.crypto import FieldCipher
from bot.privacy.retention import (
    ERASED,
    PrivacyRequestError,
    delete_subject,
    export_subject,
    purge,
)
from bot.privacy.tables import conversation_audit, events
from bot.settings import PROJECT_ROOT
from bot.tickets.models import Appointment, Ticket, TicketEvent, TicketStatus
from bot.tickets.service import create_ticket, get_ticket, update_status
from custom_components.privacy_tracker_store import PrivacySQLTrackerStore

DOMAIN = Domain.load(str(PROJECT_ROOT / "domain.yml"))
NOW = dt.datetime.now(dt.timezone.utc)
# Past the 180-day retention, inside the 183-day audit period: the audit records are kept.
OLD = NOW - dt.timedelta(days=181)
RECENT = NOW - dt.timedelta(days=3)


def _conversation(citizen: Citizen, when: dt.datetime) -> list:
    t = when.timestamp()
    return [
        ActionExecuted("action_listen", timestamp=t),
        UserUttered(
            f"我要投诉，电话{citizen.spaced_phone}，身份证{citizen.id_number}",
            intent={"name": "file_complaint", "confidence": 0.9},
            parse_data={
                "text": f"电话{citizen.phone}",
                "intent": {"name": "file_complaint", "confidence": 0.9},
                "entities": [{"entity": "phone_number", "value": citizen.phone}],
                "policy": {"level": "safe", "category": None, "reason": "no rule"},
            },
            timestamp=t + 1,
        ),
        SlotSet("phone_number", citizen.phone, timestamp=t + 2),
        SlotSet("address", "湖滨东路36号", timestamp=t + 2),
        BotUttered(f"已记录电话{citizen.phone}", timestamp=t + 3),
    ]


@pytest.fixture(params=["sqlite", "postgresql"])
def stores(request, tmp_path, data_key):
    if request.param == "sqlite":
        tracker_url = f"sqlite:///{tmp_path / 'tracker.db'}"
        db_url = f"sqlite:///{tmp_path / 'minsheng.db'}"
        store = PrivacySQLTrackerStore(
            domain=DOMAIN, dialect="sqlite", db=str(tmp_path / "tracker.db")
        )
    else:
        tracker_url = request.getfixturevalue("tracker_postgres_url")
        db_url = request.getfixturevalue("postgres_url")
        store = PrivacySQLTrackerStore(domain=DOMAIN, dialect="postgresql", host=tracker_url)
    migrate(db_url)
    return request.param, store, make_engine(tracker_url), make_engine(db_url), tracker_url, db_url


async def _save(store, sender: str, citizen: Citizen, when: dt.datetime) -> None:
    await store.save(
        DialogueStateTracker.from_events(sender, _conversation(citizen, when), slots=DOMAIN.slots)
    )


def _ticket(db, citizen: Citizen, when: dt.datetime, close: bool) -> str:
    ticket = create_ticket(
        db,
        description=f"噪音扰民，回电{citizen.phone}",
        district="南湖区",
        address="湖滨东路36号",
        phone=citizen.phone,
        conversation_id="c-" + uuid.uuid4().hex[:8],
        channel="rest",
        now=when,
    )
    if close:
        update_status(db, ticket.id, TicketStatus.DISPATCHED, department="城管局", now=when)
        update_status(db, ticket.id, TicketStatus.IN_PROGRESS, now=when)
        update_status(db, ticket.id, TicketStatus.CLOSED, note=f"已回电{citizen.phone}", now=when)
    return ticket.id


def _appointment(db, citizen: Citizen, day: dt.date) -> str:
    number = "YY" + uuid.uuid4().hex[:12].upper()
    with Session(db, future=True) as session, session.begin():
        session.add(
            Appointment(
                confirmation_number=number,
                service_item="residence_permit",
                centre_id="nanhu",
                date=day,
                phone=citizen.phone,
                status="已预约",
                created_at=NOW,
            )
        )
    return number


def _senders(tracker) -> set[str]:
    with tracker.connect() as connection:
        return set(connection.scalars(select(events.c.sender_id).distinct()))


async def test_purge_deletes_old_conversations_and_blanks_closed_tickets(stores) -> None:
    backend, store, tracker, db, tracker_url, db_url = stores
    a, b = make_citizen(), make_citizen()
    old_sender, new_sender = f"old-{uuid.uuid4().hex[:8]}", f"new-{uuid.uuid4().hex[:8]}"
    await _save(store, old_sender, a, OLD)
    await _save(store, new_sender, b, RECENT)
    old_closed = _ticket(db, a, OLD, close=True)
    old_open = _ticket(db, a, OLD, close=False)
    new_closed = _ticket(db, b, RECENT, close=True)
    past = _appointment(db, a, OLD.date())
    upcoming = _appointment(db, b, (NOW + dt.timedelta(days=3)).date())
    # An audit record older than the audit period, one younger.
    with tracker.begin() as connection:
        connection.execute(
            conversation_audit.insert(),
            [
                {
                    "sender_id": "gone",
                    "timestamp": (NOW - dt.timedelta(days=190)).timestamp(),
                    "type_name": "user",
                    "archived_at": 0.0,
                    "reason": "retention",
                },
                {
                    "sender_id": "kept",
                    "timestamp": (NOW - dt.timedelta(days=150)).timestamp(),
                    "type_name": "user",
                    "archived_at": 0.0,
                    "reason": "retention",
                },
            ],
        )

    dry = purge(tracker, db, older_than_days=180, now=NOW, apply=False)
    assert not dry.applied and dry.counts["conversations_deleted"] >= 1
    assert (
        dry.counts["closed_tickets_blanked"] >= 1 and dry.counts["past_appointments_blanked"] >= 1
    )
    assert old_sender in _senders(tracker)
    assert get_ticket(db, old_closed).phone == a.phone

    # Through the command line, as an operator runs it.
    code = main(["privacy", "purge", "--older-than", "180", "--yes",
                 "--tracker-db", tracker_url, "--db", db_url])  # fmt: skip
    assert code == 0
    senders = _senders(tracker)
    assert old_sender not in senders and new_sender in senders
    blanked = get_ticket(db, old_closed)
    assert (blanked.phone, blanked.description, blanked.address) == (ERASED, ERASED, None)
    assert blanked.status == TicketStatus.CLOSED.value and len(blanked.history) == 4
    assert all(a.phone not in (e.note or "") for e in blanked.history)
    assert get_ticket(db, old_open).phone == a.phone  # still being handled
    assert get_ticket(db, new_closed).phone == b.phone  # not old enough
    with Session(db, future=True) as session:
        assert session.get(Appointment, past).phone == ERASED
        assert session.get(Appointment, upcoming).phone == b.phone
    with tracker.connect() as connection:
        audit = (
            connection.execute(
                select(conversation_audit).where(
                    conversation_audit.c.sender_id.in_([old_sender, "gone", "kept"])
                )
            )
            .mappings()
            .all()
        )
    kept = {row["sender_id"] for row in audit}
    assert kept == {old_sender, "kept"}
    archived = [row for row in audit if row["sender_id"] == old_sender]
    assert [row["type_name"] for row in archived] == ["action", "user", "slot", "slot", "bot"]
    user = next(row for row in archived if row["type_name"] == "user")
    assert user["intent_name"] == "file_complaint"
    assert json.loads(user["detail"])["policy"]["level"] == "safe"
    if backend == "sqlite":
        # Nothing of citizen A is left in clear, not even the open ticket (encrypted at rest),
        # which is still found by the keyed hash of the phone.
        assert scan_database(db, a.raw_forms()) == []
        with Session(db, future=True) as session:
            found = session.scalars(
                select(Ticket).where(Ticket.phone_hash.in_(phone_hashes(a.spaced_phone)))
            ).all()
            assert [t.phone for t in found] == [a.phone]
    assert scan_database(tracker, a.raw_forms()) == []


async def test_export_and_delete_one_citizen(stores, capsys) -> None:
    backend, store, tracker, db, tracker_url, db_url = stores
    a, b = make_citizen(), make_citizen()
    a_senders = [f"a-{uuid.uuid4().hex[:8]}" for _ in range(2)]
    b_sender = f"b-{uuid.uuid4().hex[:8]}"
    for sender in a_senders:
        await _save(store, sender, a, RECENT)
    await _save(store, b_sender, b, RECENT)
    closed = _ticket(db, a, RECENT, close=True)
    open_id = _ticket(db, a, RECENT, close=False)
    b_ticket = _ticket(db, b, RECENT, close=True)
    upcoming = _appointment(db, a, (NOW + dt.timedelta(days=2)).date())
    cipher = FieldCipher.from_environment()

    exported = export_subject(tracker, db, cipher, a.spaced_phone)
    assert {c["sender_id"] for c in exported["conversations"]} == set(a_senders)
    assert {t["id"] for t in exported["tickets"]} == {closed, open_id}
    assert [x["confirmation_number"] for x in exported["appointments"]] == [upcoming]
    slots = [e for c in exported["conversations"] for e in c["events"] if e["event"] == "slot"]
    assert {e["value"] for e in slots if e["name"] == "phone_number"} == {a.phone}

    assert (
        main(["privacy", "export", "--phone", a.phone, "--tracker-db", tracker_url, "--db", db_url])
        == 0
    )
    printed = json.loads(capsys.readouterr().out)
    assert len(printed["conversations"]) == 2 and printed["phone"] == a.phone

    dry = delete_subject(tracker, db, cipher, a.phone, now=NOW)
    assert dry.counts == {
        "conversations_deleted": 2,
        "tickets_blanked": 1,
        "appointments_blanked": 0,
    }
    assert set(a_senders) <= _senders(tracker)

    assert main(["privacy", "delete", "--phone", f"0086 {a.phone}", "--yes",
                 "--tracker-db", tracker_url, "--db", db_url]) == 0  # fmt: skip
    out = capsys.readouterr().out
    assert "conversations deleted: 2" in out and "open ticket(s) kept" in out
    senders = _senders(tracker)
    assert not set(a_senders) & senders and b_sender in senders
    assert get_ticket(db, closed).phone == ERASED
    assert get_ticket(db, open_id).phone == a.phone
    assert get_ticket(db, b_ticket).phone == b.phone
    assert export_subject(tracker, db, cipher, a.phone)["conversations"] == []

    report = delete_subject(tracker, db, cipher, a.phone, include_open=True, now=NOW, apply=True)
    # The closed ticket was blanked already: now the open one and the booking.
    assert report.counts["tickets_blanked"] == 1 and report.counts["appointments_blanked"] == 1
    with Session(db, future=True) as session:
        booking = session.get(Appointment, upcoming)
        assert (booking.phone, booking.status) == (ERASED, "已取消")
        assert a.phone not in " ".join(
            e.note or "" for e in session.scalars(select(TicketEvent)).all()
        )
        assert not session.scalars(select(Ticket).where(Ticket.phone == a.phone)).all()
    assert scan_database(tracker, a.raw_forms()) == []
    if backend == "sqlite":
        assert scan_database(db, a.raw_forms()) == []


def test_bad_requests_are_refused(tmp_path, data_key) -> None:
    tracker = make_engine(f"sqlite:///{tmp_path / 't.db'}")
    with pytest.raises(PrivacyRequestError, match="six months"):
        purge(tracker, None, older_than_days=30, audit_retention_days=90, now=NOW)
    with pytest.raises(PrivacyRequestError, match="at least 1 day"):
        purge(tracker, None, older_than_days=0, now=NOW)
    with pytest.raises(PrivacyRequestError, match="not a phone"):
        export_subject(tracker, None, FieldCipher.from_environment(), "12345")
    assert main(["privacy", "delete", "--phone", "abc", "--tracker-db", f"sqlite:///{tmp_path / 't.db'}",
                 "--db", f"sqlite:///{tmp_path / 'm.db'}"]) == 2  # fmt: skip


def test_purge_deletes_old_web_chat_votes(stores) -> None:
    """Votes older than the retention period go with the purge: counted in the dry run, deleted
    by --yes through the command line; younger ones stay."""
    from bot.feedback import ChatFeedback, record_feedback

    backend, store, tracker, db, tracker_url, db_url = stores
    tag = uuid.uuid4().hex[:8]
    with Session(db, future=True) as session:
        for i, when in enumerate((OLD, OLD, RECENT)):
            record_feedback(
                session, message_id=f"{tag}-{i}", conversation_id=f"c-{tag}", rating="up", now=when
            )
        session.commit()

    def ours() -> list[str]:
        with Session(db, future=True) as session:
            query = select(ChatFeedback.message_id).where(ChatFeedback.message_id.like(f"{tag}-%"))
            return sorted(session.scalars(query))

    dry = purge(tracker, db, older_than_days=180, now=NOW, apply=False)
    assert dry.counts["feedback_votes_deleted"] >= 2
    assert "feedback votes deleted: " in "\n".join(dry.lines())
    assert ours() == [f"{tag}-0", f"{tag}-1", f"{tag}-2"]  # a dry run changes nothing

    code = main(["privacy", "purge", "--older-than", "180", "--yes",
                 "--tracker-db", tracker_url, "--db", db_url])  # fmt: skip
    assert code == 0
    assert ours() == [f"{tag}-2"]
    again = purge(tracker, db, older_than_days=180, now=NOW, apply=False)
    assert again.counts["feedback_votes_deleted"] == 0
