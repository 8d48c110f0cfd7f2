"""What the results record besides the scores (machine, versions, commit) and the Markdown table."""

from __future__ import annotations

import datetime as dt
import os
import platform
import subprocess
from collections.abc import Sequence
from typing import Any

from bench.nlu_bench.paths import PROJECT_ROOT
from bot.versions import package_versions


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


NOTES = {
    "intent_accuracy": "top intent of intent_ranking other than nlu_fallback",
    "intent_accuracy_raw": "the predicted intent as is; nlu_fallback counts as wrong",
    "intent_macro_f1": "macro over the test set's intents (sklearn, zero_division=0)",
    "entity_f1": "exact start, end and type; micro over the data set's entity types",
    "train_s": "wall time of rasa.model_training.train_nlu in the child process, "
    "Rasa's training cache disabled (RASA_MAX_CACHE_SIZE=0)",
}


def results_document(
    started: dt.datetime,
    arguments: dict[str, Any],
    datasets_info: dict[str, Any],
    runs: list[dict[str, Any]],
    *,
    files_kept: bool,
) -> dict[str, Any]:
    """The results JSON (bench/results/nlu-*.json). Child specs are dropped, and so are paths
    into the work folder when it was a temporary one (deleted by then)."""
    for info in datasets_info.values():
        if not files_kept:  # the converted files are gone with the temporary folder
            info.pop("test_file", None)
            info.pop("train_subsample", None)
    for record in runs:
        record.pop("spec", None)
        if not files_kept:
            record.pop("run_dir", None)
            record.pop("model", None)
    return {
        "benchmark": "nlu",
        "time": started.isoformat(timespec="seconds"),
        "finished": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "git": git_commit(),
        "machine": environment(),
        "arguments": arguments,
        "notes": NOTES,
        "datasets": datasets_info,
        "runs": runs,
    }
