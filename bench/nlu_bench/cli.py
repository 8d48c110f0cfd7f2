"""Command line: plan the (config, data set) runs, run each in a child process, write the results."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml
from tqdm import tqdm

from bench import nlu_bench
from bench.nlu_bench.child import child_main, run_in_child
from bench.nlu_bench.datasets import DATASETS, prepare_dataset
from bench.nlu_bench.examples import Dataset, DatasetUnavailable
from bench.nlu_bench.paths import DEFAULT_OUT, PROJECT_DOMAIN, PROJECT_ROOT
from bench.nlu_bench.pipelines import (
    DEFAULT_CONFIGS,
    LLM_CLASSIFIER,
    LLM_FEATURES,
    adapt_pipeline,
    diet_epochs,
    has_entity_extractor,
    load_config,
)
from bench.nlu_bench.plot import plot
from bench.nlu_bench.report import markdown_table, results_document
from bot.settings import shared_data_dir


def slug(label: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in Path(label).stem or label)


def plan_run(
    dataset: Dataset, config_label: str, epochs: int | None, workdir: Path
) -> dict[str, Any]:
    """The run record (without results yet) and, unless skipped, the child's spec."""
    record: dict[str, Any] = {"dataset": dataset.name, "config": config_label}
    config = load_config(config_label)
    public = dataset.name != "project"
    entity_only = dataset.task == "entity"
    pipeline, changes = adapt_pipeline(
        config["pipeline"], public=public, entity_only=entity_only, epochs=epochs
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
        description=(nlu_bench.__doc__ or "").splitlines()[0],
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


def plan_dataset(
    name: str, args: argparse.Namespace, workdir: Path
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """One data set's entry in the results and its run records (with child specs to run).

    A missing data set skips its runs, a malformed one fails them; neither stops the benchmark.
    """
    try:
        dataset = prepare_dataset(
            name, workdir, max_train=args.max_train, max_test=args.max_test, seed=args.seed
        )
    except DatasetUnavailable as e:
        print(f"skipping {name}: {e}", file=sys.stderr)
        return {"status": "skipped", "reason": str(e)}, [
            {"dataset": name, "config": c, "status": "skipped", "error": str(e)}
            for c in args.configs
        ]
    except (OSError, ValueError, KeyError, TypeError) as e:
        # A malformed data file fails its own runs, not the whole benchmark.
        error = f"{name}: cannot read the data set ({type(e).__name__}: {e})"
        print(error, file=sys.stderr)
        return {"status": "failed", "reason": error}, [
            {"dataset": name, "config": c, "status": "failed", "error": error} for c in args.configs
        ]
    info = {
        "status": "ok",
        "task": dataset.task,
        "n_train": dataset.n_train,
        "n_test": len(dataset.test),
        "n_intents": dataset.n_intents if dataset.task != "entity" else None,
        "entity_types": dataset.entity_types,
        "intent_map": dataset.label_map,
        **dataset.info,
    }
    runs = []
    for label in args.configs:
        try:
            runs.append(plan_run(dataset, label, args.epochs, workdir))
        except (OSError, ValueError, yaml.YAMLError) as e:
            runs.append({"dataset": name, "config": label, "status": "failed", "error": str(e)})
    return info, runs


def execute(runs: list[dict[str, Any]], run_timeout: float | None) -> None:
    """Runs every planned record in its own child process and merges the results into it."""
    todo = [r for r in runs if "spec" in r]
    for record in tqdm(todo, desc="NLU benchmark runs", unit="run", file=sys.stderr):
        tqdm.write(f"=== {record['spec']['run']} ===", file=sys.stderr)
        # Timings on a shared machine mean little without the load they ran under.
        record["load_average_before"] = [round(x, 2) for x in os.getloadavg()]
        result, wall_s = run_in_child(record["spec"], Path(record["run_dir"]), run_timeout)
        record.update(result)
        record["wall_s"] = round(wall_s, 1)
        tqdm.write(
            f"--- {record['spec']['run']}: {record['status']}"
            + (f" ({record['error']})" if record.get("error") else ""),
            file=sys.stderr,
        )


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
            datasets_info[name], dataset_runs = plan_dataset(name, args, workdir)
            runs.extend(dataset_runs)
        execute(runs, args.run_timeout)
    finally:
        if temporary:
            shutil.rmtree(workdir, ignore_errors=True)

    arguments = {
        "datasets": args.datasets,
        "configs": args.configs,
        "epochs": args.epochs,
        "max_train": args.max_train,
        "max_test": args.max_test,
        "seed": args.seed,
        "workdir": None if temporary else str(workdir),
        "shared_data": str(shared_data_dir()),
    }
    result = results_document(started, arguments, datasets_info, runs, files_kept=not temporary)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    table = markdown_table(runs)
    print(table)
    print(f"results: {args.out}")
    chart = args.out.with_suffix(".png")
    problem = plot(runs, chart)
    print(problem or f"chart: {chart}")
    return 0 if all(r.get("status") in ("ok", "skipped") for r in runs) else 1
