"""A causal LM with task heads on its hidden states: intent, NER (BIO) and routing.

The LM runs once per batch through its decoder; the vocabulary projection is applied only at
positions whose next token is an answer token (LM loss on answers only), which saves the
[batch, length, vocab] logits tensor that dominates memory for large vocabularies. Sequence heads
read the mean of the text's hidden states; the NER head reads every token. The heads read raw
text (:func:`encode_text`: no special tokens, no chat template), as they were trained.
"""

from __future__ import annotations

from typing import Any

import torch
from torch import nn

from bot.model.labels import LabelMaps


def encode_text(tokenizer: Any, text: str, max_len: int) -> tuple[list[int], list[tuple[int, int]]]:
    """Token ids and character offsets of raw ``text``, as the heads read it."""
    enc = tokenizer(
        text,
        add_special_tokens=False,
        return_offsets_mapping=True,
        truncation=True,
        max_length=max_len,
    )
    return list(enc["input_ids"]), [tuple(o) for o in enc["offset_mapping"]]


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
        self.heads = TaskHeads(self.base_lm().config.hidden_size, maps, head_dropout)

    def base_lm(self) -> nn.Module:
        """The causal LM without adapters' wrapper (a peft model's base model, else ``lm``)."""
        lm = self.lm
        return lm.get_base_model() if hasattr(lm, "get_base_model") else lm

    def backbone(self) -> nn.Module:
        """The decoder (Qwen2Model, LlamaModel, GPT2Model, ...) without the vocabulary projection."""
        return self.base_lm().base_model

    def forward(
        self,
        input_ids: torch.Tensor,
        attention_mask: torch.Tensor,
        lm_labels: torch.Tensor | None = None,
        head_mask: torch.Tensor | None = None,
    ) -> dict[str, torch.Tensor | None]:
        base = self.base_lm()
        hidden = base.base_model(
            input_ids=input_ids, attention_mask=attention_mask
        ).last_hidden_state
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

    # --- inference helpers (used by evaluation, complaint routing and the NLU encoder) ---------
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
