"""What the custom actions share per process: settings, the database, the centres, a clock.

Built lazily on first use (never at import time: rasa_sdk imports every module of this package when
the action server starts). Building it never touches the database: the schema is migrated on the
first use of :attr:`Runtime.engine`, and a failure there (database down) raises
:class:`~bot.db.DatabaseUnavailable` for that request and is tried again later, so actions that do
not need the database (hand-over, emergencies) keep working and the others recover on their own
when it is back. A failure to build the runtime itself (bad settings) is not cached either.

Every action that uses the runtime decorates its ``run`` with :func:`answers_on_failure`: whatever
goes wrong, the caller gets a polite static reply instead of silence (Rasa drops a failed action's
messages and events). Tests build their own :class:`Runtime` with :func:`build_runtime` and hand it
to an action's constructor, or point ``BOT_DB_URL`` at a temporary database and call
:func:`reset_runtime`.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import threading
import traceback
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from rasa_sdk import Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.interfaces import ActionExecutionRejection
from rasa_sdk.types import DomainDict
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from bot.appointments import Centre, load_centres
from bot.db import Database
from bot.ratelimit import BUSY_TEXT  # the reply when an action cannot do its work
from bot.settings import Settings, load_settings

logger = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]

BUSY_BUTTONS = [{"title": "转人工", "payload": "/request_human"}]


class RuntimeUnavailable(RuntimeError):
    """The process runtime could not be built (settings or service centres unreadable)."""


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


@dataclass(frozen=True)
class Runtime:
    settings: Settings
    database: Database
    centres: dict[str, Centre]
    clock: Clock = utc_now

    @property
    def engine(self) -> Engine:
        """The database engine, migrated on first use; raises ``DatabaseUnavailable`` when down."""
        return self.database.engine()

    def now(self) -> dt.datetime:
        """The current time, timezone-aware (UTC)."""
        moment = self.clock()
        if moment.tzinfo is None:
            raise ValueError(f"the clock returned a naive datetime {moment!r}")
        return moment.astimezone(dt.timezone.utc)

    def local_now(self) -> dt.datetime:
        return self.now().astimezone(ZoneInfo(self.settings.timezone))

    def today(self) -> dt.date:
        """Today in the hotline timezone."""
        return self.local_now().date()


def build_runtime(settings: Settings, clock: Clock = utc_now) -> Runtime:
    """The shared objects for ``settings``; the database is migrated when first used."""
    return Runtime(
        settings=settings,
        database=Database.from_settings(settings.database),
        centres=load_centres(),
        clock=clock,
    )


_runtime: Runtime | None = None
_runtime_lock = threading.Lock()


def get_runtime() -> Runtime:
    """The process-wide runtime, from ``load_settings()`` (``minsheng.yml`` and ``BOT_*``).

    Built on the first call; a failed build raises :class:`RuntimeUnavailable` and is tried
    again on the next call (no failure is cached).
    """
    global _runtime
    if _runtime is not None:
        return _runtime
    with _runtime_lock:
        if _runtime is None:
            try:
                _runtime = build_runtime(load_settings())
            except Exception as e:  # noqa: BLE001 - reported per request, retried next time
                raise RuntimeUnavailable(f"cannot build the runtime: {type(e).__name__}") from e
        return _runtime


def current_runtime() -> Runtime | None:
    """The process-wide runtime if it has been built, else ``None`` (never builds it)."""
    return _runtime


def reset_runtime() -> None:
    """Forget the process-wide runtime (tests; the next :func:`get_runtime` builds a new one)."""
    global _runtime
    with _runtime_lock:
        if _runtime is not None:
            _runtime.database.dispose()
        _runtime = None


class UsesRuntime:
    """Mixin for actions: ``runtime`` is the injected one, else the process-wide one."""

    def __init__(self, runtime: Runtime | None = None) -> None:
        self._runtime = runtime

    @property
    def runtime(self) -> Runtime:
        return self._runtime if self._runtime is not None else get_runtime()


Run = TypeVar(
    "Run",
    bound=Callable[..., Awaitable[list[EventType]]],
)


def answers_on_failure(run: Run) -> Run:
    """Decorate an action's ``run`` so that the caller always gets an answer.

    A database that is down, a runtime that cannot be built or any other error ends the action
    with :data:`BUSY_TEXT` (and a hand-over button) and no events, so the slots collected so far
    stay and the conversation goes on when the cause is gone. Messages the action sent before
    failing are kept. ``ActionExecutionRejection`` (a form rejecting its execution) passes.
    Logged: the action, the sender id and the error class with its frames, never its message
    (database errors quote the rows they failed on).
    """

    @functools.wraps(run)
    async def wrapper(
        self: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        try:
            return await run(self, dispatcher, tracker, domain)
        except ActionExecutionRejection:
            raise
        except Exception as e:  # noqa: BLE001 - every turn gets a reply
            cause = e.__cause__ or e
            kind = "database" if isinstance(e, SQLAlchemyError | RuntimeUnavailable) else "error"
            logger.error(
                "action %s failed for sender %s (%s: %s <- %s); sent the busy reply\n%s",
                self.name(),
                tracker.sender_id,
                kind,
                type(e).__name__,
                type(cause).__name__,
                "".join(traceback.format_tb(e.__traceback__)),
            )
            dispatcher.utter_message(text=BUSY_TEXT, buttons=BUSY_BUTTONS)
            return []

    return wrapper  # type: ignore[return-value]
