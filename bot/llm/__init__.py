"""Text generation with the hotline LLM: one :class:`Engine` interface, two back-ends.

- ``transformers``: the model in this process, one worker thread with a bounded queue and
  dynamic batching (:mod:`bot.llm.transformers_engine`).
- ``openai``: any OpenAI-compatible server over HTTP (:mod:`bot.llm.openai_engine`).

``python -m bot serve`` (:mod:`bot.llm.server`) puts the first behind the second's API.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.llm.config import LLMConfig, llm_config_from_settings
from bot.llm.engine import Engine
from bot.llm.errors import (
    BackendUnavailable,
    ChatTemplateMissing,
    EngineOverloaded,
    GenerationTimeout,
    InvalidGenerationRequest,
    LLMConfigError,
    LLMError,
)
from bot.llm.generation import (
    ChatMessage,
    GenerationRequest,
    GenerationResult,
    GenerationStream,
    SamplingParams,
)

__all__ = [
    "BackendUnavailable",
    "ChatMessage",
    "ChatTemplateMissing",
    "Engine",
    "EngineOverloaded",
    "GenerationRequest",
    "GenerationResult",
    "GenerationStream",
    "GenerationTimeout",
    "InvalidGenerationRequest",
    "LLMConfig",
    "LLMConfigError",
    "LLMError",
    "SamplingParams",
    "llm_config_from_settings",
    "make_engine",
]


def make_engine(config: LLMConfig, env: Mapping[str, str] | None = None) -> Engine:
    """The back-end ``config.backend`` names. ``env`` (default ``os.environ``) supplies the API
    key variable of the openai back-end. Heavy imports (torch) happen only for transformers."""
    if config.backend == "transformers":
        from bot.llm.transformers_engine import TransformersEngine

        return TransformersEngine(config)
    from bot.llm.openai_engine import OpenAIEngine

    return OpenAIEngine(config, env=env)
