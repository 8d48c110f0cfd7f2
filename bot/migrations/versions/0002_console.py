"""Operator console: accounts, sessions, login attempts, hand-over claims and audit trails.

Revision ID: 0002_console
Revises: 0001_base
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_console"
down_revision = "0001_base"
branch_labels = ("console",)
depends_on = None

TIME = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "operators",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("username", sa.String(64), nullable=False, unique=True),
        sa.Column("display_name", sa.String(64), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("created_at", TIME, nullable=False),
    )
    op.create_table(
        "operator_sessions",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column(
            "operator_id",
            sa.Integer,
            sa.ForeignKey("operators.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("csrf_token", sa.String(64), nullable=False),
        sa.Column("created_at", TIME, nullable=False),
        sa.Column("last_seen", TIME, nullable=False),
        sa.Column("expires_at", TIME, nullable=False),
    )
    op.create_index("ix_operator_sessions_operator_id", "operator_sessions", ["operator_id"])
    op.create_index("ix_operator_sessions_expires_at", "operator_sessions", ["expires_at"])
    op.create_table(
        "operator_login_attempts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("username_hash", sa.String(64), nullable=False),
        sa.Column("remote", sa.String(64), nullable=False),
        sa.Column("time", TIME, nullable=False),
        sa.Column("success", sa.Boolean, nullable=False),
    )
    for column in ("username_hash", "remote", "time"):
        op.create_index(f"ix_operator_login_attempts_{column}", "operator_login_attempts", [column])
    op.create_table(
        "handover_claims",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("conversation_id", sa.String(255), nullable=False),
        sa.Column("handoff_since", sa.String(32), nullable=False),
        sa.Column("operator", sa.String(64), nullable=False),
        sa.Column("taken_at", TIME, nullable=False),
        sa.Column("ended_at", TIME, nullable=True),
        sa.Column("outcome", sa.String(16), nullable=True),
    )
    op.create_index(
        "uq_handover_claims_handoff",
        "handover_claims",
        ["conversation_id", "handoff_since"],
        unique=True,
    )
    op.create_table(
        "operator_actions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("time", TIME, nullable=False),
        sa.Column("operator", sa.String(64), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("target", sa.String(255), nullable=True),
        sa.Column("detail", sa.Text, nullable=True),
    )
    op.create_index("ix_operator_actions_time", "operator_actions", ["time"])
    op.create_index("ix_operator_actions_operator", "operator_actions", ["operator"])
    op.create_table(
        "ticket_status_changes",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("ticket_id", sa.String(20), nullable=False),
        sa.Column("time", TIME, nullable=False),
        sa.Column("operator", sa.String(64), nullable=False),
        sa.Column("from_status", sa.String(8), nullable=False),
        sa.Column("to_status", sa.String(8), nullable=False),
        sa.Column("department", sa.String(64), nullable=True),
        sa.Column("note", sa.Text, nullable=True),
    )
    op.create_index("ix_ticket_status_changes_ticket_id", "ticket_status_changes", ["ticket_id"])


def downgrade() -> None:
    for table in (
        "ticket_status_changes",
        "operator_actions",
        "handover_claims",
        "operator_login_attempts",
        "operator_sessions",
        "operators",
    ):
        op.drop_table(table)
