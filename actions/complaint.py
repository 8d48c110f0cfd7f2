"""Complaint form (投诉/报修): slot checks, read-back and confirmation, ticket creation."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.exc import SQLAlchemyError

from actions.conversation import (
    HANDOFF_REASON,
    REQUESTED_SLOT,
    as_text,
    channel,
    events_since_user_message,
    latest_intent,
    latest_text,
    raw_value_for,
    submission_turn,
    text_candidate,
)
from actions.knowledge import answer_if_confident
from actions.runtime import UsesRuntime, answers_on_failure
from bot import complaints
from bot.complaints import ADDRESS, CONFIRMED, DESCRIPTION, DISTRICT, FIELDS, PHONE, SLOTS
from bot.districts import normalize_district
from bot.generation.complaint import ComplaintNotes, complaint_notes_from_settings
from bot.handoff import TICKET_STORE_ERROR
from bot.idempotency import submission_key
from bot.knowledge.routing import GRIEVANCE_ASPECTS, asks_to_file
from bot.pii import normalize_phone
from bot.settings import Settings, load_settings
from bot.tickets.service import (
    DISPATCH_WORKING_DAYS,
    REPLY_WORKING_DAYS,
    TicketError,
    create_ticket,
)

logger = logging.getLogger(__name__)

HANDOFF_BUTTON = {"title": "转人工", "payload": "/request_human"}


def _checked(
    slot: str, check: complaints.SlotCheck, dispatcher: CollectingDispatcher
) -> dict[str, Any]:
    if not check.ok:
        dispatcher.utter_message(text=check.error)
    return {slot: check.value}


class ValidateComplaintForm(UsesRuntime, FormValidationAction):
    def name(self) -> str:
        return "validate_complaint_form"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        at_confirmation = tracker.get_slot(REQUESTED_SLOT) == CONFIRMED
        guide = await self._guide_at_activation(dispatcher, tracker)
        events = guide + await super().run(dispatcher, tracker, domain)
        if at_confirmation and latest_intent(tracker) != "affirm":
            # "地址不对" / "修改电话": clear the named item so that the form asks for it again,
            # unless the same message already carried its new value.
            target = complaints.correction_target(latest_text(tracker))
            changed = {
                e["name"] for e in events if e.get("event") == "slot" and e.get("value") is not None
            }
            if target and target not in changed:
                events = [e for e in events if e.get("name") != CONFIRMED]
                events += [SlotSet(target, None), SlotSet(CONFIRMED, None)]
        return events

    async def _guide_at_activation(
        self, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> list[EventType]:
        """A grievance that opened the form without asking to file ("老板拖了我三个月工资一直
        不给", "物业不修电梯去哪投诉") first gets who handles it (GRIEVANCE_ASPECTS of the guide the
        knowledge base is confident about) and the offer to register it (bot.knowledge.routing);
        an explicit "我要投诉…" goes straight to the form. Only when the message also fills the
        description: then Rasa validates once at activation, so the guide is not sent twice."""
        description = _opening_description(tracker)
        if description is None or asks_to_file(latest_text(tracker)):
            return []
        answered = await answer_if_confident(
            lambda: self.runtime,
            dispatcher,
            tracker,
            offer=complaints.COMPLAINT_OFFER_TEXT,
            aspects_if_none=GRIEVANCE_ASPECTS,
        )
        return answered or []

    async def extract_complaint_description(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        description = _opening_description(tracker)
        return {DESCRIPTION: description} if description is not None else {}

    async def extract_district(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return text_candidate(tracker, DISTRICT, "district", reads=normalize_district)

    async def extract_address(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        # NLU often marks only part of an address ("阳光小区3栋" of "湖滨东路36号阳光小区3栋"):
        # when the form asked for the address, the whole answer is the address.
        if raw_value_for(tracker, ADDRESS, reads=complaints.reads_as_address) is None:
            return {}
        address = complaints.address_from_text(latest_text(tracker))
        return {ADDRESS: address} if address else {}

    async def extract_phone_number(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if tracker.get_slot(REQUESTED_SLOT) == CONFIRMED:
            # A new number given at the read-back is a correction.
            phone = normalize_phone(latest_text(tracker))
            return {PHONE: phone} if phone and phone != tracker.get_slot(PHONE) else {}
        return text_candidate(tracker, PHONE, "phone_number", reads=normalize_phone)

    def validate_complaint_description(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if value is None:
            return {DESCRIPTION: None}
        return _checked(DESCRIPTION, complaints.check_description(as_text(value)), dispatcher)

    def validate_district(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if value is None:
            return {DISTRICT: None}
        return _checked(DISTRICT, complaints.check_district(as_text(value)), dispatcher)

    def validate_address(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if value is None:
            return {ADDRESS: None}
        return _checked(ADDRESS, complaints.check_address(as_text(value)), dispatcher)

    def validate_phone_number(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if value is None:
            return {PHONE: None}
        return _checked(PHONE, complaints.check_phone(as_text(value)), dispatcher)

    def validate_complaint_confirmed(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        # False ("不对") is not an answer to keep: the question is asked again as "哪一项要修改？".
        return {CONFIRMED: True if value is True else None}


class ActionAskComplaintConfirmed(UsesRuntime, Action):
    """Read the complaint back (phone masked), or ask which item to change after a "不对".

    With generation configured, the read-back also shows the model's one-sentence summary and
    the routing head's department (:mod:`bot.generation.complaint`), when they are available."""

    def name(self) -> str:
        return "action_ask_complaint_confirmed"

    @answers_on_failure
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        if latest_intent(tracker) == "deny" and not _item_changed_this_turn(tracker):
            dispatcher.utter_message(
                text=complaints.CHANGE_WHICH_TEXT,
                buttons=[{"title": t, "payload": p} for t, p in complaints.CHANGE_OPTIONS],
            )
            return []
        missing = "（未填写）"
        description = tracker.get_slot(DESCRIPTION)
        text = complaints.summary_text(
            description or missing,
            tracker.get_slot(DISTRICT) or missing,
            tracker.get_slot(ADDRESS) or "",
            tracker.get_slot(PHONE) or "",
        )
        notes = (
            await complaint_notes_from_settings(self._settings(), description)
            if description
            else ComplaintNotes()
        )
        if notes.read_back_lines():
            body, question = text.rsplit("\n", 1)
            text = "\n".join([body, *notes.read_back_lines(), question])
        dispatcher.utter_message(
            text=text,
            buttons=[
                {"title": "是的", "payload": "/affirm"},
                {"title": "不对", "payload": "/deny"},
            ],
        )
        return []

    def _settings(self) -> Settings:
        # Only the settings are needed here: without an injected runtime, read them instead of
        # building the process runtime (which migrates the database).
        return self._runtime.settings if self._runtime is not None else load_settings()


def _opening_description(tracker: Tracker) -> str | None:
    """The problem as the message that opened the form describes it ("我要投诉，楼下饭店油烟太大了"),
    so that the caller is not asked to say it again; None for any later message, and for one too
    short to be a description (a bare "我要投诉")."""
    if tracker.get_slot(REQUESTED_SLOT) is not None or latest_intent(tracker) != "file_complaint":
        return None
    check = complaints.check_description(latest_text(tracker))
    return check.value if check.ok else None


def _item_changed_this_turn(tracker: Tracker) -> bool:
    return any(
        e.get("event") == "slot" and e.get("name") in FIELDS and e.get("value") is not None
        for e in events_since_user_message(tracker)
    )


def _submission_key(tracker: Tracker) -> str | None:
    turn = submission_turn(tracker, CONFIRMED)
    return submission_key("complaint", tracker.sender_id, turn) if turn else None


class ActionSubmitComplaint(UsesRuntime, Action):
    def name(self) -> str:
        return "action_submit_complaint"

    @answers_on_failure
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        reset = [SlotSet(slot, None) for slot in SLOTS]
        if tracker.get_slot(CONFIRMED) is not True:
            dispatcher.utter_message(text="好的，本次登记没有提交。如需重新登记，请告诉我。")
            return reset
        runtime = self.runtime
        complaint = {
            "description": tracker.get_slot(DESCRIPTION),
            "district": tracker.get_slot(DISTRICT),
            "address": tracker.get_slot(ADDRESS),
            "phone": tracker.get_slot(PHONE),
            "conversation_id": tracker.sender_id,
            "channel": channel(tracker),
        }
        # Summary and department are extras: generation failures give None, never an error.
        notes = await complaint_notes_from_settings(runtime.settings, complaint["description"])
        try:
            ticket = await asyncio.to_thread(
                create_ticket,
                runtime.engine,
                **complaint,
                summary=notes.summary,
                department=notes.department,
                now=runtime.now(),
                timezone=runtime.settings.timezone,
                # A retried submission (its reply was lost) returns the ticket filed the first time.
                submission_key=_submission_key(tracker),
            )
        except (SQLAlchemyError, TicketError) as e:
            # Keep the slots (nothing is lost: staff can file it from the conversation). The log
            # names the conversation and the failure, never the citizen's text, phone or address.
            logger.error(
                "could not store complaint ticket for conversation %s: %s",
                tracker.sender_id,
                type(e).__name__,
                exc_info=True,
            )
            dispatcher.utter_message(
                text="非常抱歉，系统暂时无法保存您的工单，您提供的信息已为您保留。"
                "您可以说“转人工”，由人工坐席为您登记；也可以稍后再试。",
                buttons=[HANDOFF_BUTTON],
            )
            return [SlotSet(HANDOFF_REASON, TICKET_STORE_ERROR)]
        dispatcher.utter_message(
            text=f"已为您登记，工单号：{ticket.id}。"
            f"工作人员将在{DISPATCH_WORKING_DAYS}个工作日内派单至相关部门，"
            f"承办部门一般在{REPLY_WORKING_DAYS}个工作日内联系您答复。"
            "您可以随时凭工单号查询办理进度。"
        )
        return reset
