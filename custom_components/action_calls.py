"""Calls to the action server: Rasa's check of its replies with the JSON schema compiled once per
process, and the turn's admission place given back while the action server works.

Rasa 3.6 checks every reply of the action server (``RemoteAction._validate_action_result``) with
``jsonschema.validate(result, schema)``, which first validates Rasa's whole events schema against
the JSON Schema meta-schema and builds a new validator, on every custom action call: measured
17-64 ms of CPU per call on the 2-core machine (bench/turn_profile.py, issue 13), more than the
action itself. :func:`install` replaces that method, for the Rasa server process, with one that
checks the same reply against the same schema (``action_response_format_spec()`` of the action's
class) with a validator built once, and fails the same way: the best-matching
``jsonschema.ValidationError``, its message extended with Rasa's hint, so Rasa logs it and the
action fails as before. :class:`~custom_components.rephrasing_nlg.RephrasingNLG` (the NLG of
both endpoint files) calls :func:`install` when Rasa creates it (idempotent); with another NLG the
Rasa server keeps Rasa's own, slower check.

:func:`install` also wraps ``RemoteAction.run`` (:func:`run_released`): when the action server
(and behind it the database or a generation back-end) takes longer than
``limits.release_place_after_ms`` on a turn's action, the turn's admission place goes to a
waiting turn (:meth:`bot.admission.TurnAdmission.released`), and the turn takes a place again,
ahead of turns that have not started, when the reply is there. Without this,
``limits.concurrent_turns`` turns waiting on a slow generation server would hold every place.

An action that took the place of a static response (``action_out_of_scope`` answers a service
question taken as out of scope from the knowledge base, else sends ``utter_out_of_scope``) sends
that response itself when the action server cannot be reached or fails (:data:`STATIC_FALLBACKS`),
so the caller still gets the reply a static rule gave before. A form's rejection passes through.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from typing import Any

from jsonschema import exceptions as schema_exceptions
from jsonschema.protocols import Validator
from jsonschema.validators import validator_for
from rasa.core.actions.action import ActionBotResponse, ActionExecutionRejection, RemoteAction
from rasa.shared.constants import DOCS_BASE_URL
from rasa.shared.exceptions import RasaException

from bot.admission import TurnAdmission

logger = logging.getLogger(__name__)

# Rasa's own hint, appended to the message of a reply that does not match the schema.
HINT = (
    ". Failed to validate Action server response from API, make sure your response from the "
    f"Action endpoint is valid. For more information about the format visit "
    f"{DOCS_BASE_URL}/custom-actions"
)

_validators: dict[type, Validator] = {}
_lock = threading.Lock()
_original = RemoteAction._validate_action_result
_original_run = RemoteAction.run


def _per_class(cache: dict[type, Any], action_class: type[RemoteAction], build: Any) -> Any:
    """``cache[action_class]``, made by ``build(action_class.action_response_format_spec())``
    on the first call for that class (once, whatever the threads)."""
    made = cache.get(action_class)
    if made is None:
        with _lock:
            made = cache.get(action_class)
            if made is None:
                made = build(action_class.action_response_format_spec())
                cache[action_class] = made
    return made


def _checked_validator(schema: dict[str, Any]) -> Validator:
    cls = validator_for(schema)
    cls.check_schema(schema)  # what jsonschema.validate does on every call
    return cls(schema)


def reply_validator(action_class: type[RemoteAction]) -> Validator:
    """The validator of ``action_class.action_response_format_spec()``, built (and the schema
    checked against its meta-schema) on the first call for that class."""
    return _per_class(_validators, action_class, _checked_validator)


class EventDispatch:
    """An exact shortcut for schemas whose events are a ``oneOf`` told apart by a constant
    ``event`` (Rasa's ``EVENTS_SCHEMA``): an event whose ``event`` is branch K's constant matches
    exactly one branch iff it matches the event schema with branch K alone, because every other
    branch fails on its constant. So :meth:`valid` checks each event against that one branch
    instead of all 23 (about 4 % of the Rasa server's CPU at 50 concurrent conversations, issue
    13). It only ever says "valid"; anything it cannot vouch for (an unknown event, a type it
    does not expect, an invalid event) goes to the full validator, which finds the same error
    as before."""

    def __init__(self, schema: dict[str, Any]) -> None:
        properties = schema.get("properties") or {}
        events = properties.get("events") or {}
        event_schema = events.get("items") if events.get("type") == "array" else None
        branches = (event_schema or {}).get("oneOf") or []
        self.by_event: dict[str, Validator] = {}
        self.responses: Validator | None = None
        self.usable = False
        if (
            not isinstance(event_schema, dict)
            or not branches
            or set(properties) - {"events", "responses"}
        ):
            return
        # every other keyword of the top level and of the event schema stays checked
        if set(schema) - {"type", "properties"} or schema.get("type") != "object":
            return
        base = {key: value for key, value in event_schema.items() if key != "oneOf"}
        for branch in branches:
            constant = ((branch.get("properties") or {}).get("event") or {}).get("const")
            if not isinstance(constant, str) or constant in self.by_event:
                return  # not told apart by one constant: no shortcut
            single = {**base, "allOf": [branch]}
            self.by_event[constant] = validator_for(single)(single)
        if "responses" in properties:
            self.responses = validator_for(properties["responses"])(properties["responses"])
        self.usable = True

    def valid(self, result: Any) -> bool:
        """True when ``result`` is certainly valid; False: ask the full validator."""
        if not self.usable or type(result) is not dict:
            return False
        events = result.get("events")
        if "events" in result:
            if type(events) is not list:
                return False
            for event in events:
                if type(event) is not dict:
                    return False
                name = event.get("event")
                validator = self.by_event.get(name) if type(name) is str else None
                if validator is None or not validator.is_valid(event):
                    return False
        if "responses" in result and self.responses is not None:
            return bool(self.responses.is_valid(result["responses"]))
        return True


_dispatch: dict[type, EventDispatch] = {}


def event_dispatch(action_class: type[RemoteAction]) -> EventDispatch:
    """The :class:`EventDispatch` of ``action_class.action_response_format_spec()``."""
    return _per_class(_dispatch, action_class, EventDispatch)


def validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
    """``RemoteAction._validate_action_result`` with a validator compiled once: ``True``, or
    the best-matching ``ValidationError`` (message + Rasa's hint), as ``jsonschema.validate``
    would raise it. A reply the exact shortcut (:class:`EventDispatch`) vouches for is not
    checked again."""
    if event_dispatch(type(self)).valid(result):
        return True
    error = schema_exceptions.best_match(reply_validator(type(self)).iter_errors(result))
    if error is not None:
        error.message += HINT
        raise error
    return True


# Custom actions whose reply, when the action server cannot run them, is a static response of the
# domain (the response the rules sent before the action took its place).
STATIC_FALLBACKS = {
    "action_out_of_scope": "utter_out_of_scope",
    "action_clarify_or_handoff": "utter_ask_rephrase",
}


async def run_released(self: RemoteAction, *args: Any, **kwargs: Any) -> Any:
    """:func:`_run_released`; an action of :data:`STATIC_FALLBACKS` that fails (action server
    down, an error reply) sends its static response instead (logged)."""
    try:
        return await _run_released(self, *args, **kwargs)
    except ActionExecutionRejection:
        raise
    except RasaException as error:
        response = STATIC_FALLBACKS.get(self.name())
        if response is None or len(args) < 4:
            raise
        logger.warning(
            "action %s failed (%s); sent the static %s", self.name(), type(error).__name__, response
        )
        output_channel, nlg, tracker, domain = args[:4]
        return await ActionBotResponse(response).run(output_channel, nlg, tracker, domain)


async def _run_released(self: RemoteAction, *args: Any, **kwargs: Any) -> Any:
    """``RemoteAction.run``; when the action server has not answered within
    ``limits.release_place_after_ms``, the turn's admission place goes to a waiting turn until
    the reply is there.

    A quick call keeps its place: giving it away at every call let new turns start while others
    were half done, and the tail came back (p95/p50 2.07 at 50 callers against 1.15-1.17 keeping
    it, quiet machine, issue 13). A slow one (generation, a database timing out) gives it away, so
    slow calls never hold every place of the process."""
    call = asyncio.ensure_future(_original_run(self, *args, **kwargs))
    try:
        return await asyncio.wait_for(asyncio.shield(call), _release_after_s())
    except asyncio.TimeoutError:
        async with TurnAdmission.released():
            return await call
    finally:
        if not call.done():
            call.cancel()  # the turn itself was cancelled


def _release_after_s() -> float:
    global _release_after
    if _release_after is None:
        from bot.settings import load_settings

        _release_after = load_settings().limits.release_place_after_ms / 1000
    return _release_after


_release_after: float | None = None


def install() -> None:
    """Use :func:`validate_action_result` and :func:`run_released` for every ``RemoteAction``
    of this process (once)."""
    if RemoteAction._validate_action_result is not validate_action_result:
        RemoteAction._validate_action_result = validate_action_result  # type: ignore[method-assign]
        logger.debug("action server replies: schema validator compiled once per process")
    if RemoteAction.run is not run_released:
        RemoteAction.run = run_released  # type: ignore[method-assign]


def uninstall() -> None:
    """Rasa's own methods again (tests)."""
    RemoteAction._validate_action_result = _original  # type: ignore[method-assign]
    RemoteAction.run = _original_run  # type: ignore[method-assign]
