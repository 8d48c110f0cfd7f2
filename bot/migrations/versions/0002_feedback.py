"""Citizens' 👍/👎 on the web chat's answers (bot/feedback.py).

Revision ID: 0002_feedback
Revises: 0001_base
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_feedback"
down_revision = "0001_base"
branch_labels = ("feedback",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "chat_feedback",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("message_id", sa.String(64), nullable=False),
        sa.Column("conversation_hash", sa.String(64), nullable=False),
        sa.Column("rating", sa.SmallInteger(), nullable=False),
        sa.Column("generated", sa.Boolean(), nullable=False),
        sa.Column("sources", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("message_id", name="uq_chat_feedback_message_id"),
    )
    op.create_index("ix_chat_feedback_conversation_hash", "chat_feedback", ["conversation_hash"])
    op.create_index("ix_chat_feedback_created_at", "chat_feedback", ["created_at"])


def downgrade() -> None:
    op.drop_index("ix_chat_feedback_created_at", table_name="chat_feedback")
    op.drop_index("ix_chat_feedback_conversation_hash", table_name="chat_feedback")
    op.drop_table("chat_feedback")
