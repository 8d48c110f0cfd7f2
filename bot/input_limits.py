"""How much of one message the assistant reads, and how often one sender may write.

Rasa runs NLU for every conversation on one event loop, and DIET's attention is quadratic in the
number of tokens: a 20,000-character message asked for a 20,001 x 20,001 tensor and held the server
for 15 s, and 2,000 emoji (2,000 tokens) still took 3.8 s. So a message is cut to
``settings.limits.max_message_chars`` characters and about ``settings.limits.max_message_tokens``
tokens before the tokenizer (``custom_components.message_limits``), and the citizen is asked to
split it. Since that reply is decided, NLU reads only the first
``settings.limits.cut_message_nlu_chars`` characters of a cut message (enough for a refusal or an
entity at its start), so a huge message costs the event loop less than a long letter within the cap.

What is cut off is still read for emergencies: :func:`find_in_segments` runs a detector over
every sentence of the whole message (long runs without punctuation in overlapping windows), each
distinct segment once, segments without a letter or a Chinese character skipped. A detector that
is linear in its input thus costs linear time in the message, and a message of one repeated unit
(100,000 spaces, digits, "投诉" or emoji) costs a handful of detector calls.

Our input channels (REST, socket.io) do the cut and the scan before Rasa, in a worker thread
(:class:`InboundLimiter`): Rasa runs NLU on its one event loop, so a huge message read there made
every other caller wait. ``MessageLengthLimiter`` does the same in the NLU pipeline for any other
channel (``rasa shell``, the HTTP API) and takes a channel's record as its own.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

from bot.settings import Settings

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

# What a question about message length talks about ("有字数限制吗", "一大段话能发吗", "打字说不
# 完"). The intent classifiers' message_too_long on a message that names none of it is a look-alike
# ("有时间限制吗", a follow-up about a service) and is demoted (MessageLengthResponder).
# A message (or what is typed into one) and its length, both named: "好长一段柴油" is a spill on
# the road, "有时间限制吗" a follow-up about a service; "字数", "长度", "截断" need no second word.
_MESSAGE_WORD = re.compile(r"字|消息|信息|文字|内容|一条|话|篇|长文|短信|材料|打字|贴|粘贴|复制|发")
_LENGTH_WORD = re.compile(
    r"(?:太|很|好|过|这么|那么|特别|比较)长|大段|写不完|说不完|讲不完|写完|看完|看得全|截掉|超了|超过|限制|"
    r"太多|发不|发送|发过去|发给你|一次|全部|最多"
)
_ABOUT_LENGTH = re.compile(r"字数|长度|长文|截断|上限")


def asks_about_message_length(text: str | None) -> bool:
    """Whether ``text`` talks about the length of a message (the words of the intent
    message_too_long), so that the classifiers' message_too_long on it is kept."""
    text = text or ""
    return bool(
        _ABOUT_LENGTH.search(text) or (_MESSAGE_WORD.search(text) and _LENGTH_WORD.search(text))
    )


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


@dataclass(frozen=True)
class ReadMessage:
    """What the assistant reads of one message: ``text`` (the head :func:`limit_text` keeps, or
    the emergency sentence found anywhere in a cut message) and ``record`` (lengths and flags,
    never text: stored as the message's ``input_limits``)."""

    text: str
    record: dict[str, int | bool]

    @property
    def truncated(self) -> bool:
        return bool(self.record.get("truncated"))

    @property
    def emergency_sentence(self) -> bool:
        return bool(self.record.get("emergency_sentence"))


def read_message(
    text: str | None,
    max_chars: int,
    max_tokens: int | None = None,
    detect: Callable[[str], object | None] | None = None,
    nlu_chars: int | None = None,
) -> ReadMessage:
    """``text`` cut as :func:`limit_text` cuts it; when it was cut and ``detect`` is given, the
    whole text is scanned (:func:`find_in_segments`, linear) and the first sentence ``detect``
    decides on replaces the head, so a safety check reading the text answers it as it answers a
    short message. ``record`` then says ``emergency_sentence: true``.

    A cut message's reply is decided already (``message_too_long``: the citizen is asked to split
    it, unless an emergency or a refusal outvotes), so with ``nlu_chars`` NLU gets only the first
    ``nlu_chars`` characters of its head: DIET's cost is quadratic in tokens and Rasa runs it on
    the event loop every caller shares. A message within the cap is read whole."""
    if nlu_chars is not None and nlu_chars < 1:
        raise ValueError(f"nlu_chars must be >= 1, got {nlu_chars!r}")
    limited = limit_text(text, max_chars, max_tokens)
    record: dict[str, int | bool] = limited.record()
    if not limited.truncated:
        return ReadMessage(limited.text, record)
    if detect is not None:
        found = find_in_segments(text or "", detect)
        if found is not None:
            return ReadMessage(found[0][:max_chars], {**record, "emergency_sentence": True})
    head = limited.text if nlu_chars is None else limited.text[:nlu_chars]
    return ReadMessage(head, record)


def channel_record(metadata: object, text: str) -> dict[str, int | bool] | None:
    """The ``input_limits`` record an input channel put into a message's metadata after cutting
    ``text`` (see :class:`InboundLimiter`), or None when there is none or it does not fit
    ``text`` (only a cut that left less than the original counts)."""
    if not isinstance(metadata, dict):
        return None
    record = metadata.get(INPUT_LIMITS)
    if not isinstance(record, dict) or record.get("truncated") is not True:
        return None
    length = record.get("original_length")
    if isinstance(length, bool) or not isinstance(length, int) or length <= len(text):
        return None
    out: dict[str, int | bool] = {"original_length": length, "truncated": True}
    if record.get("emergency_sentence") is True:
        out["emergency_sentence"] = True
    return out


# One worker thread for the scans of long messages across all channels of a process: the event
# loop keeps at least about half of the interpreter while a huge message is read, and a flood of
# huge messages queues here instead of multiplying the threads that compete with it.
_SCAN_EXECUTOR: ThreadPoolExecutor | None = None


def _scan_executor() -> ThreadPoolExecutor:
    global _SCAN_EXECUTOR
    if _SCAN_EXECUTOR is None:
        _SCAN_EXECUTOR = ThreadPoolExecutor(max_workers=1, thread_name_prefix="input-limits")
    return _SCAN_EXECUTOR


class InboundLimiter:
    """What an input channel does to a message before Rasa sees it, off the event loop.

    A message longer than ``max_chars`` is cut and scanned in a worker thread (:func:`read_message`),
    so Rasa's single event loop never does per-character work on a huge message and other
    callers' turns go on while it is read. The channel passes ``read.text`` to Rasa with
    ``read.record`` under ``input_limits`` in the message metadata; ``MessageLengthLimiter``
    (first NLU component) takes that record as its own, so the reply is the one a cut message
    gets (``message_too_long``, outvoted by an emergency found anywhere in it). Messages within
    ``max_chars`` are handled inline: bounded work, no thread hop.
    """

    def __init__(
        self,
        max_chars: int,
        max_tokens: int | None,
        detect: Callable[[str], object | None],
        nlu_chars: int | None = None,
    ) -> None:
        if max_chars < 1:
            raise ValueError(f"max_chars must be >= 1, got {max_chars!r}")
        if nlu_chars is not None and nlu_chars < 1:
            raise ValueError(f"nlu_chars must be >= 1, got {nlu_chars!r}")
        self.max_chars = max_chars
        self.max_tokens = max_tokens
        self.detect = detect
        # Characters of a cut message's head that NLU reads (None: the whole head).
        self.nlu_chars = nlu_chars

    @classmethod
    def from_settings(
        cls, settings: Settings, detect: Callable[[str], object | None]
    ) -> InboundLimiter:
        """The limiter the channels use: ``settings.limits`` caps and NLU head, ``detect`` the
        emergency detector."""
        limits = settings.limits
        return cls(
            limits.max_message_chars,
            limits.max_message_tokens,
            detect,
            nlu_chars=limits.cut_message_nlu_chars,
        )

    def warm_up(self) -> None:
        """Runs the detector once in the worker thread now (the emergency classifier is trained
        on first use, ~20 s on a busy machine), so that the first caller does not pay for it."""
        _scan_executor().submit(self.detect, "你好")

    async def _off_loop(self, function: Callable[..., T], *args: object) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(_scan_executor(), function, *args)

    async def read(self, text: str) -> ReadMessage:
        """``text`` as the assistant reads it (see :func:`read_message`)."""
        args = (text, self.max_chars, self.max_tokens, self.detect, self.nlu_chars)
        if len(text) <= self.max_chars:
            return read_message(*args)
        return await self._off_loop(read_message, *args)

    async def is_emergency(self, text: str) -> bool:
        """Whether ``detect`` decides on the whole text or on any sentence of it (the check that
        lets a message over the rate limit through)."""
        if len(text) <= self.max_chars:
            return self.detect(text) is not None or _found_anywhere(text, self.detect)
        return await self._off_loop(_found_anywhere, text, self.detect)

    @staticmethod
    def metadata(metadata: object, read: ReadMessage | None) -> dict[str, Any] | None:
        """A client's metadata with ``input_limits`` set by this channel (a client's own
        ``input_limits`` is dropped: only the channel says what it cut)."""
        out = dict(metadata) if isinstance(metadata, dict) else None
        if out is not None:
            out.pop(INPUT_LIMITS, None)
        if read is not None and read.truncated:
            out = out if out is not None else {}
            out[INPUT_LIMITS] = dict(read.record)
        return out


def _found_anywhere(text: str, detect: Callable[[str], object | None]) -> bool:
    return find_in_segments(text, detect) is not None
