"""Emergencies: the right number and what to do, at once, ending any task in progress."""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.conversation import REQUESTED_SLOT, latest_text
from bot.emergency import classify_emergency


class ActionEmergency(Action):
    def name(self) -> str:
        return "action_emergency"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        advice = classify_emergency(latest_text(tracker))
        dispatcher.utter_message(
            text=advice.message, json_message={"emergency": advice.to_payload()}
        )
        # Always sent (also with no form active) so that stories can state them unconditionally.
        return [ActiveLoop(None), SlotSet(REQUESTED_SLOT, None)]
