"""The task-head files beside a fine-tuned model: ``heads.safetensors`` (weights) and
``heads.json`` (format version, hidden size, pooling, input format, max length, label maps).

:func:`write_heads` is the only writer (used by :func:`bot.finetune.model.save_model`); the
readers here are the only readers. A folder "has heads" exactly when ``heads.json`` is there.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.model.labels import LabelMaps

HEADS_FILE = "heads.safetensors"
HEADS_META = "heads.json"
FORMAT_VERSION = 1
# What the heads were trained on; written for readers of the folder, checked by nobody.
POOLING = "mean over text tokens of the last hidden state"
INPUT_FORMAT = "raw text, tokenizer(text, add_special_tokens=False), no chat template"


class HeadsFormatError(ValueError):
    """``heads.json`` is unreadable or of a format this code does not know; names the file."""


@dataclass(frozen=True)
class HeadsMeta:
    """The content of ``heads.json``."""

    labels: LabelMaps
    hidden_size: int
    max_len: int
    format: int = FORMAT_VERSION

    def to_json(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "hidden_size": self.hidden_size,
            "pooling": POOLING,
            "input": INPUT_FORMAT,
            "max_len": self.max_len,
            "labels": self.labels.to_json(),
        }


def has_heads(model_dir: str | Path) -> bool:
    """Whether ``model_dir`` is a fine-tuned multi-task model (``heads.json`` beside the LM)."""
    return (Path(model_dir) / HEADS_META).is_file()


def read_heads_meta(model_dir: str | Path) -> HeadsMeta:
    path = Path(model_dir) / HEADS_META
    if not path.is_file():
        raise FileNotFoundError(f"{model_dir} has no {HEADS_META}: not a fine-tuned minsheng model")
    try:
        data = json.loads(path.read_text("utf-8"))
        version = int(data.get("format", FORMAT_VERSION))
        meta = HeadsMeta(
            labels=LabelMaps.from_json(data["labels"]),
            hidden_size=int(data["hidden_size"]),
            max_len=int(data["max_len"]),
            format=version,
        )
    except (ValueError, KeyError, TypeError) as e:
        raise HeadsFormatError(f"{path} is not a valid {HEADS_META}: {e!r}") from e
    if version != FORMAT_VERSION:
        raise HeadsFormatError(f"{path} has format {version}; this code reads {FORMAT_VERSION}")
    return meta


def read_heads_weights(model_dir: str | Path) -> dict[str, Any]:
    """The heads' state dict (tensors on the CPU)."""
    from safetensors.torch import load_file

    return load_file(str(Path(model_dir) / HEADS_FILE))


def write_heads(out_dir: str | Path, state: Mapping[str, Any], meta: HeadsMeta) -> None:
    """Writes the heads' weights (``state``: name → tensor) and ``heads.json``."""
    from safetensors.torch import save_file

    out = Path(out_dir)
    save_file({k: v.detach().cpu().contiguous() for k, v in state.items()}, str(out / HEADS_FILE))
    (out / HEADS_META).write_text(json.dumps(meta.to_json(), ensure_ascii=False, indent=2), "utf-8")
