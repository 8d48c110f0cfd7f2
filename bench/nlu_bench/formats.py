"""Readers for the public data sets' file formats (SMP2017-ECDT, KUAKE-QIC, CLUENER2020)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from bench.nlu_bench.examples import Entity, Example

# The one intent every CLUENER example carries (Rasa examples need one; it is never scored).
ENTITY_ONLY_INTENT = "cluener_text"


def clean_text(text: str) -> str:
    """Strips whitespace and byte-order marks (SMP2017's first line starts with one)."""
    return text.replace("\ufeff", "").strip()


def intent_names(labels: Iterable[str], prefix: str) -> dict[str, str]:
    """Maps data set labels ("app", "治疗方案") to valid Rasa intent names ``<prefix>_<nn>``,
    numbered in sorted label order so the mapping is the same on every run."""
    unique = sorted(set(labels))
    width = max(2, len(str(len(unique) - 1)))
    return {label: f"{prefix}_{i:0{width}d}" for i, label in enumerate(unique)}


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    rows = []
    with path.open(encoding="utf-8-sig") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise ValueError(f"{path}:{number}: not valid JSON ({e})") from e
    return rows


def labelled_examples(
    rows: Iterable[tuple[str, str]], mapping: dict[str, str]
) -> tuple[list[Example], int]:
    """(text, label) rows -> examples with mapped intents; empty texts are dropped (counted)."""
    examples, dropped = [], 0
    for text, label in rows:
        text = clean_text(text or "")
        if not text:
            dropped += 1
            continue
        examples.append(Example(text, mapping[label]))
    return examples, dropped


def smp2017_rows(path: Path) -> list[tuple[str, str]]:
    """SMP2017-ECDT JSONL ``{"text", "label"}``."""
    return [(row["text"], str(row["label"])) for row in read_jsonl(path)]


def kuake_rows(path: Path) -> list[tuple[str, str]]:
    """KUAKE-QIC JSON list ``{"id", "query", "label"}``."""
    data = json.loads(path.read_text(encoding="utf-8-sig"))
    if not isinstance(data, list):
        raise ValueError(f"{path}: expected a JSON list, got {type(data).__name__}")
    return [(row["query"], str(row["label"])) for row in data]


def cluener_example(row: dict[str, Any]) -> tuple[Example | None, int]:
    """One CLUENER row ``{"text", "label": {type: {mention: [[start, end], ...]}}}`` (end
    inclusive) -> an example with end-exclusive spans. Spans that do not match their mention are
    dropped and counted; an empty text gives None."""
    raw = row.get("text") or ""
    # Offsets index the raw text: strip nothing that would shift them, only reject blank rows.
    if not raw.strip():
        return None, 0
    entities, bad = [], 0
    for entity_type, mentions in (row.get("label") or {}).items():
        for mention, spans in mentions.items():
            for start, end_inclusive in spans:
                end = end_inclusive + 1
                if not 0 <= start < end <= len(raw) or raw[start:end] != mention:
                    bad += 1
                    continue
                entities.append(Entity(start, end, entity_type, mention))
    entities.sort(key=lambda e: (e.start, e.end, e.type))
    return Example(raw, ENTITY_ONLY_INTENT, tuple(entities)), bad
