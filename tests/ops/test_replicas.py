"""Scale-out: two Rasa replicas over one PostgreSQL tracker store and one Redis lock store
(the configuration of endpoints.production.yml) take turns of the same conversation, and the
tracker has every turn, in order.

Needs a trained model (``make train``'s results/model/ci.tar.gz, or BOT_TEST_RASA_MODEL),
BOT_TEST_TRACKER_POSTGRES_URL and BOT_TEST_REDIS_URL (``.ci/run`` starts both); skips without
them (fails when BOT_REQUIRE_SERVICES=1). Starts two ``rasa run`` processes and one action
server on free loopback ports: a few minutes of CPU, so it runs with ``make model-tests``.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
from cryptography.fernet import Fernet
from sqlalchemy import create_engine

from bot.privacy.tables import create_privacy_tables
from bot.security import TOKEN_HEADER
from bot.settings import PROJECT_ROOT

pytestmark = pytest.mark.trained_model

MODEL = Path(os.environ.get("BOT_TEST_RASA_MODEL") or PROJECT_ROOT / "results/model/ci.tar.gz")
BIN = Path(sys.executable).parent
# Every turn has a reply without the knowledge base or a form's database write.
TURNS = ["你好", "你是机器人吗", "谢谢", "你好", "谢谢", "再见"]
STARTUP_S = 1200  # two TensorFlow-loading servers on 2 busy cores


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def production_endpoints(path: Path, tracker_url: str, redis_url: str, actions: str) -> Path:
    """endpoints.production.yml with the test's services (the same keys, values filled in)."""
    db, redis = urlsplit(tracker_url), urlsplit(redis_url)
    text = (PROJECT_ROOT / "endpoints.production.yml").read_text(encoding="utf-8")
    values = {
        "ACTION_ENDPOINT_URL": f"{actions}/webhook",
        "TRACKER_DB_HOST": db.hostname or "127.0.0.1",
        "TRACKER_DB_PORT": str(db.port or 5432),
        "TRACKER_DB_NAME": db.path.lstrip("/"),
        "TRACKER_DB_USER": db.username or "",
        "TRACKER_DB_PASSWORD": db.password or "",
        "LOCK_STORE_HOST": redis.hostname or "127.0.0.1",
        "LOCK_STORE_PORT": str(redis.port or 6379),
        "LOCK_STORE_DB": (redis.path or "/0").lstrip("/") or "0",
        "LOCK_STORE_PASSWORD": redis.password or "",
    }
    for name, value in values.items():
        text = text.replace("${" + name + "}", value)
    assert "${" in text  # the secrets still come from the environment
    path.write_text(text, encoding="utf-8")
    return path


def required(value: str | None, message: str) -> str:
    """``value``, or skip (fail when BOT_REQUIRE_SERVICES=1, as in CI) with ``message``."""
    if value:
        return value
    if os.environ.get("BOT_REQUIRE_SERVICES") == "1":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="module")
def replicas(tmp_path_factory: pytest.TempPathFactory):
    """Two Rasa replicas and one action server; (replica URLs, API token)."""
    tracker_postgres_url = required(
        os.environ.get("BOT_TEST_TRACKER_POSTGRES_URL"),
        "PostgreSQL for the tracker store not configured: set BOT_TEST_TRACKER_POSTGRES_URL",
    )
    redis_url = required(
        os.environ.get("BOT_TEST_REDIS_URL"), "Redis not configured: set BOT_TEST_REDIS_URL"
    )
    required(str(MODEL) if MODEL.exists() else None, f"no trained model at {MODEL} (make train)")
    tmp_path = tmp_path_factory.mktemp("replicas")
    api_token = secrets.token_urlsafe(16)
    env = dict(
        os.environ,
        MINSHENG_DATA_KEY=Fernet.generate_key().decode(),
        MINSHENG_ACTION_TOKEN=secrets.token_urlsafe(16),
        MINSHENG_MODEL_TOKEN=secrets.token_urlsafe(16),
        MINSHENG_SESSION_KEY=secrets.token_urlsafe(16),
        BOT_DATABASE_URL=f"sqlite:///{tmp_path / 'minsheng.db'}",
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
        RASA_TELEMETRY_ENABLED="false",
        OMP_NUM_THREADS="1",
        TF_NUM_INTRAOP_THREADS="1",
        TF_NUM_INTEROP_THREADS="1",
    )
    actions_port = free_port()
    endpoints = production_endpoints(
        tmp_path / "endpoints.yml",
        tracker_postgres_url,
        redis_url,
        f"http://127.0.0.1:{actions_port}",
    )
    # The tables exist before two servers start at once (each would otherwise create them, and
    # PostgreSQL rejects the second CREATE TABLE of a race).
    engine = create_engine(tracker_postgres_url, future=True)
    create_privacy_tables(engine, with_events=True)
    engine.dispose()
    procs: list[subprocess.Popen] = []
    logs: list[Path] = []

    def spawn(name: str, cmd: list[str]) -> None:
        log = tmp_path / f"{name}.log"
        logs.append(log)
        procs.append(
            subprocess.Popen(
                cmd, cwd=PROJECT_ROOT, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT
            )
        )

    spawn("actions", [str(BIN / "python"), "-m", "actions.server", "--port", str(actions_port)])
    urls = []
    for i in range(2):
        port = free_port()
        urls.append(f"http://127.0.0.1:{port}")
        spawn(
            f"rasa{i}",
            [
                str(BIN / "rasa"),
                "run",
                "--model",
                str(MODEL),
                "--endpoints",
                str(endpoints),
                "--credentials",
                str(PROJECT_ROOT / "credentials.yml"),
                "--enable-api",
                f"--auth-token={api_token}",
                "--interface",
                "127.0.0.1",
                "--port",
                str(port),
            ],
        )
    try:
        deadline = time.monotonic() + STARTUP_S
        for url in urls:
            while True:
                for proc, log in zip(procs, logs, strict=True):
                    if proc.poll() is not None:
                        pytest.fail(
                            f"{log.name} exited:\n{log.read_text(errors='replace')[-3000:]}"
                        )
                try:
                    if httpx.get(url, timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline:
                    tails = "\n".join(
                        f"--- {log.name}\n{log.read_text(errors='replace')[-1500:]}" for log in logs
                    )
                    pytest.fail(f"{url} not up after {STARTUP_S}s\n{tails}")
                time.sleep(2)
        yield urls, api_token
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in procs:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()


def user_texts(url: str, api_token: str, sender: str) -> list[str]:
    r = httpx.get(f"{url}/conversations/{sender}/tracker", params={"token": api_token}, timeout=30)
    r.raise_for_status()
    events = r.json()["events"]
    return [e["text"] for e in events if e["event"] == "user"]


def bot_after_each_user(url: str, api_token: str, sender: str) -> bool:
    """Every user event is followed by that turn's reply before the next user event."""
    r = httpx.get(f"{url}/conversations/{sender}/tracker", params={"token": api_token}, timeout=30)
    kinds = [e["event"] for e in r.json()["events"] if e["event"] in ("user", "bot")]
    return (
        all(kinds[i + 1] == "bot" for i, kind in enumerate(kinds) if kind == "user")
        and kinds[-1] == "bot"
    )


def test_turns_alternating_between_replicas_stay_in_order(replicas) -> None:
    urls, api_token = replicas
    sender = f"replica-test-{secrets.token_hex(6)}"
    with httpx.Client(timeout=120) as client:
        for i, text in enumerate(TURNS):
            r = client.post(
                f"{urls[i % 2]}/webhooks/rest/webhook", json={"sender": sender, "message": text}
            )
            assert r.status_code == 200 and r.json(), (i, r.status_code, r.text[:200])
    # Both replicas read the same conversation from the shared store: every turn, in order.
    assert user_texts(urls[0], api_token, sender) == TURNS
    assert user_texts(urls[1], api_token, sender) == TURNS
    assert bot_after_each_user(urls[0], api_token, sender)


async def test_concurrent_turns_of_one_conversation_are_serialised(replicas) -> None:
    """Turns sent at once to both replicas: the Redis lock store serialises them, so none is
    lost and no two turns interleave (each user message is followed by its own reply)."""
    urls, api_token = replicas
    sender = f"replica-burst-{secrets.token_hex(6)}"
    burst = ["你好", "谢谢", "你是机器人吗", "再见"]
    async with httpx.AsyncClient(timeout=120) as client:

        async def send(i: int, text: str) -> httpx.Response:
            return await client.post(
                f"{urls[i % 2]}/webhooks/rest/webhook", json={"sender": sender, "message": text}
            )

        responses = await asyncio.gather(*(send(i, t) for i, t in enumerate(burst)))
    assert all(r.status_code == 200 and r.json() for r in responses)
    stored = user_texts(urls[1], api_token, sender)
    assert sorted(stored) == sorted(burst)
    assert bot_after_each_user(urls[0], api_token, sender)
    # The headers the action endpoint sends carry the action server's secret.
    assert TOKEN_HEADER in (PROJECT_ROOT / "endpoints.production.yml").read_text(encoding="utf-8")
