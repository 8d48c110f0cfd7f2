"""Emergencies: the detail after the static reply, and the structured payload for the channel.

The number and what to do right now have already gone out as ``utter_emergency`` (a static
domain response chosen by the ``emergency_category`` slot) before this action runs, so a stopped
action server costs nothing that matters. This action adds:

- the lines for a second kind of emergency in the same message ("车着火了" on a motorway: 119 and
  122), which a static response conditioned on one category cannot carry;
- a ``json_message`` payload ``{"emergency": {"category", "numbers", "reason", "source"}}`` for
  channels that show a call button;
- the end of any task in progress (the form's slots are kept for a later hand-over).
"""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.conversation import REQUESTED_SLOT, latest_text
from bot.safety.emergency import MESSAGES, NUMBERS, UNKNOWN, EmergencyDecision, detect_emergency

CATEGORY_SLOT = "emergency_category"


def emergency_decision(tracker: Tracker) -> EmergencyDecision:
    """The detector's decision on the latest message, else the slot's category (second signal)."""
    decision = detect_emergency(latest_text(tracker))
    if decision is not None:
        return decision
    category = tracker.get_slot(CATEGORY_SLOT)
    if category not in NUMBERS:
        category = UNKNOWN
    return EmergencyDecision(category, NUMBERS[category], MESSAGES[category], "slot")


class ActionEmergency(Action):
    def name(self) -> str:
        return "action_emergency"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        decision = emergency_decision(tracker)
        payload = {"emergency": decision.to_payload()}
        static = MESSAGES[decision.category]
        extra = (
            decision.message[len(static) :].strip() if decision.message.startswith(static) else ""
        )
        if extra:
            dispatcher.utter_message(text=extra, json_message=payload)
        else:
            dispatcher.utter_message(json_message=payload)
        events: list[EventType] = [SlotSet(CATEGORY_SLOT, None)]
        if tracker.active_loop_name:
            events = [ActiveLoop(None), SlotSet(REQUESTED_SLOT, None), *events]
        return events
