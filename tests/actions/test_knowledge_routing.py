"""Service questions filed under another intent are answered from the knowledge base when it is
confident (bot.knowledge.routing); otherwise each action replies as before."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.cancel import ActionCancelTask
from actions.complaint import ValidateComplaintForm
from actions.fallback import ActionClarifyOrHandoff
from actions.handoff import ActionHandoff
from actions.out_of_scope import ActionOutOfScope
from actions.runtime import Runtime
from bot.complaints import COMPLAINT_OFFER_TEXT
from bot.knowledge.routing import GRIEVANCE_ASPECTS
from bot.knowledge.store import build_knowledge
from bot.settings import PROJECT_ROOT


@pytest.fixture
def kb_runtime(runtime: Runtime) -> Runtime:
    build_knowledge(runtime.engine, PROJECT_ROOT / "data" / "knowledge")
    return runtime


def _tracker(text: str, intent: str, active_loop: str | None = None, **slots: Any) -> Tracker:
    return Tracker.from_dict(
        {
            "sender_id": "routing-test",
            "slots": {"service_item": None, "requested_slot": None, **slots},
            "latest_message": {
                "text": text,
                "intent": {"name": intent, "confidence": 0.6},
                "intent_ranking": [{"name": intent, "confidence": 0.6}],
                "entities": [],
            },
            "events": [{"event": "user", "text": text, "parse_data": {"intent": {"name": intent}}}],
            "paused": False,
            "followup_action": None,
            "active_loop": {"name": active_loop} if active_loop else {},
            "latest_action_name": "action_listen",
        }
    )


async def _run(action, tracker: Tracker, domain) -> tuple[list, list[dict]]:
    dispatcher = CollectingDispatcher()
    events = await action.run(dispatcher, tracker, domain)
    return events, dispatcher.messages


def _is_answer(message: dict, item: str, routed_from: str) -> bool:
    custom = message.get("custom") or {}
    return custom.get("sources") == [item] and custom.get("routed_from") == routed_from


async def test_out_of_scope_service_question_is_answered(kb_runtime, domain) -> None:
    tracker = _tracker("在外地交的公积金想转到这边来，怎么弄", "out_of_scope")
    events, messages = await _run(ActionOutOfScope(kb_runtime), tracker, domain)
    assert events == [SlotSet("service_item", "hpf_transfer")]
    [message] = messages
    assert _is_answer(message, "hpf_transfer", "out_of_scope")
    assert "公积金" in message["text"]


@pytest.mark.parametrize("text", ["给我讲个笑话", "最近买什么股票好", "明天会下雨吗"])
async def test_out_of_scope_chat_keeps_the_static_reply(kb_runtime, domain, text) -> None:
    events, messages = await _run(
        ActionOutOfScope(kb_runtime), _tracker(text, "out_of_scope"), domain
    )
    assert (events, messages[0]["response"], len(messages)) == ([], "utter_out_of_scope", 1)


async def test_out_of_scope_without_a_knowledge_base_keeps_the_static_reply(
    runtime, domain
) -> None:
    # An empty knowledge base (never built) cannot be searched: the usual reply still goes out.
    tracker = _tracker("在外地交的公积金想转到这边来，怎么弄", "out_of_scope")
    events, messages = await _run(ActionOutOfScope(runtime), tracker, domain)
    assert (events, [m["response"] for m in messages]) == ([], ["utter_out_of_scope"])


async def test_fallback_service_question_is_answered(kb_runtime, domain) -> None:
    tracker = _tracker("重度残疾的家人每个月能领护理补贴吗", "nlu_fallback")
    events, messages = await _run(ActionClarifyOrHandoff(kb_runtime), tracker, domain)
    assert events == [SlotSet("service_item", "disability_subsidy")]
    assert _is_answer(messages[0], "disability_subsidy", "nlu_fallback")


async def test_fallback_chat_still_asks_to_rephrase(kb_runtime, domain) -> None:
    tracker = _tracker("就是那个东西啊", "nlu_fallback")
    events, messages = await _run(ActionClarifyOrHandoff(kb_runtime), tracker, domain)
    assert (events, [m["response"] for m in messages]) == ([], ["utter_ask_rephrase"])


async def test_cancel_with_nothing_to_cancel_answers_a_service_question(kb_runtime, domain) -> None:
    tracker = _tracker("我家闺女刚满一岁，想给她弄张社会保障卡", "cancel")
    events, messages = await _run(ActionCancelTask(kb_runtime), tracker, domain)
    assert events == [SlotSet("service_item", "ss_card_apply")]
    assert _is_answer(messages[0], "ss_card_apply", "cancel")


@pytest.mark.parametrize("text", ["社保卡不办了", "算了，公积金的事先不弄了", "取消"])
async def test_a_real_cancel_is_never_answered(kb_runtime, domain, text) -> None:
    events, messages = await _run(ActionCancelTask(kb_runtime), _tracker(text, "cancel"), domain)
    assert (events, [m["response"] for m in messages]) == ([], ["utter_nothing_to_cancel"])


async def test_cancel_inside_a_form_cancels_whatever_it_says(kb_runtime, domain) -> None:
    tracker = _tracker(
        "我家闺女刚满一岁，想给她弄张社会保障卡",
        "cancel",
        "complaint_form",
        requested_slot="district",
    )
    events, messages = await _run(ActionCancelTask(kb_runtime), tracker, domain)
    assert [m["response"] for m in messages] == ["utter_complaint_cancelled"]
    assert events[0]["event"] == "active_loop" and events[0]["name"] is None


async def test_grievance_gets_the_guide_and_the_offer_before_the_form(kb_runtime, domain) -> None:
    text = "公司拖欠我两个月工资了，老板一直不给"
    tracker = _tracker(text, "file_complaint", "complaint_form")
    events, messages = await _run(ValidateComplaintForm(kb_runtime), tracker, domain)
    [message] = messages
    assert _is_answer(message, "labor_arbitration", "file_complaint")
    assert message["text"].endswith(COMPLAINT_OFFER_TEXT)
    # Who handles it and how to reach them, not the application materials.
    assert message["custom"]["aspects"] == list(GRIEVANCE_ASPECTS)
    assert "办理部门：" in message["text"] and "所需材料" not in message["text"]
    # The form goes on: the description is kept, so the caller is not asked for it again.
    assert SlotSet("complaint_description", text) in events
    assert SlotSet("service_item", "labor_arbitration") in events


@pytest.mark.parametrize(
    "text",
    [
        "我要投诉，公司拖欠我两个月工资了，老板一直不给",  # asks to file: straight to the form
        "楼道灯坏了",  # too short to be the description: the form asks for it first
    ],
)
async def test_explicit_or_short_complaints_get_no_guide(kb_runtime, domain, text) -> None:
    tracker = _tracker(text, "file_complaint", "complaint_form")
    _, messages = await _run(ValidateComplaintForm(kb_runtime), tracker, domain)
    assert not any((m.get("custom") or {}).get("sources") for m in messages)


async def test_no_guide_once_the_form_is_asking(kb_runtime, domain) -> None:
    tracker = _tracker(
        "工地天天半夜打桩，吵得全家睡不着",
        "file_complaint",
        "complaint_form",
        requested_slot="district",
    )
    _, messages = await _run(ValidateComplaintForm(kb_runtime), tracker, domain)
    assert not any((m.get("custom") or {}).get("sources") for m in messages)


async def test_request_human_without_a_person_answers_a_service_question(
    kb_runtime, domain
) -> None:
    # "转到" read as a request to be transferred to a person; the message names nobody.
    tracker = _tracker("医保关系怎么从外地转到这里", "request_human")
    events, messages = await _run(ActionHandoff(kb_runtime), tracker, domain)
    assert events == [SlotSet("service_item", "medical_transfer")]
    assert _is_answer(messages[0], "medical_transfer", "request_human")


@pytest.mark.parametrize("text", ["转人工", "我要找你们工作人员说医保转移的事", "让真人来跟我说"])
async def test_a_request_for_a_person_is_always_handed_over(kb_runtime, domain, text) -> None:
    events, messages = await _run(
        ActionHandoff(kb_runtime), _tracker(text, "request_human"), domain
    )
    assert not any((m.get("custom") or {}).get("routed_from") for m in messages)
    assert messages, "the hand-over reply goes out"
