"""Per-sender rate limit: at most N messages per sliding window of W seconds.

Used by the channels (custom_components.rest_channel, the socket.io channel) before a message
reaches NLU, so one sender cannot monopolise the server's single event loop. In-process and
thread-safe: each server process counts for itself (behind a load balancer with K processes a
sender gets up to K x N; pin senders to processes, or put the limit in the proxy, where that
matters). Denied messages do not count, so a sender who waits is served again.

Written here rather than taken from a library: the registry options (``limits``, ``slowapi``) are
built for request frameworks and would add a dependency for ~60 lines of deque bookkeeping.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from bot.settings import Settings


@dataclass(frozen=True)
class RateDecision:
    allowed: bool
    # Seconds until the sender may send again (0.0 when allowed).
    retry_after_s: float = 0.0


class SlidingWindowRateLimiter:
    """``hit(sender)`` records one message and says whether it is within the limit."""

    def __init__(
        self,
        max_messages: int,
        window_s: float,
        clock: Callable[[], float] = time.monotonic,
        max_senders: int = 100_000,
    ) -> None:
        if isinstance(max_messages, bool) or int(max_messages) != max_messages or max_messages < 1:
            raise ValueError(f"max_messages must be a positive integer, got {max_messages!r}")
        if not window_s > 0:
            raise ValueError(f"window_s must be > 0, got {window_s!r}")
        if max_senders < 1:
            raise ValueError(f"max_senders must be >= 1, got {max_senders!r}")
        self.max_messages = int(max_messages)
        self.window_s = float(window_s)
        self._clock = clock
        # Bounds memory when many senders write once: idle senders are dropped at this size.
        self._max_senders = max_senders
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    @classmethod
    def from_settings(cls, settings: Settings) -> SlidingWindowRateLimiter:
        limits = settings.limits
        return cls(limits.rate_limit_messages, limits.rate_limit_window_s)

    def hit(self, sender: str) -> RateDecision:
        now = self._clock()
        with self._lock:
            hits = self._hits.get(sender)
            if hits is None:
                if len(self._hits) >= self._max_senders:
                    self._forget_idle(now)
                hits = self._hits[sender] = deque()
            horizon = now - self.window_s
            while hits and hits[0] <= horizon:
                hits.popleft()
            if len(hits) >= self.max_messages:
                return RateDecision(False, max(0.0, hits[0] + self.window_s - now))
            hits.append(now)
            return RateDecision(True)

    def _forget_idle(self, now: float) -> None:
        horizon = now - self.window_s
        idle = [s for s, hits in self._hits.items() if not hits or hits[-1] <= horizon]
        for sender in idle:
            del self._hits[sender]
        if len(self._hits) >= self._max_senders:
            # Every sender is active: drop the least recently active half rather than grow.
            by_last = sorted(self._hits, key=lambda s: self._hits[s][-1])
            for sender in by_last[: len(by_last) // 2]:
                del self._hits[sender]

    def __bool__(self) -> bool:
        """Always true: ``limiter or default`` must not replace a limiter that tracks nobody yet."""
        return True

    def __len__(self) -> int:
        """Senders currently tracked."""
        with self._lock:
            return len(self._hits)


# What a client shows when it is told to slow down (HTTP 429 body text). Emergencies are named:
# the limit must never leave someone in danger without the numbers.
RATE_LIMITED_TEXT = (
    "您发送消息太频繁了，请{seconds}秒后再发。"
    "如遇紧急情况，请直接拨打110（报警）、119（火警）、120（急救）。"
)
# A turn the server could not take or finish (an action's database down, a lock not obtained, too
# many turns waiting): static, so it needs nothing that could have failed.
BUSY_TEXT = "系统繁忙，请稍后再试，或拨打12345热线咨询。"
# The request body itself is too large to read (HTTP 413 body text).
BODY_TOO_LARGE_TEXT = (
    "抱歉，您发送的内容太大了，无法处理。请分成几条简短的消息发送，或直接拨打12345热线电话。"
)


def rate_limited_text(retry_after_s: float) -> str:
    return RATE_LIMITED_TEXT.format(seconds=max(1, int(retry_after_s + 0.999)))
