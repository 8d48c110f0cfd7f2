"""Contract every NLU component of the project keeps, run over each of them.

LLMFeaturizer, LLMIntentClassifier, ServiceItemLinker, MessageLengthLimiter,
MessageLengthResponder and FollowUpIntent (plus HotlinePIIExtractor, for comparison, where a rule applies to it):
classifiers add `intent` and a full `intent_ranking`
summing to 1; nothing removes other components' entities; empty text survives; a persisted and
loaded component predicts the same; a batch of 20 gives what one message at a time gives.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from conftest import TOY_EXAMPLES
from rasa.engine.graph import ExecutionContext, GraphComponent, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import ENTITIES, INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.encoder import get_encoder
from custom_components.emergency_gate import EmergencyGate
from custom_components.follow_up_intent import FollowUpIntent
from custom_components.jieba_domain_tokenizer import DomainJiebaTokenizer
from custom_components.llm_featurizer import LLMFeaturizer
from custom_components.llm_intent_classifier import LLMIntentClassifier
from custom_components.message_limits import MessageLengthLimiter, MessageLengthResponder
from custom_components.pii_entity_extractor import HotlinePIIExtractor
from custom_components.policy_guard import PolicyGuard
from custom_components.service_item_linker import ServiceItemLinker

PROJECT_ROOT = Path(__file__).resolve().parents[2]
CONTEXT = ExecutionContext(GraphSchema({}), "contract")

# 20 varied messages: greetings, services (with a typo), districts, phone numbers, an ID, empty.
BATCH = [
    "你好",
    "我想办社保卡",
    "灵活就业人员养老保峡怎么交",
    "东城区公积金提取要什么材料",
    "再见",
    "我的电话是13812345678",
    "身份证号110101199003074477补办身份证",
    "",
    "居住证签注在哪里办",
    "广场舞噪音太吵了",
    "新生儿医保和宝宝上户口一起办吗",
    "工单号查询",
    "拜拜了",
    "南湖区哪里可以打疫苗",
    "公积金贷款利率多少",
    "早上好，问一下失业金怎么领",
    "物业投诉找谁",
    "拖欠工资怎么办",
    "好的谢谢",
    "交通违章处理",
]
assert len(BATCH) == 20


@dataclass
class Case:
    name: str
    cls: type[GraphComponent]
    config: Callable[[dict[str, Path]], dict[str, Any]]
    trainable: bool = False
    classifier: bool = False


class CutThenRespond(MessageLengthResponder):
    """The responder behind a limiter that cuts after 6 characters, as in config.yml (the
    responder alone only acts on messages the limiter marked)."""

    def process(self, messages: list[Message]) -> list[Message]:
        MessageLengthLimiter({"max_chars": 6}).process(messages)
        return super().process(messages)


CASES = [
    Case(
        "featurizer",
        LLMFeaturizer,
        lambda m: {
            **LLMFeaturizer.get_default_config(),
            "model_path": str(m["head"]),
            "batch_size": 4,
        },
    ),
    Case(
        "classifier-head",
        LLMIntentClassifier,
        lambda m: {
            **LLMIntentClassifier.get_default_config(),
            "model_path": str(m["head"]),
            "batch_size": 4,
        },
        trainable=True,
        classifier=True,
    ),
    Case(
        "classifier-light",
        LLMIntentClassifier,
        lambda m: {
            **LLMIntentClassifier.get_default_config(),
            "model_path": str(m["plain"]),
            "batch_size": 4,
        },
        trainable=True,
        classifier=True,
    ),
    Case(
        "linker",
        ServiceItemLinker,
        lambda m: {
            **ServiceItemLinker.get_default_config(),
            "knowledge_dir": str(PROJECT_ROOT / "data" / "knowledge"),
        },
    ),
    Case("pii", HotlinePIIExtractor, lambda m: HotlinePIIExtractor.get_default_config()),
    Case("policy-guard", PolicyGuard, lambda m: PolicyGuard.get_default_config()),
    Case("limiter", MessageLengthLimiter, lambda m: {"max_chars": 6}),
    Case("responder", CutThenRespond, lambda m: MessageLengthResponder.get_default_config()),
    Case("emergency-gate", EmergencyGate, lambda m: EmergencyGate.get_default_config()),
    Case("follow-up", FollowUpIntent, lambda m: FollowUpIntent.get_default_config()),
]


@pytest.fixture(scope="module")
def tokenizer(tmp_path_factory) -> DomainJiebaTokenizer:
    return DomainJiebaTokenizer.create(
        {
            **DomainJiebaTokenizer.get_default_config(),
            "dictionary_path": str(PROJECT_ROOT / "data" / "dictionary"),
        },
        LocalModelStorage(tmp_path_factory.mktemp("tok")),
        Resource("tokenizer"),
        CONTEXT,
    )


@pytest.fixture
def models(llm_plain_model: Path, llm_head_model: Path) -> dict[str, Path]:
    return {"plain": llm_plain_model, "head": llm_head_model}


def training_data(tokenizer: DomainJiebaTokenizer) -> TrainingData:
    data = TrainingData(
        [Message({TEXT: t, INTENT: i}) for i, texts in TOY_EXAMPLES.items() for t in texts]
    )
    tokenizer.process_training_data(data)
    return data


def build(case: Case, models: dict[str, Path], tmp_path: Path, tokenizer) -> tuple[Any, Any]:
    """(trained or created component, (storage, resource, config)) for reloading."""
    storage = LocalModelStorage(tmp_path)
    resource = Resource(case.name)
    config = case.config(models)
    component = case.cls.create(config, storage, resource, CONTEXT)
    if case.trainable:
        component.train(training_data(tokenizer))
    return component, (storage, resource, config)


def messages(tokenizer, texts: list[str], entities: bool = True) -> list[Message]:
    out = []
    for text in texts:
        data: dict[str, Any] = {TEXT: text}
        if entities and len(text) >= 2:
            # Entities from "earlier extractors": a district and a date guess covering text.
            data[ENTITIES] = [
                {
                    "entity": "district",
                    "start": 0,
                    "end": 2,
                    "value": text[:2],
                    "extractor": "DIETClassifier",
                },
                {
                    "entity": "date",
                    "start": 0,
                    "end": len(text),
                    "value": text,
                    "extractor": "DIETClassifier",
                },
            ]
        out.append(Message(data))
    tokenizer.process(out)
    return out


def output(message: Message) -> dict[str, Any]:
    """Everything a component can add: intent, ranking, entities, features."""
    features = {(f.type, f.attribute, f.origin): np.asarray(f.features) for f in message.features}
    return {
        "intent": message.get(INTENT),
        "ranking": message.get("intent_ranking"),
        "entities": message.get(ENTITIES),
        "features": features,
    }


def assert_same(a: dict[str, Any], b: dict[str, Any]) -> None:
    assert (a["intent"] or {}).get("name") == (b["intent"] or {}).get("name")
    if a["ranking"] is None:
        assert b["ranking"] is None
    else:
        assert [r["name"] for r in a["ranking"]] == [r["name"] for r in b["ranking"]]
        np.testing.assert_allclose(
            [r["confidence"] for r in a["ranking"]],
            [r["confidence"] for r in b["ranking"]],
            atol=1e-5,
        )
    assert a["entities"] == b["entities"]
    assert a["features"].keys() == b["features"].keys()
    for key, value in a["features"].items():
        np.testing.assert_allclose(value, b["features"][key], atol=1e-5)


def forget_cached_vectors(config: dict[str, Any]) -> None:
    if "model_path" in config:
        get_encoder(Path(config["model_path"]), config["device"], config["dtype"]).clear_cache()


@pytest.mark.parametrize("case", [c for c in CASES if c.classifier], ids=lambda c: c.name)
def test_classifiers_set_intent_and_full_ranking(case, models, tmp_path, tokenizer):
    component, _ = build(case, models, tmp_path, tokenizer)
    for message in component.process(messages(tokenizer, BATCH)):
        ranking = message.get("intent_ranking")
        assert {r["name"] for r in ranking} == set(TOY_EXAMPLES)
        confidences = [r["confidence"] for r in ranking]
        assert abs(sum(confidences) - 1.0) <= 1e-6
        assert confidences == sorted(confidences, reverse=True)
        assert all(0.0 <= c <= 1.0 for c in confidences)
        assert message.get(INTENT) == ranking[0]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_never_removes_other_entities(case, models, tmp_path, tokenizer):
    component, _ = build(case, models, tmp_path, tokenizer)
    batch = messages(tokenizer, BATCH)
    before = [copy.deepcopy(m.get(ENTITIES, [])) for m in batch]
    component.process(batch)
    for message, earlier in zip(batch, before, strict=True):
        after = message.get(ENTITIES, [])
        for entity in earlier:
            assert entity in after


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_empty_text_survives(case, models, tmp_path, tokenizer):
    component, _ = build(case, models, tmp_path, tokenizer)
    empty = messages(tokenizer, ["", " "], entities=False)
    component.process(empty)
    for message in empty:
        assert not message.get(ENTITIES)
        if case.classifier:
            total = sum(r["confidence"] for r in message.get("intent_ranking"))
            assert abs(total - 1.0) <= 1e-6


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_persist_load_predicts_the_same(case, models, tmp_path, tokenizer):
    component, (storage, resource, config) = build(case, models, tmp_path, tokenizer)
    first = [output(m) for m in component.process(messages(tokenizer, BATCH))]
    forget_cached_vectors(config)
    loaded = case.cls.load(config, storage, resource, CONTEXT)
    second = [output(m) for m in loaded.process(messages(tokenizer, BATCH))]
    for a, b in zip(first, second, strict=True):
        assert_same(a, b)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_batch_equals_one_by_one(case, models, tmp_path, tokenizer):
    component, (_, _, config) = build(case, models, tmp_path, tokenizer)
    forget_cached_vectors(config)
    batched = [output(m) for m in component.process(messages(tokenizer, BATCH))]
    single = []
    for text in BATCH:
        forget_cached_vectors(config)
        single.append(output(component.process(messages(tokenizer, [text]))[0]))
    for a, b in zip(batched, single, strict=True):
        assert_same(a, b)
