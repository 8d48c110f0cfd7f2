"""What the safety tests share."""

from __future__ import annotations

from bot.safety.emergency import detect_emergency


def rule_numbers(text: str) -> tuple[str, ...]:
    """The numbers the detector's lexicon and frames alone give ``text`` (no classifier); fails
    the test when they find no emergency."""
    decision = detect_emergency(text, use_classifier=False)
    assert decision is not None, text
    return decision.numbers


class _SafePolicyClassifier:
    """A policy classifier that finds nothing harmful: only the rules decide."""

    def predict(self, norm_text: str) -> tuple[float, str | None]:
        return 0.0, None


def rule_level(text: str) -> str:
    """The policy level the rules alone give ``text`` (a classifier that finds nothing harmful)."""
    from bot.safety.policy import assess_request

    return assess_request(text, classifier=_SafePolicyClassifier()).level


def rule_names(text: str) -> list[str]:
    """The names of the policy rules that match ``text``."""
    from bot.safety.policy import _rule_hits, normalise

    return [hit.name for hit in _rule_hits(normalise(text))]


class SureHarmClassifier:
    """A policy classifier sure that every message is harmful: what is left is the rules' frames
    (lawful framing, talk about a service, reports of what others did)."""

    def predict(self, norm_text: str) -> tuple[float, str | None]:
        return 0.95, "non_violent_illegal"


def refused_by_a_sure_classifier(text: str) -> bool:
    """Whether ``text`` is refused when the classifier is sure every message is harmful."""
    from bot.safety.policy import assess_request

    return assess_request(text, classifier=SureHarmClassifier()).refuse  # type: ignore[arg-type]
