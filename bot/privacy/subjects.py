"""Record which conversations mention which citizen (keyed hashes only)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import and_, insert, or_, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from bot.privacy.events import SubjectRef
from bot.privacy.tables import privacy_subjects


def record_subjects(
    session: Session | Connection, sender_id: str, refs: Iterable[SubjectRef], timestamp: float
) -> None:
    """Add the (sender, subject) pairs not yet known and refresh ``last_seen`` of the others.

    Runs inside the caller's transaction (the one that writes the events), so both commit or
    neither does.
    """
    wanted = set(refs)
    if not wanted:
        return
    known = {
        SubjectRef(kind, subject_hash)
        for kind, subject_hash in session.execute(
            select(privacy_subjects.c.kind, privacy_subjects.c.subject_hash).where(
                privacy_subjects.c.sender_id == sender_id
            )
        )
    }
    new = wanted - known
    if new:
        session.execute(
            insert(privacy_subjects),
            [
                {
                    "sender_id": sender_id,
                    "kind": ref.kind,
                    "subject_hash": ref.hash,
                    "last_seen": timestamp,
                }
                for ref in sorted(new, key=lambda r: (r.kind, r.hash))
            ],
        )
    seen = wanted & known
    if seen:
        session.execute(
            update(privacy_subjects)
            .where(
                privacy_subjects.c.sender_id == sender_id,
                or_(
                    *(
                        and_(
                            privacy_subjects.c.kind == ref.kind,
                            privacy_subjects.c.subject_hash == ref.hash,
                        )
                        for ref in seen
                    )
                ),
            )
            .values(last_seen=timestamp)
        )
