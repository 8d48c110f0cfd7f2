"""``python -m bot llm init-base``: the project's own small base model, built offline.

No hub at run time, so when no base model is configured we make one: a byte-level BPE tokenizer
trained with ``tokenizers`` on the project's training corpus (with ChatML special tokens and the PII
placeholders as single tokens), and a small Qwen2-architecture causal LM pre-trained on the same
corpus (packed blocks, chat-formatted dialogues included) with a ChatML chat template. It is a
plain Hugging Face model folder: fine-tuning, evaluation, the Rasa components and vLLM load it like
any other. Built in minutes on two CPU cores; skipped when its inputs did not change.
"""

from __future__ import annotations

import hashlib
import json
import math
import random
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import torch
from tqdm import tqdm

from bot.finetune.records import Record, read_jsonl
from bot.finetune.schedule import warmup_cosine
from bot.model.chat_template import CHATML_TEMPLATE
from bot.model.tokenizer import train_tokenizer

# Pre-training ends at this fraction of the peak learning rate.
MIN_LR_RATIO = 0.1


@dataclass(frozen=True)
class BaseModelSpec:
    """Size and pre-training budget of the base model (one line of reason each)."""

    vocab_size: int = 6000  # enough for the corpus' frequent characters and words
    hidden_size: int = 192
    layers: int = 4
    heads: int = 6
    kv_heads: int = 2  # grouped-query attention, as Qwen2 does
    intermediate_size: int = 512
    max_positions: int = 1024
    block_size: int = 256  # pre-training sequence length
    batch_size: int = 16
    steps: int = 400
    learning_rate: float = 3e-3  # small models tolerate (and need) a high rate
    warmup_steps: int = 30
    max_minutes: float = 7.0  # wall-clock budget: stop early rather than overrun on a busy machine
    seed: int = 7


BASE_PROFILES: dict[str, BaseModelSpec] = {
    "default": BaseModelSpec(),
    # For tests: builds in seconds.
    "test": BaseModelSpec(
        vocab_size=600,
        hidden_size=32,
        layers=2,
        heads=2,
        kv_heads=1,
        intermediate_size=64,
        block_size=64,
        batch_size=8,
        steps=10,
        max_minutes=1.0,
    ),
}


def record_texts(
    records: Iterable[Record], chat_template: Callable[[list[dict[str, str]]], str]
) -> Iterable[str]:
    """Pre-training documents: dialogues rendered in the chat format, plain texts as they are."""
    for r in records:
        if r.response is not None:
            yield chat_template([*r.messages, {"role": "assistant", "content": r.response}])
        elif r.text:
            yield r.text


def corpus_hash(texts: list[str], spec: BaseModelSpec) -> str:
    h = hashlib.sha256(json.dumps(asdict(spec), sort_keys=True).encode())
    for t in texts:
        h.update(t.encode())
        h.update(b"\x00")
    return h.hexdigest()


def build_base_model(
    data_dir: Path,
    out_dir: Path,
    spec: BaseModelSpec | None = None,
    force: bool = False,
    log: Callable[[str], None] = print,
    progress: bool = True,
) -> dict[str, Any]:
    """Train tokenizer + pre-train a small Qwen2 on ``data_dir/train.jsonl``; returns the base card."""
    from transformers import Qwen2Config, Qwen2ForCausalLM

    spec = spec or BaseModelSpec()
    train_file = Path(data_dir) / "train.jsonl"
    if not train_file.exists():
        raise FileNotFoundError(f"{train_file} not found: run `python -m bot data build` first")
    records = list(read_jsonl(train_file))
    from jinja2 import Template

    template = Template(CHATML_TEMPLATE)
    texts = list(
        record_texts(
            records, lambda msgs: template.render(messages=msgs, add_generation_prompt=False)
        )
    )
    digest = corpus_hash(texts, spec)
    card_path = out_dir / "base_card.json"
    if not force and card_path.exists() and (out_dir / "config.json").exists():
        card = json.loads(card_path.read_text("utf-8"))
        if card.get("corpus_sha256") == digest:
            log(
                f"base model in {out_dir} is up to date (corpus sha256 {digest[:12]}); use --force to rebuild"
            )
            return card

    start = time.perf_counter()
    random.seed(spec.seed)
    torch.manual_seed(spec.seed)
    tokenizer = train_tokenizer(texts, spec.vocab_size)
    t_tok = time.perf_counter() - start

    eos = tokenizer.convert_tokens_to_ids("<|endoftext|>")
    stream: list[int] = []
    order = list(range(len(texts)))
    random.shuffle(order)
    for i in order:
        stream += tokenizer(texts[i], add_special_tokens=False)["input_ids"] + [eos]
    n_blocks = len(stream) // spec.block_size
    if n_blocks < 2:
        raise ValueError(
            f"corpus too small to pre-train: {len(stream)} tokens for blocks of {spec.block_size}"
        )
    blocks = torch.tensor(stream[: n_blocks * spec.block_size]).view(n_blocks, spec.block_size)
    n_dev = max(1, n_blocks // 50)
    dev, train = blocks[:n_dev], blocks[n_dev:]

    config = Qwen2Config(
        vocab_size=len(tokenizer),
        hidden_size=spec.hidden_size,
        intermediate_size=spec.intermediate_size,
        num_hidden_layers=spec.layers,
        num_attention_heads=spec.heads,
        num_key_value_heads=spec.kv_heads,
        max_position_embeddings=spec.max_positions,
        tie_word_embeddings=True,
        rope_theta=10000.0,
        bos_token_id=eos,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
    )
    model = Qwen2ForCausalLM(config)
    n_params = sum(p.numel() for p in model.parameters())
    decay = [p for p in model.parameters() if p.ndim >= 2]
    no_decay = [p for p in model.parameters() if p.ndim < 2]
    opt = torch.optim.AdamW(
        [{"params": decay, "weight_decay": 0.1}, {"params": no_decay, "weight_decay": 0.0}],
        lr=spec.learning_rate,
        betas=(0.9, 0.95),
    )

    # The cosine runs over the steps that fit the time budget (re-planned once the speed of this
    # machine is known), so a busy machine still ends training at a low learning rate.
    planned = {"steps": spec.steps}

    def lr_at(step: int) -> float:
        return warmup_cosine(step, spec.warmup_steps, planned["steps"], MIN_LR_RATIO)

    sched = torch.optim.lr_scheduler.LambdaLR(opt, lr_at)
    gen = torch.Generator().manual_seed(spec.seed)
    model.train()
    losses: list[float] = []
    budget = spec.max_minutes * 60
    train_start = time.perf_counter()
    steps_done = 0
    bar = tqdm(range(spec.steps), desc="pre-train base", unit="step", disable=not progress)
    for step in bar:
        idx = torch.randint(0, len(train), (spec.batch_size,), generator=gen)
        batch = train[idx]
        loss = model(input_ids=batch, labels=batch).loss
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        opt.zero_grad(set_to_none=True)
        losses.append(loss.item())
        steps_done = step + 1
        elapsed = time.perf_counter() - train_start
        if steps_done in (10, spec.warmup_steps) and steps_done < spec.steps:
            fits = int(budget / (elapsed / steps_done))
            planned["steps"] = max(steps_done + 1, min(spec.steps, fits))
        bar.set_postfix(
            loss=f"{loss.item():.3f}",
            tok_s=f"{steps_done * spec.batch_size * spec.block_size / elapsed:.0f}",
        )
        if steps_done >= planned["steps"] and steps_done < spec.steps:
            log(f"stopping at {steps_done} steps: what fits the {spec.max_minutes}-minute budget")
            break
        if elapsed > budget:
            log(f"time budget of {spec.max_minutes} min reached after {steps_done} steps")
            break
    bar.close()
    model.eval()
    with torch.no_grad():
        dev_loss = sum(
            float(model(input_ids=b[None], labels=b[None]).loss) for b in dev[:32]
        ) / min(len(dev), 32)
    train_seconds = time.perf_counter() - train_start

    out_dir.mkdir(parents=True, exist_ok=True)
    model.generation_config.eos_token_id = [tokenizer.eos_token_id, eos]
    model.generation_config.pad_token_id = tokenizer.pad_token_id
    model.save_pretrained(out_dir, safe_serialization=True)
    tokenizer.save_pretrained(out_dir)
    card = {
        "corpus_sha256": digest,
        "data_dir": str(data_dir),
        "documents": len(texts),
        "corpus_tokens": len(stream),
        "vocab_size": len(tokenizer),
        "parameters": n_params,
        "spec": asdict(spec),
        "steps": steps_done,
        "planned_steps": planned["steps"],
        "train_loss_first": losses[0],
        "train_loss_last": sum(losses[-10:]) / len(losses[-10:]),
        "dev_loss": dev_loss,
        "dev_perplexity": math.exp(dev_loss),
        "tokenizer_seconds": round(t_tok, 2),
        "pretrain_seconds": round(train_seconds, 2),
        "total_seconds": round(time.perf_counter() - start, 2),
        "threads": torch.get_num_threads(),
    }
    card_path.write_text(json.dumps(card, ensure_ascii=False, indent=2), "utf-8")
    log(
        f"base model: {n_params / 1e6:.2f}M parameters, vocab {len(tokenizer)}, {steps_done} steps, "
        f"dev ppl {card['dev_perplexity']:.1f}, {card['total_seconds']:.0f} s → {out_dir}"
    )
    return card
