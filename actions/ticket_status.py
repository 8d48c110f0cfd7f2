"""Ticket status lookup (查询工单进度): the ticket id form and the lookup itself.

A ticket is shown only to its owner: the conversation that filed it, or a caller who gives the
last four digits of the phone on the ticket (slot ``ticket_phone_digits``, asked only outside
the filing conversation; bot.tickets.ownership counts wrong answers and locks out).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import Any
from zoneinfo import ZoneInfo

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.exc import SQLAlchemyError

from actions.conversation import as_text, raw_value_for, text_candidate
from actions.runtime import UsesRuntime, answers_on_failure
from bot.pii import parse_ticket_id
from bot.tickets.models import TicketStatus
from bot.tickets.ownership import (
    LOCKED,
    UNREADABLE,
    VERIFIED,
    WRONG,
    answered_digits,
    check_owner,
    is_locked_out,
    verified_recently,
)
from bot.tickets.service import DISPATCH_WORKING_DAYS, REPLY_WORKING_DAYS, TicketView, get_ticket

logger = logging.getLogger(__name__)

TICKET_ID = "ticket_id"
PHONE_DIGITS = "ticket_phone_digits"

DIGITS_WRONG_TEXT = (
    "电话后四位与工单登记的不一致，还可以再试{left}次。请再说一次登记工单时留的电话号码后四位。"
)
DIGITS_UNREADABLE_TEXT = "请告诉我登记工单时留的联系电话的后四位数字，例如“8000”。"
LOCKED_TEXT = (
    "为保护市民信息，核对错误次数过多，工单{ticket_id}的查询已暂停，请{minutes}分钟后再试。"
    "如需帮助，可以说“转人工”或拨打12345热线。"
)
NOT_VERIFIED_TEXT = "为保护市民信息，需要先核对登记工单时留的电话号码后四位，才能告诉您工单详情。"

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


def _locked_text(ticket_id: str, until: dt.datetime, now: dt.datetime) -> str:
    minutes = max(1, int((until - now).total_seconds() // 60) + 1)
    return LOCKED_TEXT.format(ticket_id=ticket_id, minutes=minutes)


class ValidateTicketForm(UsesRuntime, FormValidationAction):
    def name(self) -> str:
        return "validate_ticket_form"

    async def required_slots(
        self,
        domain_slots: list[str],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> list[str]:
        """The phone digits are asked only for a ticket another conversation filed."""
        slots = [slot for slot in domain_slots if slot != PHONE_DIGITS]
        ticket_id = parse_ticket_id(as_text(tracker.get_slot(TICKET_ID)) or "")
        if ticket_id is None or tracker.get_slot(PHONE_DIGITS) is not None:
            return slots + ([PHONE_DIGITS] if tracker.get_slot(PHONE_DIGITS) else [])
        try:
            ticket = await asyncio.to_thread(get_ticket, self.runtime.engine, ticket_id)
        except Exception:  # noqa: BLE001  (the lookup action reports the failure itself)
            logger.warning("ticket lookup for the ownership question failed for %s", ticket_id)
            return slots
        if ticket is None or ticket.conversation_id == tracker.sender_id:
            return slots
        return slots + [PHONE_DIGITS]

    async def extract_ticket_id(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return text_candidate(tracker, TICKET_ID, TICKET_ID, reads=parse_ticket_id)

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
        # A new ticket id means a new ownership question.
        return {TICKET_ID: ticket_id, PHONE_DIGITS: None}

    async def extract_ticket_phone_digits(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        raw = raw_value_for(tracker, PHONE_DIGITS, reads=answered_digits)
        return {PHONE_DIGITS: raw} if raw else {}

    async def validate_ticket_phone_digits(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Compares the answer with the ticket's phone; the slot keeps the outcome, not digits."""
        ticket_id = parse_ticket_id(as_text(tracker.get_slot(TICKET_ID)) or "")
        if value is None or ticket_id is None:
            return {PHONE_DIGITS: None}
        runtime = self.runtime
        ticket = await asyncio.to_thread(get_ticket, runtime.engine, ticket_id)
        if ticket is None:
            return {PHONE_DIGITS: None}
        privacy = runtime.settings.privacy
        result = await asyncio.to_thread(
            check_owner,
            runtime.engine,
            ticket_id=ticket_id,
            ticket_phone=ticket.phone,
            sender_id=tracker.sender_id,
            answer=as_text(value),
            now=runtime.now(),
            max_attempts=privacy.ticket_check_max_attempts,
            lockout_minutes=privacy.ticket_lockout_minutes,
        )
        if result.outcome == VERIFIED:
            return {PHONE_DIGITS: VERIFIED}
        if result.outcome == LOCKED:
            return {PHONE_DIGITS: LOCKED}  # the form ends; action_check_ticket says why
        if result.outcome == WRONG:
            dispatcher.utter_message(text=DIGITS_WRONG_TEXT.format(left=result.attempts_left))
        elif result.outcome == UNREADABLE:
            dispatcher.utter_message(text=DIGITS_UNREADABLE_TEXT)
        return {PHONE_DIGITS: None}


class ActionCheckTicket(UsesRuntime, Action):
    def name(self) -> str:
        return "action_check_ticket"

    @answers_on_failure
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        done = [SlotSet(TICKET_ID, None), SlotSet(PHONE_DIGITS, None)]
        ticket_id = parse_ticket_id(as_text(tracker.get_slot(TICKET_ID)) or "")
        if ticket_id is None:
            dispatcher.utter_message(response="utter_ask_ticket_id")
            return done
        runtime = self.runtime
        try:
            ticket = await asyncio.to_thread(get_ticket, runtime.engine, ticket_id)
        except SQLAlchemyError:
            logger.exception("ticket lookup failed for %s", ticket_id)
            dispatcher.utter_message(
                text="抱歉，工单系统暂时无法查询，请稍后再试，或说“转人工”由人工坐席为您查询。",
                buttons=[{"title": "转人工", "payload": "/request_human"}],
            )
            return done
        if ticket is None:
            dispatcher.utter_message(
                text=f"没有查到工单{ticket_id}。请核对工单号是否正确（GD加12位数字），"
                "如果工单是刚刚提交的，请稍后再查。"
            )
            return done
        if ticket.conversation_id != tracker.sender_id:
            # The slot only drives the form; what counts is the stored answer of this sender.
            privacy, now = runtime.settings.privacy, runtime.now()
            owner_args = {"ticket_id": ticket_id, "sender_id": tracker.sender_id, "now": now}
            until = await asyncio.to_thread(
                is_locked_out,
                runtime.engine,
                **owner_args,
                max_attempts=privacy.ticket_check_max_attempts,
                lockout_minutes=privacy.ticket_lockout_minutes,
            )
            if until is not None:
                dispatcher.utter_message(text=_locked_text(ticket_id, until, now))
                return done
            verified = await asyncio.to_thread(
                verified_recently,
                runtime.engine,
                **owner_args,
                within_minutes=privacy.ticket_lockout_minutes,
            )
            if not verified:
                dispatcher.utter_message(text=NOT_VERIFIED_TEXT)
                return done
        dispatcher.utter_message(text=status_text(ticket, runtime.settings.timezone))
        return done
