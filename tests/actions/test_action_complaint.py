"""Complaint form validation, read-back and ticket creation on recorded trackers."""

from __future__ import annotations

import datetime as dt

import pytest
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select
from sqlalchemy.orm import Session

from actions.complaint import (
    ActionAskComplaintConfirmed,
    ActionSubmitComplaint,
    ValidateComplaintForm,
)
from actions.runtime import Runtime
from bot.complaints import CHANGE_WHICH_TEXT
from bot.db import Database
from bot.settings import load_settings
from bot.tickets.models import Ticket, TicketEvent

SLOTS_RESET = [
    SlotSet("complaint_description", None),
    SlotSet("district", None),
    SlotSet("address", None),
    SlotSet("phone_number", None),
    SlotSet("complaint_confirmed", None),
]


def texts(dispatcher: CollectingDispatcher) -> list[str | None]:
    return [m["text"] for m in dispatcher.messages]


@pytest.fixture
def validate(domain, tracker):
    async def run(name: str) -> tuple[list, CollectingDispatcher]:
        dispatcher = CollectingDispatcher()
        events = await ValidateComplaintForm().run(dispatcher, tracker(name), domain)
        return events, dispatcher

    return run


async def test_too_short_description_is_refused_with_a_hint(validate) -> None:
    events, dispatcher = await validate("complaint_description_too_short")
    assert events == [SlotSet("complaint_description", None)]
    assert len(dispatcher.messages) == 1
    assert "具体" in dispatcher.messages[0]["text"]


async def test_real_description_is_kept(validate) -> None:
    events, dispatcher = await validate("complaint_description_ok")
    assert events == [SlotSet("complaint_description", "小区门口的路灯坏了一个多星期，晚上很黑")]
    assert dispatcher.messages == []


async def test_district_short_name_in_plain_text_is_normalised(validate) -> None:
    events, dispatcher = await validate("complaint_district_alias_text")
    assert events == [SlotSet("district", "南湖区")]
    assert dispatcher.messages == []


async def test_unknown_district_lists_the_six(validate) -> None:
    events, dispatcher = await validate("complaint_district_unknown")
    assert events == [SlotSet("district", None)]
    assert "东城区、西城区、南湖区、北山区、高新区、滨江新区" in texts(dispatcher)[0]


async def test_vague_address_asks_for_street_and_building(validate) -> None:
    events, dispatcher = await validate("complaint_address_vague")
    assert events == [SlotSet("address", None)]
    assert "街道" in texts(dispatcher)[0]


async def test_phone_is_taken_from_text_without_an_entity(validate) -> None:
    events, dispatcher = await validate("complaint_phone_in_text")
    assert events == [SlotSet("phone_number", "13800138000")]
    assert dispatcher.messages == []


async def test_invalid_phone_is_refused(validate) -> None:
    events, dispatcher = await validate("complaint_phone_invalid")
    assert events == [SlotSet("phone_number", None)]
    assert "11位手机号" in texts(dispatcher)[0]


async def test_affirm_confirms(validate) -> None:
    events, dispatcher = await validate("complaint_confirm_affirm")
    assert events == [SlotSet("complaint_confirmed", True)]
    assert dispatcher.messages == []


async def test_deny_keeps_asking_for_confirmation(validate) -> None:
    events, dispatcher = await validate("complaint_confirm_deny")
    assert events == [SlotSet("complaint_confirmed", None)]
    assert dispatcher.messages == []


async def test_new_address_at_confirmation_replaces_the_old(validate) -> None:
    events, dispatcher = await validate("complaint_correct_address_entity")
    assert events == [SlotSet("address", "湖滨东路20号")]
    assert dispatcher.messages == []


async def test_new_district_with_deny_replaces_the_old(validate) -> None:
    events, _ = await validate("complaint_correct_district_entity")
    assert events == [SlotSet("district", "东城区"), SlotSet("complaint_confirmed", None)]


async def test_naming_the_wrong_item_clears_it_so_the_form_asks_again(validate) -> None:
    events, dispatcher = await validate("complaint_correct_phone_named")
    assert events == [SlotSet("phone_number", None), SlotSet("complaint_confirmed", None)]
    assert dispatcher.messages == []


async def test_new_phone_in_text_at_confirmation_is_a_correction(validate) -> None:
    events, _ = await validate("complaint_correct_phone_text")
    assert events == [SlotSet("phone_number", "13900001111")]


async def test_read_back_masks_the_phone(domain, tracker) -> None:
    dispatcher = CollectingDispatcher()
    events = await ActionAskComplaintConfirmed().run(
        dispatcher, tracker("ask_complaint_confirmed"), domain
    )
    assert events == []
    [message] = dispatcher.messages
    assert message["text"] == (
        "请核对您要登记的信息：\n"
        "· 问题描述：小区门口的路灯坏了一个多星期，晚上很黑\n"
        "· 地点：南湖区湖滨东路阳光小区3栋\n"
        "· 联系电话：138****8000\n"
        "以上信息是否正确？"
    )
    assert message["buttons"] == [
        {"title": "是的", "payload": "/affirm"},
        {"title": "不对", "payload": "/deny"},
    ]


async def test_after_a_plain_deny_the_question_is_which_item(domain, tracker) -> None:
    dispatcher = CollectingDispatcher()
    events = await ActionAskComplaintConfirmed().run(
        dispatcher, tracker("ask_complaint_confirmed_after_deny"), domain
    )
    assert events == []
    [message] = dispatcher.messages
    assert message["text"] == CHANGE_WHICH_TEXT
    assert [b["title"] for b in message["buttons"]] == [
        "问题描述",
        "所在区",
        "详细地址",
        "联系电话",
    ]


async def test_after_a_correction_the_new_summary_is_read_back(domain, tracker) -> None:
    dispatcher = CollectingDispatcher()
    await ActionAskComplaintConfirmed().run(
        dispatcher, tracker("ask_complaint_confirmed_after_correction"), domain
    )
    [message] = dispatcher.messages
    assert "· 地点：东城区湖滨东路阳光小区3栋" in message["text"]


async def test_submit_creates_the_ticket_and_resets_the_slots(
    runtime: Runtime, domain, tracker
) -> None:
    dispatcher = CollectingDispatcher()
    events = await ActionSubmitComplaint(runtime).run(
        dispatcher, tracker("submit_complaint"), domain
    )
    assert events == SLOTS_RESET
    [message] = dispatcher.messages
    assert message["text"].startswith("已为您登记，工单号：GD202611280001。")
    assert "1个工作日内派单" in message["text"]
    with Session(runtime.engine) as session:
        ticket = session.scalars(select(Ticket)).one()
        assert (ticket.description, ticket.district, ticket.address, ticket.phone) == (
            "小区门口的路灯坏了一个多星期，晚上很黑",
            "南湖区",
            "湖滨东路阳光小区3栋",
            "13800138000",
        )
        assert (ticket.conversation_id, ticket.channel, ticket.status) == (
            "c-user-1",
            "rest",
            "受理",
        )
        assert ticket.created_at == dt.datetime(2026, 11, 28, 2, 0, tzinfo=dt.timezone.utc)
        assert session.scalars(select(TicketEvent.status)).all() == ["受理"]


async def test_submit_without_confirmation_stores_nothing(
    runtime: Runtime, domain, tracker
) -> None:
    tracker = tracker("submit_complaint")
    tracker.slots["complaint_confirmed"] = None
    dispatcher = CollectingDispatcher()
    events = await ActionSubmitComplaint(runtime).run(dispatcher, tracker, domain)
    assert events == SLOTS_RESET
    assert texts(dispatcher) == ["好的，本次登记没有提交。如需重新登记，请告诉我。"]
    with Session(runtime.engine) as session:
        assert session.scalars(select(Ticket)).all() == []


async def test_database_error_keeps_the_slots_and_offers_a_person(
    tmp_path, domain, tracker, caplog
) -> None:
    # A database without the tables: every insert fails.
    settings = load_settings(env={}, db_url=f"sqlite:///{tmp_path / 'empty.db'}")
    broken = Runtime(
        settings=settings,
        database=Database(settings.database.url, migrate_schema=False),
        centres={},
    )
    dispatcher = CollectingDispatcher()
    events = await ActionSubmitComplaint(broken).run(
        dispatcher, tracker("submit_complaint"), domain
    )
    assert events == [SlotSet("handoff_reason", "ticket_store_error")]
    [message] = dispatcher.messages
    assert "已为您保留" in message["text"]
    assert message["buttons"] == [{"title": "转人工", "payload": "/request_human"}]
    # The log names the conversation and the failure; the complaint itself stays in the slots.
    assert "c-user-1" in caplog.text and "OperationalError" in caplog.text
    assert "小区门口的路灯坏了一个多星期" not in caplog.text
    assert "13800138000" not in caplog.text


async def test_opening_message_that_describes_the_problem_fills_the_description(validate) -> None:
    events, dispatcher = await validate("complaint_opening_with_description")
    assert events == [
        SlotSet("complaint_description", "我要投诉，我们楼下的饭店油烟太大了，熏得窗户都不敢开")
    ]
    assert dispatcher.messages == []


async def test_bare_opening_message_leaves_the_description_to_ask_for(validate) -> None:
    events, dispatcher = await validate("complaint_opening_bare")
    assert events == []
    assert dispatcher.messages == []


async def test_whole_answer_is_the_address_when_nlu_marked_only_part(validate) -> None:
    events, dispatcher = await validate("complaint_address_partial_entity")
    assert events == [SlotSet("address", "湖滨东路36号阳光小区3栋")]
    assert dispatcher.messages == []
