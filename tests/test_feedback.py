"""bot.feedback: votes stored per bot message without personal data, satisfaction per day."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.db import make_engine, migrate
from bot.feedback import (
    ChatFeedback,
    DailySatisfaction,
    FeedbackError,
    conversation_hash,
    feedback_count,
    purge_feedback,
    record_feedback,
    satisfaction_by_day,
)

UTC = dt.timezone.utc
DAY1 = dt.datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def engine(tmp_path):
    url = f"sqlite:///{tmp_path / 'feedback.db'}"
    migrate(url)
    engine = make_engine(url)
    yield engine
    engine.dispose()


def vote(session: Session, message_id: str, rating: str, when: dt.datetime, conv: str = "c1"):
    return record_feedback(
        session,
        message_id=message_id,
        conversation_id=conv,
        rating=rating,
        now=when,
        generated=True,
        sources=["ss_card"],
    )


def test_a_vote_is_stored_without_the_conversation_id(engine) -> None:
    with Session(engine) as session:
        vote(session, "m1", "up", DAY1, conv="secret-session-id")
        session.commit()
    with Session(engine) as session:
        row = session.execute(select(ChatFeedback)).scalar_one()
        assert row.rating == 1 and row.generated is True
        assert json.loads(row.sources) == ["ss_card"]
        assert row.conversation_hash == conversation_hash("secret-session-id")
        assert "secret-session-id" not in repr(
            [getattr(row, c.name) for c in ChatFeedback.__table__.columns]
        )


def test_a_second_vote_replaces_the_first(engine) -> None:
    with Session(engine) as session:
        vote(session, "m1", "up", DAY1)
        vote(session, "m1", "down", DAY1 + dt.timedelta(minutes=1))
        session.commit()
        assert feedback_count(session) == 1
        assert session.execute(select(ChatFeedback.rating)).scalar_one() == -1


def test_another_conversation_cannot_change_a_vote(engine) -> None:
    with Session(engine) as session:
        vote(session, "m1", "up", DAY1, conv="a")
        with pytest.raises(FeedbackError, match="another conversation"):
            vote(session, "m1", "down", DAY1, conv="b")


@pytest.mark.parametrize(
    "kwargs",
    [
        {"rating": "meh"},
        {"message_id": ""},
        {"message_id": "x" * 65},
        {"now": dt.datetime(2026, 3, 1, 9, 0)},
    ],
)
def test_bad_votes_are_refused(engine, kwargs) -> None:
    args = {"message_id": "m1", "conversation_id": "c", "rating": "up", "now": DAY1, **kwargs}
    with Session(engine) as session, pytest.raises(FeedbackError):
        record_feedback(session, **args)


def test_satisfaction_by_day(engine) -> None:
    with Session(engine) as session:
        for i, (day, rating) in enumerate(
            [(0, "up"), (0, "up"), (0, "down"), (1, "down"), (3, "up"), (-5, "down")]
        ):
            vote(session, f"m{i}", rating, DAY1 + dt.timedelta(days=day))
        session.commit()
        days = satisfaction_by_day(session, DAY1 - dt.timedelta(hours=1))
    assert days == [
        DailySatisfaction(dt.date(2026, 3, 1), 2, 1),
        DailySatisfaction(dt.date(2026, 3, 2), 0, 1),
        DailySatisfaction(dt.date(2026, 3, 4), 1, 0),
    ]
    assert days[0].total == 3 and days[0].rate == pytest.approx(2 / 3)
    assert days[1].rate == 0.0
    with pytest.raises(FeedbackError):
        satisfaction_by_day(Session(engine), dt.datetime(2026, 3, 1))


def test_old_votes_are_purged(engine) -> None:
    with Session(engine) as session:
        vote(session, "old", "up", DAY1 - dt.timedelta(days=200))
        vote(session, "new", "up", DAY1)
        assert purge_feedback(session, now=DAY1, retention_days=180) == 1
        session.commit()
        assert session.execute(select(ChatFeedback.message_id)).scalars().all() == ["new"]
