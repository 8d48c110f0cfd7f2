"""Low-confidence NLU (nlu_fallback): answer from the knowledge base when it is confident about the
message (bot.knowledge.routing); otherwise ask to rephrase once, hand off on the second miss in a
row."""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.conversation import NLU_FALLBACK
from actions.handoff import hand_off
from actions.knowledge import answer_if_confident
from actions.runtime import UsesRuntime, answers_on_failure
from bot.handoff import REPEATED_FALLBACK

# Intents offered as buttons when NLU half-recognised them. ask_service is left out: its answer
# needs the caller's own words, which a button payload would replace.
INTENT_BUTTONS = {
    "file_complaint": "投诉/报修",
    "check_ticket": "查询工单进度",
    "book_appointment": "预约办事",
    "request_human": "转人工",
    "report_emergency": "紧急求助",
}
MIN_BUTTON_CONFIDENCE = 0.1
MAX_BUTTONS = 3


def consecutive_fallbacks(tracker: Tracker) -> int:
    """How many of the latest user messages in a row were nlu_fallback (this session only)."""
    count = 0
    for event in reversed(tracker.events):
        kind = event.get("event")
        if kind in ("session_started", "restart"):
            break
        if kind != "user":
            continue
        intent = ((event.get("parse_data") or {}).get("intent") or {}).get("name")
        if intent != NLU_FALLBACK:
            break
        count += 1
    return count


def likely_intent_buttons(tracker: Tracker) -> list[dict[str, str]]:
    ranking = (tracker.latest_message or {}).get("intent_ranking") or []
    buttons = []
    for entry in ranking:
        name, confidence = entry.get("name"), entry.get("confidence") or 0.0
        if name in INTENT_BUTTONS and confidence >= MIN_BUTTON_CONFIDENCE:
            buttons.append({"title": INTENT_BUTTONS[name], "payload": f"/{name}"})
    return buttons[:MAX_BUTTONS]


class ActionClarifyOrHandoff(UsesRuntime, Action):
    def name(self) -> str:
        return "action_clarify_or_handoff"

    @answers_on_failure
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        answered = await answer_if_confident(lambda: self.runtime, dispatcher, tracker)
        if answered is not None:
            return answered
        if consecutive_fallbacks(tracker) >= 2:
            return await hand_off(self.runtime, dispatcher, tracker, domain, REPEATED_FALLBACK)
        buttons = likely_intent_buttons(tracker)
        if buttons:
            dispatcher.utter_message(response="utter_ask_rephrase", buttons=buttons)
        else:
            dispatcher.utter_message(response="utter_ask_rephrase")
        return []
