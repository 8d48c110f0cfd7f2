"""The one learning-rate schedule: linear warm-up, cosine decay to a floor."""

from __future__ import annotations

import math

import pytest

from bot.finetune.base_model import MIN_LR_RATIO
from bot.finetune.config import FinetuneConfig
from bot.finetune.schedule import warmup_cosine
from bot.finetune.trainer import lr_lambda


def test_warm_up_is_linear_and_reaches_the_peak() -> None:
    assert [warmup_cosine(s, 4, 20, 0.1) for s in range(4)] == [0.25, 0.5, 0.75, 1.0]
    assert warmup_cosine(4, 4, 20, 0.1) == pytest.approx(1.0)


def test_cosine_decays_to_the_floor_and_stays_there() -> None:
    values = [warmup_cosine(s, 2, 12, 0.1) for s in range(2, 30)]
    assert all(a >= b for a, b in zip(values, values[1:], strict=False))
    assert warmup_cosine(7, 2, 12, 0.1) == pytest.approx(0.1 + 0.9 * 0.5)  # half-way
    assert warmup_cosine(12, 2, 12, 0.1) == pytest.approx(0.1)
    assert warmup_cosine(100, 2, 12, 0.1) == pytest.approx(0.1)


def test_no_warm_up_starts_at_the_peak() -> None:
    assert warmup_cosine(0, 0, 10, 0.0) == pytest.approx(1.0)
    assert warmup_cosine(5, 0, 10, 0.0) == pytest.approx(0.5 * (1 + math.cos(math.pi / 2)))


def test_fine_tuning_uses_it_with_its_config() -> None:
    cfg = FinetuneConfig(max_steps=50, warmup_steps=5, min_lr_ratio=0.2)
    f = lr_lambda(cfg)
    for step in (0, 4, 5, 27, 50, 80):
        assert f(step) == warmup_cosine(step, 5, 50, 0.2)
    assert 0 < MIN_LR_RATIO < 1  # pre-training's floor
