"""The one loader of model folders: tokenizer, weights on a device in a dtype, task heads.

A folder is one of
- a fine-tuned minsheng model (``heads.json``, :mod:`bot.model.heads_format`): the causal LM with
  its task heads as a :class:`~bot.model.multitask.MultiTaskLM`;
- a plain causal LM (``config.json`` names a ``...ForCausalLM`` architecture): the LM alone;
- any other Hugging Face model (an encoder such as BERT): ``AutoModel``, hidden states only;
- a PEFT adapter folder (``adapter_config.json``, no ``config.json``) over a local base model: the
  base model with the adapter merged in (one plain model at inference; ``heads.json`` beside the
  adapter works as above).

Every load goes through the process-wide cache (:mod:`bot.model.cache`) keyed by resolved folder,
device and dtype, so the generation engine, complaint routing and the NLU encoder share one copy.
Loading is local-only: nothing is downloaded. Tokenizers are returned as saved (a fine-tuned
model's tokenizer carries its chat template and padding token); nothing here changes them, so a
shared tokenizer looks the same to every user.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.model.cache import shared
from bot.model.heads_format import HeadsMeta, has_heads, read_heads_meta, read_heads_weights

logger = logging.getLogger(__name__)

DTYPES = ("auto", "float32", "bfloat16", "float16")
ADAPTER_CONFIG = "adapter_config.json"


class ModelNotFoundError(FileNotFoundError):
    """The model folder is missing or holds no Hugging Face model; the message names it."""


class ModelLoadError(ValueError):
    """A device or dtype that cannot be used, or a folder of the wrong kind; names the value."""


@dataclass(frozen=True, eq=False)
class LoadedModel:
    """One model folder in memory. ``backbone`` gives hidden states for every kind of folder;
    ``lm`` is the causal LM (None for an encoder); ``multitask`` wraps ``lm`` with the task heads
    (None without ``heads.json``)."""

    path: Path
    device: Any  # torch.device
    dtype: Any  # torch.dtype
    tokenizer: Any
    backbone: Any
    lm: Any | None = None
    multitask: Any | None = None
    heads: HeadsMeta | None = None


def resolve_device(device: str) -> Any:
    """``auto``: CUDA when torch sees it, else the CPU; ``cuda`` without CUDA is an error."""
    import torch

    if device == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if str(device).startswith("cuda") and not torch.cuda.is_available():
        raise ModelLoadError(f"device {device!r} asked for, but torch sees no CUDA device")
    try:
        return torch.device(device)
    except (RuntimeError, TypeError) as e:
        raise ModelLoadError(f"unknown device {device!r}: {e}") from e


def resolve_dtype(dtype: str, device: Any) -> Any:
    """``auto``: bfloat16 on CUDA, float32 elsewhere; else the named dtype."""
    import torch

    if dtype == "auto":
        return torch.bfloat16 if device.type == "cuda" else torch.float32
    if dtype not in DTYPES:
        raise ModelLoadError(f"dtype must be one of {', '.join(DTYPES)}, got {dtype!r}")
    return getattr(torch, dtype)


def model_folder(path: str | Path) -> Path:
    """The resolved folder if it holds a Hugging Face model (``config.json``) or a PEFT adapter
    (``adapter_config.json``), else a clear error."""
    if not str(path):
        raise ModelNotFoundError("no model folder given (empty path)")
    resolved = Path(path).expanduser().resolve()
    if not resolved.is_dir():
        raise ModelNotFoundError(f"model folder {str(path)!r} is not a directory ({resolved})")
    if not (resolved / "config.json").is_file() and not (resolved / ADAPTER_CONFIG).is_file():
        raise ModelNotFoundError(
            f"model folder {str(path)!r} has no config.json (nor {ADAPTER_CONFIG}) ({resolved})"
        )
    return resolved


def adapter_base(folder: Path) -> Path | None:
    """The local base model of a PEFT adapter folder (None for a full model folder).

    ``base_model_name_or_path`` must name a local directory: as written (absolute, or relative to
    the working directory), else relative to the adapter folder. Nothing is downloaded."""
    if (folder / "config.json").is_file() or not (folder / ADAPTER_CONFIG).is_file():
        return None
    config = json.loads((folder / ADAPTER_CONFIG).read_text("utf-8"))
    name = str(config.get("base_model_name_or_path") or "")
    for candidate in (Path(name).expanduser(), folder / name):
        if name and (candidate / "config.json").is_file():
            return candidate.resolve()
    raise ModelNotFoundError(
        f"adapter {folder}: base_model_name_or_path {name!r} is not a local model folder"
    )


def is_causal_lm(folder: Path) -> bool:
    """Whether ``config.json`` names a causal-LM architecture (``...ForCausalLM``,
    ``...LMHeadModel``)."""
    config = json.loads((folder / "config.json").read_text("utf-8"))
    return any(
        arch.endswith(("ForCausalLM", "LMHeadModel")) for arch in config.get("architectures") or []
    )


def load_model(path: str | Path, device: str = "auto", dtype: str = "auto") -> LoadedModel:
    """The model in ``path`` on ``device`` in ``dtype``, loaded once per process."""
    folder = model_folder(path)
    torch_device = resolve_device(device)
    torch_dtype = resolve_dtype(dtype, torch_device)
    key = ("model", str(folder), str(torch_device), str(torch_dtype))
    return shared(key, lambda: _load(folder, torch_device, torch_dtype))


def _load(folder: Path, device: Any, dtype: Any) -> LoadedModel:
    from transformers import AutoModel, AutoModelForCausalLM, AutoTokenizer

    from bot.model.multitask import MultiTaskLM

    logger.info("Loading %s on %s (%s)", folder, device, dtype)
    base = adapter_base(folder)
    # An adapter folder may carry its own tokenizer (added tokens); else the base model's.
    has_tokenizer = (folder / "tokenizer_config.json").is_file()
    tokenizer = AutoTokenizer.from_pretrained(
        folder if base is None or has_tokenizer else base, local_files_only=True
    )
    heads = read_heads_meta(folder) if has_heads(folder) else None
    if base is not None:
        from peft import PeftModel

        lm = AutoModelForCausalLM.from_pretrained(base, dtype=dtype, local_files_only=True)
        lm = PeftModel.from_pretrained(lm, folder).merge_and_unload()
    elif heads is not None or is_causal_lm(folder):
        lm = AutoModelForCausalLM.from_pretrained(folder, dtype=dtype, local_files_only=True)
    else:
        encoder = AutoModel.from_pretrained(folder, dtype=dtype, local_files_only=True)
        encoder.to(device).eval()
        return LoadedModel(folder, device, dtype, tokenizer, encoder)
    if heads is None:
        lm.to(device).eval()
        return LoadedModel(folder, device, dtype, tokenizer, lm.base_model, lm)
    multitask = MultiTaskLM(lm, heads.labels, head_dropout=0.0)
    multitask.heads.load_state_dict(read_heads_weights(folder))
    multitask.to(device=device, dtype=dtype).eval()
    return LoadedModel(folder, device, dtype, tokenizer, multitask.backbone(), lm, multitask, heads)


def load_multitask(path: str | Path, device: str = "auto", dtype: str = "auto") -> LoadedModel:
    """:func:`load_model` for a folder that must have task heads (else a clear error)."""
    loaded = load_model(path, device, dtype)
    if loaded.multitask is None:
        raise ModelLoadError(
            f"{path} has no heads.json: not a fine-tuned minsheng model (no task heads)"
        )
    return loaded
