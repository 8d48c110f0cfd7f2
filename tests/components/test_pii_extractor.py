"""HotlinePIIExtractor: validated identifier entities inside a Rasa pipeline."""

from __future__ import annotations

from typing import Any

import pytest
from rasa.engine import validation
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.data import TrainingType
from rasa.shared.exceptions import InvalidConfigException
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message

from custom_components.pii_entity_extractor import HotlinePIIExtractor

VALID_ID = "110101199003074477"
BAD_CHECKSUM_ID = "110101199003074475"


@pytest.fixture
def create(tmp_path):
    def _create(config: dict[str, Any] | None = None) -> HotlinePIIExtractor:
        return HotlinePIIExtractor.create(
            {**HotlinePIIExtractor.get_default_config(), **(config or {})},
            LocalModelStorage(tmp_path),
            Resource("pii"),
            ExecutionContext(GraphSchema({}), "test"),
        )

    return _create


def ours(entity: str, start: int, end: int, value: str) -> dict[str, Any]:
    return {
        "entity": entity,
        "start": start,
        "end": end,
        "value": value,
        "confidence": 1.0,
        "extractor": "HotlinePIIExtractor",
    }


def diet(entity: str, start: int, end: int, value: str) -> dict[str, Any]:
    return {
        "entity": entity,
        "start": start,
        "end": end,
        "value": value,
        "confidence_entity": 0.87,
        "extractor": "DIETClassifier",
    }


def run(component: HotlinePIIExtractor, text: str, entities: list | None = None) -> list[dict]:
    data: dict[str, Any] = {TEXT: text}
    if entities is not None:
        data[ENTITIES] = entities
    message = Message(data=data)
    (processed,) = component.process([message])
    assert processed is message
    return message.get(ENTITIES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我的电话是13800138000", [ours("phone_number", 5, 16, "13800138000")]),
        ("电话+86 138-0013-8000", [ours("phone_number", 2, 19, "13800138000")]),
        ("座机0755 8234 5678", [ours("phone_number", 2, 16, "0755-82345678")]),
        ("电话１３８００１３８０００", [ours("phone_number", 2, 13, "13800138000")]),
        (f"身份证{VALID_ID}", [ours("id_number", 3, 21, VALID_ID)]),
        ("身份证34052419800101001x", [ours("id_number", 3, 21, "34052419800101001X")]),
        ("查工单gd 20261128 0001", [ours("ticket_id", 3, 19, "GD202611280001")]),
        (
            f"工单GD202611280001，电话13800138000，身份证{VALID_ID}",
            [
                ours("ticket_id", 2, 16, "GD202611280001"),
                ours("phone_number", 19, 30, "13800138000"),
                ours("id_number", 34, 52, VALID_ID),
            ],
        ),
        (f"身份证{BAD_CHECKSUM_ID}", []),
        ("GD202602300001", []),
        ("我叫张三，想问社保", []),  # names are redaction-only, never entities
        ("", []),
    ],
)
def test_extracts_normalised_entities(create, text: str, expected: list[dict]) -> None:
    assert run(create(), text) == expected


def test_message_without_text(create) -> None:
    message = Message(data={})
    create().process([message])
    assert message.get(ENTITIES) == []


def test_replaces_other_extractors_entities_of_owned_types_only(create) -> None:
    text = f"南湖区，身份证{BAD_CHECKSUM_ID}，电话138 0013 8000"
    district = diet("district", 0, 3, "南湖区")
    entities = [
        district,
        diet("id_number", 7, 25, BAD_CHECKSUM_ID),  # a guess with a wrong check digit
        diet("phone_number", 32, 41, "0013 8000"),  # a partial span
    ]
    result = run(create(), text, entities)
    assert result == [district, ours("phone_number", 28, 41, "13800138000")]
    assert text[28:41] == "138 0013 8000"
    assert text[32:41] == "0013 8000"


def test_keeps_entities_of_types_it_does_not_own(create) -> None:
    text = "电话13800138000，工单GD202611280001"
    guessed_phone = diet("phone_number", 2, 13, "13800138000")
    result = run(create({"entities": ["ticket_id"]}), text, [guessed_phone])
    assert result == [guessed_phone, ours("ticket_id", 16, 30, "GD202611280001")]


def test_processing_twice_gives_the_same_entities(create) -> None:
    component = create()
    message = Message(data={TEXT: "电话13800138000，区是高新区"})
    message.set(ENTITIES, [diet("district", 11, 14, "高新区")])
    component.process([message])
    once = list(message.get(ENTITIES))
    component.process([message])
    assert message.get(ENTITIES) == once
    assert [e["entity"] for e in once] == ["district", "phone_number"]


def test_processes_every_message(create) -> None:
    messages = [Message(data={TEXT: t}) for t in ["13800138000", "", f"证件{VALID_ID}"]]
    create().process(messages)
    assert [[e["value"] for e in m.get(ENTITIES)] for m in messages] == [
        ["13800138000"],
        [],
        [VALID_ID],
    ]


@pytest.mark.parametrize("entities", [["email"], [], "phone_number", None, ["person_name"]])
def test_rejects_bad_entity_config(create, entities: Any) -> None:
    with pytest.raises(InvalidConfigException, match="entities"):
        create({"entities": entities})


def test_validates_in_a_rasa_pipeline_after_the_tokenizer() -> None:
    config = {
        "recipe": "default.v1",
        "language": "zh",
        "pipeline": [
            {"name": "custom_components.jieba_domain_tokenizer.DomainJiebaTokenizer"},
            {"name": "custom_components.pii_entity_extractor.HotlinePIIExtractor"},
        ],
    }
    model_configuration = DefaultV1Recipe().graph_config_for_recipe(
        config, {}, training_type=TrainingType.NLU
    )
    validation.validate(model_configuration)
    predict_uses = [node.uses for node in model_configuration.predict_schema.nodes.values()]
    assert HotlinePIIExtractor in predict_uses
    # Not trainable: it is not part of the training graph.
    train_uses = [node.uses for node in model_configuration.train_schema.nodes.values()]
    assert HotlinePIIExtractor not in train_uses
