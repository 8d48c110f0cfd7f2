"""action_answer_question with generation switched on: real engines, the whole message and events."""

from __future__ import annotations

import time

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.answer_question import ActionAnswerQuestion
from actions.knowledge import conversation_history, knowledge_service
from actions.runtime import build_runtime
from bot.generation.answer import AI_LABEL, Turn
from bot.knowledge.answer import answer_question
from bot.knowledge.retrieval import KnowledgeRetriever
from bot.settings import Settings

QUESTION = "社保卡丢了怎么办"


def _tracker(text: str, events: list[dict] | None = None) -> Tracker:
    return Tracker.from_dict(
        {
            "sender_id": "test-user",
            "slots": {"service_item": None},
            "latest_message": {
                "text": text,
                "intent": {"name": "ask_service", "confidence": 0.97},
                "entities": [],
            },
            "events": [*(events or []), {"event": "user", "text": text}],
            "paused": False,
            "followup_action": None,
            "active_loop": {},
            "latest_action_name": "action_listen",
        }
    )


async def _run(settings: Settings, tracker: Tracker):
    """Messages, events and the seconds the action took (index already built)."""
    runtime = build_runtime(settings)
    assert knowledge_service(runtime).retriever  # built once per process in production
    dispatcher = CollectingDispatcher()
    start = time.monotonic()
    events = await ActionAnswerQuestion(runtime).run(dispatcher, tracker, {})
    return dispatcher.messages, events, time.monotonic() - start


def _composed(runtime_settings: Settings) -> str:
    from bot.db import make_engine

    retriever = KnowledgeRetriever.from_engine(make_engine(runtime_settings.database.url))
    return answer_question(retriever, QUESTION).text


def _faithful(settings: Settings) -> str:
    from bot.db import make_engine
    from bot.knowledge.store import load_items

    (item,) = load_items(make_engine(settings.database.url), ["ss_card_replace"])
    return f"请先挂失再补卡：{item.facts_for('steps')[0]}。咨询电话{item.facts_for('phone')[0]}。"


async def test_generation_is_off_by_default(knowledge_db, settings_with) -> None:
    messages, events, _ = await _run(settings_with(knowledge_db), _tracker(QUESTION))
    assert events == [SlotSet("service_item", "ss_card_replace")]
    assert messages[0]["custom"] == {
        "sources": ["ss_card_replace"],
        "aspects": ["steps"],
        "generated": False,
    }
    assert AI_LABEL not in messages[0]["text"]


async def test_a_faithful_generated_answer_is_sent_with_the_label(
    knowledge_db, chat_server, settings_with
) -> None:
    settings = settings_with(
        knowledge_db, llm={"backend": "openai", "base_url": chat_server.base_url}
    )
    chat_server.reply = _faithful(settings)
    history = [
        {"event": "user", "text": "你好"},
        {"event": "bot", "text": "您好，请问有什么可以帮您？"},
    ]
    messages, events, _ = await _run(settings, _tracker(QUESTION, history))
    assert events == [SlotSet("service_item", "ss_card_replace")]
    (message,) = messages
    assert message["custom"] == {
        "sources": ["ss_card_replace"],
        "aspects": ["steps"],
        "generated": True,
    }
    assert message["text"].startswith(chat_server.reply)
    assert message["text"].endswith(AI_LABEL)
    assert "（来源：《社保卡挂失补换》办事指南" in message["text"]
    # The earlier turns went into the prompt, before the question.
    sent = chat_server.requests[0]["messages"]
    assert [(m["role"], m["content"]) for m in sent[1:]] == [
        ("user", "你好"),
        ("assistant", "您好，请问有什么可以帮您？"),
        ("user", QUESTION),
    ]


async def test_a_dead_backend_gives_the_composed_answer_and_normal_events(
    knowledge_db, dead_base_url, settings_with
) -> None:
    settings = settings_with(
        knowledge_db,
        llm={"backend": "openai", "base_url": dead_base_url},
        generation={"timeout_s": 2},
    )
    messages, events, elapsed = await _run(settings, _tracker(QUESTION))
    assert elapsed < 2
    assert events == [SlotSet("service_item", "ss_card_replace")]
    assert messages[0]["text"] == _composed(settings)
    assert messages[0]["custom"]["generated"] is False


async def test_a_slow_backend_gives_the_composed_answer_within_the_timeout(
    knowledge_db, chat_server, settings_with
) -> None:
    settings = settings_with(
        knowledge_db,
        llm={"backend": "openai", "base_url": chat_server.base_url},
        generation={"timeout_s": 0.5},
    )
    chat_server.reply, chat_server.delay_s = _faithful(settings), 5.0
    messages, events, elapsed = await _run(settings, _tracker(QUESTION))
    assert elapsed < 1.5
    assert events == [SlotSet("service_item", "ss_card_replace")]
    assert messages[0]["text"] == _composed(settings)
    assert messages[0]["custom"]["generated"] is False


async def test_answers_can_be_switched_off_while_llm_is_configured(
    knowledge_db, chat_server, settings_with
) -> None:
    settings = settings_with(
        knowledge_db,
        llm={"backend": "openai", "base_url": chat_server.base_url},
        generation={"answers": False},
    )
    messages, _, _ = await _run(settings, _tracker(QUESTION))
    assert messages[0]["custom"]["generated"] is False
    assert chat_server.requests == []


def test_history_is_the_messages_before_the_question() -> None:
    tracker = _tracker(
        "那要带什么材料",
        [
            {"event": "user", "text": "社保卡丢了怎么办"},
            {"event": "action", "name": "action_answer_question"},
            {"event": "bot", "text": "请先挂失。"},
            {"event": "bot", "text": None},
        ],
    )
    assert conversation_history(tracker) == [
        Turn("user", "社保卡丢了怎么办"),
        Turn("assistant", "请先挂失。"),
    ]


async def test_the_in_process_tiny_model_never_reaches_the_caller_unchecked(
    knowledge_db, tiny_model_dir, settings_with
) -> None:
    settings = settings_with(
        knowledge_db,
        llm={"backend": "transformers", "model_path": str(tiny_model_dir), "device": "cpu"},
        generation={"timeout_s": 30, "max_new_tokens": 16},
    )
    messages, events, _ = await _run(settings, _tracker(QUESTION))
    # Gibberish (or a prompt beyond its context) from a random model: the composed answer.
    assert events == [SlotSet("service_item", "ss_card_replace")]
    assert messages[0]["text"] == _composed(settings)
    assert messages[0]["custom"]["generated"] is False
