"""One generation engine per process and configuration, shared by actions and the NLG class.

Creating an engine may load a model (transformers back-end: seconds, gigabytes), so it happens
once, on first use, never at import time. Callers on an event loop should call
:func:`shared_engine` through ``asyncio.to_thread`` the first time.
"""

from __future__ import annotations

import asyncio
import json
import threading

from bot.llm import Engine, LLMConfig, make_engine

_engines: dict[str, Engine] = {}
_lock = threading.Lock()


def shared_engine(config: LLMConfig) -> Engine:
    """The process-wide engine for ``config`` (built on first call)."""
    key = json.dumps(config.to_dict(), sort_keys=True, default=str)
    with _lock:
        engine = _engines.get(key)
        if engine is None:
            engine = make_engine(config)
            _engines[key] = engine
        return engine


def cached_engine(config: LLMConfig) -> Engine | None:
    """The engine for ``config`` if it was already built, without building it."""
    key = json.dumps(config.to_dict(), sort_keys=True, default=str)
    with _lock:
        return _engines.get(key)


async def engine_within(config: LLMConfig, timeout_s: float) -> Engine:
    """:func:`shared_engine` from an event loop, waiting at most ``timeout_s``.

    Building the first engine may load a model for longer than a user should wait: on timeout
    this raises ``asyncio.TimeoutError`` (callers fall back) while the build goes on in its
    thread and caches the engine for later requests."""
    cached = cached_engine(config)
    if cached is not None:
        return cached
    # shield: a timeout must not cancel the build's future; the thread finishes and caches it.
    return await asyncio.wait_for(
        asyncio.shield(asyncio.to_thread(shared_engine, config)), timeout_s
    )
