"""Links service-item mentions to knowledge-base items: ``service_item`` entities, canonical ids.

A thin adapter over :mod:`bot.nlu.linker`. Aliases come from the knowledge folder (names and
aliases of the curated items) plus ``bot.service_items``; aliases of five or more characters
tolerate one wrong, missing or extra character. Each mention becomes a ``service_item`` entity
whose value is the canonical id (e.g. ``ss_card_apply``), with the mention's start and end.

It never removes entities of other types, nor ``service_item`` entities that do not overlap one of
its mentions. Where an earlier extractor (DIET) already produced an *overlapping* ``service_item``,
only one is kept: the linker's, because its value is a validated canonical id, while DIET's value
is the surface text (or a synonym mapping of it) that may not be an id at all. Place it after DIET
and EntitySynonymMapper.

The knowledge folder's content hash is part of the fingerprint: editing aliases retrains.
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.exceptions import InvalidConfigException
from rasa.shared.nlu.constants import (
    ENTITIES,
    ENTITY_ATTRIBUTE_CONFIDENCE,
    ENTITY_ATTRIBUTE_END,
    ENTITY_ATTRIBUTE_START,
    ENTITY_ATTRIBUTE_TYPE,
    ENTITY_ATTRIBUTE_VALUE,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.linker import ServiceItemIndex, knowledge_aliases, knowledge_hash

logger = logging.getLogger(__name__)


@functools.lru_cache(maxsize=4)
def _index(knowledge_dir: str | None, fuzzy_min_len: int, max_typos: int) -> ServiceItemIndex:
    try:
        aliases = knowledge_aliases(Path(knowledge_dir) if knowledge_dir else None)
    except (FileNotFoundError, ValueError) as e:
        raise InvalidConfigException(
            f"ServiceItemLinker: cannot read the knowledge folder '{knowledge_dir}' "
            f"(resolved against '{Path.cwd()}'): {e}"
        ) from e
    return ServiceItemIndex(aliases, fuzzy_min_len=fuzzy_min_len, max_typos=max_typos)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class ServiceItemLinker(GraphComponent, EntityExtractorMixin):
    """Emits `service_item` entities with canonical ids for aliases found in the text."""

    @staticmethod
    def required_packages() -> list[str]:
        """Import names: Rasa imports them to validate the pipeline."""
        return ["rapidfuzz"]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """The component's default config."""
        return {
            # Folder of knowledge YAML files whose item names and aliases are linked (relative to
            # the directory `rasa` runs in); null links only bot.service_items' aliases.
            "knowledge_dir": "data/knowledge",
            # Entity type emitted (and replaced where an earlier extractor's overlaps).
            "entity": "service_item",
            # Aliases shorter than this must match exactly.
            "fuzzy_min_len": 5,
            # Wrong, missing or extra characters tolerated in longer aliases (0 = exact only).
            "max_typos": 1,
        }

    @classmethod
    def fingerprint_addon(cls, config: dict[str, Any]) -> str | None:
        """Content hash of the knowledge folder, so alias edits retrain."""
        directory = {**cls.get_default_config(), **config}.get("knowledge_dir")
        if not directory:
            return "no-knowledge-dir"
        if not Path(directory).is_dir():
            return f"missing:{directory}"
        return knowledge_hash(Path(directory))

    def __init__(self, config: dict[str, Any]) -> None:
        for key in ("fuzzy_min_len", "max_typos"):
            if not isinstance(config.get(key), int) or config[key] < 0:
                raise InvalidConfigException(
                    f"{self.__class__.__name__}: '{key}' must be an int >= 0, got "
                    f"{config.get(key)!r}"
                )
        if not config.get("entity"):
            raise InvalidConfigException(f"{self.__class__.__name__}: 'entity' is required")
        self._entity = str(config["entity"])
        directory = config.get("knowledge_dir")
        self._index = _index(
            str(Path(directory).resolve()) if directory else None,
            config["fuzzy_min_len"],
            config["max_typos"],
        )

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> ServiceItemLinker:
        """Builds the alias index (nothing to train)."""
        return cls({**cls.get_default_config(), **config})

    def process(self, messages: list[Message]) -> list[Message]:
        """Adds linked `service_item` entities; drops only overlapping ones of the same type."""
        for message in messages:
            mentions = self._index.find(message.get(TEXT) or "")
            if not mentions:
                continue
            linked = self.add_extractor_name(
                [
                    {
                        ENTITY_ATTRIBUTE_TYPE: self._entity,
                        ENTITY_ATTRIBUTE_START: m.start,
                        ENTITY_ATTRIBUTE_END: m.end,
                        ENTITY_ATTRIBUTE_VALUE: m.item_id,
                        ENTITY_ATTRIBUTE_CONFIDENCE: round(m.score, 4),
                    }
                    for m in mentions
                ]
            )
            kept = [
                entity
                for entity in message.get(ENTITIES, [])
                if entity.get(ENTITY_ATTRIBUTE_TYPE) != self._entity
                or not any(
                    entity.get(ENTITY_ATTRIBUTE_START, 0) < m.end
                    and entity.get(ENTITY_ATTRIBUTE_END, 0) > m.start
                    for m in mentions
                )
            ]
            message.set(ENTITIES, kept + linked, add_to_output=True)
        return messages
