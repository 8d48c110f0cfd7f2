"""The multi-task objective as one small pure function.

``total = α·lm + β·intent + γ·ner + δ·routing``. Each term is the mean cross-entropy over the
targets present in the batch; a term with no targets in this batch is an exact zero that still
touches its logits, so every parameter gets a (zero) gradient and DDP never waits for a missing one.
Nothing here synchronises with the GPU.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
import torch.nn.functional as F

IGNORE = -100


@dataclass(frozen=True)
class LossWeights:
    lm: float = 1.0
    intent: float = 0.5
    ner: float = 0.5
    routing: float = 0.5


def _ce(logits: torch.Tensor | None, targets: torch.Tensor | None) -> torch.Tensor | None:
    if logits is None or targets is None:
        return None
    logits = logits.reshape(-1, logits.shape[-1]).float()
    targets = targets.reshape(-1)
    # sum / count instead of a mean: exactly 0 (not NaN) without targets, and no host-device sync
    # to find out whether there are any.
    total = F.cross_entropy(logits, targets, ignore_index=IGNORE, reduction="sum")
    return total / (targets != IGNORE).sum().clamp(min=1)


def multitask_loss(
    weights: LossWeights,
    lm_logits: torch.Tensor | None = None,
    lm_targets: torch.Tensor | None = None,
    intent_logits: torch.Tensor | None = None,
    intent_labels: torch.Tensor | None = None,
    ner_logits: torch.Tensor | None = None,
    ner_labels: torch.Tensor | None = None,
    routing_logits: torch.Tensor | None = None,
    routing_labels: torch.Tensor | None = None,
) -> dict[str, torch.Tensor]:
    """Per-head losses and their weighted sum.

    Shapes: ``lm_logits`` [N, V] with ``lm_targets`` [N] (already shifted and selected), sequence
    heads [B, C] with labels [B], ``ner_logits`` [B, T, C] with ``ner_labels`` [B, T]. Labels equal
    to -100 are ignored. A head that is absent (None) contributes 0.
    """
    terms = {
        "lm": _ce(lm_logits, lm_targets),
        "intent": _ce(intent_logits, intent_labels),
        "ner": _ce(ner_logits, ner_labels),
        "routing": _ce(routing_logits, routing_labels),
    }
    ref = next((t for t in terms.values() if t is not None), None)
    if ref is None:
        raise ValueError("multitask_loss needs at least one head's logits and targets")
    zero = ref.new_zeros(())
    out = {k: (v if v is not None else zero) for k, v in terms.items()}
    out["total"] = (
        weights.lm * out["lm"]
        + weights.intent * out["intent"]
        + weights.ner * out["ner"]
        + weights.routing * out["routing"]
    )
    return out
