"""A Redis lock store whose ticket queue is safe with several Rasa processes.

Rasa serialises the turns of one conversation with a ticket lock: each message draws a ticket and
waits until its number is served. ``rasa.core.lock_store.RedisLockStore`` keeps that queue as one
JSON value and changes it by *read, modify, write* with no transaction, so two replicas that take a
message of the same conversation at the same moment both read "no tickets", both write ticket 0
and both process at once; each then saves its own copy of the tracker and one turn is lost (seen
in ``tests/ops/test_replicas.py``: two of four user messages missing). Its tickets also expire a
fixed time after they are *issued*, so a turn that waited behind slow turns longer than that
lifetime is dropped from the queue, and a turn that runs longer than it lets the next one start.

This store keeps Rasa's data format and queue semantics and fixes both:

- every read-modify-write of a conversation's queue runs under a short Redis mutex (``SET NX PX``
  with an owner token, released by compare-and-delete: redis-py's ``Lock``), so ticket numbers are
  unique and the queue is never overwritten with a stale copy;
- a ticket is renewed while its owner is alive (each poll while it waits, and by a heartbeat while
  it is served), so ``lock_lifetime`` only bounds how long a *dead* process blocks a conversation;
- waiters poll every ``poll_interval`` seconds (Rasa: 1 s, which adds up to a second to every
  queued turn).

Configured in ``endpoints.production.yml``::

    lock_store:
      type: custom_components.redis_lock_store.AtomicRedisLockStore
      url: <host>  port: ...  db: ...  password: ...  key_prefix: minsheng
      lock_lifetime: 60      # s without renewal before a dead holder's ticket expires
      poll_interval: 0.05    # s between a waiter's attempts

A wrong module path makes Rasa fail at start-up (it does not fall back to memory for lock stores).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

from rasa.core.lock import Ticket, TicketLock
from rasa.core.lock_store import (
    DEFAULT_REDIS_LOCK_STORE_KEY_PREFIX,
    LOCK_LIFETIME,
    LockError,
    RedisLockStore,
)
from rasa.utils.endpoints import EndpointConfig

logger = logging.getLogger(__name__)

DEFAULT_POLL_INTERVAL_S = 0.05
# The mutex guards a few Redis round trips; it expires on its own if its holder dies mid-way.
MUTEX_TIMEOUT_S = 5.0
MUTEX_WAIT_S = 10.0


class AtomicRedisLockStore(RedisLockStore):
    """``RedisLockStore`` with atomic queue updates and tickets renewed while their owner lives."""

    def __init__(
        self,
        endpoint_config: EndpointConfig | None = None,
        *,
        lock_lifetime: float | None = None,
        poll_interval: float | None = None,
        **kwargs: Any,
    ) -> None:
        if endpoint_config is not None:  # how Rasa builds a custom lock store
            options = dict(endpoint_config.kwargs)
            lock_lifetime = options.pop("lock_lifetime", lock_lifetime)
            poll_interval = options.pop("poll_interval", poll_interval)
            if options.get("password") == "":
                options["password"] = None  # an empty ${LOCK_STORE_PASSWORD}: no AUTH
            kwargs = {"host": endpoint_config.url or "localhost", **options, **kwargs}
        self.lock_lifetime = _positive("lock_lifetime", lock_lifetime, float(LOCK_LIFETIME))
        self.poll_interval = _positive("poll_interval", poll_interval, DEFAULT_POLL_INTERVAL_S)
        super().__init__(**kwargs)
        self.mutex_prefix = (
            self.key_prefix[: -len(DEFAULT_REDIS_LOCK_STORE_KEY_PREFIX)] + "lockmutex:"
        )

    # --- the queue, each change under the conversation's mutex ---------------------------------

    @contextlib.contextmanager
    def _mutex(self, conversation_id: str) -> Iterator[None]:
        mutex = self.red.lock(
            self.mutex_prefix + conversation_id,
            timeout=MUTEX_TIMEOUT_S,
            blocking_timeout=MUTEX_WAIT_S,
        )
        if not mutex.acquire():
            raise LockError(f"lock store busy for conversation '{conversation_id}'")
        try:
            yield
        finally:
            with contextlib.suppress(Exception):  # expired meanwhile: nothing left to release
                mutex.release()

    def issue_ticket(self, conversation_id: str, lock_lifetime: float | None = None) -> int:
        lifetime = self.lock_lifetime if lock_lifetime is None else lock_lifetime
        try:
            with self._mutex(conversation_id):
                lock = self.get_lock(conversation_id) or self.create_lock(conversation_id)
                ticket = lock.issue_ticket(lifetime)
                self.save_lock(lock)
                return ticket
        except LockError:
            raise
        except Exception as e:
            raise LockError(f"Error while acquiring lock. Error:\n{e}") from e

    def _serve_or_renew(
        self, conversation_id: str, ticket: int, lifetime: float
    ) -> TicketLock | None:
        """Renew ``ticket``; the lock when it is the one served now, else None. LockError when
        the ticket is gone."""
        with self._mutex(conversation_id):
            lock = self.get_lock(conversation_id)
            own = _ticket(lock, ticket) if lock else None
            if lock is None or own is None:
                raise LockError(
                    f"Could not acquire lock for conversation_id '{conversation_id}' "
                    "(its ticket expired)."
                )
            lock.remove_expired_tickets()
            own.expires = time.time() + lifetime
            self.save_lock(lock)
            return lock if lock.now_serving == ticket else None

    def update_lock(self, conversation_id: str) -> None:
        with self._mutex(conversation_id):
            super().update_lock(conversation_id)

    def finish_serving(self, conversation_id: str, ticket_number: int) -> None:
        with self._mutex(conversation_id):
            super().finish_serving(conversation_id, ticket_number)

    def cleanup(self, conversation_id: str, ticket_number: int) -> None:
        """Remove the ticket; delete the queue if nobody else is in it (one atomic step)."""
        with self._mutex(conversation_id):
            lock = self.get_lock(conversation_id)
            if lock is None:
                return
            lock.remove_ticket_for(ticket_number)
            if lock.is_someone_waiting():
                self.save_lock(lock)
            else:
                self.delete_lock(conversation_id)

    # --- waiting and holding --------------------------------------------------------------------

    @contextlib.asynccontextmanager
    async def lock(
        self,
        conversation_id: str,
        lock_lifetime: float | None = None,
        wait_time_in_seconds: float | None = None,
    ) -> AsyncIterator[TicketLock]:
        lifetime = self.lock_lifetime if lock_lifetime is None else lock_lifetime
        # Rasa's callers pass no wait time; one given explicitly is honoured.
        poll = self.poll_interval if wait_time_in_seconds is None else wait_time_in_seconds
        ticket = self.issue_ticket(conversation_id, lifetime)
        heartbeat: asyncio.Task | None = None
        try:
            while (served := self._serve_or_renew(conversation_id, ticket, lifetime)) is None:
                await asyncio.sleep(poll)
            heartbeat = asyncio.create_task(self._renew(conversation_id, ticket, lifetime))
            yield served
        finally:
            if heartbeat is not None:
                heartbeat.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await heartbeat
            self.cleanup(conversation_id, ticket)

    async def _renew(self, conversation_id: str, ticket: int, lifetime: float) -> None:
        """Keep the served ticket alive while its turn runs (a third of the lifetime apart)."""
        while True:
            await asyncio.sleep(lifetime / 3)
            try:
                self._serve_or_renew(conversation_id, ticket, lifetime)
            except LockError:
                logger.error("lock of conversation %s lost while its turn ran", conversation_id)
                return
            except Exception as e:  # Redis unreachable for a moment: try again next time
                logger.warning("could not renew a conversation lock (%s)", type(e).__name__)


def _ticket(lock: TicketLock, number: int) -> Ticket | None:
    return next((t for t in lock.tickets if t.number == number and not t.has_expired()), None)


def _positive(name: str, value: Any, default: float) -> float:
    if value is None:
        return default
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = -1.0
    if number <= 0:
        raise ValueError(f"lock_store.{name} must be a positive number of seconds, got {value!r}")
    return number
