"""The learning-rate schedule of every training loop here: linear warm-up, then cosine decay."""

from __future__ import annotations

import math


def warmup_cosine(step: int, warmup_steps: int, total_steps: int, min_ratio: float) -> float:
    """Multiplier of the peak learning rate at ``step`` (0-based, for ``LambdaLR``).

    Rises linearly to 1 over ``warmup_steps``, then follows a half cosine down to ``min_ratio`` at
    ``total_steps`` and stays there. The floor keeps late steps learning; warm-up keeps the first
    updates of fresh heads (or a fresh base model) from blowing up."""
    if step < warmup_steps:
        return (step + 1) / warmup_steps
    progress = min(1.0, (step - warmup_steps) / max(1, total_steps - warmup_steps))
    cosine = 0.5 * (1 + math.cos(math.pi * progress))
    return min_ratio + (1 - min_ratio) * cosine
