"""Ticket status lookup (查询工单进度): the ticket id form and the lookup itself."""

from __future__ import annotations

import asyncio
import logging
from typing import Any
from zoneinfo import ZoneInfo

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.exc import SQLAlchemyError

from actions.conversation import as_text, text_candidate
from actions.runtime import UsesRuntime, answers_on_failure
from bot.pii import parse_ticket_id
from bot.tickets.models import TicketStatus
from bot.tickets.service import DISPATCH_WORKING_DAYS, REPLY_WORKING_DAYS, TicketView, get_ticket

logger = logging.getLogger(__name__)

TICKET_ID = "ticket_id"

_NEXT_STEP = {
    TicketStatus.RECEIVED.value: f"工单将在{DISPATCH_WORKING_DAYS}个工作日内派至承办部门。",
    TicketStatus.DISPATCHED.value: f"承办部门一般在{REPLY_WORKING_DAYS}个工作日内联系您。",
    TicketStatus.IN_PROGRESS.value: "承办部门正在处理，办结后会答复您。",
    TicketStatus.CLOSED.value: "如对办理结果不满意，可以说“转人工”反映。",
    TicketStatus.WITHDRAWN.value: "该工单已撤销，如问题仍未解决，可以重新登记。",
}


def status_text(ticket: TicketView, timezone: str) -> str:
    """Status, department and history lines (times in the hotline timezone)."""
    zone = ZoneInfo(timezone)
    department = f"（承办部门：{ticket.department}）" if ticket.department else ""
    lines = [f"工单{ticket.id}当前状态：{ticket.status}{department}。", "办理记录："]
    for event in ticket.history:
        note = f"：{event.note}" if event.note else ""
        lines.append(f"· {event.time.astimezone(zone):%Y-%m-%d %H:%M} {event.status}{note}")
    lines.append(_NEXT_STEP.get(ticket.status, ""))
    return "\n".join(line for line in lines if line)


class ValidateTicketForm(FormValidationAction):
    def name(self) -> str:
        return "validate_ticket_form"

    async def extract_ticket_id(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return text_candidate(tracker, TICKET_ID, TICKET_ID)

    def validate_ticket_id(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if value is None:
            return {TICKET_ID: None}
        ticket_id = parse_ticket_id(as_text(value) or "")
        if ticket_id is None:
            dispatcher.utter_message(
                text="工单号的格式好像不对。工单号是GD加12位数字，例如GD202611280001，请核对后再告诉我。"
            )
        return {TICKET_ID: ticket_id}


class ActionCheckTicket(UsesRuntime, Action):
    def name(self) -> str:
        return "action_check_ticket"

    @answers_on_failure
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        ticket_id = parse_ticket_id(as_text(tracker.get_slot(TICKET_ID)) or "")
        if ticket_id is None:
            dispatcher.utter_message(response="utter_ask_ticket_id")
            return [SlotSet(TICKET_ID, None)]
        runtime = self.runtime
        try:
            ticket = await asyncio.to_thread(get_ticket, runtime.engine, ticket_id)
        except SQLAlchemyError:
            logger.exception("ticket lookup failed for %s", ticket_id)
            dispatcher.utter_message(
                text="抱歉，工单系统暂时无法查询，请稍后再试，或说“转人工”由人工坐席为您查询。",
                buttons=[{"title": "转人工", "payload": "/request_human"}],
            )
            return [SlotSet(TICKET_ID, None)]
        if ticket is None:
            dispatcher.utter_message(
                text=f"没有查到工单{ticket_id}。请核对工单号是否正确（GD加12位数字），"
                "如果工单是刚刚提交的，请稍后再查。"
            )
        else:
            dispatcher.utter_message(text=status_text(ticket, runtime.settings.timezone))
        return [SlotSet(TICKET_ID, None)]
