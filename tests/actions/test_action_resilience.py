"""With the database gone mid-conversation every action still answers, and the conversation goes
on when it is back; a retried form submission returns its first ticket or booking.

The database is made unavailable three ways: a SQLite file replaced by a directory (and put back),
a PostgreSQL URL on a closed port, and (with BOT_TEST_POSTGRES_URL) a real PostgreSQL behind a
TCP proxy that is stopped and started again, which also kills every pooled connection.
"""

from __future__ import annotations

import copy
import datetime as dt
import shutil
import socket
import threading
import time

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from actions import runtime as runtime_module
from actions.answer_question import ActionAnswerQuestion
from actions.appointment import ActionSubmitAppointment, ValidateAppointmentForm
from actions.complaint import ActionAskComplaintConfirmed, ActionSubmitComplaint
from actions.emergency import ActionEmergency
from actions.fallback import ActionClarifyOrHandoff
from actions.handoff import ActionHandoff
from actions.runtime import BUSY_TEXT, Runtime, build_runtime
from actions.ticket_status import ActionCheckTicket
from bot.settings import load_settings
from bot.tickets.models import Appointment, Ticket

# Saturday 2026-11-28, 10:00 in Asia/Shanghai (as in conftest.py): inside agent hours.
MORNING = dt.datetime(2026, 11, 28, 2, 0, tzinfo=dt.timezone.utc)
# Saturday 2026-11-28, 23:30 in Asia/Shanghai: outside agent hours, so a hand-over with a phone
# wants to store a call-back ticket (the database is needed).
NIGHT = dt.datetime(2026, 11, 28, 15, 30, tzinfo=dt.timezone.utc)
SLOTS_RESET = [
    SlotSet("complaint_description", None),
    SlotSet("district", None),
    SlotSet("address", None),
    SlotSet("phone_number", None),
    SlotSet("complaint_confirmed", None),
]
# Every action that touches the database, with a tracker it runs on. Each must answer.
DATABASE_ACTIONS = [
    (ActionSubmitComplaint, "submit_complaint"),
    (ActionAskComplaintConfirmed, "ask_complaint_confirmed"),
    (ActionCheckTicket, "check_ticket"),
    (ActionSubmitAppointment, "submit_appointment"),
    (ActionHandoff, "handoff_with_phone"),
    (ActionHandoff, "handoff_during_complaint"),
    (ActionClarifyOrHandoff, "fallback_second"),
    (ActionAnswerQuestion, "fallback_first"),
]


def _runtime(url: str, now: dt.datetime = MORNING, **database) -> Runtime:
    settings = load_settings(
        env={}, database={"url": url, "retry_after_s": 0, **database}, appointment_capacity=2
    )
    return build_runtime(settings, clock=lambda: now)


def _texts(dispatcher: CollectingDispatcher) -> list[str]:
    return [m.get("text") or "" for m in dispatcher.messages]


async def _run(action, tracker: Tracker, domain) -> tuple[list, list[str]]:
    dispatcher = CollectingDispatcher()
    events = await action.run(dispatcher, tracker, domain)
    return events, _texts(dispatcher)


async def _every_action_answers(runtime: Runtime, domain, tracker) -> None:
    for action_class, fixture in DATABASE_ACTIONS:
        _, texts = await _run(action_class(runtime), tracker(fixture), domain)
        assert texts and all(texts), (action_class.__name__, fixture, texts)
    # Validation accepts the date (the booking re-checks it); the form then asks its next question.
    events, texts = await _run(
        ValidateAppointmentForm(runtime), tracker("appointment_date_text"), domain
    )
    assert (events, texts) == ([SlotSet("appointment_date", "2026-11-30")], [])
    # Emergencies never need the database (nor the runtime at all).
    # (The number itself went out before, as the static utter_emergency; the action adds its
    # payload.)
    dispatcher = CollectingDispatcher()
    await ActionEmergency().run(dispatcher, tracker("emergency_fire_during_complaint"), domain)
    assert "119" in dispatcher.messages[0]["custom"]["emergency"]["numbers"]


def _with_turn(tracker: Tracker, message_id: str) -> Tracker:
    """The same tracker, as if the confirming "是的" had been a later, separate message."""
    state = copy.deepcopy(tracker.current_state())
    users = [e for e in state["events"] if e.get("event") == "user"]
    users[-1]["message_id"] = message_id
    return Tracker.from_dict(state)


def _count(runtime: Runtime, model) -> int:
    with Session(runtime.engine) as session:
        return session.execute(select(func.count()).select_from(model)).scalar_one()


async def test_sqlite_file_gone_mid_conversation_and_back(tmp_path, domain, tracker) -> None:
    path = tmp_path / "hotline.db"
    runtime = _runtime(f"sqlite:///{path}")
    events, texts = await _run(ActionSubmitComplaint(runtime), tracker("submit_complaint"), domain)
    assert events == SLOTS_RESET and texts[0].startswith("已为您登记，工单号：GD202611280001。")

    # The file disappears (a directory in its place: SQLite cannot open it).
    runtime.database.dispose()
    shutil.move(path, tmp_path / "away.db")
    path.mkdir()
    await _every_action_answers(runtime, domain, tracker)
    # A new submission during the outage keeps the slots and offers a person.
    events, texts = await _run(
        ActionSubmitComplaint(runtime), _with_turn(tracker("submit_complaint"), "m-2"), domain
    )
    assert events == [SlotSet("handoff_reason", "ticket_store_error")]
    assert "已为您保留" in texts[0]

    path.rmdir()
    shutil.move(tmp_path / "away.db", path)
    # Back: the retried first submission returns its ticket, the second files a new one.
    events, texts = await _run(ActionSubmitComplaint(runtime), tracker("submit_complaint"), domain)
    assert events == SLOTS_RESET and "工单号：GD202611280001。" in texts[0]
    events, texts = await _run(
        ActionSubmitComplaint(runtime), _with_turn(tracker("submit_complaint"), "m-2"), domain
    )
    assert events == SLOTS_RESET and "工单号：GD202611280002。" in texts[0]
    assert _count(runtime, Ticket) == 2


async def test_process_started_while_the_database_was_down(tmp_path, domain, tracker) -> None:
    # The folder of the SQLite file is a file: nothing can be opened or migrated.
    blocker = tmp_path / "data"
    blocker.write_text("not a folder")
    runtime = _runtime(f"sqlite:///{blocker / 'hotline.db'}")
    assert not runtime.database.ready
    await _every_action_answers(runtime, domain, tracker)

    blocker.unlink()
    blocker.mkdir()
    events, texts = await _run(ActionSubmitComplaint(runtime), tracker("submit_complaint"), domain)
    assert events == SLOTS_RESET and "工单号：GD202611280001。" in texts[0]
    assert runtime.database.ready


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


async def test_postgresql_on_a_closed_port_answers_every_turn_fast(domain, tracker) -> None:
    url = f"postgresql+psycopg2://minsheng:minsheng@127.0.0.1:{_closed_port()}/minsheng"
    runtime = _runtime(url, now=NIGHT, connect_timeout_s=2)
    started = time.monotonic()
    await _every_action_answers(runtime, domain, tracker)
    _, texts = await _run(ActionHandoff(runtime), tracker("handoff_with_phone"), domain)
    assert "12345" in texts[0]  # no call-back ticket could be stored: the hotline instead
    assert time.monotonic() - started < 10 * 2


async def test_an_unbuildable_runtime_gets_the_busy_reply_and_is_retried(
    tmp_path, monkeypatch, domain, tracker
) -> None:
    settings_file = tmp_path / "minsheng.yml"
    settings_file.write_text("appointment_capacity: -1\n", encoding="utf-8")  # invalid
    monkeypatch.setenv("BOT_SETTINGS", str(settings_file))
    monkeypatch.setenv("BOT_DB_URL", f"sqlite:///{tmp_path / 'env.db'}")
    runtime_module.reset_runtime()
    try:
        events, texts = await _run(ActionSubmitComplaint(), tracker("submit_complaint"), domain)
        assert (events, texts) == ([], [BUSY_TEXT])
        events, texts = await _run(ActionHandoff(), tracker("handoff_with_phone"), domain)
        assert (events, texts) == ([], [BUSY_TEXT])
        assert runtime_module.current_runtime() is None  # the failure is not cached

        settings_file.write_text("appointment_capacity: 2\n", encoding="utf-8")
        events, texts = await _run(ActionCheckTicket(), tracker("check_ticket"), domain)
        assert texts and texts != [BUSY_TEXT]
        assert runtime_module.current_runtime() is not None
    finally:
        runtime_module.reset_runtime()


async def test_a_retried_appointment_submission_returns_the_first_booking(
    runtime, domain, tracker
) -> None:
    first_events, first = await _run(
        ActionSubmitAppointment(runtime), tracker("submit_appointment"), domain
    )
    again_events, again = await _run(
        ActionSubmitAppointment(runtime), tracker("submit_appointment"), domain
    )
    assert first[0].startswith("预约成功！预约号：YY202612010001。")
    assert again == first and again_events == first_events
    assert _count(runtime, Appointment) == 1


async def test_the_per_phone_limit_is_answered_clearly(make_runtime, domain, tracker) -> None:
    runtime = make_runtime()
    limit = runtime.settings.appointment_max_open_per_phone
    days = ["2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04"][: limit + 1]
    for n, day in enumerate(days):
        state = copy.deepcopy(tracker("submit_appointment").current_state())
        state["slots"]["appointment_date"] = day
        events, texts = await _run(
            ActionSubmitAppointment(runtime), _with_turn(Tracker.from_dict(state), f"m-{n}"), domain
        )
        if n < limit:
            assert texts[0].startswith("预约成功！"), texts
        else:
            assert events == [SlotSet("appointment_date", None)]
            assert texts == [
                f"该手机号已有{limit}个尚未办理的预约，每个手机号最多同时保留{limit}个预约。"
                "请按已有预约前往办理；如需改约，请先致电"
                f"{runtime.centres['南湖区'].phone}取消不需要的预约。"
            ]
    assert _count(runtime, Appointment) == limit


class _Proxy:
    """A TCP proxy to a real server that can be stopped (killing every connection) and started."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.port = _closed_port()
        self._listener: socket.socket | None = None
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()

    def start(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(16)
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def stop(self) -> None:
        with self._lock:
            for sock in [self._listener, *self._sockets]:
                if sock is not None:
                    try:
                        sock.shutdown(socket.SHUT_RDWR)
                    except OSError:
                        pass
                    sock.close()
            self._sockets.clear()
            self._listener = None

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target, timeout=5)
            with self._lock:
                self._sockets += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass


async def test_postgresql_stopped_mid_conversation_and_back(postgres_url, domain, tracker) -> None:
    from sqlalchemy.engine import make_url

    real = make_url(postgres_url)
    proxy = _Proxy((real.host or "127.0.0.1", real.port or 5432))
    proxy.start()
    runtime = _runtime(str(real.set(host="127.0.0.1", port=proxy.port)), connect_timeout_s=2)
    try:
        with runtime.engine.begin() as connection:  # a clean slate for this day's tickets
            connection.execute(Ticket.__table__.delete().where(Ticket.id.like("GD20261128%")))
            connection.exec_driver_sql(
                "DELETE FROM sequence_counters WHERE key IN ('GD20261128', 'YY20261201')"
            )
            connection.execute(
                Appointment.__table__.delete().where(Appointment.date == dt.date(2026, 12, 1))
            )
        _, texts = await _run(ActionSubmitComplaint(runtime), tracker("submit_complaint"), domain)
        assert "工单号：GD202611280001。" in texts[0]

        proxy.stop()  # the server is gone, and with it every pooled connection
        await _every_action_answers(runtime, domain, tracker)

        proxy.start()
        _, texts = await _run(ActionSubmitComplaint(runtime), tracker("submit_complaint"), domain)
        assert "工单号：GD202611280001。" in texts[0]  # pre-ping replaced the dead connections
        _, texts = await _run(
            ActionSubmitComplaint(runtime), _with_turn(tracker("submit_complaint"), "m-2"), domain
        )
        assert "工单号：GD202611280002。" in texts[0]
    finally:
        proxy.stop()
        runtime.database.dispose()
