"""Idempotency keys for form submissions: a retried submit finds the ticket or booking it made.

A submission is identified by what it is (``"complaint"``, ``"appointment"``), the conversation
and the user turn that submitted it (the message that confirmed the form, by Rasa's message id).
A retry of that submission (the action run again after its reply was lost, or two copies of one
request racing) derives the same key; a new submission in a later turn derives a new one. The key
is a SHA-256 digest: it is stored with a unique constraint and reveals nothing about the caller.
"""

from __future__ import annotations

import hashlib

KEY_LENGTH = 64  # hex digits of SHA-256; the column width in bot/tickets/models.py


def submission_key(kind: str, conversation_id: str, turn_id: str) -> str:
    """The key of submission ``kind`` made in ``conversation_id`` at user turn ``turn_id``."""
    parts = [kind, conversation_id, turn_id]
    for name, value in zip(("kind", "conversation_id", "turn_id"), parts, strict=True):
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"submission_key: {name} must be a non-empty string, got {value!r}")
    # Length-prefixed so that no two different triples can join to the same text.
    text = "".join(f"{len(p)}:{p}" for p in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
