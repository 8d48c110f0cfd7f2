"""Pure helpers of bench/nlu.py: format conversion, subsampling, pipelines and metrics.

Nothing here trains a model; the benchmark's own smoke run does that.
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import sys
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def _load_bench():
    spec = importlib.util.spec_from_file_location("bench_nlu", PROJECT_ROOT / "bench" / "nlu.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_nlu"] = module  # dataclasses resolve their module by name
    spec.loader.exec_module(module)
    return module


nlu = _load_bench()


# --- label mapping and public formats ---------------------------------------------------------


def test_intent_names_are_valid_sorted_and_stable():
    mapping = nlu.intent_names(["治疗方案", "app", "病因分析", "app", "其他"], "qic")
    assert mapping == {
        "app": "qic_00",
        "其他": "qic_01",
        "治疗方案": "qic_02",
        "病因分析": "qic_03",
    }
    assert nlu.intent_names(reversed(list(mapping)), "qic") == mapping
    assert all(name.isascii() and " " not in name for name in mapping.values())


def test_intent_names_widen_the_index_beyond_100_labels():
    mapping = nlu.intent_names([f"l{i:03d}" for i in range(120)], "x")
    assert mapping["l000"] == "x_000" and mapping["l119"] == "x_119"


def test_smp2017_rows_strip_bom_and_drop_empty_texts(tmp_path):
    path = tmp_path / "train.jsonl"
    path.write_text(
        "\ufeff"
        + "\n".join(
            json.dumps(r, ensure_ascii=False)
            for r in [
                {"text": "\ufeff打开熊猫看书", "label": "app"},
                {"text": "今天天气", "label": "weather"},
                {"text": "  ", "label": "app"},
            ]
        )
        + "\n\n",
        encoding="utf-8",
    )
    rows = nlu.smp2017_rows(path)
    examples, dropped = nlu.labelled_examples(rows, nlu.intent_names([r[1] for r in rows], "smp"))
    assert [(e.text, e.intent) for e in examples] == [
        ("打开熊猫看书", "smp_00"),
        ("今天天气", "smp_01"),
    ]
    assert dropped == 1


def test_read_jsonl_names_the_bad_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "好", "label": "a"}\n{not json\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.jsonl:2"):
        nlu.read_jsonl(path)


def test_kuake_rows(tmp_path):
    path = tmp_path / "KUAKE-QIC_train.json"
    path.write_text(
        json.dumps(
            [
                {"id": "s1", "query": "心肌缺血如何治疗？", "label": "治疗方案"},
                {"id": "s2", "query": "头疼是什么原因", "label": "病因分析"},
            ],
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    assert nlu.kuake_rows(path) == [
        ("心肌缺血如何治疗？", "治疗方案"),
        ("头疼是什么原因", "病因分析"),
    ]
    path.write_text('{"query": "x"}', encoding="utf-8")
    with pytest.raises(ValueError, match="JSON list"):
        nlu.kuake_rows(path)


def test_cluener_end_inclusive_spans_become_exclusive():
    row = {
        "text": "彭小军认为，国内银行现在走的是台湾的发卡模式",
        "label": {"address": {"台湾": [[15, 16]]}, "name": {"彭小军": [[0, 2]]}},
    }
    example, bad = nlu.cluener_example(row)
    assert bad == 0
    assert example.intent == nlu.ENTITY_ONLY_INTENT
    assert example.entities == (
        nlu.Entity(0, 3, "name", "彭小军"),
        nlu.Entity(15, 17, "address", "台湾"),
    )
    for e in example.entities:
        assert example.text[e.start : e.end] == e.value


def test_cluener_drops_spans_that_do_not_match_their_mention():
    row = {
        "text": "温格的球队战胜曼联",
        "label": {"organization": {"曼联": [[7, 8], [6, 7]]}, "name": {"温格": [[0, 5]]}},
    }
    example, bad = nlu.cluener_example(row)
    assert example.entities == (nlu.Entity(7, 9, "organization", "曼联"),)
    assert bad == 2
    assert nlu.cluener_example({"text": " ", "label": {}}) == (None, 0)


@pytest.mark.filterwarnings("ignore:NLU data in Rasa JSON format is deprecated")
def test_rasa_json_is_loadable_by_rasa_with_exact_spans(tmp_path):
    from rasa.shared.nlu.training_data.loading import load_data

    text = "看[电影](movie)在台湾 {x}"
    start = text.index("台湾")
    examples = [
        nlu.Example(text, "smp_00", (nlu.Entity(start, start + 2, "address"),)),
        nlu.Example("打开(测试]", "smp_01"),
    ]
    path = tmp_path / "train.json"
    path.write_text(json.dumps(nlu.rasa_json(examples), ensure_ascii=False), encoding="utf-8")
    loaded = load_data(str(path), language="zh").training_examples
    assert [m.get("text") for m in loaded] == [text, "打开(测试]"]
    assert [m.get("intent") for m in loaded] == ["smp_00", "smp_01"]
    (entity,) = loaded[0].get("entities")
    assert (entity["start"], entity["end"], entity["entity"], entity["value"]) == (
        start,
        start + 2,
        "address",
        "台湾",
    )


def test_example_json_round_trip():
    example = nlu.Example("去南湖区", "ask", (nlu.Entity(1, 4, "district", "南湖区"),))
    assert nlu.example_from_json(json.loads(json.dumps(nlu.example_to_json(example)))) == example


# --- splits and subsamples ---------------------------------------------------------------------


def test_split_holdout_is_fixed_by_seed_and_disjoint():
    items = list(range(1343))
    train, test = nlu.split_holdout(items, 0.2, seed=42)
    assert len(test) == 269 and len(train) == 1074
    assert not set(train) & set(test) and sorted(train + test) == items
    assert nlu.split_holdout(items, 0.2, seed=42) == (train, test)
    assert nlu.split_holdout(items, 0.2, seed=7)[1] != test
    with pytest.raises(ValueError):
        nlu.split_holdout(items, 1.0, seed=42)


def _labelled(counts: dict[str, int]) -> list[tuple[int, str]]:
    items = []
    for label, n in counts.items():
        base = len(items)
        items.extend((base + i, label) for i in range(n))
    return items


def test_stratified_sample_is_deterministic_proportional_and_ordered():
    items = _labelled({"a": 60, "b": 30, "c": 9, "d": 1})
    sample = nlu.stratified_sample(items, 20, seed=42, key=lambda x: x[1])
    assert sample == nlu.stratified_sample(items, 20, seed=42, key=lambda x: x[1])
    assert sample != nlu.stratified_sample(items, 20, seed=1, key=lambda x: x[1])
    assert len(sample) == 20 and len(set(sample)) == 20
    assert sample == sorted(sample)  # input order kept
    counts = collections.Counter(label for _, label in sample)
    # One per class first, then 16 over (59, 29, 8, 0): 10.07, 4.97, 1.08 -> 10, 5, 1.
    assert counts == {"a": 11, "b": 6, "c": 2, "d": 1}


def test_stratified_sample_with_fewer_slots_than_classes_takes_the_largest():
    items = _labelled({"a": 50, "b": 30, "c": 15, "d": 5})
    counts = collections.Counter(
        label for _, label in nlu.stratified_sample(items, 3, seed=0, key=lambda x: x[1])
    )
    assert counts == {"a": 2, "b": 1}


def test_stratified_sample_without_key_or_limit():
    items = list(range(100))
    assert nlu.stratified_sample(items, None, seed=1) == items
    assert nlu.stratified_sample(items, 500, seed=1) == items
    sample = nlu.stratified_sample(items, 10, seed=1)
    assert len(sample) == 10 and sample == sorted(sample)
    assert sample == nlu.stratified_sample(items, 10, seed=1)
    with pytest.raises(ValueError):
        nlu.stratified_sample(items, 0, seed=1)


def test_largest_remainder_sums_to_n_and_respects_sizes():
    quota = nlu.largest_remainder({"a": 2, "b": 2, "c": 2}, 4)
    assert sum(quota.values()) == 4 and quota == {"a": 2, "b": 1, "c": 1}
    assert nlu.largest_remainder({"a": 0, "b": 0}, 3) == {"a": 0, "b": 0}


# --- pipelines ---------------------------------------------------------------------------------

PIPELINE = [
    {"name": "custom_components.jieba_domain_tokenizer.DomainJiebaTokenizer"},
    {"name": "CountVectorsFeaturizer"},
    {"name": "DIETClassifier", "epochs": 100},
    {"name": "EntitySynonymMapper"},
    {"name": "custom_components.llm_intent_classifier.LLMIntentClassifier"},
    {"name": "custom_components.service_item_linker.ServiceItemLinker"},
    {"name": "custom_components.pii_entity_extractor.HotlinePIIExtractor"},
    {"name": "FallbackClassifier", "threshold": 0.4},
]


def names(pipeline):
    return [nlu.component_class(c) for c in pipeline]


def test_project_pipeline_is_kept_except_epochs():
    adapted, changes = nlu.adapt_pipeline(PIPELINE, public=False, entity_only=False, epochs=None)
    assert adapted == PIPELINE and changes == []
    adapted, changes = nlu.adapt_pipeline(PIPELINE, public=False, entity_only=False, epochs=2)
    assert nlu.diet_epochs(adapted) == [2] and changes == ["DIETClassifier: epochs 100 -> 2"]
    assert PIPELINE[2]["epochs"] == 100  # the input is not modified


def test_public_intent_pipeline_drops_hotline_components():
    adapted, changes = nlu.adapt_pipeline(PIPELINE, public=True, entity_only=False, epochs=None)
    assert names(adapted) == [
        "DomainJiebaTokenizer",
        "CountVectorsFeaturizer",
        "DIETClassifier",
        "EntitySynonymMapper",
        "LLMIntentClassifier",
    ]
    assert len(changes) == 3 and all("hotline-specific" in c for c in changes)


def test_entity_only_pipeline_drops_intent_classifiers_and_diet_intents():
    adapted, changes = nlu.adapt_pipeline(PIPELINE, public=True, entity_only=True, epochs=5)
    assert "LLMIntentClassifier" not in names(adapted)
    (diet,) = [c for c in adapted if nlu.component_class(c) == "DIETClassifier"]
    assert diet["intent_classification"] is False and diet["epochs"] == 5
    assert nlu.has_entity_extractor(adapted)
    assert any("intent_classification false" in c for c in changes)
    llm_only = [dict(c) for c in nlu.LLM_CLASSIFIER_PIPELINE]
    assert not nlu.has_entity_extractor(
        nlu.adapt_pipeline(llm_only, public=True, entity_only=True, epochs=None)[0]
    )


def test_diet_epochs_default_and_config_loading():
    assert nlu.diet_epochs([{"name": "DIETClassifier"}]) == [nlu.DIET_DEFAULT_EPOCHS]
    assert nlu.diet_epochs(list(nlu.LLM_CLASSIFIER_PIPELINE)) == []
    config = nlu.load_config("config-baseline.yml")
    assert any(nlu.component_class(c) == "DIETClassifier" for c in config["pipeline"])
    assert names(nlu.load_config(nlu.LLM_CLASSIFIER)["pipeline"]) == [
        "DomainJiebaTokenizer",
        "LLMIntentClassifier",
    ]


def test_load_config_rejects_a_file_without_pipeline(tmp_path):
    path = tmp_path / "c.yml"
    path.write_text("policies: []\n", encoding="utf-8")
    with pytest.raises(ValueError, match="pipeline"):
        nlu.load_config(str(path))


# --- metrics -----------------------------------------------------------------------------------


def test_prediction_without_fallback_skips_nlu_fallback():
    ranking = [
        {"name": "nlu_fallback", "confidence": 0.4},
        {"name": "ask_service", "confidence": 0.35},
        {"name": "greet", "confidence": 0.3},
    ]
    assert nlu.prediction_without_fallback(ranking, "nlu_fallback") == "ask_service"
    assert nlu.prediction_without_fallback([], "greet") == "greet"
    assert nlu.prediction_without_fallback([], "nlu_fallback") == nlu.NO_PREDICTION


def test_intent_metrics_with_and_without_fallback():
    gold = ["a", "a", "b", "b"]
    without = ["a", "a", "b", "a"]
    raw = ["a", "nlu_fallback", "b", "a"]
    m = nlu.intent_metrics(gold, without, raw)
    assert m["intent_accuracy"] == 0.75 and m["intent_accuracy_raw"] == 0.5
    assert m["fallback_rate"] == 0.25
    # a: P 2/3 R 1 F1 0.8; b: P 1 R 0.5 F1 2/3 -> macro 0.7333
    assert m["intent_macro_f1"] == pytest.approx(0.7333, abs=1e-4)
    # raw: a: P 1/2 R 1/2; b: P 1 R 1/2 F1 2/3 -> macro 0.5833 (nlu_fallback is no class)
    assert m["intent_macro_f1_raw"] == pytest.approx(0.5833, abs=1e-4)
    assert m["per_intent"]["b"] == {"precision": 1.0, "recall": 0.5, "f1": 0.6667, "support": 2}


def test_entity_metrics_count_only_exact_spans_of_known_types():
    gold = [[(0, 3, "name"), (15, 17, "address")], [(2, 4, "name")], []]
    predicted = [
        [(0, 3, "name"), (15, 16, "address")],  # exact, one character short
        [(2, 4, "address"), (0, 1, "phone_number")],  # wrong type, type not scored
        [(5, 7, "name"), (5, 7, "name")],  # false positive, duplicate counted once
    ]
    m = nlu.entity_metrics(gold, predicted, ["name", "address"])
    assert (m["entity_precision"], m["entity_recall"]) == (0.25, pytest.approx(0.3333, abs=1e-4))
    assert m["entity_f1"] == pytest.approx(2 * 0.25 * (1 / 3) / (0.25 + 1 / 3), abs=1e-4)
    assert m["per_entity_type"]["name"] == {
        "precision": 0.5,
        "recall": 0.5,
        "f1": 0.5,
        "support": 2,
        "predicted": 2,
    }
    assert m["per_entity_type"]["address"]["f1"] == 0.0
    assert m["entity_macro_f1"] == 0.25
    assert "phone_number" not in m["per_entity_type"]


def test_entity_metrics_perfect_and_empty():
    gold = [[(0, 2, "x")], [(1, 3, "y")]]
    assert nlu.entity_metrics(gold, gold, ["x", "y"])["entity_f1"] == 1.0
    empty = nlu.entity_metrics([[]], [[]], ["x"])
    assert empty["entity_f1"] == 0.0 and empty["entity_support"] == 0


def test_token_aligned_share():
    gold = [[(0, 3, "name"), (4, 6, "address")], [(1, 2, "name")]]
    tokens = [[(0, 3), (3, 5), (5, 6)], [(0, 2)]]
    assert nlu.token_aligned_share(gold, tokens) == pytest.approx(0.3333, abs=1e-4)
    assert nlu.token_aligned_share([[]], [[]]) is None


# --- reporting and arguments -------------------------------------------------------------------


def test_markdown_table_has_one_row_per_run():
    runs = [
        {
            "dataset": "smp2017",
            "config": "config-baseline.yml",
            "status": "ok",
            "n_train": 200,
            "n_test": 100,
            "n_intents": 31,
            "diet_epochs": [2],
            "intent": {"intent_accuracy": 0.5, "intent_accuracy_raw": 0.5, "intent_macro_f1": 0.4},
            "train_s": 30.0,
            "predict_ms_per_message": 12.5,
        },
        {"dataset": "cluener", "config": "x", "status": "skipped", "error": "no data | here"},
    ]
    lines = nlu.markdown_table(runs).splitlines()
    assert len(lines) == 4
    assert (
        "| smp2017 | config-baseline.yml | 200 | 100 | 31 | 2 | 0.500 | 0.500 | 0.400 |" in lines[2]
    )
    assert "skipped: no data / here" in lines[3]


def test_parse_list_rejects_unknown_data_sets():
    assert nlu.parse_list("smp2017, cluener,smp2017", nlu.DATASETS, "data sets") == [
        "smp2017",
        "cluener",
    ]
    with pytest.raises(argparse.ArgumentTypeError, match="unknown data sets: weibo"):
        nlu.parse_list("weibo", nlu.DATASETS, "data sets")


def test_missing_shared_data_skips_with_a_clear_message(tmp_path):
    with pytest.raises(nlu.DatasetUnavailable, match="MINSHENG_SHARED_DATA"):
        nlu.load_smp2017(tmp_path)
    with pytest.raises(nlu.DatasetUnavailable, match="cluener"):
        nlu.load_cluener(tmp_path, seed=42)


# --- the real files, when present --------------------------------------------------------------


@pytest.fixture
def shared_data():
    from bot.settings import shared_data_dir

    root = shared_data_dir()
    if not (root / "smp2017_ecdt").exists() or not (root / "cluener2020").exists():
        pytest.skip(f"shared data sets not found in {root} (set MINSHENG_SHARED_DATA)")
    return root


def test_smp2017_real_file_has_31_intents(shared_data):
    dataset = nlu.load_smp2017(shared_data)
    assert dataset.n_intents == 31 and len(dataset.label_map) == 31
    assert dataset.n_train > 2000 and len(dataset.test) > 600
    assert not any(x.text.startswith("\ufeff") for x in dataset.train)


def test_cluener_real_file_spans_match_their_mentions(shared_data):
    dataset = nlu.load_cluener(shared_data, seed=42)
    assert len(dataset.entity_types) == 10
    assert len(dataset.train) + len(dataset.test) > 1300
    assert dataset.info["spans_not_matching_mention_dropped"] == 0
    for x in dataset.train[:200]:
        for e in x.entities:
            assert x.text[e.start : e.end] == e.value


def test_plot_writes_a_png_for_finished_runs(tmp_path):
    pytest.importorskip("matplotlib")
    runs = [
        {
            "dataset": "smp2017",
            "config": "a.yml",
            "status": "ok",
            "intent": {"intent_accuracy": 0.9},
        },
        {"dataset": "cluener", "config": "a.yml", "status": "ok", "entities": {"entity_f1": 0.5}},
        {"dataset": "cluener", "config": "b", "status": "skipped"},
    ]
    path = tmp_path / "nlu.png"
    assert nlu.plot(runs, path) is None
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert nlu.plot(runs[2:], tmp_path / "none.png") == "no finished runs: no chart"
    assert not (tmp_path / "none.png").exists()


def test_main_records_missing_and_malformed_data_without_training(tmp_path, monkeypatch, capsys):
    shared = tmp_path / "shared"
    (shared / "smp2017_ecdt").mkdir(parents=True)
    (shared / "smp2017_ecdt" / "task1_train.jsonl").write_text("{broken\n", encoding="utf-8")
    (shared / "smp2017_ecdt" / "task1_test.jsonl").write_text("", encoding="utf-8")
    monkeypatch.setenv("MINSHENG_SHARED_DATA", str(shared))
    out = tmp_path / "nlu.json"
    code = nlu.main(
        ["--datasets", "smp2017,kuake_qic", "--configs", "config-baseline.yml", "--out", str(out)]
    )
    assert code == 1  # the malformed file fails its runs
    result = json.loads(out.read_text(encoding="utf-8"))
    by_dataset = {r["dataset"]: r for r in result["runs"]}
    assert by_dataset["smp2017"]["status"] == "failed"
    assert "task1_train.jsonl:1" in by_dataset["smp2017"]["error"]
    assert by_dataset["kuake_qic"]["status"] == "skipped"
    assert "not found" in by_dataset["kuake_qic"]["error"]
    assert result["arguments"]["shared_data"] == str(shared)
    assert result["machine"]["versions"]["rasa"]
    assert "| kuake_qic | config-baseline.yml |" in capsys.readouterr().out


def test_llm_features_is_config_yml_with_the_featurizer_before_diet():
    config = nlu.load_config(nlu.LLM_FEATURES)
    names = [nlu.component_class(c) for c in config["pipeline"]]
    assert names.count("LLMFeaturizer") == 1
    assert names.index("LLMFeaturizer") == names.index("DIETClassifier") - 1
    base = [nlu.component_class(c) for c in nlu.load_config("config.yml")["pipeline"]]
    assert [n for n in names if n != "LLMFeaturizer"] == [n for n in base if n != "LLMFeaturizer"]
