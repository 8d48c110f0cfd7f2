"""``action_answer_question``: a cited answer from the knowledge base (thin adapter over bot.knowledge).

Reads the latest user message and the ``service_item`` slot (the item under discussion, so that
"那要带什么材料" is answered for it), sends the composed answer with ``json_message``
``{"sources": [item ids], "aspects": [...]}`` and sets ``service_item`` when the question resolved
to a different item. When nothing relevant is known it says so, offers a human agent and sets
``handoff_reason`` so that a following "转人工" carries the reason.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.exc import SQLAlchemyError

from actions.conversation import HANDOFF_REASON, latest_text
from actions.runtime import Runtime, UsesRuntime
from bot.knowledge.service import KnowledgeService

logger = logging.getLogger(__name__)

SERVICE_ITEM = "service_item"
# handoff_reason value when the knowledge base had no answer.
KNOWLEDGE_NOT_FOUND = "knowledge_not_found"
UNAVAILABLE_TEXT = "抱歉，办事指南查询暂时不可用。需要为您转接人工客服吗？"

_services: dict[tuple[Any, ...], KnowledgeService] = {}
_services_lock = threading.Lock()


def knowledge_service(runtime: Runtime) -> KnowledgeService:
    """One service (and retrieval index) per runtime engine, built on first use."""
    settings = runtime.settings
    key = (id(runtime.engine), settings.db_url, settings.retrieval_min_score)
    with _services_lock:
        service = _services.get(key)
        if service is None:
            service = KnowledgeService.from_settings(settings, runtime.engine)
            _services[key] = service
        return service


class ActionAnswerQuestion(UsesRuntime, Action):
    def name(self) -> str:
        return "action_answer_question"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        question = latest_text(tracker)
        context_item = tracker.get_slot(SERVICE_ITEM) or None
        try:
            service = knowledge_service(self.runtime)
            # Building the index and retrieval are CPU work: keep the action server responsive.
            answer = await asyncio.to_thread(service.answer, question, context_item)
        except (SQLAlchemyError, ValueError) as e:
            logger.exception("knowledge base unavailable: %s", e)
            dispatcher.utter_message(
                text=UNAVAILABLE_TEXT, json_message={"sources": [], "aspects": []}
            )
            return [SlotSet(HANDOFF_REASON, KNOWLEDGE_NOT_FOUND)]
        dispatcher.utter_message(text=answer.text, json_message=answer.payload())
        events: list[EventType] = []
        if answer.item_id and answer.item_id != context_item:
            events.append(SlotSet(SERVICE_ITEM, answer.item_id))
        if answer.offer_handoff:
            events.append(SlotSet(HANDOFF_REASON, KNOWLEDGE_NOT_FOUND))
        return events
