"""What of a Rasa tracker event may be stored: masked text, encrypted slot values, audit facts.

Works on the JSON form of events (``Event.as_dict()``), so it is testable without Rasa. The tracker
store adapter (``custom_components/privacy_tracker_store.py``) calls :meth:`EventProtector.protect`
before an event is written and :meth:`EventProtector.reveal` after it is read.

- Values of :data:`ENCRYPTED_SLOTS` in ``slot`` events are encrypted whole, so forms get them back.
- Every other string anywhere in the event (user text, ``parse_data`` text and entities, bot text
  and ``data``, metadata) has phones, resident IDs and bank-card numbers masked. That is one-way:
  a restored tracker shows ``138****8000`` in old messages, which no action reads back.
- The identifiers found are returned as keyed hashes (:class:`SubjectRef`) so that a citizen's
  conversations can be found for export and deletion without storing the number itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from bot.pii import ID_NUMBER, PHONE_NUMBER
from bot.privacy.crypto import FieldCipher, is_encrypted
from bot.privacy.masking import ID_LIKE, find_identifiers, mask_data, mask_text

# Slots whose values forms need back (encrypted) and that carry personal data. id_number is no
# slot any more (domain.yml) but is listed so an old or custom domain still never stores it raw.
ENCRYPTED_SLOTS: tuple[str, ...] = (
    "phone_number",
    "address",
    "complaint_description",
    "id_number",
)

# Subject kinds used for lookups (export/delete by phone; IDs are indexed for the same purpose).
SUBJECT_PHONE = "phone"
SUBJECT_ID = "id"
_SUBJECT_KINDS = {PHONE_NUMBER: SUBJECT_PHONE, ID_NUMBER: SUBJECT_ID, ID_LIKE: SUBJECT_ID}

# Keys of the safety decisions (bot.safety via the NLU pipeline) kept in audit records.
_AUDIT_DECISION_KEYS = ("emergency", "policy")
_AUDIT_DECISION_FIELDS = ("category", "level", "reason", "numbers")


@dataclass(frozen=True)
class SubjectRef:
    kind: str  # SUBJECT_PHONE or SUBJECT_ID
    hash: str  # FieldCipher.subject_hash of the normalised value


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, bool) or value is None or isinstance(value, float):
        return
    elif isinstance(value, int):
        yield str(value)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


class EventProtector:
    """Masks and encrypts events for storage; decrypts them when read."""

    def __init__(self, cipher: FieldCipher, encrypted_slots: Iterable[str] = ENCRYPTED_SLOTS):
        self.cipher = cipher
        self.encrypted_slots = frozenset(encrypted_slots)

    def _is_encrypted_slot(self, event: dict[str, Any]) -> bool:
        return event.get("event") == "slot" and event.get("name") in self.encrypted_slots

    def protect(self, event: dict[str, Any]) -> tuple[dict[str, Any], set[SubjectRef]]:
        """The storable form of ``event`` and the subjects (phones, IDs) it mentions."""
        refs = self.subject_refs(event)
        if self._is_encrypted_slot(event) and is_encrypted(event.get("value")):
            return mask_data(event, skip_keys=("value",)), refs  # already protected
        if self._is_encrypted_slot(event) and event.get("value") is not None:
            stored = mask_data(event, skip_keys=("value",))
            stored["value"] = self.cipher.encrypt(event["value"])
            return stored, refs
        return mask_data(event), refs

    def reveal(self, stored: dict[str, Any]) -> dict[str, Any]:
        """The event as Rasa needs it back: encrypted slot values decrypted."""
        if stored.get("event") == "slot" and "value" in stored:
            value = self.cipher.decrypt(stored["value"])
            if value is not stored["value"]:
                return {**stored, "value": value}
        return stored

    def subject_refs(self, event: dict[str, Any]) -> set[SubjectRef]:
        refs: set[SubjectRef] = set()
        for text in _strings(event):
            for kind, value in find_identifiers(text):
                subject = _SUBJECT_KINDS.get(kind)
                if subject is not None:
                    refs.add(SubjectRef(subject, self.cipher.subject_hash(subject, value)))
        return refs


def audit_detail(event: dict[str, Any]) -> dict[str, Any]:
    """What an audit record keeps of an event: no text, no slot values, safety decisions only.

    Intent and action names are kept in their own columns; this adds the emergency / policy
    decisions of a user turn (categories, levels, rule names), masked once more for safety.
    """
    detail: dict[str, Any] = {}
    if event.get("event") == "user":
        parse_data = event.get("parse_data") or {}
        for key in _AUDIT_DECISION_KEYS:
            decision = parse_data.get(key)
            if isinstance(decision, dict):
                kept = {f: decision[f] for f in _AUDIT_DECISION_FIELDS if f in decision}
                if kept:
                    detail[key] = mask_data(kept)
        if event.get("input_channel"):
            detail["channel"] = mask_text(str(event["input_channel"]))
    elif event.get("event") == "slot":
        detail["slot"] = event.get("name")
    return detail
