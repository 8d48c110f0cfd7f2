"""bench/fault_run.py counts what it claims to count, against a scripted stand-in for Rasa.

The stand-in answers the REST webhook and the tracker API like Rasa does, with faults on purpose:
an HTTP 500, an empty reply and a message it does not store. The real run (README, "Fault run")
needs trained models and PostgreSQL; this checks the counting and the fault schedule.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from aiohttp import web

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def _load_bench():
    spec = importlib.util.spec_from_file_location(
        "bench_fault_run", PROJECT_ROOT / "bench" / "fault_run.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_fault_run"] = module  # dataclasses resolve their module by name
    spec.loader.exec_module(module)
    return module


fault_run = _load_bench()


class FakeRasa:
    """Faults by message number (1-based, over the whole run): 500, empty reply, not stored."""

    def __init__(self, error_at: int, empty_at: int, unstored_at: int) -> None:
        self.count = 0
        self.error_at, self.empty_at, self.unstored_at = error_at, empty_at, unstored_at
        self.events: dict[str, list[dict]] = {}
        self.warm_up: list[str] = []  # warm-up messages, in the order they came
        self.counted_before_warm_up_ended = 0

    async def webhook(self, request: web.Request) -> web.Response:
        body = await request.json()
        if body["sender"].startswith("warmup-"):  # not part of the run: no faults, not counted
            self.warm_up.append(body["message"])
            self.counted_before_warm_up_ended = self.count
            return web.json_response([{"recipient_id": body["sender"], "text": "好的"}])
        self.count += 1
        if self.count == self.error_at:
            return web.Response(status=500, text="boom")
        if self.count != self.unstored_at:
            self.events.setdefault(body["sender"], []).append(
                {"event": "user", "text": body["message"], "metadata": body.get("metadata")}
            )
        if self.count == self.empty_at:
            return web.json_response([])
        reply = "工单号：GD202611280001" if body["message"] == "是的" else "好的"
        return web.json_response([{"recipient_id": body["sender"], "text": reply}])

    async def tracker(self, request: web.Request) -> web.Response:
        if request.query.get("token") != "secret":
            return web.Response(status=401)
        sender = request.match_info["sender"]
        return web.json_response({"sender_id": sender, "events": self.events.get(sender, [])})

    async def status(self, request: web.Request) -> web.Response:
        return web.json_response({"model_file": "fake.tar.gz"})


async def _run_against(fake: FakeRasa, argv: list[str]) -> dict:
    """A fault run against the stand-in on a free local port, quick pacing, one tracker read."""
    app = web.Application()
    app.router.add_post("/webhooks/rest/webhook", fake.webhook)
    app.router.add_get("/conversations/{sender}/tracker", fake.tracker)
    app.router.add_get("/status", fake.status)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    common = ["--rasa-url", f"http://127.0.0.1:{port}", "--token", "secret", "--think-s", "0.01",
              "0.02", "--timeout-s", "5", "--verify-attempts", "1"]  # fmt: skip
    try:
        return await fault_run.main_async(fault_run.parse_args(common + argv))
    finally:
        await runner.cleanup()


def _turn(sent_at: float, latency_s: float) -> object:
    return fault_run.Turn(
        conversation="c", index=0, task="question", step="open", sent_at=sent_at,
        latency_s=latency_s, status=200, replies=1,
    )  # fmt: skip


def test_a_turn_waiting_through_the_outage_counts_as_during_it() -> None:
    """Stop at 8 s, start at 20 s: the window is 8..25 s. A turn sent at 5 s and answered at 30 s
    was in flight through it; one answered at 7 s or sent at 26 s was not."""
    faults = fault_run.Faults(fault_run.parse_args(["--token", "secret"]), 0.0)
    faults.events = [
        fault_run.FaultEvent("db_stop", 8.0, "stop", 0, 0.1),
        fault_run.FaultEvent("db_start", 20.0, "start", 0, 1.0),
    ]
    turns = [_turn(5.0, 25.0), _turn(5.0, 2.0), _turn(26.0, 1.0), _turn(12.0, 1.0)]
    summary = fault_run._summary(turns, faults)
    assert summary["turns_during_db_outage"] == 2  # the one waiting through, the one sent inside
    assert summary["turns_sent_during_db_outage"] == 1


async def test_a_start_command_cut_off_by_the_runs_end_runs_once(tmp_path) -> None:
    """The run ends while the database's start command still runs: the clean-up waits for that
    same command instead of running it a second time (which failed: the marker was gone)."""
    fake = FakeRasa(error_at=0, empty_at=0, unstored_at=0)
    marker, starts = tmp_path / "db-state", tmp_path / "starts"
    start = f"sh -c 'sleep 0.8; echo x >> {starts}; rm {marker}'"
    result = await _run_against(
        fake,
        [
            "--conversations", "2", "--duration-s", "0.4", "--ramp-s", "0.05",
            "--db-stop-cmd", f"touch {marker}", "--db-start-cmd", start,
            "--db-stop-at-s", "0.05", "--db-down-s", "0.1", "--run-id", "r",
        ],
    )  # fmt: skip
    assert [e["name"] for e in result["faults"]] == ["db_stop", "db_start"]
    assert all(e["returncode"] == 0 for e in result["faults"]), result["faults"]
    assert not marker.exists() and starts.read_text() == "x\n"


async def test_counts_errors_empty_replies_and_unstored_messages(tmp_path) -> None:
    fake = FakeRasa(error_at=3, empty_at=5, unstored_at=7)
    marker = tmp_path / "db-state"
    result = await _run_against(
        fake,
        [
            "--conversations", "3", "--duration-s", "1.5", "--ramp-s", "0.1",
            "--db-stop-cmd", f"touch {marker}", "--db-start-cmd", f"rm {marker}",
            "--db-stop-at-s", "0.3", "--db-down-s", "0.5", "--run-id", "t",
        ],
    )  # fmt: skip
    assert result["turns"] == fake.count
    assert result["server_errors"] == 1
    assert result["server_error_examples"][0]["status"] == 500
    assert result["turns_without_reply"] == 1
    # The 500'd message was not stored either (like a crashed server), plus the unstored one.
    assert result["user_messages_missing"] == 2
    assert [e["name"] for e in result["faults"]] == ["db_stop", "db_start"]
    assert all(e["returncode"] == 0 for e in result["faults"])
    assert not marker.exists()  # the database was started again
    assert result["turns_during_db_outage"] >= result["turns_sent_during_db_outage"] > 0
    # The warm-up went first, through its own conversation, and is counted nowhere else.
    assert result["warm_up"]["turns"] == 2 and len(fake.warm_up) == 2
    assert all(r["status"] == 200 for r in result["warm_up"]["results"])
    assert fake.counted_before_warm_up_ended == 0
    assert "warmup-t" not in fake.events
    assert result["duplicate_tickets"] is None  # no tickets database given: not checked
    assert result["passed"] is False
    # Every conversation ends with its hand-over, sent whatever happened before.
    assert result["config"]["conversations"] == 3
    assert len(fake.events) == 3


def test_only_loopback_servers_are_accepted() -> None:
    with pytest.raises(SystemExit, match="127.0.0.1"):
        fault_run.parse_args(["--rasa-url", "http://10.0.0.5:5005", "--token", "x"])


# --- the short real run (make model-tests; CI starts PostgreSQL and Redis) ----------------------

MODEL = Path(os.environ.get("BOT_TEST_RASA_MODEL") or PROJECT_ROOT / "results/model/ci.tar.gz")


def _required(value: str | None, message: str) -> str:
    """``value``, or skip (fail when BOT_REQUIRE_SERVICES=1, as in CI) with ``message``."""
    if value:
        return value
    if os.environ.get("BOT_REQUIRE_SERVICES") == "1":
        pytest.fail(message)
    pytest.skip(message)


def _cluster_of(port: int) -> str | None:
    """'VERSION NAME' of the local PostgreSQL cluster on ``port`` (pg_lsclusters), if any."""
    if shutil.which("pg_lsclusters") is None:
        return None
    listing = subprocess.run(
        ["pg_lsclusters", "--no-header"], capture_output=True, text=True, check=False
    ).stdout
    for line in listing.splitlines():
        fields = line.split()
        if len(fields) >= 3 and fields[2] == str(port):
            return f"{fields[0]} {fields[1]}"
    return None


@pytest.mark.trained_model
async def test_short_fault_run_against_real_servers(tmp_path) -> None:
    """10 conversations over REST against rasa run + python -m actions.server, PostgreSQL as
    tracker store (PrivacySQLTrackerStore) and tickets database, Redis lock store, while the
    PostgreSQL cluster is stopped for 12 s: every turn answered, nothing lost, nothing doubled."""
    tickets_url = _required(os.environ.get("BOT_TEST_POSTGRES_URL"), "BOT_TEST_POSTGRES_URL unset")
    tracker_url = _required(
        os.environ.get("BOT_TEST_TRACKER_POSTGRES_URL"), "BOT_TEST_TRACKER_POSTGRES_URL unset"
    )
    redis_url = _required(os.environ.get("BOT_TEST_REDIS_URL"), "BOT_TEST_REDIS_URL unset")
    _required(str(MODEL) if MODEL.exists() else None, f"no trained model at {MODEL} (make train)")
    tickets, tracker = urlsplit(tickets_url), urlsplit(tracker_url)
    assert tickets.port == tracker.port, "one cluster holds both databases"
    cluster = _required(
        _cluster_of(tracker.port or 5432), f"no pg_ctlcluster cluster on port {tracker.port}"
    )
    llm = PROJECT_ROOT / "models" / "hotline-tiny"
    argv = [
        "--start-servers", "--model", str(MODEL),
        "--rasa-url", f"http://127.0.0.1:{fault_run._free_port()}",
        "--actions-port", str(fault_run._free_port()),
        "--pg-port", str(tracker.port), "--pg-user", tracker.username or "",
        "--pg-password", tracker.password or "", "--pg-db", tickets.path.lstrip("/"),
        "--pg-tracker-db", tracker.path.lstrip("/"),
        "--redis-port", str(urlsplit(redis_url).port or 6379),
        "--tickets-db-url", tickets_url,
        "--db-stop-cmd", f"pg_ctlcluster {cluster} stop -m fast",
        "--db-start-cmd", f"pg_ctlcluster {cluster} start",
        "--conversations", "10", "--duration-s", "40", "--ramp-s", "3",
        "--db-stop-at-s", "8", "--db-down-s", "12",
        "--ready-timeout-s", "900", "--out", str(tmp_path / "fault_run.json"),
    ]  # fmt: skip
    if (llm / "config.json").exists():  # the generation back-end too, killed at 25 s for 10 s
        argv += ["--llm-model", str(llm), "--model-kill-at-s", "25", "--model-down-s", "10"]
    try:
        result = await fault_run.main_async(fault_run.parse_args(argv))
    finally:  # never leave the cluster the other tests use stopped
        subprocess.run(["pg_ctlcluster", *cluster.split(), "start"], check=False)
    assert [e["name"] for e in result["faults"]][:2] == ["db_stop", "db_start"]
    assert result["turns_during_db_outage"] > 0
    summary = {k: result[k] for k in ("server_errors", "client_errors", "turns_without_reply")}
    assert summary == {"server_errors": 0, "client_errors": 0, "turns_without_reply": 0}, result
    assert result["user_messages_missing"] == 0, result["missing_examples"]
    assert result["duplicate_tickets"] == 0 and result["complaint_tickets"] > 0, result
    assert result["emergency_turns_with_119"] == result["emergency_turns"] > 0
