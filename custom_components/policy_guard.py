"""Rasa NLU component for the policy layer: harmful requests get ``request_harmful``.

A thin adapter over :func:`bot.safety.policy.assess_request` (and, when ``safety.guard_backend``
is set, the guard model's second opinion from :mod:`bot.safety.guard`, which can only make the
decision stricter). Placed after ``FallbackClassifier`` and before ``EmergencyGate`` (last, which
can still outvote it):

- ``unsafe``: intent ``request_harmful`` with confidence 1.0, first in ``intent_ranking`` (every
  other intent 0.0, so the ranking still sums to 1), plus the entity ``policy_category`` (value =
  category) that fills the slot the domain's ``utter_refuse`` variations are conditioned on;
- ``controversial``: the intent is left alone, the decision is only recorded;
- not ``unsafe`` but the classifiers chose ``request_harmful`` anyway: demoted to the next intent,
  so only the policy layer decides a refusal (a lawful question is never refused by DIET alone).

The decision is recorded in the message (``message.set("policy", {...}, add_to_output=True)``),
so it is stored with the user event in the tracker for audit: level, category, reason.
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
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.intent_override import (
    DEMOTED_FALLBACK_THRESHOLD,
    decided_ranking,
    demoted_ranking,
    with_whole_text_entity,
)
from bot.safety.guard import GuardClient, guard_from_settings
from bot.safety.policy import PolicyClassifier, PolicyDecision, assess_request, default_classifier

HARMFUL_INTENT = "request_harmful"
CATEGORY_ENTITY = "policy_category"
OUTPUT_KEY = "policy"


def _ranked(message: Message, intent: str) -> bool:
    """Whether ``intent`` has any confidence in the message's intent ranking (or is its intent)."""
    if (message.get(INTENT) or {}).get(INTENT_NAME_KEY) == intent:
        return True
    return any(
        entry.get("name") == intent and float(entry.get("confidence") or 0.0) > 0.0
        for entry in message.get(INTENT_RANKING_KEY) or []
    )


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class PolicyGuard(GraphComponent):
    """Overrides the intent with request_harmful when the policy layer refuses the request."""

    @staticmethod
    def required_packages() -> list[str]:
        """Import names Rasa checks when validating the pipeline."""
        return ["sklearn", "httpx"]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """The component's default config."""
        return {
            # Ask the guard model configured in settings (safety.guard_backend) for a second
            # opinion; false keeps the decision local even where a guard is configured.
            "use_guard": True,
            # Demote the classifiers' request_harmful when the policy layer does not refuse.
            "demote_classifier_refusals": True,
        }

    def __init__(
        self,
        config: dict[str, Any],
        classifier: PolicyClassifier | None = None,
        guard: GuardClient | None = None,
    ) -> None:
        for key in ("use_guard", "demote_classifier_refusals"):
            if not isinstance(config.get(key), bool):
                raise InvalidConfigException(
                    f"{self.__class__.__name__}: '{key}' must be true or false, got "
                    f"{config.get(key)!r}"
                )
        self._demote_refusals = config["demote_classifier_refusals"]
        self._classifier = classifier or default_classifier()
        self._guard = (
            guard if guard is not None else (guard_from_settings() if config["use_guard"] else None)
        )

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> PolicyGuard:
        """Creates the component (the policy classifier trains in about a second)."""
        return cls({**cls.get_default_config(), **config})

    def decide(self, text: str) -> PolicyDecision:
        decision = assess_request(text, self._classifier)
        if self._guard is not None and text.strip():
            decision = self._guard.review(text, decision)
        return decision

    def process(self, messages: list[Message]) -> list[Message]:
        """Applies the policy decision to each message."""
        for message in messages:
            decision = self.decide(message.get(TEXT) or "")
            if decision.level == "unsafe":
                self._override(message, decision)
                continue
            if decision.level == "controversial":
                message.set(OUTPUT_KEY, decision.to_dict(), add_to_output=True)
            if self._demote_refusals and _ranked(message, HARMFUL_INTENT):
                self._demote(message, decision)
        return messages

    def _override(self, message: Message, decision: PolicyDecision) -> None:
        top, ranking = decided_ranking(message.get(INTENT_RANKING_KEY) or [], HARMFUL_INTENT)
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
        message.set(OUTPUT_KEY, decision.to_dict(), add_to_output=True)

    def _demote(self, message: Message, decision: PolicyDecision) -> None:
        """The classifiers' request_harmful that the policy layer does not confirm: its mass goes
        to the other intents, wherever it ranks. Not only at the top: a later gate that demotes the
        top intent (EmergencyGate, for a report_emergency the detector does not confirm) must not
        leave request_harmful first ("有人抢我包我把他推倒了 他摔伤了 我要负责吗")."""
        was_top = (message.get(INTENT) or {}).get(INTENT_NAME_KEY) == HARMFUL_INTENT
        # Ranked lower, its mass is only shared out: whether the top intent is sure enough is
        # the later gates' and the policies' question, not this one's.
        threshold = DEMOTED_FALLBACK_THRESHOLD if was_top else 0.0
        ranking = demoted_ranking(message.get(INTENT_RANKING_KEY) or [], HARMFUL_INTENT, threshold)
        if ranking is None:
            return
        message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        if not was_top:
            top = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
            kept = next((dict(entry) for entry in ranking if entry.get("name") == top), None)
            if kept is not None:
                message.set(INTENT, kept, add_to_output=True)
            return
        message.set(INTENT, dict(ranking[0]), add_to_output=True)
        message.set(
            OUTPUT_KEY,
            {**decision.to_dict(), "reason": f"demoted_classifier:{decision.reason}"},
            add_to_output=True,
        )
