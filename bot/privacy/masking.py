"""Mask phone numbers, resident ID numbers and bank-card numbers in text and nested data.

What is kept of each (PIPL practice, see ../shared/SAFETY_NOTES.md):

- mobiles: the first 3 and last 4 digits (``138****8000``); landlines the area code and the last 4
  (``0755-****5678``), the same as the read-back in :func:`bot.complaints.mask_phone`;
- resident IDs: the first 6 and last 4 characters (``110101********123X``), 18- and 15-character,
  also with a wrong check digit (a mistyped ID is still personal data);
- bank cards (13-19 digits with a valid Luhn check digit, grouped or not): the last 4 only.

Phones and 18-character IDs are found by :func:`bot.pii.find_pii` (the validators live there); the
legacy, mistyped IDs and bank cards, which ``bot.pii`` does not extract, are found here. Masks
contain ``*`` so masking is idempotent: a masked value is never found again. Every pattern is
linear in the length of the text.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from bot.complaints import mask_phone
from bot.pii import ID_NUMBER, PHONE_NUMBER, find_pii

BANK_CARD = "bank_card"
# 15-digit legacy IDs and 18-character ones with a wrong check digit.
ID_LIKE = "id_like"

# Digits as Python's \d sees them (ASCII and full-width), one optional blank or dash between groups.
# No match may continue a longer run of digits/letters: the tail of a 20-digit order number is not
# a card. Bounded repetition keeps the backtracking per start position constant.
_CARD_RE = re.compile(
    r"(?<![0-9A-Za-z０-９Ａ-Ｚａ-ｚ])(?<![\d][ \-])"
    r"\d(?:[ \-]?\d){12,18}"
    r"(?![0-9A-Za-z０-９Ａ-Ｚａ-ｚ])(?![ \-]\d)"
)
# 15-digit legacy IDs, and 18-character IDs whose check digit is wrong (a mistyped ID is still
# someone's ID): province code and birth date decide, see is_plausible_id_number.
_ID_LIKE_RE = re.compile(
    r"(?<![0-9A-Za-z０-９Ａ-Ｚａ-ｚ])(?:\d{17}[\dXxＸｘ]|\d{15})(?![0-9A-Za-z０-９Ａ-Ｚａ-ｚ])"
)
# GB/T 2260 province-level codes (the same list bot.pii checks for 18-character IDs).
_PROVINCES = frozenset(
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 "
    "71 81 82 83".split()
)


def _digits(text: str) -> str:
    return "".join(str(unicodedata.digit(c)) for c in text if c.isdigit())


def luhn_valid(digits: str) -> bool:
    """Whether a string of ASCII digits passes the Luhn (mod 10) check used by bank cards."""
    if not digits.isdigit():
        return False
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2 == 1:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def is_plausible_id_number(value: str) -> bool:
    """Province code and a real birth date: 15 digits (1984-1999 format, 19YYMMDD) or 18 characters
    with any check character. Masking errs on the side of the citizen; validation is bot.pii's."""
    if value[:2] not in _PROVINCES:
        return False
    if len(value) == 15 and value.isdigit():
        year, month, day = 1900 + int(value[6:8]), int(value[8:10]), int(value[10:12])
    elif len(value) == 18 and value[:17].isdigit() and (value[17].isdigit() or value[17] == "X"):
        year, month, day = int(value[6:10]), int(value[10:12]), int(value[12:14])
    else:
        return False
    try:
        birth = dt.date(year, month, day)
    except ValueError:
        return False
    return dt.date(1900, 1, 1) <= birth <= dt.date.today()


def mask_id_number(value: str) -> str:
    """First 6 and last 4 characters kept, the rest starred (works for 15 and 18 characters)."""
    compact = re.sub(r"[^0-9Xx]", "", unicodedata.normalize("NFKC", value)).upper()
    if len(compact) <= 10:
        return "*" * len(compact)
    return compact[:6] + "*" * (len(compact) - 10) + compact[-4:]


def mask_bank_card(digits: str) -> str:
    return "*" * (len(digits) - 4) + digits[-4:]


def _spans(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, value) of every identifier, non-overlapping, sorted."""
    found = [(m.start, m.end, m.kind, m.value) for m in find_pii(text, [PHONE_NUMBER, ID_NUMBER])]
    taken = [(start, end) for start, end, _, _ in found]

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    for match in _ID_LIKE_RE.finditer(text):
        value = unicodedata.normalize("NFKC", match.group()).upper()
        if is_plausible_id_number(value) and free(match.start(), match.end()):
            found.append((match.start(), match.end(), ID_LIKE, value))
            taken.append((match.start(), match.end()))
    for match in _CARD_RE.finditer(text):
        digits = _digits(match.group())
        if luhn_valid(digits) and free(match.start(), match.end()):
            found.append((match.start(), match.end(), BANK_CARD, digits))
            taken.append((match.start(), match.end()))
    return sorted(found)


def _mask(kind: str, value: str) -> str:
    if kind == PHONE_NUMBER:
        return mask_phone(value)
    if kind == BANK_CARD:
        return mask_bank_card(value)
    return mask_id_number(value)


def find_identifiers(text: str) -> list[tuple[str, str]]:
    """(kind, normalised value) of every phone, ID and bank card in ``text``: exactly those
    :func:`mask_text` masks (a text without a digit has none; most of an event's strings are
    intent names and the like, so this skips the patterns for them)."""
    if not text or not any(c.isdigit() for c in text):
        return []
    return [(kind, value) for _, _, kind, value in _spans(text)]


def mask_text(text: str) -> str:
    """``text`` with every phone, resident ID and bank-card number masked in place."""
    if not text or not any(c.isdigit() for c in text):
        return text
    parts: list[str] = []
    position = 0
    for start, end, kind, value in _spans(text):
        parts.append(text[position:start])
        parts.append(_mask(kind, value))
        position = end
    parts.append(text[position:])
    return "".join(parts)


def mask_data(value: Any, *, skip_keys: Iterable[str] = ()) -> Any:
    """A copy of a JSON-like structure with :func:`mask_text` applied to every string.

    Dict keys are kept as they are; values under ``skip_keys`` are copied untouched (e.g. already
    encrypted values). Integers that are a whole phone/ID/card number become their masked string.
    """
    skip = frozenset(skip_keys)
    return _mask_data(value, skip)


def _mask_data(value: Any, skip: frozenset[str]) -> Any:
    if isinstance(value, str):
        return mask_text(value)
    if isinstance(value, bool) or value is None or isinstance(value, float):
        return value
    if isinstance(value, int):
        masked = mask_text(str(value))
        return value if masked == str(value) else masked
    if isinstance(value, dict):
        return {k: (v if k in skip else _mask_data(v, skip)) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_mask_data(v, skip) for v in value]
    return value
