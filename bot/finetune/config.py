"""Typed fine-tuning configuration (peft-style): every field carries help text and a reason.

The multi-task objective is ``loss = α·LM + β·intent + γ·NER + δ·routing``. Defaults:

* ``alpha_lm = 1.0`` — the LM loss (on answer tokens only) is the anchor; the other weights are
  relative to it.
* ``beta_intent = 0.5``, ``gamma_ner = 0.5``, ``delta_routing = 0.5`` — cross-entropies of small
  heads start near ln(#labels) (≈2–3), several times the LM loss of a pre-trained model late in
  training; halving them keeps the heads from dominating the shared representation while they
  still converge within a few hundred steps.

A config round-trips through YAML and JSON (:meth:`FinetuneConfig.save` / :meth:`FinetuneConfig.load`);
unknown keys and bad values raise :class:`FinetuneConfigError` naming the field.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import yaml

METHODS = ("lora", "full")
DTYPES = ("auto", "float32", "bfloat16")
STOP_METRICS = ("total", "lm", "heads", "nlu", "nlu_error")
# Task pools a batch is sampled from (see bot.finetune.features.task_pool).
TASK_POOLS = ("lm", "nlu", "routing")


# Fine-tuning profiles: one YAML file per profile (``profile: NAME`` in a config starts from it).
PROFILE_DIR = Path(__file__).resolve().parents[2] / "configs" / "finetune"


class FinetuneConfigError(ValueError):
    """A fine-tuning setting has a value we cannot use; the message names field and value."""


def _help(text: str, default: Any = dataclasses.MISSING, factory: Any = dataclasses.MISSING):
    if factory is not dataclasses.MISSING:
        return field(default_factory=factory, metadata={"help": text})
    return field(default=default, metadata={"help": text})


@dataclass
class FinetuneConfig:
    # --- model ---------------------------------------------------------------------------
    base_model: str = _help(
        "Local Hugging Face causal-LM directory. Empty: settings.base_model, else the project's "
        "own small base model in <models_dir>/base (python -m bot llm init-base).",
        "",
    )
    method: str = _help("'lora' (peft adapters, merged on save) or 'full' fine-tuning.", "lora")
    lora_r: int = _help("LoRA rank.", 16)
    lora_alpha: int = _help("LoRA scaling numerator (scale = alpha / r).", 32)
    lora_dropout: float = _help("Dropout on the LoRA branch.", 0.05)
    lora_target_modules: list[str] | None = _help(
        "Module names to adapt. None: chosen per architecture (bot.finetune.model.LORA_TARGETS).",
        None,
    )
    head_dropout: float = _help("Dropout before the intent/NER/routing heads.", 0.1)
    gradient_checkpointing: bool = _help("Trade compute for memory on long sequences.", False)

    # --- multi-task objective ---------------------------------------------------------------
    alpha_lm: float = _help("α: weight of the LM loss on answer tokens.", 1.0)
    beta_intent: float = _help("β: weight of the intent (sequence) loss.", 0.5)
    gamma_ner: float = _help("γ: weight of the NER (token, BIO) loss.", 0.5)
    delta_routing: float = _help("δ: weight of the complaint-routing (sequence) loss.", 0.5)
    task_weights: dict[str, float] = _help(
        "Sampling weight of each task pool (lm, nlu, routing); a batch draws each example's pool "
        "with these probabilities, so batches mix tasks.",
        factory=lambda: {"lm": 1.0, "nlu": 1.0, "routing": 0.5},
    )

    # --- optimisation --------------------------------------------------------------------------
    seed: int = _help("Seeds Python, NumPy, torch and the task sampler.", 42)
    max_steps: int = _help("Optimizer steps (each = grad_accum_steps micro-batches).", 600)
    micro_batch_size: int = _help("Examples per forward pass (per device).", 8)
    grad_accum_steps: int = _help("Micro-batches accumulated per optimizer step.", 4)
    learning_rate: float = _help("Peak learning rate of the LM parameters (LoRA or full).", 2e-4)
    head_learning_rate: float = _help("Peak learning rate of the randomly initialised heads.", 1e-3)
    weight_decay: float = _help("AdamW weight decay (not on biases and norms).", 0.01)
    warmup_steps: int = _help("Linear warm-up steps before the cosine decay.", 30)
    min_lr_ratio: float = _help("Cosine decays to this fraction of the peak learning rate.", 0.1)
    max_grad_norm: float = _help("Gradient clipping norm (0 disables).", 1.0)
    max_seq_len: int = _help("Tokens per example; longer prompts are cut from the left.", 512)
    dtype: str = _help(
        "'auto' = bf16 autocast on GPU, fp32 on CPU; or force float32/bfloat16.", "auto"
    )

    # --- evaluation, early stopping, checkpoints -------------------------------------------------
    eval_every: int = _help("Evaluate on dev every N optimizer steps.", 50)
    eval_max_batches: int = _help("Cap dev batches per evaluation (0 = whole dev set).", 0)
    early_stopping_patience: int = _help(
        "Stop after this many evaluations without improvement of the watched dev loss (0 disables).",
        5,
    )
    early_stopping_metric: str = _help(
        "Dev loss that early stopping and best-checkpoint selection watch: 'total' (the weighted "
        "objective), 'lm', 'heads' (β·intent + γ·NER + δ·routing, for when the LM part cannot "
        "generalise to held-out facts), 'nlu' (β·intent + γ·NER: also leaves out routing, whose "
        "dev set is a handful of complaints), or 'nlu_error' (1 - mean of dev intent accuracy and "
        "entity F1: for small models whose dev losses rise from over-confidence while their "
        "accuracy still improves).",
        "total",
    )
    early_stopping_min_delta: float = _help("Improvement smaller than this does not count.", 1e-3)
    save_every: int = _help("Write a resumable checkpoint every N steps (0 = only at the end).", 50)
    keep_checkpoints: int = _help("Newest checkpoints kept on disk.", 2)
    log_every: int = _help("Log losses, tokens/s and MFU every N optimizer steps.", 10)
    peak_flops: float = _help(
        "Peak FLOP/s of one device for MFU. 0: looked up for known GPUs, estimated for CPUs.", 0.0
    )
    generate_max_examples: int = _help(
        "Held-out knowledge questions answered by generation in `llm eval` (fact recall).", 40
    )
    max_new_tokens: int = _help("Generation length for evaluation answers.", 128)

    def __post_init__(self) -> None:
        def bad(name: str, why: str) -> FinetuneConfigError:
            return FinetuneConfigError(f"{name}={getattr(self, name)!r}: {why}")

        if self.method not in METHODS:
            raise bad("method", f"must be one of {METHODS}")
        if self.early_stopping_metric not in STOP_METRICS:
            raise bad("early_stopping_metric", f"must be one of {STOP_METRICS}")
        if self.dtype not in DTYPES:
            raise bad("dtype", f"must be one of {DTYPES}")
        for name in ("lora_r", "lora_alpha", "max_steps", "micro_batch_size", "grad_accum_steps"):
            if int(getattr(self, name)) < 1:
                raise bad(name, "must be >= 1")
            setattr(self, name, int(getattr(self, name)))
        if int(self.max_seq_len) < 16:
            raise bad("max_seq_len", "must be >= 16")
        for name in ("alpha_lm", "beta_intent", "gamma_ner", "delta_routing"):
            if float(getattr(self, name)) < 0:
                raise bad(name, "loss weights must be >= 0")
            setattr(self, name, float(getattr(self, name)))
        if self.alpha_lm + self.beta_intent + self.gamma_ner + self.delta_routing <= 0:
            raise FinetuneConfigError(
                "at least one loss weight (alpha/beta/gamma/delta) must be > 0"
            )
        for name in ("lora_dropout", "head_dropout", "min_lr_ratio"):
            if not 0.0 <= float(getattr(self, name)) <= 1.0:
                raise bad(name, "must be within [0, 1]")
        for name in ("learning_rate", "head_learning_rate"):
            if float(getattr(self, name)) <= 0:
                raise bad(name, "must be > 0")
        for name in (
            "warmup_steps",
            "eval_every",
            "eval_max_batches",
            "early_stopping_patience",
            "save_every",
            "keep_checkpoints",
            "generate_max_examples",
        ):
            if int(getattr(self, name)) < 0:
                raise bad(name, "must be >= 0")
            setattr(self, name, int(getattr(self, name)))
        if self.log_every < 1 or self.max_new_tokens < 1:
            raise FinetuneConfigError("log_every and max_new_tokens must be >= 1")
        if not isinstance(self.task_weights, dict) or not self.task_weights:
            raise bad("task_weights", "must be a mapping like {lm: 1.0, nlu: 1.0, routing: 0.5}")
        unknown = set(self.task_weights) - set(TASK_POOLS)
        if unknown:
            raise bad("task_weights", f"unknown pools {sorted(unknown)}; known: {TASK_POOLS}")
        if any(float(w) < 0 for w in self.task_weights.values()) or not any(
            float(w) > 0 for w in self.task_weights.values()
        ):
            raise bad("task_weights", "weights must be >= 0 and at least one > 0")
        self.task_weights = {k: float(v) for k, v in self.task_weights.items()}
        if self.lora_target_modules is not None and (
            not isinstance(self.lora_target_modules, list) or not self.lora_target_modules
        ):
            raise bad("lora_target_modules", "must be a non-empty list of module names or null")

    # --- serialisation -----------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FinetuneConfig:
        if not isinstance(data, dict):
            raise FinetuneConfigError(f"expected a mapping of settings, got {type(data).__name__}")
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise FinetuneConfigError(f"unknown settings {sorted(unknown)}; known: {sorted(known)}")
        return cls(**data)

    def save(self, path: Path) -> None:
        path = Path(path)
        if path.suffix == ".json":
            path.write_text(json.dumps(self.to_dict(), indent=2, ensure_ascii=False), "utf-8")
        else:
            path.write_text(
                yaml.safe_dump(self.to_dict(), allow_unicode=True, sort_keys=False), "utf-8"
            )

    @classmethod
    def load(cls, path: Path, **overrides: Any) -> FinetuneConfig:
        """Read YAML or JSON; an optional top-level ``profile:`` key starts from that profile
        (``configs/finetune/<profile>.yml``), whose own ``profile:`` key is followed in turn."""
        path = Path(path)
        base: dict[str, Any] = {}
        seen: list[Path] = []
        layers: list[dict[str, Any]] = []
        while True:
            if path.resolve() in seen:
                chain = " -> ".join(str(p) for p in (*seen, path.resolve()))
                raise FinetuneConfigError(f"profile cycle: {chain}")
            seen.append(path.resolve())
            data = _read(path)
            name = data.pop("profile", None)
            layers.append(data)
            if name is None:
                break
            if name not in profile_names():
                raise FinetuneConfigError(
                    f"{path}: unknown profile {name!r}; known: {profile_names()}"
                )
            path = PROFILE_DIR / f"{name}.yml"
        for layer in reversed(layers):
            base.update(layer)
        base.update({k: v for k, v in overrides.items() if v is not None})
        try:
            return cls.from_dict(base)
        except FinetuneConfigError as e:
            raise FinetuneConfigError(f"{seen[0]}: {e}") from e

    @staticmethod
    def help() -> dict[str, str]:
        return {f.name: f.metadata.get("help", "") for f in fields(FinetuneConfig)}


def profile_names() -> list[str]:
    """The profiles shipped in ``configs/finetune`` (one YAML file each)."""
    return sorted(p.stem for p in PROFILE_DIR.glob("*.yml"))


def profile(name: str) -> FinetuneConfig:
    """The profile ``configs/finetune/<name>.yml``: YAML is the only place profiles live; this
    module holds the defaults and the validation."""
    if name not in profile_names():
        raise FinetuneConfigError(f"unknown profile {name!r}; known: {profile_names()}")
    return FinetuneConfig.load(PROFILE_DIR / f"{name}.yml")


def _read(path: Path) -> dict[str, Any]:
    if not path.exists():
        raise FinetuneConfigError(f"config file {path} does not exist")
    text = path.read_text("utf-8")
    try:
        data = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    except (json.JSONDecodeError, yaml.YAMLError) as e:
        raise FinetuneConfigError(f"{path}: not valid {path.suffix[1:]}: {e}") from e
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise FinetuneConfigError(f"{path}: expected a mapping of settings, got {data!r}")
    return dict(data)
