"""Trained safety classifiers kept on disk, keyed by the exact training data.

The emergency and policy classifiers are small scikit-learn models trained on a few thousand
examples (about 30 s together on one core). ``load_or_train`` trains one once and stores it under
``models/safety/<name>-<key>.pkl``, where ``key`` hashes the examples, the model's parameters and
the scikit-learn version: any change to the data or the code's parameters gives a new key, so a
stale model is never read, and a server start or a test run after ``make build``
(``python -m bot.safety.model_cache``) loads the file in well under a second.

The files are written by this project into its own ``models/`` folder (the same trust as the Rasa
model, which is also a pickle); an unreadable or missing file is simply retrained, and a read-only
folder only costs the training time.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import pickle
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

logger = logging.getLogger(__name__)

CACHE_DIR = Path(__file__).resolve().parents[2] / "models" / "safety"
T = TypeVar("T")


def cache_key(name: str, examples: Sequence[tuple[str, str]], params: dict[str, object]) -> str:
    """A hash of everything the trained model depends on."""
    try:
        import sklearn

        sklearn_version = sklearn.__version__
    except ImportError:  # the caller's training fails the same way
        sklearn_version = "none"
    digest = hashlib.sha256()
    header = {"name": name, "params": params, "sklearn": sklearn_version}
    digest.update(json.dumps(header, sort_keys=True, ensure_ascii=False).encode("utf-8"))
    for text, label in examples:
        digest.update(f"{label}\t{text}\n".encode())
    return digest.hexdigest()[:20]


def source_hash(obj: object) -> str:
    """A hash of a class's source code: a model stored by older code is not read."""
    import inspect

    return hashlib.sha256(inspect.getsource(obj).encode("utf-8")).hexdigest()[:16]  # type: ignore[arg-type]


def load_or_train(
    name: str,
    examples: Sequence[tuple[str, str]],
    params: dict[str, object],
    train: Callable[[], T],
    cache_dir: Path = CACHE_DIR,
) -> T:
    """The model stored for exactly these examples and params, else ``train()`` (then stored)."""
    path = cache_dir / f"{name}-{cache_key(name, examples, params)}.pkl"
    if path.is_file():
        try:
            with path.open("rb") as handle:
                model = pickle.load(handle)  # noqa: S301 - our own file, see the module docstring
            logger.info("safety model %s loaded from %s", name, path.name)
            return model
        except Exception as error:  # noqa: BLE001 - a damaged cache file is retrained
            logger.warning("safety model %s: cache file unreadable (%s), retraining", name, error)
    model = train()
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        for old in cache_dir.glob(f"{name}-*.pkl"):  # models of earlier data are dropped
            old.unlink(missing_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cache_dir, suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(model, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: a concurrent reader never sees half a file
    except OSError as error:
        logger.warning("safety model %s not cached: %s", name, error)
    return model


def main() -> int:
    """Train (or confirm) both classifiers for the current data: run by ``make build``."""
    from bot.safety.emergency import emergency_classifier
    from bot.safety.policy import default_classifier

    emergency_classifier()
    default_classifier()
    print(f"safety classifiers ready in {CACHE_DIR}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
