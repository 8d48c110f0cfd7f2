"""Rasa's SQL tracker store writing a turn's new events with one prebuilt ``INSERT``.

``SQLTrackerStore.save`` adds one ORM ``SQLEvent`` object per new event and lets the session's
unit of work flush them: per turn the ORM builds the objects, tracks their state, works out the
insert order and fetches each generated id, about 4 % of the Rasa server's CPU at 50 concurrent
conversations (py-spy, issue 13). :class:`BulkEventSQLTrackerStore` writes the same rows (the
same columns, values and order, so ids still follow the events' order) with one ``INSERT`` built
once per store and executed for all the turn's events (``executemany``), in the same transaction
as whatever ``_additional_events`` adds to the session (the privacy store's subject rows).

Used under ``PrivacySQLTrackerStore``; ``_additional_events`` and ``stream_events`` keep their
meaning, so mixins that override them (``OutageTolerantStore``) work unchanged.
"""

from __future__ import annotations

import json
from typing import Any

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY
from sqlalchemy import insert
from sqlalchemy.sql.dml import Insert


class BulkEventSQLTrackerStore(SQLTrackerStore):
    """``SQLTrackerStore`` whose ``save`` inserts a turn's events with one statement."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # built once: SQLAlchemy then compiles and caches it once per store
        self._insert_events: Insert = insert(self.SQLEvent.__table__)

    @staticmethod
    def event_row(sender_id: str, type_name: str, data: dict[str, Any]) -> dict[str, Any]:
        """The columns Rasa's ``save`` writes for one event (its ``as_dict()`` is ``data``)."""
        return {
            "sender_id": sender_id,
            "type_name": type_name,
            "timestamp": data.get("timestamp"),
            "intent_name": data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
            "action_name": data.get("name"),
            "data": json.dumps(data),
        }

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Update the database with the events of the conversation it does not hold yet."""
        await self.stream_events(tracker)
        with self.session_scope() as session:
            rows = [
                self.event_row(tracker.sender_id, event.type_name, event.as_dict())
                for event in self._additional_events(session, tracker)
            ]
            if rows:
                session.execute(self._insert_events, rows)
            session.commit()
