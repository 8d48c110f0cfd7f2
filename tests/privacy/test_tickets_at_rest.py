"""Tickets and appointments hold no raw phone, address or description at rest (SQLite and
PostgreSQL); bot.tickets and bot.appointments still return them decrypted and find them by phone."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from alembic import command
from privacy_helpers import Citizen, make_citizen
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from bot.appointments import book
from bot.db import alembic_config, make_engine, migrate
from bot.privacy.at_rest import ERASED, PREFIX, decrypt_text, phone_hash, phone_hashes
from bot.privacy.crypto import DataKeyInvalid, generate_key
from bot.tickets.models import Appointment, Ticket
from bot.tickets.service import create_ticket, get_ticket

NOW = dt.datetime(2026, 11, 30, 3, 0, tzinfo=dt.timezone.utc)
TODAY = dt.date(2026, 11, 30)


def _address(rng_tag: str) -> str:
    return f"湖滨东路{rng_tag}号阳光小区3栋"


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path, data_key):
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'tickets.db'}"
    else:
        url = request.getfixturevalue("postgres_url")
    migrate(url)
    engine = make_engine(url)
    yield engine
    engine.dispose()


def _raw_row(engine, table: str, key: str, value: str) -> dict:
    with engine.connect() as connection:
        return dict(
            connection.execute(text(f"SELECT * FROM {table} WHERE {key} = :v"), {"v": value})
            .mappings()
            .one()
        )


def _complaint(engine, citizen: Citizen, address: str, description: str):
    return create_ticket(
        engine,
        description=description,
        district="南湖区",
        address=address,
        phone=citizen.spaced_phone,
        conversation_id=f"rest-{uuid.uuid4().hex}",
        channel="rest",
        summary=f"{address}路灯不亮",
        now=NOW,
    )


def test_a_complaint_leaves_no_raw_phone_address_or_description(db) -> None:
    citizen = make_citizen()
    address = _address(uuid.uuid4().hex[:6])
    description = f"小区门口路灯坏了，联系我{citizen.phone}"
    ticket = _complaint(db, citizen, address, description)

    raw = _raw_row(db, "tickets", "id", ticket.id)
    for column in ("phone", "address", "description", "summary"):
        assert raw[column].startswith(PREFIX), column
    cells = " ".join(str(v) for v in raw.values())
    for needle in [*citizen.raw_forms(), address, "路灯坏了"]:
        assert needle not in cells
    assert raw["phone_hash"] == phone_hash(citizen.phone)

    # The public functions return what was given, decrypted.
    view = get_ticket(db, ticket.id)
    assert (view.phone, view.address, view.description) == (
        citizen.spaced_phone,
        address,
        description,
    )
    assert view.summary == f"{address}路灯不亮" and view == ticket

    # Found by any spelling of the phone, through the keyed hash.
    with Session(db, future=True) as session:
        found = session.scalars(
            select(Ticket.id).where(Ticket.phone_hash.in_(phone_hashes(citizen.phone)))
        ).all()
    assert found == [ticket.id]


def test_appointments_encrypt_the_phone_and_still_limit_it(db) -> None:
    citizen = make_citizen()
    booked = []
    for day in (1, 2, 3):
        result = book(
            db,
            service_item="residence_permit",
            district="东城区",
            date=TODAY + dt.timedelta(days=day),
            phone=citizen.spaced_phone if day % 2 else citizen.phone,
            capacity=50,
            today=TODAY,
            now=NOW,
            max_open_per_phone=2,
        )
        booked.append(result)
    assert [(r.ok, r.reason) for r in booked] == [
        (True, None),
        (True, None),
        (False, "phone_limit"),
    ]
    number = booked[0].confirmation_number
    raw = _raw_row(db, "appointments", "confirmation_number", number)
    assert raw["phone"].startswith(PREFIX) and citizen.phone not in raw["phone"]
    with Session(db, future=True) as session:
        assert session.get(Appointment, number).phone == citizen.spaced_phone


def test_a_wrong_key_cannot_read_the_rows(db, monkeypatch) -> None:
    ticket = _complaint(db, make_citizen(), _address("7"), "井盖丢了")
    monkeypatch.setenv("MINSHENG_DATA_KEY", generate_key())
    with pytest.raises(DataKeyInvalid):
        get_ticket(db, ticket.id)


def test_erased_values_stay_comparable_in_sql(db) -> None:
    ticket = _complaint(db, make_citizen(), _address("8"), "噪音扰民")
    with db.begin() as connection:
        connection.execute(
            Ticket.__table__.update()
            .where(Ticket.__table__.c.id == ticket.id)
            .values(phone=ERASED, phone_hash=None)
        )
        still = connection.scalar(
            select(Ticket.__table__.c.id).where(
                Ticket.__table__.c.id == ticket.id, Ticket.__table__.c.phone == ERASED
            )
        )
    assert still == ticket.id
    assert get_ticket(db, ticket.id).phone == ERASED


def test_the_migration_encrypts_rows_written_in_clear(tmp_path, data_key) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    command.upgrade(alembic_config(url), "0004_ticket_check_attempts")
    citizen = make_citizen()
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO tickets (id, description, district, address, phone, status, "
                "summary, channel, conversation_id, created_at, updated_at) VALUES "
                "('GD202611300001', '楼道堆放杂物', '南湖区', '湖滨东路1号', :phone, '受理', NULL, "
                "'rest', 'c1', '2026-11-30 03:00:00', '2026-11-30 03:00:00')"
            ),
            {"phone": citizen.phone},
        )
        connection.execute(
            text(
                "INSERT INTO appointments (confirmation_number, service_item, centre_id, date, "
                "half_day, phone, status, created_at) VALUES ('YY202612030001', '居住证', 'c', "
                "'2026-12-03', NULL, :phone, '已预约', '2026-11-30 03:00:00')"
            ),
            {"phone": citizen.phone},
        )
    engine.dispose()
    migrate(url)
    migrate(url)  # a second run leaves encrypted rows alone
    engine = make_engine(url)
    raw = _raw_row(engine, "tickets", "id", "GD202611300001")
    assert all(raw[c].startswith(PREFIX) for c in ("phone", "address", "description"))
    assert decrypt_text(raw["phone"]) == citizen.phone
    assert raw["phone_hash"] == phone_hash(citizen.phone)
    appointment = _raw_row(engine, "appointments", "confirmation_number", "YY202612030001")
    assert appointment["phone"].startswith(PREFIX)
    assert appointment["phone_hash"] == phone_hash(citizen.phone)
    assert get_ticket(engine, "GD202611300001").address == "湖滨东路1号"
    # ... and the downgrade gives the clear text back.
    command.downgrade(alembic_config(url), "0004_ticket_check_attempts")
    assert _raw_row(engine, "tickets", "id", "GD202611300001")["phone"] == citizen.phone
    engine.dispose()
