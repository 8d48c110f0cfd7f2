"""TurnAdmission: at most N turns at once, the rest first-come first-served, emergencies first."""

from __future__ import annotations

import asyncio

import pytest

import bot.admission as admission_module
from bot.admission import QueueFull, TurnAdmission, admitted_turn, reset_process_admission
from bot.settings import SettingsError, load_settings


async def _settle() -> None:
    for _ in range(5):
        await asyncio.sleep(0)


class Recorder:
    """Turns that hold their place until released, recording the order they got it in."""

    def __init__(self, admission: TurnAdmission) -> None:
        self.admission = admission
        self.started: list[str] = []
        self.release: dict[str, asyncio.Event] = {}

    def start(self, name: str, urgent: bool = False) -> asyncio.Task[None]:
        self.release[name] = asyncio.Event()

        async def turn() -> None:
            async with self.admission.turn(urgent=urgent):
                self.started.append(name)
                await self.release[name].wait()

        return asyncio.get_running_loop().create_task(turn())


async def test_waiting_turns_run_in_arrival_order() -> None:
    turns = Recorder(TurnAdmission(concurrent=2, max_waiting=10))
    tasks = [turns.start(name) for name in "abcdef"]
    await _settle()
    assert turns.started == ["a", "b"]
    assert turns.admission.stats().waiting == 4
    for name in "abcdef":
        turns.release[name].set()
        await _settle()
    await asyncio.gather(*tasks)
    assert turns.started == list("abcdef")
    stats = turns.admission.stats()
    assert (stats.running, stats.waiting, stats.admitted, stats.refused) == (0, 0, 6, 0)


async def test_an_urgent_turn_goes_ahead_of_waiting_ones() -> None:
    turns = Recorder(TurnAdmission(concurrent=1, max_waiting=10))
    tasks = [turns.start("a"), turns.start("b"), turns.start("c")]
    await _settle()
    tasks.append(turns.start("help", urgent=True))
    await _settle()
    assert turns.admission.stats().waiting_urgent == 1
    for name in ["a", "help", "b", "c"]:
        turns.release[name].set()
        await _settle()
    await asyncio.gather(*tasks)
    assert turns.started == ["a", "help", "b", "c"]


async def test_a_full_queue_refuses_ordinary_turns_but_never_urgent_ones() -> None:
    admission = TurnAdmission(concurrent=1, max_waiting=1)
    turns = Recorder(admission)
    tasks = [turns.start("a"), turns.start("b")]
    await _settle()
    with pytest.raises(QueueFull):
        async with admission.turn():
            pytest.fail("a refused turn must not run")
    tasks.append(turns.start("help", urgent=True))
    await _settle()
    assert admission.stats().waiting == 2 and admission.stats().refused == 1
    for name in ["a", "help", "b"]:
        turns.release[name].set()
        await _settle()
    await asyncio.gather(*tasks)
    assert turns.started == ["a", "help", "b"]


async def test_a_turn_cancelled_while_waiting_leaves_the_queue() -> None:
    turns = Recorder(TurnAdmission(concurrent=1, max_waiting=10))
    a, b, c = turns.start("a"), turns.start("b"), turns.start("c")
    await _settle()
    b.cancel()
    await _settle()
    assert turns.admission.stats().waiting == 1
    turns.release["a"].set()
    await _settle()
    assert turns.started == ["a", "c"]
    turns.release["c"].set()
    await asyncio.gather(a, c)
    with pytest.raises(asyncio.CancelledError):
        await b
    assert turns.admission.stats().running == 0


async def test_a_turn_granted_and_cancelled_before_it_ran_passes_its_place_on() -> None:
    admission = TurnAdmission(concurrent=1, max_waiting=10)
    turns = Recorder(admission)
    held = admission.turn()
    await held.__aenter__()
    b, c = turns.start("b"), turns.start("c")
    await _settle()
    await held.__aexit__(None, None, None)  # grants b's place, b has not resumed yet
    b.cancel()
    await _settle()
    assert turns.started == ["c"]
    turns.release["c"].set()
    await c
    with pytest.raises(asyncio.CancelledError):
        await b
    assert admission.stats().running == 0


async def test_a_failing_turn_gives_its_place_back() -> None:
    admission = TurnAdmission(concurrent=1, max_waiting=10)
    with pytest.raises(ValueError):
        async with admission.turn():
            raise ValueError("store down")
    assert admission.stats().running == 0 and not admission.would_wait()


async def test_zero_means_no_limit() -> None:
    turns = Recorder(TurnAdmission(concurrent=0, max_waiting=0))
    tasks = [turns.start(str(i)) for i in range(20)]
    await _settle()
    assert len(turns.started) == 20 and not turns.admission.would_wait()
    for event in turns.release.values():
        event.set()
    await asyncio.gather(*tasks)
    assert turns.admission.stats().running == 0


def test_bad_sizes_are_refused() -> None:
    with pytest.raises(ValueError):
        TurnAdmission(concurrent=-1, max_waiting=1)
    with pytest.raises(ValueError):
        TurnAdmission(concurrent=1, max_waiting=-1)


def test_settings_validate_the_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(SettingsError, match="concurrent_turns"):
        load_settings(env={"BOT_LIMITS_CONCURRENT_TURNS": "-1"})
    with pytest.raises(SettingsError, match="max_waiting_turns"):
        load_settings(env={"BOT_LIMITS_MAX_WAITING_TURNS": "-1"})
    monkeypatch.setenv("BOT_LIMITS_CONCURRENT_TURNS", "3")
    monkeypatch.setenv("BOT_LIMITS_MAX_WAITING_TURNS", "7")
    reset_process_admission()
    try:
        admission = admission_module.process_admission()
        assert (admission.concurrent, admission.max_waiting) == (3, 7)
        assert admission_module.process_admission() is admission
    finally:
        reset_process_admission()


async def test_an_emergency_is_looked_for_only_when_the_turn_would_wait(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import bot.safety.emergency as emergency

    looked_at: list[str] = []
    real = emergency.detect_emergency

    def detect(text: str):  # type: ignore[no-untyped-def]
        looked_at.append(text)
        return real(text)

    monkeypatch.setattr(emergency, "detect_emergency", detect)
    admission = TurnAdmission(concurrent=1, max_waiting=0)
    monkeypatch.setattr(admission_module, "_process_admission", admission)
    async with admitted_turn("你好"):
        assert looked_at == []  # an idle server pays nothing
        with pytest.raises(QueueFull):
            async with admitted_turn("查一下工单进度"):
                pass
        fire = "我家厨房着火了，火很大"
        waiting = asyncio.get_running_loop().create_task(_run(admitted_turn(fire)))
        await _settle()
        assert admission.stats().waiting_urgent == 1  # queue full, and still it waits
    await waiting
    assert looked_at == ["查一下工单进度", fire]


async def _run(turn) -> None:  # type: ignore[no-untyped-def]
    async with turn:
        pass


async def test_a_turn_waiting_on_another_server_lets_a_waiting_turn_run() -> None:
    admission = TurnAdmission(concurrent=1, max_waiting=10)
    order: list[str] = []
    reply = asyncio.Event()

    async def with_action() -> None:
        async with admission.turn():
            order.append("a starts")
            async with TurnAdmission.released():  # the action server works
                order.append("a waits on the action server")
                await reply.wait()
            order.append("a resumes")

    async def ordinary(name: str, gate: asyncio.Event | None = None) -> None:
        async with admission.turn():
            order.append(f"{name} runs")
            if gate is not None:
                await gate.wait()

    b_gate = asyncio.Event()
    a = asyncio.get_running_loop().create_task(with_action())
    await _settle()
    b = asyncio.get_running_loop().create_task(ordinary("b", b_gate))
    await _settle()
    assert order[-1] == "b runs"  # a's place went to b while a waited
    c = asyncio.get_running_loop().create_task(ordinary("c"))
    reply.set()  # a's reply is there: a waits for a place, ahead of c
    await _settle()
    assert admission.stats().waiting == 2
    b_gate.set()
    await asyncio.gather(a, b, c)
    assert order == [
        "a starts",
        "a waits on the action server",
        "b runs",
        "a resumes",
        "c runs",
    ]
    assert admission.stats().running == 0


async def test_released_outside_a_turn_or_without_a_limit_does_nothing() -> None:
    async with TurnAdmission.released():
        pass
    admission = TurnAdmission(concurrent=0, max_waiting=0)
    async with admission.turn():
        async with TurnAdmission.released():
            assert admission.stats().running == 1
    assert admission.stats().running == 0


async def test_a_turn_cancelled_while_it_waits_to_resume_holds_no_place() -> None:
    admission = TurnAdmission(concurrent=1, max_waiting=10)
    reply = asyncio.Event()
    hold = asyncio.Event()

    async def with_action() -> None:
        async with admission.turn():
            async with TurnAdmission.released():
                await reply.wait()

    async def holder() -> None:
        async with admission.turn():
            await hold.wait()

    a = asyncio.get_running_loop().create_task(with_action())
    await _settle()
    b = asyncio.get_running_loop().create_task(holder())
    await _settle()
    reply.set()
    await _settle()  # a waits to resume behind b
    a.cancel()
    with pytest.raises(asyncio.CancelledError):
        await a
    assert admission.stats().running == 1 and admission.stats().waiting == 0
    hold.set()
    await b
    assert admission.stats().running == 0
