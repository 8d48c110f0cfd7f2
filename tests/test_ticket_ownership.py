"""bot.tickets.ownership: the phone-digits question, its lock-out per sender and per ticket."""

from __future__ import annotations

import datetime as dt
import logging

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.db import make_engine, migrate
from bot.tickets.models import TicketCheckAttempt
from bot.tickets.ownership import (
    LOCKED,
    UNREADABLE,
    VERIFIED,
    WRONG,
    answered_digits,
    check_owner,
    is_locked_out,
    last_four,
    sender_hash,
    verified_recently,
)

NOON = dt.datetime(2026, 11, 28, 4, 0, tzinfo=dt.timezone.utc)
PHONE = "13800138000"


@pytest.fixture
def engine(tmp_path):
    url = f"sqlite:///{tmp_path / 'owner.db'}"
    migrate(url)
    engine = make_engine(url)
    yield engine
    engine.dispose()


def check(engine, answer, *, sender="s1", ticket="GD202611280001", now=NOON, phone=PHONE):
    return check_owner(
        engine,
        ticket_id=ticket,
        ticket_phone=phone,
        sender_id=sender,
        answer=answer,
        now=now,
        max_attempts=3,
        lockout_minutes=30,
    )


@pytest.mark.parametrize(
    ("phone", "digits"),
    [("13800138000", "8000"), ("0755-12345678", "5678"), ("0755-12345678-801", "5678")],
)
def test_last_four(phone, digits) -> None:
    assert last_four(phone) == digits


@pytest.mark.parametrize(
    ("answer", "digits"),
    [
        ("8000", "8000"),
        ("后四位是８０００", "8000"),
        ("8 0 0 0", "8000"),
        ("13800138000", "8000"),
        ("138-0013-8000", "8000"),
        ("800", None),
        ("不记得了", None),
        ("", None),
        (None, None),
        ("1" * 40, None),
    ],
)
def test_answered_digits(answer, digits) -> None:
    assert answered_digits(answer) == digits


def test_right_digits_verify_and_are_remembered(engine) -> None:
    assert check(engine, "8000").outcome == VERIFIED
    assert verified_recently(
        engine, ticket_id="GD202611280001", sender_id="s1", now=NOON, within_minutes=30
    )
    assert not verified_recently(
        engine, ticket_id="GD202611280001", sender_id="s2", now=NOON, within_minutes=30
    )
    later = NOON + dt.timedelta(minutes=31)
    assert not verified_recently(
        engine, ticket_id="GD202611280001", sender_id="s1", now=later, within_minutes=30
    )


def test_wrong_answers_lock_the_sender_out(engine) -> None:
    first, second = check(engine, "1234"), check(engine, "2345")
    assert (first.outcome, first.attempts_left) == (WRONG, 2)
    assert (second.outcome, second.attempts_left) == (WRONG, 1)
    third = check(engine, "3456")
    assert third.outcome == LOCKED and third.locked_until == NOON + dt.timedelta(minutes=30)
    # Locked: even the right answer is not compared, on any ticket.
    assert check(engine, "8000").outcome == LOCKED
    assert check(engine, "8000", ticket="GD202611280002").outcome == LOCKED
    assert is_locked_out(
        engine,
        ticket_id="GD202611280009",
        sender_id="s1",
        now=NOON,
        max_attempts=3,
        lockout_minutes=30,
    )
    # The lock-out ends lockout_minutes after the last wrong answer.
    assert check(engine, "8000", now=NOON + dt.timedelta(minutes=31)).outcome == VERIFIED


def test_rotating_senders_locks_the_ticket(engine) -> None:
    for n in range(3):
        check(engine, f"{1000 + n}", sender=f"guesser-{n}")
    assert check(engine, "8000", sender="owner-elsewhere").outcome == LOCKED
    assert check(engine, "8000", sender="fresh", ticket="GD202611280002").outcome == VERIFIED


def test_unreadable_answers_do_not_count(engine) -> None:
    for _ in range(5):
        assert check(engine, "不知道").outcome == UNREADABLE
    assert check(engine, "8000").outcome == VERIFIED


def test_attempts_are_stored_and_logged_without_pii(engine, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    check(engine, "我的电话13912345678")
    with Session(engine) as session:
        [row] = session.scalars(select(TicketCheckAttempt)).all()
    assert (row.ticket_id, row.success, row.sender_hash) == (
        "GD202611280001",
        False,
        sender_hash("s1"),
    )
    assert "GD202611280001" in caplog.text
    # (not "8000": the ticket id itself contains it)
    for secret in ("13912345678", "5678", "s1 ", PHONE):
        assert secret not in caplog.text
