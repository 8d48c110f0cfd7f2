"""The grounding guard: a generated text may only state what the supplied facts state.

Every phone number, date, fee or amount, duration, other number, street address, URL, office and
district named in a generated answer must also appear in the facts it was generated from;
besides that the text must be mostly Chinese, of sensible length, free of leaked placeholders
(``<PHONE>``, ``{slot}``, chat special tokens) and of refusal boilerplate or degenerate loops.
:func:`check_grounding` returns a :class:`GroundingVerdict` listing every violation, so callers
can log why a text was rejected before falling back to the composed answer.

Comparison happens on normalised text on both sides: NFKC (full-width digits and punctuation to
half-width), unified dashes, thousands separators dropped, and Chinese numerals in quantities
turned into digits with ``cn2an`` (so "十五个工作日" in an answer matches "15个工作日" in the
facts). Phone numbers are compared as digit strings, through :func:`bot.pii.find_pii` where it
recognises them and a plain pattern where it does not (``phonenumbers`` rejects the fictional
``0755-1234xxxx`` numbers of our knowledge base as unallocated).

Why not :func:`bot.finetune.evaluate.unsupported_claims`: it measures hallucination for the
training report with substring matching, so "5个工作日" passes against a source that says
"15个工作日" and "20元" against "120元"; it does not normalise full-width digits or Chinese
numerals, does not check offices, and its module imports torch, which the action server must
not need when generation is off. Claims here are compared as whole values.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import cn2an

from bot.districts import DISTRICTS
from bot.pii import PHONE_NUMBER, PLACEHOLDERS, find_pii

# Numbers the assistant may always say: its own hotline (it is in the system prompt, not in facts).
ALWAYS_ALLOWED_NUMBERS: frozenset[str] = frozenset({"12345"})
CITY = "示例市"

PHONE = "phone"
DATE = "date"
FEE = "fee"
QUANTITY = "quantity"
NUMBER = "number"
ADDRESS = "address"
URL = "url"
OFFICE = "office"
LANGUAGE = "language"
LENGTH = "length"
PLACEHOLDER = "placeholder"
GARBAGE = "garbage"


@dataclass(frozen=True)
class GuardConfig:
    # Shorter texts cannot answer anything; longer ones are rambling or looping.
    min_chars: int = 4
    max_chars: int = 800
    # Share of CJK characters among letters (CJK + Latin); URLs and numbers do not count.
    min_chinese_ratio: float = 0.6


@dataclass(frozen=True)
class Violation:
    kind: str
    text: str
    reason: str


@dataclass(frozen=True)
class GroundingVerdict:
    violations: tuple[Violation, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return not self.violations

    @property
    def reasons(self) -> list[str]:
        return [f"{v.kind}: {v.reason} ({v.text!r})" for v in self.violations]

    def __bool__(self) -> bool:
        return self.ok


# --- normalisation ------------------------------------------------------------------------------

_DASHES = str.maketrans(dict.fromkeys("‐‑‒–—―−﹣～~", "-"))
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_CN_NUMERAL = "零〇一二两三四五六七八九十百千万亿点"
# Chinese numerals followed by a unit we check (or 百分之…): only these are converted, so words
# like "统一" or "一站式" stay as they are.
_CN_QUANTITY = re.compile(
    rf"百分之[{_CN_NUMERAL}]+|[{_CN_NUMERAL}]+(?=个?工作日|天|日|个?月|年|周岁|岁|个?小时|分钟|元|万元|块|倍|次|号)"
)


def normalise(text: str) -> str:
    """NFKC, unified dashes, no thousands separators, Chinese numerals in quantities as digits."""
    text = unicodedata.normalize("NFKC", text).translate(_DASHES)
    text = _THOUSANDS.sub("", text)
    return _CN_QUANTITY.sub(_cn_to_digits, text)


def _cn_to_digits(match: re.Match[str]) -> str:
    token = match.group()
    try:
        return cn2an.transform(token, "cn2an")
    except (ValueError, KeyError):  # cn2an raises on malformed numerals ("十十")
        return token


# --- claims ---------------------------------------------------------------------------------------

_URL_RE = re.compile(r"https?://[^\s，。；、）)】]+|www\.[^\s，。；、）)】]+")
_PHONE_RE = re.compile(
    r"(?<![\d.])(?:0\d{2,3}-?\d{7,8}(?:-\d{1,6})?|1[3-9]\d{9}|1\d{4}|9[56]\d{3,4})(?![\d.])"
)
_DATE_RE = re.compile(
    r"(?P<y>\d{4})\s*[年\-/.]\s*(?P<m>\d{1,2})\s*(?:月\s*(?:(?P<d1>\d{1,2})\s*[日号])?|[\-/.]\s*(?P<d2>\d{1,2})日?)"
    r"|(?P<m2>\d{1,2})\s*月\s*(?P<d3>\d{1,2})\s*[日号]"
)
_FEE_RE = re.compile(r"(?P<n>\d+(?:\.\d+)?)\s*(?P<u>万元|元|块钱|块|角)")
_PERCENT_RE = re.compile(r"(?P<n>\d+(?:\.\d+)?)\s*%")
_QUANTITY_RE = re.compile(
    r"(?P<n>\d+(?:\.\d+)?)\s*(?P<u>个工作日|工作日|个自然日|自然日|天|日|个月|月|年|周岁|岁|个小时|小时|分钟|倍|次|周)"
)
_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")
# List markers ("1. ", "2、", "（3）") and ordinals ("第2步") are structure, not claims.
_LIST_MARKER = re.compile(
    r"(?:^|(?<=[\n：:；;。]))\s*[(（]?\d{1,2}\s*[.、)）](?!\d)|第\d{1,2}(?=[步项条个类种])"
)
_ADDRESS_RE = re.compile(r"[\u4e00-\u9fff]{2}(?:路|街|大道|巷|道)\d+号")
_UNIT_ALIASES = {
    "块": "元",
    "块钱": "元",
    "个工作日": "工作日",
    "个自然日": "天",
    "自然日": "天",
    "日": "天",
    "个月": "月",
    "个小时": "小时",
    "周岁": "岁",
}
_PUNCT = re.compile(r"[\s，。、；：！？“”‘’（）()《》【】,.;:!?\"'\-]")

_PLACEHOLDER_RE = re.compile(
    "|".join(re.escape(p) for p in PLACEHOLDERS.values())
    + r"|<\|[^|>]{1,40}\|>|</?s>|<(?:unk|pad|mask)>|\{[A-Za-z_][A-Za-z0-9_]*\}|\[[A-Z_]{3,}\]"
)
_REFUSALS = (
    "作为一个ai",
    "作为ai",
    "作为人工智能",
    "我是一个语言模型",
    "我是一个人工智能",
    "语言模型，无法",
    "as an ai",
    "i'm sorry",
    "i am sorry",
    "i cannot",
    "i can't",
)
_REPEAT_RE = re.compile(r"(.{2,20}?)\1{3,}|(.)\2{7,}", re.DOTALL)
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")


def _number(text: str) -> str:
    """'20.00' -> '20', '0.50' -> '0.5': numbers compared by value."""
    value = float(text)
    return str(int(value)) if value == int(value) else repr(value)


def _phones(text: str) -> set[str]:
    found = {re.sub(r"\D", "", m.value) for m in find_pii(text, kinds=[PHONE_NUMBER])}
    found |= {re.sub(r"\D", "", m.group()) for m in _PHONE_RE.finditer(text)}
    return found


def _dates(text: str) -> set[tuple[int | None, int, int | None]]:
    out = set()
    for m in _DATE_RE.finditer(text):
        if m["y"]:
            day = m["d1"] or m["d2"]
            out.add((int(m["y"]), int(m["m"]), int(day) if day else None))
        else:
            out.add((None, int(m["m2"]), int(m["d3"])))
    return out


def _date_supported(claim: tuple[int | None, int, int | None], facts: set) -> bool:
    year, month, day = claim
    return any(
        (year is None or year == y) and month == m and (day is None or day == d)
        for y, m, d in facts
    )


def _typed(text: str) -> set[tuple[str, str]]:
    """(value, unit) of every fee, percentage and quantity."""
    out = {(_number(m["n"]), _UNIT_ALIASES.get(m["u"], m["u"])) for m in _FEE_RE.finditer(text)}
    out |= {(_number(m["n"]), "%") for m in _PERCENT_RE.finditer(text)}
    out |= {
        (_number(m["n"]), _UNIT_ALIASES.get(m["u"], m["u"])) for m in _QUANTITY_RE.finditer(text)
    }
    return out


def _numbers(text: str) -> set[str]:
    return {_number(n) for n in _NUMBER_RE.findall(text)}


def _blank(pattern: re.Pattern[str], text: str) -> str:
    return pattern.sub(lambda m: " " * len(m.group()), text)


# --- the guard --------------------------------------------------------------------------------------


def check_grounding(
    text: str,
    facts: str | Sequence[str],
    known_offices: Iterable[str] = (),
    config: GuardConfig | None = None,
    allowed_numbers: Iterable[str] = ALWAYS_ALLOWED_NUMBERS,
) -> GroundingVerdict:
    """Every claim in ``text`` checked against ``facts``.

    ``known_offices``: names of every office the assistant knows of (service centres, item
    offices); naming one that is absent from the facts is a violation, as is naming a district
    the facts do not mention."""
    config = config or GuardConfig()
    source_raw = facts if isinstance(facts, str) else "\n".join(facts)
    source = normalise(source_raw)
    answer = normalise(text or "")
    allowed = set(allowed_numbers)
    violations: list[Violation] = []

    def flag(kind: str, claim: str, reason: str) -> None:
        violations.append(Violation(kind, claim, reason))

    stripped = answer.strip()
    if len(stripped) < config.min_chars:
        flag(LENGTH, stripped, f"shorter than {config.min_chars} characters")
    if len(stripped) > config.max_chars:
        flag(LENGTH, stripped[:40] + "…", f"longer than {config.max_chars} characters")
    for m in _PLACEHOLDER_RE.finditer(answer):
        flag(PLACEHOLDER, m.group(), "placeholder or special token leaked")
    if "\ufffd" in answer:
        flag(GARBAGE, "\ufffd", "broken characters")
    lowered = answer.lower()
    for phrase in _REFUSALS:
        if phrase in lowered:
            flag(GARBAGE, phrase, "refusal or self-description boilerplate")
    repeat = _REPEAT_RE.search(answer)
    if repeat:
        flag(GARBAGE, repeat.group()[:40], "degenerate repetition")

    # URLs first: their digits and letters are neither numbers nor language.
    source_urls = {u.rstrip("/") for u in _URL_RE.findall(source)}
    for url in _URL_RE.findall(answer):
        if url.rstrip("/") not in source_urls:
            flag(URL, url, "web address not in the facts")
    answer_body = _blank(_URL_RE, answer)
    source_body = _blank(_URL_RE, source)

    cjk = len(_CJK.findall(answer_body))
    latin = len(_LATIN.findall(answer_body))
    if cjk + latin and cjk / (cjk + latin) < config.min_chinese_ratio:
        flag(LANGUAGE, stripped[:40], f"only {cjk}/{cjk + latin} letters are Chinese")
    elif not cjk and stripped:
        flag(LANGUAGE, stripped[:40], "no Chinese text")

    source_phones = _phones(source_body) | allowed
    for phone in sorted(_phones(answer_body)):
        if phone not in source_phones:
            flag(PHONE, phone, "phone number not in the facts")
    answer_rest = _blank(_PHONE_RE, answer_body)
    source_rest = _blank(_PHONE_RE, source_body)

    source_dates = _dates(source_rest)
    for m in _DATE_RE.finditer(answer_rest):
        claim = next(iter(_dates(m.group())))
        if not _date_supported(claim, source_dates):
            flag(DATE, m.group(), "date not in the facts")
    answer_rest = _blank(_DATE_RE, answer_rest)
    source_rest = _blank(_DATE_RE, source_rest)

    source_typed = _typed(source_rest)
    for pattern, kind in ((_FEE_RE, FEE), (_PERCENT_RE, FEE), (_QUANTITY_RE, QUANTITY)):
        for m in pattern.finditer(answer_rest):
            if not _typed(m.group()) <= source_typed:
                flag(kind, m.group(), "amount or quantity not in the facts")

    norm_source = _PUNCT.sub("", source_rest)
    for m in _ADDRESS_RE.finditer(answer_rest):
        if _PUNCT.sub("", m.group()) not in norm_source:
            flag(ADDRESS, m.group(), "street address not in the facts")

    source_numbers = _numbers(source_rest) | allowed
    for number in sorted(_numbers(_blank(_LIST_MARKER, answer_rest)) - source_numbers):
        flag(NUMBER, number, "number not in the facts")

    compact_source = _PUNCT.sub("", source)
    compact_answer = _PUNCT.sub("", answer)
    # Offices are also named without the city ("东城区政务服务中心").
    names = set(DISTRICTS)
    for office in known_offices:
        names |= {office, office.removeprefix(CITY)}
    for name in sorted(names, key=len, reverse=True):
        key = _PUNCT.sub("", normalise(name))
        if key and key in compact_answer and key not in compact_source:
            flag(OFFICE, name, "office or district not in the facts")
            compact_answer = compact_answer.replace(key, "")
    return GroundingVerdict(tuple(violations))
