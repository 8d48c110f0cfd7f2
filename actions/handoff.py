"""Handing the conversation to a human agent (转人工), following Rasa's handoff conventions.

Within agent hours: a message saying what happens next, a ``json_message`` handoff payload for the
channel, the active form ended, then the slot ``handoff_active`` set to true. The conversation is
not paused (``ConversationPaused`` would stop every prediction, emergencies included):
``HandoverPolicy`` answers ordinary messages with a short hold reply while the slot is set, and an
emergency still gets its number. The operator console clears the slot through Rasa's HTTP API.
Outside agent hours the assistant stays on: a call-back ticket when the phone number is known,
otherwise the 12345 hotline.
"""

from __future__ import annotations

import asyncio
import logging

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.exc import SQLAlchemyError

from actions.conversation import (
    HANDOFF_REASON,
    REQUESTED_SLOT,
    channel,
    form_slots,
    latest_intent,
    latest_text,
)
from actions.knowledge import answer_if_confident
from actions.runtime import Runtime, UsesRuntime, answers_on_failure
from bot.complaints import mask_phone
from bot.districts import normalize_district
from bot.handoff import (
    CALL_HOTLINE,
    CALLBACK,
    USER_REQUEST,
    HandoffPlan,
    agent_hours,
    callback_description,
    plan_handoff,
)
from bot.knowledge.routing import asks_for_a_person
from bot.pii import normalize_phone, redact
from bot.tickets.service import TicketError, create_ticket

logger = logging.getLogger(__name__)

# True while a human agent has the conversation (domain.yml; read by HandoverPolicy).
HANDOFF_ACTIVE = "handoff_active"


# The context goes back through the channel: no phone, address or identifier is repeated there
# (the agent reads them from the tracker store, which needs authentication).
ADDRESS_WITHHELD = "（已提供，不在此显示）"


def _shown(slot: str, value: object) -> object:
    if slot == "phone_number":
        return mask_phone(str(value))
    if slot == "address":
        return ADDRESS_WITHHELD
    return redact(value) if isinstance(value, str) else value


def _context(tracker: Tracker, domain: DomainDict) -> dict[str, object]:
    """What the agent should see at once: the task in progress and what was collected so far.

    Slots of every form are included, not only the active one's: after a failed submission the
    form has ended but its slots are kept for exactly this handoff.
    """
    collected: dict[str, object] = {}
    for form in domain.get("forms") or {}:
        for slot in form_slots(domain, form):
            value = tracker.get_slot(slot)
            if value is not None and slot not in collected:
                collected[slot] = _shown(slot, value)
    return {
        "active_form": tracker.active_loop_name,
        "slots": collected,
        "channel": channel(tracker),
    }


async def hand_off(
    runtime: Runtime,
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    domain: DomainDict,
    reason: str,
) -> list[EventType]:
    """Run the handoff for ``reason`` and return its events (shared with the fallback action)."""
    phone = normalize_phone(str(tracker.get_slot("phone_number") or ""))
    plan = plan_handoff(
        now=runtime.now(),
        timezone=runtime.settings.timezone,
        reason=reason,
        phone=phone,
        context=_context(tracker, domain),
        hours=agent_hours(runtime.settings.handover),
    )
    ticket_id = None
    if plan.mode == CALLBACK and phone:
        try:
            ticket = await asyncio.to_thread(
                create_ticket,
                runtime.engine,
                description=callback_description(reason, latest_text(tracker)),
                district=normalize_district(str(tracker.get_slot("district") or "")),
                address=None,
                phone=phone,
                conversation_id=tracker.sender_id,
                channel=channel(tracker),
                summary="人工回电请求",
                now=runtime.now(),
                timezone=runtime.settings.timezone,
            )
            ticket_id = ticket.id
        except (SQLAlchemyError, TicketError):
            logger.exception("could not store call-back ticket for %s", tracker.sender_id)
            plan = HandoffPlan(
                CALL_HOTLINE,
                plan.reason,
                agent_takes_over=False,
                context=plan.context,
                hours=plan.hours,
            )
    dispatcher.utter_message(text=plan.message(ticket_id), json_message=plan.payload(ticket_id))
    events: list[EventType] = []
    if plan.agent_takes_over:
        if tracker.active_loop_name:
            events += [ActiveLoop(None), SlotSet(REQUESTED_SLOT, None)]
        events += [SlotSet(HANDOFF_REASON, None), SlotSet(HANDOFF_ACTIVE, True)]
    else:
        events.append(SlotSet(HANDOFF_REASON, None))
    return events


class ActionHandoff(UsesRuntime, Action):
    def name(self) -> str:
        return "action_handoff"

    @answers_on_failure
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        reason = tracker.get_slot(HANDOFF_REASON) or USER_REQUEST
        if (
            reason == USER_REQUEST
            and not tracker.active_loop_name
            and latest_intent(tracker) == "request_human"
            and not asks_for_a_person(latest_text(tracker))
        ):
            # A service question taken for a request for a person: answered when the knowledge
            # base is confident about it (bot.knowledge.routing), else handed over as asked.
            answered = await answer_if_confident(lambda: self.runtime, dispatcher, tracker)
            if answered is not None:
                return answered
        return await hand_off(self.runtime, dispatcher, tracker, domain, reason)
