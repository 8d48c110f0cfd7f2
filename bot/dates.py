"""Chinese date expressions (明天, 下周一, 11月30日, 3天后) resolved against a given ``today``.

Written by hand on purpose: ``dateparser`` 1.5 (tested against these phrases) returns nothing for
下周一, 这周五, 11月30日 and 1月5日, reads 12.3 as the year 2112 and puts 下周日 on a Monday;
``jionlp`` would pull in a large dependency tree for what is a few dozen lines of rules here.

Rules (``today`` is the hotline's local date, see :func:`local_today`):
- 今天/今日, 明天/明日, 后天, 大后天; N天后 / N天以后 / N天之后 (Arabic or Chinese numerals);
  N周后 / N个星期后.
- 下周X / 下星期X / 下礼拜X: weekday X of the next calendar week (weeks start on Monday).
- 这周X / 本周X / 周X / 星期X / 礼拜X: the next such weekday, today excluded.
- 2026-12-01, 2026/12/1, 2026.12.1, 2026年12月1日(号); 11月30日(号), 12.3, 12-03, 12/3; 下个月5号;
  a bare 5号 / 5日 is the next such day of month (today included).
- A month and day without a year take the year that puts the date closest to ``today`` (ties go
  to the future): in late December "1月5日" is next January, while "11月27日" said on 11月28日 stays
  in the past so that callers can refuse it as a past date.
- 月底, 月初, 过几天 and similar ranges are ambiguous and return ``None``.

When the text holds several expressions, the one that starts first wins.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from zoneinfo import ZoneInfo

import cn2an

_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "七": 6}
_WEEKDAYS.update({str(i): i - 1 for i in range(1, 8)})
_WD = "[一二三四五六日天七1-7]"
_NUM = "[0-9零〇一二两三四五六七八九十]{1,4}"

_RELATIVE_DAYS = {"今天": 0, "今日": 0, "明天": 1, "明日": 1, "后天": 2, "大后天": 3}


def local_today(tz: str, now: dt.datetime | None = None) -> dt.date:
    """Today's date in the hotline timezone (``now`` must be timezone-aware when given)."""
    zone = ZoneInfo(tz)
    moment = now.astimezone(zone) if now is not None else dt.datetime.now(zone)
    return moment.date()


def _to_int(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    try:
        value = cn2an.cn2an(text.replace("两", "二").replace("〇", "零"), "smart")
    except (ValueError, KeyError):
        return None
    return int(value) if float(value).is_integer() else None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _closest_year(month: int, day: int, today: dt.date) -> dt.date | None:
    candidates = [
        d for d in (_safe_date(today.year + k, month, day) for k in (-1, 0, 1)) if d is not None
    ]
    if not candidates:
        return None
    # Closest to today; on a tie the future date wins (key False < True for the future one).
    return min(candidates, key=lambda d: (abs((d - today).days), d < today))


def _full_date(m: re.Match[str], today: dt.date) -> dt.date | None:
    year, month, day = (_to_int(g) for g in m.group("y", "m", "d"))
    if year is None or month is None or day is None:
        return None
    return _safe_date(year, month, day)


def _month_day(m: re.Match[str], today: dt.date) -> dt.date | None:
    month, day = _to_int(m.group("m")), _to_int(m.group("d"))
    if month is None or day is None:
        return None
    return _closest_year(month, day, today)


def _next_month_day(m: re.Match[str], today: dt.date) -> dt.date | None:
    day = _to_int(m.group("d"))
    if day is None:
        return None
    year, month = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
    return _safe_date(year, month, day)


def _day_of_month(m: re.Match[str], today: dt.date) -> dt.date | None:
    day = _to_int(m.group("d"))
    if day is None or not 1 <= day <= 31:
        return None
    if day >= today.day:
        return _safe_date(today.year, today.month, day)
    year, month = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
    return _safe_date(year, month, day)


def _relative_day(m: re.Match[str], today: dt.date) -> dt.date | None:
    return today + dt.timedelta(days=_RELATIVE_DAYS[m.group(0)])


def _days_later(m: re.Match[str], today: dt.date) -> dt.date | None:
    n = _to_int(m.group("n"))
    if n is None:
        return None
    unit = 7 if m.group("unit") in ("周", "个星期", "星期", "个礼拜", "礼拜") else 1
    return today + dt.timedelta(days=n * unit)


def _next_week(m: re.Match[str], today: dt.date) -> dt.date | None:
    monday_next_week = today - dt.timedelta(days=today.weekday()) + dt.timedelta(days=7)
    return monday_next_week + dt.timedelta(days=_WEEKDAYS[m.group("wd")])


def _coming_weekday(m: re.Match[str], today: dt.date) -> dt.date | None:
    ahead = (_WEEKDAYS[m.group("wd")] - today.weekday()) % 7 or 7
    return today + dt.timedelta(days=ahead)


_Rule = tuple[re.Pattern[str], Callable[[re.Match[str], dt.date], dt.date | None]]

# Order matters only for matches starting at the same position: more specific rules come first.
_RULES: tuple[_Rule, ...] = (
    (
        re.compile(
            rf"(?P<y>\d{{4}}|[零〇一二三四五六七八九]{{4}})\s*年\s*(?P<m>{_NUM})\s*月\s*(?P<d>{_NUM})\s*[日号]?"
        ),
        _full_date,
    ),
    (re.compile(r"(?<!\d)(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)"), _full_date),
    (re.compile(rf"(?P<m>{_NUM})\s*月\s*(?P<d>{_NUM})\s*[日号]?"), _month_day),
    (re.compile(r"(?<![\d.\-/])(?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?![\d.\-/])"), _month_day),
    (re.compile(rf"下个?月\s*(?P<d>{_NUM})\s*[日号]"), _next_month_day),
    (re.compile(rf"(?:下|下个)(?:周|星期|礼拜)(?P<wd>{_WD})"), _next_week),
    (re.compile(rf"(?:这|本|这个)?(?:周|星期|礼拜)(?P<wd>{_WD})"), _coming_weekday),
    (re.compile(r"大后天|后天|明天|明日|今天|今日"), _relative_day),
    (
        re.compile(
            rf"(?P<n>{_NUM})\s*(?P<unit>天|日|周|个星期|星期|个礼拜|礼拜)\s*(?:以后|之后|后)"
        ),
        _days_later,
    ),
    (re.compile(rf"(?<![\d月.])(?P<d>{_NUM})\s*[日号](?!\s*[楼栋])"), _day_of_month),
)


def parse_date(text: str | None, today: dt.date) -> dt.date | None:
    """Resolve the first date expression in ``text`` relative to ``today``; ``None`` if none."""
    if not text:
        return None
    text = str(text).strip()
    if dt_iso := _iso_date(text):
        return dt_iso
    best: tuple[int, int] | None = None
    result: dt.date | None = None
    for rank, (pattern, resolve) in enumerate(_RULES):
        m = pattern.search(text)
        if m is None:
            continue
        key = (m.start(), rank)
        if best is None or key < best:
            resolved = resolve(m, today)
            if resolved is not None:
                best, result = key, resolved
    return result


def _iso_date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None
