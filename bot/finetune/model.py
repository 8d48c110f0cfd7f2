"""A causal LM with task heads on its hidden states: intent, NER (BIO) and routing.

The LM runs once per batch through its decoder; the vocabulary projection is applied only at
positions whose next token is an answer token (LM loss on answers only), which saves the
[batch, length, vocab] logits tensor that dominates memory for large vocabularies. Sequence heads
read the mean of the text's hidden states; the NER head reads every token.

Saved layout (``save_model``): the merged LM (plain ``AutoModelForCausalLM`` / vLLM loadable) and
tokenizer at the top of the folder, ``heads.safetensors`` + ``heads.json`` (label maps, pooling,
input format) beside them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import torch
from safetensors.torch import load_file, save_file
from torch import nn

from bot.finetune.features import LabelMaps, encode_text, ensure_chat_template

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
HEADS_FILE = "heads.safetensors"
HEADS_META = "heads.json"


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


class TaskHeads(nn.Module):
    def __init__(self, hidden: int, maps: LabelMaps, dropout: float = 0.1):
        super().__init__()
        self.dropout = nn.Dropout(dropout)
        self.intent = nn.Linear(hidden, len(maps.intents)) if maps.intents else None
        self.ner = nn.Linear(hidden, len(maps.bio)) if maps.entities else None
        self.routing = nn.Linear(hidden, len(maps.departments)) if maps.departments else None


class MultiTaskLM(nn.Module):
    def __init__(self, lm: nn.Module, maps: LabelMaps, head_dropout: float = 0.1):
        super().__init__()
        self.lm = lm
        self.maps = maps
        self.heads = TaskHeads(self._base().config.hidden_size, maps, head_dropout)

    def _base(self) -> nn.Module:
        lm = self.lm
        return lm.get_base_model() if hasattr(lm, "get_base_model") else lm

    def forward(
        self,
        input_ids: torch.Tensor,
        attention_mask: torch.Tensor,
        lm_labels: torch.Tensor | None = None,
        head_mask: torch.Tensor | None = None,
    ) -> dict[str, torch.Tensor | None]:
        base = self._base()
        # The backbone (Qwen2Model, LlamaModel, GPT2Model, ...) without the vocabulary projection.
        backbone = base.base_model
        hidden = backbone(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        out: dict[str, torch.Tensor | None] = {"hidden": hidden}
        if lm_labels is not None:
            targets = lm_labels[:, 1:]
            keep = targets != -100
            out["lm_logits"] = base.get_output_embeddings()(hidden[:, :-1][keep])
            out["lm_targets"] = targets[keep]
        mask = (
            (head_mask if head_mask is not None else attention_mask).unsqueeze(-1).to(hidden.dtype)
        )
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
        h = self.heads
        out["intent_logits"] = h.intent(h.dropout(pooled)) if h.intent is not None else None
        out["routing_logits"] = h.routing(h.dropout(pooled)) if h.routing is not None else None
        out["ner_logits"] = h.ner(h.dropout(hidden)) if h.ner is not None else None
        return out

    # --- inference helpers (used by evaluation and the Rasa components) -----------------------
    @torch.no_grad()
    def predict(self, tokenizer: Any, texts: list[str], max_len: int = 256) -> list[dict[str, Any]]:
        """Intent and routing distributions plus entity spans for raw citizen texts."""
        self.eval()
        device = next(self.parameters()).device
        encoded = [encode_text(tokenizer, t, max_len) for t in texts]
        width = max(1, max(len(ids) for ids, _ in encoded))
        pad = tokenizer.pad_token_id or 0
        ids = torch.tensor([e[0] + [pad] * (width - len(e[0])) for e in encoded], device=device)
        att = torch.tensor(
            [[1] * len(e[0]) + [0] * (width - len(e[0])) for e in encoded], device=device
        )
        out = self(ids, att)
        results = []
        for i, (tok_ids, offsets) in enumerate(encoded):
            r: dict[str, Any] = {"text": texts[i]}
            if out["intent_logits"] is not None:
                r["intent"] = dict(
                    zip(
                        self.maps.intents,
                        out["intent_logits"][i].float().softmax(-1).tolist(),
                        strict=True,
                    )
                )
            if out["routing_logits"] is not None:
                r["routing"] = dict(
                    zip(
                        self.maps.departments,
                        out["routing_logits"][i].float().softmax(-1).tolist(),
                        strict=True,
                    )
                )
            if out["ner_logits"] is not None:
                tags = [
                    self.maps.bio[t]
                    for t in out["ner_logits"][i, : len(tok_ids)].argmax(-1).tolist()
                ]
                r["entities"] = spans_from_bio(tags, offsets, texts[i])
            results.append(r)
        return results


def spans_from_bio(
    tags: list[str], offsets: list[tuple[int, int]], text: str
) -> list[dict[str, Any]]:
    spans: list[dict[str, Any]] = []
    for tag, (s, e) in zip(tags, offsets, strict=True):
        if tag.startswith("B-") or (
            tag.startswith("I-")
            and (not spans or spans[-1]["entity"] != tag[2:] or spans[-1]["closed"])
        ):
            spans.append({"entity": tag[2:], "start": s, "end": e, "closed": False})
        elif tag.startswith("I-"):
            spans[-1]["end"] = e
        elif spans:
            spans[-1]["closed"] = True
    return [
        {
            "entity": sp["entity"],
            "start": sp["start"],
            "end": sp["end"],
            "value": text[sp["start"] : sp["end"]],
        }
        for sp in spans
    ]


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
    heads = {k: v.detach().cpu().contiguous() for k, v in model.heads.state_dict().items()}
    save_file(heads, str(out_dir / HEADS_FILE))
    meta = {
        "format": 1,
        "hidden_size": model._base().config.hidden_size,
        "pooling": "mean over text tokens of the last hidden state",
        "input": "raw text, tokenizer(text, add_special_tokens=False), no chat template",
        "max_len": max_len,
        "labels": model.maps.to_json(),
    }
    (out_dir / HEADS_META).write_text(json.dumps(meta, ensure_ascii=False, indent=2), "utf-8")


def load_model(
    model_dir: Path, device: str | torch.device = "cpu", dtype: torch.dtype = torch.float32
) -> tuple[MultiTaskLM, Any]:
    """Load a folder written by :func:`save_model` (LM + tokenizer + heads) for inference."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    model_dir = Path(model_dir)
    meta_path = model_dir / HEADS_META
    if not meta_path.exists():
        raise FileNotFoundError(f"{model_dir} has no {HEADS_META}: not a fine-tuned minsheng model")
    meta = json.loads(meta_path.read_text("utf-8"))
    maps = LabelMaps.from_json(meta["labels"])
    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    ensure_chat_template(tokenizer)
    lm = AutoModelForCausalLM.from_pretrained(model_dir, dtype=dtype)
    model = MultiTaskLM(lm, maps, head_dropout=0.0)
    model.heads.load_state_dict(load_file(str(model_dir / HEADS_FILE)))
    return model.to(device=device, dtype=dtype).eval(), tokenizer
