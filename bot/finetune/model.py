"""Building the multi-task model for training (LoRA or full) and saving it.

The model itself (:class:`bot.model.multitask.MultiTaskLM`) and the head files' format
(:mod:`bot.model.heads_format`) live in :mod:`bot.model`, which loads what is written here.

Saved layout (``save_model``): the merged LM (plain ``AutoModelForCausalLM`` / vLLM loadable) and
tokenizer at the top of the folder, ``heads.safetensors`` + ``heads.json`` (label maps, pooling,
input format) beside them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import torch
from torch import nn

from bot.model.chat_template import ensure_chat_template
from bot.model.heads_format import HeadsMeta, write_heads
from bot.model.labels import LabelMaps
from bot.model.multitask import MultiTaskLM

# LoRA target modules per architecture (config.model_type). Attention and MLP projections: adapting
# the MLP too matters for knowledge injection, not only the attention.
LORA_TARGETS: dict[str, list[str]] = {
    **{
        arch: ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]
        for arch in (
            "qwen2",
            "qwen3",
            "llama",
            "mistral",
            "gemma",
            "gemma2",
            "internlm2",
            "deepseek_v2",
            "yi",
        )
    },
    "chatglm": ["query_key_value", "dense", "dense_h_to_4h", "dense_4h_to_h"],
    "glm": ["q_proj", "k_proj", "v_proj", "o_proj", "gate_up_proj", "down_proj"],
    "glm4": ["q_proj", "k_proj", "v_proj", "o_proj", "gate_up_proj", "down_proj"],
    "phi3": ["qkv_proj", "o_proj", "gate_up_proj", "down_proj"],
    "baichuan": ["W_pack", "o_proj", "gate_proj", "up_proj", "down_proj"],
    "gpt2": ["c_attn", "c_proj", "c_fc"],
}


def lora_targets(model: nn.Module) -> list[str]:
    """Known targets for the architecture, else every Linear inside the decoder layers."""
    arch = getattr(getattr(model, "config", None), "model_type", "")
    if arch in LORA_TARGETS:
        return LORA_TARGETS[arch]
    names = {
        name.rsplit(".", 1)[-1]
        for name, mod in model.named_modules()
        if isinstance(mod, nn.Linear) and "lm_head" not in name and ".layers." in f".{name}"
    }
    if not names:
        raise ValueError(
            f"cannot choose LoRA targets for model type {arch!r}; set lora_target_modules"
        )
    return sorted(names)


def build_model(
    base_path: str | Path,
    maps: LabelMaps,
    method: str = "lora",
    lora_r: int = 16,
    lora_alpha: int = 32,
    lora_dropout: float = 0.05,
    target_modules: list[str] | None = None,
    head_dropout: float = 0.1,
    gradient_checkpointing: bool = False,
) -> tuple[MultiTaskLM, Any]:
    """Load a local causal LM + tokenizer and wrap it for multi-task training."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    base_path = Path(base_path)
    if not (base_path / "config.json").exists():
        raise FileNotFoundError(
            f"no Hugging Face model in {base_path} (config.json missing); build one with "
            "`python -m bot llm init-base` or set base_model to a local model directory"
        )
    tokenizer = AutoTokenizer.from_pretrained(base_path)
    ensure_chat_template(tokenizer)
    lm = AutoModelForCausalLM.from_pretrained(base_path, dtype=torch.float32)
    if gradient_checkpointing:
        lm.gradient_checkpointing_enable()
    if method == "lora":
        from peft import LoraConfig, get_peft_model

        cfg = LoraConfig(
            r=lora_r,
            lora_alpha=lora_alpha,
            lora_dropout=lora_dropout,
            target_modules=target_modules or lora_targets(lm),
            bias="none",
            task_type="CAUSAL_LM",
            # GPT-2 style Conv1D layers store weights transposed.
            fan_in_fan_out=lm.config.model_type == "gpt2",
        )
        lm = get_peft_model(lm, cfg)
    return MultiTaskLM(lm, maps, head_dropout), tokenizer


def save_model(model: MultiTaskLM, tokenizer: Any, out_dir: Path, max_len: int) -> None:
    """Merge LoRA (if any) and write the LM, tokenizer, head weights and label maps."""
    out_dir.mkdir(parents=True, exist_ok=True)
    lm = model.lm
    if hasattr(lm, "merge_and_unload"):
        # Merge into a copy so the training model keeps its adapters (resume, further steps).
        import copy

        lm = copy.deepcopy(lm).merge_and_unload()
    lm.save_pretrained(out_dir, safe_serialization=True)
    tokenizer.save_pretrained(out_dir)
    meta = HeadsMeta(model.maps, model.base_lm().config.hidden_size, max_len)
    write_heads(out_dir, model.heads.state_dict(), meta)
