"""A question NLU could not place (nlu_fallback) while a form asks for a slot is not that slot's
value: the fallback action answers it and the form asks again, instead of replying "没有识别出是哪个
区" to "妇联能陪我去吗". A fallback message that does carry a value ("南湖区可以吗") is still read."""

from __future__ import annotations

import json

import pytest
from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.appointment import ValidateAppointmentForm
from actions.complaint import ValidateComplaintForm
from actions.ticket_status import ValidateTicketForm
from tests.actions.conftest import FIXTURES


def _with_latest(fixture: str, text: str, intent: str) -> Tracker:
    state = json.loads((FIXTURES / f"{fixture}.json").read_text(encoding="utf-8"))
    # What NLU / action_extract_slots set for the recorded answer is not part of this turn.
    last_user = max(i for i, e in enumerate(state["events"]) if e["event"] == "user")
    state["events"] = state["events"][: last_user + 1]
    state["latest_message"] = {
        "text": text,
        "intent": {"name": intent, "confidence": 0.3},
        "entities": [],
        "intent_ranking": [{"name": intent, "confidence": 0.3}],
    }
    return Tracker.from_dict(state)


async def _run(action, tracker: Tracker, domain) -> tuple[list, CollectingDispatcher]:
    dispatcher = CollectingDispatcher()
    events = await action.run(dispatcher, tracker, domain)
    return events, dispatcher


# (fixture whose form asks for the slot, the slot, a question that is not a value)
QUESTIONS = [
    ("complaint_district_unknown", "district", "妇联能陪我去吗"),
    ("complaint_district_unknown", "district", "这个要多久才有人来处理？"),
    ("complaint_address_vague", "address", "你们会派人上门吗"),
    ("complaint_address_vague", "address", "地址一定要写得很详细么"),
    ("complaint_phone_in_text", "phone_number", "留了电话会不会被泄露啊"),
]


@pytest.mark.parametrize(("fixture", "slot", "text"), QUESTIONS)
async def test_a_fallback_question_is_not_taken_as_the_complaint_slot(
    domain, fixture, slot, text
) -> None:
    events, dispatcher = await _run(
        ValidateComplaintForm(), _with_latest(fixture, text, "nlu_fallback"), domain
    )
    assert not any(isinstance(e, dict) and e.get("name") == slot for e in events), events
    assert dispatcher.messages == []


@pytest.mark.parametrize(
    ("fixture", "text", "expected"),
    [
        ("complaint_district_unknown", "南湖区可以吗", SlotSet("district", "南湖区")),
        ("complaint_address_vague", "和平路88号阳光小区3栋 这样写行吗", None),
        ("complaint_phone_in_text", "13800138000可以吗", SlotSet("phone_number", "13800138000")),
    ],
)
async def test_a_fallback_question_that_carries_a_value_is_still_read(
    domain, fixture, text, expected
) -> None:
    events, _ = await _run(
        ValidateComplaintForm(), _with_latest(fixture, text, "nlu_fallback"), domain
    )
    if expected is None:  # the address: the whole answer is checked
        assert [e["name"] for e in events] == ["address"]
        assert events[0]["value"]
    else:
        assert events == [expected]


async def test_the_same_text_under_another_intent_is_still_checked(domain) -> None:
    """Only nlu_fallback questions are skipped: an `inform` answer is validated as before."""
    events, dispatcher = await _run(
        ValidateComplaintForm(),
        _with_latest("complaint_district_unknown", "城北那边可以吗", "inform"),
        domain,
    )
    assert events == [SlotSet("district", None)]
    assert "东城区" in dispatcher.messages[0]["text"]


async def test_a_plain_fallback_answer_is_still_checked(domain) -> None:
    """Not a question: the form explains what it needs instead of silently asking again."""
    events, dispatcher = await _run(
        ValidateComplaintForm(),
        _with_latest("complaint_district_unknown", "城北靠河边那块", "nlu_fallback"),
        domain,
    )
    assert events == [SlotSet("district", None)]
    assert dispatcher.messages


@pytest.mark.parametrize(
    ("form", "fixture", "slot", "text", "reads"),
    [
        (
            ValidateAppointmentForm,
            "appointment_date_text",
            "appointment_date",
            "预约要带身份证吗",
            False,
        ),
        (
            ValidateAppointmentForm,
            "appointment_date_text",
            "appointment_date",
            "下周一可以吗",
            True,
        ),
        (
            ValidateAppointmentForm,
            "appointment_service_in_text",
            "service_item",
            "可以帮别人预约吗",
            False,
        ),
        (ValidateTicketForm, "ticket_id_in_text", "ticket_id", "工单号在哪里能看到？", False),
        (ValidateTicketForm, "ticket_id_in_text", "ticket_id", "GD202611280001对吗", True),
        (
            ValidateTicketForm,
            "ticket_phone_digits_text",
            "ticket_phone_digits",
            "为什么要问我电话",
            False,
        ),
    ],
)
async def test_appointment_and_ticket_forms(
    domain, runtime, form, fixture, slot, text, reads
) -> None:
    events, _ = await _run(form(runtime), _with_latest(fixture, text, "nlu_fallback"), domain)
    assert any(e.get("name") == slot for e in events) is reads, events
