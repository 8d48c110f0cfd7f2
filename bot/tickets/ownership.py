"""Tickets are shown only to their owner.

Ticket ids are a date plus a daily sequence, so anyone can guess one. Outside the conversation
that filed a ticket, check_ticket first asks for the last four digits of the phone on the ticket.
Wrong answers are counted per sender and per ticket over the lock-out window: after
``settings.privacy.ticket_check_max_attempts`` of either, further answers are not even compared
until ``ticket_lockout_minutes`` have passed since the last wrong one. With 5 tries per 30 minutes
a guesser needs on average ~1,000 windows (three weeks) per ticket, and rotating sender ids does
not help because the ticket itself locks too.

Attempts are stored (``ticket_check_attempts``) without the digits and with the sender hashed, and
logged with the ticket id, the outcome and a hash prefix only.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from bot.tickets.models import TicketCheckAttempt

logger = logging.getLogger(__name__)

VERIFIED = "verified"
WRONG = "wrong"
LOCKED = "locked"
UNREADABLE = "unreadable"

_NON_DIGITS = re.compile(r"[^0-9]")


@dataclass(frozen=True)
class OwnerCheck:
    outcome: str  # VERIFIED, WRONG, LOCKED or UNREADABLE
    attempts_left: int
    locked_until: dt.datetime | None = None


def sender_hash(sender_id: str) -> str:
    return hashlib.sha256(sender_id.encode("utf-8")).hexdigest()


def last_four(phone: str) -> str:
    """The last four digits of a stored phone ("0755-12345678-801" -> "5678" of the number)."""
    digits_only = [_NON_DIGITS.sub("", part) for part in phone.split("-")]
    # An extension (third part of a landline) is not what people read off as "the last four".
    number = "".join(digits_only[:2]) if len(digits_only) >= 3 else "".join(digits_only)
    return number[-4:]


def answered_digits(answer: str | None) -> str | None:
    """The four digits in a caller's answer ("后四位是８０００" -> "8000"); a whole phone number
    also counts (its last four). None when the answer holds no usable digits."""
    digits = _NON_DIGITS.sub("", unicodedata.normalize("NFKC", answer or ""))
    if len(digits) == 4:
        return digits
    if 7 <= len(digits) <= 12:
        return digits[-4:]
    return None


def _failures_since(session: Session, column, value: str, since: dt.datetime) -> list[dt.datetime]:
    return list(
        session.scalars(
            select(TicketCheckAttempt.time)
            .where(column == value, TicketCheckAttempt.success.is_(False))
            .where(TicketCheckAttempt.time > since)
            .order_by(TicketCheckAttempt.time)
        ).all()
    )


def locked_until(
    session: Session,
    ticket_id: str,
    sender: str,
    now: dt.datetime,
    max_attempts: int,
    lockout_minutes: int,
) -> tuple[dt.datetime | None, int]:
    """(end of the lock-out or None, wrong answers still allowed) for this sender and ticket."""
    window = dt.timedelta(minutes=lockout_minutes)
    since = now - window
    by_sender = _failures_since(session, TicketCheckAttempt.sender_hash, sender, since)
    by_ticket = _failures_since(session, TicketCheckAttempt.ticket_id, ticket_id, since)
    worst = max(by_sender, by_ticket, key=len)
    if len(worst) >= max_attempts:
        return worst[-1] + window, 0
    return None, max_attempts - len(worst)


def check_owner(
    engine: Engine,
    *,
    ticket_id: str,
    ticket_phone: str,
    sender_id: str,
    answer: str | None,
    now: dt.datetime,
    max_attempts: int,
    lockout_minutes: int,
) -> OwnerCheck:
    """Compare ``answer`` with the ticket's phone, unless this sender or ticket is locked out."""
    sender = sender_hash(sender_id)
    with Session(engine, future=True) as session, session.begin():
        until, left = locked_until(session, ticket_id, sender, now, max_attempts, lockout_minutes)
        if until is not None:
            result = OwnerCheck(LOCKED, 0, until)
        else:
            digits = answered_digits(answer)
            if digits is None:
                result = OwnerCheck(UNREADABLE, left)
            else:
                success = digits == last_four(ticket_phone)
                session.add(
                    TicketCheckAttempt(
                        ticket_id=ticket_id, sender_hash=sender, time=now, success=success
                    )
                )
                if success:
                    result = OwnerCheck(VERIFIED, left)
                elif left - 1 <= 0:
                    window = dt.timedelta(minutes=lockout_minutes)
                    result = OwnerCheck(LOCKED, 0, now + window)
                else:
                    result = OwnerCheck(WRONG, left - 1)
    logger.info("ticket owner check %s by sender %s: %s", ticket_id, sender[:8], result.outcome)
    return result


def is_locked_out(
    engine: Engine,
    *,
    ticket_id: str,
    sender_id: str,
    now: dt.datetime,
    max_attempts: int,
    lockout_minutes: int,
) -> dt.datetime | None:
    """End of the current lock-out for this sender or ticket, or None."""
    with Session(engine, future=True) as session:
        until, _ = locked_until(
            session, ticket_id, sender_hash(sender_id), now, max_attempts, lockout_minutes
        )
        return until


def verified_recently(
    engine: Engine, *, ticket_id: str, sender_id: str, now: dt.datetime, within_minutes: int
) -> bool:
    """Whether this sender answered the ticket's question correctly in the last minutes."""
    since = now - dt.timedelta(minutes=within_minutes)
    with Session(engine, future=True) as session:
        count = session.scalar(
            select(func.count())
            .select_from(TicketCheckAttempt)
            .where(
                TicketCheckAttempt.ticket_id == ticket_id,
                TicketCheckAttempt.sender_hash == sender_hash(sender_id),
                TicketCheckAttempt.success.is_(True),
                TicketCheckAttempt.time > since,
            )
        )
    return bool(count)
