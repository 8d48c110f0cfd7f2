"""The one alias/typo matcher: service-item names and aliases found in a citizen's text.

Used by the knowledge retriever (which items the question *names*) and by the NLU linker
(``bot.nlu.linker``: ``service_item`` entities with spans), so both read a question the same way.

Rules: matching is case-insensitive. Aliases shorter than ``fuzzy_min_len`` characters must appear
exactly (one wrong character in a short alias is usually another word); longer ones may have at
most ``max_typos`` wrong, missing or extra characters (Levenshtein distance over a window of the
text). A mention scores ``1 - distance / len(alias)`` (1.0 exact).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

# Aliases shorter than this must match exactly.
FUZZY_MIN_LEN = 5
# Wrong, missing or extra characters tolerated in an alias of at least FUZZY_MIN_LEN characters.
MAX_TYPOS = 1
# Shorter aliases are ignored (a single character names nothing).
MIN_ALIAS_LEN = 2


@dataclass(frozen=True)
class Mention:
    item_id: str
    start: int
    end: int
    text: str
    alias: str
    score: float  # 1.0 exact, else 1 - distance / len(alias)


class AliasMatcher:
    """Alias index over (alias, item id) pairs; an alias may belong to several items."""

    def __init__(
        self,
        aliases: Iterable[tuple[str, str]],
        fuzzy_min_len: int = FUZZY_MIN_LEN,
        max_typos: int = MAX_TYPOS,
    ) -> None:
        if fuzzy_min_len < 1 or max_typos < 0:
            raise ValueError("fuzzy_min_len must be >= 1 and max_typos >= 0")
        self.fuzzy_min_len = fuzzy_min_len
        self.max_typos = max_typos
        owners: dict[str, set[str]] = {}
        for alias, item_id in aliases:
            alias = alias.strip().lower()
            if len(alias) >= MIN_ALIAS_LEN:
                owners.setdefault(alias, set()).add(item_id)
        self.owners = {a: tuple(sorted(ids)) for a, ids in owners.items()}
        self._aliases = sorted(self.owners, key=lambda a: (-len(a), a))
        self._fuzzy = [a for a in self._aliases if len(a) >= fuzzy_min_len]

    def __len__(self) -> int:
        return len(self._aliases)

    def _exact(self, text: str) -> list[tuple[str, int, int, float]]:
        found = []
        for alias in self._aliases:
            pos = text.find(alias)
            while pos >= 0:
                found.append((alias, pos, pos + len(alias), 1.0))
                pos = text.find(alias, pos + 1)
        return found

    def _typos(self, text: str) -> list[tuple[str, int, int, float]]:
        if not self.max_typos or not self._fuzzy:
            return []
        found = []
        # partial_ratio pre-filter: one typo in an alias of length n scores >= 100 * (1 - 1/n).
        cutoff = 100.0 * (1 - (self.max_typos + 0.5) / self.fuzzy_min_len)
        for alias, _, _ in process.extract(
            text, self._fuzzy, scorer=fuzz.partial_ratio, score_cutoff=cutoff, limit=None
        ):
            n = len(alias)
            best: tuple[int, int, int] | None = None
            # Substitutions first: among equally close windows the one of the alias's length wins.
            widths = sorted(
                range(n - self.max_typos, n + self.max_typos + 1), key=lambda w: abs(w - n)
            )
            for width in widths:
                for start in range(0, len(text) - width + 1):
                    d = Levenshtein.distance(
                        alias, text[start : start + width], score_cutoff=self.max_typos
                    )
                    if d <= self.max_typos and (best is None or d < best[0]):
                        best = (d, start, start + width)
            if best is not None and best[0] > 0:
                d, s, e = best
                found.append((alias, s, e, 1.0 - d / n))
        return found

    def candidates(self, text: str) -> list[tuple[str, int, int, float]]:
        """Every (alias, start, end, score) found in ``text``, overlapping ones included."""
        if not text or len(text) < MIN_ALIAS_LEN:
            return []
        lowered = text.lower()
        return self._exact(lowered) + self._typos(lowered)

    def item_scores(self, text: str) -> dict[str, tuple[float, int]]:
        """Best (score, alias length) per item named in ``text``; ambiguous aliases count for
        every owner. Among equal scores the longer (more specific) alias wins."""
        best: dict[str, tuple[float, int]] = {}
        for alias, _s, _e, score in self.candidates(text):
            key = (score, len(alias))
            for owner in self.owners[alias]:
                if key > best.get(owner, (0.0, 0)):
                    best[owner] = key
        return best

    def find(self, text: str) -> list[Mention]:
        """Non-overlapping mentions in text order, of aliases that name exactly one item.

        Overlaps are resolved greedily: exact before fuzzy, then longer mention, then earlier.
        """
        candidates = [c for c in self.candidates(text) if len(self.owners[c[0]]) == 1]
        candidates.sort(key=lambda c: (-c[3], -(c[2] - c[1]), c[1], c[0]))
        chosen: list[tuple[str, int, int, float]] = []
        for c in candidates:
            if all(c[2] <= o[1] or c[1] >= o[2] for o in chosen):
                chosen.append(c)
        return [
            Mention(self.owners[a][0], s, e, text[s:e], a, score)
            for a, s, e, score in sorted(chosen, key=lambda c: c[1])
        ]
