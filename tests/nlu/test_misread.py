"""Service questions filed under book_appointment, file_complaint or a chat intent are taken back
(bot.nlu.misread); the intents' own examples never are."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.finetune.nlu_yaml import load_nlu_files
from bot.nlu.misread import CHAT_INTENTS, FILE_COMPLAINT, is_misread_service_question

ROOT = Path(__file__).resolve().parents[2]


def _examples() -> dict[str, list[str]]:
    files = [*(ROOT / "data" / "nlu").glob("*.yml"), *(ROOT / "tests" / "nlu").glob("*.yml")]
    out: dict[str, list[str]] = {}
    for example in load_nlu_files(files):
        out.setdefault(example.intent, []).append(example.text)
    return out


@pytest.mark.parametrize(
    "text",
    ["想领个老年优待证", "打算给孩子办社保卡", "结婚登记需要提前预约吗", "不预约能直接去办吗"],
)
def test_a_service_question_filed_as_an_appointment_is_taken_back(text: str) -> None:
    assert is_misread_service_question("book_appointment", text)


@pytest.mark.parametrize("text", ["帮我约周五下午", "还有号吗", "想挂个下午的号办护照", "改个时间"])
def test_a_booking_stays_a_booking(text: str) -> None:
    assert not is_misread_service_question("book_appointment", text)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("孩子上小学要准备哪些材料呢", "greet"),
        ("失业金一个月能领多少钱啊", "thank"),
        ("公积金贷款最多能贷多少年", "affirm"),
        ("灵活就业的养老保险是不是每年都要交", "bot_challenge"),
        ("邻居天天吵架不让人睡觉 这种能找谁管", "deny"),
    ],
)
def test_a_long_service_question_filed_as_chat_is_taken_back(text: str, intent: str) -> None:
    assert is_misread_service_question(intent, text)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("你是人工还是机器人啊 我想问个问题", "bot_challenge"),
        ("不用了谢谢", "deny"),
        ("你好，请问这里是政务服务热线吗", "greet"),
        ("好的好的 那就这样吧 谢谢你啊", "thank"),  # long, asks nothing
        ("收费吗", "check_ticket"),  # not an intent this module takes back
    ],
)
def test_other_messages_are_not_taken_back(text: str, intent: str) -> None:
    assert not is_misread_service_question(intent, text)


@pytest.mark.parametrize(
    "text",
    [
        "小区楼下这种临时摆摊合法吗",
        "这种情况能申请复议吗 去哪个窗口",
        "举报偷排污水能拿到奖金吗",
        "旧衣服应该放进哪种颜色的桶",
        "物业把电梯停了说是要收维修基金 他们有这个权力吗",
    ],
)
def test_a_question_filed_as_a_complaint_is_taken_back(text: str) -> None:
    assert is_misread_service_question(FILE_COMPLAINT, text)


@pytest.mark.parametrize(
    "text",
    [
        "楼下饭店油烟太大 怎么投诉",
        "路灯坏了半个月 能不能派人管管",
        "工地天天半夜施工 就没人管吗",
        "我要举报这家黑诊所 它在哪条街你们查得到吗",
        "凭什么物业费年年涨",
        "小区门口垃圾堆了一周了",  # no question
    ],
)
def test_a_complaint_put_as_a_question_stays_a_complaint(text: str) -> None:
    assert not is_misread_service_question(FILE_COMPLAINT, text)


def test_no_example_of_the_intents_is_taken_back() -> None:
    examples = _examples()
    for intent in ("book_appointment", FILE_COMPLAINT, *sorted(CHAT_INTENTS)):
        assert examples.get(intent), intent
        taken = [e for e in examples[intent] if is_misread_service_question(intent, e)]
        assert not taken, (intent, taken)
