"""Knowledge base and knowledge graph tables.

Revision ID: 0002_knowledge
Revises: 0001_base
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_knowledge"
down_revision = "0001_base"
branch_labels = ("knowledge",)
depends_on = None

ITEM_ID = sa.String(64)


def upgrade() -> None:
    op.create_table(
        "kb_departments",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(255), nullable=False),
        sa.UniqueConstraint("name", name="uq_kb_departments_name"),
    )
    op.create_table(
        "kb_offices",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("address", sa.String(500), nullable=False),
        sa.Column("hours", sa.String(255), nullable=False),
        sa.Column("centre_id", sa.String(64), nullable=True),
        sa.UniqueConstraint("name", "address", name="uq_kb_offices_name_address"),
    )
    op.create_table(
        "kb_items",
        sa.Column("id", ITEM_ID, primary_key=True),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("domain", sa.String(100), nullable=False),
        sa.Column("source", sa.String(32), nullable=False),
        sa.Column(
            "department_id",
            sa.Integer(),
            sa.ForeignKey("kb_departments.id", name="fk_kb_items_department"),
            nullable=True,
        ),
        sa.Column(
            "office_id",
            sa.Integer(),
            sa.ForeignKey("kb_offices.id", name="fk_kb_items_office"),
            nullable=True,
        ),
        sa.Column("office_note", sa.Text(), nullable=False),
        sa.Column("online_available", sa.Boolean(), nullable=True),
        sa.Column("online_channel", sa.Text(), nullable=False),
        sa.Column("url", sa.String(1000), nullable=False),
        sa.Column("last_updated", sa.Date(), nullable=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_kb_items_source", "kb_items", ["source"])
    op.create_table(
        "kb_facts",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "item_id",
            ITEM_ID,
            sa.ForeignKey("kb_items.id", ondelete="CASCADE", name="fk_kb_facts_item"),
            nullable=False,
        ),
        sa.Column("aspect", sa.String(32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.UniqueConstraint("item_id", "aspect", "position", name="uq_kb_facts_item_aspect_pos"),
    )
    op.create_table(
        "kb_faqs",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "item_id",
            ITEM_ID,
            sa.ForeignKey("kb_items.id", ondelete="CASCADE", name="fk_kb_faqs_item"),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.UniqueConstraint("item_id", "position", name="uq_kb_faqs_item_pos"),
    )
    op.create_table(
        "kb_aliases",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "item_id",
            ITEM_ID,
            sa.ForeignKey("kb_items.id", ondelete="CASCADE", name="fk_kb_aliases_item"),
            nullable=False,
        ),
        sa.Column("alias", sa.String(255), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.UniqueConstraint("item_id", "alias", name="uq_kb_aliases_item_alias"),
    )
    op.create_index("ix_kb_aliases_alias", "kb_aliases", ["alias"])
    op.create_table(
        "kb_triples",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "item_id",
            ITEM_ID,
            sa.ForeignKey("kb_items.id", ondelete="CASCADE", name="fk_kb_triples_item"),
            nullable=True,
        ),
        sa.Column("subject_kind", sa.String(32), nullable=False),
        sa.Column("subject", sa.String(255), nullable=False),
        sa.Column("predicate", sa.String(64), nullable=False),
        sa.Column("object_kind", sa.String(32), nullable=False),
        sa.Column("object", sa.Text(), nullable=False),
    )
    op.create_index("ix_kb_triples_item_id", "kb_triples", ["item_id"])
    op.create_index("ix_kb_triples_subject", "kb_triples", ["subject_kind", "subject"])
    op.create_index("ix_kb_triples_predicate", "kb_triples", ["predicate"])


def downgrade() -> None:
    op.drop_table("kb_triples")
    op.drop_table("kb_aliases")
    op.drop_table("kb_faqs")
    op.drop_table("kb_facts")
    op.drop_table("kb_items")
    op.drop_table("kb_offices")
    op.drop_table("kb_departments")
