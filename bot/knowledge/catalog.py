"""Importer for the standard government service-catalogue export (政务服务事项目录).

The format is the provincial portals' export used by the Guangdong catalogue in
``shared/data/gd_gov_service_catalog/policy.json``: JSON Lines, one item per line with TASK_CODE,
TASK_NAME, DEPT_NAME, handle_location, handle_time(_limit), consult_phone, complain_phone,
material_intro, service_object_name, theme_category, URL, ... ("无" means "none").

Items are stored with their TASK_CODE as id. A malformed line (bad JSON, missing TASK_CODE/
TASK_NAME/DEPT_NAME, wrong types) is reported with its line number and skipped; the rest are
imported. Re-importing updates changed items and never duplicates.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from bot.knowledge.models import ITEM_ID_LENGTH
from bot.knowledge.store import (
    CATALOG,
    ItemRecord,
    OfficeRecord,
    TripleRecord,
    UpsertReport,
    upsert_records,
)

NONE_VALUES = {"", "无", "暂无", "null", "None", "-", "/"}
_DAYS_RE = re.compile(r"^\s*(\d+)\s*[（(]\s*(工作日|自然日|日|天)\s*[)）]\s*$")
REQUIRED_TEXT = ("TASK_CODE", "TASK_NAME", "DEPT_NAME")
LIST_FIELDS = ("material_intro", "service_object_name", "theme_category")


class CatalogRecordError(ValueError):
    """One catalogue record cannot be imported; the message says why."""


@dataclass(frozen=True)
class CatalogProblem:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass
class ImportReport:
    lines: int = 0
    valid: int = 0
    skipped: int = 0
    upsert: UpsertReport = field(default_factory=UpsertReport)
    problems: list[CatalogProblem] = field(default_factory=list)

    def summary(self) -> str:
        u = self.upsert
        return (
            f"read {self.valid + self.skipped} records ({self.lines} lines): "
            f"{u.inserted} inserted, {u.updated} updated, {u.unchanged} unchanged, "
            f"{self.skipped} skipped as malformed"
        )


def _clean(value: Any) -> str:
    if value is None:
        return ""
    text = str(value).strip()
    return "" if text in NONE_VALUES else text


def _days(value: Any) -> str:
    """'30(工作日)' -> '30个工作日'; other text returned cleaned."""
    text = _clean(value)
    m = _DAYS_RE.match(text)
    if not m:
        return text
    unit = {"工作日": "个工作日", "自然日": "个自然日"}.get(m.group(2), "天")
    return f"{m.group(1)}{unit}"


def _text_list(record: dict[str, Any], key: str) -> list[str]:
    value = record.get(key)
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise CatalogRecordError(f"{key} must be a list of text, got {type(value).__name__}")
    return [c for c in (_clean(v) for v in value) if c]


def _crawl_date(record: dict[str, Any]) -> dt.date | None:
    """The export carries no 'last updated' field; a MongoDB ObjectId embeds its creation time."""
    oid = record.get("_id")
    if isinstance(oid, dict):
        oid = oid.get("$oid")
    if isinstance(oid, str) and re.fullmatch(r"[0-9a-fA-F]{24}", oid):
        seconds = int(oid[:8], 16)
        return dt.datetime.fromtimestamp(seconds, dt.timezone.utc).date()
    return None


def record_from_catalog(record: Any) -> ItemRecord:
    """One parsed JSON object -> :class:`ItemRecord`; raises :class:`CatalogRecordError`."""
    if not isinstance(record, dict):
        raise CatalogRecordError(f"expected a JSON object, got {type(record).__name__}")
    for key in REQUIRED_TEXT:
        value = record.get(key)
        if not isinstance(value, str) or not _clean(value):
            raise CatalogRecordError(f"{key} is missing or empty")
    code = record["TASK_CODE"].strip()
    if len(code) > ITEM_ID_LENGTH or not re.fullmatch(r"[0-9A-Za-z_.-]+", code):
        raise CatalogRecordError(f"TASK_CODE {code!r} is not a valid code")
    name = _clean(record["TASK_NAME"])
    dept = _clean(record["DEPT_NAME"])
    materials = _text_list(record, "material_intro")
    objects = _text_list(record, "service_object_name")
    themes = [t for t in _text_list(record, "theme_category") if t != "其他"]
    matter_type = _clean(record.get("matter_type")) or _clean(record.get("TASK_TYPE_TEXT"))

    location = re.sub(r"^办理地点[:：]\s*", "", _clean(record.get("handle_location")))
    phone = _clean(record.get("consult_phone"))
    complain = _clean(record.get("complain_phone"))
    platform = _clean(record.get("bear_paltform"))  # sic: the export's spelling
    url = _clean(record.get("URL"))
    if url and not url.startswith(("http://", "https://")):
        url = ""
    online_book = _clean(record.get("online_book")) == "是"
    book_addr = _clean(record.get("online_book_addr"))
    courier = _clean(record.get("courier_service")) == "是"
    visits = _clean(record.get("visit_number"))
    co_dept = _clean(record.get("co_department"))
    accept = _clean(record.get("accept_standard"))
    legal_days = _days(record.get("handle_time"))
    promised_days = _days(record.get("handle_time_limit"))

    facts: list[tuple[str, str]] = []
    if objects:
        facts.append(("eligibility", "服务对象：" + "、".join(objects)))
    if accept:
        facts.append(("eligibility", "受理条件：" + accept))
    facts += [("materials", m) for m in materials]
    if location:
        facts.append(("location", f"{dept}（{location}）"))
    if visits.isdigit():
        facts.append(("location", f"办理该事项最多需到现场{visits}次"))
    if promised_days:
        facts.append(("time_limit", f"承诺办结时限：{promised_days}"))
    if legal_days:
        facts.append(("time_limit", f"法定办结时限：{legal_days}"))
    if phone:
        facts.append(("phone", f"咨询电话：{phone}"))
    if complain:
        facts.append(("phone", f"监督投诉电话：{complain}"))
    online_bits = []
    if platform:
        online_bits.append(f"可通过{platform}办理" + (f"（{url}）" if url else ""))
    elif url:
        online_bits.append(f"网上办事入口：{url}")
    if online_book:
        online_bits.append("支持网上预约" + (f"（{book_addr}）" if book_addr else ""))
    if courier:
        online_bits.append("支持快递送达")
    facts += [("online", b) for b in online_bits]
    facts.append(("department", dept))
    if co_dept:
        facts.append(("department", "联办部门：" + co_dept))
    if matter_type:
        facts.append(("policy", f"事项类型：{matter_type}"))

    aliases = []
    for key in ("CATANAME", "parentCatalogName", "subCatalogName", "matter_name", "subTaskName"):
        alias = _clean(record.get(key)) if isinstance(record.get(key), str) else ""
        if alias and alias != name and alias not in aliases:
            aliases.append(alias)
    short = _clean(record.get("matter_short"))
    if short and short != name and short not in aliases:
        aliases.append(short)

    subject = ("item", code)
    triples = [TripleRecord(*subject, "handled_by", "department", dept)]
    triples += [TripleRecord(*subject, "requires", "material", m) for m in materials]
    triples += [TripleRecord(*subject, "serves", "service_object", o) for o in objects]
    triples += [TripleRecord(*subject, "in_theme", "theme", t) for t in themes]
    if platform:
        triples.append(TripleRecord(*subject, "online_at", "channel", platform))
    shared = []
    if location:
        triples.append(TripleRecord(*subject, "handled_at", "office", location))
        shared.append(TripleRecord("department", dept, "located_at", "office", location))

    return ItemRecord(
        id=code,
        name=name,
        domain="、".join(themes) or matter_type,
        source=CATALOG,
        department=dept,
        office=OfficeRecord(dept, location) if location else None,
        online_available=bool(platform or url) if (platform or url) else None,
        online_channel=platform,
        url=url,
        last_updated=_crawl_date(record),
        facts=facts,
        aliases=aliases,
        triples=triples,
        shared_triples=shared,
    )


def parse_catalog_lines(
    lines: Iterator[str] | list[str], problems: list[CatalogProblem]
) -> Iterator[tuple[int, ItemRecord]]:
    """Yield (line number, record) for valid lines; append a problem for each malformed one."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(CatalogProblem(number, f"invalid JSON ({e.msg} at column {e.colno})"))
            continue
        try:
            yield number, record_from_catalog(raw)
        except CatalogRecordError as e:
            problems.append(CatalogProblem(number, str(e)))


def import_catalog(
    engine: Engine,
    path: Path,
    on_progress: Callable[[], None] | None = None,
    on_total: Callable[[int], None] | None = None,
) -> ImportReport:
    """Import a catalogue file into the knowledge base (one transaction)."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"catalogue file {path} does not exist")
    text = path.read_text(encoding="utf-8-sig")
    lines = text.splitlines()
    report = ImportReport(lines=len(lines))
    records: dict[str, ItemRecord] = {}
    for _number, record in parse_catalog_lines(lines, report.problems):
        report.valid += 1
        # A code repeated within one file: the later line wins (same as re-importing it).
        records[record.id] = record
    report.skipped = len(report.problems)
    if on_total:
        on_total(len(records))
    with Session(engine) as session, session.begin():
        report.upsert = upsert_records(
            session,
            records.values(),
            on_progress=(lambda _r: on_progress()) if on_progress else None,
        )
    return report
