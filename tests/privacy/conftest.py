"""Fixtures for the privacy tests: a random citizen and a data key in the environment."""

from __future__ import annotations

import pytest
from privacy_helpers import Citizen, make_citizen

from bot.privacy.crypto import generate_key


@pytest.fixture
def citizen() -> Citizen:
    return make_citizen()


@pytest.fixture
def data_key(monkeypatch) -> str:
    key = generate_key()
    monkeypatch.setenv("MINSHENG_DATA_KEY", key)
    return key
