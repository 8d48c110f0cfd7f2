"""One readable multi-task training loop (nanoGPT-sized, torchtune-shaped).

``Trainer.setup → train (→ _loss_step, evaluate, save_checkpoint) → save``. bf16 autocast on GPU,
fp32 on CPU; gradient accumulation; linear warm-up then cosine decay; gradient clipping; early
stopping on the dev loss; checkpoints that resume exactly (trainable weights, optimizer, scheduler,
task sampler and every RNG); per-head losses, tokens/s and MFU in the log and the tqdm bar.

Runs unchanged under ``accelerate launch`` (DDP, FSDP): the model and optimizer go through
``Accelerator.prepare``, each rank samples its own examples (seed + rank), only the main process
writes. See bot/finetune/README.md for launch commands.
"""

from __future__ import annotations

import random
import shutil
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch
from tqdm import tqdm

from bot.finetune.config import FinetuneConfig
from bot.finetune.features import EncodedDataset, TaskMixSampler, collate
from bot.finetune.loss import LossWeights, multitask_loss
from bot.finetune.schedule import warmup_cosine
from bot.model.multitask import MultiTaskLM

HEADS = ("lm", "intent", "ner", "routing", "total")
# Dense bf16 peak FLOP/s per GPU (vendor datasheets) for MFU.
GPU_PEAK_FLOPS = {
    "H200": 989e12,
    "H100": 989e12,
    "A100": 312e12,
    "L40S": 362e12,
    "A10G": 125e12,
    "4090": 165e12,
    "L4": 121e12,
}


def seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    if torch.cuda.is_available():
        torch.cuda.manual_seed_all(seed)


def rng_state() -> dict[str, Any]:
    state = {
        "python": random.getstate(),
        "numpy": np.random.get_state(),
        "torch": torch.get_rng_state(),
    }
    if torch.cuda.is_available():
        state["cuda"] = torch.cuda.get_rng_state_all()
    return state


def set_rng_state(state: dict[str, Any]) -> None:
    random.setstate(state["python"])
    np.random.set_state(state["numpy"])
    torch.set_rng_state(state["torch"])
    if "cuda" in state and torch.cuda.is_available():
        torch.cuda.set_rng_state_all(state["cuda"])


def peak_flops(device: torch.device, configured: float = 0.0) -> float:
    """Configured value, else a datasheet GPU value, else a CPU estimate: threads × 3 GHz × 64 fp32
    FLOP/cycle (two AVX-512 FMA units). Meant as an upper bound so CPU MFU errs low; it is an
    estimate (clock and units vary), so compare CPU MFU figures with each other, not with GPUs."""
    if configured > 0:
        return configured
    if device.type == "cuda":
        name = torch.cuda.get_device_name(device)
        for key, value in GPU_PEAK_FLOPS.items():
            if key in name:
                return value
        return 312e12
    return torch.get_num_threads() * 3.0e9 * 64


def flops_per_token(model: MultiTaskLM, seq_len: float, full_ft: bool) -> float:
    """Training FLOPs per token: 6N for full fine-tuning, 4N with frozen base weights (no weight
    gradients), plus attention (12·layers·hidden·seq_len), N = non-embedding parameters."""
    base = model.base_lm()
    cfg = base.config
    n = sum(
        p.numel()
        for name, p in base.named_parameters()
        if "embed_tokens" not in name and "lora_" not in name
    )
    if getattr(cfg, "tie_word_embeddings", False):
        n += base.get_input_embeddings().weight.numel()
    return (6 if full_ft else 4) * n + 12 * cfg.num_hidden_layers * cfg.hidden_size * seq_len


def lr_lambda(cfg: FinetuneConfig) -> Callable[[int], float]:
    return lambda step: warmup_cosine(step, cfg.warmup_steps, cfg.max_steps, cfg.min_lr_ratio)


@dataclass
class TrainResult:
    steps: int
    stopped_early: bool
    best_step: int
    best_dev_loss: float
    first_losses: dict[str, float]
    last_losses: dict[str, float]
    dev: dict[str, float]
    history: list[dict[str, Any]] = field(default_factory=list)
    tokens_per_s: float = 0.0
    mfu: float = 0.0
    seconds: float = 0.0


class Trainer:
    def __init__(
        self,
        cfg: FinetuneConfig,
        model: MultiTaskLM,
        tokenizer: Any,
        train_set: EncodedDataset,
        dev_set: EncodedDataset | None,
        out_dir: Path,
        log: Callable[[str], None] = print,
        progress: bool = True,
    ):
        from accelerate import Accelerator

        self.cfg, self.tokenizer, self.train_set, self.dev_set = cfg, tokenizer, train_set, dev_set
        self.out_dir, self.log, self.progress = Path(out_dir), log, progress
        self.ckpt_dir = self.out_dir / "checkpoints"
        use_bf16 = cfg.dtype == "bfloat16" or (cfg.dtype == "auto" and torch.cuda.is_available())
        self.acc = Accelerator(mixed_precision="bf16" if use_bf16 else "no")
        self.weights = LossWeights(cfg.alpha_lm, cfg.beta_intent, cfg.gamma_ner, cfg.delta_routing)
        self.pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else 0

        head_params = [p for p in model.heads.parameters() if p.requires_grad]
        head_ids = {id(p) for p in head_params}
        lm_params = [
            (n, p) for n, p in model.named_parameters() if p.requires_grad and id(p) not in head_ids
        ]
        groups = [
            {
                "params": [p for n, p in lm_params if p.ndim >= 2 and "norm" not in n],
                "weight_decay": cfg.weight_decay,
                "lr": cfg.learning_rate,
            },
            {
                "params": [p for n, p in lm_params if p.ndim < 2 or "norm" in n],
                "weight_decay": 0.0,
                "lr": cfg.learning_rate,
            },
            {"params": head_params, "weight_decay": cfg.weight_decay, "lr": cfg.head_learning_rate},
        ]
        optimizer = torch.optim.AdamW(
            [g for g in groups if g["params"]], betas=(0.9, 0.95), eps=1e-8
        )
        self.model, self.optimizer = self.acc.prepare(model, optimizer)
        self.scheduler = torch.optim.lr_scheduler.LambdaLR(self.optimizer, lr_lambda(cfg))
        self.sampler = TaskMixSampler(
            train_set.pools, cfg.task_weights, cfg.seed, rank=self.acc.process_index
        )
        self.step = 0
        self.best_dev = float("inf")
        self.best_step = 0
        self.bad_evals = 0
        self.history: list[dict[str, Any]] = []
        self.full_ft = cfg.method == "full"

    @property
    def unwrapped(self) -> MultiTaskLM:
        return self.acc.unwrap_model(self.model)

    # --- one micro-batch ------------------------------------------------------------------
    def _loss_step(self, batch: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
        with self.acc.autocast():
            out = self.model(
                batch["input_ids"], batch["attention_mask"], batch["lm_labels"], batch["head_mask"]
            )
        return multitask_loss(
            self.weights,
            lm_logits=out["lm_logits"],
            lm_targets=out["lm_targets"],
            intent_logits=out["intent_logits"],
            intent_labels=batch["intent"],
            ner_logits=out["ner_logits"],
            ner_labels=batch["ner_labels"],
            routing_logits=out["routing_logits"],
            routing_labels=batch["routing"],
        )

    def _batch(self) -> tuple[dict[str, torch.Tensor], int, dict[str, bool]]:
        """Next micro-batch on the device, its real token count and which heads it has targets
        for (both read on the CPU, so logging never waits for the GPU)."""
        idx = self.sampler.next_batch(self.cfg.micro_batch_size)
        batch = collate([self.train_set[i] for i in idx], self.pad_id)
        present = {
            "lm": bool((batch["lm_labels"] != -100).any()),
            "intent": bool((batch["intent"] != -100).any()),
            "ner": bool((batch["ner_labels"] != -100).any()),
            "routing": bool((batch["routing"] != -100).any()),
            "total": True,
        }
        n_tokens = int(batch["attention_mask"].sum())
        return (
            {k: v.to(self.acc.device, non_blocking=True) for k, v in batch.items()},
            n_tokens,
            present,
        )

    # --- the loop -------------------------------------------------------------------------
    def train(self, resume: Path | None = None, stop_at: int | None = None) -> TrainResult:
        """Train to ``cfg.max_steps`` (or stop after ``stop_at`` steps, as an interrupted run
        would, with a checkpoint written); resume from a checkpoint folder if given."""
        cfg = self.cfg
        if resume is not None:
            self.load_checkpoint(resume)
        else:
            seed_everything(cfg.seed + self.acc.process_index)
            if self.dev_set is not None and cfg.eval_every:
                # Step 0: where the base model starts, for the loss curve and before/after.
                self._evaluate_and_check()
        fpt = None
        peak = peak_flops(self.acc.device, cfg.peak_flops) * self.acc.num_processes
        window: dict[str, list[torch.Tensor]] = defaultdict(list)
        window_tokens, window_start = 0, time.perf_counter()
        total_tokens, train_start = 0, time.perf_counter()
        stopped_early = False
        first_losses: dict[str, float] = {}
        bar = tqdm(
            total=cfg.max_steps,
            initial=self.step,
            desc="finetune",
            unit="step",
            disable=not (self.progress and self.acc.is_main_process),
        )
        self.model.train()
        while self.step < cfg.max_steps:
            for micro in range(cfg.grad_accum_steps):
                batch, n_tok, present = self._batch()
                sync = micro == cfg.grad_accum_steps - 1
                ctx = (
                    self.acc.no_sync(self.model)
                    if not sync and self.acc.num_processes > 1
                    else _null()
                )
                with ctx:
                    losses = self._loss_step(batch)
                    self.acc.backward(losses["total"] / cfg.grad_accum_steps)
                # A head's window mean counts only micro-batches that had targets for it; values
                # stay on the device until the log line needs them.
                for k in HEADS:
                    if present[k]:
                        window[k].append(losses[k].detach())
                window_tokens += n_tok
                total_tokens += n_tok
                if fpt is None:
                    fpt = flops_per_token(self.unwrapped, batch["input_ids"].shape[1], self.full_ft)
            if cfg.max_grad_norm > 0:
                self.acc.clip_grad_norm_(self.model.parameters(), cfg.max_grad_norm)
            self.optimizer.step()
            self.scheduler.step()
            self.optimizer.zero_grad(set_to_none=True)
            self.step += 1
            bar.update(1)
            if self.step % cfg.log_every == 0 or self.step == cfg.max_steps:
                elapsed = time.perf_counter() - window_start
                tps = window_tokens * self.acc.num_processes / max(elapsed, 1e-9)
                entry = {
                    "step": self.step,
                    "lr": self.scheduler.get_last_lr()[0],
                    **{
                        f"loss_{k}": float(torch.stack(window[k]).float().mean())
                        if window[k]
                        else float("nan")
                        for k in HEADS
                    },
                    "tokens_per_s": tps,
                    "mfu": tps * (fpt or 0.0) / peak,
                }
                self.history.append(entry)
                if not first_losses:
                    first_losses = {k: entry[f"loss_{k}"] for k in HEADS}
                bar.set_postfix(
                    loss=f"{entry['loss_total']:.3f}",
                    lm=f"{entry['loss_lm']:.3f}",
                    tok_s=f"{tps:.0f}",
                    mfu=f"{entry['mfu']:.2%}",
                )
                self.log(
                    f"step {self.step:5d} | lr {entry['lr']:.2e} | total {entry['loss_total']:.4f} | lm {entry['loss_lm']:.4f} "
                    f"intent {entry['loss_intent']:.4f} ner {entry['loss_ner']:.4f} routing {entry['loss_routing']:.4f} "
                    f"| {tps:.0f} tok/s | MFU {entry['mfu']:.2%}"
                )
                window, window_tokens, window_start = defaultdict(list), 0, time.perf_counter()
            if self.dev_set is not None and cfg.eval_every and self.step % cfg.eval_every == 0:
                if self._evaluate_and_check():
                    stopped_early = True
                    self.log(
                        f"early stop at step {self.step}: no dev improvement in {cfg.early_stopping_patience} evaluations"
                    )
                    break
            if cfg.save_every and self.step % cfg.save_every == 0 and self.step < cfg.max_steps:
                self.save_checkpoint()
            if stop_at is not None and self.step >= stop_at:
                if not (cfg.save_every and self.step % cfg.save_every == 0):
                    self.save_checkpoint()
                bar.close()
                return self._result(
                    stopped_early=False,
                    first_losses=first_losses,
                    seconds=time.perf_counter() - train_start,
                    tokens=total_tokens,
                    fpt=fpt,
                    peak=peak,
                    final_eval=False,
                )
        bar.close()
        return self._result(
            stopped_early,
            first_losses,
            time.perf_counter() - train_start,
            total_tokens,
            fpt,
            peak,
            final_eval=True,
        )

    def _result(
        self,
        stopped_early: bool,
        first_losses: dict[str, float],
        seconds: float,
        tokens: int,
        fpt: float | None,
        peak: float,
        final_eval: bool,
    ) -> TrainResult:
        cfg = self.cfg
        last = next((h for h in reversed(self.history) if "loss_total" in h), {})
        # Finish on the best weights seen on dev (early stopping keeps the best, not the last).
        dev_metrics: dict[str, float] = {}
        if self.dev_set is not None and final_eval:
            if cfg.eval_every == 0 or self.step % cfg.eval_every != 0:
                self._evaluate_and_check()
            best = self.ckpt_dir / "best.pt"
            if best.exists() and self.best_step != self.step:
                self._load_trainable(torch.load(best, map_location="cpu", weights_only=False))
            dev_metrics = self.evaluate(self.dev_set)
        tps = tokens * self.acc.num_processes / max(seconds, 1e-9)
        return TrainResult(
            steps=self.step,
            stopped_early=stopped_early,
            best_step=self.best_step,
            best_dev_loss=self.best_dev,
            first_losses={k: first_losses.get(k, float("nan")) for k in HEADS},
            last_losses={k: last.get(f"loss_{k}", float("nan")) for k in HEADS},
            dev=dev_metrics,
            history=self.history,
            tokens_per_s=tps,
            mfu=tps * (fpt or 0.0) / peak,
            seconds=seconds,
        )

    # --- evaluation and early stopping ---------------------------------------------------------
    def evaluate(self, dataset: EncodedDataset, max_batches: int = 0) -> dict[str, float]:
        from bot.finetune.evaluate import evaluate_heads

        return evaluate_heads(
            self.unwrapped,
            dataset,
            self.pad_id,
            self.weights,
            batch_size=self.cfg.micro_batch_size,
            max_batches=max_batches,
            autocast=self.acc.autocast,
        )

    def _evaluate_and_check(self) -> bool:
        """Evaluate on dev, remember the best; True when patience is exhausted."""
        metrics = self.evaluate(self.dev_set, self.cfg.eval_max_batches)
        self.model.train()
        self.history.append({"step": self.step, **{f"dev_{k}": v for k, v in metrics.items()}})
        self.log(
            f"dev @ {self.step}: loss {metrics['loss_total']:.4f} ppl {metrics['perplexity']:.2f} "
            f"intent acc {metrics['intent_accuracy']:.3f} entity F1 {metrics['entity_f1']:.3f} routing acc {metrics['routing_accuracy']:.3f}"
        )
        watched = self._stop_metric(metrics)
        if watched < self.best_dev - self.cfg.early_stopping_min_delta:
            self.best_dev, self.best_step, self.bad_evals = watched, self.step, 0
            state = self._trainable_state()  # every rank: FSDP gathers collectively
            if self.acc.is_main_process:
                self.ckpt_dir.mkdir(parents=True, exist_ok=True)
                torch.save(state, self.ckpt_dir / "best.pt")
            return False
        self.bad_evals += 1
        return bool(
            self.cfg.early_stopping_patience and self.bad_evals >= self.cfg.early_stopping_patience
        )

    def _stop_metric(self, metrics: dict[str, float]) -> float:
        return stop_metric(self.cfg.early_stopping_metric, self.weights, metrics)

    # --- checkpoints ------------------------------------------------------------------------
    def _trainable_state(self) -> dict[str, torch.Tensor]:
        names = {n for n, p in self.unwrapped.named_parameters() if p.requires_grad}
        state = (
            self.acc.get_state_dict(self.model)
            if self.acc.num_processes > 1
            else self.unwrapped.state_dict()
        )
        return {k: v.detach().cpu().clone() for k, v in state.items() if k in names}

    def _load_trainable(self, state: dict[str, torch.Tensor]) -> None:
        missing = {n for n, p in self.unwrapped.named_parameters() if p.requires_grad} - set(state)
        if missing:
            raise ValueError(
                f"checkpoint lacks trainable weights, e.g. {sorted(missing)[:3]}: different model or method?"
            )
        self.unwrapped.load_state_dict(state, strict=False)

    def save_checkpoint(self) -> Path:
        path = self.ckpt_dir / f"step-{self.step:06d}"
        state = {
            "step": self.step,
            "model": self._trainable_state(),
            "optimizer": self.optimizer.state_dict(),
            "scheduler": self.scheduler.state_dict(),
            "sampler": self.sampler.state_dict(),
            "rng": rng_state(),
            "best_dev": self.best_dev,
            "best_step": self.best_step,
            "bad_evals": self.bad_evals,
            "history": self.history,
            "config": self.cfg.to_dict(),
        }
        # Every rank writes its own sampler and RNG state; the weights are the same in each.
        path.mkdir(parents=True, exist_ok=True)
        torch.save(state, path / f"rank{self.acc.process_index}.pt")
        self.acc.wait_for_everyone()
        if self.acc.is_main_process:
            old = sorted(self.ckpt_dir.glob("step-*"))[: -self.cfg.keep_checkpoints or None]
            for p in old if self.cfg.keep_checkpoints else []:
                shutil.rmtree(p, ignore_errors=True)
        self.acc.wait_for_everyone()
        return path

    def load_checkpoint(self, path: Path) -> None:
        path = Path(path)
        if path.name == "checkpoints" or not (path / "rank0.pt").exists():
            found = sorted(
                (path if path.name == "checkpoints" else path / "checkpoints").glob("step-*")
            )
            if not found:
                raise FileNotFoundError(f"no checkpoint under {path}")
            path = found[-1]
        state = torch.load(
            path / f"rank{self.acc.process_index}.pt", map_location="cpu", weights_only=False
        )
        self._load_trainable(state["model"])
        self.optimizer.load_state_dict(state["optimizer"])
        self.scheduler.load_state_dict(state["scheduler"])
        self.sampler.load_state_dict(state["sampler"])
        set_rng_state(state["rng"])
        self.step, self.best_dev, self.best_step = (
            state["step"],
            state["best_dev"],
            state["best_step"],
        )
        self.bad_evals, self.history = state["bad_evals"], state["history"]
        self.log(f"resumed from {path} at step {self.step}")


class _null:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


def stop_metric(name: str, weights: LossWeights, metrics: dict[str, float]) -> float:
    """The dev loss early stopping watches (``FinetuneConfig.early_stopping_metric``)."""
    if name == "nlu_error":
        return 1.0 - (metrics["intent_accuracy"] + metrics["entity_f1"]) / 2
    if name in ("heads", "nlu"):
        nlu = weights.intent * metrics["loss_intent"] + weights.ner * metrics["loss_ner"]
        return nlu + (weights.routing * metrics["loss_routing"] if name == "heads" else 0.0)
    return metrics["loss_lm" if name == "lm" else "loss_total"]
