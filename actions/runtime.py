"""What the custom actions share per process: settings, the database engine, the centres, a clock.

Built lazily on first use (never at import time: rasa_sdk imports every module of this package when
the action server starts), migrating the database once. Tests build their own :class:`Runtime`
with :func:`build_runtime` and hand it to an action's constructor, or point ``BOT_DB_URL`` at a
temporary database and call ``get_runtime.cache_clear()``.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy.engine import Engine

from bot.appointments import Centre, load_centres
from bot.db import make_engine, migrate
from bot.settings import Settings, load_settings

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


@dataclass(frozen=True)
class Runtime:
    settings: Settings
    engine: Engine
    centres: dict[str, Centre]
    clock: Clock = utc_now

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
    """Migrate the database named by ``settings`` and build the shared objects."""
    migrate(settings.database.url)
    return Runtime(
        settings=settings,
        engine=make_engine(settings.database.url),
        centres=load_centres(),
        clock=clock,
    )


@functools.lru_cache(maxsize=1)
def get_runtime() -> Runtime:
    """The process-wide runtime, from ``load_settings()`` (``minsheng.yml`` and ``BOT_*``)."""
    return build_runtime(load_settings())


class UsesRuntime:
    """Mixin for actions: ``runtime`` is the injected one, else the process-wide one."""

    def __init__(self, runtime: Runtime | None = None) -> None:
        self._runtime = runtime

    @property
    def runtime(self) -> Runtime:
        return self._runtime if self._runtime is not None else get_runtime()
