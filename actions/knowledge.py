"""Shared helper of the actions that answer from the knowledge base: one knowledge service per
runtime, the generated-or-composed reply, and :func:`answer_if_confident` for the actions of intents
a service question is sometimes filed under (out_of_scope, nlu_fallback, cancel, a grievance)."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.conversation import latest_intent, latest_text, slot_before_message
from actions.runtime import Runtime
from bot.generation.answer import GroundedAnswer, Turn, generate_grounded_answer
from bot.generation.engines import engine_within
from bot.knowledge.answer import Answer
from bot.knowledge.service import KnowledgeService
from bot.llm import llm_config_from_settings

logger = logging.getLogger(__name__)

SERVICE_ITEM = "service_item"

_services: dict[tuple[Any, ...], KnowledgeService] = {}
_services_lock = threading.Lock()


def knowledge_service(runtime: Runtime) -> KnowledgeService:
    """One service (and retrieval index) per runtime engine, built on first use."""
    settings = runtime.settings
    key = (id(runtime.engine), settings.database.url, settings.retrieval)
    with _services_lock:
        service = _services.get(key)
        if service is None:
            service = KnowledgeService.from_settings(settings, runtime.engine)
            _services[key] = service
        return service


async def answer_if_confident(
    runtime_of: Callable[[], Runtime],
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    offer: str | None = None,
    aspects_if_none: Sequence[str] = (),
) -> list[EventType] | None:
    """Answer the latest message from the knowledge base when it is confident about it
    (:meth:`KnowledgeService.confident_answer`), for the actions of intents a service question is
    sometimes filed under (out_of_scope, nlu_fallback, cancel, a grievance).

    ``offer`` is added after the answer (the complaint offer); ``aspects_if_none`` chooses the
    parts of the guide when the message asks for none. Returns the events (the ``service_item``
    slot moved to the item answered), or None when it did not answer: not confident, or the
    runtime, the database or the index failed (logged), so the caller replies as it did before.
    ``runtime_of`` is called inside the guard (building the process runtime may fail)."""
    question = latest_text(tracker)
    if not question.strip():
        return None
    # A follow-up question about the item under discussion is answered from it, whatever intent
    # it was filed under ("出院的时候直接结算吗" after 医保报销, as nlu_fallback).
    context_item = slot_before_message(tracker, SERVICE_ITEM) or None
    try:
        runtime = runtime_of()
        service = knowledge_service(runtime)
        answer = await asyncio.to_thread(
            service.confident_answer,
            question,
            aspects_if_none,
            context_item,
            last_answer_aspects(tracker),
        )
        if answer is None:
            return None
        reply = await knowledge_reply(runtime, service, tracker, question, answer)
    except Exception as e:  # noqa: BLE001 - the caller's own reply still goes out
        logger.warning(
            "knowledge routing skipped for sender %s (%s)", tracker.sender_id, type(e).__name__
        )
        return None
    payload = reply.payload()
    payload["routed_from"] = latest_intent(tracker)
    text = f"{reply.text}\n\n{offer}" if offer else reply.text
    dispatcher.utter_message(text=text, json_message=payload)
    moved = answer.item_id != tracker.get_slot(SERVICE_ITEM)
    return [SlotSet(SERVICE_ITEM, answer.item_id)] if moved else []


def last_answer_aspects(tracker: Tracker) -> list[str]:
    """The aspects of the latest knowledge answer (its ``json_message``), for follow-ups that
    switch item without naming an aspect ("那公积金呢")."""
    for event in reversed(list(tracker.events)):
        if event.get("event") != "bot":
            continue
        custom = (event.get("data") or {}).get("custom")
        if isinstance(custom, dict) and "sources" in custom:
            aspects = custom.get("aspects")
            return [str(a) for a in aspects] if isinstance(aspects, list) else []
    return []


def conversation_history(tracker: Tracker) -> list[Turn]:
    """User and bot messages before the latest user message (the question itself)."""
    turns: list[Turn] = []
    events = list(tracker.events)
    last_user = max((i for i, e in enumerate(events) if e.get("event") == "user"), default=None)
    for event in events[:last_user]:
        text = event.get("text")
        if not text:
            continue
        if event.get("event") == "user":
            turns.append(Turn("user", text))
        elif event.get("event") == "bot":
            turns.append(Turn("assistant", text))
    return turns


async def knowledge_reply(
    runtime: Runtime, service: KnowledgeService, tracker: Tracker, question: str, answer: Answer
) -> GroundedAnswer:
    """The generated answer when generation is on and succeeds, else the composed one."""
    composed = GroundedAnswer(answer.text, list(answer.sources), list(answer.aspects), False)
    started = time.monotonic()
    try:
        generation = runtime.settings.generation
        if not generation.answers_enabled or not answer.found or answer.item_id is None:
            return composed
        engine = await engine_within(
            llm_config_from_settings(runtime.settings), generation.timeout_s
        )
    except asyncio.TimeoutError:
        logger.warning("generation engine still loading; sending the composed answer")
        return composed
    except Exception:  # noqa: BLE001 - bad settings or a broken engine must not cost an answer
        logger.exception("answer generation unavailable; sending the composed answer")
        return composed
    retriever = service.retriever
    offices = {c.name for c in runtime.centres.values()}
    offices |= {it.office_name for it in retriever.items if it.office_name}
    return await generate_grounded_answer(
        engine,
        question,
        answer,
        retriever.by_id.get(answer.item_id),
        conversation_history(tracker),
        # One budget for the whole turn: waiting for a loading engine counts too.
        timeout_s=max(0.1, generation.timeout_s - (time.monotonic() - started)),
        max_turns=generation.history_turns,
        max_new_tokens=generation.max_new_tokens,
        known_offices=offices,
    )
