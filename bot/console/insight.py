"""Insight for the hotline's people: questions the assistant could not answer, satisfaction.

- **Coverage gaps**: the citizen messages after which ``action_answer_question`` found nothing in
  the knowledge base (it sets ``handoff_reason`` to ``knowledge_not_found`` in that turn), read from
  the tracker store's ``events`` table, masked, grouped by text, most frequent first. Turns where
  the knowledge base itself was unavailable are not gaps and are left out.
- **Satisfaction**: 👍/👎 per day from :func:`bot.feedback.satisfaction_by_day`.

Each comes as rows for a table and as a PNG plot (matplotlib's Agg canvas, no display needed).
The plots carry numbers and ASCII dates only (the server may have no CJK font); the page's table
names each numbered bar.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from bot.privacy.masking import mask_text
from bot.privacy.tables import events

KNOWLEDGE_NOT_FOUND = "knowledge_not_found"
# The reply of action_answer_question when the knowledge base could not be read (not a gap).
UNAVAILABLE_MARK = "暂时不可用"
MAX_SCANNED = 5000
_SPACE = re.compile(r"\s+")
_TRAILING = re.compile(r"[。？！?!，,.~～…\s]+$")


@dataclass(frozen=True)
class Gap:
    question: str
    count: int
    last_seen: dt.datetime


def _normal(text: str) -> str:
    return _TRAILING.sub("", _SPACE.sub(" ", text.strip()))[:200]


def _json(data: str | None) -> dict:
    try:
        value = json.loads(data or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def coverage_gaps(tracker_engine: Engine, *, since: dt.datetime, limit: int = 20) -> list[Gap]:
    """The unanswered knowledge questions since ``since``, most frequent first."""
    found: dict[str, list] = {}
    with tracker_engine.connect() as connection:
        marks = connection.execute(
            select(events.c.id, events.c.sender_id, events.c.timestamp, events.c.data)
            .where(
                events.c.type_name == "slot",
                events.c.timestamp >= since.timestamp(),
                events.c.data.like(f'%"{KNOWLEDGE_NOT_FOUND}"%'),
            )
            .order_by(events.c.id.desc())
            .limit(MAX_SCANNED)
        ).all()
        for mark_id, sender, timestamp, data in marks:
            slot = _json(data)
            if slot.get("name") != "handoff_reason" or slot.get("value") != KNOWLEDGE_NOT_FOUND:
                continue
            turn = connection.execute(
                select(events.c.type_name, events.c.data)
                .where(
                    events.c.sender_id == sender,
                    events.c.id < mark_id,
                    events.c.type_name.in_(("user", "bot")),
                )
                .order_by(events.c.id.desc())
                .limit(10)
            ).all()
            question = None
            unavailable = False
            for type_name, event_data in turn:
                event = _json(event_data)
                text = event.get("text")
                if type_name == "bot" and isinstance(text, str) and UNAVAILABLE_MARK in text:
                    unavailable = True
                if type_name == "user":
                    question = text if isinstance(text, str) else None
                    break
            if unavailable or not question or question.startswith("/"):
                continue
            key = _normal(mask_text(question))
            if not key:
                continue
            seen = dt.datetime.fromtimestamp(float(timestamp or 0), dt.timezone.utc)
            entry = found.setdefault(key, [0, seen])
            entry[0] += 1
            entry[1] = max(entry[1], seen)
    gaps = [Gap(q, n, last) for q, (n, last) in found.items()]
    gaps.sort(key=lambda g: (-g.count, -g.last_seen.timestamp(), g.question))
    return gaps[:limit]


def satisfaction(engine: Engine, *, since: dt.datetime) -> list:
    """:class:`bot.feedback.DailySatisfaction` rows since ``since`` (oldest first)."""
    from bot.feedback import satisfaction_by_day

    with Session(engine, future=True) as session:
        return satisfaction_by_day(session, since)


def _png(figure) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure)
    out = io.BytesIO()
    figure.savefig(out, format="png", dpi=100, bbox_inches="tight")
    return out.getvalue()


def gaps_plot(gaps: list[Gap]) -> bytes:
    """Horizontal bars: question #1 (top) .. #n and how often each went unanswered."""
    from matplotlib.figure import Figure

    figure = Figure(figsize=(7, max(2.0, 0.4 * len(gaps) + 1)))
    axes = figure.add_subplot()
    if gaps:
        labels = [f"#{i}" for i in range(1, len(gaps) + 1)]
        axes.barh(labels[::-1], [g.count for g in gaps][::-1], color="#0b5394")
        axes.set_xlabel("unanswered (count)")
        axes.xaxis.get_major_locator().set_params(integer=True)
    else:
        axes.text(0.5, 0.5, "no data", ha="center", va="center")
        axes.set_axis_off()
    return _png(figure)


def satisfaction_plot(days: list) -> bytes:
    """Share of 👍 per day (line, left axis) over the number of votes (bars, right axis)."""
    from matplotlib.figure import Figure

    figure = Figure(figsize=(7, 3.2))
    axes = figure.add_subplot()
    if days:
        labels = [d.day.strftime("%m-%d") for d in days]
        votes = axes.twinx()
        votes.bar(labels, [d.total for d in days], color="#d9e2ec", zorder=1)
        votes.set_ylabel("votes")
        votes.yaxis.get_major_locator().set_params(integer=True)
        axes.set_zorder(votes.get_zorder() + 1)
        axes.patch.set_visible(False)
        axes.plot(labels, [100 * d.rate for d in days], marker="o", color="#0b5394")
        axes.set_ylim(0, 105)
        axes.set_ylabel("thumbs up (%)")
        axes.tick_params(axis="x", labelrotation=45)
    else:
        axes.text(0.5, 0.5, "no data", ha="center", va="center")
        axes.set_axis_off()
    return _png(figure)
