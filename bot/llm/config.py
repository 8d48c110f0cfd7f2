"""Generation settings: which back-end, which model, how to batch, how long to wait.

The ``llm`` section of the settings tree (:class:`bot.settings.Settings`, ``settings.llm``; None
when the settings have no ``llm:`` mapping). :func:`llm_config_from_settings` resolves the model
directory. Every field below is documented with why it exists. Unknown keys and bad values fail
loudly, naming the key and the value.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from bot.llm.errors import InvalidGenerationRequest, LLMConfigError
from bot.llm.generation import SamplingParams

BACKENDS = ("transformers", "openai")
DEVICES = ("auto", "cpu", "cuda")
DTYPES = ("auto", "float32", "bfloat16", "float16")


def _help(text: str, default: Any = dataclasses.MISSING, **kwargs: Any) -> Any:
    if default is dataclasses.MISSING:
        return field(metadata={"help": text}, **kwargs)
    return field(default=default, metadata={"help": text}, **kwargs)


@dataclass
class LLMConfig:
    backend: str = _help(
        "'transformers' runs the model inside this process (one GPU process can serve Rasa and "
        "the action server through `python -m bot serve`); 'openai' calls any OpenAI-compatible "
        "server (vLLM, TGI, SGLang, Ollama, or `python -m bot serve`).",
        "transformers",
    )
    model_path: str = _help(
        "Local Hugging Face model directory for the transformers back-end. Loaded by path only; "
        "nothing is ever downloaded from a hub.",
        "",
    )
    base_url: str = _help(
        "OpenAI-compatible API root for the openai back-end, including /v1, e.g. "
        "http://127.0.0.1:8000/v1.",
        "http://127.0.0.1:8000/v1",
    )
    api_key_env: str = _help(
        "Name of the environment variable holding the API key sent as 'Authorization: Bearer'. "
        "Empty, or the variable unset, sends no key (local servers need none).",
        "",
    )
    model: str = _help(
        "Model name sent to the OpenAI-compatible server and reported by `python -m bot serve`. "
        "Empty: the model directory's name.",
        "",
    )
    timeout_s: float = _help(
        "Default per-request timeout in seconds, queueing included. Callers fall back to the "
        "structured answer after it, so it bounds the user's wait.",
        20.0,
    )
    max_batch_size: int = _help(
        "Most requests decoded together in one generate call. Larger batches raise throughput "
        "until the device saturates.",
        8,
    )
    batch_wait_ms: float = _help(
        "How long the worker waits for more requests after the first one before running a "
        "batch. A few ms cost little latency and let concurrent conversations share a pass.",
        5.0,
    )
    queue_size: int = _help(
        "Requests allowed to wait for the worker. When full, new requests fail at once with "
        "EngineOverloaded instead of waiting past their timeout.",
        64,
    )
    device: str = _help(
        "'auto' uses CUDA when torch sees a GPU, else the CPU; 'cpu' or 'cuda' force one.", "auto"
    )
    dtype: str = _help(
        "Weights' precision. 'auto' is bfloat16 on CUDA and float32 on CPU (CPU half precision "
        "is slow and lossy).",
        "auto",
    )
    sampling: SamplingParams = _help(
        "Default sampling for requests that give none: max_new_tokens, temperature (0 = "
        "greedy), top_p, stop, seed.",
        default_factory=SamplingParams,
    )
    token_env: str = field(
        default="",
        metadata={
            "help": "Environment variable whose value the openai back-end sends in "
            "X-Minsheng-Token (the model server's shared secret). Not read from the llm: "
            "mapping: llm_config_from_settings sets it from settings.security.model_token_env.",
            "settable": False,
        },
    )

    def __post_init__(self) -> None:
        if self.backend not in BACKENDS:
            raise LLMConfigError(f"llm.backend must be one of {BACKENDS}, got {self.backend!r}")
        if self.device not in DEVICES:
            raise LLMConfigError(f"llm.device must be one of {DEVICES}, got {self.device!r}")
        if self.dtype not in DTYPES:
            raise LLMConfigError(f"llm.dtype must be one of {DTYPES}, got {self.dtype!r}")
        self.model_path = str(self.model_path) if self.model_path else ""
        for name in ("max_batch_size", "queue_size"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise LLMConfigError(f"llm.{name} must be an integer >= 1, got {value!r}")
        for name in ("timeout_s", "batch_wait_ms"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise LLMConfigError(f"llm.{name} must be a number, got {value!r}")
            setattr(self, name, float(value))
        if not self.timeout_s > 0:
            raise LLMConfigError(f"llm.timeout_s must be > 0, got {self.timeout_s!r}")
        if not 0 <= self.batch_wait_ms <= 1000:
            raise LLMConfigError(
                f"llm.batch_wait_ms must be within [0, 1000], got {self.batch_wait_ms!r}"
            )
        if self.backend == "openai" and not self.base_url.startswith(("http://", "https://")):
            raise LLMConfigError(
                f"llm.base_url must be an http(s) URL like http://127.0.0.1:8000/v1, "
                f"got {self.base_url!r}"
            )
        self.base_url = self.base_url.rstrip("/")
        if isinstance(self.sampling, Mapping):
            try:
                self.sampling = SamplingParams(**self.sampling)
            except TypeError as e:
                known = [f.name for f in fields(SamplingParams)]
                raise LLMConfigError(f"llm.sampling: {e}; known keys: {known}") from e
            except InvalidGenerationRequest as e:
                raise LLMConfigError(f"llm.sampling: {e}") from e
        elif not isinstance(self.sampling, SamplingParams):
            raise LLMConfigError(f"llm.sampling must be a mapping, got {self.sampling!r}")

    @property
    def model_name(self) -> str:
        if self.model:
            return self.model
        return Path(self.model_path).name if self.model_path else "default"

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LLMConfig:
        if not isinstance(data, Mapping):
            raise LLMConfigError(f"llm settings must be a mapping, got {data!r}")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise LLMConfigError(f"unknown llm setting(s) {unknown}; known: {sorted(known)}")
        return cls(**dict(data))

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["sampling"]["stop"] = list(self.sampling.stop)
        return data

    @classmethod
    def help(cls) -> dict[str, str]:
        """Field name -> help text (for docs and ``--help``)."""
        return {f.name: f.metadata["help"] for f in fields(cls)}


def llm_config_from_settings(settings: Any) -> LLMConfig:
    """``settings.llm`` (the defaults when it is None) with the model directory resolved.

    Without ``llm.model_path`` the transformers back-end uses ``settings.base_model`` when set,
    else ``<models_dir>/base`` (what ``python -m bot llm init-base`` writes)."""
    config = settings.llm if settings.llm is not None else LLMConfig()
    changes = {"token_env": settings.security.model_token_env}
    if not config.model_path:
        changes["model_path"] = settings.base_model or str(Path(settings.models_dir) / "base")
    return dataclasses.replace(config, **changes)
