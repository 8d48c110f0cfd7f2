"""Answers to check_ticket's ownership question, for the per-sender and per-ticket lock-out.

Revision ID: 0004_ticket_check_attempts
Revises: 0003_submission_keys
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_ticket_check_attempts"
down_revision = "0003_submission_keys"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ticket_check_attempts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("ticket_id", sa.String(20), nullable=False),
        sa.Column("sender_hash", sa.String(64), nullable=False),
        sa.Column("time", sa.DateTime(timezone=True), nullable=False),
        sa.Column("success", sa.Boolean, nullable=False),
    )
    op.create_index("ix_ticket_check_attempts_ticket_id", "ticket_check_attempts", ["ticket_id"])
    op.create_index(
        "ix_ticket_check_attempts_sender_hash", "ticket_check_attempts", ["sender_hash"]
    )
    op.create_index("ix_ticket_check_attempts_time", "ticket_check_attempts", ["time"])


def downgrade() -> None:
    op.drop_table("ticket_check_attempts")
