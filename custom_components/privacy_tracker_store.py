"""Rasa's SQL tracker store with personal data masked or encrypted before it is written.

Configured in both endpoint files::

    tracker_store:
      type: custom_components.privacy_tracker_store.PrivacySQLTrackerStore
      dialect: ...          # every key of Rasa's `type: SQL` store works the same
      dev_key_file: var/data_key   # endpoints.yml only: development key when MINSHENG_DATA_KEY is unset

The decisions are in :mod:`bot.privacy.events` (which slots are encrypted, what is masked); this
class only hooks them into Rasa's ``_additional_events`` (what ``save`` serialises), ``_retrieve``
and the event-broker stream, and records the keyed subject hashes that
``python -m bot privacy export|delete`` look up.

Per-turn cost (bench/turn_profile.py): Rasa's ``_additional_events`` counts the conversation's
stored events with a ``COUNT`` query on every save; ``OutageTolerantStore`` marks a tracker read
from or written to this store with how many of its events the database holds, so only a tracker
it has never seen (a new conversation, or one built outside Rasa's processor) pays for the query.
Its in-process mirror of recent conversations keeps the events (Rasa never changes an event once
it is in a tracker) instead of a deep copy of the whole tracker, and rebuilds a tracker from them
only when the database is down. SQLite databases are switched to
write-ahead logging (one sync per commit instead of two, readers never block the writer).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from rasa.core.brokers.broker import EventBroker
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import Event, SessionStarted
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import bindparam, func, or_, select
from sqlalchemy import event as sa_event
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from bot.cpu_threads import apply_cpu_threads
from bot.privacy.crypto import FieldCipher
from bot.privacy.events import ENCRYPTED_SLOTS, EventProtector, SubjectRef
from bot.privacy.subjects import record_subjects
from bot.privacy.tables import create_privacy_tables
from bot.settings import load_settings
from custom_components.bulk_event_writer import BulkEventSQLTrackerStore
from custom_components.outage_tolerant_store import OutageTolerantStore

logger = logging.getLogger(__name__)


class _StoredEvent:
    """What ``SQLTrackerStore.save`` needs of an event: its type and its (protected) dict."""

    __slots__ = ("type_name", "_data")

    def __init__(self, type_name: str, data: dict[str, Any]) -> None:
        self.type_name = type_name
        self._data = data

    def as_dict(self) -> dict[str, Any]:
        return self._data


def _sqlite_wal(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
    finally:
        cursor.close()


class PrivacySQLTrackerStore(OutageTolerantStore, BulkEventSQLTrackerStore):
    """``SQLTrackerStore`` that masks phones, IDs and bank cards and encrypts form slots."""

    def __init__(
        self,
        domain: Domain | None = None,
        dialect: str = "sqlite",
        host: str | None = None,
        port: int | None = None,
        db: str = "rasa.db",
        username: str | None = None,
        password: str | None = None,
        event_broker: EventBroker | None = None,
        login_db: str | None = None,
        query: dict | None = None,
        data_key_env: str | None = None,
        dev_key_file: str | None = None,
        encrypted_slots: Iterable[str] | None = None,
        **kwargs: Any,
    ) -> None:
        # Rasa creates the tracker store before it loads the model: the first moment to size
        # TensorFlow's and torch's thread pools in a server process.
        apply_cpu_threads()
        # The key is checked before connecting: without it nothing may be stored.
        env_name = data_key_env or load_settings().privacy.data_key_env
        cipher = FieldCipher.from_environment(
            env_name, dev_key_file=Path(dev_key_file) if dev_key_file else None
        )
        self._protector = EventProtector(
            cipher, ENCRYPTED_SLOTS if encrypted_slots is None else encrypted_slots
        )
        super().__init__(
            domain=domain,
            dialect=dialect,
            host=host,
            port=port,
            db=db,
            username=username,
            password=password,
            event_broker=event_broker,
            login_db=login_db,
            query=query,
            **kwargs,
        )
        if self.engine.dialect.name == "sqlite":
            sa_event.listen(self.engine, "connect", _sqlite_wal)
        create_privacy_tables(self.engine)
        # _events_statement's statements, built on first use (latest session / all sessions)
        self._events_statements: dict[bool, Select] = {}

    def _additional_events(
        self, session: Session, tracker: DialogueStateTracker
    ) -> Iterator[_StoredEvent]:
        """The events Rasa's ``save`` writes next, protected; records the subjects they mention.

        ``BulkEventSQLTrackerStore.save``, like Rasa's, serialises whatever this returns
        (``type_name`` and ``as_dict()``) and commits the session afterwards, so the subject rows
        commit with the events. Overriding this hook rather than ``save`` keeps ``save`` free for
        mixins.
        """
        stored_events = []
        subjects: set[SubjectRef] = set()
        latest = 0.0
        for event in super()._additional_events(session, tracker):  # type: ignore[misc]
            stored, found = self._protector.protect(event.as_dict())
            subjects |= found
            latest = max(latest, float(stored.get("timestamp") or 0.0))
            stored_events.append(_StoredEvent(event.type_name, stored))
        record_subjects(session, tracker.sender_id, subjects, latest)
        return iter(stored_events)

    def _events_statement(self, all_sessions: bool) -> Select:
        """The stored data of a conversation's events (``sender_id`` bound at execution), in
        order: those of its latest session, or of all sessions. The same rows as Rasa's
        ``_event_query``, but built once per store: SQLAlchemy then works out the statement's
        cache key once instead of on every read (about 1-2 ms of CPU per turn, issue 13)."""
        statements = self._events_statements
        statement = statements.get(all_sessions)
        if statement is None:
            stored = self.SQLEvent
            sender = bindparam("sender_id")
            statement = select(stored.data).where(stored.sender_id == sender)
            if not all_sessions:
                # events after the latest SessionStarted, or all of them when there is none
                session_start = (
                    select(func.max(stored.timestamp))
                    .where(stored.sender_id == sender, stored.type_name == SessionStarted.type_name)
                    .scalar_subquery()
                )
                statement = statement.where(
                    or_(stored.timestamp >= session_start, session_start.is_(None))
                )
            statement = statement.order_by(stored.id)
            statements[all_sessions] = statement
        return statement

    async def _retrieve(
        self, sender_id: str, fetch_events_from_all_sessions: bool
    ) -> DialogueStateTracker | None:
        with self.session_scope() as session:
            statement = self._events_statement(fetch_events_from_all_sessions)
            rows = session.execute(statement, {"sender_id": sender_id}).scalars().all()
            stored = [json.loads(data) for data in rows]
        # Decrypted outside the session scope, which turns any ValueError into a schema error.
        events = [self._protector.reveal(event) for event in stored]
        if self.domain and events:
            return DialogueStateTracker.from_dict(sender_id, events, self.domain.slots)
        return None

    async def _stream_new_events(
        self, event_broker: EventBroker, new_events: list[Event], sender_id: str
    ) -> None:
        """Brokers get what the database gets: masked text, encrypted slot values."""
        for event in new_events:
            body: dict[str, Any] = {"sender_id": sender_id}
            body.update(self._protector.protect(event.as_dict())[0])
            event_broker.publish(body)
