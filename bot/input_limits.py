"""How much of one message the assistant reads, and how often one sender may write.

Rasa runs NLU for every conversation on one event loop, and DIET's attention is quadratic in the
number of tokens: a 20,000-character message asked for a 20,001 x 20,001 tensor and held the server
for 15 s. So a message is cut to ``settings.limits.max_message_chars`` before the tokenizer
(``custom_components.message_limits``), and the citizen is asked to split it.
"""

from __future__ import annotations

from dataclasses import dataclass

# The NLU message property (INTERFACES.md) and the intent a cut message gets.
INPUT_LIMITS = "input_limits"
MESSAGE_TOO_LONG = "message_too_long"


@dataclass(frozen=True)
class LimitedText:
    text: str
    original_length: int
    truncated: bool

    def record(self) -> dict[str, int | bool]:
        """What is stored with the message (no text: lengths only)."""
        return {"original_length": self.original_length, "truncated": self.truncated}


def limit_text(text: str | None, max_chars: int) -> LimitedText:
    """``text`` cut to its first ``max_chars`` characters, with what was done."""
    if max_chars < 1:
        raise ValueError(f"max_chars must be >= 1, got {max_chars!r}")
    text = text or ""
    if len(text) <= max_chars:
        return LimitedText(text, len(text), False)
    return LimitedText(text[:max_chars], len(text), True)
