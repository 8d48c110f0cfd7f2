"""Start and stop the project's servers for the benchmarks (bench/turn_profile.py, bench/load.py).

Each server binds 127.0.0.1 on a free port, writes its log under the run's directory and is
stopped (SIGTERM, then SIGKILL) when the benchmark ends. The secrets come from ``var/`` as in
``make run``; the tracker store and the project database are copies in the run's directory, so
a benchmark never writes into ``var/``. Also the callers' side: the conversation flows, closed-loop
over REST.
"""

from __future__ import annotations

import asyncio
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
RASA = str(Path(PY).with_name("rasa"))
sys.path.insert(0, str(ROOT))

from bot.versions import package_versions  # noqa: E402

TICKET = re.compile(r"GD\d{12}")
TOKEN_HEADER = "X-Minsheng-Token"

# The project's real flows, six turns each; "{ticket}" is the ticket the complaint created.
FLOWS: dict[str, tuple[str, ...]] = {
    "knowledge": (
        "你好",
        "社保卡丢了怎么补办",
        "要带什么材料",
        "在哪里办理",
        "多久能拿到",
        "谢谢",
    ),
    "complaint_ticket": (
        "我要投诉，楼上每天半夜装修，吵得睡不着",
        "南湖区",
        "湖滨东路36号阳光小区3栋",
        "13800138000",
        "是的",
        "帮我查一下工单{ticket}",
    ),
    "appointment": (
        "我想预约办居住证",
        "高新区",
        "下周三",
        "13900139000",
        "好的",
        "谢谢",
    ),
}
# Turns answered from the knowledge base (the "answer" latency class); the rest are "template".
ANSWER_TURNS = {("knowledge", 1), ("knowledge", 2), ("knowledge", 3), ("knowledge", 4)}
# The rasa init bot's own flows (its domain: greet, mood, goodbye, bot challenge).
INIT_FLOWS: dict[str, tuple[str, ...]] = {
    "init": ("hello", "I am sad", "yes", "are you a bot?", "great", "bye"),
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def secret(name: str) -> str:
    return (ROOT / "var" / name).read_text(encoding="utf-8").strip()


def base_env(run_dir: Path, threads: int | None = None) -> dict[str, str]:
    """The servers' environment: secrets from var/, a copy of the project database."""
    env = dict(os.environ)
    env.update(
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
        RASA_TELEMETRY_ENABLED="false",
        TF_CPP_MIN_LOG_LEVEL="2",
        PYTHONWARNINGS="ignore::DeprecationWarning",
        MINSHENG_DATA_KEY=secret("data_key"),
        MINSHENG_ACTION_TOKEN=secret("action_token"),
        MINSHENG_MODEL_TOKEN=secret("model_token"),
        MINSHENG_SESSION_KEY=secret("session_key"),
    )
    db = run_dir / "minsheng.db"
    if not db.exists():
        shutil.copy(ROOT / "var" / "minsheng.db", db)
    env["BOT_DATABASE_URL"] = f"sqlite:///{db}"
    for name in (
        "OMP_NUM_THREADS",
        "MKL_NUM_THREADS",
        "TF_NUM_INTEROP_THREADS",
        "TF_NUM_INTRAOP_THREADS",
        "TF_INTER_OP_PARALLELISM_THREADS",
        "TF_INTRA_OP_PARALLELISM_THREADS",
    ):
        env.pop(name, None)
    if threads is not None:
        env.update(
            OMP_NUM_THREADS=str(threads),
            MKL_NUM_THREADS=str(threads),
            TF_NUM_INTEROP_THREADS=str(threads),
            TF_NUM_INTRAOP_THREADS=str(threads),
            # What Rasa itself reads (rasa.utils.tensorflow.environment).
            TF_INTER_OP_PARALLELISM_THREADS=str(threads),
            TF_INTRA_OP_PARALLELISM_THREADS=str(threads),
        )
    return env


def write_endpoints(
    path: Path, action_url: str | None, tracker: str = "sqlite", extra: str = ""
) -> Path:
    """An endpoints file: the project's (SQLite tracker store in ``path``'s folder) or memory."""
    lines = []
    if action_url:
        lines += [
            "action_endpoint:",
            f'  url: "{action_url}"',
            "  headers:",
            f"    {TOKEN_HEADER}: ${{MINSHENG_ACTION_TOKEN}}",
        ]
    if tracker == "sqlite":
        lines += [
            "tracker_store:",
            "  type: custom_components.privacy_tracker_store.PrivacySQLTrackerStore",
            '  dialect: "sqlite"',
            f'  db: "{path.parent / "tracker.db"}"',
        ]
    if action_url:
        lines += ["nlg:", "  type: custom_components.rephrasing_nlg.RephrasingNLG"]
    path.write_text("\n".join(lines) + "\n" + extra, encoding="utf-8")
    return path


@dataclass
class Server:
    name: str
    proc: subprocess.Popen
    url: str
    log: Path

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def cpu_seconds(self) -> float:
        return cpu_seconds(self.proc.pid)


def cpu_seconds(pid: int) -> float:
    """User + system CPU of process ``pid`` so far (Linux /proc; 0 when it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def start(name: str, cmd: list[str], env: dict[str, str], run_dir: Path, url: str) -> Server:
    log = run_dir / f"{name}.log"
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT)
    return Server(name, proc, url, log)


def start_actions(run_dir: Path, env: dict[str, str], port: int | None = None) -> Server:
    port = port or free_port()
    cmd = [PY, "-m", "actions.server", "--port", str(port)]
    return start(f"actions-{port}", cmd, env, run_dir, f"http://127.0.0.1:{port}")


def start_rasa(
    run_dir: Path,
    env: dict[str, str],
    model: Path,
    endpoints: Path,
    port: int | None = None,
    credentials: Path | None = ROOT / "credentials.yml",
    profile: bool = False,
) -> Server:
    """``rasa run`` (or, with ``profile``, the same server under bench/turn_profile.py)."""
    port = port or free_port()
    head = [PY, str(ROOT / "bench" / "turn_profile.py"), "--serve"] if profile else [RASA, "run"]
    cmd = head + [
        "--model",
        str(model),
        "--endpoints",
        str(endpoints),
        "--port",
        str(port),
        "--enable-api",
        f"--auth-token={secret('api_token')}",
    ]
    if credentials is not None:
        cmd += ["--credentials", str(credentials)]
    return start(f"rasa-{port}", cmd, env, run_dir, f"http://127.0.0.1:{port}")


def wait_ready(servers: list[Server], timeout_s: float = 1200.0) -> None:
    """Wait until every server answers ``/health`` (actions) or ``/status`` (Rasa) with 200."""
    deadline = time.monotonic() + timeout_s
    pending = list(servers)
    # One client for all polls: a new one per poll costs CPU the loading servers need.
    with httpx.Client(timeout=2, params={"token": secret("api_token")}) as client:
        while pending:
            for server in list(pending):
                if server.proc.poll() is not None:
                    tail = server.log.read_text(errors="replace")[-3000:]
                    raise RuntimeError(f"{server.name} exited ({server.proc.returncode}):\n{tail}")
                path = "/health" if server.name.startswith("actions") else "/status"
                try:
                    if client.get(server.url + path).status_code == 200:
                        pending.remove(server)
                except httpx.HTTPError:
                    pass
            if time.monotonic() > deadline:
                tails = "\n".join(
                    f"--- {s.name}\n" + s.log.read_text(errors="replace")[-2000:] for s in pending
                )
                raise TimeoutError(
                    f"not ready after {timeout_s}s: {[s.name for s in pending]}\n{tails}"
                )
            time.sleep(2)


def stop_all(servers: list[Server]) -> None:
    for server in servers:
        server.stop()


def environment() -> dict[str, Any]:
    versions = package_versions(
        ("rasa", "rasa-sdk", "torch", "transformers", "tensorflow", "httpx", "prometheus-client")
    )
    return {
        "platform": platform.platform(),
        "python": platform.python_version(),
        "cpu_count": os.cpu_count(),
        "load_average": os.getloadavg(),
        "versions": versions,
    }


def percentiles(values: list[float]) -> dict[str, float | int | None]:
    if not values:
        return {"n": 0, "p50_ms": None, "p95_ms": None, "p99_ms": None, "mean_ms": None}
    ordered = sorted(values)

    def pick(q: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000, 1)

    return {
        "n": len(values),
        "p50_ms": pick(0.50),
        "p95_ms": pick(0.95),
        "p99_ms": pick(0.99),
        "mean_ms": round(statistics.fmean(values) * 1000, 1),
    }


@dataclass
class Tally:
    """One load level's callers' view."""

    latencies: dict[str, list[float]] = field(
        default_factory=lambda: {"template": [], "answer": []}
    )
    turns: int = 0
    errors: int = 0
    empty: int = 0
    senders: dict[str, int] = field(default_factory=dict)  # sender -> user turns sent
    error_samples: list[str] = field(default_factory=list)
    flows_unfinished: dict[str, int] = field(default_factory=dict)

    def error(self, what: str) -> None:
        self.errors += 1
        if len(self.error_samples) < 5:
            self.error_samples.append(what)

    def all_latencies(self) -> list[float]:
        return self.latencies["template"] + self.latencies["answer"]


async def converse(
    client: httpx.AsyncClient,
    urls: list[str],
    flow: str,
    script: tuple[str, ...],
    tally: Tally,
    prefix: str = "load",
) -> None:
    """One conversation; turn i goes to ``urls[i % len(urls)]`` (one URL: always the same)."""
    sender = f"{prefix}-{flow}-{uuid.uuid4().hex[:10]}"
    tally.senders[sender] = 0
    ticket: str | None = None
    for i, template in enumerate(script):
        if "{ticket}" in template:
            if ticket is None:
                tally.flows_unfinished[flow] = tally.flows_unfinished.get(flow, 0) + 1
                return
            text = template.format(ticket=ticket)
        else:
            text = template
        url = urls[i % len(urls)] + "/webhooks/rest/webhook"
        started = time.perf_counter()
        tally.senders[sender] += 1
        try:
            response = await client.post(url, json={"sender": sender, "message": text})
        except httpx.HTTPError as e:
            tally.error(f"{type(e).__name__} at turn {i} of {flow}")
            continue
        elapsed = time.perf_counter() - started
        tally.turns += 1
        if response.status_code != 200:
            tally.error(f"HTTP {response.status_code} at turn {i} of {flow}")
            continue
        messages = response.json()
        if not messages:
            tally.empty += 1
        kind = "answer" if (flow, i) in ANSWER_TURNS else "template"
        tally.latencies[kind].append(elapsed)
        for message in messages:
            found = TICKET.search(message.get("text") or "")
            if found and ticket is None:
                ticket = found.group(0)


async def closed_loop(
    urls: list[str],
    flows: dict[str, tuple[str, ...]],
    concurrency: int,
    conversations: int,
    timeout_s: float = 60.0,
    prefix: str = "load",
) -> tuple[Tally, float]:
    """``concurrency`` callers, each starting its next conversation when one ends, until
    ``conversations`` have run (flows in turn); returns the tally and the wall time."""
    tally = Tally()
    names = list(flows)
    queue: asyncio.Queue[str] = asyncio.Queue()
    for i in range(conversations):
        queue.put_nowait(names[i % len(names)])
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)

    async def caller(client: httpx.AsyncClient) -> None:
        while True:
            try:
                flow = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            await converse(client, urls, flow, flows[flow], tally, prefix)

    async with httpx.AsyncClient(timeout=timeout_s, limits=limits) as client:
        started = time.perf_counter()
        await asyncio.gather(*(caller(client) for _ in range(concurrency)))
        wall = time.perf_counter() - started
    return tally, wall


def lost_turns(rasa_url: str, senders: dict[str, int]) -> tuple[int, int]:
    """(user turns missing from the tracker store, conversations with reordered turns), read
    back through Rasa's HTTP API."""
    lost = reordered = 0
    token = secret("api_token")
    with httpx.Client(timeout=30) as client:
        for sender, sent in senders.items():
            r = client.get(f"{rasa_url}/conversations/{sender}/tracker", params={"token": token})
            if r.status_code != 200:
                lost += sent
                continue
            users = [e for e in r.json().get("events", []) if e.get("event") == "user"]
            lost += max(0, sent - len(users))
            stamps = [e.get("timestamp") or 0 for e in users]
            if stamps != sorted(stamps):
                reordered += 1
    return lost, reordered
