"""HandoverPolicy: the hold reply during a hand-over, abstaining for emergencies, harmful
requests, /restart and when no hand-over is active; the "nobody is free" reply once the wait is
over or outside operators' hours; quiet once an operator took the conversation."""

from __future__ import annotations

import datetime as dt

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
intents: [greet, report_emergency, request_harmful, ask_service, file_complaint]
slots:
  handoff_active:
    type: bool
    influence_conversation: false
    mappings: [{type: custom}]
  handoff_operator:
    type: text
    influence_conversation: false
    mappings: [{type: custom}]
forms:
  complaint_form:
    required_slots: []
responses:
  utter_handoff_hold: [{text: "已为您转接人工客服，请稍候"}]
  utter_handoff_unanswered: [{text: "目前人工坐席都在忙，请拨打12345热线或留言"}]
  utter_emergency: [{text: "请立即拨打110"}]
"""
)


# 2026-03-02 10:00 in Asia/Shanghai (the default timezone): within operators' hours 8:00-22:00.
HANDED_OVER_AT = dt.datetime(2026, 3, 2, 2, 0, tzinfo=dt.timezone.utc).timestamp()


def make_policy(tmp_path, now: float) -> HandoverPolicy:
    policy = HandoverPolicy.create(
        HandoverPolicy.get_default_config(),
        LocalModelStorage(tmp_path),
        Resource("handover"),
        ExecutionContext(GraphSchema({}), "handover"),
    )
    policy.clock = lambda: now
    return policy


@pytest.fixture
def policy(tmp_path) -> HandoverPolicy:
    """Ten seconds after the hand-over, during operators' hours."""
    return make_policy(tmp_path, HANDED_OVER_AT + 10)


def tracker(
    handoff: bool | None, intent: str, *after: str, operator: str | None = None
) -> DialogueStateTracker:
    events = [ActionExecuted("action_listen")]
    if handoff is not None:
        events.append(SlotSet("handoff_active", handoff, timestamp=HANDED_OVER_AT))
    if operator is not None:
        events.append(SlotSet("handoff_operator", operator, timestamp=HANDED_OVER_AT + 5))
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


WAIT_S = 180.0  # settings.handover.wait_timeout_s default


@pytest.mark.parametrize("intent", ["greet", "ask_service", "nlu_fallback"])
def test_nobody_took_it_in_time(tmp_path, intent) -> None:
    late = make_policy(tmp_path, HANDED_OVER_AT + WAIT_S + 1)
    assert predicted(late, tracker(True, intent)) == "utter_handoff_unanswered"
    assert predicted(late, tracker(True, intent, "utter_handoff_unanswered")) == "action_listen"
    # just before the timeout the citizen is still asked to wait
    early = make_policy(tmp_path, HANDED_OVER_AT + WAIT_S - 1)
    assert predicted(early, tracker(True, intent)) == "utter_handoff_hold"


def test_outside_operators_hours_nobody_is_waited_for(tmp_path) -> None:
    # handed over at 21:59:50 Shanghai time; 20 s later the operators' day has ended
    at = dt.datetime(2026, 3, 2, 13, 59, 50, tzinfo=dt.timezone.utc).timestamp()
    t = tracker(True, "greet")
    t.events[1].timestamp = at  # the SlotSet
    assert predicted(make_policy(tmp_path, at + 5), t) == "utter_handoff_hold"
    assert predicted(make_policy(tmp_path, at + 20), t) == "utter_handoff_unanswered"


def test_the_wait_timeout_is_a_setting(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("BOT_HANDOVER_WAIT_TIMEOUT_S", "5")
    assert predicted(make_policy(tmp_path, HANDED_OVER_AT + 6), tracker(True, "greet")) == (
        "utter_handoff_unanswered"
    )
    monkeypatch.setenv("BOT_HANDOVER_AGENT_HOURS_START", "11:00")
    assert predicted(make_policy(tmp_path, HANDED_OVER_AT + 1), tracker(True, "greet")) == (
        "utter_handoff_unanswered"
    )


def test_leaving_a_message_is_let_through_once_the_wait_is_over(tmp_path, policy) -> None:
    late = make_policy(tmp_path, HANDED_OVER_AT + WAIT_S + 1)
    assert predicted(late, tracker(True, "file_complaint")) is None  # the complaint form's rule
    # while waiting it is still the hold reply (an operator may come)
    assert predicted(policy, tracker(True, "file_complaint")) == "utter_handoff_hold"
    # the form runs undisturbed
    t = tracker(True, "greet")
    t.update(ActiveLoop("complaint_form"))
    assert predicted(late, t) is None


@pytest.mark.parametrize("now", [HANDED_OVER_AT + 10, HANDED_OVER_AT + 3600 * 14])
def test_once_an_operator_took_it_the_assistant_is_quiet(tmp_path, now) -> None:
    taken = make_policy(tmp_path, now)
    assert predicted(taken, tracker(True, "greet", operator="坐席07")) == "action_listen"
    # emergencies and refusals are still answered by their own rules
    assert predicted(taken, tracker(True, "report_emergency", operator="坐席07")) == (
        "utter_emergency"
    )
    assert predicted(taken, tracker(True, "request_harmful", operator="坐席07")) is None


def test_handing_back_ends_it(tmp_path) -> None:
    late = make_policy(tmp_path, HANDED_OVER_AT + WAIT_S + 1)
    t = tracker(True, "greet", operator="坐席07")
    t.update(SlotSet("handoff_active", False))
    t.update(SlotSet("handoff_operator", None))
    t.update(UserUttered("...", {"name": "greet", "confidence": 1.0}))
    assert predicted(late, t) is None


def test_a_domain_without_the_unanswered_reply_still_holds(tmp_path) -> None:
    old = Domain.from_yaml(
        """
version: "3.1"
intents: [greet]
slots:
  handoff_active: {type: bool, influence_conversation: false, mappings: [{type: custom}]}
responses:
  utter_handoff_hold: [{text: "已为您转接人工客服，请稍候"}]
"""
    )
    late = make_policy(tmp_path, HANDED_OVER_AT + WAIT_S + 1)
    t = DialogueStateTracker.from_events(
        "s",
        [
            ActionExecuted("action_listen"),
            SlotSet("handoff_active", True, timestamp=HANDED_OVER_AT),
            UserUttered("...", {"name": "greet", "confidence": 1.0}),
        ],
        slots=old.slots,
    )
    prediction = late.predict_action_probabilities(t, old)
    assert old.action_names_or_texts[prediction.max_confidence_index] == "utter_handoff_hold"
