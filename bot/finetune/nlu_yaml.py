"""Read Rasa 3 NLU training data (YAML) without importing Rasa.

Supports what our data uses and what Rasa documents for the markdown-in-YAML example syntax:
``[南湖区](district)``, ``[南湖区](district:nanhu)`` (legacy synonym form),
``[社保卡]{"entity": "service_item", "value": "ss_card_replace", "role": ..., "group": ...}`` and
``[text][{"entity": "a"}, {"entity": "b"}]`` (several entities on one span), in ``examples: |``
blocks or as ``examples: [{text: ..., metadata: ...}]`` lists. ``synonym``, ``regex`` and
``lookup`` sections are skipped (they carry no labelled utterances). Entity offsets refer to the
plain text. Where Rasa would only warn (a line without ``-``, a non-string value), this reader
raises NLUFormatError. tests/finetune/test_nlu_yaml_agrees.py reads every NLU file of the project
with this reader and with Rasa's (RasaYAMLReader) and requires the same examples.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

# [text](entity) / [text](entity:value) / [text]{"entity": ...} / [text][{...}, {...}]: the same
# pattern as Rasa's entities_parser.ENTITY_REGEX (matches, offsets and plain text agree with Rasa's).
_ANNOTATION = re.compile(
    r"\[(?P<text>[^\]]+?)\]"
    r"(?:\((?P<entity>[^:)]+?)(?::(?P<value>[^)]+))?\)"
    r"|\{(?P<json>[^}]+?)\}"
    r"|\[(?P<json_list>.*?)\])"
)
_JSON_IN_LIST = re.compile(r"{(?P<json>[^}]+?)\}")
# Rasa strips only these around an example (not tabs or full-width spaces).
_STRIP = "\n\r "


class NLUFormatError(ValueError):
    """An NLU file or example cannot be parsed; the message names file and example."""


@dataclass(frozen=True)
class Entity:
    start: int
    end: int  # exclusive
    entity: str
    value: str
    text: str
    role: str | None = None
    group: str | None = None


@dataclass(frozen=True)
class NLUExample:
    text: str
    intent: str
    entities: tuple[Entity, ...] = ()
    source: str = field(default="", compare=False)


def _entity_from_json(body: str, mention: str, annotated: str, source: str) -> Entity:
    """One ``{"entity": ..., "value"?, "role"?, "group"?}`` annotation (body without braces)."""
    try:
        spec = json.loads("{" + body + "}")
    except json.JSONDecodeError as e:
        raise NLUFormatError(f"{source}: bad entity JSON in {annotated!r}: {e}") from e
    if not isinstance(spec.get("entity"), str) or not spec["entity"]:
        raise NLUFormatError(f"{source}: entity annotation without 'entity' in {annotated!r}")
    fields = {key: spec.get(key) for key in ("value", "role", "group")}
    for key, value in fields.items():
        if value is not None and not isinstance(value, str):
            raise NLUFormatError(f"{source}: entity {key} must be a string in {annotated!r}")
    value = fields["value"] if fields["value"] is not None else mention
    return Entity(0, 0, spec["entity"], value, mention, fields["role"], fields["group"])


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
        if m.group("entity") is not None:
            found = [Entity(0, 0, m.group("entity"), m.group("value") or mention, mention)]
        elif m.group("json") is not None:
            found = [_entity_from_json(m.group("json"), mention, annotated, source)]
        else:
            found = [
                _entity_from_json(j.group("json"), mention, annotated, source)
                for j in _JSON_IN_LIST.finditer(m.group("json_list"))
            ]
        for entity in found:
            entities.append(replace(entity, start=length, end=length + len(mention)))
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
            if not raw.strip():
                continue
            if not raw.startswith("-"):
                raise NLUFormatError(f"{where}: example lines must start with '- ', got {raw!r}")
            lines.append(raw[1:].strip(_STRIP))
        return lines
    if isinstance(block, list):
        out = []
        for entry in block:
            if not entry:
                continue  # Rasa skips empty entries
            if isinstance(entry, dict) and isinstance(entry.get("text"), str):
                out.append(entry["text"].strip(_STRIP))
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
        intent = section["intent"]
        if not isinstance(intent, str) or not intent:
            raise NLUFormatError(f"{source}: nlu[{n}]: intent must be a non-empty string")
        where = f"{source}: nlu[{n}] ({intent})"
        for line in _example_lines(section.get("examples", ""), where):
            examples.append(parse_example(line, intent, source=where))
    return examples


def load_nlu_files(paths: list[Path]) -> list[NLUExample]:
    out: list[NLUExample] = []
    for path in sorted(paths):
        out.extend(parse_nlu_yaml(Path(path).read_text("utf-8"), source=str(path)))
    return out
