"""Agent hours and the three handoff outcomes."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.handoff import CALL_HOTLINE, CALLBACK, TRANSFER, agents_available, plan_handoff

TZ = "Asia/Shanghai"


def _utc(hour: int, minute: int = 0) -> dt.datetime:
    # Asia/Shanghai is UTC+8 all year.
    return dt.datetime(2026, 11, 28, hour, minute, tzinfo=dt.timezone.utc) - dt.timedelta(hours=8)


@pytest.mark.parametrize(
    ("local_hour", "minute", "available"),
    [(7, 59, False), (8, 0, True), (12, 0, True), (21, 59, True), (22, 0, False), (23, 30, False)],
)
def test_agent_hours(local_hour, minute, available) -> None:
    assert agents_available(_utc(local_hour, minute), TZ) is available


def test_plans() -> None:
    day = plan_handoff(now=_utc(10), timezone=TZ, reason="user_request", phone="13800138000")
    assert (day.mode, day.agent_takes_over) == (TRANSFER, True)
    assert day.payload()["handoff"]["handoff"] is True
    night = plan_handoff(now=_utc(23), timezone=TZ, reason="user_request", phone="13800138000")
    assert (night.mode, night.agent_takes_over) == (CALLBACK, False)
    assert "GD202611280001" in night.message("GD202611280001")
    anonymous = plan_handoff(now=_utc(23), timezone=TZ, reason="user_request")
    assert (anonymous.mode, anonymous.agent_takes_over) == (CALL_HOTLINE, False)
    assert "12345" in anonymous.message()
