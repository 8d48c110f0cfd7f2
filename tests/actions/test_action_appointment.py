"""Appointment form validation and booking on recorded trackers (today: Saturday 2026-11-28)."""

from __future__ import annotations

import datetime as dt

from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select
from sqlalchemy.orm import Session

from actions.appointment import ActionSubmitAppointment, ValidateAppointmentForm
from actions.runtime import Runtime
from bot.appointments import book
from bot.tickets.models import Appointment

TODAY = dt.date(2026, 11, 28)


def _fill(runtime: Runtime, day: dt.date, n: int) -> None:
    for i in range(n):
        result = book(
            runtime.engine,
            service_item="residence_permit",
            district="南湖区",
            date=day,
            phone=f"1390000{i:04d}",
            capacity=runtime.settings.appointment_capacity,
            today=TODAY,
        )
        assert result.ok, result


async def _validate(runtime, domain, tracker, name):
    dispatcher = CollectingDispatcher()
    events = await ValidateAppointmentForm(runtime).run(dispatcher, tracker(name), domain)
    return events, [m["text"] for m in dispatcher.messages]


async def test_service_item_is_resolved_from_text(runtime, domain, tracker) -> None:
    events, messages = await _validate(runtime, domain, tracker, "appointment_service_in_text")
    assert events == [SlotSet("service_item", "id_card_replace")]
    assert messages == []


async def test_unknown_service_item_gets_examples(runtime, domain, tracker) -> None:
    events, messages = await _validate(runtime, domain, tracker, "appointment_service_unknown")
    assert events == [SlotSet("service_item", None)]
    assert messages == [
        "暂时没有识别出要预约的业务。可以预约的业务例如：社会保障卡申领、居住证、租房提取公积金、"
        "身份证补换领等，请说出业务名称。"
    ]


async def test_relative_date_in_text_is_stored_as_iso(runtime, domain, tracker) -> None:
    events, messages = await _validate(runtime, domain, tracker, "appointment_date_text")
    assert events == [SlotSet("appointment_date", "2026-11-30")]  # 下周一
    assert messages == []


async def test_sunday_is_refused_with_alternatives(runtime, domain, tracker) -> None:
    events, messages = await _validate(runtime, domain, tracker, "appointment_date_entity_sunday")
    assert events == [SlotSet("appointment_date", None)]
    assert messages == [
        "示例市南湖区政务服务中心11月29日（周日）不对外办公。"
        "可预约的日期有：11月30日（周一）、12月1日（周二）、12月2日（周三）。"
    ]


async def test_full_date_is_refused_with_the_next_free_dates(runtime, domain, tracker) -> None:
    _fill(runtime, dt.date(2026, 11, 30), runtime.settings.appointment_capacity)
    _fill(runtime, dt.date(2026, 12, 1), runtime.settings.appointment_capacity)
    events, messages = await _validate(runtime, domain, tracker, "appointment_date_text")
    assert events == [SlotSet("appointment_date", None)]
    assert messages == [
        "示例市南湖区政务服务中心11月30日（周一）的预约已满。"
        "可预约的日期有：12月2日（周三）、12月3日（周四）、12月4日（周五）。"
    ]


async def test_past_date_is_refused(runtime, domain, tracker) -> None:
    events, messages = await _validate(runtime, domain, tracker, "appointment_date_past")
    assert events == [SlotSet("appointment_date", None)]
    assert messages[0].startswith("11月27日（周五）已经过去了，请选择今后的日期。可预约的日期有：")


async def test_unparsed_date_asks_for_a_concrete_day(runtime, domain, tracker) -> None:
    events, messages = await _validate(runtime, domain, tracker, "appointment_date_unparsed")
    assert events == [SlotSet("appointment_date", None)]
    assert messages == ["没有听清是哪一天。请说具体日期，例如“明天”“下周一”或“12月3日”。"]


async def test_submit_books_and_tells_the_confirmation(runtime, domain, tracker) -> None:
    dispatcher = CollectingDispatcher()
    events = await ActionSubmitAppointment(runtime).run(
        dispatcher, tracker("submit_appointment"), domain
    )
    assert events == [
        SlotSet("district", None),
        SlotSet("appointment_date", None),
        SlotSet("phone_number", None),
    ]
    assert [m["text"] for m in dispatcher.messages] == [
        "预约成功！预约号：YY202612010001。\n"
        "业务：居住证\n时间：12月1日（周二）\n"
        "地点：示例市南湖区政务服务中心（示例市南湖区湖滨东路36号）\n"
        "办公时间：工作日 9:00-12:00，13:30-17:30；周六上午 9:00-12:00；咨询电话：0755-12345103\n"
        "请携带身份证原件及相关材料按时前往，凭预约号取号办理。"
    ]
    with Session(runtime.engine) as session:
        stored = session.scalars(select(Appointment)).one()
        assert (stored.centre_id, stored.date, stored.phone, stored.service_item) == (
            "nh_centre",
            dt.date(2026, 12, 1),
            "13800138000",
            "residence_permit",
        )


async def test_submit_on_a_date_filled_meanwhile_offers_alternatives(
    runtime, domain, tracker
) -> None:
    _fill(runtime, dt.date(2026, 12, 1), runtime.settings.appointment_capacity)
    dispatcher = CollectingDispatcher()
    events = await ActionSubmitAppointment(runtime).run(
        dispatcher, tracker("submit_appointment"), domain
    )
    assert events == [SlotSet("appointment_date", None)]
    assert [m["text"] for m in dispatcher.messages] == [
        "示例市南湖区政务服务中心12月1日（周二）的预约已满。"
        "可预约的日期有：12月2日（周三）、12月3日（周四）、12月4日（周五）。"
    ]


async def test_submit_resolves_a_service_item_filled_before_the_form(
    runtime, domain, tracker
) -> None:
    filled_earlier = tracker("submit_appointment")
    filled_earlier.slots["service_item"] = "办居住证"
    dispatcher = CollectingDispatcher()
    await ActionSubmitAppointment(runtime).run(dispatcher, filled_earlier, domain)
    assert dispatcher.messages[0]["text"].startswith(
        "预约成功！预约号：YY202612010001。\n业务：居住证\n"
    )
