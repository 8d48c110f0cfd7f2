import math

import pytest

from bot.finetune.evaluate import fact_recall, jsonable, unsupported
from bot.generation.grounding import check_grounding

SOURCE = "【社保卡补换】收费标准：补卡工本费20元。办理时限：15个工作日。咨询电话：0755-12345201。办理地点：东城区政务服务中心（地址：东城区人民路100号）。更新日期：2026-09-15"


def test_grounded_answer_has_no_unsupported_claims():
    answer = "补卡工本费20元，15个工作日内办好，可拨打0755-12345201咨询，地址在东城区人民路100号。"
    bad, claims, ok = unsupported(answer, SOURCE)
    assert bad == [] and ok
    assert claims >= 4


def test_invented_phone_fee_date_and_address_are_caught():
    answer = "工本费50元，3天办好，电话0755-88886666，2025年1月1日起在西城区解放路8号办理。"
    kinds = {k for k, _ in unsupported(answer, SOURCE)[0]}
    assert {"phone", "fee", "quantity", "date", "address"} <= kinds


@pytest.mark.parametrize(
    "answer",
    [
        "补卡需要5个工作日。",  # substring of "15个工作日": the old eval check let it pass
        "补卡工本费120元。",
        "补卡需要十五天。",
        "补卡已经为您办理好了。",
        "请到西城区政务服务中心办理。",
    ],
)
def test_eval_and_run_time_agree(answer: str) -> None:
    """`llm eval` counts as hallucinated exactly what the run-time check refuses to send."""
    bad, _, ok = unsupported(answer, SOURCE)
    assert bad and not ok
    assert not check_grounding(answer, SOURCE).ok


def test_fact_recall_and_json():
    assert fact_recall("请拨打 0755-12345201。", ["0755-12345201", "20元"]) == 0.5
    assert math.isnan(fact_recall("任何回答", []))
    assert jsonable({"a": float("nan"), "b": [1.0, float("nan")]}) == {"a": None, "b": [1.0, None]}
