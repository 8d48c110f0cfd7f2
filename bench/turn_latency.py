"""Time per turn through the running servers over Rasa's REST channel.

Start the assistant first (`make run`), then:

    .venv/bin/python bench/turn_latency.py --url http://localhost:5005 --concurrency 1 10 50

Each simulated caller runs one scripted conversation (greeting, a knowledge question and a
follow-up, a complaint form through to its ticket, thanks) with its own sender id; ``N`` callers
talk at the same time. Turns are timed and grouped into ``answer`` turns (knowledge answers;
``generated`` is taken from the payload) and ``dialogue`` turns (everything else). An HTTP error,
a timeout or an empty reply counts as an error; a complaint that ends without a ticket number
counts as lost. Traffic goes only to the given URL (loopback by default), and each level is bounded
in conversations and time. Results JSON (with machine and versions) goes to ``bench/results/``.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import platform
import re
import statistics
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.versions import package_versions  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results"

# (text, kind): the caller's side of one conversation.
SCRIPT: tuple[tuple[str, str], ...] = (
    ("你好", "dialogue"),
    ("社保卡丢了怎么补办", "answer"),
    ("要带什么材料", "answer"),
    ("我要投诉，楼上每天半夜装修，吵得睡不着", "dialogue"),
    ("南湖区", "dialogue"),
    ("湖滨东路36号阳光小区3栋", "dialogue"),
    ("13800138000", "dialogue"),
    ("是的", "dialogue"),
    ("谢谢", "dialogue"),
)
TICKET = re.compile(r"GD\d{12}")


@dataclass
class Level:
    concurrency: int
    latencies: dict[str, list[float]] = field(
        default_factory=lambda: {"dialogue": [], "answer": []}
    )
    generated_answers: int = 0
    errors: int = 0
    lost: int = 0
    error_samples: list[str] = field(default_factory=list)
    wall_s: float = 0.0

    def error(self, message: str) -> None:
        self.errors += 1
        if len(self.error_samples) < 5:
            self.error_samples.append(message)


def percentiles(values: list[float]) -> dict[str, float | int | None]:
    if not values:
        return {"n": 0, "p50_ms": None, "p95_ms": None, "p99_ms": None}
    ordered = sorted(values)
    quantiles = statistics.quantiles(ordered, n=100, method="inclusive") if len(ordered) > 1 else []

    def q(p: int) -> float:
        return round((quantiles[p - 1] if quantiles else ordered[0]) * 1000, 1)

    return {"n": len(ordered), "p50_ms": q(50), "p95_ms": q(95), "p99_ms": q(99)}


async def converse(client: httpx.AsyncClient, url: str, level: Level) -> None:
    sender = f"bench-{uuid.uuid4().hex[:12]}"
    ticket_seen = False
    for text, kind in SCRIPT:
        start = time.perf_counter()
        try:
            response = await client.post(url, json={"sender": sender, "message": text})
        except httpx.HTTPError as e:
            level.error(f"{type(e).__name__} on {text!r}")
            return
        elapsed = time.perf_counter() - start
        if response.status_code != 200:
            level.error(f"HTTP {response.status_code} on {text!r}")
            return
        messages = response.json()
        if not messages:
            level.error(f"empty reply to {text!r}")
            continue
        level.latencies[kind].append(elapsed)
        for message in messages:
            custom = message.get("custom") or {}
            if kind == "answer" and custom.get("generated"):
                level.generated_answers += 1
            if TICKET.search(message.get("text") or ""):
                ticket_seen = True
    if not ticket_seen:
        level.lost += 1


async def run_level(url: str, concurrency: int, timeout: float, deadline_s: float) -> Level:
    level = Level(concurrency)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(timeout=timeout, limits=limits) as client:
        start = time.perf_counter()
        tasks = [asyncio.create_task(converse(client, url, level)) for _ in range(concurrency)]
        done, pending = await asyncio.wait(tasks, timeout=deadline_s)
        for task in pending:
            task.cancel()
            level.error("conversation did not finish within the level's time limit")
        level.wall_s = round(time.perf_counter() - start, 2)
    return level


def environment() -> dict[str, Any]:
    versions = package_versions(("rasa", "rasa-sdk", "torch", "transformers", "httpx"))
    return {
        "platform": platform.platform(),
        "python": platform.python_version(),
        "cpu_count": os.cpu_count(),
        "load_average": os.getloadavg(),
        "versions": versions,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://localhost:5005", help="Rasa server base URL")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 10, 50])
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per request")
    parser.add_argument("--level-timeout", type=float, default=600.0, help="seconds per level")
    parser.add_argument("--out", type=Path, default=RESULTS / "turn_latency.json")
    args = parser.parse_args(argv)
    if any(c < 1 or c > 200 for c in args.concurrency):
        parser.error("--concurrency values must be between 1 and 200")

    webhook = args.url.rstrip("/") + "/webhooks/rest/webhook"
    try:
        httpx.get(args.url, timeout=5).raise_for_status()
    except httpx.HTTPError as e:
        parser.error(f"no Rasa server at {args.url} ({e}); start it with `make run`")

    rows = []
    for concurrency in args.concurrency:
        level = asyncio.run(run_level(webhook, concurrency, args.timeout, args.level_timeout))
        row = {
            "concurrency": concurrency,
            "conversations": concurrency,
            "turns_per_conversation": len(SCRIPT),
            "dialogue": percentiles(level.latencies["dialogue"]),
            "answer": percentiles(level.latencies["answer"]),
            "generated_answers": level.generated_answers,
            "errors": level.errors,
            "lost": level.lost,
            "error_samples": level.error_samples,
            "wall_s": level.wall_s,
        }
        rows.append(row)
        d, a = row["dialogue"], row["answer"]
        print(
            f"{concurrency:>3} callers | dialogue p50 {d['p50_ms']} p95 {d['p95_ms']} "
            f"p99 {d['p99_ms']} ms | answer p50 {a['p50_ms']} p95 {a['p95_ms']} p99 {a['p99_ms']} ms"
            f" | generated {level.generated_answers} | errors {level.errors} | lost {level.lost}"
        )

    result = {
        "benchmark": "turn_latency",
        "time": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "url": args.url,
        "machine": environment(),
        "levels": rows,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"results: {args.out}")
    return 1 if any(r["errors"] or r["lost"] for r in rows) else 0


if __name__ == "__main__":
    raise SystemExit(main())
