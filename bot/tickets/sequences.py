"""Gap-free numbers per key (``GD20261128`` -> 1, 2, 3 ...) that stay unique under concurrency.

The counter row is incremented inside the caller's transaction, before the row that uses the
number is inserted: concurrent writers queue on the row lock (PostgreSQL) or the database write
lock (SQLite) until the first commits, so two transactions never read the same value. The very
first number of a key inserts the counter row; if two transactions race on that insert, one gets
an ``IntegrityError`` and :func:`run_with_retry` runs its whole transaction again.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from bot.tickets.models import SequenceCounter

logger = logging.getLogger(__name__)

T = TypeVar("T")

# Retries for a lost race on a new day's counter row or an (SQLite) "database is locked".
MAX_ATTEMPTS = 5


def next_value(session: Session, key: str) -> int:
    """Increment and return the counter for ``key`` within the session's open transaction."""
    result = session.execute(
        update(SequenceCounter)
        .where(SequenceCounter.key == key)
        .values(value=SequenceCounter.value + 1)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount == 0:
        session.add(SequenceCounter(key=key, value=1))
        session.flush()  # raises IntegrityError now if another transaction created the row
        return 1
    return session.execute(
        select(SequenceCounter.value).where(SequenceCounter.key == key)
    ).scalar_one()


def run_with_retry(engine: Engine, work: Callable[[Session], T]) -> T:
    """Run ``work(session)`` in a transaction, again from scratch after a lost allocation race."""
    for attempt in range(1, MAX_ATTEMPTS + 1):
        try:
            with Session(engine, future=True, expire_on_commit=False) as session, session.begin():
                return work(session)
        except (IntegrityError, OperationalError) as e:
            locked = isinstance(e, OperationalError) and "locked" in str(e.orig).lower()
            if attempt == MAX_ATTEMPTS or not (isinstance(e, IntegrityError) or locked):
                raise
            logger.info("sequence allocation retry %d after %s", attempt, type(e.orig).__name__)
            time.sleep(0.01 * attempt)
    raise AssertionError("unreachable")  # pragma: no cover
