"""bench/answers_rest.py: how a turn of the running assistant is classified from its tracker."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[2] / "bench" / "answers_rest.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_answers_rest", _PATH)
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_answers_rest"] = module  # dataclasses resolve their module by name
    spec.loader.exec_module(module)
    return module


def _events(*after_user: dict) -> list[dict]:
    return [
        {"event": "user", "text": "earlier", "parse_data": {"intent": {"name": "greet"}}},
        {"event": "bot", "data": {"custom": {"sources": ["old_item"]}}},
        {"event": "user", "text": "now", "parse_data": {"intent": {"name": "ask_service"}}},
        *after_user,
    ]


def _answer(sources: list[str]) -> dict:
    return {"event": "bot", "text": "…", "data": {"custom": {"sources": sources, "aspects": []}}}


@pytest.mark.parametrize(
    ("tail", "outcome"),
    [
        ([{"event": "action", "name": "action_answer_question"}, _answer(["a", "b"])], "right item"),
        ([{"event": "action", "name": "action_answer_question"}, _answer(["c"])], "another item"),
        ([{"event": "action", "name": "action_answer_question"}, _answer([])], "said it does not know"),
        ([{"event": "action", "name": "complaint_form"}, {"event": "bot", "text": "哪个区？"}], "no knowledge answer"),
        ([], "no knowledge answer"),  # an earlier turn's answer does not count
    ],
)  # fmt: skip
def test_a_turn_counts_only_its_own_knowledge_answer(bench, tail, outcome) -> None:
    turn = bench.classify(_events(*tail), bench.TurnOutcome("now", ["a"]))
    assert turn.outcome == outcome
    assert turn.intent == "ask_service"
    assert "action_listen" not in turn.actions


def test_totals(bench) -> None:
    turns = [
        bench.TurnOutcome("q", ["a"], outcome=o) for o in ("right item", "right item", "error")
    ]
    summary = bench.summarise(turns)
    assert summary["answered_right"] == pytest.approx(0.667)
    assert summary["errors"] == 1 and summary["turns"] == 3
