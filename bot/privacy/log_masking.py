"""Mask phones, resident IDs and bank cards in every log record a process creates.

Our own code logs ids and reasons, never citizens' text. Rasa and rasa_sdk are not ours: at DEBUG
Rasa logs user messages, parse data and every slot value (through structlog, which renders into
the standard ``logging`` module), and database errors can quote values. So each server process
masks records as they are created:

- the Rasa server: ``custom_components/__init__.py`` (imported for the tracker store, the NLG and
  the NLU components, before the first message is handled);
- the action server: ``actions/__init__.py`` (imported by ``rasa run actions --actions actions``).

:func:`install_log_masking` wraps the log-record factory, so every handler and every logger sees
masked records, including handlers added later. :class:`PIIMaskingFilter` does the same as a
``logging.Filter`` for setups that configure handlers themselves (``logging.config`` files).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from bot.privacy.masking import mask_text

_MARK = "_minsheng_pii_masking"


def mask_record(record: logging.LogRecord) -> logging.LogRecord:
    """Replace the record's message (with its arguments merged in) and traceback by masked text."""
    try:
        message = record.getMessage()
    except Exception:  # a broken format string: leave it to the handler to report
        message = None
    if message is not None:
        masked = mask_text(message)
        if masked != message:
            record.msg, record.args = masked, None
    if record.exc_info and not record.exc_text:
        record.exc_text = mask_text(logging.Formatter().formatException(record.exc_info))
    elif record.exc_text:
        record.exc_text = mask_text(record.exc_text)
    if record.stack_info:
        record.stack_info = mask_text(record.stack_info)
    return record


class PIIMaskingFilter(logging.Filter):
    """A handler/logger filter that masks personal identifiers and never drops a record."""

    def filter(self, record: logging.LogRecord) -> bool:
        mask_record(record)
        return True


def install_log_masking() -> None:
    """Mask every log record this process creates from now on (idempotent)."""
    current = logging.getLogRecordFactory()
    if getattr(current, _MARK, False):
        return

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        return mask_record(current(*args, **kwargs))

    setattr(factory, _MARK, True)
    factory.wrapped = current
    logging.setLogRecordFactory(factory)


def uninstall_log_masking() -> None:
    """Undo :func:`install_log_masking` (tests)."""
    current: Callable[..., logging.LogRecord] = logging.getLogRecordFactory()
    while getattr(current, _MARK, False):
        current = current.wrapped  # type: ignore[attr-defined]
    logging.setLogRecordFactory(current)
