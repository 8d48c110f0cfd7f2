"""Read Rasa 3 NLU training data (YAML) without importing Rasa.

Supports what our data uses and what Rasa documents for the markdown-in-YAML example syntax:
``[南湖区](district)``, ``[南湖区](district:nanhu)`` (legacy synonym form) and
``[社保卡]{"entity": "service_item", "value": "ss_card_replace"}``, in ``examples: |`` blocks or as
``examples: [{text: ..., metadata: ...}]`` lists. ``synonym``, ``regex`` and ``lookup`` sections are
skipped (they carry no labelled utterances). Entity offsets refer to the plain text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

# [text](entity) / [text](entity:value) / [text]{"entity": ...}
_ANNOTATION = re.compile(r"\[(?P<text>[^\]]+)\](?:\((?P<short>[^)]+)\)|(?P<json>\{[^}]*\}))")


class NLUFormatError(ValueError):
    """An NLU file or example cannot be parsed; the message names file and example."""


@dataclass(frozen=True)
class Entity:
    start: int
    end: int  # exclusive
    entity: str
    value: str
    text: str


@dataclass(frozen=True)
class NLUExample:
    text: str
    intent: str
    entities: tuple[Entity, ...] = ()
    source: str = field(default="", compare=False)


def parse_example(annotated: str, intent: str = "", source: str = "") -> NLUExample:
    """Strip entity annotations from one example and return plain text with offsets."""
    parts: list[str] = []
    entities: list[Entity] = []
    pos = 0
    length = 0
    for m in _ANNOTATION.finditer(annotated):
        before = annotated[pos : m.start()]
        parts.append(before)
        length += len(before)
        mention = m.group("text")
        if m.group("short") is not None:
            name, _, value = m.group("short").partition(":")
            name, value = name.strip(), value.strip() or mention
        else:
            try:
                spec = json.loads(m.group("json"))
            except json.JSONDecodeError as e:
                raise NLUFormatError(f"{source}: bad entity JSON in {annotated!r}: {e}") from e
            if not isinstance(spec, dict) or not spec.get("entity"):
                raise NLUFormatError(
                    f"{source}: entity annotation without 'entity' in {annotated!r}"
                )
            name, value = str(spec["entity"]), str(spec.get("value", mention))
        if not name:
            raise NLUFormatError(f"{source}: empty entity name in {annotated!r}")
        entities.append(Entity(length, length + len(mention), name, value, mention))
        parts.append(mention)
        length += len(mention)
        pos = m.end()
    parts.append(annotated[pos:])
    text = "".join(parts)
    return NLUExample(text=text, intent=intent, entities=tuple(entities), source=source)


def _example_lines(block: Any, where: str) -> list[str]:
    if isinstance(block, str):
        lines = []
        for raw in block.splitlines():
            line = raw.strip()
            if not line:
                continue
            if not line.startswith("- "):
                raise NLUFormatError(f"{where}: example lines must start with '- ', got {raw!r}")
            lines.append(line[2:].strip())
        return lines
    if isinstance(block, list):
        out = []
        for entry in block:
            if isinstance(entry, dict) and isinstance(entry.get("text"), str):
                out.append(entry["text"].strip())
            elif isinstance(entry, str):
                out.append(entry.strip())
            else:
                raise NLUFormatError(f"{where}: unsupported example entry {entry!r}")
        return out
    raise NLUFormatError(f"{where}: 'examples' must be a block string or a list")


def parse_nlu_yaml(text: str, source: str = "<string>") -> list[NLUExample]:
    """Parse the ``nlu:`` section of one Rasa YAML document."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        raise NLUFormatError(f"{source}: not valid YAML: {e}") from e
    if not data:
        return []
    if not isinstance(data, dict):
        raise NLUFormatError(f"{source}: expected a mapping with an 'nlu' list")
    sections = data.get("nlu") or []
    if not isinstance(sections, list):
        raise NLUFormatError(f"{source}: 'nlu' must be a list")
    examples: list[NLUExample] = []
    for n, section in enumerate(sections):
        if not isinstance(section, dict) or "intent" not in section:
            continue  # synonym / regex / lookup sections
        intent = str(section["intent"])
        where = f"{source}: nlu[{n}] ({intent})"
        for line in _example_lines(section.get("examples", ""), where):
            examples.append(parse_example(line, intent, source=where))
    return examples


def load_nlu_files(paths: list[Path]) -> list[NLUExample]:
    out: list[NLUExample] = []
    for path in sorted(paths):
        out.extend(parse_nlu_yaml(Path(path).read_text("utf-8"), source=str(path)))
    return out
