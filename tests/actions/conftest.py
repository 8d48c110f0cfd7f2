"""Fixtures for action tests: recorded trackers, the real domain, a runtime on a fresh SQLite file."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from rasa_sdk import Tracker

from actions.runtime import Runtime, build_runtime
from bot.settings import PROJECT_ROOT, load_settings

FIXTURES = Path(__file__).resolve().parent / "fixtures"

# Saturday 2026-11-28, 10:00 in Asia/Shanghai: inside agent hours.
MORNING = dt.datetime(2026, 11, 28, 2, 0, tzinfo=dt.timezone.utc)
CAPACITY = 2


def load_tracker(name: str) -> Tracker:
    state = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    return Tracker.from_dict(state)


@pytest.fixture(scope="session")
def domain() -> dict:
    return yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))


@pytest.fixture
def make_runtime(tmp_path) -> Callable[..., Runtime]:
    def make(now: dt.datetime = MORNING, name: str = "actions.db") -> Runtime:
        settings = load_settings(
            env={}, db_url=f"sqlite:///{tmp_path / name}", appointment_capacity=CAPACITY
        )
        return build_runtime(settings, clock=lambda: now)

    return make


@pytest.fixture
def runtime(make_runtime) -> Runtime:
    return make_runtime()


@pytest.fixture(scope="session")
def tracker() -> Callable[[str], Tracker]:
    """Load a recorded tracker by fixture name: ``tracker("submit_complaint")``."""
    return load_tracker
