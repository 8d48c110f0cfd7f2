"""Dialogue policy for a conversation handed over to a human agent: hold, but never go silent.

Rasa's handoff convention pauses the conversation (``ConversationPaused``), and a paused
conversation runs no prediction at all: not even "救命" would be answered. So the hand-over is
dialogue state instead: ``action_handoff`` sets the bool slot ``handoff_active``, and while it is
set this policy (priority above RulePolicy) answers every ordinary message (then listens) with
what :func:`bot.handoff.waiting_state` says:

- ``hold``: nobody took it yet, within ``settings.handover.wait_timeout_s`` of the hand-over (the
  time of the slot event) and within the operators' hours: the short static ``utter_handoff_hold``;
- ``unanswered``: the wait is over or the operators' hours ended: ``utter_handoff_unanswered``
  (12345, and a 留言 button that files a ticket through the complaint form: its intent and the
  form it starts are let through);
- ``taken``: an operator has it (slot ``handoff_operator`` set by the console): the assistant
  stays quiet (``action_listen``) and the operator answers through the web chat.

It abstains for:

- ``report_emergency`` (``EmergencyGate`` makes sure an emergency gets it) and ``request_harmful``
  (the policy guard), so their rules win: the right number / the refusal still goes out;
- Rasa's default intents (``/restart``, ``/session_start``, ``/back``), so they keep working;
- every turn in which the slot is not set, and while a form runs (the citizen leaves a message).

Clearing the hand-over: an operator console (or the agent's desk) ends it through Rasa's HTTP API
(``rasa run --enable-api --auth-token ...``), appending a slot event to the conversation::

    POST /conversations/<sender_id>/tracker/events?token=<token>
    [{"event": "slot", "name": "handoff_active", "value": false},
     {"event": "slot", "name": "handoff_operator", "value": null}]

``/restart`` and a new session (slots are not carried over) clear it as well.

Emergencies inside a form: RulePolicy first predicts an active form again ("loop happy path", a
prediction that overrules every other policy), and the form calls its validation action on the
action server; with that server down the turn ends with no reply at all. So this policy also
predicts, as the same kind of prediction and with a higher priority, ``utter_emergency`` after a
``report_emergency`` message and then ``action_deactivate_loop`` when a form is active (outside a
form the rule's ``action_emergency`` follows): the static number goes out in every state.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from typing import Any

from rasa.core.policies.policy import Policy, PolicyPrediction
from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.core.constants import (
    ACTION_DEACTIVATE_LOOP_NAME,
    ACTION_LISTEN_NAME,
    USER_INTENT_BACK,
    USER_INTENT_RESTART,
    USER_INTENT_SESSION_START,
)
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SlotSet
from rasa.shared.core.generator import TrackerWithCachedStates
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.exceptions import InvalidConfigException

from bot.handoff import HOLD, TAKEN, UNANSWERED, waiting_state
from bot.settings import load_settings

# Rule-Policy's priority is 6 (rasa.core.constants.RULE_POLICY_PRIORITY): one above it wins ties.
HANDOVER_POLICY_PRIORITY = 7
# Rasa's own control intents keep working during a hand-over.
RASA_CONTROL_INTENTS = frozenset({USER_INTENT_RESTART, USER_INTENT_BACK, USER_INTENT_SESSION_START})


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=False
)
class HandoverPolicy(Policy):
    """Predicts the hold reply while ``handoff_active`` is set, except for exempt intents."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """The policy's default config."""
        return {
            # Above RulePolicy (6), so that the hold reply wins over every rule and story.
            "priority": HANDOVER_POLICY_PRIORITY,
            # The bool slot action_handoff sets while a human agent has the conversation.
            "slot": "handoff_active",
            # The static response sent for every non-exempt message during the hand-over.
            "hold_response": "utter_handoff_hold",
            # The text slot the console sets when an operator takes the conversation.
            "operator_slot": "handoff_operator",
            # Sent instead of the hold reply once nobody took it in time / outside hours.
            "unanswered_response": "utter_handoff_unanswered",
            # What the unanswered reply offers (留言: a ticket through the complaint form); let
            # through once the wait is over.
            "leave_message_intents": ["file_complaint"],
            # Intents whose own rules must run during a hand-over (Rasa's default intents,
            # /restart etc., are always exempt).
            "exempt_intents": ["report_emergency", "request_harmful"],
            # An emergency's static reply, forced before any form can run again.
            "emergency_intent": "report_emergency",
            "emergency_response": "utter_emergency",
        }

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        featurizer: Any = None,
    ) -> None:
        super().__init__(config, model_storage, resource, execution_context, featurizer)
        for key in ("slot", "hold_response"):
            if not isinstance(config.get(key), str) or not config[key]:
                raise InvalidConfigException(
                    f"{self.__class__.__name__}: '{key}' must be a non-empty string, "
                    f"got {config.get(key)!r}"
                )
        exempt = config.get("exempt_intents")
        if not isinstance(exempt, list) or not all(isinstance(i, str) for i in exempt):
            raise InvalidConfigException(
                f"{self.__class__.__name__}: 'exempt_intents' must be a list of intent names, "
                f"got {exempt!r}"
            )
        self._slot: str = config["slot"]
        self._hold: str = config["hold_response"]
        self._exempt = frozenset(exempt) | RASA_CONTROL_INTENTS
        self._emergency_intent: str = config.get("emergency_intent") or "report_emergency"
        self._emergency_response: str = config.get("emergency_response") or "utter_emergency"
        self._operator_slot: str = config.get("operator_slot") or "handoff_operator"
        self._unanswered: str = config.get("unanswered_response") or "utter_handoff_unanswered"
        self._leave_message = frozenset(config.get("leave_message_intents") or ())
        settings = load_settings()
        self._handover = settings.handover
        self._timezone = settings.timezone
        # seconds since the epoch; replaced in tests
        self.clock: Callable[[], float] = time.time

    def train(
        self,
        training_trackers: list[TrackerWithCachedStates],
        domain: Domain,
        **kwargs: Any,
    ) -> Resource:
        """Nothing to learn: the behaviour is fixed."""
        return self._resource

    def predict_action_probabilities(
        self,
        tracker: DialogueStateTracker,
        domain: Domain,
        rule_only_data: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> PolicyPrediction:
        """The hold reply after a user message during a hand-over; else abstains (all zeros)."""
        result = self._default_predictions(domain)
        emergency = self.emergency_step(tracker)
        action = emergency or self.hold_or_listen(tracker)
        if action == self._unanswered and action not in domain.action_names_or_texts:
            action = self._hold  # a model trained before the reply existed: still not silent
        if action is not None and action in domain.action_names_or_texts:
            result[domain.index_for_action(action)] = 1.0
        # An emergency step competes with RulePolicy's form prediction, which is a "no user"
        # prediction: only predictions of that kind are compared with it.
        return self._prediction(result, is_no_user_prediction=emergency is not None)

    def emergency_step(self, tracker: DialogueStateTracker) -> str | None:
        """utter_emergency right after an emergency message; then, in a form, its end."""
        latest = tracker.latest_action_name
        intent = (
            (tracker.latest_message.intent or {}).get("name") if tracker.latest_message else None
        )
        if intent != self._emergency_intent:
            return None
        if latest == ACTION_LISTEN_NAME:
            return self._emergency_response
        if latest == self._emergency_response and tracker.active_loop_name:
            return ACTION_DEACTIVATE_LOOP_NAME
        return None

    def handover_since(self, tracker: DialogueStateTracker) -> dt.datetime | None:
        """When the hand-over began: the latest event setting the slot to true."""
        for event in reversed(tracker.events):
            if isinstance(event, SlotSet) and event.key == self._slot:
                if event.value is True:
                    return dt.datetime.fromtimestamp(event.timestamp, dt.timezone.utc)
                return None
        return None

    def waiting_state(self, tracker: DialogueStateTracker) -> str:
        """HOLD, UNANSWERED or TAKEN (bot.handoff.waiting_state) for a handed-over tracker."""
        operator = tracker.get_slot(self._operator_slot)
        return waiting_state(
            since=self.handover_since(tracker),
            now=dt.datetime.fromtimestamp(self.clock(), dt.timezone.utc),
            operator=str(operator) if operator else None,
            timezone=self._timezone,
            handover=self._handover,
        )

    def hold_or_listen(self, tracker: DialogueStateTracker) -> str | None:
        """The action this policy insists on now, or None when it abstains."""
        if tracker.get_slot(self._slot) is not True or tracker.active_loop_name:
            return None
        latest = tracker.latest_action_name
        if latest in (self._hold, self._unanswered):
            return ACTION_LISTEN_NAME
        if latest != ACTION_LISTEN_NAME:
            return None
        intent = (
            (tracker.latest_message.intent or {}).get("name") if tracker.latest_message else None
        )
        if intent is None or intent in self._exempt:
            return None
        state = self.waiting_state(tracker)
        if state == TAKEN:
            return ACTION_LISTEN_NAME
        if state == UNANSWERED:
            return None if intent in self._leave_message else self._unanswered
        assert state == HOLD
        return self._hold
