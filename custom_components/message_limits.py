"""Cap each message's length at the start of the NLU pipeline, and answer cut messages politely.

``MessageLengthLimiter`` goes FIRST in config.yml (before the tokenizer): it cuts the text to
``settings.limits.max_message_chars`` characters and ``max_message_tokens`` estimated tokens so that Jieba, the featurizers and DIET (attention quadratic
in tokens) never see a 100,000-character message, and records
``input_limits = {"original_length": n, "truncated": bool}`` in the parse data. The whole text stays
on the message under ``untruncated_text`` (not in the parse data). A cut message's reply is decided
(``message_too_long``), so NLU reads only its first ``nlu_chars`` characters
(``settings.limits.cut_message_nlu_chars``): DIET on a short head holds Rasa's event loop, which
every caller shares, far less than on the whole head. The part cut off is still read
for emergencies: the emergency detector runs over every sentence of the whole message
(:func:`bot.input_limits.find_in_segments`, linear, each distinct sentence once), and when one
sentence is an emergency the text NLU reads is that sentence instead of the message's head, so
EmergencyGate (which runs the same detector on the text) answers it like a short message.
``input_limits`` then also says ``emergency_sentence: true`` (never the text).

Our REST and socket.io channels do this cut and scan before Rasa, off the event loop
(:class:`bot.input_limits.InboundLimiter`), and put their record into the message metadata under
``input_limits``; this component takes it as its own (the text it gets is already short), so the
replies are the same. It stays for every other way into NLU (``rasa shell``, the HTTP API).

``MessageLengthResponder`` goes after FallbackClassifier and before PolicyGuard / EmergencyGate: a
cut message gets intent ``message_too_long`` (reply ``utter_message_too_long``), which the safety
components after it can still outvote.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.exceptions import InvalidConfigException
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, METADATA, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.input_limits import (
    INPUT_LIMITS,
    MESSAGE_TOO_LONG,
    asks_about_message_length,
    channel_record,
    read_message,
)
from bot.nlu.intent_override import decided_ranking, demoted_ranking
from bot.safety.emergency import detect_emergency
from bot.settings import load_settings
from custom_components.rasa_speedups import install as install_rasa_speedups

UNTRUNCATED_TEXT = "untruncated_text"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER], is_trainable=False)
class MessageLengthLimiter(GraphComponent):
    """Cuts message text to a maximum length before any other component reads it."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """The component's default config."""
        return {
            # Characters kept per message; null reads settings.limits.max_message_chars (1000),
            # so operators change it in minsheng.yml without retraining.
            "max_chars": None,
            # Estimated tokens kept per message (bot.input_limits.token_cut); null reads
            # settings.limits.max_message_tokens (600).
            "max_tokens": None,
            # Characters of a cut message that NLU reads (its reply is decided: asked to split
            # it); null reads settings.limits.cut_message_nlu_chars (150).
            "nlu_chars": None,
        }

    def __init__(self, config: dict[str, Any]) -> None:
        # The first component Rasa loads: the moment to cache Rasa's per-turn graph and event
        # bookkeeping for this process (custom_components/rasa_speedups.py).
        install_rasa_speedups()
        limits = None
        if any(config.get(key) is None for key in ("max_chars", "max_tokens", "nlu_chars")):
            limits = load_settings().limits
        self.max_chars: int = self._positive_int(
            config, "max_chars", limits.max_message_chars if limits else None
        )
        self.max_tokens: int = self._positive_int(
            config, "max_tokens", limits.max_message_tokens if limits else None
        )
        self.nlu_chars: int = self._positive_int(
            config, "nlu_chars", limits.cut_message_nlu_chars if limits else None
        )

    def _positive_int(self, config: dict[str, Any], key: str, default: int | None) -> int:
        """``config[key]`` (or ``default`` when it is null), refused unless a positive integer."""
        value = config.get(key)
        if value is None:
            value = default
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise InvalidConfigException(
                f"{self.__class__.__name__}: '{key}' must be a positive integer or null, "
                f"got {value!r}"
            )
        return value

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> MessageLengthLimiter:
        """Creates the component (nothing to train or load)."""
        return cls({**cls.get_default_config(), **config})

    def _limit(self, message: Message, scan: bool) -> None:
        text = message.get(TEXT)
        if not isinstance(text, str):
            return
        read = read_message(
            text,
            self.max_chars,
            self.max_tokens,
            detect_emergency if scan else None,
            nlu_chars=self.nlu_chars,
        )
        record = read.record
        if read.truncated:
            message.set(UNTRUNCATED_TEXT, text)
            message.set(TEXT, read.text)
        # Our input channels cut a long message before Rasa (bot.input_limits.InboundLimiter)
        # and say so in the metadata: their record (the original length, an emergency sentence
        # found in what they cut off) is the one that counts.
        channel = channel_record(message.get(METADATA), text) if scan else None
        if channel is not None:
            record = {
                **channel,
                **({"emergency_sentence": True} if read.emergency_sentence else {}),
            }
        message.set(INPUT_LIMITS, record, add_to_output=True)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Cuts training examples the same way, so training sees what inference sees."""
        for example in training_data.training_examples:
            if example.get(TEXT) is not None:
                self._limit(example, scan=False)
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        """Cuts each message's text and records its original length."""
        for message in messages:
            self._limit(message, scan=True)
        return messages


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class MessageLengthResponder(GraphComponent):
    """Sets intent ``message_too_long`` on messages MessageLengthLimiter cut, and demotes the
    classifiers' ``message_too_long`` on a message that does not talk about message length ("有时间
    限制吗" is a follow-up about a service, not "有字数限制吗")."""

    @classmethod
    def required_components(cls) -> list[type]:
        """Reads the ``input_limits`` that MessageLengthLimiter records."""
        return [MessageLengthLimiter]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """The component's default config (nothing to configure)."""
        return {}

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> MessageLengthResponder:
        """Creates the component (nothing to train or load)."""
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        """Overrides the intent of cut messages; demotes an unfounded message_too_long."""
        for message in messages:
            ranking = message.get(INTENT_RANKING_KEY) or []
            if (message.get(INPUT_LIMITS) or {}).get("truncated"):
                top, ranking = decided_ranking(ranking, MESSAGE_TOO_LONG)
            elif (message.get(INTENT) or {}).get("name") == MESSAGE_TOO_LONG and not (
                asks_about_message_length(message.get(TEXT))
            ):
                demoted = demoted_ranking(ranking, MESSAGE_TOO_LONG)
                if demoted is None:
                    continue
                ranking = demoted
                top = {"name": demoted[0]["name"], "confidence": demoted[0]["confidence"]}
            else:
                continue
            message.set(INTENT, top, add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        return messages
