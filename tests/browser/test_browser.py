"""The citizen web chat page and the operator console in a real headless Chromium (issue 14).

The real servers run as in ``make run`` (Rasa with the trained model, the action server, the
console), each on a free local port with databases of their own in a temporary folder:

1. a citizen asks a question on the web chat page and sees the answer with its source links;
2. files a complaint through the form and gets a ticket id;
3. asks for a person (the 转人工 button);
4. an operator signs in to the console, finds the conversation in the queue, takes it and
   replies; the citizen sees the reply on the page;
5. the operator hands the conversation back and moves the ticket 受理 → 派发 → 办理中 → 办结;
   the citizen asks for the ticket and the bot says 已办结.

Screenshots of both pages go to ``results/browser/``. The model is ``make train``'s
(results/model/ci.tar.gz) unless BOT_TEST_RASA_MODEL names another. Chromium and chromedriver
are the distribution's (``apt-get install chromium chromium-driver``; Selenium never downloads a
browser). Without them, or without the model, the test skips, and fails when
BOT_REQUIRE_SERVICES=1 (CI). Slow: about two minutes, most of it Rasa loading the model.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

PROJECT_ROOT = Path(__file__).resolve().parents[2]
MODEL = Path(os.environ.get("BOT_TEST_RASA_MODEL") or PROJECT_ROOT / "results/model/ci.tar.gz")
RESULTS = PROJECT_ROOT / "results" / "browser"
CHROMIUM = os.environ.get("BOT_TEST_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("BOT_TEST_CHROMEDRIVER", "/usr/bin/chromedriver")
OPERATOR_PASSWORD = "browser-test-" + secrets.token_urlsafe(8)
TICKET_ID = re.compile(r"GD\d{12}")
# Seconds Rasa may take to load the model (about a minute on two free cores; more on a busy machine).
START_TIMEOUT_S = float(os.environ.get("BOT_TEST_SERVER_START_S", "600"))

pytestmark = [pytest.mark.trained_model, pytest.mark.browser]


def _missing(message: str) -> None:
    if os.environ.get("BOT_REQUIRE_SERVICES") == "1":
        pytest.fail(message)
    pytest.skip(message)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_http(url: str, process: subprocess.Popen, log: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url}: server exited ({process.returncode}):\n{_tail(log)}")
        try:
            if httpx.get(url, timeout=2).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(1)
    raise RuntimeError(f"{url}: not up after {timeout:.0f}s:\n{_tail(log)}")


def _die_with_parent() -> None:
    """Linux: the servers get SIGTERM when the test process dies without its clean-up."""
    with contextlib.suppress(Exception):
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6").prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _tail(log: Path, lines: int = 40) -> str:
    try:
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


@pytest.fixture(scope="module")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    if not MODEL.is_file():
        _missing(f"no trained Rasa model at {MODEL} (make train, or set BOT_TEST_RASA_MODEL)")
    if not (shutil.which(CHROMIUM) and shutil.which(CHROMEDRIVER)):
        _missing(f"no {CHROMIUM} / {CHROMEDRIVER} (apt-get install chromium chromium-driver)")
    from cryptography.fernet import Fernet

    tmp = tmp_path_factory.mktemp("browser")
    rasa_port, actions_port, console_port = free_port(), free_port(), free_port()
    app_db = f"sqlite:///{tmp / 'app.db'}"
    tracker_db = tmp / "tracker.db"
    api_token = secrets.token_urlsafe(24)
    env = {
        **os.environ,
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "RASA_TELEMETRY_ENABLED": "false",
        "TF_CPP_MIN_LOG_LEVEL": "2",
        "PYTHONWARNINGS": "ignore::DeprecationWarning",
        "BOT_DATABASE_URL": app_db,
        "BOT_PRIVACY_TRACKER_DB_URL": f"sqlite:///{tracker_db}",
        "MINSHENG_DATA_KEY": Fernet.generate_key().decode(),
        "MINSHENG_ACTION_TOKEN": secrets.token_urlsafe(24),
        "MINSHENG_MODEL_TOKEN": secrets.token_urlsafe(24),
        "MINSHENG_SESSION_KEY": secrets.token_urlsafe(24),
        "MINSHENG_OPERATOR_TOKEN": secrets.token_urlsafe(24),
        "MINSHENG_API_TOKEN": api_token,
        "MINSHENG_OPERATOR_PASSWORD": OPERATOR_PASSWORD,
        # operators on duty whenever CI runs, and a wait long enough for the operator to take it
        "BOT_HANDOVER_AGENT_HOURS_START": "00:00",
        "BOT_HANDOVER_AGENT_HOURS_END": "23:59",
        "BOT_HANDOVER_WAIT_TIMEOUT_S": "900",
        "BOT_CONSOLE_RASA_URL": f"http://127.0.0.1:{rasa_port}",
    }
    env.pop("BOT_DB_URL", None)
    endpoints = yaml.safe_load((PROJECT_ROOT / "endpoints.yml").read_text(encoding="utf-8"))
    endpoints["action_endpoint"]["url"] = f"http://127.0.0.1:{actions_port}/webhook"
    endpoints["tracker_store"]["db"] = str(tracker_db)
    endpoints["tracker_store"].pop("dev_key_file", None)
    (tmp / "endpoints.yml").write_text(yaml.safe_dump(endpoints), encoding="utf-8")
    python = sys.executable
    rasa = str(Path(python).with_name("rasa"))

    def run(args: list[str], **kwargs: Any) -> subprocess.CompletedProcess:
        return subprocess.run(args, cwd=PROJECT_ROOT, env=env, check=True, **kwargs)

    run([python, "-m", "bot", "kb", "build", "--db", app_db], capture_output=True)
    run(
        [
            python,
            "-m",
            "bot",
            "console",
            "create-operator",
            "--username",
            "zhang",
            "--display-name",
            "张敏",
        ],
        capture_output=True,
    )
    processes: list[tuple[subprocess.Popen, Any]] = []

    def start(name: str, args: list[str]) -> tuple[subprocess.Popen, Path]:
        log = tmp / f"{name}.log"
        handle = log.open("wb")
        process = subprocess.Popen(
            args,
            cwd=PROJECT_ROOT,
            env=env,
            stdout=handle,
            stderr=subprocess.STDOUT,
            preexec_fn=_die_with_parent,
        )
        processes.append((process, handle))
        return process, log

    try:
        actions = start("actions", [python, "-m", "actions.server", "--port", str(actions_port)])
        rasa_server = start(
            "rasa",
            [
                rasa,
                "run",
                "--model",
                str(MODEL),
                "--enable-api",
                f"--auth-token={api_token}",
                "--endpoints",
                str(tmp / "endpoints.yml"),
                "--credentials",
                "credentials.yml",
                "--port",
                str(rasa_port),
                "--interface",
                "127.0.0.1",
            ],
        )
        console = start(
            "console", [python, "-m", "bot", "console", "serve", "--port", str(console_port)]
        )
        _wait_http(f"http://127.0.0.1:{console_port}/healthz", *console, timeout=START_TIMEOUT_S)
        _wait_http(f"http://127.0.0.1:{actions_port}/health", *actions, timeout=START_TIMEOUT_S)
        _wait_http(f"http://127.0.0.1:{rasa_port}/", *rasa_server, timeout=START_TIMEOUT_S)
        yield {
            "chat": f"http://127.0.0.1:{rasa_port}/chat/",
            "console": f"http://127.0.0.1:{console_port}",
            "logs": tmp,
            "app_db": app_db,
        }
    finally:
        for process, _handle in processes:
            process.terminate()
        for process, handle in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
            handle.close()


@pytest.fixture(scope="module")
def browser(servers: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900",
        "--lang=zh-CN",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
    ):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def wait_for(condition: Callable[[], Any], timeout: float, what: str) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(Exception):
            value = condition()
            if value:
                return value
        time.sleep(0.3)
    raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")


class ChatPage:
    """The citizen's tab."""

    def __init__(self, driver: Any, handle: str) -> None:
        self.driver = driver
        self.handle = handle

    def focus(self) -> None:
        self.driver.switch_to.window(self.handle)

    def css(self, selector: str) -> list[Any]:
        from selenium.webdriver.common.by import By

        return self.driver.find_elements(By.CSS_SELECTOR, selector)

    def replies(self) -> list[str]:
        return [e.text for e in self.css('[data-testid="msg-bot"], [data-testid="msg-operator"]')]

    def say(self, text: str, *, expect: Callable[[list[str]], Any] | None = None) -> list[str]:
        """Type ``text``, send it, and wait for the new bot messages (until ``expect`` holds)."""
        self.focus()
        before = len(self.replies())
        box = self.css('[data-testid="chat-input"]')[0]
        box.clear()
        box.send_keys(text)
        self.css('[data-testid="chat-send"]')[0].click()
        return self.wait_new(before, expect, what=f"a reply to {text!r}")

    def wait_new(
        self,
        before: int,
        expect: Callable[[list[str]], Any] | None,
        *,
        what: str,
        timeout: float = 60,
    ) -> list[str]:
        def arrived() -> list[str] | None:
            new = self.replies()[before:]
            if not new:
                return None
            if expect is not None and not expect(new):
                return None
            time.sleep(0.5)  # a multi-part reply: let the rest arrive
            return self.replies()[before:]

        return wait_for(arrived, timeout, what)


def _complaint_answer(prompt: str) -> str | None:
    """What the citizen answers to each question of the complaint form."""
    if "工单号" in prompt and TICKET_ID.search(prompt):
        return None
    # the read-back names every field: it is recognised first
    if "核对" in prompt or "是否正确" in prompt or "对吗" in prompt or "确认" in prompt:
        return "是的，没问题"
    if "描述" in prompt or "发生了什么" in prompt:
        return "小区门口的路灯坏了一个多月了，晚上特别黑"
    if "哪个区" in prompt:
        return "南湖区"
    if "地址" in prompt:
        return "湖滨东路36号阳光小区"
    if "电话" in prompt:
        return "13800138000"
    return None


def test_citizen_and_operator_in_a_real_browser(servers: dict[str, Any], browser: Any) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    RESULTS.mkdir(parents=True, exist_ok=True)
    driver = browser
    try:
        # --- the citizen: a question with a cited answer ------------------------------------
        driver.get(servers["chat"])
        chat = ChatPage(driver, driver.current_window_handle)
        session_id = wait_for(
            lambda: chat.css('[data-testid="session-id"]')[0].get_attribute("textContent").strip(),
            30,
            "the web chat session id",
        )
        for ok in chat.css('[data-testid="privacy-ok"]'):
            if ok.is_displayed():
                ok.click()
        chat.say(
            "第一次申领社保卡需要带哪些材料？",
            expect=lambda _: chat.css('[data-testid="source-link"]'),
        )
        assert chat.css('[data-testid="source-link"]'), chat.replies()

        # --- a complaint through the form, ending with a ticket id --------------------------
        replies = chat.say("我要投诉")
        ticket_id = None
        for _ in range(8):
            prompt = replies[-1]
            found = TICKET_ID.search("\n".join(replies))
            if found:
                ticket_id = found.group()
                break
            answer = _complaint_answer(prompt)
            assert answer is not None, f"unexpected complaint-form prompt: {replies}"
            replies = chat.say(answer)
        assert ticket_id, f"no ticket id in {chat.replies()}"

        # --- asking for a person -------------------------------------------------------------
        before = len(chat.replies())
        chat.css('[data-testid="handoff-button"]')[0].click()
        chat.wait_new(before, lambda new: any("人工" in t for t in new), what="the hand-over reply")

        # --- the operator: sign in, take the conversation, reply ----------------------------
        driver.switch_to.new_window("tab")
        console_tab = driver.current_window_handle

        def console_css(selector: str) -> list[Any]:
            return driver.find_elements(By.CSS_SELECTOR, selector)

        driver.get(servers["console"] + "/login")
        console_css('[data-testid="login-username"]')[0].send_keys("zhang")
        console_css('[data-testid="login-password"]')[0].send_keys(OPERATOR_PASSWORD)
        console_css('[data-testid="login-submit"]')[0].click()
        # the click does not wait for the navigation: the next get() would abort the sign-in
        wait_for(
            lambda: driver.current_url.endswith("/queue") and console_css('[data-testid="logout"]'),
            30,
            "the signed-in queue page",
        )
        row = f'[data-testid="queue-row"][data-conversation-id="{session_id}"]'

        def queued() -> list[Any]:
            driver.get(servers["console"] + "/queue")
            return console_css(row)

        rows = wait_for(queued, 30, "the conversation in the operator queue")
        assert "市民要求转人工" in rows[0].text
        assert "13800138000" not in driver.page_source  # an operator sees phones masked
        driver.save_screenshot(str(RESULTS / "console-queue.png"))
        rows[0].find_element(By.CSS_SELECTOR, '[data-testid="queue-open"]').click()
        console_css('[data-testid="take"]')[0].click()
        wait_for(lambda: console_css('[data-testid="reply-text"]'), 15, "the reply box")
        reply = "您好，我是12345热线坐席张敏。您反映的路灯问题已登记，我们会尽快派单处理。"
        console_css('[data-testid="reply-text"]')[0].send_keys(reply)
        console_css('[data-testid="reply-send"]')[0].click()
        wait_for(
            lambda: "回复已发送" in driver.page_source, 15, "the console's delivery confirmation"
        )
        driver.save_screenshot(str(RESULTS / "console-conversation.png"))

        # --- the citizen sees the operator's reply -----------------------------------------
        chat.focus()
        operator_lines = wait_for(
            lambda: [e.text for e in chat.css('[data-testid="msg-operator"]') if reply in e.text],
            30,
            "the operator's reply on the web chat page",
        )
        assert operator_lines
        driver.set_window_size(430, 900)  # a phone-sized screenshot of the chat
        driver.save_screenshot(str(RESULTS / "webchat.png"))
        driver.set_window_size(1280, 900)

        # --- the operator hands back and closes the ticket ------------------------------------
        driver.switch_to.window(console_tab)
        console_css('[data-testid="handback"]')[0].click()
        wait_for(lambda: "已交还智能助手" in driver.page_source, 15, "the hand-back")
        steps = [("已派单", "南湖区城市管理局"), ("处理中", ""), ("已办结", "")]
        for status, department in steps:
            driver.get(f"{servers['console']}/tickets/{ticket_id}")
            Select(console_css('[data-testid="status-select"]')[0]).select_by_value(status)
            if department:
                field = console_css('[data-testid="status-department"]')[0]
                field.clear()
                field.send_keys(department)
            console_css('[data-testid="status-note"]')[0].send_keys(f"坐席测试：{status}")
            console_css('[data-testid="status-submit"]')[0].click()
            wait_for(
                lambda s=status: console_css('[data-testid="ticket-status"]')[0].text == s,
                15,
                f"ticket status {status}",
            )
        assert console_css('[data-testid="ticket-audit"]')
        driver.save_screenshot(str(RESULTS / "console-ticket.png"))

        # --- the citizen asks for the ticket: 已办结 -----------------------------------------
        replies = chat.say(
            f"查询工单{ticket_id}的进度", expect=lambda new: any(ticket_id in t for t in new)
        )
        assert any("已办结" in t for t in replies), replies
        driver.save_screenshot(str(RESULTS / "webchat-ticket.png"))
    except BaseException:
        with contextlib.suppress(Exception):
            driver.save_screenshot(str(RESULTS / "failure.png"))
        for name in ("rasa", "actions", "console"):
            print(f"--- {name}.log ---\n{_tail(servers['logs'] / f'{name}.log')}")
        raise
