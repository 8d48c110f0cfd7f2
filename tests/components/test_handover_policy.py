"""HandoverPolicy: the hold reply during a hand-over, abstaining for emergencies, harmful
requests, /restart and when no hand-over is active."""

from __future__ import annotations

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, ActiveLoop, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.exceptions import InvalidConfigException

from custom_components.handover_policy import HandoverPolicy

DOMAIN = Domain.from_yaml(
    """
version: "3.1"
intents: [greet, report_emergency, request_harmful, ask_service]
slots:
  handoff_active:
    type: bool
    influence_conversation: false
    mappings: [{type: custom}]
forms:
  complaint_form:
    required_slots: []
responses:
  utter_handoff_hold: [{text: "已为您转接人工客服，请稍候"}]
  utter_emergency: [{text: "请立即拨打110"}]
"""
)


@pytest.fixture
def policy(tmp_path) -> HandoverPolicy:
    return HandoverPolicy.create(
        HandoverPolicy.get_default_config(),
        LocalModelStorage(tmp_path),
        Resource("handover"),
        ExecutionContext(GraphSchema({}), "handover"),
    )


def tracker(handoff: bool | None, intent: str, *after: str) -> DialogueStateTracker:
    events = [ActionExecuted("action_listen")]
    if handoff is not None:
        events.append(SlotSet("handoff_active", handoff))
    events.append(UserUttered("...", {"name": intent, "confidence": 1.0}))
    events += [ActionExecuted(name) for name in after]
    return DialogueStateTracker.from_events("s", events, slots=DOMAIN.slots)


def predicted(policy: HandoverPolicy, t: DialogueStateTracker) -> str | None:
    prediction = policy.predict_action_probabilities(t, DOMAIN)
    if max(prediction.probabilities) == 0.0:
        return None
    assert prediction.policy_priority == 7
    return DOMAIN.action_names_or_texts[prediction.max_confidence_index]


@pytest.mark.parametrize("intent", ["greet", "ask_service", "nlu_fallback", "out_of_scope"])
def test_holds_during_a_hand_over(policy, intent) -> None:
    assert predicted(policy, tracker(True, intent)) == "utter_handoff_hold"
    assert predicted(policy, tracker(True, intent, "utter_handoff_hold")) == "action_listen"


@pytest.mark.parametrize("intent", ["request_harmful", "restart"])
def test_abstains_for_harmful_requests_and_restart(policy, intent) -> None:
    assert predicted(policy, tracker(True, intent)) is None


@pytest.mark.parametrize("handoff", [None, False, True])
def test_emergency_reply_first_in_every_state(policy, handoff) -> None:
    t = tracker(handoff, "report_emergency")
    prediction = policy.predict_action_probabilities(t, DOMAIN)
    assert predicted(policy, t) == "utter_emergency"
    assert prediction.is_no_user_prediction  # competes with (and beats) a form's happy path
    # Outside a form the rule's action_emergency follows: the policy abstains.
    assert predicted(policy, tracker(handoff, "report_emergency", "utter_emergency")) is None


def test_emergency_in_a_form_ends_the_form(policy) -> None:
    t = tracker(None, "report_emergency", "utter_emergency")
    t.update(ActiveLoop("complaint_form"))
    assert predicted(policy, t) == "action_deactivate_loop"


@pytest.mark.parametrize("handoff", [None, False])
def test_abstains_without_a_hand_over(policy, handoff) -> None:
    assert predicted(policy, tracker(handoff, "greet")) is None


def test_bad_config(tmp_path) -> None:
    with pytest.raises(InvalidConfigException, match="exempt_intents"):
        HandoverPolicy(
            {**HandoverPolicy.get_default_config(), "exempt_intents": "report_emergency"},
            LocalModelStorage(tmp_path),
            Resource("x"),
            ExecutionContext(GraphSchema({}), "x"),
        )
