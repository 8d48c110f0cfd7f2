"""Writing the knowledge base into the database and reading it back for retrieval and answers.

Both sources (curated YAML and the imported government catalogue) are first turned into the same
:class:`ItemRecord`; :func:`upsert_records` then writes records idempotently: an unchanged record
(same content hash) is skipped, a changed one has its facts, FAQs, aliases and triples replaced,
a new one is inserted. Nothing is ever duplicated, so builds and imports can be re-run freely.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, selectinload

from bot.knowledge.aspects import ASPECT_KEYS
from bot.knowledge.models import (
    Alias,
    Department,
    Fact,
    FAQEntry,
    Office,
    ServiceItem,
    Triple,
)
from bot.knowledge.schema import KnowledgeItem, load_knowledge_dir

CURATED = "curated"
CATALOG = "catalog"


@dataclass(frozen=True)
class OfficeRecord:
    name: str
    address: str
    hours: str = ""
    centre_id: str = ""


@dataclass(frozen=True)
class TripleRecord:
    subject_kind: str
    subject: str
    predicate: str
    object_kind: str
    object: str


@dataclass
class ItemRecord:
    """Source-independent form of one service item, ready to be stored."""

    id: str
    name: str
    domain: str
    source: str
    department: str
    office: OfficeRecord | None
    office_note: str = ""
    online_available: bool | None = None
    online_channel: str = ""
    url: str = ""
    last_updated: dt.date | None = None
    facts: list[tuple[str, str]] = field(default_factory=list)  # (aspect, text), in order
    faqs: list[tuple[str, str]] = field(default_factory=list)  # (question, answer)
    aliases: list[str] = field(default_factory=list)
    triples: list[TripleRecord] = field(default_factory=list)  # edges owned by this item
    shared_triples: list[TripleRecord] = field(default_factory=list)  # dept/office edges

    def content_hash(self) -> str:
        data = asdict(self)
        data["last_updated"] = self.last_updated.isoformat() if self.last_updated else None
        blob = json.dumps(data, ensure_ascii=False, sort_keys=True)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()


@dataclass
class UpsertReport:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0

    @property
    def total(self) -> int:
        return self.inserted + self.updated + self.unchanged


def split_departments(department: str) -> list[str]:
    """'示例市民政局、示例市残疾人联合会' -> two KG department nodes (parenthetical roles dropped)."""
    parts = []
    for part in department.replace("，", "、").split("、"):
        part = part.split("（")[0].split("(")[0].strip()
        if part:
            parts.append(part)
    return parts or [department]


def record_from_knowledge_item(item: KnowledgeItem) -> ItemRecord:
    """Curated YAML item -> record with facts by aspect and KG edges."""
    office = OfficeRecord(
        item.office.name, item.office.address, item.office.hours, item.office.centre_id
    )
    location = f"{item.office.name}（{item.office.address}）"
    facts: list[tuple[str, str]] = [("eligibility", item.eligibility)]
    facts += [("materials", m) for m in item.materials]
    facts += [("steps", s) for s in item.steps]
    facts.append(("location", location))
    if item.office.note:
        facts.append(("location", item.office.note))
    facts.append(("hours", item.office.hours))
    facts.append(("fees", item.fees))
    facts.append(("time_limit", item.time_limit))
    facts.append(("phone", item.phone))
    if item.online.available:
        url = f"（{item.online.url}）" if item.online.url else ""
        facts.append(("online", f"支持网上办理，渠道：{item.online.channel}{url}"))
    else:
        facts.append(("online", f"暂不支持网上办理；{item.online.channel}"))
    facts += [("policy", p) for p in item.policy_basis]
    facts.append(("department", item.department))

    subject = ("item", item.id)
    triples = [TripleRecord(*subject, "in_domain", "domain", item.domain)]
    triples += [
        TripleRecord(*subject, "handled_by", "department", d)
        for d in split_departments(item.department)
    ]
    triples += [TripleRecord(*subject, "requires", "material", m) for m in item.materials]
    triples.append(TripleRecord(*subject, "handled_at", "office", item.office.name))
    if item.online.available:
        triples.append(TripleRecord(*subject, "online_at", "channel", item.online.channel))
    triples += [TripleRecord(*subject, "based_on", "policy", p) for p in item.policy_basis]
    shared = [
        TripleRecord("department", d, "located_at", "office", item.office.name)
        for d in split_departments(item.department)
    ]
    shared.append(
        TripleRecord("office", item.office.name, "has_address", "address", item.office.address)
    )
    return ItemRecord(
        id=item.id,
        name=item.name,
        domain=item.domain,
        source=CURATED,
        department=item.department,
        office=office,
        office_note=item.office.note,
        online_available=item.online.available,
        online_channel=item.online.channel,
        url=item.online.url,
        last_updated=item.last_updated,
        facts=facts,
        faqs=[(f.q, f.a) for f in item.faqs],
        aliases=list(item.aliases),
        triples=triples,
        shared_triples=shared,
    )


class _Lookup:
    """Get-or-create for departments and offices within one session (cached per run)."""

    def __init__(self, session: Session):
        self.session = session
        self.departments: dict[str, Department] = {}
        self.offices: dict[tuple[str, str], Office] = {}

    def department(self, name: str) -> Department | None:
        if not name:
            return None
        if name not in self.departments:
            found = self.session.execute(
                select(Department).where(Department.name == name)
            ).scalar_one_or_none()
            if found is None:
                found = Department(name=name)
                self.session.add(found)
                self.session.flush()
            self.departments[name] = found
        return self.departments[name]

    def office(self, record: OfficeRecord | None) -> Office | None:
        if record is None or not record.address:
            return None
        key = (record.name, record.address)
        if key not in self.offices:
            found = self.session.execute(
                select(Office).where(Office.name == record.name, Office.address == record.address)
            ).scalar_one_or_none()
            if found is None:
                found = Office(
                    name=record.name,
                    address=record.address,
                    hours=record.hours,
                    centre_id=record.centre_id or None,
                )
                self.session.add(found)
                self.session.flush()
            else:
                found.hours = record.hours
                found.centre_id = record.centre_id or None
            self.offices[key] = found
        return self.offices[key]


def _add_shared_triples(session: Session, triples: Iterable[TripleRecord], seen: set) -> None:
    for t in triples:
        key = (t.subject_kind, t.subject, t.predicate, t.object_kind, t.object)
        if key in seen:
            continue
        seen.add(key)
        exists = session.execute(
            select(Triple.id).where(
                Triple.item_id.is_(None),
                Triple.subject_kind == t.subject_kind,
                Triple.subject == t.subject,
                Triple.predicate == t.predicate,
                Triple.object_kind == t.object_kind,
                Triple.object == t.object,
            )
        ).first()
        if exists is None:
            session.add(Triple(item_id=None, **asdict(t)))


def upsert_records(
    session: Session,
    records: Iterable[ItemRecord],
    on_progress: Callable[[ItemRecord], None] | None = None,
) -> UpsertReport:
    """Insert new, replace changed, skip unchanged records. The caller commits."""
    report = UpsertReport()
    lookup = _Lookup(session)
    seen_shared: set = set()
    for record in records:
        unknown = {a for a, _ in record.facts} - set(ASPECT_KEYS)
        if unknown:
            raise ValueError(f"item {record.id}: unknown fact aspects {sorted(unknown)}")
        digest = record.content_hash()
        item = session.get(ServiceItem, record.id)
        if item is not None and item.content_hash == digest:
            report.unchanged += 1
            _add_shared_triples(session, record.shared_triples, seen_shared)
            if on_progress:
                on_progress(record)
            continue
        # Departments/offices first: their lookups autoflush, which must not see a half-filled item.
        department = lookup.department(record.department)
        office = lookup.office(record.office)
        if item is None:
            item = ServiceItem(id=record.id)
            session.add(item)
            report.inserted += 1
        else:
            for table in (Fact, FAQEntry, Alias, Triple):
                session.execute(delete(table).where(table.item_id == record.id))
            session.expire(item, ["facts", "faqs", "aliases"])
            report.updated += 1
        item.name = record.name
        item.domain = record.domain
        item.source = record.source
        item.department_id = department.id if department else None
        item.office_id = office.id if office else None
        item.office_note = record.office_note
        item.online_available = record.online_available
        item.online_channel = record.online_channel
        item.url = record.url
        item.last_updated = record.last_updated
        item.content_hash = digest
        session.flush()
        positions: dict[str, int] = {}
        for aspect, text in record.facts:
            positions[aspect] = positions.get(aspect, -1) + 1
            session.add(
                Fact(item_id=record.id, aspect=aspect, position=positions[aspect], text=text)
            )
        for n, (q, a) in enumerate(record.faqs):
            session.add(FAQEntry(item_id=record.id, position=n, question=q, answer=a))
        seen_alias: set[str] = set()
        for n, alias in enumerate(record.aliases):
            if alias not in seen_alias and alias != record.name:
                seen_alias.add(alias)
                session.add(Alias(item_id=record.id, alias=alias, position=n))
        for t in record.triples:
            session.add(Triple(item_id=record.id, **asdict(t)))
        _add_shared_triples(session, record.shared_triples, seen_shared)
        if on_progress:
            on_progress(record)
    session.flush()
    return report


def remove_missing(session: Session, source: str, keep_ids: set[str]) -> int:
    """Delete items of ``source`` whose ids are not in ``keep_ids`` (curated items removed from YAML)."""
    stale = [
        i
        for i in session.execute(
            select(ServiceItem.id).where(ServiceItem.source == source)
        ).scalars()
        if i not in keep_ids
    ]
    for item_id in stale:
        for table in (Fact, FAQEntry, Alias, Triple):
            session.execute(delete(table).where(table.item_id == item_id))
        session.execute(delete(ServiceItem).where(ServiceItem.id == item_id))
    return len(stale)


def build_knowledge(
    engine: Engine,
    knowledge_dir: Path,
    on_progress: Callable[[ItemRecord], None] | None = None,
    on_total: Callable[[int], None] | None = None,
) -> UpsertReport:
    """Validate ``knowledge_dir`` (all-or-nothing) and make the curated part of the DB match it."""
    items = load_knowledge_dir(Path(knowledge_dir))
    if on_total:
        on_total(len(items))
    records = [record_from_knowledge_item(i) for i in items]
    with Session(engine) as session, session.begin():
        report = upsert_records(session, records, on_progress=on_progress)
        report.removed = remove_missing(session, CURATED, {r.id for r in records})
    return report


# --------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class StoredItem:
    """Read-only view of one item for retrieval and answer composition."""

    id: str
    name: str
    domain: str
    source: str
    department: str
    office_name: str
    office_address: str
    office_hours: str
    url: str
    online_available: bool | None
    last_updated: dt.date | None
    facts: dict[str, tuple[str, ...]]
    faqs: tuple[tuple[str, str], ...]
    aliases: tuple[str, ...]

    def facts_for(self, aspect: str) -> tuple[str, ...]:
        return self.facts.get(aspect, ())


@dataclass(frozen=True)
class KnowledgeGraphEdge:
    item_id: str | None
    subject_kind: str
    subject: str
    predicate: str
    object_kind: str
    object: str


def load_items(engine: Engine, ids: Sequence[str] | None = None) -> list[StoredItem]:
    """All stored items (or the given ids), with facts, FAQs and aliases, ordered by id."""
    stmt = (
        select(ServiceItem)
        .options(
            selectinload(ServiceItem.facts),
            selectinload(ServiceItem.faqs),
            selectinload(ServiceItem.aliases),
        )
        .order_by(ServiceItem.id)
    )
    if ids is not None:
        stmt = stmt.where(ServiceItem.id.in_(list(ids)))
    result = []
    with Session(engine) as session:
        for item in session.execute(stmt).unique().scalars():
            facts: dict[str, list[str]] = {}
            for fact in sorted(item.facts, key=lambda f: (f.aspect, f.position)):
                facts.setdefault(fact.aspect, []).append(fact.text)
            result.append(
                StoredItem(
                    id=item.id,
                    name=item.name,
                    domain=item.domain,
                    source=item.source,
                    department=item.department.name if item.department else "",
                    office_name=item.office.name if item.office else "",
                    office_address=item.office.address if item.office else "",
                    office_hours=item.office.hours if item.office else "",
                    url=item.url,
                    online_available=item.online_available,
                    last_updated=item.last_updated,
                    facts={k: tuple(v) for k, v in facts.items()},
                    faqs=tuple((f.question, f.answer) for f in item.faqs),
                    aliases=tuple(a.alias for a in item.aliases),
                )
            )
    return result


def load_triples(engine: Engine) -> list[KnowledgeGraphEdge]:
    with Session(engine) as session:
        rows = session.execute(select(Triple).order_by(Triple.id)).scalars().all()
        return [
            KnowledgeGraphEdge(
                r.item_id, r.subject_kind, r.subject, r.predicate, r.object_kind, r.object
            )
            for r in rows
        ]


def count_rows(engine: Engine) -> dict[str, int]:
    """Row counts per knowledge table (for CLI summaries and tests)."""
    from sqlalchemy import func

    counts = {}
    with Session(engine) as session:
        for model in (ServiceItem, Fact, FAQEntry, Alias, Department, Office, Triple):
            counts[model.__tablename__] = session.execute(
                select(func.count()).select_from(model)
            ).scalar_one()
    return counts
