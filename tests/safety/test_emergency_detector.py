"""The emergency detector on a fresh bank (emergency_cases.yml): the right numbers for every
emergency, nothing for service questions that only mention the words; the static replies equal
domain.yml's utter_emergency variations; linear time on long input."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import yaml

from bot.safety.emergency import (
    CATEGORIES,
    MESSAGES,
    NUMBERS,
    PRIORITY,
    SELF_HARM,
    UNKNOWN,
    detect_emergency,
    normalize,
)

HERE = Path(__file__).resolve().parent
PROJECT_ROOT = HERE.parents[1]
CASES = yaml.safe_load((HERE / "emergency_cases.yml").read_text(encoding="utf-8"))
EMERGENCIES = [
    pytest.param(text, group, tuple(spec["numbers"]), id=f"{group}-{i}")
    for group, spec in CASES["emergency"].items()
    for i, text in enumerate(spec["texts"])
]
NEAR_MISSES = [pytest.param(text, id=f"near-miss-{i}") for i, text in enumerate(CASES["near_miss"])]


def test_the_bank_is_big_and_fresh() -> None:
    assert len(EMERGENCIES) >= 150 and len(NEAR_MISSES) >= 100
    nlu = "".join(p.read_text(encoding="utf-8") for p in (PROJECT_ROOT / "data/nlu").glob("*.yml"))
    training = (PROJECT_ROOT / "bot/safety/data/emergency_train.yml").read_text(encoding="utf-8")
    for case in EMERGENCIES + NEAR_MISSES:
        text = case.values[0]
        assert f"- {text}\n" not in nlu and f"- {text}\n" not in training, text


@pytest.mark.parametrize(("text", "group", "numbers"), EMERGENCIES)
def test_emergency_gets_every_number(text: str, group: str, numbers: tuple[str, ...]) -> None:
    decision = detect_emergency(text)
    assert decision is not None, text
    for number in numbers:
        assert number in decision.numbers and number in decision.message
    if group.startswith("self_harm"):
        assert decision.category == SELF_HARM
        assert "换个说法" not in decision.message


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_is_not_an_emergency(text: str) -> None:
    assert detect_emergency(text) is None


@pytest.mark.parametrize(
    ("text", "category", "numbers"),
    [
        ("我不想活了，准备今晚跳楼", "self_harm", ("12356", "120", "110")),
        ("救命", "unknown", ("110", "119", "120", "122", "12356")),
        ("楼道里一股很重的煤气味", "gas", ("119",)),
        ("电动车在楼下充电起火了", "fire", ("119",)),
        ("对方说是公安局的，让我把钱转到安全账户，我刚转了五万", "fraud", ("110",)),
        ("我爸突然倒地不省人事了", "medical", ("120",)),
        ("路口车祸，有人受伤流血", "traffic", ("122", "120")),
        ("两辆车追尾了，没人受伤", "traffic", ("122",)),
        ("家里着火了，我爸被烧伤了", "fire", ("119", "120")),
        ("高速上两辆车追尾，其中一辆着火了", "fire", ("119", "122")),
    ],
)
def test_issue_examples(text: str, category: str, numbers: tuple[str, ...]) -> None:
    decision = detect_emergency(text)
    assert decision is not None
    assert (decision.category, decision.numbers) == (category, numbers)
    assert decision.reason and text not in decision.reason


@pytest.mark.parametrize(
    "text",
    ["ＳＯＳ救　命", "救 命 啊", "我 不 想 活 了", "煤氣洩漏了", "車禍！有人受傷", "着火了！！！"],
)
def test_normalisation_full_width_spaces_traditional(text: str) -> None:
    assert detect_emergency(text) is not None


def test_normalize() -> None:
    assert normalize("　救 命\u200b！ＡＢ１２") == "救命!ab12"


def test_empty_and_blank_text() -> None:
    assert detect_emergency("") is None
    assert detect_emergency("   ") is None
    assert detect_emergency(None) is None


def test_every_category_has_numbers_a_message_and_a_priority() -> None:
    for category in (*CATEGORIES, UNKNOWN):
        assert NUMBERS[category] and category in PRIORITY
        assert all(number in MESSAGES[category] for number in NUMBERS[category])
    assert "12356" in MESSAGES[SELF_HARM]
    assert "不要乘电梯" in MESSAGES["fire"]
    assert "不要开关任何电器" in MESSAGES["gas"] and "打开门窗" in MESSAGES["gas"]
    assert "96333" in MESSAGES["rescue"] and "不要扒门" in MESSAGES["rescue"]
    assert "停止转账" in MESSAGES["fraud"] and "96110" in MESSAGES["fraud"]
    assert "不需要等24小时" in MESSAGES["missing_person"]


def test_domain_utter_emergency_equals_the_static_messages() -> None:
    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))
    variations = domain["responses"]["utter_emergency"]
    by_category = {}
    for variation in variations:
        conditions = variation.get("condition") or []
        if not conditions:
            by_category[UNKNOWN] = variation["text"]
            continue
        [condition] = conditions
        assert condition["name"] == "emergency_category"
        by_category[condition["value"]] = variation["text"]
    assert by_category == {c: MESSAGES[c] for c in (*CATEGORIES, UNKNOWN)}
    assert not any((v.get("metadata") or {}).get("rephrase") for v in variations)


def test_linear_time_on_long_input() -> None:
    detect_emergency("预热")

    def seconds(text: str) -> float:
        """Best of three: the machine may be busy with something else."""
        times = []
        for _ in range(3):
            start = time.perf_counter()
            detect_emergency(text)
            times.append(time.perf_counter() - start)
        return min(times)

    for unit in ("着", "啊", "我 ", "跳不", "1"):
        short, long = seconds(unit * 5_000), seconds(unit * 50_000)
        assert seconds(unit * 1_000) < 0.5  # the NLU's message limit is 2,000 characters
        assert long < 30 * short + 0.1, (unit, short, long)  # 10x the text, not 100x the time


def test_long_number_runs_are_cut_before_the_signals_read_them() -> None:
    # Signals that take a number of any length before a unit ("[0-9]+辆") are quadratic in a run's
    # length; a run longer than any real number is cut, and what it is next to still reads.
    from bot.safety.emergency import MAX_NUMBER_RUN, _short_runs

    assert _short_runs("1" * 1000 + "辆车") == "1" * MAX_NUMBER_RUN + "辆车"
    assert _short_runs("一" * 1000) == "一" * MAX_NUMBER_RUN
    assert _short_runs("身份证号110105194912310021") == "身份证号110105194912310021"
    decision = detect_emergency("1" * 50_000 + " 我被困在电梯里了 出不去", use_classifier=False)
    assert decision is not None and "119" in decision.numbers
    assert detect_emergency("0" * 50_000, use_classifier=False) is None
