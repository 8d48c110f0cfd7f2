"""Fault run: concurrent conversations over REST while the database and the model back-end fail.

N conversations (default 50) talk to a running Rasa server over its REST channel, each one a
rotation of scripted tasks (complaint with read-back and confirmation, appointment, knowledge
question, emergency, ending with a hand-over). While they run, the database is stopped and
started again (``--db-stop-cmd`` / ``--db-start-cmd``, e.g. ``pg_ctlcluster 15 fault stop``) and,
when generation is configured, the model back-end is killed and restarted (``--model-kill-cmd`` /
``--model-start-cmd``). Counted afterwards:

- ``server_errors``: turns answered with HTTP 5xx, or not answered at all (connection error,
  timeout); ``client_errors``: other statuses than 200 (a 429 from the per-sender rate limit would
  mean the run paced its conversations too fast: the default think time keeps under 20 a minute);
- ``turns_without_reply``: HTTP 200 with an empty list of bot messages;
- ``turns_during_db_outage``: turns in flight while the database was down or coming back (sent
  before ``db_start`` + 5 s and answered after ``db_stop``); ``turns_sent_during_db_outage`` counts
  only those sent inside that window (on a slow machine every conversation may be waiting on a
  turn sent just before the stop);
- ``user_messages_missing``: messages sent that are absent from the tracker store, read back
  through Rasa's HTTP API (``/conversations/<id>/tracker``, with the API token) once the database
  is back; each message carries a ``metadata`` tag to find it (texts may be masked at rest);
- ``duplicate_tickets``: complaint tickets (call-back tickets excluded) beyond the number of
  confirmations sent in the conversation, read from the tickets database (``--tickets-db-url``).

``--start-servers`` starts the action server and ``rasa run --endpoints endpoints.production.yml``
itself (tracker store and tickets on the PostgreSQL of ``--pg-*``, lock store on Redis), and with
``--llm-model DIR`` also ``python -m bot serve`` as the generation back-end, which it then kills and
restarts itself. Everything binds 127.0.0.1; every loop and wait is bounded. The JSON result goes to
``--out`` (default bench/results/fault_run.json). Before the clock starts, ``--warm-up-turns`` turns
(a knowledge question, an emergency) go through a separate ``warmup-<run id>`` conversation, so a
cold server's first turns (lazy loads, the first model call) do not eat the fault windows; they are
reported under ``warm_up`` and counted nowhere else. See the README ("Fault run") for a full command.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import random
import re
import secrets
import shlex
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import aiohttp

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))

from bot.versions import package_versions  # noqa: E402

TICKET_ID = re.compile(r"GD\d{12}")
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
HANDOFF = "handoff"
# The reply of a turn that could not be served normally (an action's database failure, or a turn
# that failed inside Rasa: custom_components.rest_channel): a reply, but counted apart.
BUSY_TEXT = "系统繁忙，请稍后再试，或拨打12345热线咨询。"


def complaint(conv: int, k: int) -> list[tuple[str, str]]:
    # A phone per conversation and task instance: every confirmation is a distinct complaint.
    phone = f"139{conv:04d}{k % 10000:04d}"
    return [
        ("open", "我要投诉，小区门口的路灯坏了一个多星期，晚上很黑"),
        ("district", "南湖区"),
        ("address", "湖滨东路36号阳光小区3栋"),
        ("phone", phone),
        ("confirm", "是的"),
    ]


def appointment(conv: int, k: int) -> list[tuple[str, str]]:
    return [
        ("open", "我想预约办理居住证"),
        ("district", "东城区"),
        ("date", "下周二"),
        ("phone", f"137{conv:04d}{k % 10000:04d}"),
    ]


def question(conv: int, k: int) -> list[tuple[str, str]]:
    return [("open", "社保卡丢了怎么补办"), ("follow_up", "要带什么材料"), ("thanks", "谢谢")]


def emergency(conv: int, k: int) -> list[tuple[str, str]]:
    return [("greet", "你好"), ("emergency", "我家厨房着火了，火很大")]


def handoff(conv: int, k: int) -> list[tuple[str, str]]:
    # Last task of a conversation: within agent hours the hand-over pauses the assistant.
    return [("greet", "你好"), ("handoff", "转人工")]


TASKS = {
    "complaint": complaint,
    "appointment": appointment,
    "question": question,
    "emergency": emergency,
}


@dataclass
class Turn:
    conversation: str
    index: int
    task: str
    step: str
    sent_at: float  # seconds since the run started
    latency_s: float
    status: int | None  # HTTP status; None = no response (connection error, timeout)
    replies: int
    error: str | None = None
    text_sample: str = ""  # first reply, cut (bot text only, never the user's)
    tag: str = ""
    ticket_ids: list[str] = field(default_factory=list)
    busy: bool = False  # the busy text was among the replies


@dataclass
class FaultEvent:
    name: str
    at_s: float
    command: str
    returncode: int | None
    duration_s: float


def _check_loopback(url: str, what: str) -> None:
    host = urlsplit(url).hostname or ""
    if host not in LOOPBACK:
        raise SystemExit(f"{what} must be on 127.0.0.1 (got {host!r}): the fault run is local only")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


async def _run_command(name: str, command: str, started: float, timeout_s: float) -> FaultEvent:
    at = time.monotonic() - started
    begin = time.monotonic()
    process = await asyncio.create_subprocess_exec(
        *shlex.split(command), stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL
    )
    try:
        code: int | None = await asyncio.wait_for(process.wait(), timeout_s)
    except asyncio.TimeoutError:
        process.kill()
        code = None
    return FaultEvent(name, round(at, 2), command, code, round(time.monotonic() - begin, 2))


class Faults:
    """The schedule of failures, run beside the conversations."""

    def __init__(self, args: argparse.Namespace, started: float) -> None:
        self.args = args
        self.started = started
        self.events: list[FaultEvent] = []
        self.db_down = False
        self.model_down = False
        # A restore, once begun, runs to its end: the run's own end cancels the fault tasks, and a
        # start command cut off half-way and then run again from the clean-up would run twice.
        self._restores: dict[str, asyncio.Future[None]] = {}

    async def _at(self, moment_s: float) -> None:
        await asyncio.sleep(max(0.0, moment_s - (time.monotonic() - self.started)))

    async def database(self) -> None:
        a = self.args
        if not a.db_stop_cmd:
            return
        await self._at(a.db_stop_at_s)
        self.db_down = True
        self.events.append(await _run_command("db_stop", a.db_stop_cmd, self.started, 60))
        await self._at(a.db_stop_at_s + a.db_down_s)
        await self.restore_database()

    async def _restore_once(self, name: str, command: str, timeout_s: float) -> None:
        if name not in self._restores:

            async def run() -> None:
                self.events.append(await _run_command(name, command, self.started, timeout_s))

            self._restores[name] = asyncio.ensure_future(run())
        await asyncio.shield(self._restores[name])

    async def restore_database(self) -> None:
        if (self.db_down or "db_start" in self._restores) and self.args.db_start_cmd:
            await self._restore_once("db_start", self.args.db_start_cmd, 120)
        self.db_down = False

    async def model(self, kill_cmd: str | None, start_cmd: str | None) -> None:
        a = self.args
        if not kill_cmd:
            return
        await self._at(a.model_kill_at_s)
        self.model_down = True
        self.events.append(await _run_command("model_kill", kill_cmd, self.started, 30))
        await self._at(a.model_kill_at_s + a.model_down_s)
        await self.restore_model(start_cmd)

    async def restore_model(self, start_cmd: str | None) -> None:
        if (self.model_down or "model_start" in self._restores) and start_cmd:
            await self._restore_once("model_start", start_cmd, 30)
        self.model_down = False


async def _send(
    session: aiohttp.ClientSession,
    rasa_url: str,
    sender: str,
    text: str,
    tag: str,
    timeout_s: float,
) -> tuple[int | None, list[dict[str, Any]], str | None]:
    payload = {"sender": sender, "message": text, "metadata": {"fault_run": tag}}
    try:
        async with session.post(
            f"{rasa_url}/webhooks/rest/webhook",
            json=payload,
            timeout=aiohttp.ClientTimeout(total=timeout_s),
        ) as response:
            body = await response.text()
            if response.status != 200:
                return response.status, [], f"HTTP {response.status}"
            try:
                replies = json.loads(body)
            except json.JSONDecodeError:
                return response.status, [], "invalid JSON"
            return response.status, replies if isinstance(replies, list) else [], None
    except (aiohttp.ClientError, asyncio.TimeoutError, OSError) as e:
        return None, [], type(e).__name__


async def conversation(
    number: int,
    args: argparse.Namespace,
    run_id: str,
    session: aiohttp.ClientSession,
    started: float,
    turns: list[Turn],
    confirmations: dict[str, int],
) -> None:
    sender = f"fault-{run_id}-{number:03d}"
    rng = random.Random(f"{run_id}-{number}")
    await asyncio.sleep(rng.uniform(0, args.ramp_s))
    names = list(TASKS)
    k = 0
    index = 0
    deadline = started + args.duration_s
    plan: list[tuple[str, list[tuple[str, str]]]] = []
    while time.monotonic() < deadline and index < args.max_turns:
        if not plan:
            name = names[(number + k) % len(names)]
            plan = [(name, TASKS[name](number, k))]
            k += 1
        task, steps = plan[0]
        step, text = steps.pop(0)
        if not steps:
            plan.pop(0)
        await _turn(args, session, started, turns, confirmations, sender, index, task, step, text)
        index += 1
        await asyncio.sleep(rng.uniform(*args.think_s))
    for step, text in handoff(number, k):  # always last, always sent
        await _turn(
            args, session, started, turns, confirmations, sender, index, HANDOFF, step, text
        )
        index += 1


async def _turn(
    args: argparse.Namespace,
    session: aiohttp.ClientSession,
    started: float,
    turns: list[Turn],
    confirmations: dict[str, int],
    sender: str,
    index: int,
    task: str,
    step: str,
    text: str,
) -> None:
    tag = f"{sender}:{index}"
    sent = time.monotonic()
    status, replies, error = await _send(session, args.rasa_url, sender, text, tag, args.timeout_s)
    texts = [str(r.get("text") or "") for r in replies]
    if task == "complaint" and step == "confirm":
        confirmations[sender] = confirmations.get(sender, 0) + 1
    turns.append(
        Turn(
            conversation=sender,
            index=index,
            task=task,
            step=step,
            sent_at=round(sent - started, 3),
            latency_s=round(time.monotonic() - sent, 3),
            status=status,
            replies=len(replies),
            error=error,
            text_sample=(texts[0] if texts else "")[:40],
            tag=tag,
            ticket_ids=sorted({t for x in texts for t in TICKET_ID.findall(x)}),
            busy=any(BUSY_TEXT in x for x in texts),
        )
    )


async def _tracker_user_events(
    session: aiohttp.ClientSession, args: argparse.Namespace, sender: str
) -> list[dict[str, Any]] | None:
    url = f"{args.rasa_url}/conversations/{sender}/tracker"
    params = {"include_events": "ALL", "token": args.token}
    for _ in range(args.verify_attempts):
        try:
            async with session.get(
                url, params=params, timeout=aiohttp.ClientTimeout(total=args.timeout_s)
            ) as response:
                if response.status == 200:
                    tracker = await response.json()
                    return [e for e in tracker.get("events") or [] if e.get("event") == "user"]
        except (aiohttp.ClientError, asyncio.TimeoutError, OSError):
            pass
        await asyncio.sleep(2)
    return None


async def verify_trackers(
    session: aiohttp.ClientSession, args: argparse.Namespace, turns: list[Turn]
) -> dict[str, Any]:
    by_sender: dict[str, list[Turn]] = {}
    for turn in turns:
        by_sender.setdefault(turn.conversation, []).append(turn)
    missing: dict[str, list[int]] = {}
    unreadable: list[str] = []
    for sender, sent in sorted(by_sender.items()):
        events = await _tracker_user_events(session, args, sender)
        if events is None:
            unreadable.append(sender)
            missing[sender] = [t.index for t in sent]
            continue
        tags = {((e.get("metadata") or {}).get("fault_run")) for e in events}
        tags.discard(None)
        if tags:
            lost = [t.index for t in sent if t.tag not in tags]
        else:  # metadata not kept by the store: compare counts (order is kept by Rasa)
            lost = [t.index for t in sent[len(events) :]]
        if lost:
            missing[sender] = lost
    return {
        "user_messages_missing": sum(len(v) for v in missing.values()),
        "conversations_with_missing_messages": len(missing),
        "missing_examples": dict(list(missing.items())[:5]),
        "trackers_unreadable": unreadable,
    }


def count_duplicate_tickets(
    url: str | None, run_id: str, confirmations: dict[str, int]
) -> dict[str, Any]:
    if not url:
        return {"duplicate_tickets": None, "note": "no --tickets-db-url: not checked"}
    from sqlalchemy import create_engine, select

    from bot.tickets.models import Ticket  # decrypts summary/description (bot.privacy.at_rest)

    engine = create_engine(url, future=True, hide_parameters=True)
    query = select(Ticket.conversation_id, Ticket.summary, Ticket.description).where(
        Ticket.conversation_id.like(f"fault-{run_id}-%")
    )
    complaint_tickets: dict[str, int] = {}
    callbacks = 0
    try:
        with engine.connect() as connection:
            for conversation_id, summary, description in connection.execute(query):
                # Call-back tickets of a hand-over outside agent hours are not complaints.
                if summary == "人工回电请求" or str(description or "").startswith(
                    "【人工回电请求】"
                ):
                    callbacks += 1
                    continue
                complaint_tickets[conversation_id] = complaint_tickets.get(conversation_id, 0) + 1
    finally:
        engine.dispose()
    extra = {
        c: n - confirmations.get(c, 0)
        for c, n in complaint_tickets.items()
        if n > confirmations.get(c, 0)
    }
    return {
        "duplicate_tickets": sum(extra.values()),
        "complaint_tickets": sum(complaint_tickets.values()),
        "callback_tickets": callbacks,
        "complaint_confirmations_sent": sum(confirmations.values()),
        "conversations_with_extra_tickets": extra,
    }


WARM_UP = [("question", "社保卡丢了怎么补办"), ("emergency", "我家厨房着火了，火很大")]


async def warm_up(
    args: argparse.Namespace, session: aiohttp.ClientSession, run_id: str
) -> dict[str, Any]:
    """Turns through a conversation of its own, before the clock: not counted in the results."""
    sender = f"warmup-{run_id}"
    done: list[dict[str, Any]] = []
    for i in range(args.warm_up_turns):
        step, text = WARM_UP[i % len(WARM_UP)]
        sent = time.monotonic()
        status, replies, error = await _send(
            session, args.rasa_url, sender, text, f"{sender}:{i}", max(args.timeout_s, 120.0)
        )
        done.append(
            {
                "step": step,
                "status": status,
                "replies": len(replies),
                "error": error,
                "latency_s": round(time.monotonic() - sent, 3),
            }
        )
    return {"conversation": sender, "turns": len(done), "results": done}


def _summary(turns: list[Turn], faults: Faults) -> dict[str, Any]:
    latencies = sorted(t.latency_s for t in turns)

    def pct(p: float) -> float | None:
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))] if latencies else None

    windows = {e.name: e.at_s for e in faults.events}
    db_window = (windows.get("db_stop"), windows.get("db_start"))

    def sent_in_outage(t: Turn) -> bool:
        start, end = db_window
        return start is not None and start <= t.sent_at and (end is None or t.sent_at <= end + 5)

    def in_outage(t: Turn) -> bool:  # in flight at some moment of the window
        start, end = db_window
        return (
            start is not None
            and t.sent_at + t.latency_s >= start
            and (end is None or t.sent_at <= end + 5)
        )

    server_errors = [t for t in turns if t.status is None or t.status >= 500]
    client_errors = [
        t for t in turns if t.status is not None and t.status != 200 and t.status < 500
    ]
    no_reply = [t for t in turns if t.status == 200 and t.replies == 0]
    return {
        "turns": len(turns),
        "turns_during_db_outage": sum(1 for t in turns if in_outage(t)),
        "turns_sent_during_db_outage": sum(1 for t in turns if sent_in_outage(t)),
        "server_errors": len(server_errors),
        "client_errors": len(client_errors),
        "turns_without_reply": len(no_reply),
        "turns_answered_busy": sum(1 for t in turns if t.busy),
        "turns_answered_busy_outside_db_outage": sum(
            1 for t in turns if t.busy and not in_outage(t)
        ),
        "server_error_examples": [asdict(t) for t in server_errors[:5]],
        "no_reply_examples": [asdict(t) for t in no_reply[:5]],
        "latency_s": {
            "p50": pct(0.5),
            "p95": pct(0.95),
            "max": latencies[-1] if latencies else None,
        },
        "emergency_turns_with_119": sum(
            1 for t in turns if t.step == "emergency" and "119" in t.text_sample
        ),
        "emergency_turns": sum(1 for t in turns if t.step == "emergency"),
    }


class Servers:
    """The action server, the Rasa server and optionally the model server, started by us."""

    def __init__(self, args: argparse.Namespace, workdir: Path) -> None:
        self.args = args
        self.workdir = workdir
        self.processes: dict[str, subprocess.Popen] = {}
        self.env = dict(os.environ)
        self.model_port = _free_port()

    def _start(self, name: str, command: list[str]) -> None:
        log = open(self.workdir / f"{name}.log", "ab")  # noqa: SIM115 - closed with the process
        self.processes[name] = subprocess.Popen(
            command, cwd=PROJECT_ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT
        )

    def model_command(self) -> list[str]:
        return [
            sys.executable, "-m", "bot", "serve", "--model", str(self.args.llm_model),
            "--host", "127.0.0.1", "--port", str(self.model_port),
        ]  # fmt: skip

    def start(self) -> None:
        a = self.args
        pg = f"{a.pg_user}:{a.pg_password}@127.0.0.1:{a.pg_port}"
        settings: dict[str, Any] = {"database": {"url": f"postgresql+psycopg2://{pg}/{a.pg_db}"}}
        if a.llm_model:
            settings["llm"] = {
                "backend": "openai",
                "base_url": f"http://127.0.0.1:{self.model_port}/v1",
                "model": Path(a.llm_model).name,
                "timeout_s": 5,
            }
        settings_file = self.workdir / "minsheng.yml"
        settings_file.write_text(json.dumps(settings), encoding="utf-8")  # JSON is YAML
        self.env.update(
            {
                "BOT_SETTINGS": str(settings_file),
                "ACTION_ENDPOINT_URL": f"http://127.0.0.1:{a.actions_port}/webhook",
                "TRACKER_DB_HOST": "127.0.0.1",
                "TRACKER_DB_PORT": str(a.pg_port),
                "TRACKER_DB_NAME": a.pg_tracker_db,
                "TRACKER_DB_USER": a.pg_user,
                "TRACKER_DB_PASSWORD": a.pg_password,
                "LOCK_STORE_HOST": "127.0.0.1",
                "LOCK_STORE_PORT": str(a.redis_port),
                "LOCK_STORE_DB": "0",
                "LOCK_STORE_PASSWORD": self.env.get("LOCK_STORE_PASSWORD", ""),
                "HF_HUB_OFFLINE": "1",
                "TRANSFORMERS_OFFLINE": "1",
                "RASA_TELEMETRY_ENABLED": "false",
                "SANIC_HOST": "127.0.0.1",  # rasa_sdk's action server binds to this
            }
        )
        # Secrets the internal services share (generated per run when not given).
        for name in ("MINSHENG_ACTION_TOKEN", "MINSHENG_MODEL_TOKEN"):
            self.env.setdefault(name, secrets.token_urlsafe(24))
        # The tracker store's encryption key (endpoints.production.yml refuses to start without).
        if not self.env.get("MINSHENG_DATA_KEY"):
            from bot.privacy.crypto import generate_key

            self.env["MINSHENG_DATA_KEY"] = generate_key()
        # The tickets' personal data is encrypted with it: the duplicate count reads them too.
        os.environ["MINSHENG_DATA_KEY"] = self.env["MINSHENG_DATA_KEY"]
        # The knowledge base on the run's own database (migrated and loaded, as `make run`
        # builds var/minsheng.db): without it every question is answered as unknown.
        build = subprocess.run(
            [sys.executable, "-m", "bot", "kb", "build"],
            cwd=PROJECT_ROOT,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            timeout=600,
            check=False,
        )
        if build.returncode != 0:
            tail = build.stderr.decode("utf-8", "replace")[-2000:]
            raise SystemExit(f"python -m bot kb build failed on the run's database:\n{tail}")
        rasa = str(Path(sys.executable).with_name("rasa"))
        if a.llm_model:
            self._start("model", self.model_command())
        # The project's action server: the shared secret required, loopback only.
        self._start(
            "actions",
            [sys.executable, "-m", "actions.server", "--port", str(a.actions_port)],
        )
        port = urlsplit(a.rasa_url).port or 5005
        self._start(
            "rasa",
            [
                rasa, "run", "--model", str(a.model), "--enable-api", f"--auth-token={a.token}",
                "--endpoints", "endpoints.production.yml", "--credentials", "credentials.yml",
                "-i", "127.0.0.1", "--port", str(port),
            ],
        )  # fmt: skip

    def kill_model(self) -> None:
        process = self.processes.get("model")
        if process is not None and process.poll() is None:
            process.kill()
            process.wait(timeout=30)

    def restart_model(self) -> None:
        self._start("model", self.model_command())

    def stop(self) -> None:
        for process in self.processes.values():
            if process.poll() is None:
                process.terminate()
        for process in self.processes.values():
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()


async def wait_ready(args: argparse.Namespace, session: aiohttp.ClientSession) -> None:
    deadline = time.monotonic() + args.ready_timeout_s
    if args.start_servers:  # the action server too: turns before it listens fail (first run)
        health = f"http://127.0.0.1:{args.actions_port}/health"
        while time.monotonic() < deadline:
            try:
                async with session.get(health, timeout=aiohttp.ClientTimeout(total=5)) as r:
                    if r.status == 200:
                        break
            except (aiohttp.ClientError, asyncio.TimeoutError, OSError):
                pass
            await asyncio.sleep(2)
    while time.monotonic() < deadline:
        try:
            async with session.get(
                f"{args.rasa_url}/status",
                params={"token": args.token},
                timeout=aiohttp.ClientTimeout(total=5),
            ) as response:
                if response.status == 200 and (await response.json()).get("model_file"):
                    return
        except (aiohttp.ClientError, asyncio.TimeoutError, OSError):
            pass
        await asyncio.sleep(2)
    raise SystemExit(f"Rasa server at {args.rasa_url} not ready after {args.ready_timeout_s}s")


async def main_async(args: argparse.Namespace) -> dict[str, Any]:
    run_id = args.run_id or dt.datetime.now(dt.timezone.utc).strftime("%H%M%S")
    servers: Servers | None = None
    workdir = Path(tempfile.mkdtemp(prefix="fault_run_"))
    if args.start_servers:
        servers = Servers(args, workdir)
        servers.start()
    model_kill, model_start = args.model_kill_cmd, args.model_start_cmd
    connector = aiohttp.TCPConnector(limit=args.conversations * 2)
    turns: list[Turn] = []
    confirmations: dict[str, int] = {}
    try:
        async with aiohttp.ClientSession(connector=connector) as session:
            await wait_ready(args, session)
            warm = await warm_up(args, session, run_id)
            started = time.monotonic()
            faults = Faults(args, started)
            fault_tasks = [asyncio.create_task(faults.database())]
            if servers is not None and args.llm_model:
                fault_tasks.append(asyncio.create_task(_model_faults(faults, servers)))
            else:
                fault_tasks.append(asyncio.create_task(faults.model(model_kill, model_start)))
            try:
                await asyncio.gather(
                    *(
                        conversation(n, args, run_id, session, started, turns, confirmations)
                        for n in range(args.conversations)
                    )
                )
            finally:
                for task in fault_tasks:
                    task.cancel()
                await asyncio.gather(*fault_tasks, return_exceptions=True)
                await faults.restore_database()  # never leave the database stopped
                if servers is not None and args.llm_model and faults.model_down:
                    servers.restart_model()
                else:
                    await faults.restore_model(model_start)
            elapsed = time.monotonic() - started
            summary = _summary(turns, faults)
            tracker_check = await verify_trackers(session, args, turns)
    finally:
        if servers is not None:
            servers.stop()
    tickets = count_duplicate_tickets(args.tickets_db_url, run_id, confirmations)
    return {
        "benchmark": "fault_run",
        "run_id": run_id,
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "config": {
            "conversations": args.conversations,
            "duration_s": args.duration_s,
            "db_stop_at_s": args.db_stop_at_s if args.db_stop_cmd else None,
            "db_down_s": args.db_down_s if args.db_stop_cmd else None,
            "model_kill_at_s": args.model_kill_at_s
            if (model_kill or (servers and args.llm_model))
            else None,
            "model_down_s": args.model_down_s,
            "generation_backend": "bot serve (killed and restarted)"
            if args.llm_model
            else ("external (killed by command)" if model_kill else "not configured"),
            "started_servers": bool(args.start_servers),
        },
        "elapsed_s": round(elapsed, 1),
        "warm_up": warm,
        "faults": [asdict(e) for e in faults.events],
        **summary,
        **tracker_check,
        **tickets,
        "passed": bool(
            summary["server_errors"] == 0
            and summary["client_errors"] == 0
            and summary["turns_without_reply"] == 0
            and tracker_check["user_messages_missing"] == 0
            and tickets.get("duplicate_tickets") == 0
        ),
        "logs": str(workdir) if args.start_servers else None,
        "versions": package_versions(["rasa", "rasa-sdk", "sqlalchemy", "psycopg2-binary"]),
    }


async def _model_faults(faults: Faults, servers: Servers) -> None:
    a = faults.args
    await faults._at(a.model_kill_at_s)
    faults.model_down = True
    begin = time.monotonic()
    servers.kill_model()
    faults.events.append(
        FaultEvent("model_kill", round(begin - faults.started, 2), "kill bot serve", 0, 0.0)
    )
    await faults._at(a.model_kill_at_s + a.model_down_s)
    servers.restart_model()
    faults.model_down = False
    faults.events.append(
        FaultEvent(
            "model_start", round(time.monotonic() - faults.started, 2), "bot serve", None, 0.0
        )
    )


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--rasa-url", default="http://127.0.0.1:5005")
    p.add_argument("--token", default=None, help="Rasa API token (default: var/api_token)")
    p.add_argument("--conversations", type=int, default=50)
    p.add_argument("--duration-s", type=float, default=90.0, help="how long conversations go on")
    p.add_argument("--max-turns", type=int, default=40, help="per conversation, before hand-over")
    p.add_argument("--ramp-s", type=float, default=5.0, help="conversations start within this")
    # Under the REST channel's per-sender rate limit (settings.limits: 20 messages a minute).
    p.add_argument("--think-s", type=float, nargs=2, default=(3.5, 4.5), metavar=("MIN", "MAX"))
    p.add_argument("--timeout-s", type=float, default=60.0, help="per request")
    p.add_argument(
        "--warm-up-turns", type=int, default=2, help="before the clock, in a conversation apart"
    )
    p.add_argument("--db-stop-cmd", default=None, help="e.g. 'pg_ctlcluster 15 fault stop'")
    p.add_argument("--db-start-cmd", default=None, help="e.g. 'pg_ctlcluster 15 fault start'")
    p.add_argument("--db-stop-at-s", type=float, default=20.0, help="seconds after the start")
    p.add_argument("--db-down-s", type=float, default=25.0)
    p.add_argument("--model-kill-cmd", default=None, help="kills an external generation server")
    p.add_argument("--model-start-cmd", default=None)
    p.add_argument("--model-kill-at-s", type=float, default=35.0)
    p.add_argument("--model-down-s", type=float, default=20.0)
    p.add_argument("--tickets-db-url", default=None, help="to count duplicate tickets")
    p.add_argument("--verify-attempts", type=int, default=30, help="tracker reads, 2 s apart")
    # Rasa loading the model took 4.5 min on the shared 2-core machine at load ~5.
    p.add_argument("--ready-timeout-s", type=float, default=900.0)
    p.add_argument("--run-id", default=None, help="conversation ids are fault-<run-id>-NNN")
    p.add_argument(
        "--out", type=Path, default=PROJECT_ROOT / "bench" / "results" / "fault_run.json"
    )
    s = p.add_argument_group("--start-servers: start the action, Rasa (and model) servers")
    s.add_argument("--start-servers", action="store_true")
    s.add_argument("--model", type=Path, default=PROJECT_ROOT / "models" / "hotline.tar.gz")
    s.add_argument("--actions-port", type=int, default=5055)
    s.add_argument("--pg-port", type=int, default=5432)
    s.add_argument("--pg-user", default="minsheng")
    s.add_argument("--pg-password", default="minsheng")
    s.add_argument("--pg-db", default="minsheng_fault", help="tickets and appointments")
    s.add_argument("--pg-tracker-db", default="minsheng_fault_tracker")
    s.add_argument("--redis-port", type=int, default=6390)
    s.add_argument("--llm-model", type=Path, default=None, help="serve this model and kill it")
    args = p.parse_args(argv)
    _check_loopback(args.rasa_url, "--rasa-url")
    if args.tickets_db_url:
        _check_loopback(args.tickets_db_url.replace("+psycopg2", ""), "--tickets-db-url")
    if args.token is None:
        token_file = PROJECT_ROOT / "var" / "api_token"
        args.token = token_file.read_text().strip() if token_file.exists() else ""
    if not args.token:
        if not args.start_servers:
            raise SystemExit("--token (or var/api_token) is needed to read trackers")
        args.token = secrets.token_urlsafe(24)
    if bool(args.db_stop_cmd) != bool(args.db_start_cmd):
        raise SystemExit("--db-stop-cmd and --db-start-cmd go together")
    if args.conversations < 1 or args.duration_s <= 0 or args.max_turns < 1:
        raise SystemExit("--conversations, --duration-s and --max-turns must be positive")
    if args.warm_up_turns < 0:
        raise SystemExit("--warm-up-turns must not be negative")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    result = asyncio.run(main_async(args))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    keys = (
        "turns", "turns_during_db_outage", "server_errors", "turns_without_reply",
        "user_messages_missing", "duplicate_tickets", "passed",
    )  # fmt: skip
    print(json.dumps({k: result[k] for k in keys}, ensure_ascii=False))
    print(f"written to {args.out}")
    return 0 if result["passed"] else 1


if __name__ == "__main__":
    sys.exit(main())
