"""Emergency triage: the right numbers in the right order, with instructions."""

from __future__ import annotations

import pytest

from bot.emergency import FIRE, MEDICAL, POLICE, TRAFFIC, UNKNOWN, classify_emergency


@pytest.mark.parametrize(
    ("text", "category", "numbers"),
    [
        ("楼下着火了，好大的烟", FIRE, ("119",)),
        ("厨房煤气泄漏了", FIRE, ("119",)),
        ("家里着火了，我爸被烧伤了", FIRE, ("119", "120")),
        ("路口发生车祸，有人受伤流血", TRAFFIC, ("122", "120")),
        ("我被车撞了", TRAFFIC, ("122", "120")),
        ("两辆车追尾了", TRAFFIC, ("122",)),
        ("有人晕倒了，没有意识", MEDICAL, ("120",)),
        ("我爸心脏病犯了", MEDICAL, ("120",)),
        ("有人抢劫", POLICE, ("110",)),
        ("楼下有人打架，有人流血了", POLICE, ("110", "120")),
        ("救命啊快来人", UNKNOWN, ("110", "119", "120")),
        ("", UNKNOWN, ("110", "119", "120")),
    ],
)
def test_classification(text, category, numbers) -> None:
    advice = classify_emergency(text)
    assert (advice.category, advice.numbers) == (category, numbers)


def test_message_leads_with_the_numbers_and_gives_instructions() -> None:
    advice = classify_emergency("路口发生车祸，有人受伤流血")
    lines = advice.message.split("\n")
    assert lines[0] == (
        "这是紧急情况，请立即拨打122（交通事故），并拨打120（医疗急救）！12345热线无法派出救援力量。"
    )
    assert any("警告标志" in line for line in lines)  # traffic instructions
    assert any("按压止血" in line for line in lines)  # first aid instructions
    assert advice.to_payload() == {"category": TRAFFIC, "numbers": ["122", "120"]}


def test_unrecognised_emergency_lists_all_numbers() -> None:
    message = classify_emergency("救命").message
    assert message.startswith(
        "如遇危及生命财产安全的紧急情况，请立即拨打：110（报警）、119（火警）、120（急救）"
    )
