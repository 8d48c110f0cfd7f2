"""A tracker store mixin that carries conversations through a database outage without losing events.

Rasa wraps every tracker store in ``FailSafeTrackerStore``: while the database is down a failed
``retrieve`` starts the conversation afresh and a failed ``save`` goes to an in-memory store that is
never read again, so the form in progress is forgotten and every message of the outage is missing
from the database afterwards. Mixed in before a ``SQLTrackerStore`` (``class S(OutageTolerantStore,
SQLTrackerStore)``) this class instead

- mirrors recent conversations in process (bounded LRU, ``MINSHENG_TRACKER_CACHE`` trackers,
  default 1000) and answers a failed ``retrieve`` from there, so a conversation goes on where it
  was, forms included;
- keeps a tracker whose ``save`` failed as pending (bounded too: the oldest pending tracker is
  dropped, with an error logged, beyond ``MINSHENG_TRACKER_PENDING``, default 10000), and writes
  exactly its unsaved events once the database answers again: before the next ``retrieve`` or
  ``save`` of that conversation, and a few others after every successful write;
- replaces Rasa's pool with one that tests connections before use (``pool_pre_ping``), with a
  connect timeout, so the first requests after a database restart do not fail on dead connections;
  a SQLite file gets a pool of open connections (SQLAlchemy 1.4 reopens the file per session).

Limits: the mirror is per process; with several Rasa processes behind one lock store a conversation
can move to a process that has not seen its latest turns during an outage. Only SQL stores.
"""

from __future__ import annotations

import copy
import itertools
import logging
import os
from collections import OrderedDict
from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa
from rasa.core.tracker_store import create_engine_kwargs, is_postgresql_url
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import QueuePool

logger = logging.getLogger(__name__)

DEFAULT_CACHE = 1000
DEFAULT_PENDING = 10000
FLUSH_OTHERS = 20  # pending conversations written after each successful write
CONNECT_TIMEOUT_S = 5
# What an unreachable database raises. Anything else (a wrong data key, a bug) is not an outage
# and propagates.
DATABASE_DOWN = (SQLAlchemyError, OSError)
# Attribute set on trackers read from or written to the database: how many of their events it
# holds. Rasa appends to the tracker it retrieved, so the events after that many are the new ones.
SYNCED = "_minsheng_events_in_store"


class _Snapshot:
    """A conversation as the in-process mirror keeps it: its events (shared, never changed by
    Rasa) and how many of them the database holds; a tracker is rebuilt only when needed."""

    __slots__ = ("sender_id", "events", SYNCED)

    def __init__(self, tracker: DialogueStateTracker) -> None:
        self.sender_id = tracker.sender_id
        self.events = list(tracker.events)
        setattr(self, SYNCED, _synced(tracker))


class _Pending:
    __slots__ = ("tracker", "synced")

    def __init__(self, tracker: DialogueStateTracker, synced: int | None) -> None:
        self.tracker = tracker
        # How many of tracker.events are in the database (None: unknown, the conversation was
        # (re)started during the outage, so all its events are new).
        self.synced = synced


class OutageTolerantStore:
    """Mixin for ``SQLTrackerStore`` subclasses; see the module documentation."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._cache: OrderedDict[str, _Snapshot] = OrderedDict()
        self._pending: OrderedDict[str, _Pending] = OrderedDict()
        self._forced: dict[str, list[Any]] = {}
        self._cache_size = int(os.environ.get("MINSHENG_TRACKER_CACHE", DEFAULT_CACHE))
        self._pending_size = int(os.environ.get("MINSHENG_TRACKER_PENDING", DEFAULT_PENDING))
        self._use_pre_ping_engine()

    def _use_pre_ping_engine(self) -> None:
        engine: sa.engine.Engine = self.engine  # type: ignore[attr-defined]
        url = engine.url
        kwargs: dict[str, Any] = {**create_engine_kwargs(url), "pool_pre_ping": True}
        kwargs["hide_parameters"] = True  # event rows must not reach logs in error messages
        if is_postgresql_url(url):
            connect_args = dict(kwargs.get("connect_args") or {})
            connect_args.setdefault("connect_timeout", CONNECT_TIMEOUT_S)
            kwargs["connect_args"] = connect_args
        elif engine.dialect.name == "sqlite" and url.database not in (None, "", ":memory:"):
            # SQLAlchemy 1.4 gives a SQLite file a NullPool: each of Rasa's sessions (two or
            # more per turn) opened the file and closed it again. In-process, retrieve + save of
            # a 12-turn conversation took 19-20 ms CPU per turn that way, 9-10 ms pooled (issue
            # 13, quiet machine). Rasa uses the store from its event loop one session at a time, so pooled
            # connections never serve two threads at once. A file needs no pre-ping.
            kwargs.update(
                poolclass=QueuePool,
                pool_size=2,
                max_overflow=8,
                pool_pre_ping=False,
                connect_args={"check_same_thread": False},
            )
        engine.dispose()
        self.engine = sa.create_engine(url, **kwargs)
        self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)

    # --- what Rasa calls --------------------------------------------------------------------

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        if sender_id in self._pending and not await self._flush(sender_id):
            return self._copy(self._pending[sender_id].tracker)
        try:
            tracker = await super().retrieve(sender_id)  # type: ignore[misc]
        except DATABASE_DOWN as e:  # answer from memory
            cached = self._cache.get(sender_id)
            logger.warning(
                "tracker store unavailable on retrieve (%s); %s",
                type(e).__name__,
                "continuing from memory" if cached else "no copy in memory: a fresh conversation",
            )
            if cached is None:
                # Rasa creates a fresh tracker and saves it next: all of its events are new.
                self._keep_pending(sender_id, _Pending(_empty(sender_id), None))
                return None
            self._keep_pending(sender_id, _Pending(self._copy(cached), _synced(cached)))
            return self._copy(cached)
        if tracker is not None:
            self._remember(tracker)
        await self._flush_others()
        return tracker

    async def retrieve_full_tracker(self, sender_id: str) -> DialogueStateTracker | None:
        if sender_id in self._pending:
            await self._flush(sender_id)
        return await super().retrieve_full_tracker(sender_id)  # type: ignore[misc]

    async def save(self, tracker: DialogueStateTracker) -> None:
        sender_id = tracker.sender_id
        if sender_id in self._pending and not await self._flush(sender_id, newer=tracker):
            return
        try:
            await super().save(tracker)  # type: ignore[misc]
        except DATABASE_DOWN as e:  # keep the events for later, lose nothing
            self._keep_pending(sender_id, _Pending(self._copy(tracker), _synced(tracker)))
            logger.warning(
                "tracker store unavailable on save (%s); %d conversation(s) kept until it is back",
                type(e).__name__,
                len(self._pending),
            )
            return
        self._remember(tracker)
        await self._flush_others()

    def _additional_events(self, session: Any, tracker: DialogueStateTracker) -> Iterator:
        """The tracker's events not in the database yet: after the count this store marked on
        the tracker when it read or wrote it (no query), else (a tracker it has not seen) Rasa's
        COUNT query; during an outage flush, exactly the pending events."""
        forced = self._forced.get(tracker.sender_id)
        if forced is not None:
            return iter(forced)
        synced = _synced(tracker)
        # A bounded history (max_event_history) drops old events: counts no longer line up.
        bounded = getattr(tracker.events, "maxlen", None) is not None
        if synced is None or bounded:
            return super()._additional_events(session, tracker)  # type: ignore[misc]
        return itertools.islice(tracker.events, synced, None)

    # --- the outage machinery ---------------------------------------------------------------

    async def _flush(self, sender_id: str, newer: DialogueStateTracker | None = None) -> bool:
        """Write the pending events of ``sender_id``; False while the database is still down.

        ``newer`` is a later state of the same conversation (the one being saved): its events
        replace the pending tracker's, as it contains them.
        """
        pending = self._pending[sender_id]
        tracker = newer if newer is not None else pending.tracker
        events = list(tracker.events)
        synced = pending.synced if newer is None else _synced(newer)
        unsaved = events if synced is None else events[synced:]
        self._forced[sender_id] = unsaved
        try:
            await super().save(tracker)  # type: ignore[misc]
        except DATABASE_DOWN as e:
            if newer is not None:
                pending.tracker = self._copy(newer)
            logger.debug("pending tracker not written yet (%s)", type(e).__name__)
            return False
        finally:
            self._forced.pop(sender_id, None)
        del self._pending[sender_id]
        logger.info(
            "tracker store back: %d pending event(s) of a conversation written", len(unsaved)
        )
        self._remember(tracker)
        return True

    async def _flush_others(self) -> None:
        for sender_id in list(self._pending)[:FLUSH_OTHERS]:
            if not await self._flush(sender_id):
                return

    def _keep_pending(self, sender_id: str, pending: _Pending) -> None:
        self._pending[sender_id] = pending
        self._pending.move_to_end(sender_id)
        while len(self._pending) > self._pending_size:
            dropped, _ = self._pending.popitem(last=False)
            logger.error("pending tracker of conversation %s dropped: too many pending", dropped)

    def _remember(self, tracker: DialogueStateTracker) -> None:
        # After a successful read or write the database holds every event of this tracker.
        setattr(tracker, SYNCED, len(tracker.events))
        self._cache[tracker.sender_id] = _Snapshot(tracker)
        self._cache.move_to_end(tracker.sender_id)
        while len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)

    def _copy(self, tracker: DialogueStateTracker | _Snapshot) -> DialogueStateTracker:
        """An independent tracker: a deep copy, or one rebuilt from a mirrored snapshot."""
        if not isinstance(tracker, _Snapshot):
            return copy.deepcopy(tracker)
        domain = getattr(self, "domain", None)
        slots = domain.slots if domain else []
        rebuilt = DialogueStateTracker.from_events(tracker.sender_id, tracker.events, slots)
        setattr(rebuilt, SYNCED, _synced(tracker))
        return rebuilt


def _synced(tracker: DialogueStateTracker | _Snapshot) -> int | None:
    """How many of the tracker's events are known to be in the database (None: unknown)."""
    return getattr(tracker, SYNCED, None)


def _empty(sender_id: str) -> DialogueStateTracker:
    return DialogueStateTracker(sender_id, [])
