"""Closed-loop load over REST: this project's servers against a plain `rasa init` bot, one run.

    .venv/bin/python bench/load.py                         # 1 and 50 callers, both bots
    .venv/bin/python bench/load.py --concurrency 1 10 50 --conversations 100
    .venv/bin/python bench/load.py --url http://127.0.0.1:8080 --no-baseline   # a running stack

Without ``--url`` it starts its own servers on free loopback ports: the project's (Rasa server
+ ``python -m actions.server``, SQLite tracker store, endpoints as in endpoints.yml, templates)
and the `rasa init` bot (in-memory tracker store, no custom actions: the project `rasa init
--no-prompt` creates, with Rasa's default configuration, trained once and cached in
``var/bench/rasa-init-e<epochs>.tar.gz``; ``--baseline-epochs`` shortens its training on a
busy machine without changing the work per message). Callers run the project's real flows (knowledge questions with
follow-ups, complaint to ticket then a ticket check, appointment; six turns each, bench/serving.py)
or the init bot's own; each caller starts its next conversation when one ends. Reported per bot
and level: msg/s, p50/p95/p99 (template and knowledge-answer turns separately too), errors,
empty replies and lost messages (user turns sent but missing from the tracker store, read back
through Rasa's HTTP API), conversations whose turns are out of order, and the servers' CPU. The
rounds alternate between the bots (``--rounds``). Before each level the same callers run
``--warmup`` conversations per caller that are not measured (default 1; both bots alike), so
that neither bot is measured while its first turns still fill caches or trace TensorFlow
functions. Results JSON: bench/results/load.json.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import serving  # noqa: E402

RESULTS = serving.ROOT / "bench" / "results"
INIT_MODEL = serving.ROOT / "var" / "bench" / "rasa-init.tar.gz"  # + -e<epochs>


def init_config(epochs: int) -> str:
    """`rasa init`'s configuration (empty ``pipeline:``/``policies:``) as Rasa fills it in
    (its default_config.yml), with ``epochs`` for every trained component: the epochs change
    the weights, not the work per message."""
    import rasa.engine.recipes
    import yaml

    path = Path(rasa.engine.recipes.__file__).parent / "config_files" / "default_config.yml"
    config = yaml.safe_load(path.read_text(encoding="utf-8"))
    for part in (config["pipeline"], config["policies"]):
        for component in part:
            if "epochs" in component:
                component["epochs"] = epochs
    return yaml.safe_dump(config, sort_keys=False)


def init_bot_model(epochs: int = 100) -> Path:
    """The `rasa init` bot's model (its project files, Rasa's default configuration), trained
    once and cached in var/bench/ (one file per epoch count)."""
    import rasa.cli

    model = INIT_MODEL.with_name(f"rasa-init-e{epochs}.tar.gz")
    if model.exists():
        return model
    model.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="rasa-init-") as tmp:
        project = Path(tmp) / "project"
        shutil.copytree(Path(rasa.cli.__file__).parent / "initial_project", project)
        (project / "config.yml").write_text(init_config(epochs), encoding="utf-8")
        print(f"training the `rasa init` bot once ({epochs} epochs; cached in var/bench/) ...")
        subprocess.run(
            [
                serving.RASA,
                "train",
                "--fixed-model-name",
                model.name[: -len(".tar.gz")],
                "--out",
                str(model.parent),
            ],
            check=True,
            cwd=project,
            env=serving.base_env(Path(tmp)),
            stdout=subprocess.DEVNULL,
        )
    return model


def level_row(
    tally: serving.Tally, wall: float, concurrency: int, cpu_s: float, rasa_url: str | None
) -> dict[str, Any]:
    lost, reordered = serving.lost_turns(rasa_url, tally.senders) if rasa_url else (None, None)
    every = serving.percentiles(tally.all_latencies())
    p50, p95 = every["p50_ms"], every["p95_ms"]
    return {
        "concurrency": concurrency,
        "conversations": len(tally.senders),
        "turns": tally.turns,
        "msg_per_s": round(tally.turns / wall, 2),
        "all": every,
        "p95_over_p50": round(p95 / p50, 2) if p50 and p95 else None,
        "template": serving.percentiles(tally.latencies["template"]),
        "answer": serving.percentiles(tally.latencies["answer"]),
        "errors": tally.errors,
        "empty_replies": tally.empty,
        "lost": lost,
        "reordered_conversations": reordered,
        "flows_unfinished": tally.flows_unfinished,
        "error_samples": tally.error_samples,
        "wall_s": round(wall, 2),
        "server_cpu_s": round(cpu_s, 2),
        "server_cpu_ms_per_msg": round(cpu_s / max(1, tally.turns) * 1000, 2),
    }


def run_levels(
    name: str,
    urls: list[str],
    flows: dict[str, tuple[str, ...]],
    levels: list[tuple[int, int]],
    servers: list[serving.Server],
    warmup: int = 1,
) -> list[dict[str, Any]]:
    rows = []
    for concurrency, conversations in levels:
        if warmup:  # not measured: the same callers, ``warmup`` conversations each
            asyncio.run(
                serving.closed_loop(
                    urls, flows, concurrency, warmup * concurrency, prefix=f"warm-{name}"
                )
            )
        cpu0 = sum(s.cpu_seconds() for s in servers)
        tally, wall = asyncio.run(
            serving.closed_loop(urls, flows, concurrency, conversations, prefix=f"load-{name}")
        )
        cpu = sum(s.cpu_seconds() for s in servers) - cpu0
        row = level_row(tally, wall, concurrency, cpu, urls[0])
        rows.append(row)
        a = row["all"]
        print(
            f"[{name}] {concurrency:>3} callers: {row['msg_per_s']:7.2f} msg/s  p50 {a['p50_ms']}"
            f"  p95 {a['p95_ms']}  p99 {a['p99_ms']} ms  errors {row['errors']}  empty "
            f"{row['empty_replies']}  lost {row['lost']}  reordered "
            f"{row['reordered_conversations']}  CPU {row['server_cpu_ms_per_msg']} ms/msg",
            flush=True,
        )
    return rows


def start_bot(bot: str, run_dir: Path, model: Path) -> tuple[list[serving.Server], str]:
    env = serving.base_env(run_dir)
    if bot == "project":
        actions = serving.start_actions(run_dir, env)
        endpoints = serving.write_endpoints(run_dir / "endpoints.yml", actions.url + "/webhook")
        rasa = serving.start_rasa(run_dir, env, model, endpoints)
        servers = [actions, rasa]
    else:
        endpoints = serving.write_endpoints(run_dir / "endpoints.yml", None, tracker="memory")
        credentials = run_dir / "credentials.yml"
        credentials.write_text("rest:\n", encoding="utf-8")
        rasa = serving.start_rasa(run_dir, env, model, endpoints, credentials=credentials)
        servers = [rasa]
    serving.wait_ready(servers)
    return servers, rasa.url


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=serving.ROOT / "models" / "hotline.tar.gz")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 50])
    parser.add_argument(
        "--conversations",
        type=int,
        default=0,
        help="per level (default: 6 at 1 caller, else 2 x callers)",
    )
    parser.add_argument("--rounds", type=int, default=1, help="alternating rounds per bot")
    parser.add_argument(
        "--warmup",
        type=int,
        default=1,
        help="unmeasured conversations per caller before each level (0: none)",
    )
    parser.add_argument(
        "--baseline-epochs", type=int, default=100, help="training epochs of the rasa init bot"
    )
    parser.add_argument(
        "--baseline-model",
        type=Path,
        help="a trained `rasa init` model (`rasa init --no-prompt --init-dir DIR` trains one in "
        "DIR/models) instead of training it here",
    )
    parser.add_argument("--url", nargs="+", help="running Rasa server(s) instead (no baseline)")
    parser.add_argument("--no-baseline", action="store_true", help="skip the rasa init bot")
    parser.add_argument("--label", default="", help="stored with the results (e.g. replicas=2)")
    parser.add_argument(
        "--note", default="", help="stored with the results (e.g. that the machine was shared)"
    )
    parser.add_argument("--out", type=Path, default=RESULTS / "load.json")
    args = parser.parse_args(argv)
    if any(c < 1 or c > 200 for c in args.concurrency):
        parser.error("--concurrency values must be between 1 and 200")
    levels = [(c, args.conversations or (6 if c == 1 else 2 * c)) for c in args.concurrency]

    results: dict[str, list[Any]] = {"project": [], "rasa_init": []}
    models: dict[str, Path] = {"project": args.model}
    if args.url:
        urls = [u.rstrip("/") for u in args.url]
        results["project"].append(
            run_levels("project", urls, serving.FLOWS, levels, [], args.warmup)
        )
    else:
        bots = ["project"] if args.no_baseline else ["rasa_init", "project"]
        if "rasa_init" in bots:
            models["rasa_init"] = args.baseline_model or init_bot_model(args.baseline_epochs)
        flows = {"project": serving.FLOWS, "rasa_init": serving.INIT_FLOWS}
        with tempfile.TemporaryDirectory(prefix="load-") as tmp:
            for round_ in range(args.rounds):
                for bot in bots if round_ % 2 == 0 else bots[::-1]:
                    run_dir = Path(tmp) / f"{bot}-{round_}"
                    run_dir.mkdir()
                    servers, url = start_bot(bot, run_dir, models[bot])
                    try:
                        # Warm-up: each flow once.
                        asyncio.run(serving.closed_loop([url], flows[bot], 1, len(flows[bot])))
                        results[bot].append(
                            run_levels(bot, [url], flows[bot], levels, servers, args.warmup)
                        )
                    finally:
                        serving.stop_all(servers)

    ratios = []
    if results["project"] and results["rasa_init"]:
        for i, (concurrency, _) in enumerate(levels):
            ours = [r[i]["msg_per_s"] for r in results["project"]]
            theirs = [r[i]["msg_per_s"] for r in results["rasa_init"]]
            ratio = round(min(ours) / max(theirs), 2), round(max(ours) / min(theirs), 2)
            ratios.append({"concurrency": concurrency, "msg_per_s_ratio_range": ratio})
            print(f"{concurrency:>3} callers: project / rasa init msg/s = {ratio[0]} – {ratio[1]}")
    result = {
        "benchmark": "load",
        "time": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "label": args.label,
        "note": args.note,
        "model": str(args.model),
        "baseline_model": str(models.get("rasa_init")) if not args.url else None,
        "machine": serving.environment(),
        "flows": {k: list(v) for k, v in serving.FLOWS.items()},
        "baseline_flows": {k: list(v) for k, v in serving.INIT_FLOWS.items()},
        "levels": levels,
        "warmup_conversations_per_caller": args.warmup,
        "rounds": results,
        "ratios": ratios,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"results: {args.out}")
    bad = any(
        row["errors"] or row["lost"]
        for rounds in results.values()
        for rows in rounds
        for row in rows
    )
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
