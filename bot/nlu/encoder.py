"""A local Hugging Face PyTorch model as a text encoder for the NLU pipeline.

Works with any model folder ``AutoModel`` can load (encoders, and decoder LLMs such as Qwen or
Llama, which Rasa's own ``LanguageModelFeaturizer`` cannot load) and with the project's fine-tuned
multi-task models (``heads.json`` beside the weights, see :mod:`bot.model`), whose intent head is
then available too.

Texts are encoded raw (``add_special_tokens=False``, no chat template), exactly as the fine-tuned
heads were trained; the sentence vector is the mean of the last hidden states over the text's
subwords. Per-token vectors for a caller's tokenisation (Rasa's Jieba tokens) are the mean of the
subwords whose character offsets overlap the token's span.

Models come from the one process-wide loader (:mod:`bot.model.loader`), and encoders are kept in
the same cache by (path, device, dtype): training, loading, every cross-validation fold and the
generation engine on the same folder share one copy. Sentence vectors and intent distributions are
kept in a bounded per-encoder cache, so a featurizer and a classifier in the same pipeline run the
model once per text.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from tqdm import tqdm

from bot.model.cache import shared
from bot.model.loader import ModelNotFoundError, load_model, resolve_device

logger = logging.getLogger(__name__)

BUILD_HINT = (
    "build the project's model with `python -m bot llm finetune --config "
    "configs/finetune/tiny.yml --output models/hotline-tiny`, or set model_path to a local "
    "Hugging Face model folder"
)
# Files up to this size are hashed whole; larger ones (weights) by size plus their first and last
# MiB, which changes whenever the weights are rewritten, at a fraction of the cost.
SMALL_FILE_BYTES = 4 * 1024 * 1024
EDGE_BYTES = 1024 * 1024
# Encoding jobs of more batches than this show a progress bar.
PROGRESS_MIN_BATCHES = 10


def check_model_dir(path: Path) -> Path:
    """``path`` if it holds a Hugging Face model (``config.json``), else a clear error."""
    path = Path(path)
    if not (path / "config.json").is_file():
        reason = "does not exist" if not path.exists() else "has no config.json"
        raise ModelNotFoundError(
            f"model folder '{path}' {reason} (resolved against '{Path.cwd()}'); {BUILD_HINT}"
        )
    return path


# A fine-tune's resume state inside its output folder (``bot/finetune``), removed when the run
# finishes; nothing reads it at run time. An interrupted run leaves it behind, and it must not make
# the finished model that is still there look changed to the assistant trained on it.
RESUME_STATE_DIR = "checkpoints"


def _files(path: Path) -> list[Path]:
    return sorted(
        p
        for p in path.rglob("*")
        if p.is_file()
        and not p.name.startswith(".")
        and p.relative_to(path).parts[0] != RESUME_STATE_DIR
    )


def _mtimes(path: Path) -> tuple[tuple[str, int, int], ...]:
    return tuple(
        (str(p.relative_to(path)), p.stat().st_size, p.stat().st_mtime_ns) for p in _files(path)
    )


@functools.lru_cache(maxsize=16)
def _hash_dir(path: str, _mtimes_key: tuple[tuple[str, int, int], ...]) -> str:
    root = Path(path)
    digest = hashlib.sha256()
    for file in _files(root):
        size = file.stat().st_size
        digest.update(f"{file.relative_to(root).as_posix()}\0{size}\0".encode())
        with file.open("rb") as f:
            if size <= SMALL_FILE_BYTES:
                digest.update(hashlib.sha256(f.read()).digest())
            else:
                digest.update(hashlib.sha256(f.read(EDGE_BYTES)).digest())
                f.seek(size - EDGE_BYTES)
                digest.update(hashlib.sha256(f.read(EDGE_BYTES)).digest())
    return digest.hexdigest()


def model_dir_hash(path: Path) -> str:
    """Content hash of a model folder: file names, sizes and (edge) contents.

    Computed once per process and cached by the files' (name, size, mtime), so calling it from
    ``fingerprint_addon`` on every ``rasa train`` costs a ``stat`` per file.
    """
    path = check_model_dir(Path(path)).resolve()
    return _hash_dir(str(path), _mtimes(path))


@dataclass
class Encoded:
    """One text: per-subword hidden states, their character offsets and the sentence vector."""

    hidden: np.ndarray  # [n_subwords, dim]
    offsets: list[tuple[int, int]]
    sentence: np.ndarray  # [dim]
    intent: np.ndarray | None  # probabilities over ``TextEncoder.intent_labels``


def align_to_spans(
    hidden: np.ndarray, offsets: Sequence[tuple[int, int]], spans: Sequence[tuple[int, int]]
) -> np.ndarray:
    """Mean of the subword vectors overlapping each character span: one row per span.

    A span no subword overlaps (text cut at ``max_length``, or only whitespace) gets zeros.
    """
    out = np.zeros((len(spans), hidden.shape[1]), dtype=np.float32)
    if not len(offsets):
        return out
    starts = np.array([s for s, _ in offsets])
    ends = np.array([e for _, e in offsets])
    for row, (start, end) in enumerate(spans):
        overlap = (starts < end) & (ends > start) & (ends > starts)
        if overlap.any():
            out[row] = hidden[overlap].mean(axis=0)
    return out


class TextEncoder:
    """A loaded model; use :func:`get_encoder` to share one per process."""

    def __init__(
        self,
        path: Path,
        device: str = "auto",
        dtype: str = "float32",
        max_length: int = 256,
        cache_size: int = 20000,
    ) -> None:
        self.path = check_model_dir(Path(path))
        loaded = load_model(self.path, device, dtype)
        self.device = loaded.device
        self.tokenizer = loaded.tokenizer
        self._backbone = loaded.backbone
        self._multitask = loaded.multitask
        self.intent_labels: list[str] = list(loaded.heads.labels.intents) if loaded.heads else []
        # Fine-tuned heads were trained on texts cut at their max_len: read them the same way.
        self.max_length = loaded.heads.max_len if loaded.heads else max_length
        self._lock = threading.Lock()
        self._cache: OrderedDict[str, tuple[np.ndarray, np.ndarray | None]] = OrderedDict()
        self._cache_size = cache_size
        if not getattr(self.tokenizer, "is_fast", False):
            raise ModelNotFoundError(
                f"model folder '{self.path}' has no fast tokenizer (tokenizer.json): character "
                "offsets are needed to align features to Rasa's tokens"
            )
        self.dim = int(self._backbone.config.hidden_size)

    @property
    def has_intent_head(self) -> bool:
        return self._multitask is not None and self._multitask.heads.intent is not None

    def _intent_probs(self, pooled: Any) -> np.ndarray | None:
        if not self.has_intent_head:
            return None
        head = self._multitask.heads.intent
        return head(pooled.to(head.weight.dtype)).float().softmax(-1).cpu().numpy()

    def encode(self, texts: Sequence[str], batch_size: int = 32) -> list[Encoded]:
        """Hidden states, offsets, sentence vectors and intent distributions, batched."""
        import torch

        results: list[Encoded | None] = [None] * len(texts)
        todo: list[tuple[int, list[int], list[tuple[int, int]]]] = []
        for i, text in enumerate(texts):
            enc = self.tokenizer(
                text or "",
                add_special_tokens=False,
                return_offsets_mapping=True,
                truncation=True,
                max_length=self.max_length,
            )
            ids, offsets = list(enc["input_ids"]), [tuple(o) for o in enc["offset_mapping"]]
            if ids:
                todo.append((i, ids, offsets))
            else:
                results[i] = self._empty()
        # Similar lengths together: less padding per batch.
        todo.sort(key=lambda item: len(item[1]))
        pad = self.tokenizer.pad_token_id or 0
        batch_size = max(1, batch_size)
        starts = range(0, len(todo), batch_size)
        # A bar for long jobs (featurising training data), none for a turn's few messages.
        bar = tqdm(
            starts,
            desc=f"Encoding with {self.path.name}",
            unit="batch",
            disable=len(starts) <= PROGRESS_MIN_BATCHES,
        )
        with self._lock, torch.inference_mode():
            for b in bar:
                chunk = todo[b : b + batch_size]
                width = max(len(ids) for _, ids, _ in chunk)
                ids_t = torch.tensor(
                    [ids + [pad] * (width - len(ids)) for _, ids, _ in chunk], device=self.device
                )
                mask = torch.tensor(
                    [[1] * len(ids) + [0] * (width - len(ids)) for _, ids, _ in chunk],
                    device=self.device,
                )
                hidden = self._backbone(input_ids=ids_t, attention_mask=mask).last_hidden_state
                m = mask.unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * m).sum(1) / m.sum(1).clamp(min=1.0)
                probs = self._intent_probs(pooled)
                hidden_np = hidden.float().cpu().numpy()
                pooled_np = pooled.float().cpu().numpy()
                for row, (i, ids, offsets) in enumerate(chunk):
                    results[i] = Encoded(
                        hidden=hidden_np[row, : len(ids)],
                        offsets=offsets,
                        sentence=pooled_np[row],
                        intent=None if probs is None else probs[row],
                    )
        for text, res in zip(texts, results, strict=True):
            self._remember(text or "", res.sentence, res.intent)
        return results  # type: ignore[return-value]

    def _empty(self) -> Encoded:
        """No subwords: zero vectors, and the head's prior (softmax of its bias) as intent."""
        import torch

        zeros = np.zeros(self.dim, dtype=np.float32)
        probs = None
        if self.has_intent_head:
            with torch.inference_mode():
                probs = self._intent_probs(torch.zeros(1, self.dim, device=self.device))[0]
        return Encoded(np.zeros((0, self.dim), np.float32), [], zeros, probs)

    def clear_cache(self) -> None:
        """Forgets cached sentence vectors and intent distributions."""
        with self._lock:
            self._cache.clear()

    def _remember(self, text: str, sentence: np.ndarray, intent: np.ndarray | None) -> None:
        with self._lock:
            self._cache[text] = (sentence, intent)
            self._cache.move_to_end(text)
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)

    def sentences(
        self, texts: Sequence[str], batch_size: int = 32
    ) -> tuple[np.ndarray, np.ndarray | None]:
        """Sentence vectors ``[n, dim]`` and intent distributions (or None), cache first."""
        texts = [t or "" for t in texts]
        with self._lock:
            hits = [self._cache.get(t) for t in texts]
        missing = list(dict.fromkeys(t for t, h in zip(texts, hits, strict=True) if h is None))
        if missing:
            fresh = {
                t: (e.sentence, e.intent)
                for t, e in zip(missing, self.encode(missing, batch_size), strict=True)
            }
            hits = [h if h is not None else fresh[t] for t, h in zip(texts, hits, strict=True)]
        if not hits:
            empty = np.zeros((0, self.dim), np.float32)
            return empty, (np.zeros((0, len(self.intent_labels))) if self.has_intent_head else None)
        sent = np.stack([h[0] for h in hits]).astype(np.float32)
        intents = np.stack([h[1] for h in hits]) if self.has_intent_head else None
        return sent, intents


def get_encoder(path: Path, device: str = "auto", dtype: str = "float32") -> TextEncoder:
    """The process-wide encoder for a model folder (loaded on first use)."""
    folder = check_model_dir(Path(path)).resolve()
    key = ("text_encoder", str(folder), str(resolve_device(device)), dtype)
    return shared(key, lambda: TextEncoder(folder, device, dtype))
