"""Idempotency keys on tickets and appointments: a retried form submission finds its first result.

Revision ID: 0003_submission_keys
Revises: 0002_tickets
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_submission_keys"
down_revision = "0002_tickets"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable: rows created outside a form (operators, imports) carry no key. Unique indexes
    # allow any number of NULLs on both SQLite and PostgreSQL.
    op.add_column("tickets", sa.Column("submission_key", sa.String(64), nullable=True))
    op.create_index("uq_tickets_submission_key", "tickets", ["submission_key"], unique=True)
    op.add_column("appointments", sa.Column("submission_key", sa.String(64), nullable=True))
    op.create_index(
        "uq_appointments_submission_key", "appointments", ["submission_key"], unique=True
    )
    op.create_index("ix_appointments_phone", "appointments", ["phone"])


def downgrade() -> None:
    op.drop_index("ix_appointments_phone", table_name="appointments")
    with op.batch_alter_table("appointments") as batch:
        batch.drop_index("uq_appointments_submission_key")
        batch.drop_column("submission_key")
    with op.batch_alter_table("tickets") as batch:
        batch.drop_index("uq_tickets_submission_key")
        batch.drop_column("submission_key")
