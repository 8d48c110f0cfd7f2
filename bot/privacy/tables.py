"""Tables in the tracker-store database: Rasa's ``events`` (mirrored) and the two privacy tables.

``events`` is created by Rasa's ``SQLTrackerStore``; the mirror here lets ``bot`` purge and export
without importing Rasa. The privacy tables are created by the tracker store adapter and by the
``python -m bot privacy`` commands (``create_all`` with ``checkfirst``), not by Alembic: they live
beside Rasa's table in the tracker database, which the project's migrations do not manage.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Float,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Engine

metadata = MetaData()

# Mirror of rasa.core.tracker_store.SQLTrackerStore.SQLEvent (Rasa 3.6).
events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("sender_id", String(255), nullable=False, index=True),
    Column("type_name", String(255), nullable=False),
    Column("timestamp", Float),
    Column("intent_name", String(255)),
    Column("action_name", String(255)),
    Column("data", Text),
)

# Which conversations mention which citizen: keyed hashes of normalised phones / ID numbers
# (FieldCipher.subject_hash), never the numbers themselves.
privacy_subjects = Table(
    "privacy_subjects",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("sender_id", String(255), nullable=False, index=True),
    Column("kind", String(16), nullable=False),
    Column("subject_hash", String(64), nullable=False, index=True),
    Column("last_seen", Float, nullable=False),
    UniqueConstraint("sender_id", "kind", "subject_hash", name="uq_privacy_subject"),
)

# Audit trail of conversations whose events were purged or deleted: what happened and when
# (event type, intent, action or slot name, safety decisions), no text and no slot values.
conversation_audit = Table(
    "conversation_audit",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("sender_id", String(255), nullable=False),
    Column("timestamp", Float, nullable=True),
    Column("type_name", String(255), nullable=False),
    Column("intent_name", String(255), nullable=True),
    Column("action_name", String(255), nullable=True),
    Column("detail", Text, nullable=True),
    Column("archived_at", Float, nullable=False),
    Column("reason", String(16), nullable=False),  # "retention" or "subject_request"
    Index("ix_conversation_audit_timestamp", "timestamp"),
    Index("ix_conversation_audit_sender", "sender_id"),
)

PRIVACY_TABLES = (privacy_subjects, conversation_audit)


def create_privacy_tables(engine: Engine, *, with_events: bool = False) -> None:
    """Create the privacy tables (and, for tools running before Rasa ever did, ``events``)."""
    tables = [*PRIVACY_TABLES, events] if with_events else list(PRIVACY_TABLES)
    metadata.create_all(engine, tables=tables, checkfirst=True)
