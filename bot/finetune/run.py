"""``python -m bot llm finetune``: data + base model + config → a fine-tuned model folder.

The output folder holds the merged model and tokenizer (plain ``AutoModelForCausalLM``, vLLM
loadable), ``heads.safetensors`` + ``heads.json`` (label maps), ``finetune_config.yml`` (resolved),
``data_card.json`` (with the data hash), ``versions.json``, ``history.jsonl``, ``loss_curve.png`` and
``metrics.json`` = ``{"losses": {"first": {...}, "last": {...}}, "dev": {...}, ...}``.
"""

from __future__ import annotations

import json
import platform
import random
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.finetune.config import FinetuneConfig
from bot.finetune.evaluate import jsonable, plot_loss_curve
from bot.finetune.features import EncodedDataset
from bot.finetune.model import build_model, save_model
from bot.finetune.records import read_jsonl
from bot.finetune.trainer import Trainer, seed_everything
from bot.model.labels import LabelMaps
from bot.versions import package_versions

PACKAGES = ("torch", "transformers", "peft", "accelerate", "tokenizers", "safetensors", "minsheng")


def versions() -> dict[str, str | None]:
    return {"python": platform.python_version(), **package_versions(PACKAGES, "not installed")}


def resolve_base_model(cfg: FinetuneConfig, settings_base: str, models_dir: Path) -> Path:
    for candidate in (cfg.base_model, settings_base):
        if candidate:
            return Path(candidate)
    return Path(models_dir) / "base"


def run_finetune(
    cfg: FinetuneConfig,
    data_dir: Path,
    out_dir: Path,
    base_model: Path,
    resume: Path | None = None,
    log: Callable[[str], None] = print,
    progress: bool = True,
) -> dict[str, Any]:
    data_dir, out_dir = Path(data_dir), Path(out_dir)
    for name in ("train.jsonl", "dev.jsonl", "labels.json"):
        if not (data_dir / name).exists():
            raise FileNotFoundError(
                f"{data_dir / name} not found: run `python -m bot data build` first"
            )
    seed_everything(cfg.seed)
    maps = LabelMaps.load(data_dir / "labels.json")
    model, tokenizer = build_model(
        base_model,
        maps,
        method=cfg.method,
        lora_r=cfg.lora_r,
        lora_alpha=cfg.lora_alpha,
        lora_dropout=cfg.lora_dropout,
        target_modules=cfg.lora_target_modules,
        head_dropout=cfg.head_dropout,
        gradient_checkpointing=cfg.gradient_checkpointing,
    )
    train_set = EncodedDataset(
        list(read_jsonl(data_dir / "train.jsonl")), tokenizer, maps, cfg.max_seq_len
    )
    # Shuffled once (seeded) so a capped periodic evaluation (eval_max_batches) sees every task.
    dev_records = list(read_jsonl(data_dir / "dev.jsonl"))
    random.Random(cfg.seed).shuffle(dev_records)
    dev_set = EncodedDataset(dev_records, tokenizer, maps, cfg.max_seq_len)
    trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
    total = sum(p.numel() for p in model.parameters())
    log(
        f"base {base_model} | {cfg.method} | trainable {trainable / 1e6:.2f}M of {total / 1e6:.2f}M | "
        f"train {len(train_set)} ({', '.join(f'{k} {len(v)}' for k, v in sorted(train_set.pools.items()))}) | dev {len(dev_set)}"
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    trainer = Trainer(
        cfg, model, tokenizer, train_set, dev_set, out_dir, log=log, progress=progress
    )
    result = trainer.train(resume=resume)
    if not trainer.acc.is_main_process:
        return {}

    save_model(trainer.unwrapped, tokenizer, out_dir, cfg.max_seq_len)
    resolved = cfg.to_dict() | {"base_model": str(base_model)}
    FinetuneConfig.from_dict(resolved).save(out_dir / "finetune_config.yml")
    card = (
        json.loads((data_dir / "data_card.json").read_text("utf-8"))
        if (data_dir / "data_card.json").exists()
        else {}
    )
    (out_dir / "data_card.json").write_text(json.dumps(card, ensure_ascii=False, indent=2), "utf-8")
    (out_dir / "versions.json").write_text(json.dumps(versions(), indent=2), "utf-8")
    with (out_dir / "history.jsonl").open("w", encoding="utf-8") as f:
        for entry in result.history:
            f.write(json.dumps(jsonable(entry)) + "\n")
    plot_loss_curve(result.history, out_dir / "loss_curve.png")
    dev = result.dev
    metrics = {
        "losses": {"first": result.first_losses, "last": result.last_losses},
        "dev": {
            "perplexity": dev.get("perplexity"),
            "intent_accuracy": dev.get("intent_accuracy"),
            "intent_macro_f1": dev.get("intent_macro_f1"),
            "entity_f1": dev.get("entity_f1"),
            "routing_accuracy": dev.get("routing_accuracy"),
            "loss_total": dev.get("loss_total"),
        },
        # The base model on the same (capped) dev batches, before any fine-tuning step.
        "dev_before": next(
            (
                {k[4:]: v for k, v in h.items() if k.startswith("dev_")}
                for h in result.history
                if h.get("step") == 0 and "dev_loss_total" in h
            ),
            None,
        ),
        "steps": result.steps,
        "best_step": result.best_step,
        "stopped_early": result.stopped_early,
        "train_seconds": round(result.seconds, 2),
        "tokens_per_s": round(result.tokens_per_s, 1),
        "mfu": result.mfu,
        "trainable_parameters": trainable,
        "parameters": total,
        "data_sha256": card.get("inputs_sha256"),
        "base_model": str(base_model),
    }
    (out_dir / "metrics.json").write_text(
        json.dumps(jsonable(metrics), ensure_ascii=False, indent=2), "utf-8"
    )
    # Checkpoints are for resuming this run; the finished model does not need them.
    shutil.rmtree(out_dir / "checkpoints", ignore_errors=True)
    return metrics
