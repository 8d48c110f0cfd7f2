"""Exact and near-duplicate detection over Chinese text with MinHash + LSH on character n-grams.

Written here rather than taken from ``datasketch`` because the whole thing is ~80 lines of NumPy,
works on our few-thousand-record sets in well under a second, and avoids a dependency that Rasa's
pins would have to accommodate. Two uses:

* ``near_duplicates``: drop a record whose text is ≥ ``threshold`` Jaccard-similar to an earlier one.
* ``paraphrase_groups``: leader clustering at a lower threshold, so paraphrases of one source share a
  split group (no leakage) without one long chain of similar templates swallowing a whole intent.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections import defaultdict
from collections.abc import Sequence

import numpy as np

_PRIME = np.uint64((1 << 61) - 1)
_MAX = np.uint64((1 << 32) - 1)


def shingles(text: str, n: int = 3) -> set[str]:
    """Character n-grams over letters and digits only: punctuation and spacing do not count."""
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] in "LN")
    if len(text) <= n:
        return {text} if text else set()
    return {text[i : i + n] for i in range(len(text) - n + 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


class MinHashLSH:
    """MinHash signatures with banded LSH buckets; candidates are verified by exact Jaccard."""

    def __init__(self, num_perm: int = 64, bands: int = 16, seed: int = 1, ngram: int = 3):
        if num_perm % bands:
            raise ValueError(f"num_perm ({num_perm}) must be divisible by bands ({bands})")
        rng = np.random.default_rng(seed)
        self.a = rng.integers(1, 1 << 61, size=num_perm, dtype=np.uint64)
        self.b = rng.integers(0, 1 << 61, size=num_perm, dtype=np.uint64)
        self.bands, self.rows, self.ngram = bands, num_perm // bands, ngram
        self.buckets: dict[tuple[int, bytes], list[int]] = defaultdict(list)
        self.sets: list[set[str]] = []

    def _signature(self, grams: set[str]) -> np.ndarray:
        if not grams:
            return np.full(len(self.a), _MAX, dtype=np.uint64)
        h = np.array(
            [
                int.from_bytes(hashlib.blake2b(g.encode(), digest_size=4).digest(), "little")
                for g in grams
            ],
            dtype=np.uint64,
        )
        # (a*h + b) mod p, with values < 2^32 so the product stays inside uint64 after the mod.
        with np.errstate(over="ignore"):
            mixed = (np.outer(self.a % _MAX, h) + self.b[:, None]) % _PRIME
        return (mixed & _MAX).min(axis=1)

    def add(self, text: str) -> tuple[int, list[int]]:
        """Index ``text``; returns its index and the earlier indices sharing an LSH bucket."""
        grams = shingles(text, self.ngram)
        sig = self._signature(grams)
        idx = len(self.sets)
        self.sets.append(grams)
        candidates: set[int] = set()
        for band in range(self.bands):
            key = (band, sig[band * self.rows : (band + 1) * self.rows].tobytes())
            candidates.update(self.buckets[key])
            self.buckets[key].append(idx)
        return idx, sorted(candidates)


def near_duplicates(texts: Sequence[str], threshold: float = 0.85) -> list[int | None]:
    """For each text, the index of an earlier text it near-duplicates (Jaccard ≥ threshold)."""
    index = MinHashLSH()
    out: list[int | None] = []
    kept: set[int] = set()
    for text in texts:
        idx, candidates = index.add(text)
        match = next(
            (
                c
                for c in candidates
                if c in kept and jaccard(index.sets[c], index.sets[idx]) >= threshold
            ),
            None,
        )
        out.append(match)
        if match is None:
            kept.add(idx)
    return out


def paraphrase_groups(texts: Sequence[str], threshold: float = 0.6) -> list[int]:
    """Leader clustering: each text joins the first earlier leader it is similar to, else leads."""
    index = MinHashLSH(num_perm=64, bands=32)
    leaders: set[int] = set()
    group: list[int] = []
    for text in texts:
        idx, candidates = index.add(text)
        leader = next(
            (
                c
                for c in candidates
                if c in leaders and jaccard(index.sets[c], index.sets[idx]) >= threshold
            ),
            None,
        )
        if leader is None:
            leaders.add(idx)
            group.append(idx)
        else:
            group.append(leader)
    return group
