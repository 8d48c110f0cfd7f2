"""The grounding guard: invented facts are rejected, faithful paraphrases pass."""

from __future__ import annotations

import pytest

from bot.generation.grounding import (
    ADDRESS,
    DATE,
    FEE,
    GARBAGE,
    LANGUAGE,
    LENGTH,
    NUMBER,
    OFFICE,
    PHONE,
    PLACEHOLDER,
    QUANTITY,
    URL,
    GuardConfig,
    check_grounding,
)

FACTS = """【社保卡挂失补换】
收费标准：挂失免费；因遗失或人为损坏补换卡收取工本费20元，到期换卡免费。
办理时限：挂失即时办结；补卡15个工作日内制卡完成。
咨询电话：0755-12345201
办理地点：示例市东城区政务服务中心（地址：示例市东城区和平路88号；办公时间：工作日 9:00-12:00，13:30-17:30）。
网上办理：示例市人社APP（https://rs.example.gov.cn/card）
缴费：按缴费基数的20%缴纳，2026年缴费基数下限为4,500元/月。
更新日期：2026-03-01"""
OFFICES = ["示例市东城区政务服务中心", "示例市南湖区政务服务中心"]


@pytest.mark.parametrize(
    "text",
    [
        "补卡收取工本费20元，15个工作日内制卡完成，可拨打0755-12345201咨询。",
        # Chinese numerals, full-width digits, no city prefix, no thousands separator.
        "补卡收取工本费二十元，十五个工作日内制卡，请到东城区政务服务中心（和平路88号）办理。",
        "１５个工作日内制卡完成，工本费２０元，咨询电话０７５５－１２３４５２０１。",
        "缴费基数下限为4500元/月，按20%缴纳。信息更新于2026年3月1日。",
        "办理时间为工作日9:00-12:00和13:30-17:30。",
        "所需步骤：\n1. 挂失\n2. 补卡\n第3步领取新卡。",
        "可在示例市人社APP（https://rs.example.gov.cn/card）办理，也可以拨打12345热线。",
    ],
)
def test_faithful_answers_pass(text: str) -> None:
    verdict = check_grounding(text, FACTS, known_offices=OFFICES)
    assert verdict.ok, verdict.reasons


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("补卡请拨打0755-12345209咨询。", PHONE),
        ("详情请咨询13800138000。", PHONE),
        ("补卡收取工本费50元。", FEE),
        ("补卡收取工本费120元。", FEE),
        ("补卡收取工本费二十五元。", FEE),
        ("按缴费基数的8%缴纳。", FEE),
        ("补卡需要5个工作日。", QUANTITY),
        ("补卡需要15天。", QUANTITY),  # 15 working days is not 15 days
        ("信息更新于2026年4月1日。", DATE),
        ("请到示例市东城区湖滨路36号办理。", ADDRESS),
        ("请到南湖区政务服务中心办理。", OFFICE),
        ("窗口编号是7号，请排队。", NUMBER),
        ("请访问https://fake.example.com办理。", URL),
    ],
)
def test_invented_facts_are_rejected(text: str, kind: str) -> None:
    verdict = check_grounding(text, FACTS, known_offices=OFFICES)
    assert not verdict.ok
    assert kind in {v.kind for v in verdict.violations}, verdict.reasons


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("请拨打<PHONE>咨询补卡事宜。", PLACEHOLDER),
        ("您好{name}，补卡收取工本费20元。", PLACEHOLDER),
        ("补卡收取工本费20元。<|im_end|>", PLACEHOLDER),
        ("As an AI language model, I cannot answer this question.", LANGUAGE),
        ("作为一个AI，我无法回答这个问题。", GARBAGE),
        ("好的好的好的好的好的好的好的好的", GARBAGE),
        ("好", LENGTH),
        ("补卡收取工本费20元。" * 100, LENGTH),
    ],
)
def test_unusable_text_is_rejected(text: str, kind: str) -> None:
    verdict = check_grounding(text, FACTS, known_offices=OFFICES)
    assert kind in {v.kind for v in verdict.violations}, verdict.reasons


def test_every_violation_is_reported_with_a_reason() -> None:
    verdict = check_grounding("工本费50元，请拨打0755-99999999。", FACTS)
    assert not verdict
    assert {v.kind for v in verdict.violations} >= {FEE, PHONE}
    assert all(reason for reason in verdict.reasons)


def test_length_bounds_are_configurable() -> None:
    text = "补卡收取工本费20元，15个工作日内制卡完成。"
    assert check_grounding(text, FACTS).ok
    assert not check_grounding(text, FACTS, config=GuardConfig(max_chars=10)).ok
