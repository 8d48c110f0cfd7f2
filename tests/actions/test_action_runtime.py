"""The per-process runtime: lazy, built once, pointed at the database by BOT_DB_URL."""

from __future__ import annotations

import sys

from sqlalchemy import inspect

from actions import runtime as runtime_module


def test_runtime_is_built_once_from_the_environment(tmp_path, monkeypatch) -> None:
    url = f"sqlite:///{tmp_path / 'env.db'}"
    monkeypatch.setenv("BOT_DB_URL", url)
    monkeypatch.setenv("BOT_SETTINGS", str(tmp_path / "absent.yml"))
    runtime_module.reset_runtime()
    try:
        first = runtime_module.get_runtime()
        assert first is runtime_module.get_runtime()
        assert str(first.engine.url) == url
        assert {"tickets", "ticket_events", "appointments"} <= set(
            inspect(first.engine).get_table_names()
        )  # migrated on first use
        assert first.now().tzinfo is not None
    finally:
        runtime_module.reset_runtime()


def test_importing_the_actions_package_touches_no_database(monkeypatch) -> None:
    runtime_module.reset_runtime()
    for name in [m for m in sys.modules if m == "actions" or m.startswith("actions.")]:
        monkeypatch.delitem(sys.modules, name)
    from rasa_sdk.executor import ActionExecutor

    import actions.runtime

    executor = ActionExecutor()
    executor.register_package("actions")
    assert actions.runtime.current_runtime() is None
    names = set(executor.actions)
    assert {
        "validate_complaint_form",
        "action_ask_complaint_confirmed",
        "action_submit_complaint",
        "validate_ticket_form",
        "action_check_ticket",
        "validate_appointment_form",
        "action_submit_appointment",
        "action_handoff",
        "action_emergency",
        "action_cancel_task",
        "action_clarify_or_handoff",
    } <= names
