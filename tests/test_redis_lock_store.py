"""AtomicRedisLockStore against a real Redis: one conversation's turns never overlap across
servers, a waiting turn outlives the lifetime, a dead server's ticket expires."""

from __future__ import annotations

import asyncio
import threading
import time
import uuid
from urllib.parse import urlparse

import pytest
import redis
from rasa.core.lock_store import LockError
from rasa.utils.endpoints import EndpointConfig

from custom_components.redis_lock_store import AtomicRedisLockStore


def _store(redis_url: str, **options: object) -> AtomicRedisLockStore:
    url = urlparse(redis_url)
    return AtomicRedisLockStore(
        EndpointConfig(
            url=url.hostname or "localhost",
            type="custom_components.redis_lock_store.AtomicRedisLockStore",
            port=url.port or 6379,
            db=url.path.lstrip("/") or "0",
            password="",
            key_prefix="minshengtest",
            **options,
        )
    )


def test_turns_of_one_conversation_never_overlap_across_servers(redis_url: str) -> None:
    """Four "servers" (own store, own Redis connection, own event loop, own thread) each run ten
    turns of one conversation at once; each turn does a non-atomic read-modify-write. Every
    increment survives and no two turns are ever inside together."""
    conversation = f"race-{uuid.uuid4().hex[:8]}"
    counter_key = f"minshengtest:counter:{conversation}"
    client = redis.Redis.from_url(redis_url)
    client.set(counter_key, 0)
    inside, overlaps, errors = [0], [0], []
    guard = threading.Lock()

    async def turns(store: AtomicRedisLockStore) -> None:
        for _ in range(10):
            async with store.lock(conversation):
                with guard:
                    inside[0] += 1
                    overlaps[0] += inside[0] > 1
                value = int(client.get(counter_key))
                await asyncio.sleep(0.002)
                client.set(counter_key, value + 1)
                with guard:
                    inside[0] -= 1

    def server() -> None:
        try:
            asyncio.run(turns(_store(redis_url, poll_interval=0.005)))
        except Exception as e:  # surfaced below
            errors.append(e)

    threads = [threading.Thread(target=server) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors
    assert overlaps[0] == 0
    assert int(client.get(counter_key)) == 40
    assert _store(redis_url).get_lock(conversation) is None  # the queue is gone when idle
    client.delete(counter_key)


async def test_a_turn_waits_longer_than_the_lifetime_and_still_goes_in_order(redis_url) -> None:
    """Tickets are renewed while their owner lives: a holder busy for 3 lifetimes keeps the lock
    (the waiter does not start early) and the waiter is not dropped from the queue."""
    store, other = _store(redis_url, lock_lifetime=0.3), _store(redis_url, lock_lifetime=0.3)
    conversation = f"slow-{uuid.uuid4().hex[:8]}"
    events: list[str] = []

    async def holder() -> None:
        async with store.lock(conversation):
            events.append("holder in")
            await asyncio.sleep(0.9)
            events.append("holder out")

    async def waiter() -> None:
        await asyncio.sleep(0.05)
        async with other.lock(conversation):
            events.append("waiter in")

    await asyncio.gather(holder(), waiter())
    assert events == ["holder in", "holder out", "waiter in"]


async def test_a_dead_servers_ticket_expires_after_the_lifetime(redis_url: str) -> None:
    dead, alive = _store(redis_url, lock_lifetime=0.3), _store(redis_url, lock_lifetime=0.3)
    conversation = f"dead-{uuid.uuid4().hex[:8]}"
    dead.issue_ticket(conversation)  # drew a ticket, then its process died
    started = time.monotonic()
    async with alive.lock(conversation):
        waited = time.monotonic() - started
    assert 0.2 <= waited < 5


async def test_a_turn_whose_ticket_was_dropped_fails_loudly(redis_url: str) -> None:
    store = _store(redis_url)
    conversation = f"gone-{uuid.uuid4().hex[:8]}"
    first = store.issue_ticket(conversation)
    second = store.issue_ticket(conversation)
    store.finish_serving(conversation, second)  # e.g. expired and removed by another server
    with pytest.raises(LockError):
        store._serve_or_renew(conversation, second, 1.0)
    store.cleanup(conversation, first)
    assert store.get_lock(conversation) is None


@pytest.mark.parametrize("option", ["lock_lifetime", "poll_interval"])
def test_bad_timing_settings_are_rejected(option: str) -> None:
    with pytest.raises(ValueError, match=option):
        AtomicRedisLockStore(EndpointConfig(url="localhost", **{option: "-1"}))
