"""FollowUpIntent: a short aspect question filed as a complaint, out_of_scope or nlu_fallback is
asked of the item under discussion (ask_service); everything else keeps its intent."""

from __future__ import annotations

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.knowledge.followup import is_aspect_question
from bot.nlu.intent_override import promoted_ranking
from bot.nlu.ticket_mentions import mentions_a_ticket
from custom_components.follow_up_intent import FollowUpIntent


def _component(tmp_path) -> FollowUpIntent:
    context = ExecutionContext(GraphSchema({}), "follow-up")
    return FollowUpIntent.create({}, LocalModelStorage(tmp_path), Resource("x"), context)


def _message(text: str, intent: str) -> Message:
    ranking = [
        {"name": intent, "confidence": 0.6},
        {"name": "greet", "confidence": 0.3},
        {"name": "ask_service", "confidence": 0.1},
    ]
    return Message({TEXT: text, INTENT: dict(ranking[0]), INTENT_RANKING_KEY: ranking})


@pytest.mark.parametrize("text", ["周末能办吗", "大概要几天", "去哪儿领", "费用多少", "几点下班呀"])
@pytest.mark.parametrize("intent", ["file_complaint", "out_of_scope", "nlu_fallback"])
def test_short_aspect_questions_become_ask_service(tmp_path, text: str, intent: str) -> None:
    message = _message(text, intent)
    _component(tmp_path).process([message])
    assert message.get(INTENT) == {"name": "ask_service", "confidence": 0.6}
    ranking = message.get(INTENT_RANKING_KEY)
    assert [r["name"] for r in ranking] == ["ask_service", "greet", intent]
    assert sum(r["confidence"] for r in ranking) == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("楼上装修从早上七点一直响到晚上十点", "file_complaint"),  # a grievance, long
        ("我要投诉", "file_complaint"),  # no aspect
        ("你是谁", "out_of_scope"),  # no aspect
        ("收费吗", "greet"),  # an intent it does not take back
    ],
)
def test_other_messages_keep_their_intent(tmp_path, text: str, intent: str) -> None:
    message = _message(text, intent)
    _component(tmp_path).process([message])
    assert message.get(INTENT)["name"] == intent


@pytest.mark.parametrize(
    "text",
    [
        "家里老人瘫痪在床 有没有护理方面的补助",
        "外地户口的孩子能在这边上小学吗",
        # a ticket's words that also ask about a service (处理, 结果, 投诉 on their own)
        "闯红灯的罚单一直没去处理 会有什么后果",
        "保障房摇号结果在哪里能查到",
        "体检做完了 结果大概几天能拿",
        "网购的东西一直不发货 这种情况可以向哪里投诉",
        "我的订单号查不到物流 找哪个部门",
    ],
)
def test_service_questions_filed_as_check_ticket_become_ask_service(tmp_path, text: str) -> None:
    message = _message(text, "check_ticket")
    _component(tmp_path).process([message])
    assert message.get(INTENT)["name"] == "ask_service"


@pytest.mark.parametrize(
    "text",
    [
        "我上礼拜反映的路灯坏了 有人来修吗",
        "GD202611280001",
        "帮我查下 手机号13900001111",
        "那个事情怎么样了",
        "之前说好来处理的 到现在没动静",
        # the same words once the citizen says they filed something
        "我上周投诉的那个噪音 处理了没有",
        "投诉有结果了吗",
        "报修了三天还没人来",
        "我想知道处理结果",
        "那个投诉最后怎么说的",
    ],
)
def test_progress_questions_keep_check_ticket(tmp_path, text: str) -> None:
    assert mentions_a_ticket(text)
    message = _message(text, "check_ticket")
    _component(tmp_path).process([message])
    assert message.get(INTENT)["name"] == "check_ticket"


def test_is_aspect_question_needs_a_short_question_with_an_aspect() -> None:
    assert is_aspect_question("有时间限制吗") and is_aspect_question("在哪里办")
    assert not is_aspect_question("隔壁装修周末一大早就开电钻")  # long, no question
    assert not is_aspect_question("太贵了") and not is_aspect_question("")


def test_promoted_ranking() -> None:
    ranking = [{"name": "a", "confidence": 0.5}, {"name": "b", "confidence": 0.3}]
    ranking.append({"name": "c", "confidence": 0.2})
    top, promoted = promoted_ranking(ranking, "c")
    assert top == {"name": "c", "confidence": 0.5}
    assert promoted == [top, {"name": "b", "confidence": 0.3}, {"name": "a", "confidence": 0.2}]
    top, promoted = promoted_ranking(ranking, "z")  # not ranked: the old top drops to 0.0
    assert [r["name"] for r in promoted] == ["z", "a", "b", "c"] and promoted[1]["confidence"] == 0
    assert promoted_ranking(ranking, "a") == ({"name": "a", "confidence": 0.5}, ranking)


@pytest.mark.parametrize(
    ("text", "intent"),
    [("想给老人办个优待证", "book_appointment"), ("医保报销需要提供哪些票据呢", "greet")],
)
def test_service_questions_filed_as_appointments_or_chat_become_ask_service(
    tmp_path, text: str, intent: str
) -> None:
    message = _message(text, intent)
    _component(tmp_path).process([message])
    assert message.get(INTENT)["name"] == "ask_service"
