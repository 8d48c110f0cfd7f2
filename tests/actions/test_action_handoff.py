"""Handoff, fallback, emergency and cancel actions on recorded trackers."""

from __future__ import annotations

import datetime as dt

from rasa_sdk.events import ActiveLoop, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select
from sqlalchemy.orm import Session

from actions.cancel import ActionCancelTask
from actions.emergency import ActionEmergency
from actions.fallback import ActionClarifyOrHandoff
from actions.handoff import ActionHandoff
from bot.tickets.models import Ticket

# Saturday 2026-11-28, 23:30 in Asia/Shanghai: outside agent hours.
NIGHT = dt.datetime(2026, 11, 28, 15, 30, tzinfo=dt.timezone.utc)


async def test_handoff_in_agent_hours_transfers_and_holds(runtime, domain, tracker) -> None:
    dispatcher = CollectingDispatcher()
    events = await ActionHandoff(runtime).run(
        dispatcher, tracker("handoff_during_complaint"), domain
    )
    assert events == [
        ActiveLoop(None),
        SlotSet("requested_slot", None),
        SlotSet("handoff_reason", None),
        SlotSet("handoff_active", True),
    ]
    [message] = dispatcher.messages
    assert message["text"].startswith("正在为您转接人工坐席，请稍候。")
    assert message["custom"] == {
        "handoff": {
            "handoff": True,
            "mode": "transfer",
            "reason": "user_request",
            "context": {
                "active_form": "complaint_form",
                "slots": {
                    "complaint_description": "小区门口的路灯坏了一个多星期，晚上很黑",
                    "district": "南湖区",
                    "address": "（已提供，不在此显示）",  # never repeated to the channel
                },
                "channel": "rest",
            },
        }
    }


async def test_handoff_at_night_with_a_phone_creates_a_callback_ticket(
    make_runtime, domain, tracker
) -> None:
    runtime = make_runtime(NIGHT)
    dispatcher = CollectingDispatcher()
    events = await ActionHandoff(runtime).run(dispatcher, tracker("handoff_with_phone"), domain)
    assert events == [SlotSet("handoff_reason", None)]
    [message] = dispatcher.messages
    assert "已为您登记回电请求（工单号GD202611280001）" in message["text"]
    assert message["custom"]["handoff"]["mode"] == "callback"
    assert message["custom"]["handoff"]["handoff"] is False
    assert message["custom"]["handoff"]["callback_ticket_id"] == "GD202611280001"
    with Session(runtime.engine) as session:
        ticket = session.scalars(select(Ticket)).one()
        assert (ticket.phone, ticket.summary, ticket.address) == (
            "13800138000",
            "人工回电请求",
            None,
        )
        assert ticket.description == "【人工回电请求】原因：user_request。用户最后一句：我要找人工"


async def test_handoff_at_night_without_a_phone_points_to_12345(
    make_runtime, domain, tracker
) -> None:
    dispatcher = CollectingDispatcher()
    events = await ActionHandoff(make_runtime(NIGHT)).run(
        dispatcher, tracker("handoff_no_phone"), domain
    )
    assert events == [SlotSet("handoff_reason", None)]
    [message] = dispatcher.messages
    assert message["text"] == (
        "人工坐席的在线服务时间是每天08:00-22:00，现在不在服务时间。"
        "您可以直接拨打12345热线（24小时服务），或在服务时间内再联系我们转人工。"
    )
    assert message["custom"]["handoff"]["mode"] == "call_hotline"


async def test_first_fallback_asks_to_rephrase_with_likely_intents(
    runtime, domain, tracker
) -> None:
    dispatcher = CollectingDispatcher()
    events = await ActionClarifyOrHandoff(runtime).run(
        dispatcher, tracker("fallback_first"), domain
    )
    assert events == []
    [message] = dispatcher.messages
    assert message["response"] == "utter_ask_rephrase"
    assert message["buttons"] == [
        {"title": "查询工单进度", "payload": "/check_ticket"},
        {"title": "预约办事", "payload": "/book_appointment"},
    ]


async def test_second_fallback_in_a_row_hands_off(runtime, domain, tracker) -> None:
    dispatcher = CollectingDispatcher()
    events = await ActionClarifyOrHandoff(runtime).run(
        dispatcher, tracker("fallback_second"), domain
    )
    assert events == [SlotSet("handoff_reason", None), SlotSet("handoff_active", True)]
    [message] = dispatcher.messages
    assert message["custom"]["handoff"]["reason"] == "repeated_fallback"


async def test_fallbacks_apart_do_not_hand_off(runtime, domain, tracker) -> None:
    dispatcher = CollectingDispatcher()
    events = await ActionClarifyOrHandoff(runtime).run(
        dispatcher, tracker("fallback_after_understood"), domain
    )
    assert events == []
    [message] = dispatcher.messages
    assert message["response"] == "utter_ask_rephrase"
    assert message["buttons"] == []


async def test_emergency_action_adds_the_payload_and_ends_the_form(domain, tracker) -> None:
    # The number and instructions went out before, as the static utter_emergency; the action
    # only adds the payload and ends the form.
    dispatcher = CollectingDispatcher()
    events = await ActionEmergency().run(
        dispatcher, tracker("emergency_fire_during_complaint"), domain
    )
    assert events == [
        ActiveLoop(None),
        SlotSet("requested_slot", None),
        SlotSet("emergency_category", None),
    ]
    [message] = dispatcher.messages
    assert message["text"] is None
    assert message["custom"] == {
        "emergency": {"category": "fire", "numbers": ["119"], "reason": "event:burning"}
    }


async def test_emergency_action_adds_a_second_kind(domain, tracker) -> None:
    both = tracker("emergency_fire_during_complaint")
    both.latest_message["text"] = "高速上两辆车追尾，其中一辆着火了"
    dispatcher = CollectingDispatcher()
    await ActionEmergency().run(dispatcher, both, domain)
    [message] = dispatcher.messages
    assert message["text"] == "涉及交通事故，请同时拨打122。"
    assert message["custom"]["emergency"]["numbers"] == ["119", "122"]


async def test_emergency_action_without_a_detection_uses_the_slot(domain, tracker) -> None:
    second_signal = tracker("emergency_fire_during_complaint")
    second_signal.latest_message["text"] = "好的"
    second_signal.slots["emergency_category"] = "unknown"
    dispatcher = CollectingDispatcher()
    await ActionEmergency().run(dispatcher, second_signal, domain)
    [message] = dispatcher.messages
    assert message["custom"]["emergency"] == {
        "category": "unknown",
        "numbers": ["110", "119", "120", "122", "12356"],
        "reason": "slot",
    }


async def test_cancel_complaint_forgets_its_slots(domain, tracker) -> None:
    dispatcher = CollectingDispatcher()
    events = await ActionCancelTask().run(dispatcher, tracker("cancel_complaint"), domain)
    assert events == [
        ActiveLoop(None),
        SlotSet("requested_slot", None),
        SlotSet("complaint_description", None),
        SlotSet("district", None),
        SlotSet("address", None),
        SlotSet("phone_number", None),
        SlotSet("complaint_confirmed", None),
    ]
    assert [m["response"] for m in dispatcher.messages] == ["utter_complaint_cancelled"]


async def test_cancel_appointment(domain, tracker) -> None:
    dispatcher = CollectingDispatcher()
    events = await ActionCancelTask().run(dispatcher, tracker("cancel_appointment"), domain)
    assert events == [
        ActiveLoop(None),
        SlotSet("requested_slot", None),
        SlotSet("service_item", None),
        SlotSet("district", None),
        SlotSet("appointment_date", None),
        SlotSet("phone_number", None),
    ]
    assert [m["response"] for m in dispatcher.messages] == ["utter_task_cancelled"]


async def test_cancel_with_nothing_active(domain, tracker) -> None:
    dispatcher = CollectingDispatcher()
    events = await ActionCancelTask().run(dispatcher, tracker("cancel_nothing"), domain)
    assert events == []
    assert [m["response"] for m in dispatcher.messages] == ["utter_nothing_to_cancel"]


async def test_handoff_after_a_failed_submission_carries_the_complaint(
    runtime, domain, tracker
) -> None:
    kept = tracker("submit_complaint")  # form ended, slots kept after the database error
    kept.slots["handoff_reason"] = "ticket_store_error"
    dispatcher = CollectingDispatcher()
    events = await ActionHandoff(runtime).run(dispatcher, kept, domain)
    assert events == [SlotSet("handoff_reason", None), SlotSet("handoff_active", True)]
    payload = dispatcher.messages[0]["custom"]["handoff"]
    assert payload["reason"] == "ticket_store_error"
    assert payload["context"]["active_form"] is None
    assert payload["context"]["slots"] == {
        "complaint_description": "小区门口的路灯坏了一个多星期，晚上很黑",
        "district": "南湖区",
        "address": "（已提供，不在此显示）",
        "phone_number": "138****8000",
        "complaint_confirmed": True,
    }
