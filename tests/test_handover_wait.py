"""bot.handoff: operators' hours from settings and the waiting state of a handed-over conversation."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.handoff import (
    HOLD,
    TAKEN,
    UNANSWERED,
    agent_hours,
    agents_available,
    plan_handoff,
    waiting_state,
)
from bot.settings import HandoverSettings, SettingsError

TZ = "Asia/Shanghai"
UTC = dt.timezone.utc
# 10:00 in Shanghai
MORNING = dt.datetime(2026, 3, 2, 2, 0, tzinfo=UTC)


def state(seconds: float, *, at: dt.datetime = MORNING, operator=None, **settings) -> str:
    return waiting_state(
        since=at,
        now=at + dt.timedelta(seconds=seconds),
        operator=operator,
        timezone=TZ,
        handover=HandoverSettings(**settings),
    )


def test_waiting_state() -> None:
    assert state(0) == HOLD
    assert state(179) == HOLD
    assert state(180) == UNANSWERED
    assert state(29, wait_timeout_s=30) == HOLD and state(31, wait_timeout_s=30) == UNANSWERED
    assert state(10_000, operator="坐席07") == TAKEN
    # 21:59:30 in Shanghai: the operators' day ends within the wait
    late = dt.datetime(2026, 3, 2, 13, 59, 30, tzinfo=UTC)
    assert state(10, at=late) == HOLD and state(31, at=late) == UNANSWERED
    assert state(31, at=late, agent_hours_end="23:00") == HOLD
    # unknown start: hours still count
    assert waiting_state(since=None, now=MORNING, operator=None, timezone=TZ) == HOLD
    night = MORNING + dt.timedelta(hours=13)
    assert waiting_state(since=None, now=night, operator=None, timezone=TZ) == UNANSWERED


def test_agent_hours_come_from_the_settings() -> None:
    hours = agent_hours(HandoverSettings(agent_hours_start="09:30", agent_hours_end="17:00"))
    assert hours == (dt.time(9, 30), dt.time(17, 0))
    assert agents_available(MORNING, TZ, hours)  # 10:00
    assert not agents_available(MORNING - dt.timedelta(hours=1), TZ, hours)  # 09:00
    plan = plan_handoff(now=MORNING + dt.timedelta(hours=8), timezone=TZ, reason="x", hours=hours)
    assert not plan.agent_takes_over and "09:30-17:00" in plan.message()
    assert agent_hours() == (dt.time(8, 0), dt.time(22, 0))
    # around the clock
    always = agent_hours(HandoverSettings(agent_hours_start="00:00", agent_hours_end="24:00"))
    for hour in (0, 7, 23):
        local_hour = dt.datetime(2026, 3, 2, hour, 59, 59, tzinfo=UTC) - dt.timedelta(hours=8)
        assert agents_available(local_hour, TZ, always)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"wait_timeout_s": 0},
        {"agent_hours_start": "8:00"},
        {"agent_hours_end": "24:01"},
        {"agent_hours_start": "24:00"},
        {"agent_hours_start": "22:00", "agent_hours_end": "08:00"},
    ],
)
def test_bad_handover_settings(kwargs) -> None:
    with pytest.raises(SettingsError, match="handover"):
        HandoverSettings(**kwargs)
