"""Emergency triage (bot.safety.emergency): the right numbers in the right order, with what to do.

The broad bank is in tests/safety/test_emergency_detector.py; these are the priority rules."""

from __future__ import annotations

import pytest

from bot.safety.emergency import (
    FIRE,
    MEDICAL,
    ROBBERY,
    TRAFFIC,
    UNKNOWN,
    VIOLENCE,
    detect_emergency,
)


@pytest.mark.parametrize(
    ("text", "category", "numbers"),
    [
        ("楼下着火了，好大的烟", FIRE, ("119",)),
        ("家里着火了，我爸被烧伤了", FIRE, ("119", "120")),
        ("路口发生车祸，有人受伤流血", TRAFFIC, ("122", "120")),
        ("我被车撞了", TRAFFIC, ("122", "120")),
        ("两辆车追尾了", TRAFFIC, ("122",)),
        ("有人晕倒了，没有意识", MEDICAL, ("120",)),
        ("我爸心脏病犯了", MEDICAL, ("120",)),
        ("有人抢劫", ROBBERY, ("110",)),
        ("楼下有人打架，有人流血了", VIOLENCE, ("110", "120")),
        ("救命啊快来人", UNKNOWN, ("110", "119", "120", "122", "12356")),
    ],
)
def test_classification(text, category, numbers) -> None:
    decision = detect_emergency(text)
    assert decision is not None
    assert (decision.category, decision.numbers) == (category, numbers)


def test_message_leads_with_the_number_and_says_what_to_do() -> None:
    decision = detect_emergency("路口发生车祸，有人受伤流血")
    assert decision.message.startswith("这是紧急情况，请立即拨打122报警；有人受伤同时拨打120！")
    assert "警告标志" in decision.message
    assert decision.to_payload() == {
        "category": TRAFFIC,
        "numbers": ["122", "120"],
        "reason": "event:crash",
    }


def test_nothing_recognised_is_not_an_emergency() -> None:
    assert detect_emergency("") is None
    assert detect_emergency("社保卡怎么补办") is None
