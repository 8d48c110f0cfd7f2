"""OutageTolerantStore: a SQL tracker store loses no event while its database is away."""

from __future__ import annotations

import shutil

import pytest
import sqlalchemy as sa
from rasa.core.tracker_store import FailSafeTrackerStore, SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy.pool import QueuePool

from bot.privacy.crypto import generate_key
from bot.settings import PROJECT_ROOT
from custom_components.outage_tolerant_store import OutageTolerantStore
from custom_components.privacy_tracker_store import PrivacySQLTrackerStore


class Store(OutageTolerantStore, SQLTrackerStore):
    pass


@pytest.fixture(scope="module")
def domain() -> Domain:
    return Domain.load(PROJECT_ROOT / "domain.yml")


def _say(tracker, text: str) -> None:
    tracker.update(UserUttered(text, metadata={"tag": text}))
    tracker.update(ActionExecuted("utter_greet"))
    tracker.update(BotUttered(f"回复：{text}"))
    tracker.update(ActionExecuted("action_listen"))


async def _turn(store, sender: str, text: str, slot: str | None = None) -> list[str]:
    """One message as Rasa's processor handles it: retrieve or create, update, save."""
    tracker = await store.get_or_create_tracker(sender)
    _say(tracker, text)
    if slot:
        tracker.update(SlotSet("district", slot))
    await store.save(tracker)
    return [e.text for e in tracker.events if isinstance(e, UserUttered)]


def _user_texts(tracker) -> list[str]:
    return [e.text for e in tracker.events if isinstance(e, UserUttered)]


@pytest.fixture(params=["mixin", "configured"])
def store_class(request, monkeypatch) -> type:
    """The mixin on Rasa's store, and the project's configured store (endpoints*.yml)."""
    if request.param == "mixin":
        return Store
    monkeypatch.setenv("MINSHENG_DATA_KEY", generate_key())
    return PrivacySQLTrackerStore


@pytest.mark.parametrize("wrapped", [False, True], ids=["store", "failsafe"])
async def test_no_event_is_lost_or_doubled_across_an_outage(
    tmp_path, domain, wrapped, store_class
) -> None:
    path = tmp_path / "tracker.db"
    inner = store_class(domain=domain, dialect="sqlite", db=str(path))
    store = FailSafeTrackerStore(inner) if wrapped else inner
    await _turn(store, "c1", "你好", slot="南湖区")
    await _turn(store, "c3", "第一句")

    inner.engine.dispose()
    shutil.move(path, tmp_path / "away.db")
    path.mkdir()  # SQLite cannot open a directory: the database is down
    # The conversation goes on from memory, slots included.
    seen = await _turn(store, "c1", "第二句")
    assert seen == ["你好", "第二句"]
    tracker = await store.get_or_create_tracker("c1")
    assert tracker.get_slot("district") == "南湖区"
    assert await _turn(store, "c1", "第三句") == ["你好", "第二句", "第三句"]
    # A conversation that starts during the outage is kept too.
    assert await _turn(store, "c2", "停机时开始") == ["停机时开始"]
    assert await _turn(store, "c2", "停机时第二句") == ["停机时开始", "停机时第二句"]

    path.rmdir()
    shutil.move(tmp_path / "away.db", path)
    assert await _turn(store, "c3", "恢复后") == ["第一句", "恢复后"]  # also flushes others
    full = await store.retrieve_full_tracker("c1")
    assert _user_texts(full) == ["你好", "第二句", "第三句"]
    assert full.get_slot("district") == "南湖区"
    assert _user_texts(await store.retrieve_full_tracker("c2")) == ["停机时开始", "停机时第二句"]

    # A fresh store (another process) reads the same from the database alone.
    fresh = store_class(domain=domain, dialect="sqlite", db=str(path))
    assert _user_texts(await fresh.retrieve_full_tracker("c1")) == ["你好", "第二句", "第三句"]
    assert _user_texts(await fresh.retrieve_full_tracker("c2")) == ["停机时开始", "停机时第二句"]
    assert _user_texts(await fresh.retrieve_full_tracker("c3")) == ["第一句", "恢复后"]
    assert not inner._pending


async def test_pending_conversations_are_bounded(tmp_path, domain, monkeypatch, caplog) -> None:
    monkeypatch.setenv("MINSHENG_TRACKER_PENDING", "2")
    path = tmp_path / "tracker.db"
    store = Store(domain=domain, dialect="sqlite", db=str(path))
    shutil.move(path, tmp_path / "away.db")
    path.mkdir()
    for n in range(3):
        await _turn(store, f"c{n}", "你好")
    assert list(store._pending) == ["c1", "c2"]
    assert "c0 dropped" in caplog.text


async def test_the_engine_tests_connections_before_use(tmp_path, domain) -> None:
    store = Store(domain=domain, dialect="sqlite", db=":memory:")
    assert store.engine.pool._pre_ping
    assert store.engine.hide_parameters


async def test_a_sqlite_file_keeps_its_connections_between_sessions(tmp_path, domain) -> None:
    store = Store(domain=domain, dialect="sqlite", db=str(tmp_path / "t.db"))
    assert isinstance(store.engine.pool, QueuePool) and store.engine.hide_parameters
    opened: list[object] = []
    sa.event.listen(store.engine, "connect", lambda connection, _record: opened.append(connection))
    tracker = DialogueStateTracker.from_events("s1", [ActionExecuted("action_listen")])
    for _ in range(5):
        await store.save(tracker)
        tracker = await store.retrieve("s1")
        tracker.update(ActionExecuted("action_listen"))
    assert len(opened) == 1  # opened once, not once per session
    assert len((await store.retrieve("s1")).events) == 5  # every save kept
