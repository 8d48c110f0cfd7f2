"""Dense features from a local Hugging Face model (our fine-tuned LLM by default) for DIET.

A thin adapter over :mod:`bot.nlu.encoder`. Unlike Rasa's ``LanguageModelFeaturizer`` it loads
any local PyTorch model folder, decoder LLMs (Qwen, Llama, ...) included:

- sentence feature: the mean of the last hidden states over the text's subwords (the pooling the
  fine-tuned heads were trained with);
- sequence features: one row per Rasa token (from the tokenizer earlier in the pipeline, e.g.
  Jieba), the mean of the subwords whose character offsets overlap the token;
- batched (``batch_size``), ``torch.no_grad``, on CUDA when present (``device: auto``);
- the model is loaded once per process and path (cross-validation folds share it);
- the model folder's content hash is part of the fingerprint, so ``rasa train`` retrains when
  the model changes, and only then.

Nothing is persisted: the model is referenced by ``model_path`` and must exist where the
assistant runs.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import DENSE_FEATURIZABLE_ATTRIBUTES, TOKENS_NAMES
from rasa.nlu.featurizers.dense_featurizer.dense_featurizer import DenseFeaturizer
from rasa.nlu.tokenizers.tokenizer import Tokenizer
from rasa.shared.exceptions import InvalidConfigException
from rasa.shared.nlu.constants import ACTION_TEXT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.cpu_threads import apply_cpu_threads
from bot.nlu.encoder import align_to_spans
from bot.nlu.encoder_config import (
    ENCODER_DEFAULTS,
    EncoderConfigError,
    check_encoder_config,
    encoder_from_config,
    model_fingerprint,
)

INFERENCE_ATTRIBUTES = (TEXT, ACTION_TEXT)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False)
class LLMFeaturizer(DenseFeaturizer, GraphComponent):
    """Sentence and per-token features from a local (decoder or encoder) language model."""

    @classmethod
    def required_components(cls) -> list[type]:
        """Needs tokens (and their character spans) from a tokenizer."""
        return [Tokenizer]

    @staticmethod
    def required_packages() -> list[str]:
        """Import names: Rasa imports them to validate the pipeline."""
        return ["torch", "transformers"]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """The component's default config."""
        return {
            **DenseFeaturizer.get_default_config(),
            **ENCODER_DEFAULTS,
        }

    @classmethod
    def validate_config(cls, config: dict[str, Any]) -> None:
        """Checks the config (types; the model folder is checked when loading)."""
        try:
            check_encoder_config(config)
        except EncoderConfigError as e:
            raise InvalidConfigException(f"{cls.__name__}: {e}") from e

    @classmethod
    def fingerprint_addon(cls, config: dict[str, Any]) -> str | None:
        """Content hash of the model folder, so `rasa train` retrains when the model changes."""
        return model_fingerprint({**cls.get_default_config(), **config})

    def __init__(self, config: dict[str, Any], execution_context: ExecutionContext) -> None:
        super().__init__(execution_context.node_name or self.__class__.__name__, config)
        apply_cpu_threads()  # once per process (the tracker store usually did it already)
        try:
            self._encoder = encoder_from_config(config)
        except EncoderConfigError as e:
            raise InvalidConfigException(f"{self.__class__.__name__}: {e}") from e
        self._batch_size = int(config["batch_size"])

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> LLMFeaturizer:
        """Loads (or reuses) the model named in the config."""
        return cls({**cls.get_default_config(), **config}, execution_context)

    @property
    def dim(self) -> int:
        """Feature dimension (the model's hidden size)."""
        return self._encoder.dim

    def _featurize(self, messages: list[Message], attribute: str) -> None:
        # Like Rasa's dense featurizers: a message without tokens for the attribute (no text, or
        # a text the tokenizer left empty) gets no features at all, not empty ones.
        todo = [m for m in messages if m.get(attribute) and m.get(TOKENS_NAMES[attribute])]
        if not todo:
            return
        encoded = self._encoder.encode([m.get(attribute) for m in todo], self._batch_size)
        for message, enc in zip(todo, encoded, strict=True):
            tokens = message.get(TOKENS_NAMES[attribute])
            sequence = align_to_spans(enc.hidden, enc.offsets, [(t.start, t.end) for t in tokens])
            self.add_features_to_message(
                sequence=sequence,
                sentence=enc.sentence.reshape(1, -1).astype(np.float32),
                attribute=attribute,
                message=message,
            )

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Adds features to every training example (text, response and action text)."""
        for attribute in DENSE_FEATURIZABLE_ATTRIBUTES:
            self._featurize(training_data.training_examples, attribute)
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        """Adds features to incoming messages (one batched pass per attribute)."""
        for attribute in INFERENCE_ATTRIBUTES:
            self._featurize(messages, attribute)
        return messages
