"""bench/turn_profile.py's timers: self time per stage (nested stages subtracted), per task."""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import turn_profile  # noqa: E402


def test_nested_stages_count_self_time_and_add_up() -> None:
    profile = turn_profile.Profile()
    started = time.perf_counter()
    with profile.stage("turn"):
        time.sleep(0.02)
        with profile.stage("store"):
            time.sleep(0.03)
        with profile.stage("graph: DIETClassifier5"):
            time.sleep(0.01)
    total = time.perf_counter() - started
    stages = profile.as_dict()["stages"]
    assert stages["store"]["s"] >= 0.03 and stages["store"]["calls"] == 1
    assert stages["graph: DIETClassifier5"]["s"] >= 0.01
    assert stages["turn"]["s"] >= 0.02
    # Children are not counted twice: the self times add up to the outer wall time.
    assert abs(sum(v["s"] for v in stages.values()) - total) < 0.005


async def test_concurrent_tasks_keep_their_own_nesting() -> None:
    profile = turn_profile.Profile()

    walls: list[float] = []

    async def turn() -> None:
        started = time.perf_counter()
        with profile.stage("turn"):
            await asyncio.sleep(0.01)
            with profile.stage("round trip"):
                await asyncio.sleep(0.02)
        walls.append(time.perf_counter() - started)

    await asyncio.gather(*(turn() for _ in range(5)))
    stages = profile.as_dict()["stages"]
    assert stages["turn"]["calls"] == 5 and stages["round trip"]["calls"] == 5
    # asyncio may wake a timer up to a fraction of a millisecond early (its clock resolution and
    # scheduling): allow 1 ms per sleep, far below the 20 ms each one lasts.
    assert stages["round trip"]["s"] >= 5 * (0.02 - 0.001)
    # Each task's round trip is subtracted from its own turn only: no time counted twice.
    assert abs(stages["turn"]["s"] + stages["round trip"]["s"] - sum(walls)) < 0.005


def test_node_labels() -> None:
    label = turn_profile.node_label
    assert label("run_custom_components.llm_intent_classifier.LLMIntentClassifier5") == (
        "LLMIntentClassifier5"
    )
    assert label("run_RulePolicy1") == "RulePolicy1"
    assert label("nlu_message_converter") == "nlu_message_converter"
