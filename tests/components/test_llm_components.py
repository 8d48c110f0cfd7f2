"""Component-specific tests of LLMFeaturizer, LLMIntentClassifier and ServiceItemLinker."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from conftest import TOY_EXAMPLES, TOY_INTENTS
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.constants import TOKENS_NAMES
from rasa.shared.exceptions import InvalidConfigException
from rasa.shared.nlu.constants import ENTITIES, INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.encoder import align_to_spans, get_encoder, model_dir_hash
from bot.nlu.intent_head import LightIntentHead
from bot.nlu.linker import ServiceItemIndex, knowledge_aliases
from custom_components.jieba_domain_tokenizer import DomainJiebaTokenizer
from custom_components.llm_featurizer import LLMFeaturizer
from custom_components.llm_intent_classifier import LLMIntentClassifier
from custom_components.service_item_linker import ServiceItemLinker

PROJECT_ROOT = Path(__file__).resolve().parents[2]
KNOWLEDGE = PROJECT_ROOT / "data" / "knowledge"
CONTEXT = ExecutionContext(GraphSchema({}), "test")


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


def tokenized(tokenizer, texts: list[str]) -> list[Message]:
    batch = [Message({TEXT: t}) for t in texts]
    tokenizer.process(batch)
    return batch


def toy_data(tokenizer, examples: dict[str, list[str]] = TOY_EXAMPLES) -> TrainingData:
    data = TrainingData([Message({TEXT: t, INTENT: i}) for i, ts in examples.items() for t in ts])
    tokenizer.process_training_data(data)
    return data


def featurizer(model: Path, **config) -> LLMFeaturizer:
    return LLMFeaturizer.create(
        {**LLMFeaturizer.get_default_config(), "model_path": str(model), **config},
        LocalModelStorage(Path("/nonexistent")),
        Resource("llm_featurizer"),
        CONTEXT,
    )


def classifier(model: Path, tmp_path: Path, **config) -> LLMIntentClassifier:
    return LLMIntentClassifier.create(
        {**LLMIntentClassifier.get_default_config(), "model_path": str(model), **config},
        LocalModelStorage(tmp_path),
        Resource("llm_intent"),
        CONTEXT,
    )


# --- LLMFeaturizer --------------------------------------------------------------------------


@pytest.mark.parametrize("which", ["plain", "head"])
def test_sequence_rows_match_jieba_tokens(which, llm_plain_model, llm_head_model, tokenizer):
    model = llm_plain_model if which == "plain" else llm_head_model
    component = featurizer(model)
    texts = ["我想办社保卡", "东城区公积金提取要什么材料", "你好", "灵活就业人员养老保险怎么交"]
    batch = component.process(tokenized(tokenizer, texts))
    for message in batch:
        tokens = message.get(TOKENS_NAMES[TEXT])
        seq, sent = message.get_dense_features(TEXT, [])
        assert seq.features.shape == (len(tokens), 32)
        assert sent.features.shape == (1, 32)
        assert {f.origin for f in message.features} == {"LLMFeaturizer"}  # no node name
        assert np.isfinite(seq.features).all() and np.abs(seq.features).sum(axis=1).min() > 0


def test_messages_without_tokens_get_no_features(llm_plain_model, tokenizer):
    """As Rasa's dense featurizers: no tokens for an attribute, no features for it (not empty
    ones), at inference and in training data."""
    component = featurizer(llm_plain_model)
    untokenized = Message({TEXT: "你好"})  # no tokenizer ran on it
    blank = Message({TEXT: "你好", TOKENS_NAMES[TEXT]: []})  # the tokenizer found no tokens
    (normal,) = tokenized(tokenizer, ["你好"])
    component.process([untokenized, Message({TEXT: ""}), blank, normal])
    assert untokenized.features == [] and blank.features == []
    assert normal.get_dense_features(TEXT, [])[1].features.shape == (1, 32)
    data = toy_data(tokenizer)
    no_text = Message({INTENT: "greet"})
    data.training_examples.append(no_text)
    component.process_training_data(data)
    assert no_text.features == []
    assert all(m.features for m in data.training_examples if m is not no_text)


def test_sentence_feature_is_the_mean_of_token_rows_weighted_by_subwords(
    llm_plain_model, tokenizer
):
    """The sentence vector is the subword mean; a single-token text's row equals it."""
    component = featurizer(llm_plain_model)
    (message,) = component.process(tokenized(tokenizer, ["你好"]))
    assert len(message.get(TOKENS_NAMES[TEXT])) == 1
    seq, sent = message.get_dense_features(TEXT, [])
    np.testing.assert_allclose(seq.features[0], sent.features[0], atol=1e-6)


def test_align_to_spans_means_overlapping_subwords():
    hidden = np.arange(12, dtype=np.float32).reshape(4, 3)
    # Subwords: "东" (0,1), two byte pieces of "城" (1,2) (1,2), "区" (2,3).
    offsets = [(0, 1), (1, 2), (1, 2), (2, 3)]
    rows = align_to_spans(hidden, offsets, [(0, 2), (2, 3), (5, 6)])
    np.testing.assert_allclose(rows[0], hidden[:3].mean(axis=0))
    np.testing.assert_allclose(rows[1], hidden[3])
    np.testing.assert_allclose(rows[2], np.zeros(3))  # beyond truncation: zeros


def test_features_are_named_after_the_graph_node(llm_plain_model, tokenizer):
    component = LLMFeaturizer.create(
        {**LLMFeaturizer.get_default_config(), "model_path": str(llm_plain_model)},
        LocalModelStorage(Path("/nonexistent")),
        Resource("llm_featurizer"),
        ExecutionContext(GraphSchema({}), "test", node_name="run_LLMFeaturizer3"),
    )
    (message,) = component.process(tokenized(tokenizer, ["你好"]))
    assert {f.origin for f in message.features} == {"run_LLMFeaturizer3"}


def test_model_is_loaded_once_per_process(llm_head_model):
    a, b = featurizer(llm_head_model), featurizer(llm_head_model, batch_size=2)
    assert a._encoder is b._encoder


def test_missing_model_dir_is_a_config_error(tmp_path):
    with pytest.raises(InvalidConfigException, match="missing-model.*python -m bot llm finetune"):
        featurizer(tmp_path / "missing-model")
    assert LLMFeaturizer.fingerprint_addon({"model_path": str(tmp_path / "x")}).startswith(
        "missing:"
    )


def test_fingerprint_follows_model_content(llm_plain_model, tmp_path):
    copy = tmp_path / "model"
    shutil.copytree(llm_plain_model, copy)
    config = {"model_path": str(copy)}
    first = LLMFeaturizer.fingerprint_addon(config)
    assert LLMFeaturizer.fingerprint_addon(config) == first
    assert LLMIntentClassifier.fingerprint_addon(config) == first
    # Same files elsewhere: same content hash.
    assert model_dir_hash(llm_plain_model) == first
    cfg = json.loads((copy / "config.json").read_text())
    cfg["rms_norm_eps"] = 1e-5
    (copy / "config.json").write_text(json.dumps(cfg))
    second = LLMFeaturizer.fingerprint_addon(config)
    assert second != first
    (copy / "extra.txt").write_text("x")
    third = LLMFeaturizer.fingerprint_addon(config)
    assert third not in (first, second)
    # An interrupted fine-tune's resume state (checkpoints/) is no part of the model.
    (copy / "checkpoints").mkdir()
    (copy / "checkpoints" / "best.pt").write_bytes(b"step 0")
    assert model_dir_hash(copy) == third


def test_bad_batch_size_is_rejected(llm_plain_model):
    with pytest.raises(InvalidConfigException, match="batch_size"):
        featurizer(llm_plain_model, batch_size=0)
    with pytest.raises(InvalidConfigException, match="cpu_threads"):
        featurizer(llm_plain_model, cpu_threads=0)


def test_cpu_threads_sets_torch_threads(llm_plain_model):
    import torch

    before = torch.get_num_threads()
    try:
        featurizer(llm_plain_model, cpu_threads=1)
        assert torch.get_num_threads() == 1
    finally:
        torch.set_num_threads(before)


# --- LLMIntentClassifier --------------------------------------------------------------------


def test_uses_the_fine_tuned_head_when_labels_match(llm_head_model, tmp_path, tokenizer):
    component = classifier(llm_head_model, tmp_path)
    component.train(toy_data(tokenizer))
    assert component.mode == "head"
    saved = {p.name for p in (tmp_path / "llm_intent").iterdir()}
    assert saved == {"llm_reference.json"}  # no weights, no light head
    texts = ["我想办社保卡", "你好", ""]
    probs = component.predict(texts)
    # Same numbers as the fine-tuning package's own inference helper.
    encoder = get_encoder(llm_head_model)
    expected = encoder._multitask.predict(encoder.tokenizer, texts)
    for row, exp in zip(probs, expected, strict=True):
        np.testing.assert_allclose(row, [exp["intent"][label] for label in TOY_INTENTS], atol=1e-5)


def test_trains_a_light_head_when_labels_differ(llm_head_model, tmp_path, tokenizer):
    examples = {**TOY_EXAMPLES, "thank": ["谢谢", "谢谢你", "多谢了", "感谢帮忙", "非常感谢"]}
    component = classifier(llm_head_model, tmp_path)
    component.train(toy_data(tokenizer, examples))
    assert component.mode == "light"
    saved = {p.name for p in (tmp_path / "llm_intent").iterdir()}
    assert saved == {"llm_reference.json", "intent_head.json", "intent_head.npz"}
    assert sum(p.stat().st_size for p in (tmp_path / "llm_intent").iterdir()) < 50_000
    reference = json.loads((tmp_path / "llm_intent" / "llm_reference.json").read_text())
    assert reference["model_hash"] == model_dir_hash(llm_head_model)
    # A light head on random-init LLM vectors still separates its training texts.
    texts = [t for ts in examples.values() for t in ts]
    gold = [i for i, ts in examples.items() for _ in ts]
    batch = component.process(tokenized(tokenizer, texts))
    accuracy = np.mean([m.get(INTENT)["name"] == g for m, g in zip(batch, gold, strict=True)])
    assert accuracy >= 0.9


def test_prefer_head_false_forces_the_light_head(llm_head_model, tmp_path, tokenizer):
    component = classifier(llm_head_model, tmp_path, prefer_head=False)
    component.train(toy_data(tokenizer))
    assert component.mode == "light"


def test_model_without_heads_gets_a_light_head(llm_plain_model, tmp_path, tokenizer):
    component = classifier(llm_plain_model, tmp_path)
    component.train(toy_data(tokenizer))
    assert component.mode == "light"


def test_load_refuses_a_changed_model(llm_plain_model, tmp_path, tokenizer):
    model = tmp_path / "model"
    shutil.copytree(llm_plain_model, model)
    (tmp_path / "storage").mkdir()
    component = classifier(model, tmp_path / "storage")
    component.train(toy_data(tokenizer))
    (model / "generation_config.json").write_text('{"do_sample": false}')
    with pytest.raises(InvalidConfigException, match="changed since"):
        LLMIntentClassifier.load(
            {**LLMIntentClassifier.get_default_config(), "model_path": str(model)},
            LocalModelStorage(tmp_path / "storage"),
            Resource("llm_intent"),
            CONTEXT,
        )


def ranking_of(message: Message) -> dict[str, float]:
    return {r["name"]: r["confidence"] for r in message.get("intent_ranking")}


def with_previous(tokenizer, texts: list[str], previous: list[dict]) -> list[Message]:
    batch = tokenized(tokenizer, texts)
    for message in batch:
        message.set("intent", previous[0])
        message.set("intent_ranking", [dict(r) for r in previous])
    return batch


def test_combines_with_an_earlier_ranking_as_a_product_of_experts(
    llm_head_model, tmp_path, tokenizer
):
    component = classifier(llm_head_model, tmp_path)
    component.train(toy_data(tokenizer))
    text = "我想办社保卡"
    alone = ranking_of(component.process(tokenized(tokenizer, [text]))[0])
    # An earlier classifier (DIET) that ranked only two intents, plus nlu_fallback.
    previous = [
        {"name": TOY_INTENTS[0], "confidence": 0.7},
        {"name": TOY_INTENTS[1], "confidence": 0.2},
        {"name": "nlu_fallback", "confidence": 0.05},
    ]
    message = component.process(with_previous(tokenizer, [text], previous))[0]
    combined = ranking_of(message)
    assert set(combined) == set(TOY_INTENTS)  # every intent, nlu_fallback dropped
    assert sum(combined.values()) == pytest.approx(1.0, abs=1e-9)
    # p ∝ sqrt(p_prev · p_llm); unranked intents share the leftover 0.1 equally.
    rest = 0.1 / (len(TOY_INTENTS) - 2)
    prev = {i: {TOY_INTENTS[0]: 0.7, TOY_INTENTS[1]: 0.2}.get(i, rest) for i in TOY_INTENTS}
    raw = {i: np.sqrt(prev[i] * alone[i]) for i in TOY_INTENTS}
    total = sum(raw.values())
    for intent in TOY_INTENTS:
        assert combined[intent] == pytest.approx(raw[intent] / total, rel=1e-6)
    assert message.get("intent")["name"] == max(combined, key=combined.get)
    ordered = [r["confidence"] for r in message.get("intent_ranking")]
    assert ordered == sorted(ordered, reverse=True)


def test_llm_weight_one_ignores_the_earlier_ranking(llm_head_model, tmp_path, tokenizer):
    component = classifier(llm_head_model, tmp_path, llm_weight=1.0)
    component.train(toy_data(tokenizer))
    alone = ranking_of(component.process(tokenized(tokenizer, ["你好"]))[0])
    previous = [{"name": TOY_INTENTS[-1], "confidence": 0.99}]
    combined = ranking_of(component.process(with_previous(tokenizer, ["你好"], previous))[0])
    assert combined == pytest.approx(alone)


@pytest.mark.parametrize("weight", [0, -0.1, 1.5, True, "0.5"])
def test_bad_llm_weight_is_rejected(llm_head_model, tmp_path, weight):
    with pytest.raises(InvalidConfigException, match="llm_weight"):
        classifier(llm_head_model, tmp_path, llm_weight=weight)


def test_light_head_binary_and_single_label():
    rng = np.random.default_rng(0)
    x = np.concatenate([rng.normal(-1, 0.3, (10, 4)), rng.normal(1, 0.3, (10, 4))])
    head = LightIntentHead.fit(x, ["a"] * 10 + ["b"] * 10)
    probs = head.predict_proba(x)
    assert probs.shape == (20, 2)
    np.testing.assert_allclose(probs.sum(axis=1), 1.0, atol=1e-12)
    assert (probs[:10, 0] > 0.5).all() and (probs[10:, 1] > 0.5).all()
    single = LightIntentHead.fit(x, ["a"] * 20)
    np.testing.assert_allclose(single.predict_proba(x), 1.0)


def test_light_head_round_trip(tmp_path):
    rng = np.random.default_rng(1)
    x = rng.normal(size=(30, 5))
    head = LightIntentHead.fit(x, ["a", "b", "c"] * 10)
    head.save(tmp_path)
    np.testing.assert_allclose(
        LightIntentHead.load(tmp_path).predict_proba(x), head.predict_proba(x)
    )


# --- ServiceItemLinker ----------------------------------------------------------------------


def linker(**config) -> ServiceItemLinker:
    return ServiceItemLinker.create(
        {**ServiceItemLinker.get_default_config(), "knowledge_dir": str(KNOWLEDGE), **config},
        LocalModelStorage(Path("/nonexistent")),
        Resource("linker"),
        CONTEXT,
    )


def linked(text: str, entities: list[dict] | None = None, **config) -> list[dict]:
    message = Message({TEXT: text, **({ENTITIES: entities} if entities else {})})
    linker(**config).process([message])
    return message.get(ENTITIES, [])


@pytest.mark.parametrize(
    ("text", "item", "mention"),
    [
        ("我想办社保卡", "ss_card_apply", "办社保卡"),
        ("灵活就业人员养老保峡怎么交", "pension_flexible", "灵活就业人员养老保峡"),  # wrong char
        ("灵活就业人员养保险怎么交", "pension_flexible", "灵活就业人员养保险"),  # missing char
        ("广场舞噪音太吵了", "noise_complaint", "广场舞噪音"),  # alias only in the knowledge base
        ("残疾人两项补帖", "disability_subsidy", "残疾人两项补帖"),
        # a homophone typed by pinyin input, which short aliases tolerate (bot.knowledge.aliases)
        ("居住正怎么办", "residence_permit", "居住正"),
    ],
)
def test_links_aliases_and_tolerates_one_typo(text, item, mention):
    (entity,) = linked(text)
    assert entity["entity"] == "service_item"
    assert entity["value"] == item
    assert text[entity["start"] : entity["end"]] == mention
    assert entity["extractor"] == "ServiceItemLinker"


@pytest.mark.parametrize("text", ["居住让怎么办", "你好", "灵活就业人员养老", "公积"])
def test_short_aliases_need_an_exact_match(text):
    assert linked(text) == []


def test_two_typos_are_not_tolerated():
    assert linked("灵活就叶人员养老保峡") == []
    assert linked("灵活就业人员养老保峡", max_typos=0) == []


def test_several_items_in_one_message():
    entities = linked("我要补办身份证，还要办居住证")
    assert [e["value"] for e in entities] == ["id_card_replace", "residence_permit"]


def test_overlapping_diet_service_item_is_replaced_others_kept():
    text = "东城区补办身份证，还有公积金"
    diet_item = {
        "entity": "service_item",
        "start": 3,
        "end": 8,
        "value": "补办身份证",
        "extractor": "DIETClassifier",
    }
    diet_other_item = {
        "entity": "service_item",
        "start": 11,
        "end": 14,
        "value": "公积金",
        "extractor": "DIETClassifier",
    }
    district = {
        "entity": "district",
        "start": 0,
        "end": 3,
        "value": "东城区",
        "extractor": "DIETClassifier",
    }
    entities = linked(text, [diet_item, diet_other_item, district])
    assert diet_item not in entities
    assert diet_other_item in entities and district in entities
    ours = [e for e in entities if e.get("extractor") == "ServiceItemLinker"]
    assert [(e["value"], e["start"], e["end"]) for e in ours] == [("id_card_replace", 3, 8)]


def test_knowledge_fingerprint_follows_content(tmp_path):
    copy = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, copy)
    config = {"knowledge_dir": str(copy)}
    first = ServiceItemLinker.fingerprint_addon(config)
    assert ServiceItemLinker.fingerprint_addon(config) == first
    file = sorted(copy.glob("*.yml"))[0]
    file.write_text(file.read_text("utf-8") + "\n# edited\n", "utf-8")
    assert ServiceItemLinker.fingerprint_addon(config) != first


def test_missing_knowledge_dir_is_a_config_error(tmp_path):
    with pytest.raises(InvalidConfigException, match="knowledge folder"):
        linker(knowledge_dir=str(tmp_path / "none"))


def test_index_without_knowledge_uses_service_items():
    index = ServiceItemIndex(knowledge_aliases(None))
    assert [m.item_id for m in index.find("想问问公积金贷款")] == ["hpf_loan"]
    assert index.find("广场舞噪音") == []
