"""Knowledge-base tables on the shared declarative :data:`bot.db.Base`.

Curated items use their canonical ``service_item`` id; catalogue items use the catalogue's
TASK_CODE. Facts are stored one row per (item, aspect, position) so an answer can pick exactly the
aspects a question asks about. Knowledge-graph triples are kept generic (subject/predicate/object
with node kinds) so new relations need no schema change. The migration
``0002_knowledge`` creates the same tables by hand; keep both in step.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import relationship

from bot.db import Base

ITEM_ID_LENGTH = 64


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class Department(Base):
    __tablename__ = "kb_departments"
    __table_args__ = (UniqueConstraint("name", name="uq_kb_departments_name"),)

    id = Column(Integer, primary_key=True, autoincrement=True)
    name = Column(String(255), nullable=False)


class Office(Base):
    __tablename__ = "kb_offices"
    __table_args__ = (UniqueConstraint("name", "address", name="uq_kb_offices_name_address"),)

    id = Column(Integer, primary_key=True, autoincrement=True)
    name = Column(String(255), nullable=False)
    address = Column(String(500), nullable=False)
    hours = Column(String(255), nullable=False, default="")
    # Id of a data/service_centres.yml centre when the office is one of them.
    centre_id = Column(String(64), nullable=True)


class ServiceItem(Base):
    __tablename__ = "kb_items"

    id = Column(String(ITEM_ID_LENGTH), primary_key=True)
    name = Column(String(255), nullable=False)
    domain = Column(String(100), nullable=False, default="")
    # "curated" (data/knowledge) or "catalog" (imported government service catalogue).
    source = Column(String(32), nullable=False, index=True)
    department_id = Column(Integer, ForeignKey("kb_departments.id"), nullable=True)
    office_id = Column(Integer, ForeignKey("kb_offices.id"), nullable=True)
    office_note = Column(Text, nullable=False, default="")
    online_available = Column(Boolean, nullable=True)
    online_channel = Column(Text, nullable=False, default="")
    url = Column(String(1000), nullable=False, default="")
    last_updated = Column(Date, nullable=True)
    # sha256 of the normalised source record: an unchanged record is skipped on re-import.
    content_hash = Column(String(64), nullable=False)
    updated_at = Column(DateTime, nullable=False, default=_utcnow, onupdate=_utcnow)

    department = relationship(Department, lazy="joined")
    office = relationship(Office, lazy="joined")
    facts = relationship(
        "Fact",
        cascade="all, delete-orphan",
        order_by="(Fact.aspect, Fact.position)",
        back_populates="item",
    )
    faqs = relationship(
        "FAQEntry",
        cascade="all, delete-orphan",
        order_by="FAQEntry.position",
        back_populates="item",
    )
    aliases = relationship(
        "Alias", cascade="all, delete-orphan", order_by="Alias.position", back_populates="item"
    )


class Fact(Base):
    __tablename__ = "kb_facts"
    __table_args__ = (
        UniqueConstraint("item_id", "aspect", "position", name="uq_kb_facts_item_aspect_pos"),
    )

    id = Column(Integer, primary_key=True, autoincrement=True)
    item_id = Column(
        String(ITEM_ID_LENGTH), ForeignKey("kb_items.id", ondelete="CASCADE"), nullable=False
    )
    aspect = Column(String(32), nullable=False)
    position = Column(Integer, nullable=False, default=0)
    text = Column(Text, nullable=False)

    item = relationship(ServiceItem, back_populates="facts")


class FAQEntry(Base):
    __tablename__ = "kb_faqs"
    __table_args__ = (UniqueConstraint("item_id", "position", name="uq_kb_faqs_item_pos"),)

    id = Column(Integer, primary_key=True, autoincrement=True)
    item_id = Column(
        String(ITEM_ID_LENGTH), ForeignKey("kb_items.id", ondelete="CASCADE"), nullable=False
    )
    position = Column(Integer, nullable=False, default=0)
    question = Column(Text, nullable=False)
    answer = Column(Text, nullable=False)

    item = relationship(ServiceItem, back_populates="faqs")


class Alias(Base):
    __tablename__ = "kb_aliases"
    __table_args__ = (UniqueConstraint("item_id", "alias", name="uq_kb_aliases_item_alias"),)

    id = Column(Integer, primary_key=True, autoincrement=True)
    item_id = Column(
        String(ITEM_ID_LENGTH), ForeignKey("kb_items.id", ondelete="CASCADE"), nullable=False
    )
    alias = Column(String(255), nullable=False, index=True)
    position = Column(Integer, nullable=False, default=0)

    item = relationship(ServiceItem, back_populates="aliases")


class Triple(Base):
    """A knowledge-graph edge, e.g. (item ss_card_apply) —requires→ (material 本人有效居民身份证原件).

    ``item_id`` records which item the edge came from (deleted with it); edges between shared nodes
    (department —located_at→ office) have no item and are deduplicated by the store.
    """

    __tablename__ = "kb_triples"
    __table_args__ = (
        Index("ix_kb_triples_subject", "subject_kind", "subject"),
        Index("ix_kb_triples_predicate", "predicate"),
    )

    id = Column(Integer, primary_key=True, autoincrement=True)
    item_id = Column(
        String(ITEM_ID_LENGTH),
        ForeignKey("kb_items.id", ondelete="CASCADE"),
        nullable=True,
        index=True,
    )
    subject_kind = Column(String(32), nullable=False)
    subject = Column(String(255), nullable=False)
    predicate = Column(String(64), nullable=False)
    object_kind = Column(String(32), nullable=False)
    object = Column(Text, nullable=False)
