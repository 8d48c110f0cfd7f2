"""Each data set loaded, subsampled and written into the work folder as Rasa training data."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from bench.nlu_bench.examples import (
    Dataset,
    DatasetUnavailable,
    Entity,
    Example,
    example_to_json,
    rasa_json,
)
from bench.nlu_bench.formats import (
    cluener_example,
    intent_names,
    kuake_rows,
    labelled_examples,
    read_jsonl,
    smp2017_rows,
)
from bench.nlu_bench.paths import PROJECT_ROOT, PROJECT_TEST, PROJECT_TRAIN
from bench.nlu_bench.sampling import split_holdout, stratified_sample
from bot.settings import shared_data_dir

DATASETS = ("project", "smp2017", "kuake_qic", "cluener")
CLUENER_TEST_FRACTION = 0.2


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


def prepare_dataset(
    name: str, workdir: Path, *, max_train: int | None, max_test: int | None, seed: int
) -> Dataset:
    """Loads, subsamples (``--max-train``/``--max-test``) and writes one data set's files."""
    root = shared_data_dir()
    if name == "project":
        dataset = load_project(workdir, max_train, seed)
    elif name == "smp2017":
        dataset = load_smp2017(root)
    elif name == "kuake_qic":
        dataset = load_kuake_qic(root)
    elif name == "cluener":
        dataset = load_cluener(root, seed)
    else:
        raise ValueError(f"unknown data set {name!r}; known: {', '.join(DATASETS)}")

    strat = None if dataset.task == "entity" else _intent_of
    folder = workdir / name
    folder.mkdir(parents=True, exist_ok=True)
    dataset.info["test_size_full"] = len(dataset.test)
    dataset.test = stratified_sample(dataset.test, max_test, seed, key=strat)
    if dataset.train is not None:
        dataset.info["train_size_full"] = len(dataset.train)
        dataset.train = stratified_sample(dataset.train, max_train, seed, key=strat)
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
