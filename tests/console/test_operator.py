"""Operator accounts, sessions, sign-in limits, hand-over replay and ticket workflow (no server)."""

from __future__ import annotations

import datetime as dt

import pytest
from console_helpers import PASSWORD, add_events, events_engine, handoff_events

from bot.console.masking import Masker, mask_address
from bot.db import make_engine, migrate
from bot.operator import queue
from bot.operator.accounts import (
    AccountError,
    LoginPolicy,
    LoginRefused,
    create_operator,
    csrf_ok,
    hash_password,
    login,
    logout,
    session_for,
    set_password,
    verify_password,
)
from bot.tickets.service import InvalidTransition, TicketError, create_ticket, get_ticket
from bot.tickets.workflow import change_status, list_tickets, next_statuses, status_changes

T0 = dt.datetime(2026, 11, 28, 4, 0, tzinfo=dt.timezone.utc)  # 12:00 Asia/Shanghai


@pytest.fixture
def engine(tmp_path):
    url = f"sqlite:///{tmp_path / 'app.db'}"
    migrate(url)
    engine = make_engine(url)
    yield engine
    engine.dispose()


def test_password_hash_is_salted_and_verifies() -> None:
    first, second = hash_password(PASSWORD), hash_password(PASSWORD)
    assert first != second and PASSWORD not in first
    assert verify_password(PASSWORD, first) and verify_password(PASSWORD, second)
    assert not verify_password(PASSWORD + "x", first)
    assert not verify_password(PASSWORD, "garbage")
    assert not verify_password(PASSWORD, "md5$1$2$3$abc$def")


def test_accounts_reject_bad_names_roles_weak_passwords_and_duplicates(engine) -> None:
    with pytest.raises(AccountError):
        create_operator(engine, username="a b", password=PASSWORD)
    with pytest.raises(AccountError):
        create_operator(engine, username="li", password=PASSWORD, role="root")
    with pytest.raises(AccountError):
        create_operator(engine, username="li", password="short")
    with pytest.raises(AccountError):
        create_operator(engine, username="li", password="aaaaaaaaaaaa")
    create_operator(engine, username="Li", password=PASSWORD, now=T0)
    with pytest.raises(AccountError, match="taken"):
        create_operator(engine, username="li", password=PASSWORD, now=T0)


def test_login_session_idle_and_absolute_expiry_and_logout(engine) -> None:
    policy = LoginPolicy(idle=dt.timedelta(minutes=30), lifetime=dt.timedelta(hours=2))
    create_operator(engine, username="wang", password=PASSWORD, display_name="王坐席", now=T0)
    token, session = login(engine, "WANG", PASSWORD, remote="1.2.3.4", policy=policy, now=T0)
    assert session.operator.display_name == "王坐席" and not session.operator.sees_personal_data
    assert csrf_ok(session, session.csrf_token) and not csrf_ok(session, "x")
    assert not csrf_ok(session, None)
    # activity within the idle time keeps it alive ...
    at = T0
    for _ in range(3):
        at += dt.timedelta(minutes=25)
        assert session_for(engine, token, policy=policy, now=at) is not None
    # ... but never past the absolute lifetime
    assert (
        session_for(engine, token, policy=policy, now=T0 + dt.timedelta(hours=2, minutes=1)) is None
    )
    token, _ = login(engine, "wang", PASSWORD, remote="1.2.3.4", policy=policy, now=T0)
    assert session_for(engine, token, policy=policy, now=T0 + dt.timedelta(minutes=31)) is None
    token, _ = login(engine, "wang", PASSWORD, remote="1.2.3.4", policy=policy, now=T0)
    logout(engine, token)
    assert session_for(engine, token, policy=policy, now=T0) is None
    assert session_for(engine, "forged", policy=policy, now=T0) is None


def test_failed_logins_lock_the_username_and_then_the_address(engine) -> None:
    policy = LoginPolicy(max_failures=3, window=dt.timedelta(minutes=15))
    create_operator(engine, username="zhao", password=PASSWORD, now=T0)
    for _ in range(3):
        with pytest.raises(LoginRefused) as refused:
            login(engine, "zhao", "wrong-password", remote="9.9.9.9", policy=policy, now=T0)
        assert not refused.value.locked
    with pytest.raises(LoginRefused) as refused:  # even the right password is refused now
        login(engine, "zhao", PASSWORD, remote="8.8.8.8", policy=policy, now=T0)
    assert refused.value.locked
    later = T0 + dt.timedelta(minutes=16)
    assert login(engine, "zhao", PASSWORD, remote="8.8.8.8", policy=policy, now=later)
    # one address guessing many names is stopped too (4 x max_failures)
    for i in range(12):
        with pytest.raises(LoginRefused):
            login(engine, f"user{i}", "nope-nope-nope", remote="7.7.7.7", policy=policy, now=later)
    with pytest.raises(LoginRefused) as refused:
        login(engine, "zhao", PASSWORD, remote="7.7.7.7", policy=policy, now=later)
    assert refused.value.locked


def test_new_password_ends_sessions(engine) -> None:
    create_operator(engine, username="sun", password=PASSWORD, now=T0)
    token, _ = login(engine, "sun", PASSWORD, remote="x", now=T0)
    set_password(engine, "sun", "another good password")
    assert session_for(engine, token, now=T0) is None


def _ticket(engine, **kw):
    fields = dict(
        description="小区门口的路灯坏了，电话13800138000",
        district="南湖区",
        address="湖滨东路阳光小区3栋",
        phone="13800138000",
        conversation_id="conv-1",
        channel="socketio",
        now=T0,
    )
    fields.update(kw)
    return create_ticket(engine, **fields)


def test_status_changes_follow_the_workflow_and_are_audited(engine) -> None:
    ticket = _ticket(engine)
    assert next_statuses(ticket.status) == ["已派单", "已撤销"]
    with pytest.raises(TicketError, match="department"):
        change_status(engine, ticket.id, "已派单", operator="王坐席", now=T0)
    with pytest.raises(InvalidTransition):
        change_status(engine, ticket.id, "已办结", operator="王坐席", now=T0)
    with pytest.raises(TicketError, match="operator"):
        change_status(engine, ticket.id, "已派单", operator=" ", department="城管局")
    steps = [
        ("已派单", "南湖区城管局", "已派至城管局"),
        ("处理中", None, "维修人员已到现场"),
        ("已办结", None, "路灯已修复，回访电话13800138000"),
    ]
    for i, (status, department, note) in enumerate(steps, start=1):
        change_status(
            engine,
            ticket.id,
            status,
            operator="王坐席",
            note=note,
            department=department,
            now=T0 + dt.timedelta(hours=i),
        )
    after = get_ticket(engine, ticket.id)
    assert after.status == "已办结" and after.department == "南湖区城管局"
    assert [e.status for e in after.history] == ["受理", "已派单", "处理中", "已办结"]
    assert after.history[-1].note == "路灯已修复，回访电话138****8000"  # citizen-visible, masked
    audit = status_changes(engine, ticket.id)
    assert [(a.from_status, a.to_status, a.operator) for a in audit] == [
        ("受理", "已派单", "王坐席"),
        ("已派单", "处理中", "王坐席"),
        ("处理中", "已办结", "王坐席"),
    ]
    assert audit[0].time == T0 + dt.timedelta(hours=1)
    assert next_statuses("已办结") == []


def test_ticket_list_filters_by_status_district_and_local_date(engine) -> None:
    a = _ticket(engine, district="南湖区", now=T0)
    b = _ticket(engine, district="北山区", now=T0 + dt.timedelta(days=1))
    # 23:30 local on the 28th is 15:30 UTC: still the 28th for the filter
    c = _ticket(
        engine, district="南湖区", now=dt.datetime(2026, 11, 28, 15, 30, tzinfo=dt.timezone.utc)
    )
    change_status(engine, a.id, "已派单", operator="x", department="城管局", now=T0)
    ids = lambda page: [t.id for t in page.tickets]  # noqa: E731
    assert ids(list_tickets(engine)) == [b.id, c.id, a.id]
    assert ids(list_tickets(engine, status="已派单")) == [a.id]
    assert ids(list_tickets(engine, district="南湖区")) == [c.id, a.id]
    day = dt.date(2026, 11, 28)
    assert ids(list_tickets(engine, date_from=day, date_to=day)) == [c.id, a.id]
    assert ids(list_tickets(engine, date_from=day + dt.timedelta(days=1))) == [b.id]
    page = list_tickets(engine, limit=1, offset=1)
    assert ids(page) == [c.id] and page.total == 3


def test_queue_is_read_from_the_tracker_store_oldest_first(tmp_path) -> None:
    tracker = events_engine(tmp_path)
    now = T0
    base = now.timestamp()
    add_events(tracker, "old", *handoff_events(base - 600))
    add_events(tracker, "new", *handoff_events(base - 60))
    add_events(tracker, "taken", *handoff_events(base - 900))
    add_events(tracker, "taken", {"event": "slot", "name": "handoff_operator", "value": "王坐席"})
    add_events(tracker, "returned", *handoff_events(base - 300))
    add_events(tracker, "returned", {"event": "slot", "name": "handoff_active", "value": False})
    add_events(tracker, "restarted", *handoff_events(base - 200), {"event": "session_started"})
    add_events(tracker, "ancient", *handoff_events(base - 4 * 86400))
    found = queue.open_handovers(tracker, now=now, lookback=dt.timedelta(hours=72))
    assert [(h.conversation_id, h.operator) for h in found] == [
        ("old", None),
        ("new", None),
        ("taken", "王坐席"),
    ]
    first = found[0]
    assert first.reason_text == "市民要求转人工"
    summary = first.summary()
    assert "投诉/反映问题" in summary and "南湖区" in summary
    assert "13800138000" not in summary and "138****8000" in summary
    assert queue.find_handover(tracker, "returned") is None
    assert queue.find_handover(tracker, "old").since == pytest.approx(base - 600)


def test_a_handover_is_claimed_once(engine, tmp_path) -> None:
    tracker = events_engine(tmp_path)
    add_events(tracker, "c1", *handoff_events(T0.timestamp()))
    handover = queue.find_handover(tracker, "c1")
    queue.claim(engine, handover, "王坐席", now=T0)
    queue.claim(engine, handover, "王坐席", now=T0)  # the same operator again: fine
    with pytest.raises(queue.AlreadyTaken, match="王坐席"):
        queue.claim(engine, handover, "李坐席", now=T0)
    queue.end_claim(engine, handover, "王坐席", "returned", now=T0 + dt.timedelta(minutes=5))
    row = queue.claim_of(engine, handover)
    assert row.outcome == "returned" and row.ended_at == T0 + dt.timedelta(minutes=5)


def test_masking_for_operators_without_the_role() -> None:
    assert mask_address("南湖区湖滨东路阳光小区3栋") == "南湖区****"
    assert mask_address("湖滨东路阳光小区3栋").endswith("****")
    hidden = Masker(reveal=False, addresses=["湖滨东路阳光小区3栋"])
    text = "我住湖滨东路阳光小区3栋，电话13800138000，身份证110101199003071234"
    shown = hidden.text(text)
    assert "阳光小区" not in shown and "13800138000" not in shown and "19900307" not in shown
    assert hidden.slot("phone_number", "13800138000") == "138****8000"
    assert hidden.slot("address", "南湖区湖滨东路8号") == "南湖区****"
    assert hidden.slot("handoff_active", True) is True
    shown_all = Masker(reveal=True, addresses=["湖滨东路阳光小区3栋"])
    assert shown_all.text(text) == text
    assert shown_all.slot("phone_number", "13800138000") == "13800138000"
