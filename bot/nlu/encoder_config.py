"""The LLM encoder's settings in a Rasa pipeline, shared by ``LLMFeaturizer`` and
``LLMIntentClassifier``: defaults (one comment each), checks, the encoder they name, and the model
folder's fingerprint. Errors are :class:`EncoderConfigError` naming the key; the components turn
them into Rasa's ``InvalidConfigException``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.model.loader import ModelLoadError, ModelNotFoundError
from bot.nlu.encoder import TextEncoder, get_encoder, model_dir_hash

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


class EncoderConfigError(ValueError):
    """An encoder setting that cannot be used, or a model folder that cannot be loaded."""


def check_encoder_config(config: dict[str, Any]) -> None:
    """Checks ``model_path``, ``batch_size``, ``device``, ``dtype`` and ``cpu_threads``."""
    if not config.get("model_path"):
        raise EncoderConfigError("'model_path' (a local model folder) is required")
    batch_size = config.get("batch_size")
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise EncoderConfigError(f"'batch_size' must be a positive int, got {batch_size!r}")
    if config.get("dtype") not in ("float32", "float16", "bfloat16"):
        raise EncoderConfigError(
            f"'dtype' must be float32, float16 or bfloat16, got {config.get('dtype')!r}"
        )
    threads = config.get("cpu_threads")
    if threads is not None and (not isinstance(threads, int) or threads < 1):
        raise EncoderConfigError(f"'cpu_threads' must be null or a positive int, got {threads!r}")
    if not isinstance(config.get("device"), str) or not config["device"]:
        raise EncoderConfigError(
            f"'device' must be 'auto', 'cpu', 'cuda' or 'cuda:N', got {config.get('device')!r}"
        )


def encoder_from_config(config: dict[str, Any]) -> TextEncoder:
    """The process-wide encoder for ``model_path`` (after ``cpu_threads`` is applied)."""
    if config.get("cpu_threads"):
        import torch

        # Process-wide: torch has one intra-op thread pool.
        torch.set_num_threads(int(config["cpu_threads"]))
    try:
        return get_encoder(Path(config["model_path"]), config["device"], config["dtype"])
    except (ModelNotFoundError, ModelLoadError) as e:
        raise EncoderConfigError(str(e)) from e


def model_fingerprint(config: dict[str, Any]) -> str:
    """Content hash of ``model_path`` (a marker if it is missing: loading reports that)."""
    try:
        return model_dir_hash(Path(config["model_path"]))
    except (ModelNotFoundError, KeyError, TypeError) as e:
        return f"missing:{e}"
