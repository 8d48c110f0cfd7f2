"""Appointment form (预约办事): service item, district, date and phone, then the booking."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.exc import SQLAlchemyError

from actions.conversation import as_text, submission_turn, text_candidate
from actions.runtime import UsesRuntime, answers_on_failure
from bot import appointments, complaints
from bot.dates import parse_date
from bot.districts import normalize_district
from bot.idempotency import submission_key
from bot.pii import normalize_phone
from bot.service_items import SERVICE_ITEM_NAMES, resolve_service_item

logger = logging.getLogger(__name__)

SERVICE_ITEM = "service_item"
DISTRICT = "district"
DATE = "appointment_date"
PHONE = "phone_number"

_EXAMPLES = "、".join(
    SERVICE_ITEM_NAMES[i]
    for i in ("ss_card_apply", "residence_permit", "hpf_withdraw_rent", "id_card_replace")
)


def _reads_a_date(text: str) -> bool:
    """Whether ``text`` names a day (used to tell "明天可以吗" from a question about something else)."""
    return parse_date(text, dt.date.today()) is not None


class ValidateAppointmentForm(UsesRuntime, FormValidationAction):
    def name(self) -> str:
        return "validate_appointment_form"

    @answers_on_failure
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        return await super().run(dispatcher, tracker, domain)

    async def extract_service_item(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return text_candidate(tracker, SERVICE_ITEM, SERVICE_ITEM, reads=resolve_service_item)

    async def extract_district(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return text_candidate(tracker, DISTRICT, "district", reads=normalize_district)

    async def extract_appointment_date(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return text_candidate(tracker, DATE, "date", reads=_reads_a_date)

    async def extract_phone_number(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return text_candidate(tracker, PHONE, "phone_number", reads=normalize_phone)

    def validate_service_item(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if value is None:
            return {SERVICE_ITEM: None}
        item = resolve_service_item(as_text(value))
        if item is None:
            dispatcher.utter_message(
                text=f"暂时没有识别出要预约的业务。可以预约的业务例如：{_EXAMPLES}等，请说出业务名称。"
            )
        return {SERVICE_ITEM: item}

    def validate_district(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if value is None:
            return {DISTRICT: None}
        check = complaints.check_district(as_text(value))
        if not check.ok:
            dispatcher.utter_message(text=check.error)
        return {DISTRICT: check.value}

    async def validate_appointment_date(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if value is None:
            return {DATE: None}
        runtime = self.runtime
        today = runtime.today()
        day = parse_date(as_text(value), today)
        if day is None:
            dispatcher.utter_message(
                text="没有听清是哪一天。请说具体日期，例如“明天”“下周一”或“12月3日”。"
            )
            return {DATE: None}
        centre = runtime.centres.get(normalize_district(as_text(tracker.get_slot(DISTRICT))) or "")
        if centre is None:
            # The district comes later in this turn or the next; the booking re-checks the date.
            reason = appointments.date_refusal(day, today=today)
            if reason is not None:
                refused = appointments.BookingResult(ok=False, reason=reason, date=day)
                dispatcher.utter_message(text=appointments.refusal_message(refused))
                return {DATE: None}
            return {DATE: day.isoformat()}
        try:
            checked = await asyncio.to_thread(
                appointments.check_date,
                runtime.engine,
                centre,
                day,
                today=today,
                capacity=runtime.settings.appointment_capacity,
            )
        except SQLAlchemyError:
            logger.exception("availability check failed for %s on %s", centre.id, day)
            return {DATE: day.isoformat()}  # the booking itself reports a lasting failure
        if not checked.ok:
            dispatcher.utter_message(text=appointments.refusal_message(checked))
            return {DATE: None}
        return {DATE: day.isoformat()}

    def validate_phone_number(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if value is None:
            return {PHONE: None}
        check = complaints.check_phone(as_text(value))
        if not check.ok:
            dispatcher.utter_message(text=check.error)
        return {PHONE: check.value}


def _submission_key(tracker: Tracker) -> str | None:
    # The form has no read-back: the turn that completed it submits it.
    turn = submission_turn(tracker)
    return submission_key("appointment", tracker.sender_id, turn) if turn else None


class ActionSubmitAppointment(UsesRuntime, Action):
    def name(self) -> str:
        return "action_submit_appointment"

    @answers_on_failure
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        runtime = self.runtime
        try:
            day = dt.date.fromisoformat(str(tracker.get_slot(DATE)))
        except ValueError:
            dispatcher.utter_message(response="utter_ask_appointment_date")
            return [SlotSet(DATE, None)]
        request = {
            # The slot may have been filled before the form (outside its validation).
            "service_item": resolve_service_item(as_text(tracker.get_slot(SERVICE_ITEM))) or "",
            "district": str(tracker.get_slot(DISTRICT) or ""),
            "date": day,
            "phone": str(tracker.get_slot(PHONE) or ""),
        }
        try:
            result = await asyncio.to_thread(
                appointments.book,
                runtime.engine,
                **request,
                capacity=runtime.settings.appointment_capacity,
                today=runtime.today(),
                centres=runtime.centres,
                now=runtime.now(),
                max_open_per_phone=runtime.settings.appointment_max_open_per_phone,
                submission_key=_submission_key(tracker),
            )
        except SQLAlchemyError as e:
            # Ids and reasons only: the phone stays out of the log.
            logger.error(
                "could not store appointment for conversation %s (%s, %s): %s",
                tracker.sender_id,
                request["service_item"],
                day.isoformat(),
                type(e).__name__,
                exc_info=True,
            )
            dispatcher.utter_message(
                text="非常抱歉，预约系统暂时无法保存，您提供的信息已为您保留。请稍后再试，"
                "或说“转人工”由人工坐席为您预约。",
                buttons=[{"title": "转人工", "payload": "/request_human"}],
            )
            return []
        if not result.ok:
            dispatcher.utter_message(text=appointments.refusal_message(result))
            return [SlotSet(DATE, None)]
        dispatcher.utter_message(text=appointments.confirmation_message(result))
        # The service item stays: follow-up questions ("要带什么材料") refer to it.
        return [SlotSet(DISTRICT, None), SlotSet(DATE, None), SlotSet(PHONE, None)]
