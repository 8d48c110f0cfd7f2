"""Traditional -> simplified Chinese, one character at a time, for the safety detectors' matching.

The detectors' rules and lexicons are written in simplified characters; a citizen who types
"不實名買弩" or "CAD註冊機" must read the same. The table is OpenCC's ``TSCharacters`` dictionary
(Apache-2.0, shipped inside ``opencc-python-reimplemented``; nothing is downloaded), first candidate
of each single character. Character-level is enough for matching: the text shown or stored is never
converted. Fifteen characters that are also in GB2312 (後, 於, 乾, 麽 …) map the way OpenCC maps
them; none of them carries a rule on its own.
"""

from __future__ import annotations

import importlib.resources
import re
from functools import lru_cache


@lru_cache(maxsize=1)
def table() -> dict[int, str]:
    """The ``str.translate`` table: code point of a traditional character -> its simplified form."""
    try:
        source = importlib.resources.files("opencc") / "dictionary" / "TSCharacters.txt"
        lines = source.read_text(encoding="utf-8").splitlines()
    except (ModuleNotFoundError, FileNotFoundError) as exc:  # pragma: no cover - install error
        raise RuntimeError(
            "opencc-python-reimplemented is a dependency of minsheng (its TSCharacters table "
            "simplifies traditional characters for the safety rules); reinstall with `make install`"
        ) from exc
    out: dict[int, str] = {}
    for line in lines:
        if not line.strip():
            continue
        source_chars, _, targets = line.partition("\t")
        candidates = targets.split()
        if len(source_chars) == 1 and candidates and candidates[0] != source_chars:
            out[ord(source_chars)] = candidates[0]
    if len(out) < 2000:  # pragma: no cover - a truncated or foreign dictionary
        raise RuntimeError(f"TSCharacters.txt gave only {len(out)} characters")
    return out


def simplify(text: str) -> str:
    """``text`` with every traditional character replaced by its simplified form."""
    return text.translate(table())


# 著 is also a simplified character (著名, 著作权), but in a message to a hotline "著火", "看著像" and
# "拿著刀" are 着; the words where 著 stays are kept.
_ZHE = re.compile(r"(?<![显论专原名巨编土卓昭])著(?![作名称述录])")


def simplify_for_matching(text: str) -> str:
    """``simplify`` and then 著 read as 着 outside the words that keep it (著名, 著作权 …): the form
    both safety detectors match their rules against."""
    return _ZHE.sub("着", simplify(text))
