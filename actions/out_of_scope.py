"""``action_out_of_scope``: a message the intent classifiers took as outside the hotline's services.

A service question is sometimes taken as out_of_scope ("我奶奶85岁了，政府有没有高龄补助"): when the
knowledge base is confident about the message (bot.knowledge.routing) it is answered from there;
otherwise the static ``utter_out_of_scope`` goes out, as before.
"""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.knowledge import answer_if_confident
from actions.runtime import UsesRuntime


class ActionOutOfScope(UsesRuntime, Action):
    def name(self) -> str:
        return "action_out_of_scope"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        answered = await answer_if_confident(lambda: self.runtime, dispatcher, tracker)
        if answered is not None:
            return answered
        dispatcher.utter_message(response="utter_out_of_scope")
        return []
