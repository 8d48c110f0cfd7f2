"""Cancelling the task in progress (取消): end the form and forget what it collected.

With nothing in progress, a message that asks to stop nothing ("我刚来上班，想弄一张社会保障卡"
taken as cancel) is answered from the knowledge base when it is confident about it
(bot.knowledge.routing); otherwise the caller hears that nothing is in progress."""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.conversation import REQUESTED_SLOT, form_slots, latest_text
from actions.knowledge import answer_if_confident
from actions.runtime import UsesRuntime
from bot.knowledge.routing import is_cancel_request


class ActionCancelTask(UsesRuntime, Action):
    def name(self) -> str:
        return "action_cancel_task"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        form = tracker.active_loop_name
        if not form:
            if not is_cancel_request(latest_text(tracker)):
                answered = await answer_if_confident(lambda: self.runtime, dispatcher, tracker)
                if answered is not None:
                    return answered
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
