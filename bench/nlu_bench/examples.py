"""The benchmark's own record of an example, a data set, and Rasa's JSON training format."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


class DatasetUnavailable(RuntimeError):
    """A data set's files are missing; its runs are skipped with this message."""


@dataclass(frozen=True)
class Entity:
    start: int  # character offset, inclusive
    end: int  # character offset, exclusive
    type: str
    value: str | None = None


@dataclass(frozen=True)
class Example:
    text: str
    intent: str | None = None
    entities: tuple[Entity, ...] = ()


@dataclass
class Dataset:
    """One data set ready to train and test on."""

    name: str
    # "intent", "entity" or "both": which metrics are computed.
    task: str
    test: list[Example]
    # Public data: converted examples; the project: None (training_file is Rasa's own data).
    train: list[Example] | None
    training_file: Path | None = None
    n_train: int = 0
    n_intents: int = 0
    entity_types: list[str] = field(default_factory=list)
    label_map: dict[str, str] | None = None
    info: dict[str, Any] = field(default_factory=dict)


def rasa_json(examples: Iterable[Example]) -> dict[str, Any]:
    """Rasa's JSON NLU training format (exact character spans, no annotation syntax)."""
    common = []
    for example in examples:
        item: dict[str, Any] = {"text": example.text}
        if example.intent is not None:
            item["intent"] = example.intent
        if example.entities:
            item["entities"] = [
                {
                    "start": e.start,
                    "end": e.end,
                    "entity": e.type,
                    "value": e.value if e.value is not None else example.text[e.start : e.end],
                }
                for e in example.entities
            ]
        common.append(item)
    return {"rasa_nlu_data": {"common_examples": common}}


def example_to_json(example: Example) -> dict[str, Any]:
    return {
        "text": example.text,
        "intent": example.intent,
        "entities": [[e.start, e.end, e.type, e.value] for e in example.entities],
    }


def example_from_json(row: dict[str, Any]) -> Example:
    return Example(
        row["text"], row.get("intent"), tuple(Entity(*e) for e in row.get("entities") or [])
    )
