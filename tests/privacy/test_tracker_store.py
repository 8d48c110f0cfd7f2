"""The project's tracker store: nothing raw at rest, everything a form needs back, really configured."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from privacy_helpers import Citizen, scan_database
from rasa.core.tracker_store import InMemoryTrackerStore, SQLTrackerStore, TrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    ActiveLoop,
    BotUttered,
    SessionStarted,
    SlotSet,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker, EventVerbosity
from rasa.utils.endpoints import read_endpoint_config
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import create_engine, select

from actions.complaint import ActionSubmitComplaint
from actions.runtime import build_runtime
from bot.privacy.crypto import DataKeyMissing, is_encrypted
from bot.privacy.retention import export_subject, protect_existing
from bot.privacy.tables import conversation_audit, privacy_subjects
from bot.settings import PROJECT_ROOT, load_settings
from bot.tickets.service import get_ticket
from custom_components.privacy_tracker_store import PrivacySQLTrackerStore

DOMAIN = Domain.load(str(PROJECT_ROOT / "domain.yml"))


def _user(text: str, intent: str, entities: list[dict] | None = None) -> UserUttered:
    return UserUttered(
        text,
        intent={"name": intent, "confidence": 0.93},
        entities=entities or [],
        parse_data={
            "text": text,
            "intent": {"name": intent, "confidence": 0.93},
            "entities": entities or [],
            "intent_ranking": [{"name": intent, "confidence": 0.93}],
        },
        input_channel="rest",
        metadata={"caller": text},
    )


def complaint_until_confirmation(citizen: Citizen) -> list:
    description = f"楼下饭店油烟太大了，我身份证{citizen.id_number}，工资卡{citizen.card}"
    phone_text = f"电话是{citizen.spaced_phone}"
    return [
        ActionExecuted("action_session_start"),
        SessionStarted(),
        ActionExecuted("action_listen"),
        _user(
            f"我要投诉，{description}",
            "file_complaint",
            [{"entity": "id_number", "value": citizen.id_number, "start": 17, "end": 35}],
        ),
        ActionExecuted("complaint_form"),
        ActiveLoop("complaint_form"),
        SlotSet("complaint_description", description),
        SlotSet("requested_slot", "district"),
        BotUttered("请问是哪个区？"),
        ActionExecuted("action_listen"),
        _user(
            "南湖区湖滨东路36号阳光小区3栋", "inform", [{"entity": "district", "value": "南湖区"}]
        ),
        ActionExecuted("complaint_form"),
        SlotSet("district", "南湖区"),
        SlotSet("address", "湖滨东路36号阳光小区3栋"),
        SlotSet("requested_slot", "phone_number"),
        BotUttered("请留下联系电话。"),
        ActionExecuted("action_listen"),
        _user(phone_text, "inform", [{"entity": "phone_number", "value": citizen.phone}]),
        ActionExecuted("complaint_form"),
        SlotSet("phone_number", citizen.phone),
        SlotSet("requested_slot", "complaint_confirmed"),
        BotUttered(
            f"我们将拨打{citizen.phone}与您联系，以上信息是否正确？",
            data={"custom": {"phone": citizen.phone, "id": citizen.id_number}},
        ),
        ActionExecuted("action_listen"),
        _user("是的", "affirm"),
        ActionExecuted("complaint_form"),
        SlotSet("complaint_confirmed", True),
        ActiveLoop(None),
        SlotSet("requested_slot", None),
    ]


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path, data_key) -> PrivacySQLTrackerStore:
    if request.param == "sqlite":
        return PrivacySQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=str(tmp_path / "t.db"))
    url = request.getfixturevalue("tracker_postgres_url")
    return PrivacySQLTrackerStore(domain=DOMAIN, dialect="postgresql", host=url)


async def test_complaint_conversation_leaves_no_raw_identifier_and_still_completes(
    store: PrivacySQLTrackerStore, citizen: Citizen, tmp_path: Path
) -> None:
    sender = f"privacy-{uuid.uuid4().hex[:10]}"
    tracker = DialogueStateTracker.from_events(
        sender, complaint_until_confirmation(citizen), slots=DOMAIN.slots
    )
    # Rasa saves after each turn; save twice to cover the "only new events" path as well.
    await store.save(
        DialogueStateTracker.from_events(sender, list(tracker.events)[:10], slots=DOMAIN.slots)
    )
    await store.save(tracker)

    restored = await store.retrieve(sender)
    assert restored is not None
    assert len(restored.events) == len(tracker.events)
    assert restored.get_slot("phone_number") == citizen.phone
    assert restored.get_slot("address") == "湖滨东路36号阳光小区3栋"
    assert citizen.id_number in restored.get_slot("complaint_description")
    assert restored.get_slot("complaint_confirmed") is True
    # Old messages come back masked (nothing reads them as values).
    texts = [e.text for e in restored.events if isinstance(e, UserUttered)]
    assert f"电话是{citizen.phone[:3]}****{citizen.phone[-4:]}" in texts

    # The next turn runs the submit action on the restored tracker: the ticket gets the real data.
    runtime = build_runtime(load_settings(env={}, db_url=f"sqlite:///{tmp_path / 'tickets.db'}"))
    sdk_tracker = Tracker.from_dict(restored.current_state(EventVerbosity.AFTER_RESTART))
    dispatcher = CollectingDispatcher()
    returned = await ActionSubmitComplaint(runtime).run(dispatcher, sdk_tracker, DOMAIN.as_dict())
    [message] = dispatcher.messages
    assert "工单号" in message["text"]
    ticket_id = message["text"].split("工单号：")[1][:14]
    ticket = get_ticket(runtime.engine, ticket_id)
    assert ticket is not None and ticket.phone == citizen.phone
    assert ticket.address == "湖滨东路36号阳光小区3栋"

    restored.update(ActionExecuted("action_submit_complaint"))
    restored.update(BotUttered(message["text"]))
    for event in returned:
        restored.update(SlotSet(event["name"], event["value"]))
    restored.update(ActionExecuted("action_listen"))
    await store.save(restored)

    final = await store.retrieve(sender)
    assert final is not None and final.get_slot("phone_number") is None
    assert len(final.events) == len(restored.events)

    hits = scan_database(store.engine, citizen.raw_forms())
    assert hits == []
    # The form slots are stored encrypted, and the subject index knows this conversation.
    with store.engine.connect() as connection:
        rows = connection.execute(
            select(store.SQLEvent.__table__.c.data).where(
                store.SQLEvent.__table__.c.sender_id == sender,
                store.SQLEvent.__table__.c.action_name == "phone_number",
            )
        ).all()
        subjects = connection.execute(
            select(privacy_subjects.c.kind).where(privacy_subjects.c.sender_id == sender)
        ).all()
    assert any(is_encrypted(json.loads(data)["value"]) for (data,) in rows)
    assert {kind for (kind,) in subjects} == {"phone", "id"}
    assert conversation_audit.name in scan_tables(store)


def scan_tables(store: PrivacySQLTrackerStore) -> set[str]:
    from sqlalchemy import inspect

    return set(inspect(store.engine).get_table_names())


async def test_a_wrong_key_is_a_loud_error(store, citizen: Citizen, monkeypatch) -> None:
    sender = f"privacy-{uuid.uuid4().hex[:10]}"
    await store.save(
        DialogueStateTracker.from_events(
            sender, complaint_until_confirmation(citizen), slots=DOMAIN.slots
        )
    )
    from bot.privacy.crypto import DataKeyInvalid, FieldCipher, generate_key
    from bot.privacy.events import EventProtector

    store._protector = EventProtector(FieldCipher(generate_key()))
    # Reading the database with another key fails loudly (not as an empty conversation).
    # _retrieve is the database read; a mixed-in outage cache may answer retrieve() from memory.
    with pytest.raises(DataKeyInvalid):
        await store._retrieve(sender, fetch_events_from_all_sessions=False)


@pytest.fixture
def endpoint_env(monkeypatch) -> None:
    """Variables the endpoint files expand that are not about the tracker store."""
    monkeypatch.setenv("MINSHENG_ACTION_TOKEN", "test-action-token")


@pytest.mark.usefixtures("endpoint_env")
def test_default_endpoints_create_the_privacy_store(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("MINSHENG_DATA_KEY", raising=False)
    (tmp_path / "var").mkdir()
    config = read_endpoint_config(str(PROJECT_ROOT / "endpoints.yml"), "tracker_store")
    store = TrackerStore.create(config, domain=DOMAIN)
    assert type(store) is PrivacySQLTrackerStore
    assert not isinstance(store, InMemoryTrackerStore)
    # Without MINSHENG_DATA_KEY the development key file named in endpoints.yml is created.
    assert (tmp_path / "var" / "data_key").stat().st_mode & 0o077 == 0


def _production_env(monkeypatch, url: str) -> None:
    from urllib.parse import urlparse

    pg = urlparse(url)
    monkeypatch.setenv("ACTION_ENDPOINT_URL", "http://localhost:5055/webhook")
    monkeypatch.setenv("TRACKER_DB_HOST", pg.hostname or "localhost")
    monkeypatch.setenv("TRACKER_DB_PORT", str(pg.port or 5432))
    monkeypatch.setenv("TRACKER_DB_NAME", pg.path.lstrip("/"))
    monkeypatch.setenv("TRACKER_DB_USER", pg.username or "")
    monkeypatch.setenv("TRACKER_DB_PASSWORD", pg.password or "")
    # The whole file is read with ${VAR} expansion; the lock store is not created here.
    for name, value in (("HOST", "localhost"), ("PORT", "6379"), ("DB", "0"), ("PASSWORD", "")):
        monkeypatch.setenv(f"LOCK_STORE_{name}", value)


@pytest.mark.usefixtures("endpoint_env")
def test_production_endpoints_create_the_privacy_store_on_postgresql(
    monkeypatch, tracker_postgres_url: str, data_key: str
) -> None:
    _production_env(monkeypatch, tracker_postgres_url)
    config = read_endpoint_config(str(PROJECT_ROOT / "endpoints.production.yml"), "tracker_store")
    store = TrackerStore.create(config, domain=DOMAIN)
    assert type(store) is PrivacySQLTrackerStore
    assert store.engine.dialect.name == "postgresql"


@pytest.mark.usefixtures("endpoint_env")
def test_production_endpoints_refuse_to_start_without_a_key(
    monkeypatch, tmp_path, tracker_postgres_url: str
) -> None:
    _production_env(monkeypatch, tracker_postgres_url)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("MINSHENG_DATA_KEY", raising=False)
    config = read_endpoint_config(str(PROJECT_ROOT / "endpoints.production.yml"), "tracker_store")
    with pytest.raises(DataKeyMissing, match="MINSHENG_DATA_KEY"):
        TrackerStore.create(config, domain=DOMAIN)
    assert not (tmp_path / "var").exists()


def test_sqlite_engine_is_readable_by_plain_sqlalchemy(tmp_path, data_key) -> None:
    # bot.privacy's CLI reads the same file without Rasa.
    PrivacySQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=str(tmp_path / "t.db"))
    engine = create_engine(f"sqlite:///{tmp_path / 't.db'}")
    from sqlalchemy import inspect

    assert {"events", "privacy_subjects", "conversation_audit"} <= set(
        inspect(engine).get_table_names()
    )


class _Broker:
    def __init__(self) -> None:
        self.published: list[dict] = []

    def publish(self, event: dict) -> None:
        self.published.append(event)


async def test_event_broker_gets_what_the_database_gets(tmp_path, data_key, citizen) -> None:
    broker = _Broker()
    store = PrivacySQLTrackerStore(
        domain=DOMAIN, dialect="sqlite", db=str(tmp_path / "t.db"), event_broker=broker
    )
    sender = f"privacy-{uuid.uuid4().hex[:10]}"
    events = complaint_until_confirmation(citizen)
    await store.save(DialogueStateTracker.from_events(sender, events, slots=DOMAIN.slots))
    assert len(broker.published) == len(events)
    blob = json.dumps(broker.published, ensure_ascii=False)
    assert not [raw for raw in citizen.raw_forms() if raw in blob]
    phone_slots = [e for e in broker.published if e.get("name") == "phone_number"]
    assert phone_slots and all(is_encrypted(e["value"]) for e in phone_slots)


async def test_conversations_stored_before_are_protected(store, citizen: Citizen) -> None:
    # Written in clear by Rasa's plain SQL store (what the endpoint files named before).
    plain = SQLTrackerStore(
        domain=DOMAIN, host=store.engine.url.render_as_string(hide_password=False)
    )
    sender = f"legacy-{uuid.uuid4().hex[:10]}"
    await plain.save(
        DialogueStateTracker.from_events(
            sender, complaint_until_confirmation(citizen), slots=DOMAIN.slots
        )
    )
    assert scan_database(store.engine, citizen.raw_forms()) != []
    cipher = store._protector.cipher

    dry = protect_existing(store.engine, cipher)
    # 2 user messages, 3 form slots and 1 bot message carry personal data.
    assert dry.counts["events_protected"] >= 6
    assert scan_database(store.engine, citizen.raw_forms()) != []

    done = protect_existing(store.engine, cipher, apply=True)
    assert done.counts["events_protected"] == dry.counts["events_protected"]
    assert scan_database(store.engine, citizen.raw_forms()) == []
    restored = await store.retrieve(sender)
    assert restored is not None and restored.get_slot("phone_number") == citizen.phone
    assert store.engine.dialect.name != "sqlite" or (
        protect_existing(store.engine, cipher).counts["events_protected"] == 0
    )
    exported = export_subject(store.engine, None, cipher, citizen.phone)
    assert [c["sender_id"] for c in exported["conversations"]] == [sender]
