"""bot.db: engine timeouts, hidden SQL parameters, lazy migration retried after a failure."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from bot import db
from bot.db import Database, DatabaseUnavailable, engine_options, make_engine
from bot.settings import DatabaseSettings


def test_postgresql_engines_get_timeouts_and_pre_ping() -> None:
    settings = DatabaseSettings(
        url="postgresql+psycopg2://u:p@127.0.0.1/x",
        connect_timeout_s=3,
        statement_timeout_ms=1500,
        pool_recycle_s=600,
    )
    options = engine_options(settings.url, settings)
    assert options["connect_args"] == {
        "connect_timeout": 3,
        "options": "-c statement_timeout=1500",
    }
    assert options["pool_pre_ping"] is True
    assert options["pool_recycle"] == 600
    assert options["pool_timeout"] == 3
    assert options["hide_parameters"] is True
    no_limit = DatabaseSettings(url=settings.url, statement_timeout_ms=0)
    assert "options" not in engine_options(settings.url, no_limit)["connect_args"]


def test_sqlite_engines_wait_for_locks_and_hide_parameters(tmp_path) -> None:
    settings = DatabaseSettings(connect_timeout_s=2, statement_timeout_ms=4000)
    options = engine_options(f"sqlite:///{tmp_path / 'a.db'}", settings)
    assert options["connect_args"] == {"timeout": 4.0}
    engine = make_engine(f"sqlite:///{tmp_path / 'a.db'}", settings)
    with pytest.raises(SQLAlchemyError) as failure, engine.connect() as connection:
        connection.execute(text("SELECT * FROM nowhere WHERE phone = :p"), {"p": "13800138000"})
    assert "13800138000" not in str(failure.value)
    assert "parameters hidden" in str(failure.value)


def test_statement_timeout_stops_a_stuck_query_on_postgresql(postgres_url) -> None:
    settings = DatabaseSettings(url=postgres_url, statement_timeout_ms=300)
    engine = make_engine(postgres_url, settings)
    started = time.monotonic()
    try:
        with pytest.raises(OperationalError, match="statement timeout"), engine.connect() as c:
            c.execute(text("SELECT pg_sleep(5)"))
    finally:
        engine.dispose()
    assert time.monotonic() - started < 3


def test_database_migrates_on_first_use_and_retries_after_the_pause(tmp_path, monkeypatch) -> None:
    calls: list[str] = []
    real_migrate = db.migrate

    def migrate(url: str, settings=None) -> None:
        calls.append(url)
        real_migrate(url, settings)

    monkeypatch.setattr(db, "migrate", migrate)
    blocker = tmp_path / "data"
    blocker.write_text("a file where the database folder should be")
    now = [100.0]
    database = Database(
        f"sqlite:///{blocker / 'x.db'}",
        DatabaseSettings(retry_after_s=5),
        clock=lambda: now[0],
    )
    assert calls == [] and not database.ready  # nothing is touched before first use
    with pytest.raises(DatabaseUnavailable) as first:
        database.engine()
    assert isinstance(first.value, SQLAlchemyError) and len(calls) == 1
    now[0] += 1  # within retry_after_s: fails at once, without another attempt
    with pytest.raises(DatabaseUnavailable, match="retrying after"):
        database.engine()
    assert len(calls) == 1

    blocker.unlink()
    blocker.mkdir()
    now[0] += 5
    engine = database.engine()
    assert database.ready and len(calls) == 2
    assert database.engine() is engine and len(calls) == 2  # migrated once
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM tickets")).scalar_one() == 0
