"""``action_answer_question``: a cited answer from the knowledge base (thin adapter over bot.knowledge).

Reads the latest user message, the ``service_item`` slot (the item under discussion, so that
"那要带什么材料" is answered for it) and the aspects of the latest answer (so that "那公积金呢"
asks the same about another item); the decision is :mod:`bot.knowledge.followup`. It sends the composed answer with ``json_message``
``{"sources": [item ids], "aspects": [...], "generated": bool}`` and sets ``service_item`` when the
question resolved to a different item. With generation enabled in the settings (an ``llm:``
mapping, see :mod:`bot.generation.config`) the LLM writes the answer from the retrieved facts and
the conversation (:func:`bot.generation.answer.generate_grounded_answer`); a failed grounding
check, a back-end error or a timeout sends the composed answer instead (``generated: false``).
When nothing relevant is known it says so, offers a human agent and sets ``handoff_reason`` so
that a following "转人工" carries the reason. The knowledge service and the reply are shared with
other actions (:mod:`actions.knowledge`).
"""

from __future__ import annotations

import asyncio
import logging

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.exc import SQLAlchemyError

from actions.conversation import HANDOFF_REASON, latest_text, slot_before_message
from actions.knowledge import (
    SERVICE_ITEM,
    knowledge_reply,
    knowledge_service,
    last_answer_aspects,
)
from actions.runtime import UsesRuntime, answers_on_failure

logger = logging.getLogger(__name__)

# handoff_reason value when the knowledge base had no answer.
KNOWLEDGE_NOT_FOUND = "knowledge_not_found"
UNAVAILABLE_TEXT = "抱歉，办事指南查询暂时不可用。需要为您转接人工客服吗？"


class ActionAnswerQuestion(UsesRuntime, Action):
    def name(self) -> str:
        return "action_answer_question"

    @answers_on_failure
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        question = latest_text(tracker)
        # The item of the conversation so far: an entity of this very message (DIET's
        # "公积金" -> one of the housing-fund items) is a guess, which the retriever reads itself.
        context_item = slot_before_message(tracker, SERVICE_ITEM) or None
        try:
            service = knowledge_service(self.runtime)
            # Building the index and retrieval are CPU work: keep the action server responsive.
            answer = await asyncio.to_thread(
                service.answer, question, context_item, last_answer_aspects(tracker)
            )
        except (SQLAlchemyError, ValueError) as e:
            logger.exception("knowledge base unavailable: %s", e)
            dispatcher.utter_message(
                text=UNAVAILABLE_TEXT,
                json_message={"sources": [], "aspects": [], "generated": False},
            )
            return [SlotSet(HANDOFF_REASON, KNOWLEDGE_NOT_FOUND)]
        reply = await knowledge_reply(self.runtime, service, tracker, question, answer)
        dispatcher.utter_message(text=reply.text, json_message=reply.payload())
        events: list[EventType] = []
        # The slot ends on the item answered (an entity of this message may have set another
        # value, not always an id: DIET's "仲裁").
        if answer.item_id and answer.item_id != tracker.get_slot(SERVICE_ITEM):
            events.append(SlotSet(SERVICE_ITEM, answer.item_id))
        if answer.offer_handoff:
            events.append(SlotSet(HANDOFF_REASON, KNOWLEDGE_NOT_FOUND))
        return events
