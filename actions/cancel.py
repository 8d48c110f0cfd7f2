"""Cancelling the task in progress (取消): end the form and forget what it collected."""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.conversation import REQUESTED_SLOT, form_slots


class ActionCancelTask(Action):
    def name(self) -> str:
        return "action_cancel_task"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        form = tracker.active_loop_name
        if not form:
            dispatcher.utter_message(response="utter_nothing_to_cancel")
            return []
        dispatcher.utter_message(
            response="utter_complaint_cancelled"
            if form == "complaint_form"
            else "utter_task_cancelled"
        )
        return [
            ActiveLoop(None),
            SlotSet(REQUESTED_SLOT, None),
            *(SlotSet(slot, None) for slot in form_slots(domain, form)),
        ]
