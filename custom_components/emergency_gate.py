"""Rasa NLU component that makes an emergency impossible to outvote (last in the pipeline).

A thin adapter over :func:`bot.safety.triage.emergency_after_policy` (the detector told the
policy layer's decision), run on every message after
every classifier (DIET, the LLM head, ``FallbackClassifier``, the policy guard):

- the detector says emergency (told whether ``PolicyGuard`` refused the message as a request to
  harm or cheat others, so that "教我做个土炸弹" is refused rather than answered with 110): intent ``report_emergency`` with confidence 1.0, first in
  ``intent_ranking`` (every other intent 0.0, so the ranking still sums to 1), plus the entity
  ``emergency_category`` (value = category) that fills the slot the domain's ``utter_emergency``
  variations are conditioned on;
- the detector says nothing but the classifiers chose ``report_emergency`` (the second signal):
  kept as category ``unknown`` (all main numbers) when its confidence reaches
  ``classifier_min_confidence``, the message is not framed as a service question and the
  detector's own classifier gives it at least ``classifier_agreement_min``; otherwise
  it is demoted to the next intent ("120急救车收费标准" is a question about fees).

The decision is recorded in the message (``message.set("emergency", {...}, add_to_output=True)``),
so it is stored with the user event in the tracker for audit: category, numbers, reason, source.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.exceptions import InvalidConfigException
from rasa.shared.nlu.constants import (
    ENTITIES,
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.intent_override import (
    DEMOTED_FALLBACK_THRESHOLD,
    decided_ranking,
    demoted_ranking,
    with_whole_text_entity,
)
from bot.safety.emergency import (
    NUMBERS,
    UNKNOWN,
    EmergencyDecision,
    emergency_probability,
    is_service_question,
)
from bot.safety.triage import emergency_after_policy

EMERGENCY_INTENT = "report_emergency"
CATEGORY_ENTITY = "emergency_category"
OUTPUT_KEY = "emergency"
POLICY_KEY = "policy"  # PolicyGuard's decision on the same message


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class EmergencyGate(GraphComponent):
    """Overrides the intent with report_emergency when the detector finds an emergency."""

    @staticmethod
    def required_packages() -> list[str]:
        """Import names Rasa checks when validating the pipeline."""
        return ["sklearn"]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """The component's default config."""
        return {
            # The classifiers' report_emergency without a detector decision is kept (category
            # "unknown", all main numbers) from this confidence on; below it, or for a message
            # framed as a service question, it is demoted to the next intent.
            "classifier_min_confidence": 0.5,
            # ... and only when the detector's own classifier gives the message at least this
            # emergency probability (messages it cannot read, under 6 characters, are kept): on
            # the tune banks DIET alone raised 15 false alarms on service questions (燃气报警器
            # 怎么复位) at 0.06-0.35 here, and added no emergency the detector missed.
            "classifier_agreement_min": 0.4,
        }

    def __init__(self, config: dict[str, Any]) -> None:
        for key in ("classifier_min_confidence", "classifier_agreement_min"):
            threshold = config.get(key)
            if not isinstance(threshold, int | float) or not 0.0 <= threshold <= 1.0:
                raise InvalidConfigException(
                    f"{self.__class__.__name__}: '{key}' must be a number in [0, 1], got "
                    f"{threshold!r}"
                )
        self._min_confidence = float(config["classifier_min_confidence"])
        self._agreement = float(config["classifier_agreement_min"])

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> EmergencyGate:
        """Creates the component (nothing to train or load)."""
        return cls({**cls.get_default_config(), **config})

    def process(self, messages: list[Message]) -> list[Message]:
        """Applies the detector's decision (or the second signal) to each message."""
        for message in messages:
            text = message.get(TEXT) or ""
            # PolicyGuard (earlier in the pipeline) refused a request to harm or cheat others:
            # the harm it names is not a report ("教我做个土炸弹"), unless it is happening now.
            decision = emergency_after_policy(text, message.get(POLICY_KEY))
            if decision is not None:
                self._override(message, decision, source="detector")
                continue
            intent = message.get(INTENT) or {}
            if intent.get(INTENT_NAME_KEY) != EMERGENCY_INTENT:
                continue
            confidence = float(intent.get(PREDICTED_CONFIDENCE_KEY) or 0.0)
            if (
                confidence >= self._min_confidence
                and not is_service_question(text)
                and self._detector_agrees(text)
            ):
                unknown = EmergencyDecision(
                    UNKNOWN, NUMBERS[UNKNOWN], "", f"classifier:{confidence:.2f}"
                )
                self._override(message, unknown, source="classifier")
            else:
                self._demote(message, confidence)
        return messages

    def _detector_agrees(self, text: str) -> bool:
        probability = emergency_probability(text)
        return probability is None or probability >= self._agreement

    def _override(self, message: Message, decision: EmergencyDecision, source: str) -> None:
        top, ranking = decided_ranking(message.get(INTENT_RANKING_KEY) or [], EMERGENCY_INTENT)
        message.set(INTENT, top, add_to_output=True)
        message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        entities = with_whole_text_entity(
            message.get(ENTITIES, []),
            message.get(TEXT) or "",
            CATEGORY_ENTITY,
            decision.category,
            self.__class__.__name__,
        )
        message.set(ENTITIES, entities, add_to_output=True)
        message.set(OUTPUT_KEY, {**decision.to_payload(), "source": source}, add_to_output=True)

    def _demote(self, message: Message, confidence: float) -> None:
        """The classifiers' report_emergency that the detector does not confirm: next intent."""
        ranking = demoted_ranking(
            message.get(INTENT_RANKING_KEY) or [], EMERGENCY_INTENT, DEMOTED_FALLBACK_THRESHOLD
        )
        if ranking is None:
            return  # nothing to fall back to: keep it (all numbers beat silence)
        message.set(INTENT, dict(ranking[0]), add_to_output=True)
        message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        message.set(
            OUTPUT_KEY,
            {
                "category": None,
                "numbers": [],
                "reason": f"demoted:classifier:{confidence:.2f}",
                "source": "classifier",
            },
            add_to_output=True,
        )
