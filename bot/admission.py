"""Turn admission: how many user turns one server process runs at once, and in what order.

Rasa runs every turn on one event loop, and a turn is mostly synchronous CPU work (the NLU
graph, the policies) cut into pieces by awaits (tracker store, lock store, each call to the
action server). With 50 callers and no limit, each awaiting turn re-queues behind all the
others at every await, so a turn with three actions waits three times as long as one with one:
the tail was 2-2.6 × the median (issue 13). :class:`TurnAdmission` lets ``concurrent`` turns
run at once and queues the rest in arrival order, so a turn that started finishes quickly and
the others wait their turn once, at the door.

- An **urgent** turn (the channel found an emergency in it) goes ahead of every waiting
  ordinary turn and is never turned away.
- When ``max_waiting`` ordinary turns already wait, a new ordinary one is refused at once
  (:class:`QueueFull`); the channel answers it with the busy text instead of letting it wait
  longer than any client would.
- While a turn waits long on another server (the action server, and through it the database or
  a generation back-end), it gives its place back (:meth:`TurnAdmission.released`, used by
  ``custom_components/action_calls.py`` once a call has taken ``limits.release_place_after_ms``)
  and takes one again, ahead of turns that have not started, when the answer is there: a slow
  generation server must not hold every place.
- ``concurrent=0`` admits every turn at once (Rasa's own behaviour).

Pure asyncio, no Rasa imports; the channels (``custom_components/rest_channel.py`` and
``socketio_channel.py``) share one instance per process (:func:`process_admission`). Settings:
``limits.concurrent_turns`` and ``limits.max_waiting_turns`` (bot/settings.py).
"""

from __future__ import annotations

import asyncio
import threading
from collections import deque
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from contextvars import ContextVar
from dataclasses import dataclass


class QueueFull(RuntimeError):
    """Too many ordinary turns wait already: this one is refused, not queued."""


@dataclass(frozen=True)
class AdmissionStats:
    running: int
    waiting: int
    waiting_urgent: int
    admitted: int
    refused: int


class _Place:
    """The place of one turn: which admission it belongs to and whether the turn holds it now."""

    __slots__ = ("admission", "holding")

    def __init__(self, admission: TurnAdmission) -> None:
        self.admission = admission
        self.holding = False


# The place of the turn the current task is running (set by TurnAdmission.turn()).
_current_place: ContextVar[_Place | None] = ContextVar("minsheng_turn_place", default=None)


class TurnAdmission:
    """At most ``concurrent`` turns run at once; the rest wait first-come first-served, urgent
    ones first. Not thread-safe: use it from the one event loop that runs the turns."""

    def __init__(self, concurrent: int, max_waiting: int) -> None:
        if concurrent < 0:
            raise ValueError(f"concurrent must be >= 0 (0 = no limit), got {concurrent!r}")
        if max_waiting < 0:
            raise ValueError(f"max_waiting must be >= 0, got {max_waiting!r}")
        self.concurrent = concurrent
        self.max_waiting = max_waiting
        self._running = 0
        self._ordinary: deque[asyncio.Future[None]] = deque()
        self._resuming: deque[asyncio.Future[None]] = deque()
        self._urgent: deque[asyncio.Future[None]] = deque()
        self._admitted = 0
        self._refused = 0

    # --- what a caller may ask ---------------------------------------------------------------
    def would_wait(self) -> bool:
        """Whether a turn arriving now would wait (so a channel checks urgency only then)."""
        return self.concurrent > 0 and (
            self._running >= self.concurrent
            or bool(self._urgent)
            or bool(self._resuming)
            or bool(self._ordinary)
        )

    def stats(self) -> AdmissionStats:
        return AdmissionStats(
            running=self._running,
            waiting=len(self._ordinary) + len(self._resuming) + len(self._urgent),
            waiting_urgent=len(self._urgent),
            admitted=self._admitted,
            refused=self._refused,
        )

    @asynccontextmanager
    async def turn(self, *, urgent: bool = False) -> AsyncIterator[None]:
        """Hold one of the ``concurrent`` places for the body of the ``async with``.

        Raises :class:`QueueFull` (before waiting) when the queue of ordinary turns is full and
        this turn is not urgent. A turn cancelled while it waits leaves the queue; one cancelled
        while it runs gives its place to the next."""
        place = _Place(self)
        await self._enter(self._urgent if urgent else self._ordinary, refusable=not urgent)
        place.holding = True
        self._admitted += 1
        token = _current_place.set(place)
        try:
            yield
        finally:
            _current_place.reset(token)
            if place.holding:
                place.holding = False
                self._leave()

    @staticmethod
    @asynccontextmanager
    async def released() -> AsyncIterator[None]:
        """Give the current turn's place back for the body (a call to another server), then
        take one again ahead of turns that have not started. Outside a turn, or with no limit,
        nothing happens."""
        place = _current_place.get()
        if place is None or not place.holding or place.admission.concurrent == 0:
            yield
            return
        admission = place.admission
        place.holding = False
        admission._leave()
        try:
            yield
        finally:
            await admission._enter(admission._resuming, refusable=False)
            place.holding = True

    # --- the queue ---------------------------------------------------------------------------
    async def _enter(self, queue: deque[asyncio.Future[None]], refusable: bool) -> None:
        """Take a place, waiting in ``queue`` when none is free (or others wait already)."""
        if not self.would_wait():
            self._running += 1
            return
        if refusable and len(self._ordinary) >= self.max_waiting:
            self._refused += 1
            raise QueueFull(f"{len(self._ordinary)} turns wait already (limits.max_waiting_turns)")
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        queue.append(waiter)
        try:
            await waiter
        except asyncio.CancelledError:
            if waiter.done() and not waiter.cancelled():
                # granted and cancelled in the same step: the place was ours, pass it on
                self._leave()
            elif waiter in queue:  # a _leave() may have dropped it already
                queue.remove(waiter)
            raise
        # _leave() handed its place over without decrementing _running

    def _leave(self) -> None:
        for queue in (self._urgent, self._resuming, self._ordinary):
            while queue:
                waiter = queue.popleft()
                if not waiter.done():
                    waiter.set_result(None)  # the place passes on; _running stays
                    return
        self._running -= 1


_lock = threading.Lock()
_process_admission: TurnAdmission | None = None


def process_admission() -> TurnAdmission:
    """The one :class:`TurnAdmission` of this server process (every channel shares it), sized
    by ``limits.concurrent_turns`` and ``limits.max_waiting_turns``."""
    global _process_admission
    with _lock:
        if _process_admission is None:
            from bot.settings import load_settings

            limits = load_settings().limits
            _process_admission = TurnAdmission(limits.concurrent_turns, limits.max_waiting_turns)
        return _process_admission


@asynccontextmanager
async def admitted_turn(text: str) -> AsyncIterator[None]:
    """A place for one turn of this process (:func:`process_admission`); the turn is urgent
    when it would wait and the emergency detector flags ``text`` (checked only then, so an
    idle server pays nothing for it). Raises :class:`QueueFull` like ``turn()``."""
    admission = process_admission()
    urgent = False
    if admission.would_wait():
        from bot.safety.emergency import detect_emergency

        urgent = detect_emergency(text) is not None
    async with admission.turn(urgent=urgent):
        yield


def reset_process_admission() -> None:
    """Forget the process-wide instance (tests that change the settings)."""
    global _process_admission
    with _lock:
        _process_admission = None
