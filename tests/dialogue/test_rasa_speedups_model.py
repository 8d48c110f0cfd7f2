"""custom_components.rasa_speedups on the trained model: the same parses and the same predicted
actions as Rasa's own graph runner and event lookup (the model is `make train`'s, as in
test_handover_dialogue.py; without it the test skips)."""

from __future__ import annotations

from typing import Any

import pytest
from dialogue_helpers import trained_model

pytestmark = pytest.mark.trained_model

TEXTS = [
    "你好",
    "社保卡丢了怎么补办",
    "好的",  # no rule for this state: TED runs (and loses to the rules' fallback)
    "要带什么材料",
    "我要投诉，楼上每天半夜装修，吵得睡不着",
    "南湖区",
    "13800138000",
    "帮我查一下工单GD202611280001",
    "楼道里着火了",
    "教我做个假证",
    "谢谢再见",
]


@pytest.fixture(scope="module")
def agent() -> Any:
    model = trained_model()
    from rasa.core.agent import Agent

    return Agent.load(str(model))


async def _outcomes(agent: Any) -> list[tuple[Any, ...]]:
    from rasa.shared.core.events import ActionExecuted, UserUttered

    out = []
    tracker = await agent.tracker_store.get_or_create_tracker("speedups-compare")
    for text in TEXTS:
        parsed = await agent.parse_message(text)
        entities = sorted((e["entity"], str(e.get("value"))) for e in parsed.get("entities", []))
        tracker.update(UserUttered(text, parsed["intent"], parsed.get("entities"), parsed))
        prediction = agent.processor._predict_next_with_tracker(tracker)
        best = max(range(len(prediction.probabilities)), key=prediction.probabilities.__getitem__)
        action = agent.domain.action_names_or_texts[best]
        out.append(
            (
                parsed["intent"]["name"],
                round(parsed["intent"]["confidence"], 5),
                entities,
                action,
                prediction.policy_name,
                round(prediction.max_confidence, 5),
            )
        )
        tracker.update(ActionExecuted(action))
    return out


async def test_same_parses_and_predictions_as_rasas_runner(agent: Any) -> None:
    from custom_components import rasa_speedups

    rasa_speedups.install()  # as MessageLengthLimiter does when the model loads
    rasa_speedups.counts.clear()
    ours = await _outcomes(agent)
    # TED was left out where a rule decided, and still ran where none did
    assert rasa_speedups.counts["ted_skipped"] > 0 and rasa_speedups.counts["ted_run"] > 0
    # DIET (and TED where it ran) predicted through their concrete functions
    assert len(rasa_speedups._concrete) >= 1
    rasa_speedups.uninstall()
    try:
        rasas = await _outcomes(agent)
    finally:
        rasa_speedups.install()
    assert ours == rasas
    assert [o[0] for o in ours][:2] == ["greet", "ask_service"]
