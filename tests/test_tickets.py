"""Tickets: id allocation (also under concurrency), history and status transitions."""

from __future__ import annotations

import datetime as dt
from concurrent.futures import ThreadPoolExecutor

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import delete, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.db import Base, alembic_config, make_engine, migrate
from bot.tickets.models import SequenceCounter, Ticket, TicketEvent
from bot.tickets.sequences import run_with_retry
from bot.tickets.service import (
    InvalidTransition,
    TicketError,
    TicketNotFound,
    create_ticket,
    get_ticket,
    update_status,
)

NOON = dt.datetime(2026, 11, 28, 4, 0, tzinfo=dt.timezone.utc)  # 12:00 in Asia/Shanghai


@pytest.fixture
def engine(tmp_path):
    url = f"sqlite:///{tmp_path / 'tickets.db'}"
    migrate(url)
    engine = make_engine(url)
    yield engine
    engine.dispose()


def _create(engine, now=NOON, **overrides):
    fields = {
        "description": "小区门口的路灯坏了一个多星期",
        "district": "南湖区",
        "address": "湖滨东路阳光小区3栋",
        "phone": "13800138000",
        "conversation_id": "conv-1",
        "channel": "rest",
        "now": now,
    }
    fields.update(overrides)
    return create_ticket(engine, **fields)


def test_ids_count_up_per_local_day(engine) -> None:
    assert [_create(engine).id for _ in range(3)] == [
        "GD202611280001",
        "GD202611280002",
        "GD202611280003",
    ]
    # 16:30 UTC is already 00:30 on the 29th in Asia/Shanghai: a new day starts at 0001.
    late = dt.datetime(2026, 11, 28, 16, 30, tzinfo=dt.timezone.utc)
    assert _create(engine, now=late).id == "GD202611290001"
    assert _create(engine).id == "GD202611280004"


def test_created_ticket_reads_back_with_history(engine) -> None:
    created = _create(engine, summary="路灯损坏")
    loaded = get_ticket(engine, created.id)
    assert loaded == created
    assert loaded.status == "受理"
    assert loaded.created_at == NOON and loaded.created_at.tzinfo is not None
    assert [(e.status, e.note) for e in loaded.history] == [("受理", "工单已受理")]
    assert get_ticket(engine, "GD209901010001") is None


def test_status_transitions_are_recorded_in_order(engine) -> None:
    ticket = _create(engine)
    later = [NOON + dt.timedelta(hours=h) for h in (1, 2, 3)]
    update_status(engine, ticket.id, "已派单", department="南湖区城市管理局", now=later[0])
    update_status(engine, ticket.id, "处理中", note="已安排维修", now=later[1])
    closed = update_status(engine, ticket.id, "已办结", note="路灯已修复", now=later[2])
    assert closed.status == "已办结"
    assert closed.department == "南湖区城市管理局"
    assert closed.updated_at == later[2]
    assert [(e.status, e.note) for e in closed.history] == [
        ("受理", "工单已受理"),
        ("已派单", None),
        ("处理中", "已安排维修"),
        ("已办结", "路灯已修复"),
    ]


@pytest.mark.parametrize(
    ("path", "target"),
    [((), "已办结"), ((), "处理中"), (("已撤销",), "已派单"), (("已派单", "处理中"), "已撤销")],
)
def test_invalid_transitions_are_refused(engine, path, target) -> None:
    ticket = _create(engine)
    for status in path:
        update_status(engine, ticket.id, status, department="城管")
    with pytest.raises(InvalidTransition, match=f"-> {target}"):
        update_status(engine, ticket.id, target, department="城管")
    assert get_ticket(engine, ticket.id).status == (path[-1] if path else "受理")


def test_bad_status_updates(engine) -> None:
    ticket = _create(engine)
    with pytest.raises(TicketError, match="unknown ticket status"):
        update_status(engine, ticket.id, "完成")
    with pytest.raises(TicketError, match="department"):
        update_status(engine, ticket.id, "已派单")
    with pytest.raises(TicketNotFound):
        update_status(engine, "GD209901010001", "已撤销")


def test_input_is_checked(engine) -> None:
    with pytest.raises(TicketError, match="description"):
        _create(engine, description="   ")
    with pytest.raises(TicketError, match="timezone-aware"):
        _create(engine, now=dt.datetime(2026, 11, 28, 12, 0))


def test_day_numbers_run_out_loudly(engine) -> None:
    with Session(engine) as session, session.begin():
        session.add(SequenceCounter(key="GD20261128", value=9999))
    with pytest.raises(TicketError, match="exhausted"):
        _create(engine)
    with Session(engine) as session:
        assert session.get(SequenceCounter, "GD20261128").value == 9999  # rolled back


def test_lost_race_on_a_new_counter_row_is_retried(engine) -> None:
    calls = []

    def work(session):
        calls.append(1)
        if len(calls) == 1:
            raise IntegrityError("INSERT INTO sequence_counters", {}, Exception("UNIQUE failed"))
        return "done"

    assert run_with_retry(engine, work) == "done"
    assert len(calls) == 2


def _concurrent_ids(engine, threads: int, per_thread: int) -> list[str]:
    def worker(n: int) -> list[str]:
        return [_create(engine, conversation_id=f"conv-{n}").id for _ in range(per_thread)]

    with ThreadPoolExecutor(max_workers=threads) as pool:
        return [i for ids in pool.map(worker, range(threads)) for i in ids]


def test_concurrent_creation_never_duplicates_ids(engine) -> None:
    ids = _concurrent_ids(engine, threads=8, per_thread=6)
    assert len(ids) == len(set(ids)) == 48
    assert sorted(ids) == [f"GD20261128{n:04d}" for n in range(1, 49)]  # gap-free too


def test_concurrent_creation_on_postgresql(postgres_url) -> None:
    migrate(postgres_url)
    engine = make_engine(postgres_url, pool_size=8)
    with engine.begin() as connection:  # the day's numbers start again from 0001
        connection.execute(delete(TicketEvent).where(TicketEvent.ticket_id.like("GD20261128%")))
        connection.execute(delete(Ticket).where(Ticket.id.like("GD20261128%")))
        connection.execute(delete(SequenceCounter).where(SequenceCounter.key == "GD20261128"))
    try:
        ids = _concurrent_ids(engine, threads=8, per_thread=6)
        assert sorted(ids) == [f"GD20261128{n:04d}" for n in range(1, 49)]
    finally:
        engine.dispose()


def test_migration_matches_the_models(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    migrate(url)
    engine = make_engine(url)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
        heads = set(connection.execute(text("SELECT version_num FROM alembic_version")).scalars())
    engine.dispose()
    ours = {"tickets", "ticket_events", "appointments", "sequence_counters"}

    def table_of(entry) -> str | None:
        item = entry[0] if isinstance(entry, list) else entry
        for part in item[1:]:
            name = getattr(part, "name", None) if not isinstance(part, str) else None
            table = getattr(part, "table", None)
            if table is not None:
                return table.name
            if name in ours:
                return name
            if isinstance(part, str) and part in ours:
                return part
        return None

    assert [d for d in diff if table_of(d) in ours] == []
    # Every branch (tickets with its successors, knowledge) is at its newest revision.
    assert heads == set(ScriptDirectory.from_config(alembic_config(url)).get_heads())


def test_a_retried_submission_returns_the_first_ticket(engine) -> None:
    first = _create(engine, submission_key="k" * 64)
    again = _create(engine, submission_key="k" * 64, description="重试时文字不同也不会新建工单")
    other = _create(engine, submission_key="j" * 64)
    assert again == first
    assert other.id != first.id
    with Session(engine) as session:
        assert session.query(Ticket).count() == 2
        assert session.query(TicketEvent).count() == 2


def test_racing_copies_of_one_submission_file_one_ticket(engine) -> None:
    with ThreadPoolExecutor(max_workers=6) as pool:
        ids = list(pool.map(lambda _: _create(engine, submission_key="r" * 64).id, range(12)))
    assert set(ids) == {"GD202611280001"}
    with Session(engine) as session:
        assert session.query(Ticket).count() == 1


def test_racing_copies_of_one_submission_on_postgresql(postgres_url) -> None:
    migrate(postgres_url)
    engine = make_engine(postgres_url, pool_size=8)
    key = "pg-race".ljust(64, "x")
    with engine.begin() as connection:
        connection.execute(delete(Ticket).where(Ticket.submission_key == key))
    try:
        with ThreadPoolExecutor(max_workers=8) as pool:
            ids = set(pool.map(lambda _: _create(engine, submission_key=key).id, range(16)))
        assert len(ids) == 1
        with Session(engine) as session:
            assert session.query(Ticket).filter(Ticket.submission_key == key).count() == 1
    finally:
        engine.dispose()
