"""The one process-wide cache of loaded models (and of what is built once per loaded model).

Loading a model costs seconds and gigabytes, so a process holds each (folder, device, dtype) once:
the generation engine, complaint routing and the NLU components ask :func:`shared` with the same
key and get the same object. Entries live as long as the process (a worker serves one model set).
Each key has its own lock: two threads asking for one model load it once, and different models
load in parallel.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")

_entries: dict[Hashable, Any] = {}
_key_locks: dict[Hashable, threading.Lock] = {}
_lock = threading.Lock()


def shared(key: Hashable, build: Callable[[], T]) -> T:
    """The object cached under ``key``, built by ``build()`` on first use.

    A failed ``build`` caches nothing (the next call tries again)."""
    with _lock:
        if key in _entries:
            return _entries[key]
        key_lock = _key_locks.setdefault(key, threading.Lock())
    with key_lock:
        with _lock:
            if key in _entries:
                return _entries[key]
        value = build()
        with _lock:
            _entries[key] = value
        return value
