"""Chinese date expressions against fixed ``today`` values, including the turn of the year."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.dates import local_today, parse_date

WED = dt.date(2026, 11, 25)  # Wednesday
LATE_DEC = dt.date(2026, 12, 28)  # Monday
SUN = dt.date(2026, 11, 29)


@pytest.mark.parametrize(
    ("text", "today", "expected"),
    [
        ("今天", WED, WED),
        ("明天", WED, dt.date(2026, 11, 26)),
        ("后天", WED, dt.date(2026, 11, 27)),
        ("大后天", WED, dt.date(2026, 11, 28)),
        ("明天上午", WED, dt.date(2026, 11, 26)),
        ("下周一", WED, dt.date(2026, 11, 30)),
        ("下周日", WED, dt.date(2026, 12, 6)),
        ("下星期三", WED, dt.date(2026, 12, 2)),
        ("下礼拜五", WED, dt.date(2026, 12, 4)),
        ("下周一", SUN, dt.date(2026, 11, 30)),  # Sunday: next week starts tomorrow
        ("这周五", WED, dt.date(2026, 11, 27)),
        ("本周五", WED, dt.date(2026, 11, 27)),
        ("周五", WED, dt.date(2026, 11, 27)),
        ("星期五", WED, dt.date(2026, 11, 27)),
        ("礼拜五", WED, dt.date(2026, 11, 27)),
        ("周三", WED, dt.date(2026, 12, 2)),  # today excluded
        ("星期天", WED, dt.date(2026, 11, 29)),
        ("11月30日", WED, dt.date(2026, 11, 30)),
        ("11月30号", WED, dt.date(2026, 11, 30)),
        ("十二月三号", WED, dt.date(2026, 12, 3)),
        ("12.3", WED, dt.date(2026, 12, 3)),
        ("12-03", WED, dt.date(2026, 12, 3)),
        ("12/3", WED, dt.date(2026, 12, 3)),
        ("2026-12-01", WED, dt.date(2026, 12, 1)),
        ("2026/12/1", WED, dt.date(2026, 12, 1)),
        ("2026年12月1日", WED, dt.date(2026, 12, 1)),
        ("3天后", WED, dt.date(2026, 11, 28)),
        ("三天以后", WED, dt.date(2026, 11, 28)),
        ("两周后", WED, dt.date(2026, 12, 9)),
        ("下个月5号", WED, dt.date(2026, 12, 5)),
        ("30号", WED, dt.date(2026, 11, 30)),
        ("5号", WED, dt.date(2026, 12, 5)),
        ("我想约下周二上午去办", WED, dt.date(2026, 12, 1)),
        # Years roll over: in late December January means next year.
        ("1月5日", LATE_DEC, dt.date(2027, 1, 5)),
        ("1.5", LATE_DEC, dt.date(2027, 1, 5)),
        ("下周一", LATE_DEC, dt.date(2027, 1, 4)),
        ("周五", LATE_DEC, dt.date(2027, 1, 1)),
        ("5天后", LATE_DEC, dt.date(2027, 1, 2)),
        ("下个月3号", LATE_DEC, dt.date(2027, 1, 3)),
        ("2号", LATE_DEC, dt.date(2027, 1, 2)),
        # ... and a day just gone stays in the past so that it can be refused.
        ("11月24日", WED, dt.date(2026, 11, 24)),
        ("12月30日", dt.date(2027, 1, 3), dt.date(2026, 12, 30)),
    ],
)
def test_expressions(text, today, expected) -> None:
    assert parse_date(text, today) == expected


@pytest.mark.parametrize(
    "text", ["", "月底", "过几天", "3号楼", "2月30日", "13.45", "随便哪天", None, "2026-13-01"]
)
def test_ambiguous_or_invalid_gives_none(text) -> None:
    assert parse_date(text, WED) is None


def test_first_expression_wins() -> None:
    assert parse_date("明天或者后天都行", WED) == dt.date(2026, 11, 26)


def test_local_today_uses_the_hotline_timezone() -> None:
    late_utc = dt.datetime(2026, 11, 28, 16, 30, tzinfo=dt.timezone.utc)
    assert local_today("Asia/Shanghai", late_utc) == dt.date(2026, 11, 29)
    assert local_today("UTC", late_utc) == dt.date(2026, 11, 28)
