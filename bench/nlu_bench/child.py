"""One (config, data set) run: Rasa trains, loads and tests a model in a child process."""

from __future__ import annotations

import collections
import json
import os
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tqdm import tqdm

from bench.nlu_bench.examples import example_from_json
from bench.nlu_bench.metrics import (
    NO_PREDICTION,
    entity_metrics,
    intent_metrics,
    prediction_without_fallback,
    token_aligned_share,
)
from bench.nlu_bench.paths import PROJECT_ROOT

PREDICT_BATCH = 64
# What plan_run puts into a child's spec ("domain" may be null).
SPEC_KEYS = (
    "run",
    "config_path",
    "nlu_data",
    "domain",
    "model_dir",
    "model_name",
    "test_path",
    "task",
    "pipeline_names",
    "entity_types",
    "result_path",
)


def child_command(spec_path: Path) -> list[str]:
    """The child's command line (run with the project root as working folder)."""
    return [sys.executable, "-m", "bench.nlu_bench", "--child", str(spec_path)]


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
    missing = [key for key in SPEC_KEYS if key not in spec]
    if missing:  # before Rasa's imports, which take seconds
        raise ValueError(f"the run spec lacks {', '.join(missing)}")

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
            child_command(spec_path),
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
