"""Errors every generation back-end raises, so callers (actions, the NLG rephraser, the HTTP
server) handle one set of types whichever back-end the settings chose."""

from __future__ import annotations


class LLMError(Exception):
    """Base class of every error raised by :mod:`bot.llm`."""


class LLMConfigError(LLMError, ValueError):
    """A generation setting has a value we cannot use; the message names the field and value."""


class InvalidGenerationRequest(LLMError, ValueError):
    """The request itself is malformed (empty messages, bad sampling value, unknown role).

    ``param`` names the offending field, so the HTTP server can answer OpenAI-style."""

    def __init__(self, message: str, param: str | None = None) -> None:
        super().__init__(message)
        self.param = param


class ChatTemplateMissing(LLMError):
    """The tokenizer has no chat template, so chat messages cannot be rendered into a prompt."""


class BackendUnavailable(LLMError):
    """The back-end cannot serve requests now (connection refused, server error, bad response)."""


class EngineOverloaded(BackendUnavailable):
    """The request queue is full: raised at once instead of queueing without bound."""


class GenerationTimeout(LLMError, TimeoutError):
    """The request did not finish within its timeout (queue wait included)."""
