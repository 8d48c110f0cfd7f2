"""The tracker and lock stores named by the endpoint files work against real servers."""

from __future__ import annotations

import uuid
from pathlib import Path
from urllib.parse import urlparse

import pytest
from rasa.core.lock_store import InMemoryLockStore, LockStore
from rasa.core.tracker_store import SQLTrackerStore, TrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import read_endpoint_config

from custom_components.redis_lock_store import AtomicRedisLockStore

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DOMAIN = Domain.load(str(PROJECT_ROOT / "domain.yml"))


async def _round_trip(store: TrackerStore) -> None:
    sender = f"test-{uuid.uuid4().hex[:8]}"
    tracker = DialogueStateTracker.from_events(
        sender,
        [
            UserUttered("我要投诉噪音", intent={"name": "file_complaint", "confidence": 0.9}),
            SlotSet("district", "南湖区"),
        ],
        slots=DOMAIN.slots,
    )
    await store.save(tracker)
    loaded = await store.retrieve(sender)
    assert loaded is not None
    assert loaded.get_slot("district") == "南湖区"
    assert loaded.latest_message.text == "我要投诉噪音"


def _production_env(monkeypatch: pytest.MonkeyPatch, tracker_url: str, redis_url: str) -> None:
    pg = urlparse(tracker_url)
    rd = urlparse(redis_url)
    values = {
        "ACTION_ENDPOINT_URL": "http://localhost:5055/webhook",
        "TRACKER_DB_HOST": pg.hostname or "localhost",
        "TRACKER_DB_PORT": str(pg.port or 5432),
        "TRACKER_DB_NAME": pg.path.lstrip("/"),
        "TRACKER_DB_USER": pg.username or "",
        "TRACKER_DB_PASSWORD": pg.password or "",
        "LOCK_STORE_HOST": rd.hostname or "localhost",
        "LOCK_STORE_PORT": str(rd.port or 6379),
        "LOCK_STORE_DB": (rd.path.lstrip("/") or "0"),
        "LOCK_STORE_PASSWORD": rd.password or "",
        # The tracker store encrypts personal data; production takes the key only from here.
        "MINSHENG_DATA_KEY": "LXzC1Tn6w3oYcC3dVb8qUVWbpM4M0U6q7uC6u0mQb5M=",
        "MINSHENG_ACTION_TOKEN": "test-action-token",
    }
    for key, value in values.items():
        monkeypatch.setenv(key, value)


async def test_default_endpoints_use_sqlite_tracker_store(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("MINSHENG_ACTION_TOKEN", "test-action-token")  # expanded by the file
    (tmp_path / "var").mkdir()  # `make run` creates it before starting Rasa
    config = read_endpoint_config(str(PROJECT_ROOT / "endpoints.yml"), "tracker_store")
    store = TrackerStore.create(config, domain=DOMAIN)
    assert isinstance(store, SQLTrackerStore)
    assert store.engine.dialect.name == "sqlite"
    await _round_trip(store)
    lock_config = read_endpoint_config(str(PROJECT_ROOT / "endpoints.yml"), "lock_store")
    assert isinstance(LockStore.create(lock_config), InMemoryLockStore)


async def test_production_tracker_store_is_postgresql(
    monkeypatch, tracker_postgres_url: str, redis_url: str
) -> None:
    _production_env(monkeypatch, tracker_postgres_url, redis_url)
    config = read_endpoint_config(str(PROJECT_ROOT / "endpoints.production.yml"), "tracker_store")
    store = TrackerStore.create(config, domain=DOMAIN)
    assert isinstance(store, SQLTrackerStore)
    assert store.engine.dialect.name == "postgresql"
    await _round_trip(store)


async def test_production_lock_store_is_redis(
    monkeypatch, tracker_postgres_url: str, redis_url: str
) -> None:
    _production_env(monkeypatch, tracker_postgres_url, redis_url)
    config = read_endpoint_config(str(PROJECT_ROOT / "endpoints.production.yml"), "lock_store")
    store = LockStore.create(config)
    assert isinstance(store, AtomicRedisLockStore)
    assert (store.lock_lifetime, store.poll_interval) == (60, 0.05)
    conversation = f"lock-{uuid.uuid4().hex[:8]}"
    async with store.lock(conversation, lock_lifetime=5):
        # While one turn holds the lock, a second ticket for the same conversation has to wait,
        # and a second store (another Rasa server) sees the same lock in Redis.
        other_server = LockStore.create(config)
        waiting = other_server.issue_ticket(conversation, lock_lifetime=5)
        lock = other_server.get_lock(conversation)
        assert lock is not None and lock.is_locked(waiting)
        other_server.cleanup(conversation, waiting)
    assert store.get_lock(conversation) is None
