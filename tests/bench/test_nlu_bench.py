"""The NLU benchmark's pieces (bench/nlu_bench): format conversion, subsampling, pipelines and metrics.

Nothing here trains a model; the benchmark's own smoke run does that.
"""

from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path

import pytest
import yaml

from bench.nlu_bench import (
    child,
    cli,
    datasets,
    examples,
    formats,
    metrics,
    pipelines,
    plot,
    report,
    sampling,
)

PROJECT_ROOT = Path(__file__).resolve().parents[2]


# --- label mapping and public formats ---------------------------------------------------------


def test_intent_names_are_valid_sorted_and_stable():
    mapping = formats.intent_names(["治疗方案", "app", "病因分析", "app", "其他"], "qic")
    assert mapping == {
        "app": "qic_00",
        "其他": "qic_01",
        "治疗方案": "qic_02",
        "病因分析": "qic_03",
    }
    assert formats.intent_names(reversed(list(mapping)), "qic") == mapping
    assert all(name.isascii() and " " not in name for name in mapping.values())


def test_intent_names_widen_the_index_beyond_100_labels():
    mapping = formats.intent_names([f"l{i:03d}" for i in range(120)], "x")
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
    rows = formats.smp2017_rows(path)
    examples, dropped = formats.labelled_examples(
        rows, formats.intent_names([r[1] for r in rows], "smp")
    )
    assert [(e.text, e.intent) for e in examples] == [
        ("打开熊猫看书", "smp_00"),
        ("今天天气", "smp_01"),
    ]
    assert dropped == 1


def test_read_jsonl_names_the_bad_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "好", "label": "a"}\n{not json\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.jsonl:2"):
        formats.read_jsonl(path)


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
    assert formats.kuake_rows(path) == [
        ("心肌缺血如何治疗？", "治疗方案"),
        ("头疼是什么原因", "病因分析"),
    ]
    path.write_text('{"query": "x"}', encoding="utf-8")
    with pytest.raises(ValueError, match="JSON list"):
        formats.kuake_rows(path)


def test_cluener_end_inclusive_spans_become_exclusive():
    row = {
        "text": "彭小军认为，国内银行现在走的是台湾的发卡模式",
        "label": {"address": {"台湾": [[15, 16]]}, "name": {"彭小军": [[0, 2]]}},
    }
    example, bad = formats.cluener_example(row)
    assert bad == 0
    assert example.intent == formats.ENTITY_ONLY_INTENT
    assert example.entities == (
        examples.Entity(0, 3, "name", "彭小军"),
        examples.Entity(15, 17, "address", "台湾"),
    )
    for e in example.entities:
        assert example.text[e.start : e.end] == e.value


def test_cluener_drops_spans_that_do_not_match_their_mention():
    row = {
        "text": "温格的球队战胜曼联",
        "label": {"organization": {"曼联": [[7, 8], [6, 7]]}, "name": {"温格": [[0, 5]]}},
    }
    example, bad = formats.cluener_example(row)
    assert example.entities == (examples.Entity(7, 9, "organization", "曼联"),)
    assert bad == 2
    assert formats.cluener_example({"text": " ", "label": {}}) == (None, 0)


@pytest.mark.filterwarnings("ignore:NLU data in Rasa JSON format is deprecated")
def test_rasa_json_is_loadable_by_rasa_with_exact_spans(tmp_path):
    from rasa.shared.nlu.training_data.loading import load_data

    text = "看[电影](movie)在台湾 {x}"
    start = text.index("台湾")
    rows = [
        examples.Example(text, "smp_00", (examples.Entity(start, start + 2, "address"),)),
        examples.Example("打开(测试]", "smp_01"),
    ]
    path = tmp_path / "train.json"
    path.write_text(json.dumps(examples.rasa_json(rows), ensure_ascii=False), encoding="utf-8")
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
    example = examples.Example("去南湖区", "ask", (examples.Entity(1, 4, "district", "南湖区"),))
    assert (
        examples.example_from_json(json.loads(json.dumps(examples.example_to_json(example))))
        == example
    )


# --- splits and subsamples ---------------------------------------------------------------------


def test_split_holdout_is_fixed_by_seed_and_disjoint():
    items = list(range(1343))
    train, test = sampling.split_holdout(items, 0.2, seed=42)
    assert len(test) == 269 and len(train) == 1074
    assert not set(train) & set(test) and sorted(train + test) == items
    assert sampling.split_holdout(items, 0.2, seed=42) == (train, test)
    assert sampling.split_holdout(items, 0.2, seed=7)[1] != test
    with pytest.raises(ValueError):
        sampling.split_holdout(items, 1.0, seed=42)


def _labelled(counts: dict[str, int]) -> list[tuple[int, str]]:
    items = []
    for label, n in counts.items():
        base = len(items)
        items.extend((base + i, label) for i in range(n))
    return items


def test_stratified_sample_is_deterministic_proportional_and_ordered():
    items = _labelled({"a": 60, "b": 30, "c": 9, "d": 1})
    sample = sampling.stratified_sample(items, 20, seed=42, key=lambda x: x[1])
    assert sample == sampling.stratified_sample(items, 20, seed=42, key=lambda x: x[1])
    assert sample != sampling.stratified_sample(items, 20, seed=1, key=lambda x: x[1])
    assert len(sample) == 20 and len(set(sample)) == 20
    assert sample == sorted(sample)  # input order kept
    counts = collections.Counter(label for _, label in sample)
    # One per class first, then 16 over (59, 29, 8, 0): 10.07, 4.97, 1.08 -> 10, 5, 1.
    assert counts == {"a": 11, "b": 6, "c": 2, "d": 1}


def test_stratified_sample_with_fewer_slots_than_classes_takes_the_largest():
    items = _labelled({"a": 50, "b": 30, "c": 15, "d": 5})
    counts = collections.Counter(
        label for _, label in sampling.stratified_sample(items, 3, seed=0, key=lambda x: x[1])
    )
    assert counts == {"a": 2, "b": 1}


def test_stratified_sample_without_key_or_limit():
    items = list(range(100))
    assert sampling.stratified_sample(items, None, seed=1) == items
    assert sampling.stratified_sample(items, 500, seed=1) == items
    sample = sampling.stratified_sample(items, 10, seed=1)
    assert len(sample) == 10 and sample == sorted(sample)
    assert sample == sampling.stratified_sample(items, 10, seed=1)
    with pytest.raises(ValueError):
        sampling.stratified_sample(items, 0, seed=1)


def test_largest_remainder_sums_to_n_and_respects_sizes():
    quota = sampling.largest_remainder({"a": 2, "b": 2, "c": 2}, 4)
    assert sum(quota.values()) == 4 and quota == {"a": 2, "b": 1, "c": 1}
    assert sampling.largest_remainder({"a": 0, "b": 0}, 3) == {"a": 0, "b": 0}


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
    return [pipelines.component_class(c) for c in pipeline]


def test_project_pipeline_is_kept_except_epochs():
    adapted, changes = pipelines.adapt_pipeline(
        PIPELINE, public=False, entity_only=False, epochs=None
    )
    assert adapted == PIPELINE and changes == []
    adapted, changes = pipelines.adapt_pipeline(PIPELINE, public=False, entity_only=False, epochs=2)
    assert pipelines.diet_epochs(adapted) == [2] and changes == ["DIETClassifier: epochs 100 -> 2"]
    assert PIPELINE[2]["epochs"] == 100  # the input is not modified


def test_public_intent_pipeline_drops_hotline_components():
    adapted, changes = pipelines.adapt_pipeline(
        PIPELINE, public=True, entity_only=False, epochs=None
    )
    assert names(adapted) == [
        "DomainJiebaTokenizer",
        "CountVectorsFeaturizer",
        "DIETClassifier",
        "EntitySynonymMapper",
        "LLMIntentClassifier",
    ]
    assert len(changes) == 3 and all("hotline-specific" in c for c in changes)


def test_entity_only_pipeline_drops_intent_classifiers_and_diet_intents():
    adapted, changes = pipelines.adapt_pipeline(PIPELINE, public=True, entity_only=True, epochs=5)
    assert "LLMIntentClassifier" not in names(adapted)
    (diet,) = [c for c in adapted if pipelines.component_class(c) == "DIETClassifier"]
    assert diet["intent_classification"] is False and diet["epochs"] == 5
    assert pipelines.has_entity_extractor(adapted)
    assert any("intent_classification false" in c for c in changes)
    llm_only = [dict(c) for c in pipelines.LLM_CLASSIFIER_PIPELINE]
    assert not pipelines.has_entity_extractor(
        pipelines.adapt_pipeline(llm_only, public=True, entity_only=True, epochs=None)[0]
    )


def test_diet_epochs_default_and_config_loading():
    assert pipelines.diet_epochs([{"name": "DIETClassifier"}]) == [pipelines.DIET_DEFAULT_EPOCHS]
    assert pipelines.diet_epochs(list(pipelines.LLM_CLASSIFIER_PIPELINE)) == []
    config = pipelines.load_config("config-baseline.yml")
    assert any(pipelines.component_class(c) == "DIETClassifier" for c in config["pipeline"])
    assert names(pipelines.load_config(pipelines.LLM_CLASSIFIER)["pipeline"]) == [
        "DomainJiebaTokenizer",
        "LLMIntentClassifier",
    ]


def test_load_config_rejects_a_file_without_pipeline(tmp_path):
    path = tmp_path / "c.yml"
    path.write_text("policies: []\n", encoding="utf-8")
    with pytest.raises(ValueError, match="pipeline"):
        pipelines.load_config(str(path))


# --- metrics -----------------------------------------------------------------------------------


def test_prediction_without_fallback_skips_nlu_fallback():
    ranking = [
        {"name": "nlu_fallback", "confidence": 0.4},
        {"name": "ask_service", "confidence": 0.35},
        {"name": "greet", "confidence": 0.3},
    ]
    assert metrics.prediction_without_fallback(ranking, "nlu_fallback") == "ask_service"
    assert metrics.prediction_without_fallback([], "greet") == "greet"
    assert metrics.prediction_without_fallback([], "nlu_fallback") == metrics.NO_PREDICTION


def test_intent_metrics_with_and_without_fallback():
    gold = ["a", "a", "b", "b"]
    without = ["a", "a", "b", "a"]
    raw = ["a", "nlu_fallback", "b", "a"]
    m = metrics.intent_metrics(gold, without, raw)
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
    m = metrics.entity_metrics(gold, predicted, ["name", "address"])
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
    assert metrics.entity_metrics(gold, gold, ["x", "y"])["entity_f1"] == 1.0
    empty = metrics.entity_metrics([[]], [[]], ["x"])
    assert empty["entity_f1"] == 0.0 and empty["entity_support"] == 0


def test_token_aligned_share():
    gold = [[(0, 3, "name"), (4, 6, "address")], [(1, 2, "name")]]
    tokens = [[(0, 3), (3, 5), (5, 6)], [(0, 2)]]
    assert metrics.token_aligned_share(gold, tokens) == pytest.approx(0.3333, abs=1e-4)
    assert metrics.token_aligned_share([[]], [[]]) is None


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
    lines = report.markdown_table(runs).splitlines()
    assert len(lines) == 4
    assert (
        "| smp2017 | config-baseline.yml | 200 | 100 | 31 | 2 | 0.500 | 0.500 | 0.400 |" in lines[2]
    )
    assert "skipped: no data / here" in lines[3]


def test_parse_list_rejects_unknown_data_sets():
    assert cli.parse_list("smp2017, cluener,smp2017", datasets.DATASETS, "data sets") == [
        "smp2017",
        "cluener",
    ]
    with pytest.raises(argparse.ArgumentTypeError, match="unknown data sets: weibo"):
        cli.parse_list("weibo", datasets.DATASETS, "data sets")


def test_missing_shared_data_skips_with_a_clear_message(tmp_path):
    with pytest.raises(examples.DatasetUnavailable, match="MINSHENG_SHARED_DATA"):
        datasets.load_smp2017(tmp_path)
    with pytest.raises(examples.DatasetUnavailable, match="cluener"):
        datasets.load_cluener(tmp_path, seed=42)


# --- the real files, when present --------------------------------------------------------------


@pytest.fixture
def shared_data():
    from bot.settings import shared_data_dir

    root = shared_data_dir()
    if not (root / "smp2017_ecdt").exists() or not (root / "cluener2020").exists():
        pytest.skip(f"shared data sets not found in {root} (set MINSHENG_SHARED_DATA)")
    return root


def test_smp2017_real_file_has_31_intents(shared_data):
    dataset = datasets.load_smp2017(shared_data)
    assert dataset.n_intents == 31 and len(dataset.label_map) == 31
    assert dataset.n_train > 2000 and len(dataset.test) > 600
    assert not any(x.text.startswith("\ufeff") for x in dataset.train)


def test_cluener_real_file_spans_match_their_mentions(shared_data):
    dataset = datasets.load_cluener(shared_data, seed=42)
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
    assert plot.plot(runs, path) is None
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert plot.plot(runs[2:], tmp_path / "none.png") == "no finished runs: no chart"
    assert not (tmp_path / "none.png").exists()


def test_main_records_missing_and_malformed_data_without_training(tmp_path, monkeypatch, capsys):
    shared = tmp_path / "shared"
    (shared / "smp2017_ecdt").mkdir(parents=True)
    (shared / "smp2017_ecdt" / "task1_train.jsonl").write_text("{broken\n", encoding="utf-8")
    (shared / "smp2017_ecdt" / "task1_test.jsonl").write_text("", encoding="utf-8")
    monkeypatch.setenv("MINSHENG_SHARED_DATA", str(shared))
    out = tmp_path / "nlu.json"
    code = cli.main(
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
    config = pipelines.load_config(pipelines.LLM_FEATURES)
    names = [pipelines.component_class(c) for c in config["pipeline"]]
    assert names.count("LLMFeaturizer") == 1
    assert names.index("LLMFeaturizer") == names.index("DIETClassifier") - 1
    base = [pipelines.component_class(c) for c in pipelines.load_config("config.yml")["pipeline"]]
    assert [n for n in names if n != "LLMFeaturizer"] == [n for n in base if n != "LLMFeaturizer"]


# --- the pieces together, without training -----------------------------------------------------

PUBLIC_RESULTS = PROJECT_ROOT / "bench" / "results" / "nlu-public.json"


def _fake_smp2017(root: Path, per_label: dict[str, int]) -> None:
    folder = root / "smp2017_ecdt"
    folder.mkdir(parents=True)
    rows = [
        {"text": f"{label}的第{i}句话", "label": label}
        for label, n in per_label.items()
        for i in range(n)
    ]
    for name in ("task1_train.jsonl", "task1_test.jsonl"):
        (folder / name).write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
        )


@pytest.mark.filterwarnings("ignore:NLU data in Rasa JSON format is deprecated")
def test_prepare_dataset_subsamples_and_writes_rasa_and_test_files(tmp_path, monkeypatch):
    from rasa.shared.nlu.training_data.loading import load_data

    shared = tmp_path / "shared"
    _fake_smp2017(shared, {"app": 20, "chat": 10, "weather": 2})
    monkeypatch.setenv("MINSHENG_SHARED_DATA", str(shared))
    dataset = datasets.prepare_dataset(
        "smp2017", tmp_path / "work", max_train=8, max_test=5, seed=3
    )
    assert dataset.n_train == 8 and dataset.n_intents == 3 and len(dataset.test) == 5
    assert dataset.info["train_size_full"] == 32 and dataset.info["test_size_full"] == 32
    # One per class first, then in proportion: 5 over (19, 9, 1) -> 3.3, 1.6, 0.2 -> 3, 2, 0.
    by_intent = collections.Counter(x.intent for x in dataset.train)
    assert by_intent == {"smp_00": 4, "smp_01": 3, "smp_02": 1}
    loaded = load_data(str(dataset.training_file), language="zh").training_examples
    assert [(m.get("text"), m.get("intent")) for m in loaded] == [
        (x.text, x.intent) for x in dataset.train
    ]
    test_file = Path(dataset.info["test_file"])
    written = [examples.example_from_json(json.loads(line)) for line in test_file.open()]
    assert written == dataset.test
    # The same seed gives the same sets.
    again = datasets.prepare_dataset("smp2017", tmp_path / "again", max_train=8, max_test=5, seed=3)
    assert again.train == dataset.train and again.test == dataset.test


def test_plan_run_writes_the_adapted_config_and_a_complete_child_spec(tmp_path):
    dataset = examples.Dataset(
        name="smp2017",
        task="intent",
        test=[examples.Example("你好", "smp_00")],
        train=[examples.Example("你好", "smp_00")],
        training_file=tmp_path / "train.json",
        n_train=1,
        n_intents=1,
        info={"test_file": str(tmp_path / "test.jsonl")},
    )
    record = cli.plan_run(dataset, "config.yml", 3, tmp_path)
    assert set(record["spec"]) == set(child.SPEC_KEYS)
    assert record["spec"]["domain"] is None  # public data trains without the hotline's domain
    config = yaml.safe_load(Path(record["spec"]["config_path"]).read_text(encoding="utf-8"))
    assert "policies" not in config
    assert [c["name"] for c in config["pipeline"]] == record["pipeline"]
    trained = [pipelines.component_class(c) for c in config["pipeline"]]
    assert "DIETClassifier" in trained
    assert not set(trained) & set(pipelines.HOTLINE_ONLY_COMPONENTS)
    assert record["diet_epochs"] == [3]
    project = examples.Dataset(**{**dataset.__dict__, "name": "project", "task": "both"})
    spec = cli.plan_run(project, "config.yml", None, tmp_path / "p")["spec"]
    assert spec["domain"].endswith("domain.yml")


def test_run_in_child_starts_the_package_and_records_its_failure(tmp_path):
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    spec = {"run": "broken", "result_path": str(run_dir / "result.json")}
    result, wall_s = child.run_in_child(spec, run_dir, timeout=120)
    assert result["status"] == "failed"
    assert "the run spec lacks" in result["error"] and "config_path" in result["error"]
    assert "lacks" in (run_dir / "run.log").read_text(encoding="utf-8")
    assert wall_s > 0


def test_thin_entry_point_runs_the_package():
    import subprocess
    import sys

    for command in (
        [sys.executable, "bench/nlu.py", "--help"],
        [sys.executable, "-m", "bench.nlu_bench", "--help"],
    ):
        done = subprocess.run(command, cwd=PROJECT_ROOT, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        assert "NLU benchmark" in done.stdout and "--max-train" in done.stdout


def test_main_merges_child_results_in_the_recorded_format(tmp_path, monkeypatch, capsys):
    shared = tmp_path / "shared"
    _fake_smp2017(shared, {"app": 6, "chat": 4})
    monkeypatch.setenv("MINSHENG_SHARED_DATA", str(shared))
    seen = []

    def fake_child(spec, run_dir, timeout):
        seen.append(spec)
        return {
            "status": "ok",
            "model": str(run_dir / "model" / "nlu.tar.gz"),
            "train_s": 1.0,
            "load_s": 0.5,
            "predict_s": 0.1,
            "predict_ms_per_message": 10.0,
            "intent": metrics.intent_metrics(["a", "b"], ["a", "a"], ["a", "nlu_fallback"]),
            "entity_extractors": ["DIETClassifier"],
        }, 2.0

    monkeypatch.setattr(cli, "run_in_child", fake_child)
    out = tmp_path / "nlu.json"
    argv = ["--datasets", "smp2017", "--configs", "config-baseline.yml", "--out", str(out)]
    assert cli.main([*argv, "--epochs", "2", "--workdir", str(tmp_path / "work")]) == 0
    assert len(seen) == 1 and seen[0]["task"] == "intent"
    result = json.loads(out.read_text(encoding="utf-8"))
    # The same keys as the committed public-data results (format unchanged).
    recorded = json.loads(PUBLIC_RESULTS.read_text(encoding="utf-8"))
    assert list(result) == list(recorded)
    assert list(result["notes"]) == list(recorded["notes"])
    assert list(result["arguments"]) == list(recorded["arguments"])
    (run,) = result["runs"]
    recorded_run = next(r for r in recorded["runs"] if r["dataset"] == "smp2017")
    assert list(run) == list(recorded_run)
    assert run["intent"]["intent_accuracy"] == 0.5 and run["diet_epochs"] == [2]
    assert set(result["datasets"]["smp2017"]) == set(recorded["datasets"]["smp2017"])
    assert "| smp2017 | config-baseline.yml | 10 | 10 | 2 | 2 | 0.500 |" in capsys.readouterr().out
    # Without --workdir the temporary folder is deleted and no path into it is recorded.
    assert cli.main(argv) == 0
    result = json.loads(out.read_text(encoding="utf-8"))
    assert "run_dir" not in result["runs"][0] and "model" not in result["runs"][0]
    assert "test_file" not in result["datasets"]["smp2017"]
    assert not Path(seen[-1]["model_dir"]).parent.exists()
