"""What the trained-model dialogue tests share: the model they load and a port nobody serves.

The model is `make train`'s (results/model/ci.tar.gz) unless BOT_TEST_RASA_MODEL names another;
without it the tests skip (fail when BOT_REQUIRE_SERVICES=1, as in CI).
"""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[2]
MODEL = Path(os.environ.get("BOT_TEST_RASA_MODEL") or PROJECT_ROOT / "results/model/ci.tar.gz")


def trained_model() -> Path:
    """The trained model's path; skips the test (or fails it in CI) when there is none."""
    if not MODEL.is_file():
        message = f"no trained Rasa model at {MODEL} (make train, or set BOT_TEST_RASA_MODEL)"
        if os.environ.get("BOT_REQUIRE_SERVICES") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return MODEL


def closed_port() -> int:
    """A local port nothing listens on (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
