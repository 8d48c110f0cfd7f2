"""Rasa entity extractor for validated identifiers: phone numbers, resident IDs, ticket ids.

A thin adapter over :mod:`bot.pii`. It *owns* its entity types: entities of those types produced by
earlier extractors (DIET guessing "an 18-digit number is an ID") are replaced by the validated ones,
so an ID with a wrong check digit never reaches a slot. Place it after every other entity extractor
in the pipeline. Entities of other types are left untouched.
"""

from __future__ import annotations

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

from bot.pii import ENTITY_KINDS, find_pii


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class HotlinePIIExtractor(GraphComponent, EntityExtractorMixin):
    """Extracts and normalises phone_number, id_number and ticket_id entities."""

    @staticmethod
    def required_packages() -> list[str]:
        """Import names: Rasa imports them to validate the pipeline.

        (Trainable components' names are also looked up as distributions for the training
        fingerprint; this one is not trainable, so "stdnum" need not match "python-stdnum".)
        """
        return ["phonenumbers", "stdnum"]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """The component's default config."""
        return {
            # Entity types to extract; the component replaces other extractors' entities of these
            # types. Any subset of bot.pii.ENTITY_KINDS.
            "entities": list(ENTITY_KINDS),
        }

    def __init__(self, config: dict[str, Any]) -> None:
        entities = config.get("entities")
        if (
            not isinstance(entities, list)
            or not entities
            or any(entity not in ENTITY_KINDS for entity in entities)
        ):
            raise InvalidConfigException(
                f"{self.__class__.__name__}: 'entities' must be a non-empty list drawn from "
                f"{list(ENTITY_KINDS)}, got {entities!r}"
            )
        self._entities: tuple[str, ...] = tuple(dict.fromkeys(entities))

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> HotlinePIIExtractor:
        """Creates the component (nothing to train or load)."""
        return cls({**cls.get_default_config(), **config})

    def process(self, messages: list[Message]) -> list[Message]:
        """Replaces this component's entity types in each message with validated matches."""
        for message in messages:
            text = message.get(TEXT) or ""
            extracted = self.add_extractor_name(
                [
                    {
                        ENTITY_ATTRIBUTE_TYPE: match.kind,
                        ENTITY_ATTRIBUTE_START: match.start,
                        ENTITY_ATTRIBUTE_END: match.end,
                        ENTITY_ATTRIBUTE_VALUE: match.value,
                        ENTITY_ATTRIBUTE_CONFIDENCE: 1.0,
                    }
                    for match in find_pii(text, kinds=self._entities)
                ]
            )
            kept = [
                entity
                for entity in message.get(ENTITIES, [])
                if entity.get(ENTITY_ATTRIBUTE_TYPE) not in self._entities
            ]
            message.set(ENTITIES, kept + extracted, add_to_output=True)
        return messages
