"""NLU benchmark: the project's pipelines on the held-out set and on public Chinese data, one run.

    python bench/nlu.py [--datasets project,smp2017,kuake_qic,cluener]
                        [--configs config-baseline.yml,config.yml,llm-classifier]
                        [--epochs N] [--max-train N] [--max-test N] [--seed 42]
                        [--out bench/results/nlu.json] [--workdir DIR] [--run-timeout S]

Every (config, data set) pair is trained and tested in its own child process (TensorFlow's memory
is returned between runs, and one failing run is recorded with its error while the rest go on;
Rasa's training cache is off, so every run trains from scratch and ``train_s`` is honest):

- ``project``: train on ``data/`` (the project's NLU, synonyms and lookups), test on
  ``tests/nlu/nlu_heldout.yml``. The pipeline is used as it is, FallbackClassifier included, so two
  intent accuracies are reported: ``intent_accuracy`` (the top intent of ``intent_ranking`` other
  than ``nlu_fallback``) and ``intent_accuracy_raw`` (``nlu_fallback`` counted as wrong).
- ``smp2017``: SMP2017-ECDT task 1, train -> test (31 intents).
- ``kuake_qic``: KUAKE-QIC, train -> dev (11 intents).
- ``cluener``: CLUENER2020, a fixed-seed 80/20 split of the labelled file; entities only.

Public data sets are read from ``bot.settings.shared_data_dir()`` (``$MINSHENG_SHARED_DATA`` or
``../shared/data``) and converted into Rasa JSON training data in the work folder (exact character
spans; Rasa's YAML annotation syntax breaks on texts with brackets). Their labels become intent
names ``<prefix>_<index>`` (the mapping is kept in the results). Components that only make sense
for the hotline (ServiceItemLinker, HotlinePIIExtractor, FallbackClassifier) are removed from the
pipeline for public data; for CLUENER the intent-only classifiers are removed too and DIET is set
to ``intent_classification: false``. Every change is listed in the results.

``llm-features`` is ``config.yml`` with LLMFeaturizer feeding DIET (off in config.yml for the
demo model). ``llm-classifier`` is the LLM intent classifier alone (DomainJiebaTokenizer + LLMIntentClassifier
on ``models/hotline-tiny``); it has no entity extractor, so it is not run on CLUENER.

Metrics: intent accuracy and macro-F1 (over the test set's intents), entity precision/recall/F1
with exact span + type matches (micro over the data set's own entity types, plus per type and the
share of gold entities whose boundaries fall on token boundaries, an upper bound on recall), seconds
to train, milliseconds per test message. For scale on 2 CPU cores: DIET with 100 epochs took about
15 minutes on SMP2017-ECDT and about 90 minutes on KUAKE-QIC; use ``--epochs``, ``--max-train``
and ``--datasets`` for shorter runs (the results record what was run). Writes the results JSON,
a bar chart PNG beside it, and prints a Markdown table.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import math
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml
from tqdm import tqdm

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))

from bot.settings import shared_data_dir  # noqa: E402
from bot.versions import package_versions  # noqa: E402

DEFAULT_OUT = PROJECT_ROOT / "bench" / "results" / "nlu.json"
PROJECT_TRAIN = PROJECT_ROOT / "data"
PROJECT_TEST = PROJECT_ROOT / "tests" / "nlu" / "nlu_heldout.yml"
PROJECT_DOMAIN = PROJECT_ROOT / "domain.yml"

DATASETS = ("project", "smp2017", "kuake_qic", "cluener")
LLM_CLASSIFIER = "llm-classifier"
# config.yml with LLMFeaturizer switched on (its vectors as extra DIET input): config.yml keeps it
# commented out for the demo model, and this measures what it would do.
LLM_FEATURES = "llm-features"
LLM_FEATURIZER: dict[str, Any] = {
    "name": "custom_components.llm_featurizer.LLMFeaturizer",
    "model_path": "models/hotline-tiny",
    "batch_size": 32,
}
DEFAULT_CONFIGS = ("config-baseline.yml", "config.yml", LLM_CLASSIFIER)
# The LLM intent classifier alone; paths are relative to the project root (the child's cwd).
LLM_CLASSIFIER_PIPELINE: tuple[dict[str, Any], ...] = (
    {
        "name": "custom_components.jieba_domain_tokenizer.DomainJiebaTokenizer",
        "dictionary_path": "data/dictionary",
    },
    {
        "name": "custom_components.llm_intent_classifier.LLMIntentClassifier",
        "model_path": "models/hotline-tiny",
    },
)

FALLBACK_INTENT = "nlu_fallback"
# The one intent every CLUENER example carries (Rasa examples need one; it is never scored).
ENTITY_ONLY_INTENT = "cluener_text"
# Hotline-specific components: removed from pipelines trained on public data.
HOTLINE_ONLY_COMPONENTS = ("ServiceItemLinker", "HotlinePIIExtractor", "FallbackClassifier")
# Classifiers that only predict intents: removed for entity-only data (one dummy intent would
# make them fail or learn nothing).
INTENT_ONLY_COMPONENTS = (
    "LLMIntentClassifier",
    "LogisticRegressionClassifier",
    "SklearnIntentClassifier",
    "KeywordIntentClassifier",
    "MitieIntentClassifier",
    "ResponseSelector",
    "FallbackClassifier",
)
# Extractors that learn entity types from the training data.
LEARNED_ENTITY_EXTRACTORS = ("DIETClassifier", "CRFEntityExtractor", "MitieEntityExtractor")
DIET = "DIETClassifier"
DIET_DEFAULT_EPOCHS = 300  # Rasa 3.6's default when a config gives none
CLUENER_TEST_FRACTION = 0.2
PREDICT_BATCH = 64
NO_PREDICTION = "<none>"

T = TypeVar("T")


class DatasetUnavailable(RuntimeError):
    """A data set's files are missing; its runs are skipped with this message."""


@dataclass(frozen=True)
class Entity:
    start: int  # character offset, inclusive
    end: int  # character offset, exclusive
    type: str
    value: str | None = None


@dataclass(frozen=True)
class Example:
    text: str
    intent: str | None = None
    entities: tuple[Entity, ...] = ()


@dataclass
class Dataset:
    """One data set ready to train and test on."""

    name: str
    # "intent", "entity" or "both": which metrics are computed.
    task: str
    test: list[Example]
    # Public data: converted examples; the project: None (training_file is Rasa's own data).
    train: list[Example] | None
    training_file: Path | None = None
    n_train: int = 0
    n_intents: int = 0
    entity_types: list[str] = field(default_factory=list)
    label_map: dict[str, str] | None = None
    info: dict[str, Any] = field(default_factory=dict)


# --- public data formats ----------------------------------------------------------------------


def clean_text(text: str) -> str:
    """Strips whitespace and byte-order marks (SMP2017's first line starts with one)."""
    return text.replace("\ufeff", "").strip()


def intent_names(labels: Iterable[str], prefix: str) -> dict[str, str]:
    """Maps data set labels ("app", "治疗方案") to valid Rasa intent names ``<prefix>_<nn>``,
    numbered in sorted label order so the mapping is the same on every run."""
    unique = sorted(set(labels))
    width = max(2, len(str(len(unique) - 1)))
    return {label: f"{prefix}_{i:0{width}d}" for i, label in enumerate(unique)}


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    rows = []
    with path.open(encoding="utf-8-sig") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise ValueError(f"{path}:{number}: not valid JSON ({e})") from e
    return rows


def labelled_examples(
    rows: Iterable[tuple[str, str]], mapping: dict[str, str]
) -> tuple[list[Example], int]:
    """(text, label) rows -> examples with mapped intents; empty texts are dropped (counted)."""
    examples, dropped = [], 0
    for text, label in rows:
        text = clean_text(text or "")
        if not text:
            dropped += 1
            continue
        examples.append(Example(text, mapping[label]))
    return examples, dropped


def smp2017_rows(path: Path) -> list[tuple[str, str]]:
    """SMP2017-ECDT JSONL ``{"text", "label"}``."""
    return [(row["text"], str(row["label"])) for row in read_jsonl(path)]


def kuake_rows(path: Path) -> list[tuple[str, str]]:
    """KUAKE-QIC JSON list ``{"id", "query", "label"}``."""
    data = json.loads(path.read_text(encoding="utf-8-sig"))
    if not isinstance(data, list):
        raise ValueError(f"{path}: expected a JSON list, got {type(data).__name__}")
    return [(row["query"], str(row["label"])) for row in data]


def cluener_example(row: dict[str, Any]) -> tuple[Example | None, int]:
    """One CLUENER row ``{"text", "label": {type: {mention: [[start, end], ...]}}}`` (end
    inclusive) -> an example with end-exclusive spans. Spans that do not match their mention are
    dropped and counted; an empty text gives None."""
    raw = row.get("text") or ""
    # Offsets index the raw text: strip nothing that would shift them, only reject blank rows.
    if not raw.strip():
        return None, 0
    entities, bad = [], 0
    for entity_type, mentions in (row.get("label") or {}).items():
        for mention, spans in mentions.items():
            for start, end_inclusive in spans:
                end = end_inclusive + 1
                if not 0 <= start < end <= len(raw) or raw[start:end] != mention:
                    bad += 1
                    continue
                entities.append(Entity(start, end, entity_type, mention))
    entities.sort(key=lambda e: (e.start, e.end, e.type))
    return Example(raw, ENTITY_ONLY_INTENT, tuple(entities)), bad


def split_holdout(items: Sequence[T], test_fraction: float, seed: int) -> tuple[list[T], list[T]]:
    """A fixed-seed random split: (train, test), each in the input order."""
    if not 0 < test_fraction < 1:
        raise ValueError(f"test_fraction must be within (0, 1), got {test_fraction}")
    order = list(range(len(items)))
    random.Random(seed).shuffle(order)
    n_test = round(len(items) * test_fraction)
    test_ids = set(order[:n_test])
    train = [x for i, x in enumerate(items) if i not in test_ids]
    test = [x for i, x in enumerate(items) if i in test_ids]
    return train, test


def largest_remainder(sizes: dict[str, int], n: int) -> dict[str, int]:
    """Splits ``n`` over classes in proportion to ``sizes`` (Hamilton's method; ties by name)."""
    total = sum(sizes.values())
    if n <= 0 or total == 0:
        return {c: 0 for c in sizes}
    exact = {c: n * size / total for c, size in sizes.items()}
    quota = {c: math.floor(x) for c, x in exact.items()}
    left = n - sum(quota.values())
    for c in sorted(sizes, key=lambda c: (-(exact[c] - quota[c]), c))[:left]:
        quota[c] += 1
    return quota


def stratified_sample(
    items: Sequence[T], n: int | None, seed: int, key: Callable[[T], str | None] | None = None
) -> list[T]:
    """A fixed-seed subsample of ``n`` items in input order, stratified by ``key`` (intent).

    Each class gets at least one item when ``n`` allows one per class, and otherwise its
    proportional share (largest remainders first). Without ``key`` the sample is uniform.
    """
    if n is None or n >= len(items):
        return list(items)
    if n < 1:
        raise ValueError(f"sample size must be >= 1, got {n}")
    rng = random.Random(seed)
    if key is None:
        return [items[i] for i in sorted(rng.sample(range(len(items)), n))]
    groups: dict[str, list[int]] = collections.defaultdict(list)
    for i, item in enumerate(items):
        groups[str(key(item))].append(i)
    labels = sorted(groups)
    for label in labels:
        rng.shuffle(groups[label])
    sizes = {label: len(groups[label]) for label in labels}
    if n >= len(labels):
        # One per class first, the rest in proportion to what each class has left.
        rest = largest_remainder({c: size - 1 for c, size in sizes.items()}, n - len(labels))
        quota = {c: 1 + rest[c] for c in labels}
    else:
        quota = largest_remainder(sizes, n)
    chosen = sorted(i for label in labels for i in groups[label][: quota[label]])
    return [items[i] for i in chosen]


def rasa_json(examples: Iterable[Example]) -> dict[str, Any]:
    """Rasa's JSON NLU training format (exact character spans, no annotation syntax)."""
    common = []
    for example in examples:
        item: dict[str, Any] = {"text": example.text}
        if example.intent is not None:
            item["intent"] = example.intent
        if example.entities:
            item["entities"] = [
                {
                    "start": e.start,
                    "end": e.end,
                    "entity": e.type,
                    "value": e.value if e.value is not None else example.text[e.start : e.end],
                }
                for e in example.entities
            ]
        common.append(item)
    return {"rasa_nlu_data": {"common_examples": common}}


def example_to_json(example: Example) -> dict[str, Any]:
    return {
        "text": example.text,
        "intent": example.intent,
        "entities": [[e.start, e.end, e.type, e.value] for e in example.entities],
    }


def example_from_json(row: dict[str, Any]) -> Example:
    return Example(
        row["text"], row.get("intent"), tuple(Entity(*e) for e in row.get("entities") or [])
    )


# --- data sets ---------------------------------------------------------------------------------


def _require(path: Path, dataset: str) -> Path:
    if not path.exists():
        raise DatasetUnavailable(
            f"{dataset}: {path} not found (shared data folder: set MINSHENG_SHARED_DATA or put "
            f"the data sets in ../shared/data); skipped"
        )
    return path


def _intent_dataset(
    name: str,
    prefix: str,
    train_rows: list[tuple[str, str]],
    test_rows: list[tuple[str, str]],
    info: dict[str, Any],
) -> Dataset:
    mapping = intent_names([label for _, label in train_rows + test_rows], prefix)
    train, dropped_train = labelled_examples(train_rows, mapping)
    test, dropped_test = labelled_examples(test_rows, mapping)
    train_intents = {e.intent for e in train}
    unseen = sorted({e.intent for e in test} - train_intents)
    info = {**info, "dropped_empty_texts": {"train": dropped_train, "test": dropped_test}}
    if unseen:
        info["test_intents_not_in_train"] = unseen
    return Dataset(
        name=name,
        task="intent",
        train=train,
        test=test,
        n_train=len(train),
        n_intents=len(train_intents),
        label_map=mapping,
        info=info,
    )


def load_smp2017(root: Path) -> Dataset:
    folder = _require(root / "smp2017_ecdt", "smp2017")
    train_file = _require(folder / "task1_train.jsonl", "smp2017")
    test_file = _require(folder / "task1_test.jsonl", "smp2017")
    return _intent_dataset(
        "smp2017",
        "smp",
        smp2017_rows(train_file),
        smp2017_rows(test_file),
        {"source": "SMP2017-ECDT task 1", "train": str(train_file), "test": str(test_file)},
    )


def load_kuake_qic(root: Path) -> Dataset:
    folder = _require(root / "kuake_qic", "kuake_qic")
    train_file = _require(folder / "KUAKE-QIC_train.json", "kuake_qic")
    test_file = _require(folder / "KUAKE-QIC_dev.json", "kuake_qic")
    return _intent_dataset(
        "kuake_qic",
        "qic",
        kuake_rows(train_file),
        kuake_rows(test_file),
        {"source": "KUAKE-QIC (CBLUE)", "train": str(train_file), "test (dev)": str(test_file)},
    )


def load_cluener(root: Path, seed: int) -> Dataset:
    path = _require(root / "cluener2020" / "dev.jsonl", "cluener")
    examples, bad_spans, blank = [], 0, 0
    for row in read_jsonl(path):
        example, bad = cluener_example(row)
        bad_spans += bad
        if example is None:
            blank += 1
        else:
            examples.append(example)
    train, test = split_holdout(examples, CLUENER_TEST_FRACTION, seed)
    types = sorted({e.type for x in examples for e in x.entities})
    return Dataset(
        name="cluener",
        task="entity",
        train=train,
        test=test,
        n_train=len(train),
        entity_types=types,
        info={
            "source": "CLUENER2020 labelled file (official dev split)",
            "file": str(path),
            "split": f"fixed-seed {1 - CLUENER_TEST_FRACTION:.0%}/{CLUENER_TEST_FRACTION:.0%}",
            "split_seed": seed,
            "spans_not_matching_mention_dropped": bad_spans,
            "blank_rows_dropped": blank,
        },
    )


def _rasa_messages_to_examples(messages: Iterable[Any]) -> list[Example]:
    examples = []
    for m in messages:
        entities = tuple(
            Entity(int(e["start"]), int(e["end"]), e["entity"], e.get("value"))
            for e in m.get("entities") or []
        )
        examples.append(Example(m.get("text"), m.get("intent"), entities))
    return examples


def load_project(workdir: Path, max_train: int | None, seed: int) -> Dataset:
    from rasa.shared.data import get_data_files, is_nlu_file
    from rasa.shared.nlu.training_data.loading import load_data
    from rasa.shared.nlu.training_data.training_data import TrainingData

    _require(PROJECT_TEST, "project")
    # The files `rasa train nlu --nlu data` reads (stories, rules and knowledge files are not NLU).
    files = sorted(get_data_files([str(PROJECT_TRAIN)], is_nlu_file))
    if not files:
        raise DatasetUnavailable(f"project: no NLU training files in {PROJECT_TRAIN}")
    training = TrainingData().merge(*(load_data(f, language="zh") for f in files))
    test = _rasa_messages_to_examples(load_data(str(PROJECT_TEST), language="zh").intent_examples)
    examples = [m for m in training.training_examples if m.get("intent")]
    training_file = PROJECT_TRAIN
    info: dict[str, Any] = {
        "train": str(PROJECT_TRAIN),
        "train_files": [str(Path(f).relative_to(PROJECT_ROOT)) for f in files],
        "test": str(PROJECT_TEST),
    }
    if max_train is not None and max_train < len(examples):
        from rasa.shared.nlu.training_data.formats.rasa import RasaWriter

        examples = stratified_sample(examples, max_train, seed, key=lambda m: m.get("intent"))
        subset = TrainingData(
            training_examples=examples,
            entity_synonyms=training.entity_synonyms,
            regex_features=training.regex_features,
            lookup_tables=training.lookup_tables,
        )
        training_file = workdir / "project" / "train.json"
        training_file.parent.mkdir(parents=True, exist_ok=True)
        training_file.write_text(RasaWriter().dumps(subset), encoding="utf-8")
        info["train_subsample"] = str(training_file)
    return Dataset(
        name="project",
        task="both",
        train=None,
        training_file=training_file,
        test=test,
        n_train=len(examples),
        n_intents=len({m.get("intent") for m in examples}),
        entity_types=sorted({e.type for x in test for e in x.entities}),
        info=info,
    )


def _intent_of(example: Example) -> str | None:
    return example.intent


def prepare_dataset(name: str, args: argparse.Namespace, workdir: Path) -> Dataset:
    """Loads, subsamples (``--max-train``/``--max-test``) and writes one data set's files."""
    root = shared_data_dir()
    if name == "project":
        dataset = load_project(workdir, args.max_train, args.seed)
    elif name == "smp2017":
        dataset = load_smp2017(root)
    elif name == "kuake_qic":
        dataset = load_kuake_qic(root)
    elif name == "cluener":
        dataset = load_cluener(root, args.seed)
    else:
        raise ValueError(f"unknown data set {name!r}; known: {', '.join(DATASETS)}")

    strat = None if dataset.task == "entity" else _intent_of
    folder = workdir / name
    folder.mkdir(parents=True, exist_ok=True)
    dataset.info["test_size_full"] = len(dataset.test)
    dataset.test = stratified_sample(dataset.test, args.max_test, args.seed, key=strat)
    if dataset.train is not None:
        dataset.info["train_size_full"] = len(dataset.train)
        dataset.train = stratified_sample(dataset.train, args.max_train, args.seed, key=strat)
        dataset.n_train = len(dataset.train)
        if dataset.task != "entity":
            dataset.n_intents = len({x.intent for x in dataset.train})
        dataset.training_file = folder / "train.json"
        dataset.training_file.write_text(
            json.dumps(rasa_json(dataset.train), ensure_ascii=False), encoding="utf-8"
        )
    test_file = folder / "test.jsonl"
    test_file.write_text(
        "".join(json.dumps(example_to_json(x), ensure_ascii=False) + "\n" for x in dataset.test),
        encoding="utf-8",
    )
    dataset.info["test_file"] = str(test_file)
    return dataset


# --- pipelines ---------------------------------------------------------------------------------


def component_class(component: dict[str, Any]) -> str:
    """``custom_components.x.ServiceItemLinker`` -> ``ServiceItemLinker``."""
    return str(component.get("name", "")).rsplit(".", 1)[-1]


def adapt_pipeline(
    pipeline: Sequence[dict[str, Any]], *, public: bool, entity_only: bool, epochs: int | None
) -> tuple[list[dict[str, Any]], list[str]]:
    """The pipeline to train for one data set, and a description of every change made."""
    adapted, changes = [], []
    for original in pipeline:
        component = dict(original)
        name = component_class(component)
        if public and name in HOTLINE_ONLY_COMPONENTS:
            changes.append(f"removed {name} (hotline-specific)")
            continue
        if entity_only and name in INTENT_ONLY_COMPONENTS:
            changes.append(f"removed {name} (data set has no intents)")
            continue
        if name == DIET:
            if entity_only and component.get("intent_classification", True):
                component["intent_classification"] = False
                changes.append(f"{DIET}: intent_classification false (data set has no intents)")
            if epochs is not None and component.get("epochs") != epochs:
                changes.append(
                    f"{DIET}: epochs {component.get('epochs', DIET_DEFAULT_EPOCHS)} -> {epochs}"
                )
                component["epochs"] = epochs
        adapted.append(component)
    return adapted, changes


def diet_epochs(pipeline: Sequence[dict[str, Any]]) -> list[int]:
    return [
        int(c.get("epochs", DIET_DEFAULT_EPOCHS)) for c in pipeline if component_class(c) == DIET
    ]


def has_entity_extractor(pipeline: Sequence[dict[str, Any]]) -> bool:
    return any(
        component_class(c) in LEARNED_ENTITY_EXTRACTORS
        and c.get("entity_recognition", True) is not False
        for c in pipeline
    )


def load_config(label: str) -> dict[str, Any]:
    """A config file's content, or a built-in pipeline (``llm-classifier``, ``llm-features``)."""
    if label == LLM_FEATURES:
        config = load_config("config.yml")
        pipeline = [c for c in config["pipeline"] if component_class(c) != "LLMFeaturizer"]
        diet = [i for i, c in enumerate(pipeline) if component_class(c) == "DIETClassifier"]
        if not diet:
            raise ValueError("config.yml has no DIETClassifier for LLMFeaturizer to feed")
        pipeline.insert(diet[0], dict(LLM_FEATURIZER))
        return {**config, "pipeline": pipeline}
    if label == LLM_CLASSIFIER:
        return {
            "recipe": "default.v1",
            "language": "zh",
            "assistant_id": "minsheng-bench",
            "pipeline": [dict(c) for c in LLM_CLASSIFIER_PIPELINE],
        }
    path = Path(label)
    path = path if path.is_absolute() else PROJECT_ROOT / path
    config = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(config, dict) or not isinstance(config.get("pipeline"), list):
        raise ValueError(f"{path}: no NLU pipeline (a 'pipeline:' list) found")
    return config


# --- metrics -----------------------------------------------------------------------------------


def prediction_without_fallback(ranking: Sequence[dict[str, Any]], intent: str | None) -> str:
    """The top intent other than ``nlu_fallback``: FallbackClassifier puts itself in front of
    the classifier's ranking, which stays below it."""
    for item in ranking:
        if item.get("name") and item["name"] != FALLBACK_INTENT:
            return item["name"]
    return intent if intent and intent != FALLBACK_INTENT else NO_PREDICTION


def intent_metrics(
    gold: Sequence[str], predicted: Sequence[str], predicted_raw: Sequence[str]
) -> dict[str, Any]:
    """Accuracy and macro-F1 over the test set's intents (a predicted intent outside them, such
    as ``nlu_fallback``, is simply wrong), both without and with fallback counted."""
    from sklearn.metrics import f1_score, precision_recall_fscore_support

    if not gold:
        return {}
    labels = sorted(set(gold))

    def accuracy(pred: Sequence[str]) -> float:
        return sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold)

    def macro(pred: Sequence[str]) -> float:
        return float(
            f1_score(gold, pred, labels=labels, average="macro", zero_division=0)  # type: ignore[arg-type]
        )

    p, r, f, support = precision_recall_fscore_support(
        gold, predicted, labels=labels, zero_division=0
    )
    return {
        "intent_accuracy": round(accuracy(predicted), 4),
        "intent_macro_f1": round(macro(predicted), 4),
        "intent_accuracy_raw": round(accuracy(predicted_raw), 4),
        "intent_macro_f1_raw": round(macro(predicted_raw), 4),
        "fallback_rate": round(sum(x == FALLBACK_INTENT for x in predicted_raw) / len(gold), 4),
        "per_intent": {
            label: {
                "precision": round(float(p[i]), 4),
                "recall": round(float(r[i]), 4),
                "f1": round(float(f[i]), 4),
                "support": int(support[i]),
            }
            for i, label in enumerate(labels)
        },
    }


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | int]:
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "support": n_gold,
        "predicted": n_pred,
    }


def entity_metrics(
    gold: Sequence[Iterable[tuple[int, int, str]]],
    predicted: Sequence[Iterable[tuple[int, int, str]]],
    types: Iterable[str],
) -> dict[str, Any]:
    """Exact-match entity scores: a prediction counts only with the same start, end and type.

    Micro over ``types`` (predictions of other types are ignored: they belong to components the
    data set does not annotate), per type, and the macro average over types. Equal to seqeval's
    strict span F1, computed on character spans directly instead of tag sequences.
    """
    types = sorted(set(types))
    wanted = set(types)
    counts = {t: [0, 0, 0] for t in types}  # tp, predicted, gold
    for gold_spans, pred_spans in zip(gold, predicted, strict=True):
        g = {s for s in gold_spans if s[2] in wanted}
        p = {s for s in pred_spans if s[2] in wanted}
        for span in p:
            counts[span[2]][1] += 1
            if span in g:
                counts[span[2]][0] += 1
        for span in g:
            counts[span[2]][2] += 1
    per_type = {t: _prf(*counts[t]) for t in types}
    micro = _prf(*(sum(c[i] for c in counts.values()) for i in range(3)))
    with_support = [per_type[t]["f1"] for t in types if counts[t][2]]
    return {
        "entity_precision": micro["precision"],
        "entity_recall": micro["recall"],
        "entity_f1": micro["f1"],
        "entity_macro_f1": round(sum(with_support) / len(with_support), 4) if with_support else 0.0,
        "entity_support": micro["support"],
        "per_entity_type": per_type,
    }


def token_aligned_share(
    gold: Sequence[Iterable[tuple[int, int, str]]], tokens: Sequence[Iterable[tuple[int, int]]]
) -> float | None:
    """Share of gold entities whose start and end fall on token boundaries: a token-level
    extractor (DIET) cannot get the others exactly right."""
    total = aligned = 0
    for spans, toks in zip(gold, tokens, strict=True):
        starts = {s for s, _ in toks}
        ends = {e for _, e in toks}
        for start, end, _ in spans:
            total += 1
            aligned += start in starts and end in ends
    return round(aligned / total, 4) if total else None


# --- child process: train and test one (config, data set) ---------------------------------------


def child_main(spec_path: Path) -> int:
    """Trains, loads and tests one model; writes the result JSON named in the spec."""
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    result: dict[str, Any] = {"status": "failed"}
    try:
        result = run_child(spec)
    except BaseException as e:  # recorded for the parent, which goes on with other runs
        result["error"] = f"{type(e).__name__}: {e}"
        result["traceback"] = traceback.format_exc()[-4000:]
        print(result["traceback"], file=sys.stderr)
    Path(spec["result_path"]).write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
    return 0 if result.get("status") == "ok" else 1


def entity_extractors(pipeline_names: Sequence[str]) -> list[str]:
    """The pipeline's components registered as entity extractors (EntitySynonymMapper only
    rewrites values, so it does not count)."""
    from rasa.engine.recipes.default_recipe import DefaultV1Recipe

    found = []
    for name in pipeline_names:
        registered = DefaultV1Recipe._from_registry(name)
        if (
            DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR in registered.types
            and registered.clazz.__name__ != "EntitySynonymMapper"
        ):
            found.append(registered.clazz.__name__)
    return found


def run_child(spec: dict[str, Any]) -> dict[str, Any]:
    import rasa.model_training
    from rasa.core.agent import Agent
    from rasa.core.channels.channel import UserMessage
    from rasa.engine.constants import PLACEHOLDER_MESSAGE, PLACEHOLDER_TRACKER
    from rasa.shared.core.trackers import DialogueStateTracker
    from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY

    extractors = entity_extractors(spec["pipeline_names"])
    test = [
        example_from_json(json.loads(line))
        for line in Path(spec["test_path"]).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    start = time.perf_counter()
    model = rasa.model_training.train_nlu(
        config=spec["config_path"],
        nlu_data=spec["nlu_data"],
        output=spec["model_dir"],
        fixed_model_name=spec["model_name"],
        domain=spec.get("domain"),
    )
    train_s = time.perf_counter() - start
    if not model:
        raise RuntimeError("rasa did not produce a model (see the log above)")

    start = time.perf_counter()
    agent = Agent.load(model)
    load_s = time.perf_counter() - start
    processor = agent.processor
    if processor is None:
        raise RuntimeError(f"could not load the trained model {model}")
    tracker = DialogueStateTracker("bench", processor.domain.slots)

    # The whole test batch goes through the predict graph at once (what
    # MessageProcessor._parse_message_with_graph does for one message), so components that
    # batch (the LLM ones) are timed as they run in bulk.
    parsed: list[Any] = []
    start = time.perf_counter()
    batches = range(0, len(test), PREDICT_BATCH)
    for i in tqdm(batches, desc=f"{spec['run']}: predict", unit="batch", file=sys.stderr):
        chunk = [UserMessage(x.text) for x in test[i : i + PREDICT_BATCH]]
        outputs = processor.graph_runner.run(
            inputs={PLACEHOLDER_MESSAGE: chunk, PLACEHOLDER_TRACKER: tracker},
            targets=[processor.model_metadata.nlu_target],
        )
        parsed.extend(outputs[processor.model_metadata.nlu_target])
    predict_s = time.perf_counter() - start
    if len(parsed) != len(test):
        raise RuntimeError(f"{len(parsed)} predictions for {len(test)} test messages")

    result: dict[str, Any] = {
        "status": "ok",
        "model": str(model),
        "train_s": round(train_s, 2),
        "load_s": round(load_s, 2),
        "predict_s": round(predict_s, 2),
        "predict_ms_per_message": round(1000 * predict_s / max(len(test), 1), 2),
    }
    if spec["task"] in ("intent", "both"):
        gold = [x.intent or NO_PREDICTION for x in test]
        raw, without = [], []
        for message in parsed:
            intent = (message.get(INTENT) or {}).get("name")
            raw.append(intent or NO_PREDICTION)
            without.append(
                prediction_without_fallback(message.get(INTENT_RANKING_KEY) or [], intent)
            )
        result["intent"] = intent_metrics(gold, without, raw)
    result["entity_extractors"] = extractors
    if spec["task"] in ("entity", "both") and not extractors:
        result["entities_not_scored"] = "the pipeline has no entity extractor"
    elif spec["task"] in ("entity", "both"):
        gold_spans = [[(e.start, e.end, e.type) for e in x.entities] for x in test]
        predicted = [
            [(int(e["start"]), int(e["end"]), e["entity"]) for e in m.get("entities") or []]
            for m in parsed
        ]
        tokens = [[(t.start, t.end) for t in m.get("text_tokens") or []] for m in parsed]
        result["entities"] = entity_metrics(gold_spans, predicted, spec["entity_types"])
        result["entities"]["gold_token_aligned_share"] = token_aligned_share(gold_spans, tokens)
    return result


def run_in_child(
    spec: dict[str, Any], run_dir: Path, timeout: float | None
) -> tuple[dict[str, Any], float]:
    """Runs one spec in a child process; its output is shown live and kept in ``run.log``."""
    spec_path = run_dir / "spec.json"
    spec_path.write_text(json.dumps(spec, ensure_ascii=False, indent=2), encoding="utf-8")
    env = dict(os.environ)
    for key, value in (
        ("HF_HUB_OFFLINE", "1"),
        ("TRANSFORMERS_OFFLINE", "1"),
        ("RASA_TELEMETRY_ENABLED", "false"),
        ("TF_CPP_MIN_LOG_LEVEL", "2"),
        # Library deprecation noise (jieba, Rasa's JSON-format notice) would bury the progress.
        ("PYTHONWARNINGS", "ignore::DeprecationWarning,ignore::FutureWarning"),
    ):
        env.setdefault(key, value)
    # Rasa's training cache would replay featurizers and DIET from an earlier identical run
    # (train_s a fraction of the real time) and fill the project's .rasa/cache with bench models.
    env["RASA_MAX_CACHE_SIZE"] = "0"
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(PROJECT_ROOT), env.get("PYTHONPATH", "")) if p
    )
    tail: collections.deque[bytes] = collections.deque(maxlen=64)
    start = time.perf_counter()
    with (run_dir / "run.log").open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--child", str(spec_path)],
            cwd=PROJECT_ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )

        def pump() -> None:
            assert process.stdout is not None
            for chunk in iter(lambda: process.stdout.read1(4096), b""):  # type: ignore[union-attr]
                sys.stderr.buffer.write(chunk)
                sys.stderr.buffer.flush()
                log.write(chunk)
                tail.append(chunk)

        reader = threading.Thread(target=pump, daemon=True)
        reader.start()
        try:
            code = process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            reader.join(timeout=5)
            return {
                "status": "failed",
                "error": f"did not finish within --run-timeout {timeout:.0f} s",
            }, time.perf_counter() - start
        reader.join(timeout=30)
    wall_s = time.perf_counter() - start
    result_path = Path(spec["result_path"])
    if result_path.exists():
        result = json.loads(result_path.read_text(encoding="utf-8"))
    else:
        output = b"".join(tail).decode("utf-8", errors="replace")
        result = {
            "status": "failed",
            "error": f"child process exited with code {code} without a result",
            "output_tail": output[-3000:],
        }
    return result, wall_s


# --- parent: plan, run, report ---------------------------------------------------------------


def environment() -> dict[str, Any]:
    versions = package_versions(
        ("rasa", "tensorflow", "torch", "transformers", "scikit-learn", "numpy")
    )
    return {
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "python": platform.python_version(),
        "cpu_count": os.cpu_count(),
        "load_average": list(os.getloadavg()),
        "versions": versions,
    }


def git_commit() -> dict[str, Any] | None:
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "HEAD"],
            cwd=PROJECT_ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        status = subprocess.run(
            ["git", "status", "--porcelain"],
            cwd=PROJECT_ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    return {"commit": commit, "dirty": bool(status.strip())}


def slug(label: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in Path(label).stem or label)


def plan_run(
    dataset: Dataset, config_label: str, args: argparse.Namespace, workdir: Path
) -> dict[str, Any]:
    """The run record (without results yet) and, unless skipped, the child's spec."""
    record: dict[str, Any] = {"dataset": dataset.name, "config": config_label}
    config = load_config(config_label)
    public = dataset.name != "project"
    entity_only = dataset.task == "entity"
    pipeline, changes = adapt_pipeline(
        config["pipeline"], public=public, entity_only=entity_only, epochs=args.epochs
    )
    record.update(
        {
            "pipeline": [str(c.get("name")) for c in pipeline],
            "pipeline_changes": changes,
            "diet_epochs": diet_epochs(pipeline),
            "n_train": dataset.n_train,
            "n_test": len(dataset.test),
            "n_intents": dataset.n_intents if dataset.task != "entity" else None,
        }
    )
    if entity_only and not has_entity_extractor(pipeline):
        record["status"] = "skipped"
        record["error"] = "no entity extractor in the pipeline (CLUENER scores entities only)"
        return record
    run_dir = workdir / dataset.name / slug(config_label)
    run_dir.mkdir(parents=True, exist_ok=True)
    effective = {k: v for k, v in config.items() if k not in ("policies", "pipeline")}
    effective["pipeline"] = pipeline
    config_path = run_dir / "config.yml"
    config_path.write_text(
        yaml.safe_dump(effective, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    record["spec"] = {
        "run": f"{dataset.name} x {config_label}",
        "config_path": str(config_path),
        "nlu_data": str(dataset.training_file),
        "domain": str(PROJECT_DOMAIN) if dataset.name == "project" else None,
        "model_dir": str(run_dir / "model"),
        "model_name": "nlu",
        "test_path": dataset.info["test_file"],
        "task": dataset.task,
        "pipeline_names": record["pipeline"],
        "entity_types": dataset.entity_types,
        "result_path": str(run_dir / "result.json"),
    }
    record["run_dir"] = str(run_dir)
    return record


def _fmt(value: Any, digits: int = 3) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def markdown_table(runs: Sequence[dict[str, Any]]) -> str:
    header = (
        "| data set | config | train | test | intents | DIET epochs | intent acc | acc raw "
        "| intent macro-F1 | entity F1 | train s | ms/msg | status |"
    )
    lines = [header, "|" + "---|" * 13]
    for r in runs:
        intent = r.get("intent") or {}
        entities = r.get("entities") or {}
        status = r.get("status", "?")
        if status != "ok" and r.get("error"):
            status = f"{status}: {str(r['error'])[:80]}"
        lines.append(
            "| "
            + " | ".join(
                [
                    r["dataset"],
                    r["config"],
                    _fmt(r.get("n_train")),
                    _fmt(r.get("n_test")),
                    _fmt(r.get("n_intents")),
                    ",".join(map(str, r.get("diet_epochs") or [])) or "-",
                    _fmt(intent.get("intent_accuracy")),
                    _fmt(intent.get("intent_accuracy_raw")),
                    _fmt(intent.get("intent_macro_f1")),
                    _fmt(entities.get("entity_f1")),
                    _fmt(r.get("train_s"), 1),
                    _fmt(r.get("predict_ms_per_message"), 1),
                    status.replace("|", "/"),
                ]
            )
            + " |"
        )
    return "\n".join(lines)


def plot(runs: Sequence[dict[str, Any]], path: Path) -> str | None:
    """Writes a grouped bar chart (one panel per metric); returns why not when it cannot."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return "matplotlib is not installed: no chart"
    panels = [
        ("intent accuracy", "intent", "intent_accuracy"),
        ("intent macro-F1", "intent", "intent_macro_f1"),
        ("entity F1 (exact spans)", "entities", "entity_f1"),
    ]
    ok = [r for r in runs if r.get("status") == "ok"]
    panels = [p for p in panels if any((r.get(p[1]) or {}).get(p[2]) is not None for r in ok)]
    if not panels:
        return "no finished runs: no chart"
    # One colour per config across panels, one legend for the figure.
    all_configs = list(dict.fromkeys(r["config"] for r in ok))
    colours = {c: plt.get_cmap("tab10")(i % 10) for i, c in enumerate(all_configs)}
    fig, axes = plt.subplots(1, len(panels), figsize=(5 * len(panels), 4.4), squeeze=False)
    for ax, (title, group, key) in zip(axes[0], panels, strict=True):
        scored = [r for r in ok if (r.get(group) or {}).get(key) is not None]
        datasets = list(dict.fromkeys(r["dataset"] for r in scored))
        configs = list(dict.fromkeys(r["config"] for r in scored))
        width = 0.8 / len(configs)
        for j, config in enumerate(configs):
            points = [
                (i + j * width, r[group][key])
                for i, d in enumerate(datasets)
                for r in scored
                if r["dataset"] == d and r["config"] == config
            ]
            bars = ax.bar(
                [x for x, _ in points], [v for _, v in points], width, color=colours[config]
            )
            ax.bar_label(bars, fmt="%.2f", fontsize=7)
        ax.set_xticks([i + width * (len(configs) - 1) / 2 for i in range(len(datasets))])
        ax.set_xticklabels(datasets)
        ax.set_ylim(0, 1)
        ax.set_title(title)
    handles = [plt.Rectangle((0, 0), 1, 1, color=colours[c]) for c in all_configs]
    fig.legend(handles, all_configs, loc="lower center", ncol=len(all_configs), fontsize=8)
    fig.tight_layout(rect=(0, 0.07, 1, 1))
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return None


def parse_list(raw: str, known: Sequence[str] | None, what: str) -> list[str]:
    items = [x.strip() for x in raw.split(",") if x.strip()]
    if not items:
        raise argparse.ArgumentTypeError(f"no {what} given")
    if known is not None:
        unknown = [x for x in items if x not in known]
        if unknown:
            raise argparse.ArgumentTypeError(
                f"unknown {what}: {', '.join(unknown)}; known: {', '.join(known)}"
            )
    return list(dict.fromkeys(items))


def positive_int(raw: str) -> int:
    value = int(raw)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be >= 1, got {raw}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        description=(__doc__ or "").splitlines()[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--datasets",
        type=lambda s: parse_list(s, DATASETS, "data sets"),
        default=list(DATASETS),
        help=f"comma-separated, from {','.join(DATASETS)} (default: all)",
    )
    parser.add_argument(
        "--configs",
        type=lambda s: parse_list(s, None, "configs"),
        default=list(DEFAULT_CONFIGS),
        help=f"comma-separated config files, {LLM_CLASSIFIER} or {LLM_FEATURES} (default: "
        f"{','.join(DEFAULT_CONFIGS)})",
    )
    parser.add_argument(
        "--epochs", type=positive_int, help="DIETClassifier epochs (default: as in each config)"
    )
    parser.add_argument(
        "--max-train",
        type=positive_int,
        help="fixed-seed training subsample per data set, stratified by intent (default: all)",
    )
    parser.add_argument(
        "--max-test",
        type=positive_int,
        help="fixed-seed test subsample per data set, stratified by intent (default: all)",
    )
    parser.add_argument("--seed", type=int, default=42, help="subsamples and the CLUENER split")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="results JSON")
    parser.add_argument(
        "--workdir",
        type=Path,
        help="keep converted data, configs, models and logs here (default: a temporary folder, "
        "deleted at the end)",
    )
    parser.add_argument(
        "--run-timeout", type=float, help="seconds one (config, data set) run may take"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"] and len(argv) == 2:
        return child_main(Path(argv[1]))
    parser = build_parser()
    args = parser.parse_args(argv)
    for label in args.configs:
        if label in (LLM_CLASSIFIER, LLM_FEATURES):
            continue
        path = Path(label) if Path(label).is_absolute() else PROJECT_ROOT / label
        if not path.is_file():
            parser.error(f"config {label!r} not found (looked at {path})")

    temporary = args.workdir is None
    workdir = Path(tempfile.mkdtemp(prefix="minsheng-nlu-bench-")) if temporary else args.workdir
    workdir = workdir.resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    started = dt.datetime.now(dt.timezone.utc)
    runs: list[dict[str, Any]] = []
    datasets_info: dict[str, Any] = {}
    try:
        for name in args.datasets:
            try:
                dataset = prepare_dataset(name, args, workdir)
            except DatasetUnavailable as e:
                print(f"skipping {name}: {e}", file=sys.stderr)
                datasets_info[name] = {"status": "skipped", "reason": str(e)}
                runs.extend(
                    {"dataset": name, "config": c, "status": "skipped", "error": str(e)}
                    for c in args.configs
                )
                continue
            except (OSError, ValueError, KeyError, TypeError) as e:
                # A malformed data file fails its own runs, not the whole benchmark.
                error = f"{name}: cannot read the data set ({type(e).__name__}: {e})"
                print(error, file=sys.stderr)
                datasets_info[name] = {"status": "failed", "reason": error}
                runs.extend(
                    {"dataset": name, "config": c, "status": "failed", "error": error}
                    for c in args.configs
                )
                continue
            datasets_info[name] = {
                "status": "ok",
                "task": dataset.task,
                "n_train": dataset.n_train,
                "n_test": len(dataset.test),
                "n_intents": dataset.n_intents if dataset.task != "entity" else None,
                "entity_types": dataset.entity_types,
                "intent_map": dataset.label_map,
                **dataset.info,
            }
            for label in args.configs:
                try:
                    runs.append(plan_run(dataset, label, args, workdir))
                except (OSError, ValueError, yaml.YAMLError) as e:
                    runs.append(
                        {"dataset": name, "config": label, "status": "failed", "error": str(e)}
                    )

        todo = [r for r in runs if "spec" in r]
        for record in tqdm(todo, desc="NLU benchmark runs", unit="run", file=sys.stderr):
            tqdm.write(f"=== {record['spec']['run']} ===", file=sys.stderr)
            # Timings on a shared machine mean little without the load they ran under.
            record["load_average_before"] = [round(x, 2) for x in os.getloadavg()]
            result, wall_s = run_in_child(record["spec"], Path(record["run_dir"]), args.run_timeout)
            record.update(result)
            record["wall_s"] = round(wall_s, 1)
            tqdm.write(
                f"--- {record['spec']['run']}: {record['status']}"
                + (f" ({record['error']})" if record.get("error") else ""),
                file=sys.stderr,
            )
    finally:
        if temporary:
            shutil.rmtree(workdir, ignore_errors=True)

    for info in datasets_info.values():
        if temporary:  # the converted files are gone with the temporary folder
            info.pop("test_file", None)
            info.pop("train_subsample", None)
    for record in runs:
        record.pop("spec", None)
        if temporary:
            record.pop("run_dir", None)
            record.pop("model", None)
    result = {
        "benchmark": "nlu",
        "time": started.isoformat(timespec="seconds"),
        "finished": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "git": git_commit(),
        "machine": environment(),
        "arguments": {
            "datasets": args.datasets,
            "configs": args.configs,
            "epochs": args.epochs,
            "max_train": args.max_train,
            "max_test": args.max_test,
            "seed": args.seed,
            "workdir": None if temporary else str(workdir),
            "shared_data": str(shared_data_dir()),
        },
        "notes": {
            "intent_accuracy": "top intent of intent_ranking other than nlu_fallback",
            "intent_accuracy_raw": "the predicted intent as is; nlu_fallback counts as wrong",
            "intent_macro_f1": "macro over the test set's intents (sklearn, zero_division=0)",
            "entity_f1": "exact start, end and type; micro over the data set's entity types",
            "train_s": "wall time of rasa.model_training.train_nlu in the child process, "
            "Rasa's training cache disabled (RASA_MAX_CACHE_SIZE=0)",
        },
        "datasets": datasets_info,
        "runs": runs,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    table = markdown_table(runs)
    print(table)
    print(f"results: {args.out}")
    chart = args.out.with_suffix(".png")
    problem = plot(runs, chart)
    print(problem or f"chart: {chart}")
    return 0 if all(r.get("status") in ("ok", "skipped") for r in runs) else 1


if __name__ == "__main__":
    raise SystemExit(main())
