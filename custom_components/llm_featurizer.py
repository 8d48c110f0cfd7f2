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

from pathlib import Path
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

from bot.nlu.encoder import (
    ModelNotFoundError,
    TextEncoder,
    align_to_spans,
    get_encoder,
    model_dir_hash,
)

INFERENCE_ATTRIBUTES = (TEXT, ACTION_TEXT)


# The LLM encoder's settings, shared by LLMFeaturizer and LLMIntentClassifier (checked by
# `validate_model_config`, used by `load_encoder`).
ENCODER_DEFAULTS: dict[str, Any] = {
    # Local Hugging Face model folder (config.json + weights + fast tokenizer), relative to
    # the directory `rasa` runs in. Fine-tuned minsheng models and plain hub models both
    # work; nothing is downloaded.
    "model_path": "models/hotline-tiny",
    # Texts per forward pass.
    "batch_size": 32,
    # "auto" (CUDA when available, else CPU), "cpu", "cuda" or "cuda:N".
    "device": "auto",
    # Weights' dtype: float32, float16 or bfloat16 (half precision only on GPU).
    "dtype": "float32",
    # torch CPU threads (process-wide); null keeps torch's default. On a busy machine a
    # small model is far faster with 1 (13 ms vs 270 ms per message measured on 2
    # oversubscribed cores).
    "cpu_threads": None,
}


def validate_model_config(name: str, config: dict[str, Any]) -> None:
    """Shared checks of ``model_path``, ``batch_size``, ``device``, ``dtype``."""
    if not config.get("model_path"):
        raise InvalidConfigException(f"{name}: 'model_path' (a local model folder) is required")
    batch_size = config.get("batch_size")
    if not isinstance(batch_size, int) or batch_size < 1:
        raise InvalidConfigException(
            f"{name}: 'batch_size' must be a positive int, got " f"{batch_size!r}"
        )
    if config.get("dtype") not in ("float32", "float16", "bfloat16"):
        raise InvalidConfigException(
            f"{name}: 'dtype' must be float32, float16 or bfloat16, " f"got {config.get('dtype')!r}"
        )
    threads = config.get("cpu_threads")
    if threads is not None and (not isinstance(threads, int) or threads < 1):
        raise InvalidConfigException(
            f"{name}: 'cpu_threads' must be null or a positive int, got {threads!r}"
        )
    if not isinstance(config.get("device"), str) or not config["device"]:
        raise InvalidConfigException(
            f"{name}: 'device' must be 'auto', 'cpu', 'cuda' or "
            f"'cuda:N', got {config.get('device')!r}"
        )


def load_encoder(name: str, config: dict[str, Any]) -> TextEncoder:
    """The process-wide encoder for ``model_path``; a missing model is a config error."""
    if config.get("cpu_threads"):
        import torch

        # Process-wide: torch has one intra-op thread pool.
        torch.set_num_threads(int(config["cpu_threads"]))
    try:
        return get_encoder(Path(config["model_path"]), config["device"], config["dtype"])
    except ModelNotFoundError as e:
        raise InvalidConfigException(f"{name}: {e}") from e


def model_fingerprint(config: dict[str, Any]) -> str:
    """Content hash of ``model_path`` (a marker if it is missing: ``create`` reports that)."""
    try:
        return model_dir_hash(Path(config["model_path"]))
    except (ModelNotFoundError, KeyError, TypeError) as e:
        return f"missing:{e}"


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
        validate_model_config(cls.__name__, config)

    @classmethod
    def fingerprint_addon(cls, config: dict[str, Any]) -> str | None:
        """Content hash of the model folder, so `rasa train` retrains when the model changes."""
        return model_fingerprint({**cls.get_default_config(), **config})

    def __init__(self, config: dict[str, Any], execution_context: ExecutionContext) -> None:
        super().__init__(execution_context.node_name or self.__class__.__name__, config)
        self._encoder = load_encoder(self.__class__.__name__, config)
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
        todo = [m for m in messages if m.get(attribute)]
        if not todo:
            return
        encoded = self._encoder.encode([m.get(attribute) for m in todo], self._batch_size)
        for message, enc in zip(todo, encoded, strict=True):
            tokens = message.get(TOKENS_NAMES[attribute]) or []
            sequence = (
                align_to_spans(enc.hidden, enc.offsets, [(t.start, t.end) for t in tokens])
                if tokens
                else np.zeros((0, self.dim), np.float32)
            )
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
