"""Appointments: centres file, refusals with alternatives, capacity, Saturday mornings."""

from __future__ import annotations

import datetime as dt
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot import appointments
from bot.appointments import CentresError, book, load_centres, refusal_message
from bot.db import make_engine, migrate
from bot.service_items import SERVICE_ITEM_NAMES, SERVICE_ITEMS, resolve_service_item
from bot.tickets.models import Appointment

TODAY = dt.date(2026, 11, 25)  # a Wednesday
CAPACITY = 2


@pytest.fixture
def engine(tmp_path):
    url = f"sqlite:///{tmp_path / 'appointments.db'}"
    migrate(url)
    engine = make_engine(url)
    yield engine
    engine.dispose()


def _book(engine, day, *, district="东城区", phone="13800138000", item="residence_permit", **kw):
    return book(
        engine,
        service_item=item,
        district=district,
        date=day,
        phone=phone,
        capacity=CAPACITY,
        today=TODAY,
        **kw,
    )


def test_centres_file_covers_every_district() -> None:
    centres = load_centres()
    assert set(centres) == {"东城区", "西城区", "南湖区", "北山区", "高新区", "滨江新区"}
    assert [c.id for c in centres.values() if c.open_saturday_morning] == ["nh_centre"]


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("version: 1\n", "'centres' list"),
        ("centres:\n  - {id: x, district: 东城区}\n", "lacks name, address, hours, phone"),
        (
            "centres:\n  - {id: x, district: 北京, name: n, address: a, hours: h, phone: p}\n",
            "unknown district",
        ),
        (
            "centres:\n  - {id: x, district: 东城区, name: n, address: a, hours: h, phone: p}\n",
            "no service centre for 西城区",
        ),
        ("centres: [", "cannot read"),
    ],
)
def test_bad_centres_files_fail_loudly(tmp_path, text, error) -> None:
    path = tmp_path / "centres.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CentresError, match=error):
        load_centres(path)


def test_booking_gets_a_confirmation_number_per_date(engine) -> None:
    first = _book(engine, dt.date(2026, 11, 27))
    second = _book(engine, dt.date(2026, 11, 27), district="西城", phone="13900000000")
    other_day = _book(engine, dt.date(2026, 11, 30))
    assert first.ok and second.ok and other_day.ok
    assert (first.confirmation_number, second.confirmation_number) == (
        "YY202611270001",
        "YY202611270002",
    )
    assert other_day.confirmation_number == "YY202611300001"
    assert second.centre.id == "xc_centre"
    assert first.half_day is None


@pytest.mark.parametrize(
    ("day", "reason"),
    [
        (dt.date(2026, 11, 24), appointments.PAST),
        (TODAY, appointments.SAME_DAY),
        (dt.date(2026, 11, 28), appointments.CLOSED),  # Saturday
        (dt.date(2026, 11, 29), appointments.CLOSED),  # Sunday
        (TODAY + dt.timedelta(days=31), appointments.TOO_FAR),
    ],
)
def test_date_refusals_offer_the_next_bookable_days(engine, day, reason) -> None:
    result = _book(engine, day)
    assert not result.ok and result.reason == reason
    if reason == appointments.TOO_FAR:
        assert result.alternatives == (
            dt.date(2026, 11, 26),
            dt.date(2026, 11, 27),
            dt.date(2026, 11, 30),
        )
    elif reason == appointments.CLOSED:
        assert result.alternatives == (
            dt.date(2026, 11, 30),
            dt.date(2026, 12, 1),
            dt.date(2026, 12, 2),
        )
    else:
        assert result.alternatives[0] == dt.date(2026, 11, 26)
    assert "可预约的日期有：" in refusal_message(result)


def test_full_day_is_refused_and_skipped_in_alternatives(engine) -> None:
    friday, monday = dt.date(2026, 11, 27), dt.date(2026, 11, 30)
    for i in range(CAPACITY):
        assert _book(engine, friday, phone=f"1390000000{i}").ok
        assert _book(engine, monday, phone=f"1390000000{i}").ok
    result = _book(engine, friday)
    assert (result.ok, result.reason) == (False, appointments.FULL)
    assert result.alternatives == (dt.date(2026, 12, 1), dt.date(2026, 12, 2), dt.date(2026, 12, 3))
    assert refusal_message(result) == (
        "示例市东城区政务服务中心11月27日（周五）的预约已满。"
        "可预约的日期有：12月1日（周二）、12月2日（周三）、12月3日（周四）。"
    )
    # Capacity is per centre: another district still has room that day.
    assert _book(engine, friday, district="北山区").ok


def test_nanhu_opens_saturday_mornings_only(engine) -> None:
    saturday = dt.date(2026, 11, 28)
    booked = _book(engine, saturday, district="南湖区")
    assert booked.ok and booked.half_day == "am"
    afternoon = _book(engine, saturday, district="南湖区", phone="13900000000", half_day="pm")
    assert (afternoon.ok, afternoon.reason) == (False, appointments.BAD_HALF_DAY)
    assert afternoon.alternatives[0] == dt.date(2026, 11, 30)
    assert not _book(engine, dt.date(2026, 11, 29), district="南湖区").ok  # Sunday


def test_same_booking_twice_is_a_duplicate(engine) -> None:
    day = dt.date(2026, 11, 27)
    first = _book(engine, day)
    again = _book(engine, day)
    assert (again.ok, again.reason, again.confirmation_number) == (
        False,
        appointments.DUPLICATE,
        first.confirmation_number,
    )
    assert _book(engine, day, item="id_card_replace").ok  # another service is fine


def test_unknown_service_and_district(engine) -> None:
    day = dt.date(2026, 11, 27)
    assert _book(engine, day, item="passport").reason == appointments.UNKNOWN_SERVICE
    assert _book(engine, day, district="朝阳区").reason == appointments.UNKNOWN_DISTRICT


def test_concurrent_bookings_never_exceed_capacity(engine) -> None:
    day = dt.date(2026, 11, 27)

    def attempt(n: int):
        return _book(engine, day, phone=f"1380000{n:04d}")

    with ThreadPoolExecutor(max_workers=6) as pool:
        results = list(pool.map(attempt, range(12)))
    ok = [r for r in results if r.ok]
    assert len(ok) == CAPACITY
    assert len({r.confirmation_number for r in ok}) == CAPACITY
    assert {r.reason for r in results if not r.ok} == {appointments.FULL}


def test_service_items_are_the_31_canonical_ids() -> None:
    assert len(SERVICE_ITEMS) == len(SERVICE_ITEM_NAMES) == 37
    assert SERVICE_ITEM_NAMES["hpf_withdraw_rent"] == "租房提取公积金"
    assert resolve_service_item("vaccination") == "vaccination"
    assert resolve_service_item("我想去补办社保卡") == "ss_card_replace"
    assert resolve_service_item("社会保障卡申领") == "ss_card_apply"
    assert resolve_service_item("办护照") is None
    aliases = [a for item in SERVICE_ITEMS for a in (item.name, *item.aliases)]
    assert len(aliases) == len(set(aliases)), "an alias names two items"


def test_a_retried_booking_returns_the_first_one(engine) -> None:
    monday = TODAY + dt.timedelta(days=5)
    first = _book(engine, monday, submission_key="a" * 64)
    assert first.ok
    # The retry comes when the day is full and the phone at its limit: still the same booking.
    _book(engine, monday, phone="13900000001")
    again = _book(engine, monday, submission_key="a" * 64, max_open_per_phone=1)
    assert again == first
    assert appointments_count(engine) == 2


def test_racing_copies_of_one_booking_make_one(engine) -> None:
    monday = TODAY + dt.timedelta(days=5)
    with ThreadPoolExecutor(max_workers=6) as pool:
        results = list(
            pool.map(lambda _: _book(engine, monday, submission_key="b" * 64), range(10))
        )
    assert {r.confirmation_number for r in results} == {"YY202611300001"}
    assert all(r.ok for r in results)
    assert appointments_count(engine) == 1


def test_one_phone_holds_at_most_the_limit_of_open_bookings(engine) -> None:
    thursday, friday = TODAY + dt.timedelta(days=1), TODAY + dt.timedelta(days=2)
    monday = TODAY + dt.timedelta(days=5)
    assert _book(engine, thursday, max_open_per_phone=2).ok
    assert _book(engine, friday, district="西城区", max_open_per_phone=2).ok
    refused = _book(engine, monday, item="id_card_replace", max_open_per_phone=2)
    assert (refused.ok, refused.reason, refused.limit) == (False, appointments.PHONE_LIMIT, 2)
    text = refusal_message(refused)
    assert "已有2个尚未办理的预约" in text and refused.centre.phone in text
    # Other callers are not affected, and past bookings do not count against the phone.
    assert _book(engine, monday, phone="13900000002", max_open_per_phone=2).ok
    later = book(
        engine,
        service_item="id_card_replace",
        district="东城区",
        date=monday,
        phone="13800138000",
        capacity=CAPACITY,
        today=friday,  # Thursday's booking is in the past now
        max_open_per_phone=2,
    )
    assert later.ok, later


def appointments_count(engine) -> int:
    with Session(engine) as session:
        return session.execute(select(func.count()).select_from(Appointment)).scalar_one()
