"""action_answer_question on a real SQLite knowledge base: the whole message and event list."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.answer_question import KNOWLEDGE_NOT_FOUND, ActionAnswerQuestion
from actions.runtime import build_runtime
from bot.knowledge.answer import NO_ANSWER_TEXT
from bot.knowledge.store import build_knowledge
from bot.settings import PROJECT_ROOT, load_settings


def _runtime(tmp_path, with_knowledge: bool = True):
    settings = load_settings(env={}, db_url=f"sqlite:///{tmp_path / 'actions.db'}")
    runtime = build_runtime(settings)
    if with_knowledge:
        build_knowledge(runtime.engine, PROJECT_ROOT / "data" / "knowledge")
    return runtime


def _tracker(
    text: str, service_item: str | None = None, events: list[dict] | None = None
) -> Tracker:
    """A tracker at ``text``; ``events`` end with that message and the slot events NLU extraction
    added after it (``service_item`` is the slot's current value)."""
    return Tracker.from_dict(
        {
            "sender_id": "test-user",
            "slots": {"service_item": service_item},
            "latest_message": {
                "text": text,
                "intent": {"name": "ask_service", "confidence": 0.97},
                "entities": [],
            },
            "events": events or [],
            "paused": False,
            "followup_action": None,
            "active_loop": {},
            "latest_action_name": "action_listen",
        }
    )


async def _run(runtime, tracker: Tracker):
    dispatcher = CollectingDispatcher()
    events = await ActionAnswerQuestion(runtime).run(dispatcher, tracker, {})
    return dispatcher.messages, events


async def test_answer_sets_the_item_and_sends_sources(tmp_path) -> None:
    runtime = _runtime(tmp_path)
    messages, events = await _run(runtime, _tracker("社保卡丢了怎么办"))
    assert events == [SlotSet("service_item", "ss_card_replace")]
    (message,) = messages
    assert message["custom"] == {
        "sources": ["ss_card_replace"],
        "aspects": ["steps"],
        "generated": False,
    }
    assert message["text"].startswith("关于“社保卡挂失补换”：")
    assert "（来源：《社保卡挂失补换》办事指南，示例市人力资源和社会保障局" in message["text"]


async def test_follow_up_uses_the_slot_and_sets_nothing(tmp_path) -> None:
    runtime = _runtime(tmp_path)
    messages, events = await _run(runtime, _tracker("那要带什么材料", "ss_card_replace"))
    assert events == []
    (message,) = messages
    assert message["custom"] == {
        "sources": ["ss_card_replace"],
        "aspects": ["materials"],
        "generated": False,
    }
    assert "1. 本人有效居民身份证原件" in message["text"]


async def test_question_about_another_item_switches_the_slot(tmp_path) -> None:
    runtime = _runtime(tmp_path)
    messages, events = await _run(runtime, _tracker("公积金贷款要什么材料", "ss_card_replace"))
    assert events == [SlotSet("service_item", "hpf_loan")]
    assert messages[0]["custom"] == {
        "sources": ["hpf_loan"],
        "aspects": ["materials"],
        "generated": False,
    }


async def test_no_answer_offers_handoff(tmp_path) -> None:
    runtime = _runtime(tmp_path)
    messages, events = await _run(runtime, _tracker("今天天气怎么样", "ss_card_replace"))
    assert events == [SlotSet("handoff_reason", KNOWLEDGE_NOT_FOUND)]
    assert messages == [
        {
            "text": NO_ANSWER_TEXT,
            "buttons": [],
            "elements": [],
            "custom": {"sources": [], "aspects": [], "generated": False},
            "template": None,
            "response": None,
            "image": None,
            "attachment": None,
        }
    ]


async def test_empty_knowledge_base_is_a_polite_reply(tmp_path) -> None:
    runtime = _runtime(tmp_path, with_knowledge=False)
    messages, events = await _run(runtime, _tracker("社保卡丢了怎么办"))
    assert events == [SlotSet("handoff_reason", KNOWLEDGE_NOT_FOUND)]
    assert messages[0]["text"].startswith("抱歉，办事指南查询暂时不可用")
    assert messages[0]["custom"] == {"sources": [], "aspects": [], "generated": False}


def _user(text: str) -> dict:
    return {"event": "user", "text": text, "parse_data": {"intent": {"name": "ask_service"}}}


def _slot(value: str | None) -> dict:
    return {"event": "slot", "name": "service_item", "value": value}


async def test_an_entity_of_the_message_itself_is_no_context(tmp_path) -> None:
    # DIET tagged "公积金" as one housing-fund item on this very message: the question is still
    # resolved on its own words, not as a follow-up about that guess.
    text = "在外地交的公积金想转到这边来，怎么弄"
    tracker = _tracker(text, "hpf_withdraw_rent", [_user(text), _slot("hpf_withdraw_rent")])
    messages, events = await _run(_runtime(tmp_path), tracker)
    assert messages[0]["custom"]["sources"] == ["hpf_transfer"]
    assert events == [SlotSet("service_item", "hpf_transfer")]


async def test_the_slot_ends_on_the_item_answered(tmp_path) -> None:
    # The earlier turn was about labour arbitration; this message set the slot to a surface
    # word that is no item id ("仲裁"): the follow-up keeps the item and the slot is repaired.
    events_so_far = [_user("公司拖欠工资不给怎么办"), _slot("labor_arbitration")]
    text = "仲裁要钱吗"
    tracker = _tracker(text, "仲裁", [*events_so_far, _user(text), _slot("仲裁")])
    messages, events = await _run(_runtime(tmp_path), tracker)
    assert messages[0]["custom"]["sources"] == ["labor_arbitration"]
    assert events == [SlotSet("service_item", "labor_arbitration")]


def test_slot_before_message() -> None:
    from actions.conversation import slot_before_message

    earlier = [_user("社保卡丢了怎么办"), _slot("ss_card_replace")]
    # Nothing set by the latest message: the current value.
    assert (
        slot_before_message(
            _tracker("那要带什么", "x", [*earlier, _user("那要带什么")]), "service_item"
        )
        == "x"
    )
    # Set by the latest message: the value before it.
    now = [*earlier, _user("公积金呢"), _slot("hpf_loan")]
    assert (
        slot_before_message(_tracker("公积金呢", "hpf_loan", now), "service_item")
        == "ss_card_replace"
    )
    # A restart or a new session in between forgets it.
    reset = [*earlier, {"event": "restart"}, _user("公积金呢"), _slot("hpf_loan")]
    assert slot_before_message(_tracker("公积金呢", "hpf_loan", reset), "service_item") is None
