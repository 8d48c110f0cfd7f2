"""Training regressions on tiny random-init Qwen2 models (torchtune's three, plus heads and export)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch
from finetune_toys import TOY_MAPS

from bot.finetune.config import FinetuneConfig
from bot.finetune.evaluate import evaluate_heads, evaluate_model
from bot.finetune.features import EncodedDataset
from bot.finetune.loss import LossWeights
from bot.finetune.model import build_model, save_model
from bot.finetune.records import Record, write_jsonl
from bot.finetune.run import run_finetune
from bot.finetune.trainer import Trainer
from bot.model.loader import load_multitask


def _cfg(**overrides) -> FinetuneConfig:
    base = dict(
        max_steps=40,
        micro_batch_size=8,
        grad_accum_steps=1,
        learning_rate=5e-3,
        head_learning_rate=1e-2,
        warmup_steps=2,
        eval_every=0,
        save_every=0,
        log_every=1,
        early_stopping_patience=0,
        max_seq_len=64,
        lora_r=8,
        lora_alpha=16,
        seed=3,
    )
    return FinetuneConfig(**(base | overrides))


def _trainer(
    base: Path, records: list[Record], out: Path, cfg: FinetuneConfig, init_seed: int = 0
) -> Trainer:
    torch.manual_seed(init_seed)
    model, tok = build_model(
        base,
        TOY_MAPS,
        method=cfg.method,
        lora_r=cfg.lora_r,
        lora_alpha=cfg.lora_alpha,
        lora_dropout=cfg.lora_dropout,
        head_dropout=cfg.head_dropout,
    )
    train = EncodedDataset(records, tok, TOY_MAPS, cfg.max_seq_len)
    return Trainer(cfg, model, tok, train, None, out, log=lambda _: None, progress=False)


def test_loss_decreases(tiny_base: Path, toy: list[Record], tmp_path: Path):
    cfg = _cfg(method="full", max_steps=40, log_every=10)
    result = _trainer(tiny_base, toy, tmp_path, cfg).train()
    first, last = result.first_losses, result.last_losses
    assert last["total"] < 0.5 * first["total"]
    for head in ("lm", "intent", "ner", "routing"):
        assert last[head] < 0.5 * first[head], head
    assert result.tokens_per_s > 0 and 0 < result.mfu < 1
    assert {"loss_lm", "loss_ner", "tokens_per_s", "mfu", "lr"} <= set(result.history[-1])


@pytest.mark.parametrize("method", ["lora", "full"])
def test_each_head_learns_the_toy_set(
    tiny_base: Path, toy: list[Record], tmp_path: Path, method: str
):
    cfg = _cfg(
        method=method,
        max_steps=50,
        log_every=10,
        task_weights={"lm": 0.5, "nlu": 1.5, "routing": 1.0},
    )
    trainer = _trainer(tiny_base, toy, tmp_path, cfg)
    before = evaluate_heads(trainer.unwrapped, trainer.train_set, trainer.pad_id, LossWeights())
    trainer.train()
    after = evaluate_heads(trainer.unwrapped, trainer.train_set, trainer.pad_id, LossWeights())
    assert after["intent_accuracy"] >= 0.95 > before["intent_accuracy"]
    assert after["routing_accuracy"] >= 0.95
    assert after["entity_f1"] >= 0.95 > before["entity_f1"]
    assert after["perplexity"] < before["perplexity"]


def test_resume_equals_uninterrupted(tiny_base: Path, toy: list[Record], tmp_path: Path):
    cfg = _cfg(max_steps=6, save_every=3, grad_accum_steps=2, lora_dropout=0.1, head_dropout=0.2)
    straight = _trainer(tiny_base, toy, tmp_path / "a", cfg)
    straight.train()
    interrupted = _trainer(tiny_base, toy, tmp_path / "b", cfg)
    interrupted.train(stop_at=3)
    assert (tmp_path / "b" / "checkpoints" / "step-000003" / "rank0.pt").exists()
    # A fresh process: new model object, different random init, state only from the checkpoint.
    resumed = _trainer(tiny_base, toy, tmp_path / "b", cfg, init_seed=99)
    resumed.train(resume=tmp_path / "b")
    assert resumed.step == 6
    a, b = straight._trainable_state(), resumed._trainable_state()
    assert a.keys() == b.keys() and len(a) > 0
    for k in a:
        torch.testing.assert_close(a[k], b[k], rtol=1e-5, atol=1e-6, msg=k)
    changed = _trainer(tiny_base, toy, tmp_path / "c", cfg)._trainable_state()
    assert any(
        not torch.allclose(a[k], changed[k]) for k in a
    ), "training must have moved the weights"


def test_lora_merge_gives_the_same_logits(tiny_base: Path, tmp_path: Path):
    from transformers import AutoModelForCausalLM

    torch.manual_seed(0)
    model, tok = build_model(tiny_base, TOY_MAPS, method="lora", lora_r=4, lora_alpha=8)
    with torch.no_grad():  # LoRA B starts at zero: make the adapters matter
        for name, p in model.named_parameters():
            if "lora_B" in name:
                p.normal_(0, 0.2)
    model.eval()
    ids = tok(
        ["南湖区路灯坏了", "你好"], add_special_tokens=False, padding=True, return_tensors="pt"
    )
    with torch.no_grad():
        adapted = model.lm(**ids).logits
        plain = model.lm.get_base_model()
        with model.lm.disable_adapter():
            base_logits = plain(**ids).logits
    assert not torch.allclose(adapted, base_logits, atol=1e-4)
    save_model(model, tok, tmp_path / "m", max_len=64)
    merged = AutoModelForCausalLM.from_pretrained(tmp_path / "m").eval()
    with torch.no_grad():
        torch.testing.assert_close(merged(**ids).logits, adapted, rtol=1e-4, atol=1e-5)
    loaded = load_multitask(tmp_path / "m", device="cpu", dtype="float32")
    texts = ["南湖区路灯坏了", "东城区你好"]
    ours = model.eval().predict(tok, texts)
    theirs = loaded.multitask.predict(loaded.tokenizer, texts)
    for x, y in zip(ours, theirs, strict=True):
        assert x["intent"] == pytest.approx(y["intent"], abs=1e-5)
        assert sum(y["routing"].values()) == pytest.approx(1.0)


@pytest.fixture(scope="module")
def finetuned(
    tiny_base: Path, toy: list[Record], tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, Path]:
    data = tmp_path_factory.mktemp("data")
    write_jsonl(data / "train.jsonl", toy)
    write_jsonl(data / "dev.jsonl", toy[::3])
    write_jsonl(data / "test.jsonl", toy[1::3])
    (data / "labels.json").write_text(json.dumps(TOY_MAPS.to_json()), "utf-8")
    (data / "data_card.json").write_text(json.dumps({"inputs_sha256": "toy"}), "utf-8")
    out = tmp_path_factory.mktemp("model")
    cfg = _cfg(
        max_steps=6,
        eval_every=3,
        save_every=3,
        eval_max_batches=2,
        generate_max_examples=2,
        max_new_tokens=8,
    )
    metrics = run_finetune(cfg, data, out, tiny_base, log=lambda _: None, progress=False)
    assert metrics["steps"] == 6
    return out, data


def test_output_dir_is_a_plain_transformers_model(finetuned: tuple[Path, Path]):
    from transformers import AutoModelForCausalLM, AutoTokenizer

    out, _ = finetuned
    for name in (
        "config.json",
        "model.safetensors",
        "tokenizer.json",
        "heads.safetensors",
        "heads.json",
        "finetune_config.yml",
        "versions.json",
        "data_card.json",
        "metrics.json",
        "history.jsonl",
    ):
        assert (out / name).exists(), name
    assert not (out / "checkpoints").exists()
    lm = AutoModelForCausalLM.from_pretrained(out)
    tok = AutoTokenizer.from_pretrained(out)
    prompt = tok.apply_chat_template(
        [{"role": "user", "content": "你好"}], tokenize=False, add_generation_prompt=True
    )
    assert prompt.endswith("<|im_start|>assistant\n")
    ids = tok(prompt, return_tensors="pt", add_special_tokens=False)
    gen = lm.generate(**ids, max_new_tokens=3, do_sample=False)
    assert gen.shape[1] > ids["input_ids"].shape[1]
    assert not any("lora" in k for k in lm.state_dict())
    metrics = json.loads((out / "metrics.json").read_text())
    assert set(metrics["losses"]["first"]) == {"lm", "intent", "ner", "routing", "total"}
    assert set(metrics["losses"]["last"]) == {"lm", "intent", "ner", "routing", "total"}
    assert {"perplexity", "intent_accuracy", "entity_f1", "routing_accuracy"} <= set(metrics["dev"])
    assert metrics["data_sha256"] == "toy"
    assert FinetuneConfig.load(out / "finetune_config.yml").base_model


def test_eval_writes_json_and_plots(finetuned: tuple[Path, Path]):
    out, data = finetuned
    result = evaluate_model(out, data, out / "eval", split="test", generate=2, max_new_tokens=8)
    assert (out / "eval" / "eval.json").exists()
    for png in ("confusion_intent.png", "confusion_routing.png", "loss_curve.png"):
        assert (out / "eval" / png).stat().st_size > 1000
    assert result["generation"]["questions"] == 2
    assert 0.0 <= result["generation"]["hallucination_rate"] <= 1.0


def _random_model(arch: str, vocab: int):
    from transformers import (
        GPT2Config,
        GPT2LMHeadModel,
        LlamaConfig,
        LlamaForCausalLM,
        Qwen2Config,
        Qwen2ForCausalLM,
    )

    torch.manual_seed(0)
    small = dict(
        vocab_size=vocab,
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
    )
    if arch == "qwen2":
        return Qwen2ForCausalLM(Qwen2Config(**small))
    if arch == "llama":
        return LlamaForCausalLM(LlamaConfig(**small))
    return GPT2LMHeadModel(GPT2Config(vocab_size=vocab, n_embd=32, n_layer=2, n_head=4))


@pytest.mark.parametrize("arch", ["qwen2", "llama", "gpt2"])
def test_architectures_train_and_export(
    arch: str, tiny_base: Path, toy: list[Record], tmp_path: Path
):
    """Any causal LM: LoRA targets chosen per architecture, a training step runs, merge round-trips."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from bot.finetune.model import LORA_TARGETS

    tok = AutoTokenizer.from_pretrained(tiny_base)
    _random_model(arch, len(tok)).save_pretrained(tmp_path / "base")
    tok.save_pretrained(tmp_path / "base")
    cfg = _cfg(max_steps=2, log_every=1)
    trainer = _trainer(tmp_path / "base", toy, tmp_path / "run", cfg)
    targeted = {
        n.rsplit(".", 2)[-2] for n, _ in trainer.unwrapped.named_parameters() if "lora_A" in n
    }
    assert targeted and targeted <= set(LORA_TARGETS[arch]) | {"default"}
    result = trainer.train()
    assert result.steps == 2
    model = trainer.unwrapped.eval()
    ids = tok(["南湖区路灯坏了"], add_special_tokens=False, return_tensors="pt")
    with torch.no_grad():
        for name, p in model.named_parameters():
            if "lora_B" in name:
                p.normal_(0, 0.2)
        expected = model.lm(**ids).logits
    save_model(model, tok, tmp_path / "out", max_len=64)
    merged = AutoModelForCausalLM.from_pretrained(tmp_path / "out").eval()
    with torch.no_grad():
        torch.testing.assert_close(merged(**ids).logits, expected, rtol=1e-4, atol=1e-5)
