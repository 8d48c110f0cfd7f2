"""Label maps of the multi-task heads: which output row means which intent, tag or department."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass
class LabelMaps:
    intents: list[str]
    entities: list[str]  # entity types; BIO tags are derived
    departments: list[str]

    @property
    def bio(self) -> list[str]:
        return ["O"] + [f"{p}-{e}" for e in self.entities for p in ("B", "I")]

    def to_json(self) -> dict[str, Any]:
        return {
            "intents": self.intents,
            "entities": self.entities,
            "bio": self.bio,
            "departments": self.departments,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LabelMaps:
        return cls(list(data["intents"]), list(data["entities"]), list(data["departments"]))

    @classmethod
    def load(cls, path: Path) -> LabelMaps:
        return cls.from_json(json.loads(Path(path).read_text("utf-8")))
