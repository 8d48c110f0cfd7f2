"""No citizen's phone or ID number reaches a log record, with the database up and down.

Whole conversations run through the actions (recorded trackers, the phone and an ID number of a
random citizen written into them) with log capture at DEBUG. Our own loggers (``actions``, ``bot``)
must be clean on their own; everything else (rasa_sdk, SQLAlchemy) is checked with the masking the
action server installs (``actions/__init__.py``).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import random
from pathlib import Path

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import text
from stdnum.cn import ric

from actions.appointment import ActionSubmitAppointment, ValidateAppointmentForm
from actions.complaint import (
    ActionAskComplaintConfirmed,
    ActionSubmitComplaint,
    ValidateComplaintForm,
)
from actions.handoff import ActionHandoff
from actions.ticket_status import ActionCheckTicket
from bot.privacy.log_masking import install_log_masking, uninstall_log_masking

FIXTURES = Path(__file__).resolve().parent / "fixtures"
# 23:30 in Asia/Shanghai: outside agent hours, so the hand-over files a call-back ticket.
NIGHT = dt.datetime(2026, 11, 28, 15, 30, tzinfo=dt.timezone.utc)
RECORDED_PHONE = "13800138000"
RECORDED_DESCRIPTION = "小区门口的路灯坏了一个多星期"


def _citizen() -> tuple[str, str]:
    rng = random.Random()
    phone = "1" + rng.choice("3456789") + "".join(rng.choice("0123456789") for _ in range(9))
    body = f"440305{rng.randint(1950, 2004)}0{rng.randint(1, 9)}1{rng.randint(0, 9)}{rng.randint(100, 999)}"
    return phone, body + ric.calc_check_digit(body + "0")


def _tracker(name: str, phone: str, id_number: str) -> Tracker:
    raw = (FIXTURES / f"{name}.json").read_text(encoding="utf-8")
    raw = raw.replace(RECORDED_PHONE, phone).replace(
        RECORDED_DESCRIPTION, f"{RECORDED_DESCRIPTION}（身份证{id_number}）"
    )
    return Tracker.from_dict(json.loads(raw))


def _break_database(runtime) -> None:
    with runtime.engine.begin() as connection:
        for table in ("ticket_events", "tickets", "appointments"):
            connection.execute(text(f"DROP TABLE IF EXISTS {table}"))


async def _conversations(runtime, domain, phone: str, id_number: str) -> list[str]:
    """Run every action that sees a phone or ID; returns the bot's replies."""
    steps = [
        (ValidateComplaintForm(), "complaint_phone_in_text"),
        (ValidateComplaintForm(), "complaint_correct_phone_text"),
        (ActionAskComplaintConfirmed(runtime), "ask_complaint_confirmed"),
        (ActionSubmitComplaint(runtime), "submit_complaint"),
        (ValidateAppointmentForm(runtime), "submit_appointment"),
        (ActionSubmitAppointment(runtime), "submit_appointment"),
        (ActionHandoff(runtime), "handoff_with_phone"),
        (ActionCheckTicket(runtime), "check_ticket"),
    ]
    replies = []
    for action, fixture in steps:
        dispatcher = CollectingDispatcher()
        await action.run(dispatcher, _tracker(fixture, phone, id_number), domain)
        replies += [m.get("text") or "" for m in dispatcher.messages]
    return replies


def _leaks(records: list[logging.LogRecord], needles: list[str]) -> list[str]:
    found = []
    formatter = logging.Formatter()
    for record in records:
        parts = [str(record.msg), repr(record.args)]
        # Handlers print exc_text when it is set (the masking sets it), else format exc_info.
        if record.exc_text:
            parts.append(record.exc_text)
        elif record.exc_info:
            parts.append(formatter.formatException(record.exc_info))
        blob = "\n".join(parts)
        found += [f"{record.name}: {needle}" for needle in needles if needle in blob]
    return found


@pytest.mark.parametrize("database", ["up", "down"])
async def test_own_log_records_carry_no_phone_or_id(
    make_runtime, domain, caplog, database: str
) -> None:
    phone, id_number = _citizen()
    runtime = make_runtime(NIGHT)
    if database == "down":
        _break_database(runtime)
    uninstall_log_masking()  # what our code writes, before any masking
    try:
        with caplog.at_level(logging.DEBUG):
            replies = await _conversations(runtime, domain, phone, id_number)
    finally:
        install_log_masking()
    own = [r for r in caplog.records if r.name.split(".")[0] in ("actions", "bot")]
    if database == "down":
        # The failure is logged (with its reason), and the caller was told.
        assert any(r.levelno >= logging.ERROR for r in own)
        assert any("暂时无法保存" in reply or "系统繁忙" in reply for reply in replies)
    else:
        assert any("工单号" in reply for reply in replies)
    assert _leaks(own, [phone, id_number]) == []


@pytest.mark.parametrize("database", ["up", "down"])
async def test_no_log_record_of_the_action_server_carries_a_phone_or_id(
    make_runtime, domain, caplog, database: str
) -> None:
    phone, id_number = _citizen()
    runtime = make_runtime(NIGHT)
    if database == "down":
        _break_database(runtime)
    install_log_masking()
    with caplog.at_level(logging.DEBUG):
        await _conversations(runtime, domain, phone, id_number)
        # Anything else in the process, e.g. a library that logs a value it was given.
        logging.getLogger("rasa_sdk.executor").debug("slots: %s", {"phone_number": phone})
        try:
            raise ValueError(f"bad value {id_number}")
        except ValueError:
            logging.getLogger("sqlalchemy.engine").exception("failed for %s", phone)
    assert caplog.records
    assert _leaks(caplog.records, [phone, id_number]) == []
