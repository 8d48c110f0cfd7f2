"""``python -m actions.server``: rasa_sdk's action server, answering only with the shared secret."""

from __future__ import annotations

import json
import logging

import aiohttp
import pytest
import rasa_sdk

from actions.server import action_token, build_app, main
from bot.security import TOKEN_HEADER, MissingSecret

TOKEN = "action-secret-for-tests"


def cancel_call() -> dict:
    """What Rasa posts to run action_cancel_task with no form active."""
    tracker = {
        "sender_id": "web-1",
        "slots": {},
        "latest_message": {"text": "取消", "intent": {"name": "cancel"}},
        "events": [],
        "paused": False,
        "followup_action": None,
        "active_loop": {},
        "latest_action_name": "action_listen",
    }
    return {
        "next_action": "action_cancel_task",
        "sender_id": "web-1",
        "tracker": tracker,
        "domain": {},
        "version": rasa_sdk.__version__,
    }


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({}, 401),
        ({TOKEN_HEADER: "wrong"}, 401),
        ({TOKEN_HEADER: TOKEN + "x"}, 401),
        ({"Authorization": f"Bearer {TOKEN}"}, 401),  # only the project's header counts here
        ({TOKEN_HEADER: TOKEN}, 200),
    ],
)
async def test_webhook_needs_the_token(sanic_serving, headers: dict, status: int) -> None:
    async with (
        sanic_serving(build_app(TOKEN)) as url,
        aiohttp.ClientSession(headers=headers) as http,
    ):
        async with http.post(f"{url}/webhook", json=cancel_call()) as response:
            assert response.status == status
            body = await response.json()
        async with http.get(f"{url}/actions") as listed:
            assert listed.status == status
        async with http.get(f"{url}/health") as health:
            assert health.status == 200  # liveness probes need no secret
    if status == 200:
        assert [m["response"] for m in body["responses"]] == ["utter_nothing_to_cancel"]
    else:
        assert "responses" not in body and TOKEN_HEADER in body["error"]


def test_the_token_comes_from_the_environment_named_in_the_settings() -> None:
    env = {"BOT_SECURITY_ACTION_TOKEN_ENV": "MY_ACTION_SECRET", "MY_ACTION_SECRET": "s3cret"}
    assert action_token({**env, "BOT_SETTINGS": "/nonexistent.yml"}) == "s3cret"
    with pytest.raises(MissingSecret, match="MINSHENG_ACTION_TOKEN is not set"):
        action_token({"BOT_SETTINGS": "/nonexistent.yml"})
    with pytest.raises(MissingSecret):
        build_app("")


def test_the_server_does_not_start_without_the_secret(monkeypatch, capsys) -> None:
    monkeypatch.delenv("MINSHENG_ACTION_TOKEN", raising=False)
    monkeypatch.setenv("BOT_SETTINGS", "/nonexistent.yml")
    assert main(["--port", "1"]) == 2
    assert "MINSHENG_ACTION_TOKEN is not set" in capsys.readouterr().out


def test_a_typo_in_the_settings_stops_the_server_with_the_key_named(
    tmp_path, monkeypatch, capsys
) -> None:
    settings = tmp_path / "minsheng.yml"
    settings.write_text("security:\n  action_token_evn: X\n", encoding="utf-8")
    monkeypatch.setenv("BOT_SETTINGS", str(settings))
    monkeypatch.setenv("MINSHENG_ACTION_TOKEN", TOKEN)
    assert main(["--port", "1"]) == 2
    out = capsys.readouterr().out
    assert "unknown setting 'security.action_token_evn'" in out and str(settings) in out


async def test_a_failing_action_answers_500_without_echoing_the_request(
    sanic_serving, monkeypatch, caplog
) -> None:
    """rasa_sdk's own handler echoed the whole request (the tracker: citizens' messages, slots)
    in the 500 body and logged str(exception); ours answers a fixed message and logs no value."""
    phone, id_number = "13912345678", "110101199003074578"

    class FailingAction(rasa_sdk.Action):  # registered with every Action subclass imported
        def name(self) -> str:
            return "action_test_failure"

        async def run(self, dispatcher, tracker, domain):
            raise RuntimeError(f"database said: value {phone} / {id_number} rejected")

    call = cancel_call()
    call["next_action"] = "action_test_failure"
    call["tracker"]["latest_message"]["text"] = f"我的电话{phone}，身份证{id_number}"
    call["tracker"]["slots"] = {"phone": phone}
    caplog.set_level(logging.DEBUG)
    async with (
        sanic_serving(build_app(TOKEN)) as url,
        aiohttp.ClientSession(headers={TOKEN_HEADER: TOKEN}) as http,
    ):
        async with http.post(f"{url}/webhook", json=call) as response:
            assert response.status == 500
            raw = await response.text()
    assert json.loads(raw) == {"error": "internal error in the action server"}
    logged = "\n".join(r.getMessage() + str(r.exc_info or "") for r in caplog.records)
    assert "action_test_failure failed with RuntimeError" in logged
    for secret in (phone, id_number, "database said"):
        assert secret not in raw and secret not in logged


async def test_the_server_keeps_idle_connections_longer_than_rasas_client() -> None:
    """Otherwise Rasa can send a call into a connection the server is closing: no reply."""
    from rasa.utils.endpoints import EndpointConfig

    session = EndpointConfig("http://127.0.0.1:1/webhook").session()
    try:
        client_keep_alive = session.connector._keepalive_timeout  # aiohttp's idle limit
    finally:
        await session.close()
    assert build_app(TOKEN).config.KEEP_ALIVE_TIMEOUT > client_keep_alive
