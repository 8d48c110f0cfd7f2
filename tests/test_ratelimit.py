"""bot.ratelimit: per-sender sliding-window limit, thread-safe, bounded memory."""

from __future__ import annotations

import threading

import pytest

from bot.ratelimit import RATE_LIMITED_TEXT, SlidingWindowRateLimiter, rate_limited_text
from bot.settings import load_settings


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_limit_per_sender_within_a_sliding_window() -> None:
    clock = Clock()
    limiter = SlidingWindowRateLimiter(3, 10.0, clock=clock)
    assert [limiter.hit("a").allowed for _ in range(3)] == [True, True, True]
    denied = limiter.hit("a")
    assert not denied.allowed and denied.retry_after_s == pytest.approx(10.0)
    assert limiter.hit("b").allowed  # other senders are not affected
    clock.now += 4.0
    assert limiter.hit("a").retry_after_s == pytest.approx(6.0)
    clock.now += 6.0  # the first three hits leave the window
    assert limiter.hit("a").allowed


def test_window_slides_rather_than_resets() -> None:
    clock = Clock()
    limiter = SlidingWindowRateLimiter(2, 10.0, clock=clock)
    assert limiter.hit("a").allowed
    clock.now += 9.0
    assert limiter.hit("a").allowed
    clock.now += 2.0  # 11 s after the first, 2 s after the second: one slot free
    assert limiter.hit("a").allowed
    assert not limiter.hit("a").allowed
    clock.now += 8.0  # at +19 the second hit (+9) has left the window, the third (+11) has not
    assert limiter.hit("a").allowed
    assert not limiter.hit("a").allowed


def test_denied_messages_do_not_count() -> None:
    clock = Clock()
    limiter = SlidingWindowRateLimiter(1, 10.0, clock=clock)
    assert limiter.hit("a").allowed
    for _ in range(50):
        clock.now += 0.1
        assert not limiter.hit("a").allowed
    clock.now = 1010.0
    assert limiter.hit("a").allowed


def test_idle_senders_are_forgotten_when_memory_is_full() -> None:
    clock = Clock()
    limiter = SlidingWindowRateLimiter(5, 10.0, clock=clock, max_senders=100)
    for n in range(100):
        limiter.hit(f"s{n}")
    assert len(limiter) == 100
    clock.now += 11.0
    limiter.hit("new")
    assert len(limiter) == 1
    for n in range(300):  # all active: the least recently active half is dropped
        limiter.hit(f"t{n}")
    assert len(limiter) <= 100
    assert bool(SlidingWindowRateLimiter(1, 1.0))  # empty but truthy


def test_thread_safe_count() -> None:
    limiter = SlidingWindowRateLimiter(1000, 3600.0)
    allowed: list[bool] = []
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(250):
            ok = limiter.hit("same").allowed
            with lock:
                allowed.append(ok)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert allowed.count(True) == 1000 and allowed.count(False) == 1000


def test_from_settings() -> None:
    settings = load_settings(limits={"rate_limit_messages": 7, "rate_limit_window_s": 30})
    limiter = SlidingWindowRateLimiter.from_settings(settings)
    assert (limiter.max_messages, limiter.window_s) == (7, 30.0)


@pytest.mark.parametrize(
    "args", [(0, 1.0), (-1, 1.0), (1.5, 1.0), (True, 1.0), (1, 0.0), (1, -5.0)]
)
def test_bad_limits_are_refused(args) -> None:
    with pytest.raises(ValueError):
        SlidingWindowRateLimiter(*args)


def test_reply_text_names_the_wait_and_the_emergency_numbers() -> None:
    assert rate_limited_text(0.2) == RATE_LIMITED_TEXT.format(seconds=1)
    text = rate_limited_text(12.3)
    assert "13秒" in text and all(n in text for n in ("110", "119", "120"))
