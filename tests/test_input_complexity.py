"""Every function that runs on a citizen's text takes time linear in its length.

One message of 100,000 blanks used to hold the Rasa server for ~100 s (``bot.pii._MOBILE_RE`` was
quadratic in runs of blanks), and NLU runs on the server's single event loop, so every other caller
waited too. Each function below is timed on 100,000 characters of blanks, digits, Chinese, emoji and
mixed patterns, and compared with the same function on 10,000 characters of the same pattern,
measured in the same test (CPU time, best of several runs): linear code takes ~10x as long,
quadratic code ~100x. No absolute time limits (they flake on busy machines); the ratio bound is
generous (<= 35x, plus a small allowance so that functions too fast to time reliably cannot fail
on noise).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

import pytest

from bot import complaints
from bot.dates import parse_date
from bot.districts import normalize_district
from bot.generation.complaint import truncate_description
from bot.generation.grounding import check_grounding, normalise
from bot.handoff import callback_description
from bot.input_limits import find_in_segments, limit_text
from bot.pii import find_pii, normalize_phone, parse_ticket_id, redact
from bot.privacy.masking import mask_text
from bot.safety.emergency import detect_emergency, forget_decisions
from bot.service_items import resolve_service_item

SMALL, LARGE = 10_000, 100_000
# Linear code scales by LARGE / SMALL = 10; quadratic by 100.
MAX_RATIO = 35.0
# Below this the large run is too fast to be anything but linear (a quadratic pass over 100,000
# characters needs 10^10 steps); it only keeps timer noise on tiny durations from failing a test.
NOISE_FLOOR_S = 0.05


def _repeat(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


# Inputs that defeat naive patterns: runs of one class (blanks, digits, dashes, Chinese numerals),
# almost-identifiers repeated, separators that several pattern parts could take.
PATTERNS: dict[str, str] = {
    "spaces": " ",
    "tabs": "\t",
    "newlines": "\n",
    "ideographic_spaces": "\u3000",
    "digits": "1",
    "zero_digits": "0",
    "digits_spaces": "1 ",
    "prefix_86_spaces": "86      ",
    "plus86_parens": "(+86 ",
    "almost_mobile": "138 0013 800 ",
    "almost_id": "11010519491231002 ",
    "dashes": "-",
    "digit_dash": "0-",
    "chinese": "投诉",
    "chinese_numerals": "一二三四五六七八九十",
    "chinese_numeral_run": "一",
    "decimal": "1.",
    "fullwidth_digits": "１２３４５６",
    "emoji": "😀",
    "emoji_zwj": "👨‍👩‍👧",
    "address_like": "和平路88号3栋",
    "date_like": "2026年11月",
    "ticket_like": "GD2026",
    "names": "我叫王",
    "mixed": "我的电话是 138 0013 8000 住在南湖区和平路88号 😀 明天 一二三 GD20261128 ",
}

TODAY = dt.date(2026, 11, 30)


def _uncached(function: Callable[[str], object]) -> Callable[[str], object]:
    """``function`` with detect_emergency's memory of recent decisions emptied first: a repeated
    text would otherwise be a lookup, and the timing would measure nothing."""

    def call(text: str) -> object:
        forget_decisions()
        return function(text)

    return call


FUNCTIONS: dict[str, Callable[[str], object]] = {
    "pii.find_pii": find_pii,
    "pii.redact": redact,
    "pii.normalize_phone": normalize_phone,
    "pii.parse_ticket_id": parse_ticket_id,
    "dates.parse_date": lambda text: parse_date(text, TODAY),
    "districts.normalize_district": normalize_district,
    "complaints.check_description": complaints.check_description,
    "complaints.check_district": complaints.check_district,
    "complaints.check_address": complaints.check_address,
    "complaints.address_from_text": complaints.address_from_text,
    "complaints.check_phone": complaints.check_phone,
    "complaints.correction_target": complaints.correction_target,
    "safety.emergency.detect_emergency": _uncached(detect_emergency),
    "service_items.resolve_service_item": resolve_service_item,
    "handoff.callback_description": lambda text: callback_description("no_agents", text),
    "generation.truncate_description": truncate_description,
    "grounding.normalise": normalise,
    # The complaint summary is checked against the citizen's description (facts = user text).
    "grounding.check_grounding(facts=user text)": lambda text: check_grounding("已记录。", text),
    "grounding.check_grounding(text=user text)": lambda text: check_grounding(text, "已记录。"),
    # Every message, before NLU and at rest.
    "input_limits.limit_text": lambda text: limit_text(text, 1000, 600),
    "input_limits.find_in_segments(detect_emergency)": _uncached(
        lambda text: find_in_segments(text, detect_emergency)
    ),
    "privacy.masking.mask_text": mask_text,
}


# Functions whose one call on 100,000 characters takes seconds (the emergency lexicon reads every
# signal over the whole text: ~18 s for 100,000 Chinese characters, linear): timed once per size.
SLOW = {"safety.emergency.detect_emergency", "input_limits.find_in_segments(detect_emergency)"}


def _best_time(function: Callable[[str], object], text: str, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        # CPU time of this process, not wall time: on a busy machine the wall clock also counts
        # the time other processes held the CPU, which made ratios flake.
        start = time.process_time()
        function(text)
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize("pattern", list(PATTERNS))
@pytest.mark.parametrize("name", list(FUNCTIONS))
def test_time_is_linear_in_message_length(name: str, pattern: str) -> None:
    function = FUNCTIONS[name]
    small = _repeat(PATTERNS[pattern], SMALL)
    large = _repeat(PATTERNS[pattern], LARGE)
    function(small)  # warm caches (compiled patterns, dictionaries)
    slow = name in SLOW
    baseline = _best_time(function, small, repeats=1 if slow else 3)
    measured = _best_time(function, large, repeats=1 if slow else 2)
    if measured < NOISE_FLOOR_S:
        return
    ratio = measured / max(baseline, NOISE_FLOOR_S / 50)
    assert ratio <= MAX_RATIO, (
        f"{name} on {LARGE:,} chars of {pattern!r} took {measured:.3f}s, "
        f"{ratio:.0f}x its time on {SMALL:,} chars ({baseline:.4f}s): super-linear"
    )
