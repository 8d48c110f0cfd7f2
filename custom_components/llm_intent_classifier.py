"""Intent classification with the fine-tuned LLM: calibrated confidences for fallback thresholds.

A thin adapter over :mod:`bot.nlu.encoder` and :mod:`bot.nlu.intent_head`.

- If the model folder has a fine-tuned intent head (``heads.json``) whose labels are exactly the
  training data's intents, the head's softmax is used as is ("head" mode).
- Otherwise a light multinomial logistic-regression head is trained on the model's sentence
  vectors inside ``rasa train`` ("light" mode); ``prefer_head: false`` forces this.

Only the light head (arrays + labels) and a reference to the model (path + content hash) are
persisted, never the LLM's weights. Loading a model whose LLM folder has changed since training is
refused (the light head would read vectors from another model); ``rasa train`` retrains because
the content hash is in the fingerprint.

``process`` sets ``intent`` and ``intent_ranking`` with every intent, sorted, confidences summing
to 1. Placed after another intent classifier (DIET), it combines both distributions instead of
overwriting them: a weighted geometric mean (product of experts), ``p ∝ p_prev^(1-w) · p_llm^w``
with ``w = llm_weight`` (0.5 by default: both equal; 1.0: the LLM alone). Intents missing from
the earlier ranking (DIET keeps its top ``ranking_length``) share its leftover probability
(:mod:`bot.nlu.experts`).
The sentence vectors come from the process-wide encoder cache, so with ``LLMFeaturizer`` on the
same model the LLM runs once per message.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.exceptions import InvalidConfigException
from rasa.shared.nlu.constants import (
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.cpu_threads import apply_cpu_threads
from bot.nlu.encoder import TextEncoder, model_dir_hash
from bot.nlu.encoder_config import (
    ENCODER_DEFAULTS,
    EncoderConfigError,
    check_encoder_config,
    encoder_from_config,
    model_fingerprint,
)
from bot.nlu.experts import combine_with_previous
from bot.nlu.intent_head import LightIntentHead, softmax

logger = logging.getLogger(__name__)

REFERENCE_FILE = "llm_reference.json"
MODE_HEAD = "head"
MODE_LIGHT = "light"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class LLMIntentClassifier(GraphComponent, IntentClassifier):
    """Intent + full intent ranking from the fine-tuned head or a light head on LLM vectors."""

    @staticmethod
    def required_packages() -> list[str]:
        """Import names: Rasa imports them to validate the pipeline."""
        return ["torch", "transformers", "sklearn"]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """The component's default config."""
        return {
            **ENCODER_DEFAULTS,
            # Use the model's own intent head when its labels equal the training data's intents;
            # false always trains the light head.
            "prefer_head": True,
            # Inverse L2 regularisation strength of the light head (scikit-learn's C).
            "light_head_c": 1.0,
            # Iterations of the light head's solver (lbfgs).
            "light_head_max_iter": 1000,
            # Seed of the light head's solver.
            "random_seed": 42,
            # Weight w of this classifier against an earlier one's intent_ranking (DIET):
            # p ∝ p_prev^(1-w) · p_llm^w. 1.0 ignores the earlier ranking; without one, p_llm.
            "llm_weight": 0.5,
        }

    @classmethod
    def fingerprint_addon(cls, config: dict[str, Any]) -> str | None:
        """Content hash of the model folder, so `rasa train` retrains when the model changes."""
        return model_fingerprint({**cls.get_default_config(), **config})

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        mode: str | None = None,
        labels: list[str] | None = None,
        light_head: LightIntentHead | None = None,
    ) -> None:
        try:
            check_encoder_config(config)
        except EncoderConfigError as e:
            raise InvalidConfigException(f"{self.__class__.__name__}: {e}") from e
        c = config.get("light_head_c")
        if not isinstance(c, int | float) or c <= 0:
            raise InvalidConfigException(
                f"{self.__class__.__name__}: 'light_head_c' must be > 0, got {c!r}"
            )
        w = config.get("llm_weight")
        if isinstance(w, bool) or not isinstance(w, int | float) or not 0.0 < w <= 1.0:
            raise InvalidConfigException(
                f"{self.__class__.__name__}: 'llm_weight' must be in (0, 1], got {w!r}"
            )
        self._config = config
        self._model_storage = model_storage
        self._resource = resource
        apply_cpu_threads()  # once per process (the tracker store usually did it already)
        try:
            self._encoder: TextEncoder = encoder_from_config(config)
        except EncoderConfigError as e:
            raise InvalidConfigException(f"{self.__class__.__name__}: {e}") from e
        self._mode = mode
        self._labels = labels or []
        self._light_head = light_head
        self._columns: list[int] | None = None

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> LLMIntentClassifier:
        """An untrained classifier (training)."""
        return cls({**cls.get_default_config(), **config}, model_storage, resource)

    @property
    def mode(self) -> str | None:
        """``head`` (the fine-tuned intent head), ``light`` (trained here) or None (untrained)."""
        return self._mode

    def train(self, training_data: TrainingData) -> Resource:
        """Chooses the head; trains and persists the light head when needed."""
        examples = [
            m for m in training_data.intent_examples if m.get(INTENT) and m.get(TEXT) is not None
        ]
        intents = sorted({m.get(INTENT) for m in examples})
        if not intents:
            raise InvalidConfigException(
                f"{self.__class__.__name__}: the training data has no intent examples"
            )
        head_labels = sorted(self._encoder.intent_labels) if self._encoder.has_intent_head else []
        if self._config["prefer_head"] and head_labels == intents:
            self._mode, self._labels, self._light_head = MODE_HEAD, intents, None
            logger.info(
                "%s: using the model's intent head (%d intents)",
                self.__class__.__name__,
                len(intents),
            )
        else:
            if self._encoder.has_intent_head and self._config["prefer_head"]:
                logger.info(
                    "%s: the model's intent head covers %s, the data has %s: training a light "
                    "head",
                    self.__class__.__name__,
                    head_labels,
                    intents,
                )
            features, _ = self._encoder.sentences(
                [m.get(TEXT) for m in examples], self._config["batch_size"]
            )
            self._light_head = LightIntentHead.fit(
                features,
                [m.get(INTENT) for m in examples],
                c=float(self._config["light_head_c"]),
                max_iter=int(self._config["light_head_max_iter"]),
                seed=int(self._config["random_seed"]),
            )
            self._mode, self._labels = MODE_LIGHT, list(self._light_head.labels)
        self.persist()
        return self._resource

    def persist(self) -> None:
        """Saves the mode, labels, light head and a reference (path + hash) to the model."""
        with self._model_storage.write_to(self._resource) as directory:
            reference = {
                "mode": self._mode,
                "labels": self._labels,
                "model_path": str(self._config["model_path"]),
                "model_hash": model_dir_hash(Path(self._config["model_path"])),
            }
            (Path(directory) / REFERENCE_FILE).write_text(
                json.dumps(reference, ensure_ascii=False, indent=2), "utf-8"
            )
            if self._light_head is not None:
                self._light_head.save(Path(directory))

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> LLMIntentClassifier:
        """Loads the head saved by `train`; refuses a changed LLM folder."""
        config = {**cls.get_default_config(), **config}
        try:
            with model_storage.read_from(resource) as directory:
                reference = json.loads((Path(directory) / REFERENCE_FILE).read_text("utf-8"))
                light = (
                    LightIntentHead.load(Path(directory))
                    if reference["mode"] == MODE_LIGHT
                    else None
                )
        except (ValueError, FileNotFoundError) as e:
            logger.warning(
                "%s: nothing trained in resource '%s' (%s); it will not classify.",
                cls.__name__,
                resource.name,
                e,
            )
            return cls(config, model_storage, resource)
        current = model_dir_hash(Path(config["model_path"]))
        if current != reference["model_hash"]:
            raise InvalidConfigException(
                f"{cls.__name__}: the model folder '{config['model_path']}' changed since this "
                f"assistant was trained (content hash {current[:12]} != "
                f"{reference['model_hash'][:12]}); retrain with `rasa train`."
            )
        return cls(config, model_storage, resource, reference["mode"], reference["labels"], light)

    def _head_columns(self) -> list[int]:
        """Where each of our labels is in the head's output (worked out once)."""
        if self._columns is None:
            self._columns = [self._encoder.intent_labels.index(label) for label in self._labels]
        return self._columns

    def predict(self, texts: list[str]) -> np.ndarray:
        """Probabilities [n, len(labels)] in the order of the trained labels."""
        features, head_probs = self._encoder.sentences(texts, self._config["batch_size"])
        if self._mode == MODE_HEAD:
            if head_probs is None:
                raise InvalidConfigException(
                    f"{self.__class__.__name__}: trained with the model's intent head, but "
                    f"'{self._config['model_path']}' has none"
                )
            probs = head_probs[:, self._head_columns()].astype(np.float64)
            # The head's labels are exactly ours: renormalising only removes float32 rounding.
            return probs / probs.sum(axis=1, keepdims=True)
        if self._light_head is None:
            return softmax(np.zeros((len(texts), len(self._labels))))
        return self._light_head.predict_proba(features)

    def process(self, messages: list[Message]) -> list[Message]:
        """Sets `intent` and the full, sorted `intent_ranking` (one batched pass)."""
        if not self._labels or not messages:
            return messages
        probs = self.predict([m.get(TEXT) or "" for m in messages])
        weight = float(self._config["llm_weight"])
        for message, row in zip(messages, probs, strict=True):
            row = combine_with_previous(message.get(INTENT_RANKING_KEY), self._labels, row, weight)
            order = np.argsort(-row, kind="stable")
            ranking = [
                {INTENT_NAME_KEY: self._labels[i], PREDICTED_CONFIDENCE_KEY: float(row[i])}
                for i in order
            ]
            message.set(INTENT, ranking[0], add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        return messages
