"""Database plumbing shared by tickets, appointments and the knowledge base.

Engines are built from a URL by :func:`make_engine` (never at import time) with the timeouts of
``settings.database``: a stopped or stuck database fails a request within seconds instead of
holding a conversation past Rasa's action timeout. SQL parameters are never written into
exception messages or logs (``hide_parameters``): they carry citizens' phones and addresses.

The schema is owned by Alembic migrations in ``bot/migrations`` and applied with :func:`migrate`.
Each feature keeps its own models module on the shared :data:`Base` and its own migration branch
off ``0001_base``, so features can evolve their tables independently (``alembic upgrade heads``).
:class:`Database` migrates lazily on first use and tries again later after a failure, so a
process that starts while the database is down recovers when it comes back.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import declarative_base

from bot.settings import DatabaseSettings

Base = declarative_base()

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class DatabaseUnavailable(SQLAlchemyError):
    """The database cannot be used now (down, unreachable, schema not migrated); try again later.

    A :class:`~sqlalchemy.exc.SQLAlchemyError`, so every ``except SQLAlchemyError`` that handles
    a failed query also handles a database that was never reached.
    """


def engine_options(url: str, database: DatabaseSettings | None = None) -> dict[str, Any]:
    """``create_engine`` keyword arguments for ``url`` with the timeouts of ``database``."""
    database = database or DatabaseSettings()
    options: dict[str, Any] = {"future": True, "hide_parameters": True}
    backend = make_url(url).get_backend_name()
    if backend == "sqlite":
        # sqlite3's busy timeout: how long a writer waits for another's lock before "database is
        # locked" (the closest SQLite has to a statement timeout for this workload).
        wait_s = max(database.connect_timeout_s, database.statement_timeout_ms / 1000)
        options["connect_args"] = {"timeout": wait_s}
        return options
    # A pooled connection may have died with a database restart: test it before use, and
    # replace connections before server-side idle limits or proxies cut them.
    options["pool_pre_ping"] = True
    options["pool_recycle"] = database.pool_recycle_s
    # Waiting for a free pooled connection is bounded like opening one.
    options["pool_timeout"] = database.connect_timeout_s
    if backend == "postgresql" and make_url(url).get_driver_name() in ("psycopg2", ""):
        connect_args: dict[str, Any] = {
            "connect_timeout": max(1, round(database.connect_timeout_s))
        }
        if database.statement_timeout_ms:
            connect_args["options"] = f"-c statement_timeout={database.statement_timeout_ms}"
        options["connect_args"] = connect_args
    return options


def make_engine(url: str, database: DatabaseSettings | None = None, **kwargs: Any) -> Engine:
    """Create a SQLAlchemy 2.0-style engine; SQLite files get their folder and foreign keys.

    ``database`` supplies the timeouts (defaults of :class:`DatabaseSettings` when omitted);
    ``kwargs`` override any ``create_engine`` argument.
    """
    parsed = make_url(url)
    options = {**engine_options(url, database), **kwargs}
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            try:
                Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
            except OSError:
                pass  # the first connection reports it (an OperationalError, retried later)
        engine = create_engine(url, **options)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record) -> None:  # pragma: no cover - trivial
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

        return engine
    return create_engine(url, **options)


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    # '%' must be escaped for configparser (passwords in URLs).
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def migrate(url: str, database: DatabaseSettings | None = None) -> None:
    """Bring the database at ``url`` to the newest schema (all migration branches)."""
    import bot.models  # noqa: F401  - registers every table on Base.metadata

    config = alembic_config(url)
    config.attributes["database"] = database
    command.upgrade(config, "heads")


class Database:
    """An engine whose schema is brought up to date on first use.

    :meth:`engine` migrates once; when that fails (database down, unreachable, locked) it raises
    :class:`DatabaseUnavailable` and tries again on a later call, at most once per
    ``retry_after_s``, so a burst of requests during an outage does not queue behind one
    connection attempt each. Thread-safe. Building a ``Database`` never connects.
    """

    def __init__(
        self,
        url: str,
        settings: DatabaseSettings | None = None,
        *,
        migrate_schema: bool = True,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.url = url
        self.settings = settings or DatabaseSettings()
        self._engine = make_engine(url, self.settings)
        self._ready = not migrate_schema
        self._failed_at: float | None = None
        self._lock = threading.Lock()
        self._clock = clock

    @classmethod
    def from_settings(cls, settings: DatabaseSettings, **kwargs: Any) -> Database:
        return cls(settings.url, settings, **kwargs)

    @property
    def ready(self) -> bool:
        """Whether the schema has been migrated in this process."""
        return self._ready

    def engine(self) -> Engine:
        """The engine, after the schema is migrated; :class:`DatabaseUnavailable` if it cannot be."""
        if self._ready:
            return self._engine
        with self._lock:
            if self._ready:
                return self._engine
            now = self._clock()
            if self._failed_at is not None and now - self._failed_at < self.settings.retry_after_s:
                raise DatabaseUnavailable(
                    "database unavailable (last attempt failed "
                    f"{now - self._failed_at:.1f}s ago; retrying after {self.settings.retry_after_s}s)"
                )
            try:
                migrate(self.url, self.settings)
            except Exception as e:  # noqa: BLE001 - any failure to reach or migrate the database
                self._failed_at = self._clock()
                raise DatabaseUnavailable(
                    f"database unavailable: migration failed ({type(e).__name__})"
                ) from e
            self._failed_at = None
            self._ready = True
            return self._engine

    def dispose(self) -> None:
        self._engine.dispose()
