"""custom_components/action_calls.py: Rasa's check of action-server replies, compiled once; the
static fallbacks of actions that replaced a static response.

The patched check must accept and reject exactly what Rasa's own ``jsonschema.validate`` call
does, with the same error, and build its validator (and check the schema) once, not per call.
"""

from __future__ import annotations

import asyncio
import copy
from collections.abc import Iterator

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction
from rasa.shared.exceptions import RasaException

import custom_components.action_calls as action_calls
from bot.admission import TurnAdmission
from bot.settings import PROJECT_ROOT

VALID = [
    {"events": [], "responses": []},
    {
        "events": [
            {"event": "slot", "name": "district", "value": "南湖区", "timestamp": None},
            {"event": "active_loop", "name": None},
            {"event": "followup", "name": "action_listen"},
        ],
        "responses": [
            {"text": "好的", "buttons": [{"title": "是", "payload": "/affirm"}], "custom": {}},
            {"response": "utter_ask_phone", "image": None},
        ],
    },
    {"events": [{"event": "reset_slots"}]},
    {},
]
INVALID = [
    {"events": "not a list"},
    {"events": [{"event": "slot"}]},  # a slot event needs its name
    {"events": [{"event": "no_such_event"}]},
    {"events": [{"name": "district"}]},  # no event type
    {"responses": "好的"},
    {"responses": ["好的"]},
    [],
    "好的",
]


@pytest.fixture()
def patched() -> Iterator[None]:
    action_calls.install()
    yield
    action_calls.uninstall()


def rasa_outcome(result: object) -> tuple[str, list[object]] | None:
    """What Rasa's own method does with ``result``: None (valid) or (message, path)."""
    action_calls.uninstall()
    try:
        RemoteAction("action_x", None)._validate_action_result(copy.deepcopy(result))
    except ValidationError as e:
        return e.message, list(e.absolute_path)
    return None


@pytest.mark.parametrize("result", VALID)
def test_valid_replies_pass_like_rasas_check(result: dict) -> None:
    assert rasa_outcome(result) is None
    action_calls.install()
    try:
        assert RemoteAction("action_x", None)._validate_action_result(result) is True
    finally:
        action_calls.uninstall()


@pytest.mark.parametrize("result", INVALID)
def test_invalid_replies_fail_with_rasas_error(result: object) -> None:
    expected = rasa_outcome(result)
    assert expected is not None
    action_calls.install()
    try:
        with pytest.raises(ValidationError) as caught:
            RemoteAction("action_x", None)._validate_action_result(copy.deepcopy(result))
    finally:
        action_calls.uninstall()
    assert (caught.value.message, list(caught.value.absolute_path)) == expected
    assert caught.value.message.endswith(action_calls.HINT)


def test_schema_is_checked_once_per_class(patched: None, monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[dict] = []
    real = action_calls.validator_for

    def counting(schema: dict):  # type: ignore[no-untyped-def]
        built.append(schema)
        return real(schema)

    monkeypatch.setattr(action_calls, "validator_for", counting)
    monkeypatch.setattr(action_calls, "_validators", {})
    monkeypatch.setattr(action_calls, "_dispatch", {})
    spec = RemoteAction.action_response_format_spec()
    action = RemoteAction("action_x", None)
    for _ in range(5):
        action._validate_action_result(VALID[1])
    with pytest.raises(ValidationError):
        action._validate_action_result(INVALID[0])
    assert sum(schema == spec for schema in built) == 1
    shortcut = len(built)  # the full schema, then one per event branch and the responses
    action._validate_action_result(VALID[1])
    assert len(built) == shortcut and len(action_calls._dispatch) == 1

    class StricterAction(RemoteAction):
        @staticmethod
        def action_response_format_spec() -> dict:
            spec = RemoteAction.action_response_format_spec()
            return {**spec, "required": ["events"]}

    with pytest.raises(ValidationError):
        StricterAction("action_y", None)._validate_action_result({"responses": []})
    # its own schema, not the base class's validator; no shortcut for a top-level "required"
    assert sum(schema == {**spec, "required": ["events"]} for schema in built) == 1
    assert not action_calls._dispatch[StricterAction].usable


def test_install_is_idempotent_and_reversible() -> None:
    original = RemoteAction._validate_action_result
    try:
        action_calls.install()
        action_calls.install()
        assert RemoteAction._validate_action_result is action_calls.validate_action_result
        assert RemoteAction.run is action_calls.run_released
        action_calls.uninstall()
        assert RemoteAction._validate_action_result is action_calls._original
        assert RemoteAction.run is action_calls._original_run
    finally:
        RemoteAction._validate_action_result = original  # type: ignore[method-assign]
        RemoteAction.run = action_calls._original_run  # type: ignore[method-assign]


async def test_a_slow_action_call_gives_the_turns_place_to_a_waiting_turn(monkeypatch) -> None:
    admission = TurnAdmission(concurrent=1, max_waiting=10)
    seen: list[tuple[str, int]] = []

    async def action_server_call(self, *args, **kwargs):  # noqa: ANN001, ANN202
        await asyncio.sleep(0.2 if self.name() == "action_slow" else 0)
        seen.append((self.name(), admission.stats().running))
        return [self.name()]

    monkeypatch.setattr(action_calls, "_original_run", action_server_call)
    monkeypatch.setattr(action_calls, "_release_after", 0.05)
    async with admission.turn():
        quick = await action_calls.run_released(RemoteAction("action_quick", None), None)
        slow = await action_calls.run_released(RemoteAction("action_slow", None), None)
        assert admission.stats().running == 1  # the place is the turn's again
    # the quick call kept its place; the slow one gave it away while it waited
    assert seen == [("action_quick", 1), ("action_slow", 0)]
    assert (quick, slow) == (["action_quick"], ["action_slow"])
    assert admission.stats().running == 0


async def test_a_cancelled_turn_cancels_its_action_call(monkeypatch) -> None:
    admission = TurnAdmission(concurrent=1, max_waiting=10)
    cancelled = asyncio.Event()

    async def action_server_call(self, *args, **kwargs):  # noqa: ANN001, ANN202
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            cancelled.set()
            raise

    monkeypatch.setattr(action_calls, "_original_run", action_server_call)
    monkeypatch.setattr(action_calls, "_release_after", 0.01)

    async def turn() -> None:
        async with admission.turn():
            await action_calls.run_released(RemoteAction("action_slow", None), None)

    task = asyncio.get_running_loop().create_task(turn())
    await asyncio.sleep(0.05)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await asyncio.wait_for(cancelled.wait(), 1)
    assert admission.stats().running == 0


@pytest.fixture(scope="module")
def hotline_domain():
    from rasa.shared.core.domain import Domain

    return Domain.load(str(PROJECT_ROOT / "domain.yml"))


async def _call(action: str, domain, monkeypatch, error: Exception) -> list:
    from rasa.core.channels.channel import CollectingOutputChannel
    from rasa.core.nlg import TemplatedNaturalLanguageGenerator
    from rasa.shared.core.trackers import DialogueStateTracker

    async def failing_call(self, *args, **kwargs):  # noqa: ANN001, ANN202
        raise error

    monkeypatch.setattr(action_calls, "_original_run", failing_call)
    monkeypatch.setattr(action_calls, "_release_after", 1.0)
    nlg = TemplatedNaturalLanguageGenerator(domain.responses)
    tracker = DialogueStateTracker("caller", domain.slots)
    return await action_calls.run_released(
        RemoteAction(action, None), CollectingOutputChannel(), nlg, tracker, domain
    )


@pytest.mark.parametrize(
    ("action", "response"),
    [
        ("action_out_of_scope", "utter_out_of_scope"),
        ("action_clarify_or_handoff", "utter_ask_rephrase"),
    ],
)
async def test_action_server_down_sends_the_static_fallback(
    hotline_domain, monkeypatch, action: str, response: str
) -> None:
    from rasa.shared.core.events import BotUttered

    down = RasaException(f"Failed to execute custom action '{action}'. Couldn't connect")
    events = await _call(action, hotline_domain, monkeypatch, down)
    [event] = events
    assert isinstance(event, BotUttered)
    texts = {r["text"] for r in hotline_domain.responses[response]}
    assert event.text in texts
    assert action_calls.STATIC_FALLBACKS[action] == response


async def test_actions_without_a_fallback_and_form_rejections_still_fail(
    hotline_domain, monkeypatch
) -> None:
    from rasa.core.actions.action import ActionExecutionRejection

    down = RasaException("Couldn't connect")
    with pytest.raises(RasaException):
        await _call("action_answer_question", hotline_domain, monkeypatch, down)
    rejected = ActionExecutionRejection("action_out_of_scope")
    with pytest.raises(ActionExecutionRejection):
        await _call("action_out_of_scope", hotline_domain, monkeypatch, rejected)


def test_every_static_fallback_is_a_domain_response_of_a_domain_action(hotline_domain) -> None:
    for action, response in action_calls.STATIC_FALLBACKS.items():
        assert action in hotline_domain.user_actions
        assert response in hotline_domain.responses


def _rasa_events() -> list[dict]:
    """One event of every kind Rasa's schema names, as Rasa serialises them."""
    from rasa.shared.core import events as ev

    made = [
        ev.UserUttered("你好", {"name": "greet", "confidence": 0.9}, [{"entity": "x", "value": 1}]),
        ev.ActionExecuted("utter_greet", policy="RulePolicy", confidence=1.0),
        ev.SlotSet("district", "南湖区"),
        ev.EntitiesAdded([{"entity": "district", "value": "南湖区"}]),
        ev.ReminderCancelled(name="r"),
        ev.ActionExecutionRejected("action_x"),
        ev.LoopInterrupted(True),
        ev.ActiveLoop("complaint_form"),
        ev.AllSlotsReset(),
        ev.ConversationResumed(),
        ev.ConversationPaused(),
        ev.FollowupAction("action_listen"),
        ev.StoryExported(),
        ev.Restarted(),
        ev.ActionReverted(),
        ev.UserUtteranceReverted(),
        ev.BotUttered("好的", {"buttons": []}),
        ev.SessionStarted(),
        ev.AgentUttered("人工", None),
    ]
    return [event.as_dict() for event in made]


def _mutations(event: dict) -> Iterator[object]:
    """Variants of a valid event, most of them invalid somewhere."""
    yield {**event, "timestamp": "yesterday"}
    yield {**event, "metadata": []}
    yield {**event, "event": event["event"].upper()}
    yield {**event, "event": ["slot"]}
    yield {**event, "name": 5}
    yield {key: value for key, value in event.items() if key != "name"}
    yield {**event, "value": None, "entities": "x", "policy": 3, "confidence": "high"}
    yield {**event, "parse_data": {"intent": {"name": 1}, "entities": [{"entity": "x"}]}}
    yield {**event, "hide_rule_turn": "no", "text": 3}
    yield [event]


def test_the_event_shortcut_agrees_with_the_full_schema() -> None:
    """EventDispatch says "valid" only for what the full schema accepts, and for every valid
    Rasa event; everything else is left to the full validator (same error as before)."""
    spec = RemoteAction.action_response_format_spec()
    full = action_calls.validator_for(spec)(spec)
    dispatch = action_calls.EventDispatch(spec)
    assert dispatch.usable
    events = _rasa_events()
    replies: list[object] = [*VALID, *INVALID, {"events": events, "responses": [{"text": "x"}]}]
    for event in events:
        replies.append({"events": [event]})
        replies += [{"events": [mutated]} for mutated in _mutations(event)]
        replies += [{"events": [event, mutated]} for mutated in _mutations(event)]
    replies += [{"events": [None]}, {"events": [1]}, {"events": events, "responses": {}}]
    vouched = 0
    for reply in replies:
        expected = full.is_valid(reply)
        if dispatch.valid(reply):
            vouched += 1
            assert expected, reply
        else:
            assert (
                not expected or reply in VALID[3:]
            ), reply  # {} and bare dicts are fine either way
    assert all(dispatch.valid({"events": [event]}) for event in events)
    assert vouched >= len(events) + 2
