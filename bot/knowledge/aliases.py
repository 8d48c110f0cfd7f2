"""The one alias/typo matcher: service-item names and aliases found in a citizen's text.

Used by the knowledge retriever (which items the question *names*) and by the NLU linker
(``bot.nlu.linker``: ``service_item`` entities with spans), so both read a question the same way.

Rules: matching is case-insensitive. Aliases shorter than ``fuzzy_min_len`` characters must appear
exactly (one wrong character in a short alias is usually another word); longer ones may have at
most ``max_typos`` wrong, missing or extra characters (Levenshtein distance over a window of the
text). A mention scores ``1 - distance / len(alias)`` (1.0 exact).

Pinyin input puts a homophone in place of the intended character ("公基金" for 公积金, "身分证"):
an alias of at least ``HOMOPHONE_MIN_LEN`` characters also matches a window of the text of its
length that reads the same in toneless pinyin and differs in ``max_typos`` characters at most,
each a homophone; such a substitution counts ``HOMOPHONE_DISTANCE`` of a typo (short aliases
included, which otherwise must match exactly: a homophone swapped in is how they are mistyped).

Two-character words are too often another word to be matched that way, but :meth:`corrected` puts
one back ("物叶" -> 物业) when the matcher is given a dictionary segmenter (``segment``) and every
check holds: the segmenter reads each of the two characters written as a word of its own (so the
two are no word it knows, and neither belongs to a longer word around them: "我家水电" is no "加水",
"税务局报的" no "举报"), neither is a function character ("不办了" is no "补办"), and exactly one
two-character alias or term reads the same in toneless pinyin and shares one character with it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from pypinyin import Style, lazy_pinyin
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

# Aliases shorter than this must match exactly.
FUZZY_MIN_LEN = 5
# Wrong, missing or extra characters tolerated in an alias of at least FUZZY_MIN_LEN characters.
MAX_TYPOS = 1
# Shorter aliases are ignored (a single character names nothing).
MIN_ALIAS_LEN = 2
# Aliases at least this long also match with homophones swapped in (a two-character alias with
# one homophone swapped is too often another word).
HOMOPHONE_MIN_LEN = 3
# What one homophone swapped in costs, in typos (a pinyin-input slip is the commonest typo).
HOMOPHONE_DISTANCE = 0.5


@functools.lru_cache(maxsize=8192)
def _reading(char: str) -> str:
    """A character's toneless pinyin (its most common reading); other characters stand for
    themselves."""
    if not "\u4e00" <= char <= "\u9fff":
        return char
    return lazy_pinyin(char, style=Style.NORMAL)[0]


# Characters a two-character repair never touches: negations, particles, pronouns and the like
# ("不办了" is no "补办了").
_FUNCTION_CHARS = frozenset(
    "不没别未无非莫勿的了着过是在有我你他她它这那哪和与跟就都也还要会能很太再又才把被给让对从到为以吗呢吧啊"
)


def _han(text: str) -> bool:
    return all("\u4e00" <= c <= "\u9fff" for c in text)


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
        terms: Iterable[str] = (),
        segment: Callable[[str], list[str]] | None = None,
    ) -> None:
        """``terms``: words of the names and aliases (公积金 of 公积金转移) that name no item on
        their own but are put back by :meth:`corrected` when written with a homophone.
        ``segment``: a dictionary segmenter whose words, joined, give back the text it was given
        (Jieba's precise mode, no guessed words); without it no two-character word is put back."""
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
        # aliases by their toneless reading, for the homophone matcher
        words = {t.strip().lower() for t in terms}
        self._terms = sorted({t for t in words if len(t) >= HOMOPHONE_MIN_LEN} - set(self.owners))
        self._segment = segment
        # two-character aliases and terms by their toneless reading, for the repair in corrected
        self._pairs: dict[tuple[str, ...], list[str]] = {}
        for word in sorted({w for w in [*self.owners, *words] if len(w) == 2 and _han(w)}):
            self._pairs.setdefault(tuple(_reading(c) for c in word), []).append(word)
        self._by_reading: dict[tuple[str, ...], list[str]] = {}
        for word in [*self._aliases, *self._terms]:
            if len(word) >= HOMOPHONE_MIN_LEN:
                key = tuple(_reading(c) for c in word)
                self._by_reading.setdefault(key, []).append(word)
        self._reading_lengths = sorted({len(k) for k in self._by_reading})

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

    def _homophones(self, text: str) -> list[tuple[str, int, int, float]]:
        """Aliases and terms written with homophones swapped in (see the module), not found
        exactly."""
        if not self.max_typos or not self._by_reading:
            return []
        readings = [_reading(c) for c in text]
        found = []
        for n in self._reading_lengths:
            for start in range(0, len(text) - n + 1):
                for alias in self._by_reading.get(tuple(readings[start : start + n]), ()):
                    window = text[start : start + n]
                    swapped = sum(a != b for a, b in zip(alias, window, strict=True))
                    if 0 < swapped <= self.max_typos:
                        found.append(
                            (alias, start, start + n, 1.0 - swapped * HOMOPHONE_DISTANCE / n)
                        )
        return found

    def corrected(self, text: str) -> str:
        """``text`` with each alias written with homophones swapped in put back as the alias
        ("公基金怎么取" -> "公积金怎么取"), so that every retrieval source, not only the alias
        match, reads the word meant. Longer aliases first; a span that overlaps an exact alias
        or an earlier correction is left as written."""
        if not text or len(text) < 2:
            return text
        lowered = text.lower()
        taken = [(s, e) for _, s, e, _ in self._exact(lowered)]
        for term in self._terms:
            pos = lowered.find(term)
            while pos >= 0:
                taken.append((pos, pos + len(term)))
                pos = lowered.find(term, pos + 1)
        fixes: list[tuple[int, int, str]] = []
        for alias, s, e, _ in sorted(self._homophones(lowered), key=lambda c: (-len(c[0]), c[1])):
            if all(e <= ts or s >= te for ts, te in taken):
                taken.append((s, e))
                fixes.append((s, e, alias))
        fixes += self._pair_fixes(lowered, taken)
        for s, e, alias in sorted(fixes, reverse=True):
            text = text[:s] + alias + text[e:]
        return text

    def _pair_fixes(self, text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
        """Two-character words written with one homophone (see the module), outside ``taken``."""
        if self._segment is None or not self.max_typos or not self._pairs:
            return []
        # windows with exactly one word one homophone away; the segmenter reads the text only
        # when there is one (most messages have none)
        found: list[tuple[int, int, str]] = []
        for s in range(len(text) - 1):
            window = text[s : s + 2]
            if not _han(window) or any(c in _FUNCTION_CHARS for c in window):
                continue
            options = [
                word
                for word in self._pairs.get((_reading(window[0]), _reading(window[1])), ())
                if sum(a != b for a, b in zip(word, window, strict=True)) == 1
            ]
            if len(options) == 1:
                found.append((s, s + 2, options[0]))
        if not found:
            return []
        # each character's word (start, end) in the segmenter's reading of the text
        spans: list[tuple[int, int]] = []
        pos = 0
        for word in self._segment(text):
            spans += [(pos, pos + len(word))] * len(word)
            pos += len(word)
        if pos != len(text):  # the segmenter changed the text: no repair rather than a wrong one
            return []
        fixes: list[tuple[int, int, str]] = []
        for s, e, word in found:
            if any(s < te and e > ts for ts, te in taken):
                continue
            # each character a word of its own: the two are no word the segmenter knows, and
            # neither belongs to a longer word around them
            if spans[s] != (s, s + 1) or spans[s + 1] != (s + 1, e):
                continue
            taken.append((s, e))
            fixes.append((s, e, word))
        return fixes

    def candidates(self, text: str) -> list[tuple[str, int, int, float]]:
        """Every (alias, start, end, score) found in ``text``, overlapping ones included."""
        if not text or len(text) < MIN_ALIAS_LEN:
            return []
        lowered = text.lower()
        named = [c for c in self._homophones(lowered) if c[0] in self.owners]
        return self._exact(lowered) + self._typos(lowered) + named

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
