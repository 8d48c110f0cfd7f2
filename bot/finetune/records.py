"""The one record type every built dataset row uses, and JSONL reading/writing.

A record can train several things at once: ``messages`` + ``response`` feed the LM loss (answer
tokens only), ``text`` feeds the heads (``intent``, ``entities`` for NER, ``department`` for
routing). ``group`` ties paraphrases of one source together so a split never separates them.
``passage`` and ``facts`` keep the source of a knowledge answer for fact recall and hallucination
checks at evaluation time.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

# Task → pool a batch samples from (FinetuneConfig.task_weights).
TASK_POOL = {
    "nlu": "nlu",
    "routing": "routing",
    "knowledge_fact": "lm",
    "knowledge_qa": "lm",
    "dialogue": "lm",
    "gov_reply": "lm",
}


@dataclass
class Record:
    task: str
    group: str
    source: str
    text: str = ""
    intent: str | None = None
    entities: list[dict[str, Any]] = field(default_factory=list)
    department: str | None = None
    messages: list[dict[str, str]] = field(default_factory=list)
    response: str | None = None
    passage: str | None = None
    facts: list[str] = field(default_factory=list)
    id: str = ""

    def __post_init__(self) -> None:
        if self.task not in TASK_POOL:
            raise ValueError(f"unknown task {self.task!r}; known: {sorted(TASK_POOL)}")

    @property
    def pool(self) -> str:
        return TASK_POOL[self.task]

    def content_key(self) -> str:
        """What makes two records the same example (for exact de-duplication)."""
        if self.response is not None:
            prompt = "\n".join(m["content"] for m in self.messages)
            return f"{prompt}\n=>{self.response}"
        return self.text

    def finalise_id(self) -> None:
        digest = hashlib.sha1(f"{self.task}\x00{self.content_key()}".encode()).hexdigest()
        self.id = f"{self.task}-{digest[:12]}"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Record:
        return cls(**data)


def write_jsonl(path: Path, records: Iterable[Record]) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with path.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r.to_json(), ensure_ascii=False) + "\n")
            n += 1
    return n


def read_jsonl(path: Path) -> Iterator[Record]:
    with Path(path).open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    yield Record.from_json(json.loads(line))
                except (json.JSONDecodeError, TypeError, ValueError) as e:
                    raise ValueError(f"{path}:{n}: not a dataset record: {e}") from e
