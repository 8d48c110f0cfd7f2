"""A light intent head on sentence vectors: standardisation + multinomial logistic regression.

Trained in seconds inside ``rasa train`` when the LLM's own intent head does not cover the
assistant's intents. Logistic regression minimises log loss, so its probabilities are calibrated
in the usual sense (they match observed frequencies on data like the training data), which is
what fallback thresholds need. Saved as plain arrays (``.npz``) plus JSON, never as a pickle.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ARRAYS_FILE = "intent_head.npz"
META_FILE = "intent_head.json"


def softmax(logits: np.ndarray) -> np.ndarray:
    """Row-wise softmax in float64 (rows sum to 1 within 1e-12)."""
    z = logits.astype(np.float64)
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


@dataclass
class LightIntentHead:
    labels: list[str]
    mean: np.ndarray  # [dim]
    scale: np.ndarray  # [dim]
    coef: np.ndarray  # [n_labels, dim] (or [1, dim] for two labels, sklearn's binary form)
    intercept: np.ndarray

    @classmethod
    def fit(
        cls,
        features: np.ndarray,
        labels: Sequence[str],
        c: float = 1.0,
        max_iter: int = 1000,
        seed: int = 42,
    ) -> LightIntentHead:
        """Fits on ``features`` [n, dim]; a single label gives a constant head."""
        from sklearn.linear_model import LogisticRegression

        if len(features) != len(labels) or not len(labels):
            raise ValueError(
                f"need as many labels as feature rows (>0), got {len(features)} "
                f"rows and {len(labels)} labels"
            )
        x = np.asarray(features, dtype=np.float64)
        mean = x.mean(axis=0)
        scale = x.std(axis=0)
        scale[scale < 1e-8] = 1.0
        classes = sorted(set(labels))
        dim = x.shape[1]
        if len(classes) == 1:
            return cls(classes, mean, scale, np.zeros((1, dim)), np.zeros(1))
        model = LogisticRegression(
            C=c, max_iter=max_iter, multi_class="multinomial", random_state=seed
        )
        model.fit((x - mean) / scale, list(labels))
        return cls(list(model.classes_), mean, scale, model.coef_.copy(), model.intercept_.copy())

    def predict_proba(self, features: np.ndarray) -> np.ndarray:
        """Probabilities [n, n_labels] in ``labels`` order."""
        x = (np.atleast_2d(np.asarray(features, dtype=np.float64)) - self.mean) / self.scale
        if len(self.labels) == 1:
            return np.ones((len(x), 1))
        logits = x @ self.coef.T + self.intercept
        if logits.shape[1] == 1:
            # sklearn's multinomial binary form: one decision d, probabilities softmax(-d, d).
            logits = np.concatenate([-logits, logits], axis=1)
        return softmax(logits)

    def save(self, directory: Path) -> None:
        directory = Path(directory)
        np.savez(
            directory / ARRAYS_FILE,
            mean=self.mean,
            scale=self.scale,
            coef=self.coef,
            intercept=self.intercept,
        )
        (directory / META_FILE).write_text(
            json.dumps({"labels": self.labels}, ensure_ascii=False), "utf-8"
        )

    @classmethod
    def load(cls, directory: Path) -> LightIntentHead:
        directory = Path(directory)
        meta = json.loads((directory / META_FILE).read_text("utf-8"))
        with np.load(directory / ARRAYS_FILE) as arrays:
            return cls(
                list(meta["labels"]),
                arrays["mean"],
                arrays["scale"],
                arrays["coef"],
                arrays["intercept"],
            )
