"""check_ticket shows a ticket only to its owner (recorded trackers, whole event lists)."""

from __future__ import annotations

import datetime as dt
import logging

from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.runtime import Runtime
from actions.ticket_status import (
    DIGITS_UNREADABLE_TEXT,
    NOT_VERIFIED_TEXT,
    ActionCheckTicket,
    ValidateTicketForm,
)
from bot.tickets.service import create_ticket

CREATED = dt.datetime(2026, 11, 28, 1, 5, tzinfo=dt.timezone.utc)
PHONE = "13800138000"


def file_ticket(runtime: Runtime, conversation_id: str = "someone-else") -> str:
    return create_ticket(
        runtime.engine,
        description="路灯坏了一个星期",
        district="南湖区",
        address="湖滨东路1号",
        phone=PHONE,
        conversation_id=conversation_id,
        channel="rest",
        now=CREATED,
    ).id


def answering(tracker, text: str):
    """The digits fixture with the caller's answer replaced by ``text``."""
    state = tracker("ticket_phone_digits_text")
    state.latest_message = {**state.latest_message, "text": text}
    return state


async def test_another_conversations_ticket_asks_for_the_phone_digits(
    runtime: Runtime, domain, tracker
) -> None:
    file_ticket(runtime)
    dispatcher = CollectingDispatcher()
    events = await ValidateTicketForm(runtime).run(dispatcher, tracker("ticket_id_in_text"), domain)
    # The form's required slots are the domain's, so Rasa's form requests ticket_phone_digits.
    assert events == [
        SlotSet("ticket_id", "GD202611280001"),
        SlotSet("ticket_phone_digits", None),
    ]
    assert dispatcher.messages == []


async def test_own_ticket_needs_no_question(runtime: Runtime, domain, tracker) -> None:
    file_ticket(runtime, conversation_id="t-user-1")  # the fixture's sender
    dispatcher = CollectingDispatcher()
    events = await ValidateTicketForm(runtime).run(dispatcher, tracker("ticket_id_in_text"), domain)
    assert events == [
        SlotSet("ticket_id", "GD202611280001"),
        SlotSet("ticket_phone_digits", None),
        SlotSet("requested_slot", None),
    ]


async def test_right_digits_show_the_ticket(runtime: Runtime, domain, tracker) -> None:
    file_ticket(runtime)
    dispatcher = CollectingDispatcher()
    state = tracker("ticket_phone_digits_text")
    events = await ValidateTicketForm(runtime).run(dispatcher, state, domain)
    assert events == [SlotSet("ticket_phone_digits", "verified")]
    assert dispatcher.messages == []

    state.slots["ticket_phone_digits"] = "verified"
    dispatcher = CollectingDispatcher()
    events = await ActionCheckTicket(runtime).run(dispatcher, state, domain)
    assert events == [SlotSet("ticket_id", None), SlotSet("ticket_phone_digits", None)]
    [message] = dispatcher.messages
    assert message["text"].startswith("工单GD202611280001当前状态：受理")


async def test_wrong_digits_are_counted_then_locked_out(
    make_runtime, domain, tracker, caplog
) -> None:
    caplog.set_level(logging.DEBUG)
    runtime = make_runtime()
    file_ticket(runtime)
    max_attempts = runtime.settings.privacy.ticket_check_max_attempts
    for attempt in range(1, max_attempts):
        dispatcher = CollectingDispatcher()
        events = await ValidateTicketForm(runtime).run(
            dispatcher, answering(tracker, "1234"), domain
        )
        assert events == [SlotSet("ticket_phone_digits", None)]
        [message] = dispatcher.messages
        assert f"还可以再试{max_attempts - attempt}次" in message["text"]

    dispatcher = CollectingDispatcher()
    state = answering(tracker, "1234")
    events = await ValidateTicketForm(runtime).run(dispatcher, state, domain)
    assert events == [SlotSet("ticket_phone_digits", "locked")]
    assert dispatcher.messages == []

    # The lock-out message, and no ticket detail, even with the right digits now.
    state.slots["ticket_phone_digits"] = "locked"
    dispatcher = CollectingDispatcher()
    events = await ActionCheckTicket(runtime).run(dispatcher, state, domain)
    assert events == [SlotSet("ticket_id", None), SlotSet("ticket_phone_digits", None)]
    [message] = dispatcher.messages
    minutes = runtime.settings.privacy.ticket_lockout_minutes
    assert message["text"].startswith("为保护市民信息，核对错误次数过多，工单GD202611280001")
    assert (
        f"请{minutes}分钟后再试" in message["text"]
        or f"请{minutes + 1}分钟后再试" in message["text"]
    )
    dispatcher = CollectingDispatcher()
    events = await ValidateTicketForm(runtime).run(dispatcher, answering(tracker, "8000"), domain)
    assert events[0] == SlotSet("ticket_phone_digits", "locked")
    assert "路灯" not in str(dispatcher.messages) and "湖滨东路" not in str(dispatcher.messages)
    assert PHONE not in caplog.text and "1234" not in caplog.text


async def test_unreadable_answer_asks_again_without_counting(
    runtime: Runtime, domain, tracker
) -> None:
    file_ticket(runtime)
    for _ in range(runtime.settings.privacy.ticket_check_max_attempts + 1):
        dispatcher = CollectingDispatcher()
        events = await ValidateTicketForm(runtime).run(
            dispatcher, answering(tracker, "我不记得了"), domain
        )
        assert events[0] == SlotSet("ticket_phone_digits", None)
        assert [m["text"] for m in dispatcher.messages] == [DIGITS_UNREADABLE_TEXT]
    events = await ValidateTicketForm(runtime).run(
        CollectingDispatcher(), answering(tracker, "8000"), domain
    )
    assert events[0] == SlotSet("ticket_phone_digits", "verified")


async def test_a_forged_slot_shows_nothing(runtime: Runtime, domain, tracker) -> None:
    """The slot only drives the form: without a stored right answer no detail is shown."""
    file_ticket(runtime)
    state = tracker("check_ticket")
    state.slots["ticket_phone_digits"] = "verified"
    dispatcher = CollectingDispatcher()
    events = await ActionCheckTicket(runtime).run(dispatcher, state, domain)
    assert events == [SlotSet("ticket_id", None), SlotSet("ticket_phone_digits", None)]
    assert [m["text"] for m in dispatcher.messages] == [NOT_VERIFIED_TEXT]
