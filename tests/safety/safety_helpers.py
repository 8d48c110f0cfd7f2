"""What the safety tests share."""

from __future__ import annotations

from bot.safety.emergency import detect_emergency


def rule_numbers(text: str) -> tuple[str, ...]:
    """The numbers the detector's lexicon and frames alone give ``text`` (no classifier); fails
    the test when they find no emergency."""
    decision = detect_emergency(text, use_classifier=False)
    assert decision is not None, text
    return decision.numbers
