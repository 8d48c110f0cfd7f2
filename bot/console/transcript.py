"""A Rasa tracker (HTTP API JSON) as the lines an operator reads."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from bot.console.masking import Masker

CITIZEN, BOT, OPERATOR = "citizen", "bot", "operator"
# Slots shown beside the transcript (others are bookkeeping).
SHOWN_SLOTS = (
    "handoff_active",
    "handoff_operator",
    "district",
    "address",
    "phone_number",
    "complaint_description",
    "service_item",
    "ticket_id",
)


@dataclass(frozen=True)
class Line:
    speaker: str  # CITIZEN, BOT or OPERATOR
    who: str
    text: str
    time: str
    sources: tuple[tuple[str, str], ...] = ()


def _time(timestamp: Any, zone: ZoneInfo) -> str:
    try:
        return dt.datetime.fromtimestamp(float(timestamp), zone).strftime("%m-%d %H:%M:%S")
    except (TypeError, ValueError, OverflowError):
        return ""


def _operator_of(event: dict[str, Any]) -> str | None:
    metadata = event.get("metadata") or {}
    if isinstance(metadata, dict) and metadata.get("operator"):
        return str(metadata["operator"])
    custom = (event.get("data") or {}).get("custom")
    if isinstance(custom, dict) and isinstance(custom.get("operator"), dict):
        return str(custom["operator"].get("name") or "坐席")
    return None


def _sources(event: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    custom = (event.get("data") or {}).get("custom")
    found = custom.get("sources") if isinstance(custom, dict) else None
    out = []
    for source in found if isinstance(found, list) else []:
        if isinstance(source, dict):
            title = str(source.get("title") or source.get("url") or "")
            url = str(source.get("url") or "")
            if url.startswith(("http://", "https://")):
                out.append((title, url))
    return tuple(out)


def lines(tracker: dict[str, Any], masker: Masker, timezone: str) -> list[Line]:
    zone = ZoneInfo(timezone)
    out: list[Line] = []
    for event in tracker.get("events") or []:
        kind = event.get("event")
        text = event.get("text")
        if kind == "user" and isinstance(text, str) and text:
            if text.startswith("/"):
                continue  # button payloads: the bot's next line says what happened
            out.append(
                Line(CITIZEN, "市民", masker.text(text), _time(event.get("timestamp"), zone))
            )
        elif kind == "bot":
            operator = _operator_of(event)
            shown = masker.text(text) if isinstance(text, str) else ""
            if not shown:
                continue
            out.append(
                Line(
                    OPERATOR if operator else BOT,
                    f"坐席 {operator}" if operator else "智能助手",
                    shown,
                    _time(event.get("timestamp"), zone),
                    _sources(event),
                )
            )
    return out


def slots(tracker: dict[str, Any], masker: Masker) -> list[tuple[str, Any]]:
    values = tracker.get("slots") or {}
    return [(name, masker.slot(name, values.get(name))) for name in SHOWN_SLOTS if name in values]
