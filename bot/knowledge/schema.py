"""Typed records for the curated knowledge base and their validation.

Each ``data/knowledge/<domain>.yml`` file holds the service items of one domain (see
``data/knowledge/README.md``). :func:`load_knowledge_dir` validates *every* file and item first and
raises one :class:`KnowledgeSchemaError` naming file, item and field for each problem; it returns
records only when everything is valid, so nothing is ever half-loaded.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

MIN_ALIASES = 5
MIN_FAQS = 4
SCHEMA_VERSION = 1
# Service centres file that offices may reference with ``office: {centre: <id>}``.
CENTRES_FILE_NAME = "service_centres.yml"

_ID_RE = re.compile(r"^[a-z][a-z0-9_]{1,63}$")


@dataclass(frozen=True)
class Office:
    """Where the service is handled in person."""

    name: str
    address: str
    hours: str
    # Optional extra guidance, e.g. "也可就近到各区政务服务中心办理".
    note: str = ""
    # Id of a centre in data/service_centres.yml when the office is one of them.
    centre_id: str = ""


@dataclass(frozen=True)
class OnlineChannel:
    """Whether and where the service can be handled online."""

    available: bool
    # Human description of the channel(s), e.g. "示例市政务服务网、“i示例”App".
    channel: str
    url: str = ""


@dataclass(frozen=True)
class FAQ:
    q: str
    a: str


@dataclass(frozen=True)
class KnowledgeItem:
    """One public service the hotline can explain (canonical ``service_item`` id)."""

    id: str
    name: str
    domain: str
    aliases: tuple[str, ...]
    department: str
    eligibility: str
    materials: tuple[str, ...]
    steps: tuple[str, ...]
    office: Office
    online: OnlineChannel
    fees: str
    time_limit: str
    phone: str
    policy_basis: tuple[str, ...]
    last_updated: dt.date
    faqs: tuple[FAQ, ...]
    source_file: str = field(default="", compare=False)

    @property
    def online_channel(self) -> str:
        """Online channel as one sentence (for prompts and training data)."""
        if not self.online.available:
            return f"暂不支持网上办理。{self.online.channel}".rstrip("。") + "。"
        url = f"（{self.online.url}）" if self.online.url else ""
        return f"可网上办理：{self.online.channel}{url}"


class KnowledgeSchemaError(ValueError):
    """The knowledge files are invalid; ``problems`` lists every (file, item, field, message)."""

    def __init__(self, problems: list[tuple[str, str, str, str]]):
        self.problems = problems
        lines = [f"{f}: item {i!r}, field {fld!r}: {msg}" for f, i, fld, msg in problems]
        super().__init__(
            f"{len(problems)} problem(s) in the knowledge files:\n  " + "\n  ".join(lines)
        )


class _Collector:
    """Collects validation problems for one file so that all of them are reported at once."""

    def __init__(self, file: str):
        self.file = file
        self.problems: list[tuple[str, str, str, str]] = []

    def add(self, item: str, fld: str, message: str) -> None:
        self.problems.append((self.file, item, fld, message))


def _text(
    raw: Mapping[str, Any], key: str, item: str, out: _Collector, required: bool = True
) -> str:
    value = raw.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            out.add(item, key, "is required and must be non-empty text")
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        # YAML turns bare numbers (e.g. a phone like 12345) into ints; keep them as text.
        return str(value)
    if not isinstance(value, str):
        out.add(item, key, f"must be text, got {type(value).__name__}")
        return ""
    return value.strip()


def _text_list(
    raw: Mapping[str, Any], key: str, item: str, out: _Collector, minimum: int = 1
) -> tuple[str, ...]:
    value = raw.get(key)
    if value is None:
        out.add(item, key, "is required (a list of text)")
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        out.add(item, key, f"must be a list of text, got {type(value).__name__}")
        return ()
    result: list[str] = []
    for n, entry in enumerate(value):
        if isinstance(entry, int | float) and not isinstance(entry, bool):
            entry = str(entry)
        if not isinstance(entry, str) or not entry.strip():
            out.add(item, f"{key}[{n}]", "must be non-empty text")
            continue
        result.append(entry.strip())
    if len(result) < minimum:
        out.add(item, key, f"needs at least {minimum} entries, got {len(result)}")
    return tuple(result)


def _office(
    raw: Mapping[str, Any], item: str, out: _Collector, centres: Mapping[str, Mapping[str, Any]]
) -> Office:
    value = raw.get("office")
    if not isinstance(value, Mapping):
        out.add(item, "office", "is required: a mapping with name/address/hours or centre")
        return Office("", "", "")
    centre_id = value.get("centre")
    base: dict[str, str] = {}
    if centre_id is not None:
        if centre_id not in centres:
            known = ", ".join(sorted(centres)) or "none loaded"
            out.add(item, "office.centre", f"unknown service centre {centre_id!r} (known: {known})")
        else:
            c = centres[centre_id]
            base = {k: str(c.get(k, "")) for k in ("name", "address", "hours")}
    fields_ = {}
    for key in ("name", "address", "hours"):
        given = value.get(key)
        if given is not None and (not isinstance(given, str) or not given.strip()):
            out.add(item, f"office.{key}", "must be non-empty text")
            given = None
        fields_[key] = (given or base.get(key) or "").strip()
        if not fields_[key]:
            out.add(item, f"office.{key}", "is required (or reference a centre)")
    note = value.get("note", "")
    if not isinstance(note, str):
        out.add(item, "office.note", "must be text")
        note = ""
    unknown = set(value) - {"name", "address", "hours", "note", "centre"}
    if unknown:
        out.add(item, "office", f"unknown keys {sorted(unknown)}")
    return Office(**fields_, note=note.strip(), centre_id=str(centre_id or ""))


def _online(raw: Mapping[str, Any], item: str, out: _Collector) -> OnlineChannel:
    value = raw.get("online")
    if not isinstance(value, Mapping):
        out.add(item, "online", "is required: a mapping with available (true/false) and channel")
        return OnlineChannel(False, "")
    available = value.get("available")
    if not isinstance(available, bool):
        out.add(item, "online.available", "must be true or false")
        available = False
    channel = _text(value, "channel", item, _Prefixed(out, "online."))
    url = value.get("url", "") or ""
    if not isinstance(url, str) or (url and not url.startswith(("http://", "https://"))):
        out.add(item, "online.url", f"must be an http(s) URL, got {url!r}")
        url = ""
    return OnlineChannel(available, channel, url)


class _Prefixed(_Collector):
    """Adds a prefix to field names (nested mappings)."""

    def __init__(self, inner: _Collector, prefix: str):
        self.inner, self.prefix = inner, prefix

    def add(self, item: str, fld: str, message: str) -> None:
        self.inner.add(item, self.prefix + fld, message)


def _faqs(raw: Mapping[str, Any], item: str, out: _Collector) -> tuple[FAQ, ...]:
    value = raw.get("faqs")
    if not isinstance(value, list):
        out.add(item, "faqs", f"is required: a list of at least {MIN_FAQS} {{q, a}} pairs")
        return ()
    result = []
    for n, entry in enumerate(value):
        if not isinstance(entry, Mapping):
            out.add(item, f"faqs[{n}]", "must be a mapping with q and a")
            continue
        q = _text(entry, "q", item, _Prefixed(out, f"faqs[{n}]."))
        a = _text(entry, "a", item, _Prefixed(out, f"faqs[{n}]."))
        if q and a:
            result.append(FAQ(q, a))
    if len(result) < MIN_FAQS:
        out.add(item, "faqs", f"needs at least {MIN_FAQS} question/answer pairs, got {len(result)}")
    return tuple(result)


def _date(raw: Mapping[str, Any], item: str, out: _Collector) -> dt.date:
    value = raw.get("last_updated")
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    out.add(item, "last_updated", f"must be a date YYYY-MM-DD, got {value!r}")
    return dt.date(1970, 1, 1)


ITEM_KEYS = {
    "id",
    "name",
    "aliases",
    "department",
    "eligibility",
    "materials",
    "steps",
    "office",
    "online",
    "fees",
    "time_limit",
    "phone",
    "policy_basis",
    "last_updated",
    "faqs",
}


def parse_item(
    raw: Any,
    domain: str,
    file: str,
    out: _Collector,
    position: int,
    centres: Mapping[str, Mapping[str, Any]],
) -> KnowledgeItem | None:
    """Validate one raw item mapping; problems go to ``out``; returns None when invalid."""
    if not isinstance(raw, Mapping):
        out.add(f"#{position}", "item", f"must be a mapping, got {type(raw).__name__}")
        return None
    before = len(out.problems)
    raw_id = raw.get("id")
    item = raw_id if isinstance(raw_id, str) and raw_id else f"#{position}"
    if not isinstance(raw_id, str) or not _ID_RE.match(raw_id):
        out.add(item, "id", f"must be a lowercase identifier like ss_card_apply, got {raw_id!r}")
    unknown = set(raw) - ITEM_KEYS
    if unknown:
        out.add(item, "(keys)", f"unknown keys {sorted(unknown)}; allowed: {sorted(ITEM_KEYS)}")
    name = _text(raw, "name", item, out)
    aliases = _text_list(raw, "aliases", item, out, minimum=MIN_ALIASES)
    if len(set(aliases)) != len(aliases):
        out.add(item, "aliases", "contains duplicates")
    if name and name in aliases:
        out.add(item, "aliases", "must not repeat the item name")
    result = KnowledgeItem(
        id=str(raw_id),
        name=name,
        domain=domain,
        aliases=aliases,
        department=_text(raw, "department", item, out),
        eligibility=_text(raw, "eligibility", item, out),
        materials=_text_list(raw, "materials", item, out),
        steps=_text_list(raw, "steps", item, out),
        office=_office(raw, item, out, centres),
        online=_online(raw, item, out),
        fees=_text(raw, "fees", item, out),
        time_limit=_text(raw, "time_limit", item, out),
        phone=_text(raw, "phone", item, out),
        policy_basis=_text_list(raw, "policy_basis", item, out),
        last_updated=_date(raw, item, out),
        faqs=_faqs(raw, item, out),
        source_file=file,
    )
    return result if len(out.problems) == before else None


def load_centres(path: Path) -> dict[str, dict[str, Any]]:
    """Service centres by id from ``data/service_centres.yml`` (empty when the file is absent)."""
    if not path.exists():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    centres = data.get("centres", []) if isinstance(data, Mapping) else []
    return {c["id"]: c for c in centres if isinstance(c, Mapping) and "id" in c}


def _parse_file(
    path: Path, centres: Mapping[str, Mapping[str, Any]]
) -> tuple[list[KnowledgeItem], list[tuple[str, str, str, str]]]:
    out = _Collector(path.name)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        out.add("-", "(file)", f"is not valid YAML: {e}")
        return [], out.problems
    if not isinstance(data, Mapping):
        out.add("-", "(file)", "must be a mapping with version, domain and items")
        return [], out.problems
    if data.get("version") != SCHEMA_VERSION:
        out.add("-", "version", f"must be {SCHEMA_VERSION}, got {data.get('version')!r}")
    domain = data.get("domain")
    if not isinstance(domain, str) or not domain.strip():
        out.add("-", "domain", "is required (e.g. 社保)")
        domain = ""
    raw_items = data.get("items")
    if not isinstance(raw_items, list) or not raw_items:
        out.add("-", "items", "must be a non-empty list of service items")
        return [], out.problems
    items = []
    for n, raw in enumerate(raw_items):
        parsed = parse_item(raw, domain.strip(), path.name, out, n, centres)
        if parsed is not None:
            items.append(parsed)
    return items, out.problems


def load_knowledge_dir(path: Path, centres_file: Path | None = None) -> list[KnowledgeItem]:
    """Load every ``*.yml`` in ``path``, validated; all-or-nothing.

    Offices may reference centres by id; they are read from ``centres_file`` (default: the
    ``service_centres.yml`` next to the knowledge folder). Raises :class:`KnowledgeSchemaError`
    listing every problem (file, item, field) and :class:`FileNotFoundError` for a missing folder.
    """
    path = Path(path)
    if not path.is_dir():
        raise FileNotFoundError(f"knowledge folder {path} does not exist")
    centres = load_centres(centres_file or path.parent / CENTRES_FILE_NAME)
    files = sorted(p for p in path.glob("*.yml") if p.is_file())
    if not files:
        raise KnowledgeSchemaError([(str(path), "-", "(folder)", "contains no *.yml files")])
    items: list[KnowledgeItem] = []
    problems: list[tuple[str, str, str, str]] = []
    for file in files:
        file_items, file_problems = _parse_file(file, centres)
        items.extend(file_items)
        problems.extend(file_problems)
    # Cross-file checks: ids unique, and an alias must point at one item only (or retrieval is
    # ambiguous by construction).
    seen_ids: dict[str, str] = {}
    alias_owner: dict[str, str] = {}
    for it in items:
        if it.id in seen_ids:
            problems.append(
                (it.source_file, it.id, "id", f"duplicate id (also in {seen_ids[it.id]})")
            )
        seen_ids.setdefault(it.id, it.source_file)
        for alias in (it.name, *it.aliases):
            owner = alias_owner.setdefault(alias, it.id)
            if owner != it.id:
                problems.append(
                    (it.source_file, it.id, "aliases", f"{alias!r} is already used by {owner}")
                )
    if problems:
        raise KnowledgeSchemaError(problems)
    return items
