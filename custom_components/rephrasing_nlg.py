"""``RephrasingNLG``: domain responses, rephrased by the LLM where the domain asks for it.

Renders every response exactly as Rasa's ``TemplatedNaturalLanguageGenerator`` does (variations,
conditions, channels, slot interpolation). A response variation marked in ``domain.yml`` with
``metadata: {rephrase: true}`` is then rephrased (:func:`bot.generation.rephrase.rephrase_response`)
with only names as context: the user's last intent and the response's name. What the citizen
typed never reaches the prompt, and responses with slot placeholders (which would carry typed
values) are never rephrased. The template text is sent unchanged on a back-end error, a timeout,
or a rephrasing that the grounding check rejects against the template (an added or dropped fact,
a promise or approval, a flipped negation). Everything else (buttons, custom payloads) is kept as
rendered.

Enable it in ``endpoints.yml``::

    nlg:
      type: custom_components.rephrasing_nlg.RephrasingNLG
      # optional, all default to minsheng.yml:
      settings: minsheng.yml   # settings file with the llm: / generation: mappings
      timeout_s: 5             # per-rephrasing budget (default: generation.timeout_s)

and mark responses to rephrase in ``domain.yml``::

    utter_greet:
      - text: "您好，这里是示例市12345政务服务便民热线智能助手。……"
        metadata:
          rephrase: true

Rephrasing is on only when ``minsheng.yml`` has an ``llm:`` mapping and ``generation.rephrase``
is not false; otherwise this class behaves exactly like the default template NLG.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

from rasa.core.nlg import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from bot.appointments import load_centres
from bot.generation.config import GenerationSettings
from bot.generation.engines import engine_within
from bot.generation.rephrase import RephraseContext, may_rephrase, rephrase_response
from bot.llm import Engine, LLMConfig, llm_config_from_settings
from bot.settings import load_settings
from custom_components.action_calls import install as install_action_reply_validator

logger = logging.getLogger(__name__)

REPHRASE_KEY = "rephrase"


def wants_rephrase(response: dict[str, Any]) -> bool:
    metadata = response.get("metadata") or {}
    return bool(isinstance(metadata, dict) and metadata.get(REPHRASE_KEY) is True)


def rephrase_context(utter_action: str, tracker: DialogueStateTracker) -> RephraseContext:
    """Names only: the user's last intent and the response's name (never message text)."""
    intent = (tracker.latest_message.intent or {}).get("name") if tracker.latest_message else None
    return RephraseContext(intent=intent, response=utter_action)


class RephrasingNLG(TemplatedNaturalLanguageGenerator):
    """Rasa's template NLG plus LLM rephrasing of flagged responses.

    It subclasses ``TemplatedNaturalLanguageGenerator`` on purpose: ``rasa run`` builds the NLG
    before the model (and its domain) is loaded and afterwards fills in ``responses`` only on
    instances of that class, so a plain ``NaturalLanguageGenerator`` would have no responses at all
    in a running server.
    """

    def __init__(
        self,
        endpoint_config: EndpointConfig | None = None,
        domain: Domain | None = None,
        engine: Engine | None = None,
        generation: GenerationSettings | None = None,
    ) -> None:
        """``engine`` and ``generation`` are for tests and embedding; Rasa passes only the first
        two, and settings are then read from ``minsheng.yml`` (or the ``settings`` key)."""
        # The Rasa server creates its NLG once: the moment to compile the action-reply schema.
        install_action_reply_validator()
        domain = domain or Domain.empty()
        super().__init__(domain.responses)
        options = dict(endpoint_config.kwargs) if endpoint_config else {}
        self._llm_config: LLMConfig | None = None
        if generation is None:
            settings_path = options.get("settings")
            settings = load_settings(Path(settings_path) if settings_path else None)
            generation = settings.generation
            if generation.rephrase_enabled:
                self._llm_config = llm_config_from_settings(settings)
        self.generation = generation
        self.timeout_s = float(options.get("timeout_s", generation.timeout_s))
        self._engine = engine
        self._offices = [centre.name for centre in load_centres().values()]

    async def _get_engine(self) -> Engine | None:
        if self._engine is None and self._llm_config is not None:
            # The first call may load a model: keep the event loop free, bound the wait.
            self._engine = await engine_within(self._llm_config, self.timeout_s)
        return self._engine

    async def generate(
        self,
        utter_action: str,
        tracker: DialogueStateTracker,
        output_channel: str,
        **kwargs: Any,
    ) -> dict[str, Any] | None:
        response = await super().generate(utter_action, tracker, output_channel, **kwargs)
        if not response or not response.get("text") or not wants_rephrase(response):
            return response
        if not self.generation.rephrase_enabled:
            return response
        variations = self.responses.get(utter_action) or []
        if not all(may_rephrase(v.get("text") or "") for v in variations if v.get("text")):
            return response  # slot values are the citizen's text: never in a prompt
        try:
            engine = await self._get_engine()
        except asyncio.TimeoutError:
            logger.warning("generation engine still loading; sending the template text")
            return response
        except Exception:  # noqa: BLE001 - a broken engine must never cost the user a reply
            logger.exception("cannot create the generation engine; sending the template text")
            return response
        if engine is None:
            return response
        result = await rephrase_response(
            engine,
            response["text"],
            rephrase_context(utter_action, tracker),
            timeout_s=self.timeout_s,
            known_offices=self._offices,
        )
        return {**response, "text": result.text}
