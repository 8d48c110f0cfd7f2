"""BulkEventSQLTrackerStore writes exactly the rows Rasa's SQLTrackerStore.save writes: same
columns, same values, same order (ids follow the events), turn after turn and across sessions,
and reads back the same tracker."""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    BotUttered,
    SessionStarted,
    SlotSet,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker

from bot.settings import PROJECT_ROOT
from custom_components.bulk_event_writer import BulkEventSQLTrackerStore

DOMAIN = Domain.load(str(PROJECT_ROOT / "domain.yml"))
COLUMNS = ("sender_id", "type_name", "timestamp", "intent_name", "action_name", "data")


def _turn(i: int) -> list:
    at = 1000.0 if i < 3 else 3000.0  # the turns of the second session come after it started
    return [
        UserUttered(
            f"第{i}句", intent={"name": "ask_service", "confidence": 0.9}, timestamp=at + i
        ),
        SlotSet("service_item", f"item_{i}", timestamp=at + i + 0.1),
        ActionExecuted("action_answer_question", policy="RulePolicy", timestamp=at + i + 0.2),
        BotUttered(f"答{i}", {"elements": None}, timestamp=at + i + 0.3),
        ActionExecuted("action_listen", timestamp=at + i + 0.4),
    ]


def _session(start: float) -> list:
    # one timestamp: Rasa counts the stored events of the latest session by timestamp
    return [
        ActionExecuted("action_session_start", timestamp=start),
        SessionStarted(timestamp=start),
        ActionExecuted("action_listen", timestamp=start),
    ]


def _rows(store: SQLTrackerStore) -> list[tuple]:
    table = store.SQLEvent.__table__
    with store.engine.connect() as connection:
        result = connection.execute(
            sa.select(table.c.id, *(table.c[name] for name in COLUMNS)).order_by(table.c.id)
        )
        return [tuple(row) for row in result]


def _conversation(store: SQLTrackerStore, sender: str) -> DialogueStateTracker:
    """Three turns, a new session, two more turns; saved after every turn. Returns the tracker
    of the latest session."""
    tracker = DialogueStateTracker.from_events(sender, _session(999.0), DOMAIN.slots)
    asyncio.run(store.save(tracker))
    for i in range(3):
        for event in _turn(i):
            tracker.update(event)
        asyncio.run(store.save(tracker))
    for event in _session(2000.0):
        tracker.update(event)
    asyncio.run(store.save(tracker))
    # as Rasa's processor does: the next turns go on from the latest session read back
    tracker = asyncio.run(store.retrieve(sender))
    assert tracker is not None
    for i in range(3, 5):
        for event in _turn(i):
            tracker.update(event)
        asyncio.run(store.save(tracker))
    return tracker


@pytest.fixture(params=["sqlite", "postgresql"])
def stores(request, tmp_path: Path) -> tuple[SQLTrackerStore, BulkEventSQLTrackerStore]:
    if request.param == "sqlite":
        return (
            SQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=str(tmp_path / "rasa.db")),
            BulkEventSQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=str(tmp_path / "bulk.db")),
        )
    url = request.getfixturevalue("tracker_postgres_url")
    reference = SQLTrackerStore(domain=DOMAIN, dialect="postgresql", host=url)
    return reference, BulkEventSQLTrackerStore(domain=DOMAIN, dialect="postgresql", host=url)


def test_the_same_rows_as_rasas_save(stores) -> None:
    reference, bulk = stores
    postgres = reference.engine.dialect.name == "postgresql"
    # one PostgreSQL database for both stores: two senders, compared without the ids
    sender_a, sender_b = (f"a-{uuid.uuid4().hex}", f"b-{uuid.uuid4().hex}")
    _conversation(reference, sender_a)
    tracker = _conversation(bulk, sender_b if postgres else sender_a)

    def mine(rows: list[tuple], sender: str) -> list[tuple]:
        return [row for row in rows if row[1] == sender]

    expected = mine(_rows(reference), sender_a)
    written = mine(_rows(bulk), sender_b if postgres else sender_a)
    assert len(written) == 3 + 5 * 3 + 3 + 5 * 2
    assert len(tracker.events) == 3 + 5 * 2  # the latest session
    if postgres:
        strip = [row[2:] for row in expected]
        assert [row[2:] for row in written] == strip
    else:
        assert written == expected  # ids included: the events' order
    assert [row[0] for row in written] == sorted(row[0] for row in written)


def test_reads_back_the_tracker_it_wrote(tmp_path: Path) -> None:
    store = BulkEventSQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=str(tmp_path / "b.db"))
    tracker = _conversation(store, "reader")
    restored = asyncio.run(store.retrieve_full_tracker("reader"))
    assert restored is not None
    assert len(restored.events) == 3 + 5 * 3 + 3 + 5 * 2
    assert list(restored.events)[-len(tracker.events) :] == list(tracker.events)
    latest = asyncio.run(store.retrieve("reader"))
    assert latest is not None and latest.get_slot("service_item") == "item_4"


def test_a_save_without_new_events_writes_nothing(tmp_path: Path) -> None:
    store = BulkEventSQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=str(tmp_path / "n.db"))
    tracker = _conversation(store, "idle")
    before = _rows(store)
    asyncio.run(store.save(tracker))
    assert _rows(store) == before
