"""Where a turn's time goes: channel, tracker store, each NLU component, policies, the action
server round trip and the action body, at 1 and 50 concurrent conversations.

    .venv/bin/python bench/turn_profile.py                       # 1 and 50 callers
    .venv/bin/python bench/turn_profile.py --variants default threads1

It starts its own servers on free loopback ports (``python -m actions.server`` and the Rasa
server run *by this script* with timers wrapped around Rasa's graph nodes, tracker store,
remote action call and NLG; see :func:`instrument`), drives closed-loop REST conversations
(bench/serving.py's flows) and reads the timers back. The action body comes from the action
server's own ``minsheng_action_seconds`` histogram (GET /metrics). A stage's time is its *self*
time (nested stages subtracted), so the stages of a turn add up to the turn; "channel + HTTP" is
what the caller waited beyond ``Agent.handle_message`` (HTTP, Sanic, the REST channel, and at 50
callers the wait for the event loop). Variants (each with fresh servers, in one run):
``default`` (the servers as ``make run`` starts them), ``threads1`` (OMP/MKL/TF thread pools
capped at one thread by environment variables), ``libthreads`` (``BOT_LIMITS_CPU_THREADS=0``:
the libraries' own pool widths, as before bot/cpu_threads.py) and ``rasa_reply_check`` (Rasa's own
per-call JSON-schema check of action-server replies, as before custom_components/action_calls.py).
Results JSON: bench/results/turn_profile.json.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import contextvars
import datetime as dt
import json
import os
import re
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import serving  # noqa: E402

RESULTS = serving.ROOT / "bench" / "results"
PROFILE_ROUTE = "/bench/profile"
RASA_REPLY_CHECK_ENV = "TURN_PROFILE_RASA_REPLY_CHECK"


# --- the server side: timers inside the Rasa process ------------------------------------------
class Profile:
    """Self time per stage, summed over turns; nesting is tracked per asyncio task."""

    def __init__(self) -> None:
        self.stack: contextvars.ContextVar[tuple[list[float], ...]] = contextvars.ContextVar(
            "profile_stack", default=()
        )
        self.reset()

    def reset(self) -> None:
        self.stages: dict[str, list[float]] = {}
        self.turns = 0
        self.turn_wall = 0.0
        self.loop_lag = 0.0
        self.started = time.perf_counter()

    @contextlib.contextmanager
    def stage(self, name: str) -> Iterator[None]:
        frame = [0.0]  # child time
        stack = self.stack.get()
        token = self.stack.set((*stack, frame))
        started = time.perf_counter()
        try:
            yield
        finally:
            elapsed = time.perf_counter() - started
            self.stack.reset(token)
            if stack:
                stack[-1][0] += elapsed
            entry = self.stages.setdefault(name, [0.0, 0])
            entry[0] += elapsed - frame[0]
            entry[1] += 1

    def as_dict(self) -> dict[str, Any]:
        return {
            "turns": self.turns,
            "turn_wall_s": self.turn_wall,
            "loop_lag_s": self.loop_lag,
            "wall_s": time.perf_counter() - self.started,
            "stages": {k: {"s": v[0], "calls": v[1]} for k, v in self.stages.items()},
        }


PROFILE = Profile()


def node_label(node_name: str) -> str:
    """``run_custom_components.llm_intent_classifier.LLMIntentClassifier5`` ->
    ``LLMIntentClassifier5``; nodes that are not components keep their name."""
    name = node_name[4:] if node_name.startswith("run_") else node_name
    return name.rsplit(".", 1)[-1]


def _wrap_async(cls: type, method: str, label: str) -> None:
    original = getattr(cls, method)

    async def wrapper(*args: Any, **kwargs: Any) -> Any:
        with PROFILE.stage(label):
            return await original(*args, **kwargs)

    setattr(cls, method, wrapper)


def _wrap_sync(cls: type, method: str, label: str) -> None:
    original = getattr(cls, method)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with PROFILE.stage(label):
            return original(*args, **kwargs)

    setattr(cls, method, wrapper)


def instrument() -> None:
    """Timers around the parts of a turn (class-level wrappers in this process only)."""
    if os.environ.get(RASA_REPLY_CHECK_ENV) == "1":
        # Variant ``rasa_reply_check``: keep Rasa's own check of action-server replies (before
        # custom_components/action_calls.py); set before the NLG module imports ``install``.
        import custom_components.action_calls as action_calls

        action_calls.install = lambda: None  # type: ignore[assignment]
    import rasa.engine.graph as graph
    from rasa.core.actions.action import RemoteAction
    from rasa.core.agent import Agent
    from rasa.core.tracker_store import InMemoryTrackerStore

    original_call = graph.GraphNode.__call__

    def node_call(self: Any, *inputs: Any) -> Any:
        with PROFILE.stage("graph: " + node_label(self._node_name)):
            return original_call(self, *inputs)

    graph.GraphNode.__call__ = node_call  # type: ignore[method-assign]

    original_handle = Agent.handle_message

    async def handle_message(self: Any, *args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            with PROFILE.stage("processor (other, incl. lock store)"):
                return await original_handle(self, *args, **kwargs)
        finally:
            PROFILE.turns += 1
            PROFILE.turn_wall += time.perf_counter() - started

    Agent.handle_message = handle_message  # type: ignore[method-assign]
    _wrap_async(RemoteAction, "run", "action server round trip (HTTP + action body)")
    _wrap_sync(RemoteAction, "_action_call_format", "action call JSON (tracker + domain)")

    stores: list[type] = [InMemoryTrackerStore]
    try:
        from custom_components.privacy_tracker_store import PrivacySQLTrackerStore

        stores.append(PrivacySQLTrackerStore)
    except ImportError:
        pass
    for store in stores:
        _wrap_async(store, "retrieve", "tracker store read")
        _wrap_async(store, "retrieve_full_tracker", "tracker store read")
        _wrap_async(store, "save", "tracker store write")
    try:
        from custom_components.rephrasing_nlg import RephrasingNLG

        _wrap_async(RephrasingNLG, "generate", "NLG (templates)")
    except ImportError:
        pass
    from rasa.core.nlg.response import TemplatedNaturalLanguageGenerator

    _wrap_async(TemplatedNaturalLanguageGenerator, "generate", "NLG (templates)")


def serve(argv: list[str]) -> int:
    """``--serve``: ``rasa run`` with the timers, plus ``GET /bench/profile[?reset=1]``."""
    import rasa.core.run
    from rasa.core.utils import AvailableEndpoints
    from sanic import response

    parser = argparse.ArgumentParser()
    parser.add_argument("--model", required=True)
    parser.add_argument("--endpoints", required=True)
    parser.add_argument("--credentials")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--enable-api", action="store_true")
    parser.add_argument("--auth-token")
    args = parser.parse_args(argv)
    instrument()
    original_configure = rasa.core.run.configure_app

    def configure_app(*a: Any, **kw: Any) -> Any:
        app = original_configure(*a, **kw)

        @app.get(PROFILE_ROUTE)
        async def profile(request: Any) -> Any:
            body = PROFILE.as_dict()
            if request.args.get("reset"):
                PROFILE.reset()
            return response.json(body)

        async def watch_loop(app: Any, loop: Any) -> None:
            async def lag() -> None:
                while True:
                    started = time.perf_counter()
                    await asyncio.sleep(0.005)
                    PROFILE.loop_lag += max(0.0, time.perf_counter() - started - 0.005)

            app.ctx.lag_task = loop.create_task(lag())

        app.register_listener(watch_loop, "after_server_start")
        return app

    rasa.core.run.configure_app = configure_app
    rasa.core.run.serve_application(
        args.model,
        channel=None,
        interface="127.0.0.1",
        port=args.port,
        credentials=args.credentials,
        auth_token=args.auth_token,
        enable_api=args.enable_api,
        endpoints=AvailableEndpoints.read_endpoints(args.endpoints),
    )
    return 0


# --- the caller side --------------------------------------------------------------------------
def action_seconds(actions_url: str) -> tuple[float, int]:
    """Sum and count of the action server's minsheng_action_seconds histogram."""
    r = httpx.get(
        actions_url + "/metrics",
        headers={serving.TOKEN_HEADER: serving.secret("action_token")},
        timeout=10,
    )
    r.raise_for_status()
    total = count = 0.0
    for line in r.text.splitlines():
        m = re.match(r"minsheng_action_seconds_(sum|count)\{[^}]*\} (\S+)", line)
        if m:
            if m.group(1) == "sum":
                total += float(m.group(2))
            else:
                count += float(m.group(2))
    return total, int(count)


def measure(
    rasa_url: str, actions_url: str, concurrency: int, conversations: int
) -> dict[str, Any]:
    httpx.get(rasa_url + PROFILE_ROUTE, params={"reset": 1}, timeout=10)
    body0, calls0 = action_seconds(actions_url)
    tally, wall = asyncio.run(
        serving.closed_loop([rasa_url], serving.FLOWS, concurrency, conversations, prefix="profile")
    )
    profile = httpx.get(rasa_url + PROFILE_ROUTE, timeout=10).json()
    body1, calls1 = action_seconds(actions_url)
    turns = max(1, profile["turns"])
    client = tally.all_latencies()
    client_mean = sum(client) / max(1, len(client))
    per_turn_ms = {
        name: round(v["s"] / turns * 1000, 2) for name, v in sorted(profile["stages"].items())
    }
    body_ms = (body1 - body0) / turns * 1000
    trip = "action server round trip (HTTP + action body)"
    if trip in per_turn_ms:
        per_turn_ms[trip] = round(per_turn_ms[trip] - body_ms, 2)
        per_turn_ms["action server round trip (HTTP, excl. body)"] = per_turn_ms.pop(trip)
    per_turn_ms["action body (action server)"] = round(body_ms, 2)
    per_turn_ms["channel + HTTP (+ event-loop wait)"] = round(
        (client_mean - profile["turn_wall_s"] / turns) * 1000, 2
    )
    return {
        "concurrency": concurrency,
        "conversations": conversations,
        "turns": profile["turns"],
        "msg_per_s": round(tally.turns / wall, 2),
        "latency": serving.percentiles(client),
        "errors": tally.errors,
        "empty": tally.empty,
        "action_calls": calls1 - calls0,
        "event_loop_blocked_s_per_s": round(profile["loop_lag_s"] / max(1e-9, wall), 3),
        "per_turn_ms": per_turn_ms,
    }


VARIANTS = {
    "default": None,
    "threads1": 1,
    "threads2": 2,
    "libthreads": None,
    "rasa_reply_check": None,
}
# Variants that change the servers' environment: the project's own thread setting
# (bot/cpu_threads.py), or Rasa's per-call schema check of action replies (see instrument()).
SETTINGS_ENV = {
    "libthreads": {"BOT_LIMITS_CPU_THREADS": "0"},
    "rasa_reply_check": {RASA_REPLY_CHECK_ENV: "1"},
}


def run_variant(
    variant: str, model: Path, run_dir: Path, levels: list[tuple[int, int]]
) -> dict[str, Any]:
    env = serving.base_env(run_dir, VARIANTS[variant])
    env.update(SETTINGS_ENV.get(variant, {}))
    actions = serving.start_actions(run_dir, env)
    endpoints = serving.write_endpoints(run_dir / "endpoints.yml", actions.url + "/webhook")
    rasa = serving.start_rasa(run_dir, env, model, endpoints, profile=True)
    servers = [actions, rasa]
    try:
        serving.wait_ready(servers)
        # Warm-up: each flow once (model caches, first-call imports).
        asyncio.run(serving.closed_loop([rasa.url], serving.FLOWS, 1, len(serving.FLOWS)))
        rows = []
        for concurrency, conversations in levels:
            cpu0 = rasa.cpu_seconds() + actions.cpu_seconds()
            row = measure(rasa.url, actions.url, concurrency, conversations)
            row["server_cpu_s_per_turn_ms"] = round(
                (rasa.cpu_seconds() + actions.cpu_seconds() - cpu0) / max(1, row["turns"]) * 1000,
                2,
            )
            rows.append(row)
            print_row(variant, row)
        return {"variant": variant, "threads": VARIANTS[variant], "levels": rows}
    finally:
        serving.stop_all(servers)


def print_row(variant: str, row: dict[str, Any]) -> None:
    lat = row["latency"]
    print(
        f"\n[{variant}] {row['concurrency']} callers: {row['msg_per_s']} msg/s, p50 "
        f"{lat['p50_ms']} p95 {lat['p95_ms']} ms, errors {row['errors']}, empty {row['empty']}, "
        f"server CPU {row.get('server_cpu_s_per_turn_ms')} ms/turn, loop blocked "
        f"{row['event_loop_blocked_s_per_s']} s/s"
    )
    for name, ms in sorted(row["per_turn_ms"].items(), key=lambda kv: -kv[1]):
        print(f"  {ms:8.2f} ms  {name}")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--serve"]:
        return serve(argv[1:])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=serving.ROOT / "models" / "hotline.tar.gz")
    parser.add_argument("--variants", nargs="+", default=["default"], choices=sorted(VARIANTS))
    parser.add_argument("--single", type=int, default=6, help="conversations at 1 caller")
    parser.add_argument("--concurrent", type=int, default=50, help="callers in the busy level")
    parser.add_argument(
        "--attach",
        nargs=2,
        metavar=("RASA_URL", "ACTIONS_URL"),
        help="measure servers already running (a Rasa server started with --serve)",
    )
    parser.add_argument("--label", default="", help="variant name stored with --attach")
    parser.add_argument("--pids", type=int, nargs="*", default=[], help="server PIDs (CPU)")
    parser.add_argument("--out", type=Path, default=RESULTS / "turn_profile.json")
    args = parser.parse_args(argv)
    levels = [(1, args.single), (args.concurrent, args.concurrent)]
    results = []
    if args.attach:
        rasa_url, actions_url = args.attach
        rows = []
        for concurrency, conversations in levels:
            cpu0 = sum(serving.cpu_seconds(p) for p in args.pids)
            rows.append(measure(rasa_url, actions_url, concurrency, conversations))
            if args.pids:
                cpu = sum(serving.cpu_seconds(p) for p in args.pids) - cpu0
                rows[-1]["server_cpu_s_per_turn_ms"] = round(
                    cpu / max(1, rows[-1]["turns"]) * 1000, 2
                )
            print_row(args.label or "attached", rows[-1])
        results.append({"variant": args.label or "attached", "levels": rows})
    else:
        with tempfile.TemporaryDirectory(prefix="turn-profile-") as tmp:
            for variant in args.variants:
                run_dir = Path(tmp) / variant
                run_dir.mkdir()
                results.append(run_variant(variant, args.model, run_dir, levels))
    result = {
        "benchmark": "turn_profile",
        "time": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "model": str(args.model),
        "machine": serving.environment(),
        "flows": {k: list(v) for k, v in serving.FLOWS.items()},
        "variants": results,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"results: {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
