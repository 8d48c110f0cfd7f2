"""The hand-over queue, read from the Rasa tracker store, and who took which hand-over.

Hand-over state lives in the tracker (see /work/coord/INTERFACES.md, "Web chat ↔ console"):
``handoff_active`` true = handed over; ``handoff_operator`` set = an operator took it. This module
finds the conversations whose ``handoff_active`` was set recently with one indexed scan of the
tracker store's ``events`` table (read only, :data:`bot.privacy.tables.events`), replays each one's
hand-over events, and returns those still handed over: waiting (nobody took it yet, oldest first)
and taken. A new session or a restart ends a hand-over, as in Rasa.

The reason and the bot's summary come from the ``custom.handoff`` payload of action_handoff's
message in the same conversation (context: the task in progress and the slots collected so far,
already masked by the action) plus the citizen's last messages, masked here.

Claims (:class:`bot.operator.models.HandoverClaim`, app database) make taking a hand-over
exclusive: one row per (conversation, hand-over start), the first operator wins.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.operator.models import HandoverClaim, OperatorAction
from bot.privacy.masking import mask_data, mask_text
from bot.privacy.tables import events

HANDOFF_ACTIVE = "handoff_active"
HANDOFF_OPERATOR = "handoff_operator"
# How many of the citizen's last messages go into the summary.
SUMMARY_MESSAGES = 3

REASONS = {
    "user_request": "市民要求转人工",
    "repeated_fallback": "多次未能理解市民的问题",
    "ticket_store_error": "工单系统故障，无法登记",
    "knowledge_not_found": "知识库中没有找到答案",
}
FORMS = {
    "complaint_form": "投诉/反映问题",
    "appointment_form": "预约办事",
    "ticket_form": "查询工单",
    "cancel_form": "取消预约",
}
SLOTS = {
    "district": "区",
    "address": "地址",
    "phone_number": "电话",
    "complaint_description": "问题描述",
    "complaint_category": "问题类别",
    "service_item": "办理事项",
    "appointment_date": "日期",
    "ticket_id": "工单号",
}


class QueueError(ValueError):
    pass


class AlreadyTaken(QueueError):
    def __init__(self, operator: str) -> None:
        super().__init__(f"already taken by {operator}")
        self.operator = operator


@dataclass(frozen=True)
class Handover:
    conversation_id: str
    since: float  # timestamp of the slot event that set handoff_active
    operator: str | None
    reason: str | None
    context: dict[str, Any] = field(default_factory=dict)
    last_messages: tuple[str, ...] = ()

    @property
    def waiting(self) -> bool:
        return not self.operator

    @property
    def since_key(self) -> str:
        return f"{self.since:.6f}"

    @property
    def since_time(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self.since, dt.timezone.utc)

    @property
    def reason_text(self) -> str:
        return REASONS.get(self.reason or "", self.reason or "未说明")

    def summary(self) -> str:
        """One paragraph for the queue: the task in progress, what was collected, what was said."""
        parts: list[str] = []
        form = self.context.get("active_form")
        if form:
            parts.append(f"进行中的事项：{FORMS.get(str(form), str(form))}")
        slots = self.context.get("slots") or {}
        if isinstance(slots, dict) and slots:
            shown = "，".join(f"{SLOTS.get(k, k)}：{v}" for k, v in slots.items() if v is not None)
            if shown:
                parts.append(f"已收集：{shown}")
        if self.last_messages:
            parts.append("市民最近说：" + " / ".join(f"“{m}”" for m in self.last_messages))
        return "；".join(parts) or "（无）"


def _load(data: str | None) -> dict[str, Any]:
    try:
        value = json.loads(data or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def replay(rows: Iterable[tuple[str, str | None]], conversation_id: str) -> Handover | None:
    """The open hand-over after a conversation's events ``(type_name, data)`` in order, or None."""
    active = False
    since = 0.0
    operator: str | None = None
    reason: str | None = None
    context: dict[str, Any] = {}
    messages: list[str] = []
    for type_name, data in rows:
        event = _load(data)
        if type_name in ("session_started", "restart"):
            active, operator, messages = False, None, []
        elif type_name == "user":
            text = event.get("text")
            if isinstance(text, str) and text.strip() and not text.startswith("/"):
                messages = [*messages, mask_text(text.strip())[:200]][-SUMMARY_MESSAGES:]
        elif type_name == "bot":
            custom = (event.get("data") or {}).get("custom") if event.get("data") else None
            handoff = custom.get("handoff") if isinstance(custom, dict) else None
            if isinstance(handoff, dict) and handoff.get("handoff"):
                reason = str(handoff.get("reason") or "") or None
                ctx = handoff.get("context")
                context = mask_data(ctx) if isinstance(ctx, dict) else {}
        elif type_name == "slot":
            name, value = event.get("name"), event.get("value")
            if name == HANDOFF_ACTIVE:
                if value is True and not active:
                    since = float(event.get("timestamp") or 0.0)
                    operator = None
                active = value is True
            elif name == HANDOFF_OPERATOR:
                operator = str(value) if value else None
    if not active:
        return None
    return Handover(conversation_id, since, operator, reason, context, tuple(messages))


def open_handovers(
    tracker_engine: Engine, *, now: dt.datetime, lookback: dt.timedelta
) -> list[Handover]:
    """Every conversation still handed over whose hand-over started within ``lookback``.

    Waiting ones first (oldest first), then the taken ones (oldest first).
    """
    start = (now - lookback).timestamp()
    kinds = ("slot", "bot", "user", "session_started", "restart")
    with tracker_engine.connect() as connection:
        senders = (
            connection.execute(
                select(events.c.sender_id)
                .where(
                    events.c.type_name == "slot",
                    events.c.timestamp >= start,
                    events.c.data.like(f'%"{HANDOFF_ACTIVE}"%'),
                )
                .distinct()
            )
            .scalars()
            .all()
        )
        found: list[Handover] = []
        for sender in senders:
            rows = connection.execute(
                select(events.c.type_name, events.c.data)
                .where(events.c.sender_id == sender, events.c.type_name.in_(kinds))
                .order_by(events.c.id)
            ).all()
            handover = replay(((r[0], r[1]) for r in rows), sender)
            if handover is not None and handover.since >= start:
                found.append(handover)
    return sorted(found, key=lambda h: (not h.waiting, h.since))


def find_handover(tracker_engine: Engine, conversation_id: str) -> Handover | None:
    """The open hand-over of one conversation, or None."""
    kinds = ("slot", "bot", "user", "session_started", "restart")
    with tracker_engine.connect() as connection:
        rows = connection.execute(
            select(events.c.type_name, events.c.data)
            .where(events.c.sender_id == conversation_id, events.c.type_name.in_(kinds))
            .order_by(events.c.id)
        ).all()
    return replay(((r[0], r[1]) for r in rows), conversation_id)


def claim(engine: Engine, handover: Handover, operator: str, *, now: dt.datetime) -> HandoverClaim:
    """Record that ``operator`` takes ``handover``; :class:`AlreadyTaken` if someone else did."""
    try:
        with Session(engine, future=True) as session, session.begin():
            row = HandoverClaim(
                conversation_id=handover.conversation_id,
                handoff_since=handover.since_key,
                operator=operator,
                taken_at=now,
            )
            session.add(row)
            session.flush()
            session.expunge(row)
            return row
    except IntegrityError:
        holder = claim_of(engine, handover)
        if holder is not None and holder.operator == operator:
            return holder
        raise AlreadyTaken(holder.operator if holder else "?") from None


def claim_of(engine: Engine, handover: Handover) -> HandoverClaim | None:
    with Session(engine, future=True) as session:
        row = session.scalars(
            select(HandoverClaim).where(
                HandoverClaim.conversation_id == handover.conversation_id,
                HandoverClaim.handoff_since == handover.since_key,
            )
        ).first()
        if row is not None:
            session.expunge(row)
        return row


def end_claim(
    engine: Engine, handover: Handover, operator: str, outcome: str, *, now: dt.datetime
) -> None:
    """Record the end of a hand-over ("returned" to the bot or "closed")."""
    with Session(engine, future=True) as session, session.begin():
        row = session.scalars(
            select(HandoverClaim).where(
                HandoverClaim.conversation_id == handover.conversation_id,
                HandoverClaim.handoff_since == handover.since_key,
            )
        ).first()
        if row is None:
            row = HandoverClaim(
                conversation_id=handover.conversation_id,
                handoff_since=handover.since_key,
                operator=operator,
                taken_at=now,
            )
            session.add(row)
        row.ended_at = now
        row.outcome = outcome


def record_action(
    engine: Engine,
    operator: str,
    action: str,
    target: str | None = None,
    detail: str | None = None,
    *,
    now: dt.datetime,
) -> None:
    """One line of the operators' audit trail (no message text: ids and action names)."""
    with Session(engine, future=True) as session, session.begin():
        session.add(
            OperatorAction(
                time=now,
                operator=operator,
                action=action,
                target=target,
                detail=mask_text(detail) if detail else None,
            )
        )


def recent_actions(
    engine: Engine, *, target: str | None = None, limit: int = 100
) -> list[OperatorAction]:
    with Session(engine, future=True) as session:
        query = select(OperatorAction).order_by(OperatorAction.id.desc()).limit(limit)
        if target is not None:
            query = query.where(or_(OperatorAction.target == target))
        rows = list(session.scalars(query))
        for row in rows:
            session.expunge(row)
        return rows
