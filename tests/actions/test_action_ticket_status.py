"""Ticket id form and status lookup on recorded trackers."""

from __future__ import annotations

import datetime as dt

from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.runtime import Runtime
from actions.ticket_status import ActionCheckTicket, ValidateTicketForm
from bot.tickets.service import create_ticket, update_status

CREATED = dt.datetime(2026, 11, 28, 1, 5, tzinfo=dt.timezone.utc)  # 09:05 local


async def test_ticket_id_is_read_from_plain_text(runtime: Runtime, domain, tracker) -> None:
    dispatcher = CollectingDispatcher()
    events = await ValidateTicketForm(runtime).run(dispatcher, tracker("ticket_id_in_text"), domain)
    # No such ticket: nothing to ask about ownership (action_check_ticket says it is unknown).
    assert events == [
        SlotSet("ticket_id", "GD202611280001"),
        SlotSet("ticket_phone_digits", None),
        SlotSet("requested_slot", None),
    ]
    assert dispatcher.messages == []


async def test_malformed_ticket_id_is_refused_with_the_format(
    runtime: Runtime, domain, tracker
) -> None:
    dispatcher = CollectingDispatcher()
    events = await ValidateTicketForm(runtime).run(
        dispatcher, tracker("ticket_id_bad_entity"), domain
    )
    assert events == [
        SlotSet("ticket_id", None),
        SlotSet("ticket_phone_digits", None),
        SlotSet("requested_slot", "ticket_id"),
    ]
    [message] = dispatcher.messages
    assert "GD加12位数字" in message["text"]


async def test_known_ticket_shows_status_and_history(runtime: Runtime, domain, tracker) -> None:
    ticket = create_ticket(
        runtime.engine,
        description="路灯坏了一个星期",
        district="南湖区",
        address="湖滨东路1号",
        phone="13800138000",
        conversation_id="t-user-1",  # the fixture's sender: the owner (else see test_action_ticket_owner)
        channel="rest",
        now=CREATED,
    )
    assert ticket.id == "GD202611280001"
    update_status(
        runtime.engine,
        ticket.id,
        "已派单",
        department="南湖区城市管理局",
        note="已派至南湖区城市管理局",
        now=CREATED + dt.timedelta(hours=2),
    )
    dispatcher = CollectingDispatcher()
    events = await ActionCheckTicket(runtime).run(dispatcher, tracker("check_ticket"), domain)
    assert events == [SlotSet("ticket_id", None), SlotSet("ticket_phone_digits", None)]
    assert [m["text"] for m in dispatcher.messages] == [
        "工单GD202611280001当前状态：已派单（承办部门：南湖区城市管理局）。\n"
        "办理记录：\n"
        "· 2026-11-28 09:05 受理：工单已受理\n"
        "· 2026-11-28 11:05 已派单：已派至南湖区城市管理局\n"
        "承办部门一般在5个工作日内联系您。"
    ]


async def test_unknown_ticket_asks_to_check_the_number(runtime: Runtime, domain, tracker) -> None:
    dispatcher = CollectingDispatcher()
    events = await ActionCheckTicket(runtime).run(dispatcher, tracker("check_ticket"), domain)
    assert events == [SlotSet("ticket_id", None), SlotSet("ticket_phone_digits", None)]
    [message] = dispatcher.messages
    assert message["text"].startswith("没有查到工单GD202611280001。请核对工单号")
