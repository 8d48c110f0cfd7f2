"""Each safety round's families of misses, false alarms, unrefused and over-refused requests (read
after the round was retired to tune), fixed in general form, rule-only. One data file per round in
``generalise_rounds/`` (``r<N>.yml``); its wordings are new, not the round's bank messages. Keys
(each optional, a list):

- ``crisis_gets_12356``: texts the lexicon alone must give 12356;
- ``families_get_their_number``: ``[text, number]``, the number the lexicon alone must give;
- ``look_alikes``: texts the lexicon alone must not alarm on;
- ``requests_hit_a_rule``: ``[text, rule]``, a policy rule the request must hit;
- ``victims_left_alone``: texts no rule may make unsafe and none of that round's request rules
  may hit;
- ``frames_keep_a_sure_classifier_from_refusing``: texts a classifier sure of harm must not get
  refused (the frames decide);
- ``refused_plans_get_no_emergency_reply``: refused requests the detector must not answer as an
  emergency.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from safety_helpers import refused_by_a_sure_classifier, rule_level, rule_names, rule_numbers

from bot.safety.emergency import detect_emergency
from bot.safety.policy import PolicyDecision
from bot.safety.triage import emergency_after_policy

ROUNDS_DIR = Path(__file__).resolve().parent / "generalise_rounds"
KEYS = (
    "crisis_gets_12356",
    "families_get_their_number",
    "look_alikes",
    "requests_hit_a_rule",
    "victims_left_alone",
    "frames_keep_a_sure_classifier_from_refusing",
    "refused_plans_get_no_emergency_reply",
)
PAIRED = {"families_get_their_number", "requests_hit_a_rule"}


def _load() -> dict[str, dict[str, list[Any]]]:
    rounds: dict[str, dict[str, list[Any]]] = {}
    for path in sorted(ROUNDS_DIR.glob("*.yml"), key=lambda p: (len(p.stem), p.stem)):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if not isinstance(data, dict):
            raise ValueError(f"{path}: expected a mapping of {KEYS}")
        rounds[path.stem] = data
    return rounds


ROUNDS = _load()


def _cases(key: str) -> list[Any]:
    cases = []
    for name, data in ROUNDS.items():
        for i, item in enumerate(data.get(key) or [], 1):
            values = (name, *item) if key in PAIRED else (name, item)
            cases.append(pytest.param(*values, id=f"{name}-{i:02d}"))
    return cases


def _request_rules(name: str) -> set[str]:
    return {rule for _, rule in ROUNDS[name].get("requests_hit_a_rule") or []}


def test_every_round_file_is_well_formed() -> None:
    # rounds 28 and 31 onwards; a file that failed to load would leave its tests uncollected
    assert {"r28", "r31", "r40", "r41"} <= set(ROUNDS), sorted(ROUNDS)
    for name, data in ROUNDS.items():
        assert name[0] == "r" and name[1:].isdigit(), name
        assert set(data) <= set(KEYS), (name, set(data) - set(KEYS))
        for key, items in data.items():
            assert isinstance(items, list) and items, (name, key)
            for item in items:
                if key in PAIRED:
                    assert isinstance(item, list) and len(item) == 2, (name, key, item)
                    assert all(isinstance(x, str) and x.strip() for x in item), (name, key, item)
                else:
                    assert isinstance(item, str) and item.strip(), (name, key, item)


@pytest.mark.parametrize(("round_name", "text"), _cases("crisis_gets_12356"))
def test_signs_of_a_crisis_get_12356(round_name: str, text: str) -> None:
    assert "12356" in rule_numbers(text), (round_name, text)


@pytest.mark.parametrize(("round_name", "text", "number"), _cases("families_get_their_number"))
def test_families_get_their_number(round_name: str, text: str, number: str) -> None:
    assert number in rule_numbers(text), (round_name, text)


@pytest.mark.parametrize(("round_name", "text"), _cases("look_alikes"))
def test_look_alikes_are_no_emergency(round_name: str, text: str) -> None:
    assert detect_emergency(text, use_classifier=False) is None, (round_name, text)


@pytest.mark.parametrize(("round_name", "text", "rule"), _cases("requests_hit_a_rule"))
def test_requests_hit_a_rule(round_name: str, text: str, rule: str) -> None:
    assert rule in rule_names(text), (round_name, text, rule_names(text))


@pytest.mark.parametrize(("round_name", "text"), _cases("victims_left_alone"))
def test_rules_leave_victims_and_service_questions_alone(round_name: str, text: str) -> None:
    assert rule_level(text) != "unsafe", (round_name, text, rule_names(text))
    assert not set(rule_names(text)) & _request_rules(round_name), (round_name, text)


@pytest.mark.parametrize(
    ("round_name", "text"), _cases("frames_keep_a_sure_classifier_from_refusing")
)
def test_frames_keep_the_classifier_alone_from_refusing(round_name: str, text: str) -> None:
    assert not refused_by_a_sure_classifier(text), (round_name, text)


@pytest.mark.parametrize(("round_name", "text"), _cases("refused_plans_get_no_emergency_reply"))
def test_a_refused_plan_gets_no_emergency_reply(round_name: str, text: str) -> None:
    refused = PolicyDecision("unsafe", "violent", "rule:test")
    assert emergency_after_policy(text, refused, use_classifier=False) is None, (round_name, text)
