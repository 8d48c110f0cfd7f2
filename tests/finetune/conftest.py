"""Session fixtures for the fine-tuning tests: toy records and a tiny random-init base model."""

from __future__ import annotations

from pathlib import Path

import pytest
from finetune_toys import corpus, make_tiny_base, toy_records

from bot.finetune.records import Record


@pytest.fixture(scope="session")
def toy() -> list[Record]:
    return toy_records()


@pytest.fixture(scope="session")
def tiny_base(tmp_path_factory: pytest.TempPathFactory, toy: list[Record]) -> Path:
    return make_tiny_base(tmp_path_factory.mktemp("tiny_base"), corpus(toy))
