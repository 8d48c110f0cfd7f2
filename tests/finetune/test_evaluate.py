import math

from bot.finetune.evaluate import fact_recall, jsonable, unsupported_claims

SOURCE = "【社保卡补换】收费标准：补卡工本费20元。办理时限：10个工作日。咨询电话：0755-12345201。办理地点：东城区政务服务中心（地址：东城区人民路100号）。更新日期：2026-09-15"


def test_grounded_answer_has_no_unsupported_claims():
    answer = "补卡工本费20元，10个工作日内办好，可拨打0755-12345201咨询，地址在东城区人民路100号。"
    assert unsupported_claims(answer, SOURCE) == []


def test_invented_phone_fee_date_and_address_are_caught():
    answer = "工本费50元，3天办好，电话0755-88886666，2025年1月1日起在西城区解放路8号办理。"
    kinds = {k for k, _ in unsupported_claims(answer, SOURCE)}
    assert {"phone", "fee", "number", "date", "address"} <= kinds


def test_fact_recall_and_json():
    assert fact_recall("请拨打 0755-12345201。", ["0755-12345201", "20元"]) == 0.5
    assert math.isnan(fact_recall("任何回答", []))
    assert jsonable({"a": float("nan"), "b": [1.0, float("nan")]}) == {"a": None, "b": [1.0, None]}
