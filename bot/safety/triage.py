"""Both safety layers on one message, wired once, as the NLU pipeline wires them.

The policy layer (:func:`bot.safety.policy.assess_request`) judges the message first; the
emergency detector (:func:`bot.safety.emergency.detect_emergency`) is then told whether the
policy refused it as a request to harm, cheat or expose others (``is_harmful_request``): the harm
such a request names is not a report ("教我做个土炸弹"), unless it is happening now. An emergency
decision wins over a refusal (``EmergencyGate`` runs last). ``custom_components.emergency_gate``
(with ``PolicyGuard``'s decision, which may include a guard model's second opinion), the safety
benchmarks and the tests all go through :func:`emergency_after_policy`, so they cannot drift.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from bot.safety.emergency import (
    EmergencyClassifier,
    EmergencyDecision,
    detect_emergency,
    is_harmful_request,
)
from bot.safety.policy import PolicyClassifier, PolicyDecision, assess_request


@dataclass(frozen=True)
class SafetyVerdict:
    """What the two layers decided for one message."""

    policy: PolicyDecision
    emergency: EmergencyDecision | None

    @property
    def refused(self) -> bool:
        """The citizen gets the refusal: the policy refused and no emergency outvoted it."""
        return self.policy.refuse and self.emergency is None


def emergency_after_policy(
    text: str | None,
    policy: PolicyDecision | Mapping[str, object] | None,
    classifier: EmergencyClassifier | None = None,
    use_classifier: bool = True,
) -> EmergencyDecision | None:
    """The emergency decision for ``text`` given the policy layer's decision on it (a
    ``PolicyDecision`` or its ``to_dict()``, as ``PolicyGuard`` stores it on the message; None
    when the policy layer did not run)."""
    decided = policy.to_dict() if isinstance(policy, PolicyDecision) else policy
    return detect_emergency(
        text,
        classifier=classifier,
        use_classifier=use_classifier,
        harmful_request=is_harmful_request(decided),
    )


def triage(
    text: str,
    policy_classifier: PolicyClassifier | None = None,
    emergency_classifier: EmergencyClassifier | None = None,
) -> SafetyVerdict:
    """Both layers on ``text`` with the default models (or the given ones: cross-validation
    trains one per fold)."""
    policy = assess_request(text, policy_classifier)
    return SafetyVerdict(policy, emergency_after_policy(text, policy, emergency_classifier))
