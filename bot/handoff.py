"""What happens when a conversation goes to a person (转人工).

Human agents work 8:00-22:00 in the hotline timezone. Within those hours the conversation is
handed to the agent queue: the reply says so and the channel receives a handoff payload; the
assistant then holds (slot ``handoff_active``: a short hold reply to ordinary messages, but
emergencies are still answered; see custom_components/handover_policy.py). It is never paused
with ``ConversationPaused``, which would silence even "救命". Outside agent hours nobody could
take over, so the assistant stays on:
with a known phone number the caller gets a call-back ticket for the next working hours, without
one they are told to call 12345 (staffed around the clock) or to come back during agent hours.

Nothing is left in silence while handed over (:func:`waiting_state`): until an operator takes the
conversation (slot ``handoff_operator``) the citizen gets the hold reply, and once the wait passes
``settings.handover.wait_timeout_s`` or the operators' hours end, the "nobody is free" reply with
the 12345 line and the offer to leave a message as a ticket. Once taken, the operator answers.
The hours are ``settings.handover.agent_hours_start``/``agent_hours_end`` (default 8:00-22:00).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from bot.settings import HandoverSettings

AGENT_HOURS = (dt.time(8, 0), dt.time(22, 0))
HOTLINE = "12345"

TRANSFER = "transfer"
CALLBACK = "callback"
CALL_HOTLINE = "call_hotline"

# Reasons put in the payload (and in the handoff_reason slot by other actions).
USER_REQUEST = "user_request"
REPEATED_FALLBACK = "repeated_fallback"
TICKET_STORE_ERROR = "ticket_store_error"


Hours = tuple[dt.time, dt.time]


def agent_hours(handover: HandoverSettings | None = None) -> Hours:
    """The operators' hours of ``settings.handover`` (the defaults: 8:00-22:00)."""
    handover = handover or HandoverSettings()
    end = handover.agent_hours_end
    return (
        dt.time.fromisoformat(handover.agent_hours_start),
        dt.time.max if end == "24:00" else dt.time.fromisoformat(end),
    )


def agents_available(now: dt.datetime, timezone: str, hours: Hours = AGENT_HOURS) -> bool:
    """Whether ``now`` (timezone-aware) falls within the agents' hours, [start, end)."""
    local = now.astimezone(ZoneInfo(timezone)).time()
    return hours[0] <= local < hours[1]


@dataclass(frozen=True)
class HandoffPlan:
    mode: str  # TRANSFER, CALLBACK or CALL_HOTLINE
    reason: str
    agent_takes_over: bool  # whether a human agent takes the conversation (the assistant holds)
    context: dict[str, object] = field(default_factory=dict)
    hours: Hours = AGENT_HOURS

    def message(self, callback_ticket_id: str | None = None) -> str:
        if self.mode == TRANSFER:
            return (
                "正在为您转接人工坐席，请稍候。您之前提供的信息会一并转给坐席，无需重复说明。"
                "如排队时间较长，也可以直接拨打12345热线。"
            )
        end = "24:00" if self.hours[1] == dt.time.max else f"{self.hours[1]:%H:%M}"
        hours = f"{self.hours[0]:%H:%M}-{end}"
        if self.mode == CALLBACK and callback_ticket_id:
            return (
                f"人工坐席的在线服务时间是每天{hours}，现在不在服务时间。"
                f"已为您登记回电请求（工单号{callback_ticket_id}），工作人员会在服务时间内尽快回电。"
                f"如情况紧急，请直接拨打{HOTLINE}热线（24小时服务）。"
            )
        return (
            f"人工坐席的在线服务时间是每天{hours}，现在不在服务时间。"
            f"您可以直接拨打{HOTLINE}热线（24小时服务），或在服务时间内再联系我们转人工。"
        )

    def payload(self, callback_ticket_id: str | None = None) -> dict[str, object]:
        data: dict[str, object] = {
            "handoff": self.mode == TRANSFER,
            "mode": self.mode,
            "reason": self.reason,
            "context": self.context,
        }
        if callback_ticket_id:
            data["callback_ticket_id"] = callback_ticket_id
        return {"handoff": data}


def plan_handoff(
    *,
    now: dt.datetime,
    timezone: str,
    reason: str,
    phone: str | None = None,
    context: dict[str, object] | None = None,
    hours: Hours = AGENT_HOURS,
) -> HandoffPlan:
    """Decide between transfer (agent hours), call-back ticket (phone known) and calling 12345."""
    context = dict(context or {})
    if agents_available(now, timezone, hours):
        return HandoffPlan(TRANSFER, reason, True, context, hours)
    if phone:
        return HandoffPlan(CALLBACK, reason, False, context, hours)
    return HandoffPlan(CALL_HOTLINE, reason, False, context, hours)


def callback_description(reason: str, last_message: str | None) -> str:
    """The description of a call-back ticket created outside agent hours."""
    said = (last_message or "").strip()
    return f"【人工回电请求】原因：{reason}。用户最后一句：{said or '（无）'}"


# What the assistant does with an ordinary message while a conversation is handed over.
HOLD = "hold"  # waiting for an operator, within the wait time: "please wait"
UNANSWERED = "unanswered"  # nobody took it in time, or outside hours: 12345 or leave a message
TAKEN = "taken"  # an operator has it: the assistant stays quiet, the operator answers


def waiting_state(
    *,
    since: dt.datetime | None,
    now: dt.datetime,
    operator: str | None,
    timezone: str,
    handover: HandoverSettings | None = None,
) -> str:
    """HOLD, UNANSWERED or TAKEN for a handed-over conversation waiting ``since`` (aware times).

    Unknown start (``since`` None) counts as just started: the wait timeout cannot be measured,
    but the operators' hours still are.
    """
    handover = handover or HandoverSettings()
    if operator:
        return TAKEN
    if not agents_available(now, timezone, agent_hours(handover)):
        return UNANSWERED
    if since is not None and (now - since).total_seconds() >= handover.wait_timeout_s:
        return UNANSWERED
    return HOLD
