"""Links service-item mentions in a citizen's text to canonical ``service_item`` ids.

The alias list is the knowledge base's names and aliases (``load_knowledge_dir``) plus the
canonical names and aliases in :mod:`bot.service_items`. Matching follows the knowledge
retriever's rules (``RetrievalConfig``): aliases shorter than ``fuzzy_min_len`` characters must
appear exactly (one wrong character in a short alias is usually another word); longer ones may
have at most ``max_typos`` wrong, missing or extra characters (Levenshtein distance). The
retriever's alias scorer gives a score per item but no position, and an entity needs the mention's
span, so the span search lives here; the thresholds are the retriever's.

Overlapping candidates are resolved greedily: exact before fuzzy, then longer mention, then earlier.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from bot.knowledge.retrieval import RetrievalConfig
from bot.service_items import SERVICE_ITEMS


@dataclass(frozen=True)
class Mention:
    item_id: str
    start: int
    end: int
    text: str
    alias: str
    score: float  # 1.0 exact, else 1 - distance / len(alias)


def knowledge_aliases(knowledge_dir: Path | None) -> list[tuple[str, str]]:
    """(alias, item id) pairs from the knowledge folder (if given) and ``bot.service_items``."""
    pairs: list[tuple[str, str]] = []
    if knowledge_dir is not None:
        from bot.knowledge.schema import load_knowledge_dir

        for item in load_knowledge_dir(Path(knowledge_dir)):
            pairs.extend((alias, item.id) for alias in (item.name, *item.aliases))
    for item in SERVICE_ITEMS:
        pairs.extend((alias, item.id) for alias in (item.name, *item.aliases))
    return pairs


def knowledge_hash(knowledge_dir: Path) -> str:
    """Content hash of the knowledge folder's YAML files (names and bytes)."""
    digest = hashlib.sha256()
    for file in sorted(Path(knowledge_dir).glob("*.yml")):
        digest.update(file.name.encode("utf-8") + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()


class ServiceItemIndex:
    """Alias index; ``find`` returns non-overlapping mentions in text order."""

    def __init__(
        self,
        aliases: Iterable[tuple[str, str]],
        fuzzy_min_len: int | None = None,
        max_typos: int | None = None,
    ) -> None:
        defaults = RetrievalConfig()
        self.fuzzy_min_len = defaults.fuzzy_min_len if fuzzy_min_len is None else fuzzy_min_len
        self.max_typos = defaults.max_typos if max_typos is None else max_typos
        owners: dict[str, set[str]] = {}
        for alias, item_id in aliases:
            alias = alias.strip().lower()
            if len(alias) >= 2:
                owners.setdefault(alias, set()).add(item_id)
        # An alias two items claim is ambiguous by construction: it links to nothing.
        self._owner = {a: next(iter(ids)) for a, ids in owners.items() if len(ids) == 1}
        self._aliases = sorted(self._owner, key=lambda a: (-len(a), a))
        self._fuzzy = [a for a in self._aliases if len(a) >= self.fuzzy_min_len]

    def __len__(self) -> int:
        return len(self._aliases)

    def _exact(self, text: str) -> list[Mention]:
        found = []
        for alias in self._aliases:
            pos = text.find(alias)
            while pos >= 0:
                found.append(
                    Mention(
                        self._owner[alias],
                        pos,
                        pos + len(alias),
                        text[pos : pos + len(alias)],
                        alias,
                        1.0,
                    )
                )
                pos = text.find(alias, pos + 1)
        return found

    def _typos(self, text: str) -> list[Mention]:
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
                found.append(Mention(self._owner[alias], s, e, text[s:e], alias, 1.0 - d / n))
        return found

    def find(self, text: str) -> list[Mention]:
        """Mentions of service items in ``text`` (case-insensitive), non-overlapping."""
        if not text or len(text) < 2:
            return []
        lowered = text.lower()
        candidates = self._exact(lowered) + self._typos(lowered)
        candidates.sort(key=lambda m: (-m.score, -(m.end - m.start), m.start))
        chosen: list[Mention] = []
        for m in candidates:
            if all(m.end <= c.start or m.start >= c.end for c in chosen):
                chosen.append(
                    Mention(m.item_id, m.start, m.end, text[m.start : m.end], m.alias, m.score)
                )
        return sorted(chosen, key=lambda m: m.start)
