"""Rasa's check of the action server's replies, with the JSON schema compiled once per process.

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
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from jsonschema import exceptions as schema_exceptions
from jsonschema.protocols import Validator
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL

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


def reply_validator(action_class: type[RemoteAction]) -> Validator:
    """The validator of ``action_class.action_response_format_spec()``, built (and the schema
    checked against its meta-schema) on the first call for that class."""
    validator = _validators.get(action_class)
    if validator is None:
        with _lock:
            validator = _validators.get(action_class)
            if validator is None:
                schema = action_class.action_response_format_spec()
                cls = validator_for(schema)
                cls.check_schema(schema)  # what jsonschema.validate does on every call
                validator = cls(schema)
                _validators[action_class] = validator
    return validator


def validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
    """``RemoteAction._validate_action_result`` with a validator compiled once: ``True``, or
    the best-matching ``ValidationError`` (message + Rasa's hint), as ``jsonschema.validate``
    would raise it."""
    error = schema_exceptions.best_match(reply_validator(type(self)).iter_errors(result))
    if error is not None:
        error.message += HINT
        raise error
    return True


def install() -> None:
    """Use :func:`validate_action_result` for every ``RemoteAction`` of this process (once)."""
    if RemoteAction._validate_action_result is not validate_action_result:
        RemoteAction._validate_action_result = validate_action_result  # type: ignore[method-assign]
        logger.debug("action server replies: schema validator compiled once per process")


def uninstall() -> None:
    """Rasa's own method again (tests)."""
    RemoteAction._validate_action_result = _original  # type: ignore[method-assign]
