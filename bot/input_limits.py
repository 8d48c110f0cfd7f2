"""How much of one message the assistant reads, and how often one sender may write.

Rasa runs NLU for every conversation on one event loop, and DIET's attention is quadratic in the
number of tokens: a 20,000-character message asked for a 20,001 x 20,001 tensor and held the server
for 15 s, and 2,000 emoji (2,000 tokens) still took 3.8 s. So a message is cut to
``settings.limits.max_message_chars`` characters and about ``settings.limits.max_message_tokens``
tokens before the tokenizer (``custom_components.message_limits``), and the citizen is asked to
split it.

What is cut off is still read for emergencies: :func:`find_in_segments` runs a detector over
every sentence of the whole message (long runs without punctuation in overlapping windows), each
distinct segment once, segments without a letter or a Chinese character skipped. A detector that
is linear in its input thus costs linear time in the message, and a message of one repeated unit
(100,000 spaces, digits, "投诉" or emoji) costs a handful of detector calls.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")

# Sentence ends: a segment is what lies between them (a single character class: linear).
_SENTENCE_END = re.compile(r"[。！？!?；;\n\r…]+")
# Whether a segment has anything a detector could read (a letter or a CJK ideograph).
_WORDY = re.compile(r"[A-Za-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Tokens per CJK character: Jieba gives 0.58 tokens per character on real citizen messages
# (TipDM 2020 letters); each emoji or punctuation mark is a token of its own, and DIET's attention
# costs the square of the token count, so the cap counts tokens, not characters.
CJK_TOKEN_WEIGHT = 0.6
_TOKENISH = re.compile(
    r"(?P<cjk>[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])|(?P<run>[A-Za-z0-9]+)|(?P<other>\S)"
)
# Windows for long runs without sentence ends: size and overlap in characters. A sentence up to
# SEGMENT_OVERLAP characters long lies whole inside one window wherever it starts.
SEGMENT_WINDOW = 200
SEGMENT_OVERLAP = 80

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


def token_cut(text: str, max_tokens: float) -> int:
    """Where to cut ``text`` so that its estimated token count stays within ``max_tokens``
    (``len(text)`` when it does already). One linear pass: a CJK character counts
    :data:`CJK_TOKEN_WEIGHT` (Jieba's average on real citizen messages), a run of letters/digits
    one, any other visible character (emoji, punctuation) one, blanks nothing."""
    # In tenths of a token: integers, so 1,000 characters of 0.6 are exactly 600.
    cjk, budget, total = round(CJK_TOKEN_WEIGHT * 10), round(max_tokens * 10), 0
    for match in _TOKENISH.finditer(text):
        total += cjk if match.lastgroup == "cjk" else 10
        if total > budget:
            return match.start()
    return len(text)


def limit_text(text: str | None, max_chars: int, max_tokens: int | None = None) -> LimitedText:
    """``text`` cut to its first ``max_chars`` characters and (when given) about ``max_tokens``
    tokens (:func:`token_cut`), with what was done."""
    if max_chars < 1:
        raise ValueError(f"max_chars must be >= 1, got {max_chars!r}")
    if max_tokens is not None and max_tokens < 1:
        raise ValueError(f"max_tokens must be >= 1, got {max_tokens!r}")
    text = text or ""
    cut = min(len(text), max_chars)
    if max_tokens is not None:
        cut = token_cut(text[:cut], max_tokens)
    if cut >= len(text):
        return LimitedText(text, len(text), False)
    return LimitedText(text[:cut], len(text), True)


def segments(
    text: str, window: int = SEGMENT_WINDOW, overlap: int = SEGMENT_OVERLAP
) -> Iterator[str]:
    """The distinct sentences of ``text`` (stripped, in order), long ones as overlapping windows;
    segments without a letter or CJK character are left out."""
    if not 0 <= overlap < window:
        raise ValueError(f"need 0 <= overlap < window, got {overlap!r}, {window!r}")
    seen: set[str] = set()
    step = window - overlap
    for sentence in _SENTENCE_END.split(text):
        sentence = sentence.strip()
        if len(sentence) <= window:
            pieces = [sentence]
        else:
            starts = range(0, len(sentence) - overlap, step)
            pieces = [sentence[i : i + window] for i in starts]
        for piece in pieces:
            piece = piece.strip()
            if piece and piece not in seen:
                seen.add(piece)
                if _WORDY.search(piece):
                    yield piece


def find_in_segments(text: str, detect: Callable[[str], T | None]) -> tuple[str, T] | None:
    """The first segment of ``text`` (see :func:`segments`) on which ``detect`` decides, with the
    decision; None when it decides on none."""
    for piece in segments(text):
        decision = detect(piece)
        if decision is not None:
            return piece, decision
    return None
