"""Training throughput: our multi-task loop against a plain Hugging Face ``Trainer``, same model,
same data, same run. Reports tokens/s, MFU and peak memory; writes JSON to ``bench/results/``.

    # CPU, the project's base model and built data (LM records):
    python bench/train_throughput.py --base models/base --data build/data --steps 20
    # GPU (bench/gpu.sh): a ~0.5B Qwen2-shaped random-init model on packed synthetic sequences
    python bench/train_throughput.py --random-init qwen2-0.5b --seq-len 2048 --batch-size 8 --steps 40

Both loops train the causal LM on identical packed sequences (every token a target), with the
same optimizer settings, precision (bf16 autocast on GPU, fp32 on CPU), batch and accumulation;
warm-up steps are excluded and the median step time is reported (robust to a busy machine).
MFU uses the same FLOPs-per-token formula for both (bot.finetune.trainer.flops_per_token)
against the device's peak (datasheet bf16 for GPUs, an AVX-512 estimate for CPUs).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("USE_TF", "0")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import torch  # noqa: E402

from bot.finetune.config import FinetuneConfig  # noqa: E402
from bot.finetune.model import lora_targets  # noqa: E402
from bot.finetune.trainer import Trainer, flops_per_token, peak_flops  # noqa: E402
from bot.llm.tiny_model import QWEN2_5_0_5B_SHAPE, QWEN2_5_0_5B_VOCAB  # noqa: E402
from bot.model.labels import LabelMaps  # noqa: E402
from bot.model.multitask import MultiTaskLM  # noqa: E402
from bot.versions import package_versions  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results"
# Random-init shapes: Qwen2.5-0.5B's published config, and the project's tiny base.
SHAPES: dict[str, dict[str, Any]] = {
    "qwen2-0.5b": dict(
        vocab_size=QWEN2_5_0_5B_VOCAB, **QWEN2_5_0_5B_SHAPE, tie_word_embeddings=True
    ),
    "tiny": dict(
        vocab_size=6000,
        hidden_size=192,
        intermediate_size=512,
        num_hidden_layers=4,
        num_attention_heads=6,
        num_key_value_heads=2,
        tie_word_embeddings=True,
    ),
}


class PackedLM(torch.utils.data.Dataset):
    """Fixed-length blocks, every token a target: what both loops see."""

    def __init__(self, blocks: torch.Tensor):
        self.blocks = blocks
        self.pools = {"lm": list(range(len(blocks)))}

    def __len__(self) -> int:
        return len(self.blocks)

    def __getitem__(self, i: int) -> dict[str, Any]:
        ids = self.blocks[i].tolist()
        n = len(ids)
        return {
            "input_ids": ids,
            "lm_labels": ids,
            "ner_labels": [-100] * n,
            "intent": -100,
            "routing": -100,
            "head_mask": [0] * n,
        }


def make_blocks(args: argparse.Namespace, vocab: int) -> torch.Tensor:
    n_blocks = args.batch_size * args.grad_accum * (args.steps + args.warmup) + 8
    if args.data is None:
        g = torch.Generator().manual_seed(0)
        return torch.randint(0, vocab, (n_blocks, args.seq_len), generator=g)
    from transformers import AutoTokenizer

    from bot.finetune.records import read_jsonl

    tok = AutoTokenizer.from_pretrained(args.base)
    stream: list[int] = []
    for r in read_jsonl(args.data / "train.jsonl"):
        text = r.response if r.response is not None else r.text
        stream += tok(text, add_special_tokens=False)["input_ids"] + [tok.eos_token_id]
    total = len(stream) // args.seq_len
    blocks = torch.tensor(stream[: total * args.seq_len]).view(total, args.seq_len)
    return blocks.repeat((n_blocks + total - 1) // total, 1)[:n_blocks]


def load_lm(args: argparse.Namespace, dtype: torch.dtype) -> torch.nn.Module:
    from transformers import AutoModelForCausalLM, Qwen2Config, Qwen2ForCausalLM

    if args.random_init:
        torch.manual_seed(0)
        cfg = Qwen2Config(
            **SHAPES[args.random_init], max_position_embeddings=max(4096, args.seq_len)
        )
        return Qwen2ForCausalLM(cfg).to(dtype)
    return AutoModelForCausalLM.from_pretrained(args.base, dtype=dtype)


def maybe_lora(lm: torch.nn.Module, method: str) -> torch.nn.Module:
    if method != "lora":
        return lm
    from peft import LoraConfig, get_peft_model

    return get_peft_model(
        lm,
        LoraConfig(
            r=16,
            lora_alpha=32,
            lora_dropout=0.0,
            target_modules=lora_targets(lm),
            task_type="CAUSAL_LM",
        ),
    )


def peak_memory_mb(device: torch.device) -> float:
    if device.type == "cuda":
        return torch.cuda.max_memory_allocated(device) / 2**20
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # process high-water mark


def reset_memory(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize()
        torch.cuda.empty_cache()
        torch.cuda.reset_peak_memory_stats(device)


def run_ours(
    args: argparse.Namespace, blocks: torch.Tensor, device: torch.device
) -> dict[str, Any]:
    reset_memory(device)
    lm = maybe_lora(load_lm(args, torch.float32), args.method)
    model = MultiTaskLM(lm, LabelMaps([], [], []), head_dropout=0.0)
    cfg = FinetuneConfig(
        method=args.method,
        max_steps=args.steps + args.warmup,
        micro_batch_size=args.batch_size,
        grad_accum_steps=args.grad_accum,
        learning_rate=args.lr,
        warmup_steps=args.warmup,
        max_seq_len=args.seq_len,
        eval_every=0,
        save_every=0,
        log_every=1,
        early_stopping_patience=0,
        task_weights={"lm": 1.0},
    )
    pad = type("Pad", (), {"pad_token_id": 0})()
    trainer = Trainer(
        cfg,
        model,
        pad,
        PackedLM(blocks),
        None,
        Path(args.workdir) / "ours",
        log=lambda _: None,
        progress=False,
    )
    result = trainer.train()
    steady = [h for h in result.history if "tokens_per_s" in h][args.warmup :]
    # Median step: robust to other processes stealing the CPU for a few steps (shared machines).
    tps = statistics.median(h["tokens_per_s"] for h in steady)
    fpt = flops_per_token(trainer.unwrapped, args.seq_len, args.method == "full")
    peak = peak_flops(device)
    memory = peak_memory_mb(device)
    # Free our model, optimizer and accelerator before the baseline allocates its own.
    trainer.acc.free_memory()
    del trainer, model, lm
    gc.collect()
    if device.type == "cuda":
        torch.cuda.empty_cache()
    return {
        "tokens_per_s": tps,
        "mfu": tps * fpt / peak,
        "peak_memory_mb": memory,
        "final_loss": steady[-1]["loss_lm"],
        "flops_per_token": fpt,
        "peak_flops": peak,
    }


def run_hf(
    args: argparse.Namespace, blocks: torch.Tensor, device: torch.device, fpt: float
) -> dict[str, Any]:
    from transformers import Trainer as HFTrainer
    from transformers import TrainerCallback, TrainingArguments

    reset_memory(device)
    lm = maybe_lora(load_lm(args, torch.float32), args.method)
    data = [{"input_ids": b, "labels": b, "attention_mask": torch.ones_like(b)} for b in blocks]
    stamps: list[float] = []

    class Clock(TrainerCallback):
        def on_step_end(self, targs, state, control, **kw):  # noqa: ANN001
            if device.type == "cuda":
                torch.cuda.synchronize()
            stamps.append(time.perf_counter())

    targs = TrainingArguments(
        output_dir=str(Path(args.workdir) / "hf"),
        per_device_train_batch_size=args.batch_size,
        gradient_accumulation_steps=args.grad_accum,
        max_steps=args.steps + args.warmup,
        learning_rate=args.lr,
        warmup_steps=args.warmup,
        lr_scheduler_type="cosine",
        max_grad_norm=1.0,
        weight_decay=0.01,
        adam_beta2=0.95,
        bf16=device.type == "cuda",
        logging_steps=max(1, args.steps),
        save_strategy="no",
        report_to="none",
        dataloader_num_workers=0,
        seed=0,
        disable_tqdm=True,
        **({"use_cpu": True} if device.type != "cuda" else {}),
    )
    trainer = HFTrainer(model=lm, args=targs, train_dataset=data, callbacks=[Clock()])
    trainer.train()
    timed = stamps[args.warmup - 1 :] if args.warmup else stamps
    step_seconds = statistics.median(b - a for a, b in zip(timed, timed[1:], strict=False))
    tps = args.batch_size * args.grad_accum * args.seq_len / step_seconds
    return {
        "tokens_per_s": tps,
        "mfu": tps * fpt / peak_flops(device),
        "peak_memory_mb": peak_memory_mb(device),
    }


def versions() -> dict[str, str | None]:
    packages = ("torch", "transformers", "peft", "accelerate")
    return {"python": platform.python_version(), **package_versions(packages, "absent")}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--base", type=Path, help="local HF causal-LM folder")
    src.add_argument(
        "--random-init", choices=sorted(SHAPES), help="random-init Qwen2 of this shape"
    )
    ap.add_argument(
        "--data",
        type=Path,
        default=None,
        help="built data folder (default: synthetic tokens; needs --base)",
    )
    ap.add_argument("--method", choices=["full", "lora"], default="full")
    ap.add_argument("--seq-len", type=int, default=256)
    ap.add_argument("--batch-size", type=int, default=8)
    ap.add_argument("--grad-accum", type=int, default=1)
    ap.add_argument("--steps", type=int, default=10, help="timed steps")
    ap.add_argument("--warmup", type=int, default=3, help="untimed steps first")
    ap.add_argument("--lr", type=float, default=1e-4)
    ap.add_argument("--skip-hf", action="store_true", help="only our loop")
    ap.add_argument("--workdir", default="/tmp/minsheng-bench")
    ap.add_argument(
        "--out",
        type=Path,
        default=None,
        help="result JSON (default bench/results/train_throughput-<device>.json)",
    )
    args = ap.parse_args(argv)
    if args.data is not None and args.base is None:
        ap.error("--data needs --base (its tokenizer)")
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    vocab = (
        SHAPES[args.random_init]["vocab_size"]
        if args.random_init
        else load_lm(args, torch.float32).config.vocab_size
    )
    blocks = make_blocks(args, vocab)
    ours = run_ours(args, blocks, device)
    print(
        f"ours: {ours['tokens_per_s']:.0f} tok/s, MFU {ours['mfu']:.2%}, peak {ours['peak_memory_mb']:.0f} MB",
        flush=True,
    )
    hf = None
    if not args.skip_hf:
        hf = run_hf(args, blocks, device, ours["flops_per_token"])
        print(
            f"HF Trainer: {hf['tokens_per_s']:.0f} tok/s, MFU {hf['mfu']:.2%}, peak {hf['peak_memory_mb']:.0f} MB",
            flush=True,
        )
    machine = {
        "device": torch.cuda.get_device_name(0)
        if device.type == "cuda"
        else platform.processor() or platform.machine(),
        "cpu_threads": torch.get_num_threads(),
        "platform": platform.platform(),
    }
    result = {
        "benchmark": "train_throughput",
        "model": args.random_init or str(args.base),
        "data": str(args.data) if args.data else "synthetic packed tokens",
        "method": args.method,
        "precision": "bf16 autocast" if device.type == "cuda" else "fp32",
        "seq_len": args.seq_len,
        "batch_size": args.batch_size,
        "grad_accum": args.grad_accum,
        "timed_steps": args.steps,
        "warmup_steps": args.warmup,
        "ours": ours,
        "hf_trainer": hf,
        "speedup_vs_hf": ours["tokens_per_s"] / hf["tokens_per_s"] if hf else None,
        "peak_memory_note": "torch.cuda.max_memory_allocated per run"
        if device.type == "cuda"
        else "CPU: process RSS high-water mark (ru_maxrss), cumulative: the HF figure includes ours",
        "machine": machine,
        "versions": versions(),
        "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    out = args.out or RESULTS / f"train_throughput-{'gpu' if device.type == 'cuda' else 'cpu'}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False), "utf-8")
    print(f"written {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
