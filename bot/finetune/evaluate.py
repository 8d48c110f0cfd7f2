"""Evaluation: perplexity, intent accuracy/macro-F1, entity F1 (exact span), routing accuracy, and
fact recall / hallucination rate of generated answers to held-out knowledge questions.

``python -m bot llm eval --model DIR`` writes ``eval.json`` plus confusion-matrix and loss-curve PNGs.
The hallucination rate uses the run-time grounding check (:func:`bot.generation.grounding.check_grounding`),
so the figure measures exactly what the assistant would refuse to send.
"""

from __future__ import annotations

import contextlib
import json
import math
import random
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import torch
import torch.nn.functional as F
from tqdm import tqdm

from bot.finetune.features import EncodedDataset, collate
from bot.finetune.loss import IGNORE, LossWeights
from bot.finetune.records import Record, read_jsonl
from bot.generation.grounding import GuardConfig, check_grounding

_PUNCT = re.compile(r"[\s，。、；：！？“”‘’（）()《》【】,.;:!?\"'-]")


def _norm(text: str) -> str:
    return _PUNCT.sub("", text)


def unsupported(answer: str, source: str) -> tuple[list[tuple[str, str]], int, bool]:
    """(kind, text) of each claim in ``answer`` that ``source`` does not support, the number of
    claims checked, and whether the run-time check would send the answer at all."""
    verdict = check_grounding(answer, source, config=GuardConfig(min_chars=0))
    return [(v.kind, v.text) for v in verdict.unsupported], verdict.claims, verdict.ok


def fact_recall(answer: str, facts: Sequence[str]) -> float:
    if not facts:
        return float("nan")
    ans = _norm(answer)
    return sum(_norm(f) in ans for f in facts) / len(facts)


@torch.no_grad()
def evaluate_heads(
    model: Any,
    dataset: EncodedDataset,
    pad_id: int,
    weights: LossWeights,
    batch_size: int = 16,
    max_batches: int = 0,
    autocast: Callable[[], Any] = contextlib.nullcontext,
    return_predictions: bool = False,
) -> dict[str, Any]:
    """Losses and metrics of the heads and the LM over ``dataset`` (in order)."""
    from seqeval.metrics import f1_score as entity_f1
    from sklearn.metrics import f1_score

    model.eval()
    device = next(model.parameters()).device
    sums = {"lm": 0.0, "intent": 0.0, "ner": 0.0, "routing": 0.0}
    counts = {k: 0 for k in sums}
    intent_gold: list[int] = []
    intent_pred: list[int] = []
    route_gold: list[int] = []
    route_pred: list[int] = []
    ner_gold: list[list[str]] = []
    ner_pred: list[list[str]] = []
    bio = model.maps.bio
    n_batches = math.ceil(len(dataset) / batch_size)
    if max_batches:
        n_batches = min(n_batches, max_batches)
    for b in range(n_batches):
        items = [dataset[i] for i in range(b * batch_size, min(len(dataset), (b + 1) * batch_size))]
        batch = {k: v.to(device) for k, v in collate(items, pad_id).items()}
        with autocast():
            out = model(
                batch["input_ids"], batch["attention_mask"], batch["lm_labels"], batch["head_mask"]
            )
        if out["lm_targets"].numel():
            sums["lm"] += float(
                F.cross_entropy(out["lm_logits"].float(), out["lm_targets"], reduction="sum")
            )
            counts["lm"] += out["lm_targets"].numel()
        for head, gold, pred in (
            ("intent", intent_gold, intent_pred),
            ("routing", route_gold, route_pred),
        ):
            logits, labels = out[f"{head}_logits"], batch[head]
            keep = labels != IGNORE
            if logits is None or not bool(keep.any()):
                continue
            sums[head] += float(
                F.cross_entropy(logits[keep].float(), labels[keep], reduction="sum")
            )
            counts[head] += int(keep.sum())
            gold += labels[keep].tolist()
            pred += logits[keep].argmax(-1).tolist()
        if out["ner_logits"] is not None:
            labels = batch["ner_labels"]
            keep = labels != IGNORE
            if bool(keep.any()):
                sums["ner"] += float(
                    F.cross_entropy(out["ner_logits"][keep].float(), labels[keep], reduction="sum")
                )
                counts["ner"] += int(keep.sum())
                pred_tags = out["ner_logits"].argmax(-1)
                for row in range(labels.shape[0]):
                    k = keep[row]
                    if bool(k.any()):
                        ner_gold.append([bio[t] for t in labels[row][k].tolist()])
                        ner_pred.append([bio[t] for t in pred_tags[row][k].tolist()])
    nan = float("nan")
    losses = {k: (sums[k] / counts[k] if counts[k] else 0.0) for k in sums}
    result: dict[str, Any] = {f"loss_{k}": v for k, v in losses.items()}
    result["loss_total"] = (
        weights.lm * losses["lm"]
        + weights.intent * losses["intent"]
        + weights.ner * losses["ner"]
        + weights.routing * losses["routing"]
    )
    result["perplexity"] = math.exp(min(losses["lm"], 50.0)) if counts["lm"] else nan
    result["intent_accuracy"] = _acc(intent_gold, intent_pred)
    result["intent_macro_f1"] = (
        float(f1_score(intent_gold, intent_pred, average="macro")) if intent_gold else nan
    )
    result["entity_f1"] = float(entity_f1(ner_gold, ner_pred)) if ner_gold else nan
    result["routing_accuracy"] = _acc(route_gold, route_pred)
    result["counts"] = {
        "lm_tokens": counts["lm"],
        "intent": counts["intent"],
        "ner_sequences": len(ner_gold),
        "routing": counts["routing"],
    }
    if return_predictions:
        result["predictions"] = {
            "intent": (intent_gold, intent_pred),
            "routing": (route_gold, route_pred),
        }
    return result


def _acc(gold: list[int], pred: list[int]) -> float:
    return (
        sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold) if gold else float("nan")
    )


@torch.no_grad()
def evaluate_generation(
    model: Any,
    tokenizer: Any,
    records: Sequence[Record],
    max_new_tokens: int = 128,
    limit: int = 40,
) -> dict[str, Any]:
    """Answer held-out retrieval-style knowledge questions; fact recall and hallucination rate."""
    # A fixed shuffle spreads the questions over items and fields; questions with key facts first
    # so fact recall has something to measure.
    pool = [r for r in records if r.task == "knowledge_qa" and r.passage]
    random.Random(0).shuffle(pool)
    chosen = sorted(pool, key=lambda r: not r.facts)[:limit]
    device = next(model.parameters()).device
    lm = model.lm if hasattr(model, "lm") else model
    lm.eval()
    eos = [
        tokenizer.convert_tokens_to_ids(t) for t in ("<|im_end|>",) if t in tokenizer.get_vocab()
    ]
    eos_ids = eos + ([tokenizer.eos_token_id] if tokenizer.eos_token_id is not None else [])
    recalls, hallucinated, claims_total, claims_bad, sendable = [], 0, 0, 0, 0
    samples = []
    for r in tqdm(chosen, desc="generate", unit="q", leave=False):
        prompt = tokenizer.apply_chat_template(
            r.messages, tokenize=False, add_generation_prompt=True
        )
        ids = tokenizer(prompt, add_special_tokens=False, return_tensors="pt")["input_ids"].to(
            device
        )
        gen = lm.generate(
            input_ids=ids,
            attention_mask=torch.ones_like(ids),
            max_new_tokens=max_new_tokens,
            do_sample=False,
            eos_token_id=eos_ids or None,
            pad_token_id=tokenizer.pad_token_id,
        )
        answer = tokenizer.decode(gen[0, ids.shape[1] :], skip_special_tokens=True).strip()
        source = f"{r.passage}\n{r.messages[-1]['content']}"
        bad, n_claims, ok = unsupported(answer, source)
        claims_total += n_claims
        claims_bad += len(bad)
        hallucinated += bool(bad)
        sendable += ok
        rec = fact_recall(answer, r.facts)
        if not math.isnan(rec):
            recalls.append(rec)
        if len(samples) < 10:
            samples.append(
                {
                    "question": r.messages[-1]["content"],
                    "answer": answer,
                    "reference": r.response,
                    "unsupported": bad,
                    "fact_recall": rec,
                }
            )
    n = len(chosen)
    return {
        "questions": n,
        "fact_recall": sum(recalls) / len(recalls) if recalls else float("nan"),
        "questions_with_facts": len(recalls),
        "hallucination_rate": hallucinated / n if n else float("nan"),
        "unsupported_claims": claims_bad,
        "claims": claims_total,
        # Share of answers the run-time check would send (no unsupported claim, sane form).
        "grounded_rate": sendable / n if n else float("nan"),
        "samples": samples,
    }


def jsonable(value: Any) -> Any:
    """NaN → None, recursively (strict JSON has no NaN)."""
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


def plot_confusion(
    gold: list[int], pred: list[int], labels: list[str], title: str, path: Path
) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from sklearn.metrics import confusion_matrix

    cm = confusion_matrix(gold, pred, labels=list(range(len(labels))))
    size = max(5, 0.45 * len(labels) + 2)
    fig, ax = plt.subplots(figsize=(size, size))
    ax.imshow(cm, cmap="Blues")
    ticks = range(len(labels))
    # ASCII-safe tick labels: Chinese department names are shown by index, listed in the JSON.
    ax.set_xticks(
        ticks,
        [str(i) if not lbl.isascii() else lbl for i, lbl in enumerate(labels)],
        rotation=90,
        fontsize=7,
    )
    ax.set_yticks(
        ticks, [str(i) if not lbl.isascii() else lbl for i, lbl in enumerate(labels)], fontsize=7
    )
    for i in ticks:
        for j in ticks:
            if cm[i, j]:
                ax.text(
                    j,
                    i,
                    str(cm[i, j]),
                    ha="center",
                    va="center",
                    fontsize=6,
                    color="white" if cm[i, j] > cm.max() / 2 else "black",
                )
    ax.set_xlabel("predicted")
    ax.set_ylabel("gold")
    ax.set_title(title)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def plot_loss_curve(history: Sequence[dict[str, Any]], path: Path) -> bool:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    train = [h for h in history if "loss_total" in h]
    dev = [h for h in history if "dev_loss_total" in h]
    if not train:
        return False
    fig, ax = plt.subplots(figsize=(7, 4))
    for key in ("total", "lm", "intent", "ner", "routing"):
        ax.plot(
            [h["step"] for h in train],
            [h[f"loss_{key}"] for h in train],
            label=f"train {key}",
            lw=1.5 if key == "total" else 1,
        )
    if dev:
        ax.plot(
            [h["step"] for h in dev],
            [h["dev_loss_total"] for h in dev],
            "k--o",
            ms=3,
            label="dev total",
        )
    ax.set_xlabel("step")
    ax.set_ylabel("loss")
    ax.legend(fontsize=7)
    ax.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return True


def evaluate_model(
    model_dir: Path,
    data_dir: Path,
    out_dir: Path | None = None,
    split: str = "test",
    generate: int = 40,
    max_new_tokens: int = 128,
    weights: LossWeights | None = None,
) -> dict[str, Any]:
    from bot.model.loader import load_multitask

    model_dir = Path(model_dir)
    out_dir = Path(out_dir or model_dir / "eval")
    split_file = Path(data_dir) / f"{split}.jsonl"
    if not split_file.exists():
        raise FileNotFoundError(f"{split_file} not found: run `python -m bot data build` first")
    # CUDA in bfloat16 when present, else the CPU in float32.
    loaded = load_multitask(model_dir, device="auto", dtype="auto")
    model, tokenizer = loaded.multitask, loaded.tokenizer
    records = list(read_jsonl(split_file))
    dataset = EncodedDataset(records, tokenizer, model.maps, loaded.heads.max_len)
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else 0
    heads = evaluate_heads(model, dataset, pad, weights or LossWeights(), return_predictions=True)
    preds = heads.pop("predictions")
    gen = (
        evaluate_generation(model, tokenizer, records, max_new_tokens, generate) if generate else {}
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    plots = []
    for head, labels in (("intent", model.maps.intents), ("routing", model.maps.departments)):
        gold, pred = preds[head]
        if gold:
            path = out_dir / f"confusion_{head}.png"
            plot_confusion(gold, pred, labels, f"{head} ({split})", path)
            plots.append(path.name)
    history_file = model_dir / "history.jsonl"
    if history_file.exists():
        history = [
            json.loads(line)
            for line in history_file.read_text("utf-8").splitlines()
            if line.strip()
        ]
        if plot_loss_curve(history, out_dir / "loss_curve.png"):
            plots.append("loss_curve.png")
    result = {
        "model": str(model_dir),
        "split": split,
        "records": len(records),
        **{k: v for k, v in heads.items()},
        "generation": gen,
        "labels": {"intent": model.maps.intents, "routing": model.maps.departments},
        "plots": plots,
    }
    (out_dir / "eval.json").write_text(
        json.dumps(jsonable(result), ensure_ascii=False, indent=2), "utf-8"
    )
    return result
