"""Alembic environment: runs migrations against the URL given by bot.db.alembic_config."""

from __future__ import annotations

from alembic import context

import bot.models  # noqa: F401
from bot.db import Base, make_engine

config = context.config
target_metadata = Base.metadata


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    # bot.db.migrate passes the settings' timeouts (a stopped database fails fast here too).
    engine = make_engine(
        config.get_main_option("sqlalchemy.url"), config.attributes.get("database")
    )
    with engine.connect() as connection:
        context.configure(
            connection=connection, target_metadata=target_metadata, render_as_batch=True
        )
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
