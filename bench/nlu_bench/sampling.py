"""Fixed-seed splits and stratified subsamples (the same seed gives the same sets on every run)."""

from __future__ import annotations

import collections
import math
import random
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")


def split_holdout(items: Sequence[T], test_fraction: float, seed: int) -> tuple[list[T], list[T]]:
    """A fixed-seed random split: (train, test), each in the input order."""
    if not 0 < test_fraction < 1:
        raise ValueError(f"test_fraction must be within (0, 1), got {test_fraction}")
    order = list(range(len(items)))
    random.Random(seed).shuffle(order)
    n_test = round(len(items) * test_fraction)
    test_ids = set(order[:n_test])
    train = [x for i, x in enumerate(items) if i not in test_ids]
    test = [x for i, x in enumerate(items) if i in test_ids]
    return train, test


def largest_remainder(sizes: dict[str, int], n: int) -> dict[str, int]:
    """Splits ``n`` over classes in proportion to ``sizes`` (Hamilton's method; ties by name)."""
    total = sum(sizes.values())
    if n <= 0 or total == 0:
        return {c: 0 for c in sizes}
    exact = {c: n * size / total for c, size in sizes.items()}
    quota = {c: math.floor(x) for c, x in exact.items()}
    left = n - sum(quota.values())
    for c in sorted(sizes, key=lambda c: (-(exact[c] - quota[c]), c))[:left]:
        quota[c] += 1
    return quota


def stratified_sample(
    items: Sequence[T], n: int | None, seed: int, key: Callable[[T], str | None] | None = None
) -> list[T]:
    """A fixed-seed subsample of ``n`` items in input order, stratified by ``key`` (intent).

    Each class gets at least one item when ``n`` allows one per class, and otherwise its
    proportional share (largest remainders first). Without ``key`` the sample is uniform.
    """
    if n is None or n >= len(items):
        return list(items)
    if n < 1:
        raise ValueError(f"sample size must be >= 1, got {n}")
    rng = random.Random(seed)
    if key is None:
        return [items[i] for i in sorted(rng.sample(range(len(items)), n))]
    groups: dict[str, list[int]] = collections.defaultdict(list)
    for i, item in enumerate(items):
        groups[str(key(item))].append(i)
    labels = sorted(groups)
    for label in labels:
        rng.shuffle(groups[label])
    sizes = {label: len(groups[label]) for label in labels}
    if n >= len(labels):
        # One per class first, the rest in proportion to what each class has left.
        rest = largest_remainder({c: size - 1 for c, size in sizes.items()}, n - len(labels))
        quota = {c: 1 + rest[c] for c in labels}
    else:
        quota = largest_remainder(sizes, n)
    chosen = sorted(i for label in labels for i in groups[label][: quota[label]])
    return [items[i] for i in chosen]
