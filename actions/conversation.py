"""Reading what the tracker says about the current turn (shared by the actions)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.types import DomainDict

from bot.knowledge.routing import reads_as_question

REQUESTED_SLOT = "requested_slot"
HANDOFF_REASON = "handoff_reason"
NLU_FALLBACK = "nlu_fallback"

# Intents whose text is never a slot value (mirrors the not_intent lists in domain.yml).
NOT_A_VALUE = frozenset(
    {
        "cancel", "ask_service", "request_human", "report_emergency", "bot_challenge", "greet",
        "thank", "goodbye", "out_of_scope", "deny", "affirm", "message_too_long",
    }
)  # fmt: skip


def latest_text(tracker: Tracker) -> str:
    return str((tracker.latest_message or {}).get("text") or "").strip()


def latest_intent(tracker: Tracker) -> str | None:
    intent = (tracker.latest_message or {}).get("intent") or {}
    return intent.get("name")


def has_entity(tracker: Tracker, entity: str) -> bool:
    entities = (tracker.latest_message or {}).get("entities") or []
    return any(e.get("entity") == entity for e in entities)


def as_text(value: Any) -> str | None:
    """Slot values from several entities arrive as lists; join them so checks see all."""
    if value is None:
        return None
    if isinstance(value, list | tuple):
        return " ".join(str(v) for v in value if v is not None) or None
    return str(value)


def raw_value_for(
    tracker: Tracker,
    slot: str,
    entity: str | None = None,
    reads: Callable[[str], Any] | None = None,
) -> str | None:
    """The whole user text as a candidate for ``slot`` while the form asks for it.

    Used when NLU found no entity, so that validation can parse the text or explain what is wrong
    instead of the form silently rejecting the turn. A question NLU could not place
    (``nlu_fallback``, e.g. "妇联能陪我去吗" while the form asks for the district) is answered by
    the fallback action and is not an answer to the form, unless ``reads`` (the slot's own parser)
    finds a value in it ("南湖区可以吗").
    """
    if tracker.get_slot(REQUESTED_SLOT) != slot:
        return None
    if entity and has_entity(tracker, entity):
        return None
    intent = latest_intent(tracker)
    if intent in NOT_A_VALUE:
        return None
    text = latest_text(tracker)
    if intent == NLU_FALLBACK and reads_as_question(text) and (reads is None or not reads(text)):
        return None
    return text or None


def text_candidate(
    tracker: Tracker, slot: str, entity: str, reads: Callable[[str], Any] | None = None
) -> dict[str, str]:
    """``{slot: whole user text}`` for a form's ``extract_<slot>``, or ``{}`` (see raw_value_for)."""
    raw = raw_value_for(tracker, slot, entity=entity, reads=reads)
    return {slot: raw} if raw else {}


def form_slots(domain: DomainDict, form: str) -> list[str]:
    required = (domain.get("forms") or {}).get(form, {}).get("required_slots") or []
    return list(required.keys()) if isinstance(required, dict) else list(required)


def channel(tracker: Tracker) -> str:
    return tracker.get_latest_input_channel() or "unknown"


def events_since_user_message(tracker: Tracker) -> list[dict[str, Any]]:
    for index in range(len(tracker.events) - 1, -1, -1):
        if tracker.events[index].get("event") == "user":
            return tracker.events[index + 1 :]
    return list(tracker.events)


_SLOT_RESETS = frozenset({"restart", "reset_slots", "session_started"})


def slot_before_message(tracker: Tracker, slot: str) -> Any:
    """The slot's value before the latest user message: an entity of that message (extracted
    slots are set after it) is not yet "the item under discussion". When the message set nothing
    for ``slot``, its current value."""
    events = list(tracker.events)
    after = events_since_user_message(tracker)
    if len(after) == len(events) or not any(
        e.get("event") == "slot" and e.get("name") == slot for e in after
    ):
        return tracker.get_slot(slot)
    value = None
    for event in events[: len(events) - len(after) - 1]:
        kind = event.get("event")
        if kind in _SLOT_RESETS:
            value = None
        elif kind == "slot" and event.get("name") == slot:
            value = event.get("value")
    return value


def submission_turn(tracker: Tracker, confirmed_slot: str | None = None) -> str | None:
    """The id of the user turn that submitted a form (its Rasa message id, else its timestamp).

    With ``confirmed_slot`` it is the user message before the latest event setting that slot to
    ``True`` (the "是的" that confirmed the read-back), so a submission retried in a later turn
    without a new confirmation keeps its turn; otherwise the latest user message. ``None`` when
    the tracker holds no user message.
    """
    events = list(tracker.events)
    end = len(events)
    if confirmed_slot is not None:
        for index in range(len(events) - 1, -1, -1):
            event = events[index]
            if (
                event.get("event") == "slot"
                and event.get("name") == confirmed_slot
                and event.get("value") is True
            ):
                end = index
                break
    for event in reversed(events[:end]):
        if event.get("event") == "user":
            turn = event.get("message_id") or event.get("timestamp")
            return str(turn) if turn is not None else None
    return None
