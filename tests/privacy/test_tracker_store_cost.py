"""The privacy tracker store's per-turn cost: no COUNT query per save, no deep copy per turn, and
still every event stored exactly once (also across a session restart and a database outage)."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import event as sa_event

from bot.settings import PROJECT_ROOT
from custom_components.privacy_tracker_store import PrivacySQLTrackerStore

DOMAIN = Domain.load(str(PROJECT_ROOT / "domain.yml"))


def _turn(i: int) -> list:
    text = f"第{i}句，电话13800138000"
    return [
        UserUttered(text, intent={"name": "inform", "confidence": 0.9}),
        SlotSet("phone_number", "13800138000"),
        ActionExecuted("utter_greet"),
        BotUttered(f"收到{i}"),
        ActionExecuted("action_listen"),
    ]


def _start() -> list:
    return [
        ActionExecuted("action_session_start"),
        SessionStarted(),
        ActionExecuted("action_listen"),
    ]


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path: Path, data_key) -> PrivacySQLTrackerStore:
    if request.param == "sqlite":
        return PrivacySQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=str(tmp_path / "t.db"))
    url = request.getfixturevalue("tracker_postgres_url")
    return PrivacySQLTrackerStore(domain=DOMAIN, dialect="postgresql", host=url)


class Statements:
    def __init__(self, store: PrivacySQLTrackerStore) -> None:
        self.seen: list[str] = []
        sa_event.listen(store.engine, "before_cursor_execute", self._record)

    def _record(self, conn, cursor, statement, *args) -> None:  # noqa: ANN001
        self.seen.append(statement.lower())

    def counts(self) -> int:
        return sum("count(" in s for s in self.seen)


def _user_texts(tracker: DialogueStateTracker) -> list[str]:
    return [e.text for e in tracker.events if isinstance(e, UserUttered)]


async def test_a_turn_on_a_retrieved_tracker_writes_its_new_events_without_counting(
    store: PrivacySQLTrackerStore,
) -> None:
    sender = f"cost-{uuid.uuid4().hex[:10]}"
    statements = Statements(store)
    # A tracker the store has never seen (a new conversation): Rasa's query decides.
    first = DialogueStateTracker.from_events(sender, _start() + _turn(0), slots=DOMAIN.slots)
    await store.save(first)
    assert statements.counts() == 1
    for i in range(1, 4):
        tracker = await store.retrieve(sender)
        assert tracker is not None
        for e in _turn(i):
            tracker.update(e, DOMAIN)
        statements.seen.clear()
        await store.save(tracker)
        assert statements.counts() == 0, "a retrieved tracker must not be counted again"
    full = await store.retrieve_full_tracker(sender)
    assert full is not None
    assert len(full.events) == 3 + 4 * 5  # every event once, in order
    assert _user_texts(full) == [f"第{i}句，电话138****8000" for i in range(4)]
    # Saving the same tracker twice writes nothing twice.
    await store.save(tracker)
    again = await store.retrieve_full_tracker(sender)
    assert again is not None and len(again.events) == len(full.events)


async def test_a_session_restart_inside_a_turn_stores_both_sessions_once(
    store: PrivacySQLTrackerStore,
) -> None:
    sender = f"cost-{uuid.uuid4().hex[:10]}"
    await store.save(
        DialogueStateTracker.from_events(sender, _start() + _turn(0), slots=DOMAIN.slots)
    )
    tracker = await store.retrieve(sender)
    assert tracker is not None
    for e in _start() + _turn(1):  # the session expired: Rasa starts a new one on this tracker
        tracker.update(e, DOMAIN)
    await store.save(tracker)
    latest = await store.retrieve(sender)
    assert latest is not None and _user_texts(latest) == ["第1句，电话138****8000"]
    for e in _turn(2):
        latest.update(e, DOMAIN)
    await store.save(latest)
    full = await store.retrieve_full_tracker(sender)
    assert full is not None
    assert _user_texts(full) == [f"第{i}句，电话138****8000" for i in range(3)]
    assert len(full.events) == 2 * (3 + 5) + 5


async def test_the_mirror_keeps_events_not_a_copy_and_rebuilds_a_tracker_on_demand(
    store: PrivacySQLTrackerStore,
) -> None:
    sender = f"cost-{uuid.uuid4().hex[:10]}"
    tracker = DialogueStateTracker.from_events(sender, _start() + _turn(0), slots=DOMAIN.slots)
    await store.save(tracker)
    kept = store._cache[sender]
    assert not isinstance(kept, DialogueStateTracker)
    assert kept.events[3] is tracker.events[3]  # shared, not copied
    rebuilt = store._copy(kept)
    assert rebuilt.sender_id == sender
    assert [e.as_dict() for e in rebuilt.events] == [e.as_dict() for e in tracker.events]
    assert rebuilt.get_slot("phone_number") == "13800138000"
    rebuilt.update(ActionExecuted("action_listen"))  # changing the copy leaves the mirror alone
    assert len(store._cache[sender].events) == len(tracker.events)


def test_sqlite_tracker_database_uses_write_ahead_logging(tmp_path: Path, data_key) -> None:
    store = PrivacySQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=str(tmp_path / "w.db"))
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


async def test_the_prebuilt_event_statement_reads_what_rasas_query_reads(
    store: PrivacySQLTrackerStore,
) -> None:
    """Latest session and all sessions, with another conversation in the same table; the
    statement is built once and reused."""
    sender, other = (f"stmt-{uuid.uuid4().hex[:10]}" for _ in range(2))
    events = _start() + _turn(0) + _turn(1)
    tracker = DialogueStateTracker.from_events(sender, events, slots=DOMAIN.slots)
    await store.save(tracker)
    await store.save(
        DialogueStateTracker.from_events(other, _start() + _turn(7), slots=DOMAIN.slots)
    )
    tracker = await store.retrieve(sender)
    for e in _start() + _turn(2):  # a second session
        tracker.update(e, DOMAIN)
    await store.save(tracker)
    for all_sessions in (False, True):
        with store.session_scope() as session:
            rasa_rows = [
                row.data
                for row in store._event_query(
                    session, sender, fetch_events_from_all_sessions=all_sessions
                )
            ]
            ours = (
                session.execute(store._events_statement(all_sessions), {"sender_id": sender})
                .scalars()
                .all()
            )
        assert ours == rasa_rows and ours
    latest = await store.retrieve(sender)
    full = await store.retrieve_full_tracker(sender)
    assert [text[:3] for text in _user_texts(latest)] == ["第2句"]
    assert [text[:3] for text in _user_texts(full)] == ["第0句", "第1句", "第2句"]
    assert store._events_statement(False) is store._events_statement(False)
