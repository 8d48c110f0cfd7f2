"""A complaint through a trained Rasa model stores no raw phone or ID (real NLU parse data).

The model is `make train`'s (results/model/ci.tar.gz) unless BOT_TEST_RASA_MODEL names another;
without it the test skips (fails when BOT_REQUIRE_SERVICES=1). The action server is not running:
what gets stored is what Rasa itself writes (user messages with the pipeline's parse data, slots
filled from entities, bot responses), which is exactly the part this store must protect.
"""

from __future__ import annotations

import uuid

import pytest
from dialogue_helpers import closed_port, trained_model
from sqlalchemy import func, inspect, select, text
from stdnum.cn import ric

from bot.privacy.crypto import generate_key
from bot.privacy.tables import events, privacy_subjects
from custom_components.privacy_tracker_store import PrivacySQLTrackerStore

pytestmark = pytest.mark.trained_model


def _citizen() -> tuple[str, str]:
    """A random mobile and a valid resident ID number."""
    digits = uuid.uuid4().int
    phone = f"13{digits % 10**9:09d}"
    body = f"44030519{80 + digits % 20}0{1 + digits % 9}1{digits % 10}{100 + digits % 900}"
    return phone, body + ric.calc_check_digit(body + "0")


def _scan(engine, needles: list[str]) -> list[tuple[str, str]]:
    hits = []
    with engine.connect() as connection:
        for table in inspect(engine).get_table_names():
            for row in connection.execute(text(f'SELECT * FROM "{table}"')).mappings():
                for column, value in row.items():
                    hits += [(table, column) for n in needles if n in str(value)]
    return hits


async def test_complaint_through_the_model_leaves_no_raw_identifier(tmp_path, monkeypatch) -> None:
    model = trained_model()
    monkeypatch.setenv("MINSHENG_DATA_KEY", generate_key())
    phone, id_number = _citizen()
    spaced = f"+86 {phone[:3]}-{phone[3:7]}-{phone[7:]}"
    from rasa.core.agent import Agent
    from rasa.utils.endpoints import EndpointConfig

    db = str(tmp_path / "tracker.db")
    agent = Agent.load(
        str(model),
        tracker_store=PrivacySQLTrackerStore(dialect="sqlite", db=db),
        action_endpoint=EndpointConfig(f"http://127.0.0.1:{closed_port()}/webhook"),
    )
    sender = f"dlg-{uuid.uuid4().hex[:8]}"
    for message in (
        "我要投诉，楼下饭店油烟太大了，晚上吵得睡不着",
        "南湖区湖滨东路36号阳光小区3栋",
        f"我的电话是{spaced}，身份证号{id_number}",
        f"手机{phone}",
    ):
        await agent.handle_text(message, sender_id=sender)

    # The events really reached the database (Rasa falls back to memory on store errors).
    fresh = PrivacySQLTrackerStore(domain=agent.domain, dialect="sqlite", db=db)
    with fresh.engine.connect() as connection:
        stored = connection.scalar(
            select(func.count()).select_from(events).where(events.c.sender_id == sender)
        )
        subjects = connection.scalar(
            select(func.count())
            .select_from(privacy_subjects)
            .where(privacy_subjects.c.sender_id == sender)
        )
    assert stored and stored >= 8
    assert subjects and subjects >= 2  # the phone and the ID number
    assert _scan(fresh.engine, [phone, id_number, phone[3:], id_number[6:14]]) == []
    tracker = await fresh.retrieve(sender)
    assert tracker is not None
    assert tracker.get_slot("phone_number") == phone
