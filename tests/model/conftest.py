"""A tiny random-init Qwen2 chat model, built once per test session in about a second."""

from __future__ import annotations

from pathlib import Path

import pytest

import bot.model  # noqa: F401  (USE_TF=0 before transformers is imported)


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from bot.llm.tiny_model import build_tiny_chat_model

    return build_tiny_chat_model(tmp_path_factory.mktemp("model") / "tiny-qwen2")
