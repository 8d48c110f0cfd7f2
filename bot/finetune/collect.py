"""Collectors: every source of training records, each returning plain :class:`Record` lists.

Sources: Rasa NLU files (intent + entities), stories/rules (dialogue turns with the domain's
responses), labelled complaint descriptions (routing), the knowledge base (knowledge injection,
see :mod:`bot.finetune.knowledge_data`), and optional citizen messages with official replies
imported from JSONL/CSV (e.g. the TipDM 2020 government-message set).
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import random
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

from bot.finetune.nlu_yaml import NLUExample
from bot.finetune.records import Record
from bot.prompts import SYSTEM_PROMPT


def nlu_records(examples: Sequence[NLUExample]) -> list[Record]:
    return [
        Record(
            task="nlu",
            group="",  # assigned by paraphrase clustering in the build
            source=Path(ex.source.split(":")[0]).name,
            text=ex.text,
            intent=ex.intent,
            entities=[
                {"start": e.start, "end": e.end, "entity": e.entity, "value": e.value}
                for e in ex.entities
            ],
        )
        for ex in examples
    ]


# --- routing ------------------------------------------------------------------------------


class RoutingDataError(ValueError):
    pass


def load_routing_file(path: Path) -> tuple[dict[str, list[str]], dict[str, str | None]]:
    """Departments → complaint descriptions, and the import category mapping."""
    data = yaml.safe_load(path.read_text("utf-8")) or {}
    depts = data.get("departments")
    if not isinstance(depts, Mapping) or not depts:
        raise RoutingDataError(f"{path}: 'departments' must map department names to descriptions")
    out: dict[str, list[str]] = {}
    for dept, texts in depts.items():
        if not isinstance(texts, list) or not all(isinstance(t, str) and t.strip() for t in texts):
            raise RoutingDataError(f"{path}: department {dept!r} needs a list of non-empty texts")
        out[str(dept)] = [t.strip() for t in texts]
    mapping = data.get("import_mapping") or {}
    if not isinstance(mapping, Mapping):
        raise RoutingDataError(f"{path}: import_mapping must be a mapping")
    unknown = {v for v in mapping.values() if v is not None and v not in out}
    if unknown:
        raise RoutingDataError(
            f"{path}: import_mapping targets unknown departments {sorted(unknown)}"
        )
    return out, {str(k): v for k, v in mapping.items()}


def routing_records(departments: Mapping[str, list[str]], source: str) -> list[Record]:
    return [
        Record(task="routing", group="", source=source, text=text, department=dept)
        for dept, texts in departments.items()
        for text in texts
    ]


# --- imported citizen messages ------------------------------------------------------------

# Column names of the TipDM 2020 government-message data; other exports map onto these.
GOV_COLUMNS = {
    "subject": "留言主题",
    "body": "留言详情",
    "category": "一级分类",
    "reply": "答复意见",
}


def _read_rows(path: Path) -> Iterator[dict[str, Any]]:
    opener = gzip.open if path.suffix == ".gz" else open
    stem = path.name[:-3] if path.suffix == ".gz" else path.name
    with opener(path, "rt", encoding="utf-8-sig") as f:
        if stem.endswith(".csv"):
            yield from csv.DictReader(io.StringIO(f.read()))
            return
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                raise ValueError(f"{path}:{n}: not JSON: {e}") from e
            if not isinstance(row, dict):
                raise ValueError(f"{path}:{n}: expected a JSON object per line")
            yield row


def import_messages(
    path: Path,
    category_map: Mapping[str, str | None],
    columns: Mapping[str, str] = GOV_COLUMNS,
    limit: int = 0,
) -> list[Record]:
    """Citizen messages → routing records (when a mapped category is present) and reply records.

    A file or folder of ``*.jsonl``, ``*.jsonl.gz`` or ``*.csv``. Each message becomes a routing
    record if its category maps onto a department, and an LM record (message → official reply) if it
    has a reply. Both share the message's group so one message never straddles a split.
    ``limit`` caps the rows read per file (0 = all).
    """
    path = Path(path)
    files = (
        sorted(
            p for p in path.iterdir() if p.name.endswith((".jsonl", ".jsonl.gz", ".csv", ".csv.gz"))
        )
        if path.is_dir()
        else [path]
    )
    if not files:
        raise FileNotFoundError(f"no JSONL/CSV message files in {path}")
    records: list[Record] = []
    for file in files:
        for n, row in enumerate(_read_rows(file)):
            if limit and n >= limit:
                break
            subject = str(row.get(columns["subject"]) or "").strip()
            body = str(row.get(columns["body"]) or "").strip()
            if not body and not subject:
                continue
            text = f"{subject}。{body}" if subject and body else subject or body
            group = f"msg:{file.name}:{row.get('留言编号', n)}"
            category = str(row.get(columns["category"]) or "").strip()
            dept = category_map.get(category) if category else None
            if dept:
                records.append(
                    Record(
                        task="routing", group=group, source=file.name, text=text, department=dept
                    )
                )
            reply = str(row.get(columns["reply"]) or "").strip()
            if reply:
                records.append(
                    Record(
                        task="gov_reply",
                        group=group,
                        source=file.name,
                        messages=[
                            {"role": "system", "content": SYSTEM_PROMPT},
                            {"role": "user", "content": text},
                        ],
                        response=reply,
                    )
                )
    return records


# --- dialogue turns from stories ------------------------------------------------------------


def _story_steps(path: Path) -> list[tuple[str, list[dict[str, Any]]]]:
    if not path.exists():
        return []
    data = yaml.safe_load(path.read_text("utf-8")) or {}
    out = []
    for key, name_key in (("stories", "story"), ("rules", "rule")):
        for block in data.get(key) or []:
            if isinstance(block, dict) and isinstance(block.get("steps"), list):
                out.append((f"{path.name}:{block.get(name_key, '?')}", block["steps"]))
    return out


def dialogue_records(
    story_files: Sequence[Path],
    nlu: Sequence[NLUExample],
    responses: Mapping[str, str],
    answer_for: Mapping[str, str],
    seed: int = 0,
    samples_per_story: int = 3,
) -> list[Record]:
    """Render stories as chats: user turns sampled from NLU examples of the story's intent, bot turns
    from the domain's responses (``utter_*``), and ``action_answer_question`` from the knowledge
    answer of the story's service item. A custom action we cannot render ends the conversation.
    """
    rng = random.Random(seed)
    by_intent: dict[str, list[NLUExample]] = defaultdict(list)
    for ex in nlu:
        by_intent[ex.intent].append(ex)
    records: list[Record] = []
    for story_name, steps in (s for f in story_files for s in _story_steps(f)):
        for _ in range(samples_per_story):
            history: list[dict[str, str]] = [{"role": "system", "content": SYSTEM_PROMPT}]
            service_item: str | None = None
            pending_user = False
            for step in steps:
                if not isinstance(step, dict):
                    continue
                if "intent" in step:
                    wanted = {
                        k: v
                        for e in step.get("entities") or []
                        if isinstance(e, dict)
                        for k, v in e.items()
                    }
                    pool = [
                        ex
                        for ex in by_intent.get(step["intent"], [])
                        if all(
                            any(en.entity == k and en.value == v for en in ex.entities)
                            for k, v in wanted.items()
                        )
                    ] or by_intent.get(step["intent"], [])
                    if not pool:
                        break
                    ex = rng.choice(pool)
                    service_item = next(
                        (e.value for e in ex.entities if e.entity == "service_item"), service_item
                    )
                    history.append({"role": "user", "content": ex.text})
                    pending_user = True
                elif "action" in step and pending_user:
                    action = step["action"]
                    if action in responses:
                        reply = responses[action]
                    elif action == "action_answer_question" and service_item in answer_for:
                        reply = answer_for[service_item]
                    else:
                        break
                    records.append(
                        Record(
                            task="dialogue",
                            group=f"story:{story_name}",
                            source=story_name.split(":")[0],
                            messages=[dict(m) for m in history],
                            response=reply,
                        )
                    )
                    history.append({"role": "assistant", "content": reply})
                    pending_user = False
    return records


def domain_responses(domain_file: Path) -> dict[str, str]:
    """First text variant of each ``utter_*`` response without slot placeholders."""
    if not domain_file.exists():
        return {}
    data = yaml.safe_load(domain_file.read_text("utf-8")) or {}
    out = {}
    for name, variants in (data.get("responses") or {}).items():
        for v in variants or []:
            text = v.get("text") if isinstance(v, dict) else None
            if text and "{" not in text:
                out[name] = text
                break
    return out
