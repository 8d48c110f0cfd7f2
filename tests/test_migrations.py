"""Every migration branch applies to a fresh database and matches the models."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from bot.db import Base, make_engine, migrate


def _check(url: str) -> None:
    migrate(url)
    migrate(url)  # idempotent: a second run changes nothing
    engine = make_engine(url)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection)
        diff = compare_metadata(context, Base.metadata)
        heads = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    engine.dispose()
    # Type and index details differ per dialect; tables and columns must not.
    structural = [
        d for d in diff if d[0] in ("add_table", "remove_table", "add_column", "remove_column")
    ]
    assert structural == [], structural
    assert heads, "no migration was applied"
    tables = set(inspect(make_engine(url)).get_table_names())
    assert set(Base.metadata.tables) <= tables


def test_migrations_on_sqlite(tmp_path) -> None:
    _check(f"sqlite:///{tmp_path / 'fresh.db'}")


def test_migrations_on_postgresql(postgres_url: str) -> None:
    engine = make_engine(postgres_url)
    with engine.begin() as connection:  # start from an empty schema
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    _check(postgres_url)
