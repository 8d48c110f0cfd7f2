"""Courtesy that ends a hotline chat is no crisis; the farewell that promises never to trouble
anyone again still is. Read with the pipeline's detector (rules and its classifiers), because the
self-harm second opinion had learnt "不麻烦你们了" from farewell messages and replied with 12356 to
a citizen saying goodbye. The wordings here are not in bot/safety/data/emergency_courtesy.yml."""

from __future__ import annotations

import pytest

from bot.safety.emergency import detect_emergency

COURTESY = (
    "好的 那就不麻烦你们了 谢谢",
    "行 那不麻烦你们了 我自己跑一趟",
    "嗯嗯 不麻烦了 谢谢你们",
    "那就先这样 不耽误你们下班了 谢谢",
    "好的 清楚了 不打扰了",
    "谢谢你们 我问到了 不麻烦了",
    "好嘞 我等孙子放学帮我弄 谢谢啊",
    "不用转人工了 谢谢 我会了",
)

FAREWELLS = (
    "以后不会再麻烦大家了",
    "我走了 再也不会麻烦你们了",
    "这辈子不会再麻烦任何人了",
)


@pytest.mark.parametrize("text", COURTESY)
def test_courtesy_that_ends_a_chat_is_no_emergency(text: str) -> None:
    assert detect_emergency(text) is None, text


@pytest.mark.parametrize("text", FAREWELLS)
def test_a_farewell_that_promises_no_more_trouble_gets_12356(text: str) -> None:
    decision = detect_emergency(text)
    assert decision is not None and "12356" in decision.numbers, (text, decision)
    rule_only = detect_emergency(text, use_classifier=False)
    assert rule_only is not None and rule_only.category == "self_harm", text
