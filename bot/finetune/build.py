"""``python -m bot data build``: collect → clean → de-duplicate → group → split → write + data card.

Outputs (default ``build/data/``, git-ignored): ``train.jsonl``, ``dev.jsonl``, ``test.jsonl``,
``labels.json`` (intents, entity types, departments) and ``data_card.json`` / ``data_card.md``
(counts per task and split, what cleaning removed, the inputs and their hash). A build whose
inputs hash to the same value as the existing card is skipped unless forced.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tqdm import tqdm

from bot import pii
from bot.finetune.clean import LengthLimits, Redactor, clean_annotated, clean_text
from bot.finetune.collect import (
    dialogue_records,
    domain_responses,
    import_messages,
    load_routing_file,
    nlu_records,
    routing_records,
)
from bot.finetune.dedup import near_duplicates, paraphrase_groups
from bot.finetune.nlu_yaml import load_nlu_files
from bot.finetune.records import Record, write_jsonl

BUILD_VERSION = 1
SPLITS = ("train", "dev", "test")


class PIILeakError(RuntimeError):
    """Raw PII would have been written to a dataset; nothing was written."""


@dataclass
class BuildInputs:
    """Where the data comes from. Missing optional sources are tolerated (and listed in the card)."""

    nlu_files: list[Path] = field(default_factory=list)
    story_files: list[Path] = field(default_factory=list)
    domain_file: Path | None = None
    routing_file: Path | None = None
    knowledge_dir: Path | None = None
    imports: list[Path] = field(default_factory=list)
    # Public strings never redacted (office phone numbers); knowledge phones are added automatically.
    allow: list[str] = field(default_factory=list)

    @classmethod
    def for_project(
        cls, root: Path, knowledge_dir: Path, imports: Sequence[Path] = ()
    ) -> BuildInputs:
        nlu_dir = root / "data" / "nlu"
        nlu_files = sorted(nlu_dir.glob("*.yml")) if nlu_dir.is_dir() else []
        centres = root / "data" / "service_centres.yml"
        return cls(
            nlu_files=nlu_files,
            story_files=[
                p
                for p in (root / "data" / "stories.yml", root / "data" / "rules.yml")
                if p.exists()
            ],
            domain_file=root / "domain.yml",
            routing_file=root / "data" / "routing" / "complaints.yml",
            knowledge_dir=knowledge_dir,
            imports=list(imports),
            allow=_centre_phones(centres),
        )

    def files(self) -> list[Path]:
        out = [*self.nlu_files, *self.story_files]
        out += [p for p in (self.domain_file, self.routing_file) if p is not None]
        if self.knowledge_dir is not None and self.knowledge_dir.is_dir():
            out += sorted(self.knowledge_dir.glob("*.yml"))
        for imp in self.imports:
            out += sorted(p for p in imp.iterdir() if p.is_file()) if imp.is_dir() else [imp]
        return [p for p in out if p.exists()]


@dataclass(frozen=True)
class BuildOptions:
    seed: int = 13
    dev_fraction: float = 0.1
    test_fraction: float = 0.1
    near_dup_threshold: float = 0.85  # Jaccard on char 3-grams: at or above is a duplicate
    paraphrase_threshold: float = 0.6  # at or above: same source, same split
    limits: LengthLimits = LengthLimits()
    max_import_records: int = 0  # 0 = all


def _centre_phones(path: Path) -> list[str]:
    if not path.exists():
        return []
    import yaml

    data = yaml.safe_load(path.read_text("utf-8")) or {}
    return [
        str(c["phone"]) for c in data.get("centres", []) if isinstance(c, dict) and c.get("phone")
    ]


def inputs_hash(inputs: BuildInputs, options: BuildOptions) -> str:
    h = hashlib.sha256(f"build-v{BUILD_VERSION}:{options!r}:{sorted(inputs.allow)}".encode())
    for path in inputs.files():
        h.update(path.name.encode())
        h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


# --- collect ----------------------------------------------------------------------------------


def collect(
    inputs: BuildInputs, options: BuildOptions
) -> tuple[list[Record], list[str], dict[str, str]]:
    """All raw records, the public strings to keep, and notes on missing sources."""
    notes: dict[str, str] = {}
    nlu = load_nlu_files(inputs.nlu_files) if inputs.nlu_files else []
    if not nlu:
        notes["nlu"] = "no NLU files found"
    records = nlu_records(nlu)

    allow = list(inputs.allow)
    answer_for: dict[str, str] = {}
    if inputs.knowledge_dir is not None and inputs.knowledge_dir.is_dir():
        from bot.finetune.knowledge_data import item_passage, knowledge_records, public_numbers
        from bot.knowledge.schema import load_knowledge_dir

        items = load_knowledge_dir(inputs.knowledge_dir)
        records += knowledge_records(items, seed=options.seed)
        allow += sorted(public_numbers(items))
        answer_for = {it.id: item_passage(it) for it in items}
    else:
        notes["knowledge"] = f"knowledge folder {inputs.knowledge_dir} not found"

    if inputs.routing_file is not None and inputs.routing_file.exists():
        departments, mapping = load_routing_file(inputs.routing_file)
        records += routing_records(departments, inputs.routing_file.name)
    else:
        departments, mapping = {}, {}
        notes["routing"] = "no routing file"

    responses = domain_responses(inputs.domain_file) if inputs.domain_file else {}
    if inputs.story_files and nlu:
        records += dialogue_records(
            inputs.story_files, nlu, responses, answer_for, seed=options.seed
        )
    else:
        notes["dialogue"] = "no stories (or no NLU examples to voice them)"

    for imp in inputs.imports:
        imported = import_messages(imp, mapping)
        if options.max_import_records:
            rng = random.Random(options.seed)
            rng.shuffle(imported)
            imported = imported[: options.max_import_records]
        records += imported
    return records, allow, notes


# --- clean ------------------------------------------------------------------------------------


def clean(
    records: list[Record], redactor: Redactor, limits: LengthLimits
) -> tuple[list[Record], Counter]:
    dropped: Counter = Counter()
    out: list[Record] = []
    for r in tqdm(records, desc="clean", unit="rec", leave=False):
        if r.entities:
            r.text, r.entities = clean_annotated(r.text, r.entities, redactor)
        else:
            r.text = clean_text(r.text, redactor)
        r.messages = [
            {"role": m["role"], "content": clean_text(m["content"], redactor)} for m in r.messages
        ]
        if r.response is not None:
            r.response = clean_text(r.response, redactor)
        if r.passage is not None:
            r.passage = clean_text(r.passage, redactor)
        r.facts = [f for f in (clean_text(f, redactor) for f in r.facts) if f]
        if r.response is None:
            if not limits.min_text <= len(r.text) <= limits.max_text:
                dropped[f"length:{r.task}"] += 1
                continue
        else:
            prompt_len = sum(len(m["content"]) for m in r.messages)
            if (
                not limits.min_response <= len(r.response) <= limits.max_response
                or prompt_len > limits.max_prompt
            ):
                dropped[f"length:{r.task}"] += 1
                continue
        out.append(r)
    return out, dropped


def deduplicate(records: list[Record], threshold: float) -> tuple[list[Record], Counter]:
    dropped: Counter = Counter()
    seen: set[tuple[str, str]] = set()
    exact: list[Record] = []
    for r in records:
        key = (r.task, r.content_key())
        if key in seen:
            dropped[f"exact:{r.task}"] += 1
            continue
        seen.add(key)
        exact.append(r)
    out: list[Record] = []
    by_task: dict[str, list[Record]] = defaultdict(list)
    for r in exact:
        by_task[r.task].append(r)
    for task, rs in by_task.items():
        # Knowledge records are generated from distinct fields: near-identical wording there is
        # a template, not a duplicate, and the group already keeps them together.
        if task.startswith("knowledge"):
            out += rs
            continue
        dup_of = near_duplicates([r.content_key() for r in rs], threshold)
        for r, d in zip(rs, dup_of, strict=True):
            if d is None:
                out.append(r)
            else:
                dropped[f"near:{task}"] += 1
    return out, dropped


def assign_groups(records: list[Record], threshold: float) -> None:
    by_task: dict[str, list[Record]] = defaultdict(list)
    for r in records:
        if not r.group:
            by_task[r.task].append(r)
    for task, rs in by_task.items():
        leaders = paraphrase_groups([r.text or r.content_key() for r in rs], threshold)
        for r, leader in zip(rs, leaders, strict=True):
            r.group = f"{task}:{rs[leader].content_key()[:40]}"


def split_of(group: str, options: BuildOptions) -> str:
    """Stable split from the group's hash: adding data never moves an existing group."""
    u = int(hashlib.sha256(f"{options.seed}:{group}".encode()).hexdigest()[:12], 16) / 16**12
    if u < options.test_fraction:
        return "test"
    if u < options.test_fraction + options.dev_fraction:
        return "dev"
    return "train"


# --- audit ------------------------------------------------------------------------------------


def _strings(r: Record) -> list[str]:
    out = [r.text, r.response or "", r.passage or "", *r.facts]
    out += [m["content"] for m in r.messages]
    out += [str(e.get("value", "")) for e in r.entities]
    return out


def audit_pii(records: Sequence[Record], allow: Sequence[str]) -> list[tuple[str, str]]:
    """(record id, text) for every string in which PII is still found, allow-listed values aside.

    Independent of the redaction step on purpose: it asks :func:`bot.pii.find_pii` afresh.
    """
    allowed = set(allow)
    leaks = []
    for r in records:
        for s in _strings(r):
            if s and any(m.text not in allowed for m in pii.find_pii(s)):
                leaks.append((r.id, s))
    return leaks


# --- build ------------------------------------------------------------------------------------


def build_dataset(
    inputs: BuildInputs,
    out_dir: Path,
    options: BuildOptions | None = None,
    force: bool = False,
    log: Callable[[str], None] = print,
) -> dict[str, Any]:
    """Build the datasets into ``out_dir``; returns the data card."""
    options = options or BuildOptions()
    digest = inputs_hash(inputs, options)
    card_path = out_dir / "data_card.json"
    if not force and card_path.exists():
        old = json.loads(card_path.read_text("utf-8"))
        if old.get("inputs_sha256") == digest and all(
            (out_dir / f"{s}.jsonl").exists() for s in SPLITS
        ):
            log(
                f"inputs unchanged (sha256 {digest[:12]}); keeping {out_dir}. Use --force to rebuild."
            )
            return old

    raw, allow, notes = collect(inputs, options)
    redactor = Redactor(allow=tuple(allow))
    cleaned, dropped = clean(raw, redactor, options.limits)
    unique, dup_dropped = deduplicate(cleaned, options.near_dup_threshold)
    dropped.update(dup_dropped)
    assign_groups(unique, options.paraphrase_threshold)
    for r in unique:
        r.finalise_id()

    leaks = audit_pii(unique, allow)
    if leaks:
        sample = "; ".join(f"{i}: {s[:60]!r}" for i, s in leaks[:3])
        raise PIILeakError(
            f"{len(leaks)} string(s) still contain PII after redaction, e.g. {sample}"
        )

    splits: dict[str, list[Record]] = {s: [] for s in SPLITS}
    for r in unique:
        splits[split_of(r.group, options)].append(r)
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, rs in splits.items():
        write_jsonl(out_dir / f"{name}.jsonl", rs)

    labels = {
        "intents": sorted({r.intent for r in unique if r.intent}),
        "entities": sorted({e["entity"] for r in unique for e in r.entities}),
        "departments": sorted({r.department for r in unique if r.department}),
    }
    (out_dir / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=2), "utf-8")

    counts = {s: dict(Counter(r.task for r in rs)) for s, rs in splits.items()}
    groups = {s: len({r.group for r in rs}) for s, rs in splits.items()}
    card = {
        "build_version": BUILD_VERSION,
        "inputs_sha256": digest,
        "inputs": [_display(p) for p in inputs.files()],
        "missing_sources": notes,
        "options": {
            k: (v.__dict__ if hasattr(v, "__dict__") else v) for k, v in options.__dict__.items()
        },
        "raw_records": len(raw),
        "records": {s: len(rs) for s, rs in splits.items()},
        "counts": counts,
        "groups": groups,
        "dropped": dict(sorted(dropped.items())),
        "pii_redacted_strings": redactor.replaced,
        "labels": {k: len(v) for k, v in labels.items()},
    }
    card_path.write_text(json.dumps(card, ensure_ascii=False, indent=2), "utf-8")
    (out_dir / "data_card.md").write_text(_card_markdown(card), "utf-8")
    return card


def _display(path: Path) -> str:
    """Project files by their path in the repository; others (imports) by their full path."""
    from bot.settings import PROJECT_ROOT

    try:
        return str(path.resolve().relative_to(PROJECT_ROOT))
    except ValueError:
        return str(path)


def _card_markdown(card: dict[str, Any]) -> str:
    tasks = sorted({t for c in card["counts"].values() for t in c})
    lines = [
        "# Data card: minsheng fine-tuning data",
        "",
        f"Inputs sha256: `{card['inputs_sha256']}` (build v{card['build_version']}).",
        "Text is NFKC-normalised (Chinese punctuation kept full-width), PII replaced by typed",
        "placeholders (<PHONE>, <ID_NUMBER>, <TICKET_ID>, <NAME>); published office numbers kept.",
        "Splits are by paraphrase group: paraphrases of one source never straddle splits.",
        "",
        "| task | " + " | ".join(SPLITS) + " |",
        "|---|" + "---|" * len(SPLITS),
    ]
    for t in tasks:
        lines.append(
            f"| {t} | " + " | ".join(str(card["counts"][s].get(t, 0)) for s in SPLITS) + " |"
        )
    lines += [
        "",
        f"Dropped: {card['dropped'] or 'nothing'}.",
        f"Missing sources: {card['missing_sources'] or 'none'}.",
        "",
    ]
    return "\n".join(lines)
