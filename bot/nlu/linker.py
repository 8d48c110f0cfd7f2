"""Links service-item mentions in a citizen's text to canonical ``service_item`` ids.

The alias list is the knowledge base's names and aliases (``load_knowledge_dir``) plus the
canonical names and aliases in :mod:`bot.service_items`. Matching is the knowledge retriever's own
matcher (:mod:`bot.knowledge.aliases`): one set of rules for spans (entities here) and for the
items a question names (retrieval). An alias two items claim links to nothing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

from bot.knowledge.aliases import FUZZY_MIN_LEN, MAX_TYPOS, AliasMatcher, Mention
from bot.service_items import SERVICE_ITEMS

__all__ = ["Mention", "ServiceItemIndex", "knowledge_aliases", "knowledge_hash"]


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


class ServiceItemIndex(AliasMatcher):
    """The shared alias matcher (:class:`bot.knowledge.aliases.AliasMatcher`); ``find`` returns
    non-overlapping mentions in text order of aliases that name exactly one item."""

    def __init__(
        self,
        aliases: Iterable[tuple[str, str]],
        fuzzy_min_len: int | None = None,
        max_typos: int | None = None,
    ) -> None:
        super().__init__(
            aliases,
            fuzzy_min_len=FUZZY_MIN_LEN if fuzzy_min_len is None else fuzzy_min_len,
            max_typos=MAX_TYPOS if max_typos is None else max_typos,
        )
