"""InboundLimiter: what our input channels do to a message before Rasa, off the event loop."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from bot.input_limits import (
    INPUT_LIMITS,
    InboundLimiter,
    channel_record,
    limit_text,
    read_message,
)
from bot.safety.emergency import detect_emergency
from bot.settings import load_settings

FIRE = "我家厨房着火了，火很大"


def test_read_message_is_the_limiters_cut() -> None:
    text = "小区路灯坏了。" * 500
    read = read_message(text, 100, 600, detect_emergency)
    assert read.text == limit_text(text, 100, 600).text
    assert read.record == {"original_length": len(text), "truncated": True}
    assert read.truncated and not read.emergency_sentence
    short = read_message("你好", 100, 600, detect_emergency)
    assert (short.text, short.truncated) == ("你好", False)


@pytest.mark.parametrize("unit", [" ", "1", "投诉", "😀", "我的电话 138 0013 8000 😀 "])
def test_an_emergency_in_the_part_cut_off_becomes_the_text(unit) -> None:
    text = unit * (100_000 // len(unit)) + "。" + FIRE
    read = read_message(text, 1000, 600, detect_emergency)
    assert read.text == FIRE
    assert read.record == {
        "original_length": len(text),
        "truncated": True,
        "emergency_sentence": True,
    }


def test_channel_record_only_fits_a_real_cut() -> None:
    record = {"original_length": 5000, "truncated": True}
    assert channel_record({INPUT_LIMITS: record}, "x" * 1000) == record
    flagged = {**record, "emergency_sentence": True}
    assert channel_record({INPUT_LIMITS: flagged}, FIRE) == flagged
    # Claims that do not fit the text are not a cut.
    assert channel_record({INPUT_LIMITS: {**record, "original_length": 3}}, "一二三") is None
    assert channel_record({INPUT_LIMITS: {**record, "truncated": False}}, "x") is None
    assert channel_record({INPUT_LIMITS: {**record, "original_length": "9"}}, "x") is None
    assert channel_record({INPUT_LIMITS: {**record, "original_length": True}}, "") is None
    assert channel_record({INPUT_LIMITS: "yes"}, "x") is None
    assert channel_record(None, "x") is None
    assert channel_record({"other": 1}, "x") is None


def test_metadata_drops_a_clients_own_record() -> None:
    forged = {INPUT_LIMITS: {"original_length": 9999, "truncated": True}, "page": "chat"}
    assert InboundLimiter.metadata(forged, None) == {"page": "chat"}
    assert forged[INPUT_LIMITS]  # the client's dict is not changed
    short = read_message("你好", 10, None)
    assert InboundLimiter.metadata(None, short) is None
    assert InboundLimiter.metadata("not a dict", short) is None
    cut = read_message("你好" * 20, 10, None)
    assert InboundLimiter.metadata(forged, cut) == {
        "page": "chat",
        INPUT_LIMITS: {"original_length": 40, "truncated": True},
    }
    assert InboundLimiter.metadata(None, cut) == {INPUT_LIMITS: cut.record}


async def test_a_long_message_is_read_off_the_event_loop() -> None:
    """The scan of a long message runs in a worker thread, and the event loop goes on serving
    other coroutines while it runs (a slow detector stands in for 100,000 characters)."""
    threads: list[str] = []

    def slow_detect(text: str) -> object | None:
        threads.append(threading.current_thread().name)
        time.sleep(0.05)
        return None

    text = "。".join(f"第{i}句话在这里" for i in range(8))  # 8 distinct sentences, > 20 chars
    limiter = InboundLimiter(20, 600, slow_detect)
    task = asyncio.create_task(limiter.read(text))
    ticks = 0
    start = time.perf_counter()
    while not task.done():
        await asyncio.sleep(0.005)
        ticks += 1
    read = await task
    elapsed = time.perf_counter() - start
    assert read.truncated and read.text == text[:20]
    assert len(threads) == 8 and threading.main_thread().name not in threads
    assert elapsed >= 0.35
    # The loop ran many times while the scan slept 0.4 s in its thread.
    assert ticks >= 20


async def test_short_messages_stay_on_the_loop_and_emergencies_are_found_anywhere() -> None:
    threads: list[str] = []

    def detect(text: str) -> object | None:
        threads.append(threading.current_thread().name)
        return detect_emergency(text)

    limiter = InboundLimiter(50, 600, detect)
    assert await limiter.is_emergency(FIRE)
    assert not await limiter.is_emergency("你好")
    assert set(threads) == {threading.current_thread().name}
    threads.clear()
    assert await limiter.is_emergency("路灯坏了。" * 1000 + FIRE)
    assert not await limiter.is_emergency("路灯坏了。" * 1000)
    assert threads and threading.current_thread().name not in threads
    with pytest.raises(ValueError):
        InboundLimiter(0, 600, detect)


@pytest.mark.parametrize("unit", [" ", "1", "投诉", "😀", "我的电话 138 0013 8000 😀 "])
async def test_nlu_reads_a_short_head_of_a_cut_message(unit) -> None:
    """A cut message's reply is decided, so Rasa gets only nlu_chars of its head (DIET's cost is
    quadratic in tokens and runs on the shared event loop); the record still says how long the
    message was, a message within the cap is passed whole and an emergency sentence is not cut."""
    limiter = InboundLimiter(1000, 600, detect_emergency, nlu_chars=150)
    text = unit * (100_000 // len(unit))
    read = await limiter.read(text)
    assert read.text == limit_text(text, 1000, 600).text[:150]
    assert read.record == {"original_length": len(text), "truncated": True}
    metadata = InboundLimiter.metadata({}, read)
    assert channel_record(metadata, read.text) == read.record

    letter = "我家楼下的餐馆每天晚上十点以后还在营业，油烟和噪音很大。" * 30
    assert 150 < len(letter) <= 1000
    whole = await limiter.read(letter)
    assert (whole.text, whole.truncated) == (letter, False)

    long_fire = "我家厨房着火了，" + "火越烧越大，" * 30 + "快来人"
    assert 150 < len(long_fire) <= 200
    found = await limiter.read(text + "。" + long_fire)
    assert found.text == long_fire and found.emergency_sentence
    with pytest.raises(ValueError, match="nlu_chars"):
        InboundLimiter(1000, 600, detect_emergency, nlu_chars=0)
    with pytest.raises(ValueError, match="nlu_chars"):
        read_message("x" * 10, 5, None, None, nlu_chars=0)


def test_from_settings_takes_the_limits_section() -> None:
    settings = load_settings()
    limiter = InboundLimiter.from_settings(settings, detect_emergency)
    assert limiter.max_chars == settings.limits.max_message_chars
    assert limiter.max_tokens == settings.limits.max_message_tokens
    assert limiter.nlu_chars == settings.limits.cut_message_nlu_chars
    assert limiter.detect is detect_emergency
