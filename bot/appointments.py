"""Booking a visit to a district government service centre (政务服务中心).

Decisions (callers and tests rely on them):
- Bookable days are Monday to Friday. A centre whose ``hours`` mention 周六上午 (南湖区) is also
  bookable on Saturday, morning only: such bookings are stored with ``half_day="am"`` and a request
  for a Saturday afternoon is refused. Public holidays are not modelled yet.
- Same-day appointments are refused (``same_day``): the centre needs the list the day before, and
  a same-day visit is a walk-in with a queue number (现场取号). Bookings open up to
  :data:`HORIZON_DAYS` days ahead.
- ``capacity`` (``settings.appointment_capacity``) is the number of bookings per centre per day;
  ``half_day`` is recorded for the centre's planning but does not split the capacity.
- One phone number holds at most one booking per centre, date and service item (``duplicate``),
  and at most ``max_open_per_phone`` open ones (booked, from today on) in all (``phone_limit``), so
  that one caller cannot take every slot of a centre-day.
- A booking made with a ``submission_key`` (:mod:`bot.idempotency`) is made once: booking again
  with the same key returns the first booking, whatever has changed since (a retried submission).
- Every refusal that is about the date carries the next :data:`ALTERNATIVES` bookable dates.
The capacity check and the insert run in one transaction that first increments the per-date
confirmation-number counter, so concurrent bookings for one date are serialised and never overbook.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import yaml
from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from bot.districts import DISTRICTS, normalize_district
from bot.privacy.at_rest import phone_hashes
from bot.service_items import SERVICE_ITEM_NAMES
from bot.settings import PROJECT_ROOT
from bot.tickets.models import Appointment, AppointmentStatus
from bot.tickets.sequences import next_value, run_with_retry

CENTRES_FILE = PROJECT_ROOT / "data" / "service_centres.yml"
HORIZON_DAYS = 30
ALTERNATIVES = 3
CONFIRMATION_PREFIX = "YY"
HALF_DAYS = {"am": "上午", "pm": "下午"}
WEEKDAY_NAMES = "一二三四五六日"

# Reason codes of a refused booking.
PAST = "past"
SAME_DAY = "same_day"
TOO_FAR = "too_far"
CLOSED = "closed"
FULL = "full"
DUPLICATE = "duplicate"
UNKNOWN_SERVICE = "unknown_service"
UNKNOWN_DISTRICT = "unknown_district"
BAD_HALF_DAY = "bad_half_day"
PHONE_LIMIT = "phone_limit"


class CentresError(ValueError):
    """The service centre file is missing, malformed or incomplete."""


@dataclass(frozen=True)
class Centre:
    id: str
    district: str
    name: str
    address: str
    hours: str
    phone: str

    @property
    def open_saturday_morning(self) -> bool:
        return "周六上午" in self.hours

    def is_open(self, day: dt.date) -> bool:
        return day.weekday() < 5 or (day.weekday() == 5 and self.open_saturday_morning)


def load_centres(path: Path = CENTRES_FILE) -> dict[str, Centre]:
    """Centres keyed by district; every district needs exactly one complete entry."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise CentresError(f"cannot read service centres from {path}: {e}") from e
    entries = data.get("centres") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise CentresError(f"{path}: expected a top-level 'centres' list")
    centres: dict[str, Centre] = {}
    ids: set[str] = set()
    fields = ("id", "district", "name", "address", "hours", "phone")
    for i, entry in enumerate(entries):
        if not isinstance(entry, dict):
            raise CentresError(f"{path}: centre #{i + 1} is not a mapping")
        missing = [f for f in fields if not str(entry.get(f) or "").strip()]
        if missing:
            raise CentresError(f"{path}: centre #{i + 1} lacks {', '.join(missing)}")
        centre = Centre(**{f: str(entry[f]).strip() for f in fields})
        if centre.district not in DISTRICTS:
            raise CentresError(
                f"{path}: centre {centre.id} has unknown district {centre.district!r}"
            )
        if centre.district in centres or centre.id in ids:
            raise CentresError(f"{path}: duplicate centre for {centre.district} / {centre.id}")
        centres[centre.district] = centre
        ids.add(centre.id)
    absent = [d for d in DISTRICTS if d not in centres]
    if absent:
        raise CentresError(f"{path}: no service centre for {', '.join(absent)}")
    return centres


@dataclass(frozen=True)
class BookingResult:
    ok: bool
    reason: str | None = None
    alternatives: tuple[dt.date, ...] = ()
    confirmation_number: str | None = None
    centre: Centre | None = None
    date: dt.date | None = None
    half_day: str | None = None
    service_item: str | None = None
    limit: int | None = None  # max_open_per_phone, for a ``phone_limit`` refusal


class _Refused(Exception):
    def __init__(self, result: BookingResult) -> None:
        super().__init__(result.reason)
        self.result = result


def _booked(session: Session, centre: Centre, day: dt.date) -> int:
    return session.execute(
        select(func.count())
        .select_from(Appointment)
        .where(
            Appointment.centre_id == centre.id,
            Appointment.date == day,
            Appointment.status == AppointmentStatus.BOOKED.value,
        )
    ).scalar_one()


def _open_for_phone(session: Session, phone: str, today: dt.date) -> int:
    return session.execute(
        select(func.count())
        .select_from(Appointment)
        .where(
            Appointment.phone_hash.in_(phone_hashes(phone)),
            Appointment.date >= today,
            Appointment.status == AppointmentStatus.BOOKED.value,
        )
    ).scalar_one()


def _by_submission_key(
    session: Session, key: str, centres: dict[str, Centre]
) -> BookingResult | None:
    booked = session.scalars(select(Appointment).where(Appointment.submission_key == key)).first()
    if booked is None:
        return None
    centre = next((c for c in centres.values() if c.id == booked.centre_id), None)
    return BookingResult(
        ok=True,
        confirmation_number=booked.confirmation_number,
        centre=centre,
        date=booked.date,
        half_day=booked.half_day,
        service_item=booked.service_item,
    )


def available_dates(
    engine: Engine,
    centre: Centre,
    *,
    after: dt.date,
    today: dt.date,
    capacity: int,
    count: int = ALTERNATIVES,
) -> tuple[dt.date, ...]:
    """The first ``count`` open, not-full dates after ``after`` within the booking horizon."""
    first = max(after, today) + dt.timedelta(days=1)
    last = today + dt.timedelta(days=HORIZON_DAYS)
    found: list[dt.date] = []
    with Session(engine, future=True) as session:
        day = first
        while day <= last and len(found) < count:
            if centre.is_open(day) and _booked(session, centre, day) < capacity:
                found.append(day)
            day += dt.timedelta(days=1)
    return tuple(found)


def date_refusal(day: dt.date, *, today: dt.date, centre: Centre | None = None) -> str | None:
    """The reason ``day`` cannot be booked regardless of bookings made, or ``None``.

    Without a centre only Sundays count as closed (南湖区 opens on Saturday mornings).
    """
    if day < today:
        return PAST
    if day == today:
        return SAME_DAY
    if day > today + dt.timedelta(days=HORIZON_DAYS):
        return TOO_FAR
    is_open = centre.is_open(day) if centre is not None else day.weekday() < 6
    return None if is_open else CLOSED


def check_date(
    engine: Engine, centre: Centre, day: dt.date, *, today: dt.date, capacity: int
) -> BookingResult:
    """Whether ``day`` can be booked at ``centre`` now (no write); refusals carry alternatives."""
    reason = date_refusal(day, today=today, centre=centre)
    if reason is None:
        with Session(engine, future=True) as session:
            if _booked(session, centre, day) >= capacity:
                reason = FULL
    if reason is None:
        return BookingResult(ok=True, centre=centre, date=day)
    after = day if reason in (CLOSED, FULL) else today
    return BookingResult(
        ok=False,
        reason=reason,
        centre=centre,
        date=day,
        alternatives=available_dates(engine, centre, after=after, today=today, capacity=capacity),
    )


def book(
    engine: Engine,
    *,
    service_item: str,
    district: str,
    date: dt.date,
    phone: str,
    capacity: int,
    today: dt.date,
    half_day: str | None = None,
    centres: dict[str, Centre] | None = None,
    now: dt.datetime | None = None,
    max_open_per_phone: int | None = None,
    submission_key: str | None = None,
) -> BookingResult:
    """Book ``service_item`` at the district's centre on ``date``, or say why not.

    ``max_open_per_phone`` (None: no limit) caps the open bookings of ``phone``;
    ``submission_key`` makes a retried booking return the first one (see the module notes).
    """
    centres = centres if centres is not None else load_centres()
    if submission_key is not None:
        with Session(engine, future=True) as session:
            booked = _by_submission_key(session, submission_key, centres)
        if booked is not None:
            return booked
    if service_item not in SERVICE_ITEM_NAMES:
        return BookingResult(ok=False, reason=UNKNOWN_SERVICE)
    centre = centres.get(normalize_district(district) or "")
    if centre is None:
        return BookingResult(ok=False, reason=UNKNOWN_DISTRICT, service_item=service_item)
    if half_day is not None and half_day not in HALF_DAYS:
        return BookingResult(ok=False, reason=BAD_HALF_DAY, centre=centre, date=date)
    if date.weekday() == 5 and centre.is_open(date):
        if half_day == "pm":
            return BookingResult(
                ok=False,
                reason=BAD_HALF_DAY,
                centre=centre,
                date=date,
                alternatives=available_dates(
                    engine, centre, after=date, today=today, capacity=capacity
                ),
            )
        half_day = "am"
    checked = check_date(engine, centre, date, today=today, capacity=capacity)
    if not checked.ok:
        return checked
    created = now.astimezone(dt.timezone.utc) if now else dt.datetime.now(dt.timezone.utc)
    key = f"{CONFIRMATION_PREFIX}{date:%Y%m%d}"

    def work(session: Session) -> BookingResult:
        sequence = next_value(session, key)  # locks the date's counter: serialises the check
        if submission_key is not None:
            # A copy of this submission that committed while this one waited for the lock.
            booked = _by_submission_key(session, submission_key, centres)
            if booked is not None:
                return booked
        existing = session.execute(
            select(Appointment.confirmation_number).where(
                Appointment.centre_id == centre.id,
                Appointment.date == date,
                Appointment.phone_hash.in_(phone_hashes(phone)),
                Appointment.service_item == service_item,
                Appointment.status == AppointmentStatus.BOOKED.value,
            )
        ).scalar()
        if existing:
            raise _Refused(
                BookingResult(
                    ok=False,
                    reason=DUPLICATE,
                    confirmation_number=existing,
                    centre=centre,
                    date=date,
                    service_item=service_item,
                )
            )
        # Bookings for other dates lock other counters, so two racing requests of one phone for
        # different dates may both pass this check: the limit can be exceeded by such a race only.
        if (
            max_open_per_phone is not None
            and _open_for_phone(session, phone, today) >= max_open_per_phone
        ):
            raise _Refused(
                BookingResult(
                    ok=False,
                    reason=PHONE_LIMIT,
                    centre=centre,
                    date=date,
                    service_item=service_item,
                    limit=max_open_per_phone,
                )
            )
        if _booked(session, centre, date) >= capacity:
            raise _Refused(BookingResult(ok=False, reason=FULL, centre=centre, date=date))
        number = f"{key}{sequence:04d}"
        session.add(
            Appointment(
                confirmation_number=number,
                service_item=service_item,
                centre_id=centre.id,
                date=date,
                half_day=half_day,
                phone=phone,
                status=AppointmentStatus.BOOKED.value,
                created_at=created,
                submission_key=submission_key,
            )
        )
        session.flush()
        return BookingResult(
            ok=True,
            confirmation_number=number,
            centre=centre,
            date=date,
            half_day=half_day,
            service_item=service_item,
        )

    try:
        return run_with_retry(engine, work)
    except _Refused as refused:
        result = refused.result
        if result.reason == FULL:
            alternatives = available_dates(
                engine, centre, after=date, today=today, capacity=capacity
            )
            result = BookingResult(
                ok=False, reason=FULL, centre=centre, date=date, alternatives=alternatives
            )
        return result


def format_date(day: dt.date) -> str:
    return f"{day.month}月{day.day}日（周{WEEKDAY_NAMES[day.weekday()]}）"


def refusal_message(result: BookingResult) -> str:
    """Why the date or booking was refused, with the alternatives, in Chinese."""
    day = format_date(result.date) if result.date else "该日期"
    centre = result.centre.name if result.centre else "政务服务中心"
    texts = {
        PAST: f"{day}已经过去了，请选择今后的日期。",
        SAME_DAY: "当天不能预约，如需今天办理可直接到大厅现场取号。",
        TOO_FAR: f"目前只能预约{HORIZON_DAYS}天以内的日期。",
        CLOSED: f"{centre}{day}不对外办公。",
        FULL: f"{centre}{day}的预约已满。",
        DUPLICATE: f"您已预约过{day}在{centre}办理该业务，预约号{result.confirmation_number}，无需重复预约。",
        UNKNOWN_SERVICE: "暂不支持预约该业务。",
        UNKNOWN_DISTRICT: "请告诉我要去哪个区的政务服务中心。",
        BAD_HALF_DAY: f"{centre}{day}只有上午办公。",
        PHONE_LIMIT: f"该手机号已有{result.limit}个尚未办理的预约，每个手机号最多同时保留"
        f"{result.limit}个预约。请按已有预约前往办理；如需改约，请先致电"
        f"{result.centre.phone if result.centre else '政务服务中心'}取消不需要的预约。",
    }
    text = texts.get(result.reason or "", "该日期暂时无法预约。")
    if result.alternatives:
        text += "可预约的日期有：" + "、".join(format_date(d) for d in result.alternatives) + "。"
    elif result.centre is not None and result.reason in (
        PAST,
        SAME_DAY,
        TOO_FAR,
        CLOSED,
        FULL,
        BAD_HALF_DAY,
    ):
        text += f"近期暂无可预约的日期，建议拨打{centre}电话咨询。"
    return text


def confirmation_message(result: BookingResult) -> str:
    """What the caller needs after a successful booking, in Chinese."""
    assert result.ok and result.centre and result.date and result.confirmation_number
    when = format_date(result.date) + (HALF_DAYS[result.half_day] if result.half_day else "")
    item = SERVICE_ITEM_NAMES.get(result.service_item or "", "")
    return (
        f"预约成功！预约号：{result.confirmation_number}。\n"
        f"业务：{item}\n时间：{when}\n"
        f"地点：{result.centre.name}（{result.centre.address}）\n"
        f"办公时间：{result.centre.hours}；咨询电话：{result.centre.phone}\n"
        "请携带身份证原件及相关材料按时前往，凭预约号取号办理。"
    )
