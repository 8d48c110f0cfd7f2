"""Fixtures for the LLM component tests: tiny real models built in seconds, no downloads.

``llm_plain_model``: a random-init two-layer Qwen2 saved like a hub model (no task heads).
``llm_head_model``: the same wrapped as a fine-tuned minsheng model (``bot.finetune.model``
layout: LM + ``heads.safetensors`` + ``heads.json``) whose intent head covers ``TOY_INTENTS``; the
heads are random-init, which is enough to test the plumbing (not the accuracy).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import bot.model  # noqa: F401  (USE_TF=0 before transformers is imported)

TOY_EXAMPLES: dict[str, list[str]] = {
    "greet": ["你好", "您好啊", "早上好", "喂你好", "下午好呀", "哈喽在吗", "你好请问"],
    "ask_service": [
        "我想办社保卡",
        "公积金怎么提取",
        "居住证怎么办理",
        "东城区怎么补办身份证",
        "灵活就业人员养老保险怎么交",
        "新生儿医保怎么办",
        "申请低保要什么材料",
    ],
    "goodbye": ["再见", "拜拜了", "先这样吧再见", "好的再见", "没事了拜拜", "回头见", "挂了再见"],
}
TOY_INTENTS = sorted(TOY_EXAMPLES)


def toy_corpus() -> list[str]:
    return [t for texts in TOY_EXAMPLES.values() for t in texts] + [
        "社保卡挂失补换",
        "公积金提取",
        "南湖区政务服务中心",
        "残疾人两项补贴",
    ]


@pytest.fixture(scope="session")
def llm_plain_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import torch
    from transformers import Qwen2Config, Qwen2ForCausalLM

    from bot.model.tokenizer import train_tokenizer

    path = tmp_path_factory.mktemp("llm_plain")
    tokenizer = train_tokenizer(toy_corpus() * 3, vocab_size=400)
    torch.manual_seed(0)
    config = Qwen2Config(
        vocab_size=len(tokenizer),
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=128,
        tie_word_embeddings=True,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
    )
    Qwen2ForCausalLM(config).save_pretrained(path, safe_serialization=True)
    tokenizer.save_pretrained(path)
    return path


def save_head_model(base: Path, out: Path, intents: list[str], seed: int = 0) -> Path:
    """``base`` wrapped with random-init task heads (intent labels ``intents``), saved to ``out``."""
    import torch

    from bot.finetune.model import build_model, save_model
    from bot.model.labels import LabelMaps

    torch.manual_seed(seed)
    maps = LabelMaps(intents=intents, entities=["district"], departments=[])
    model, tokenizer = build_model(base, maps, method="full")
    save_model(model, tokenizer, out, max_len=64)
    return out


@pytest.fixture(scope="session")
def llm_head_model(tmp_path_factory: pytest.TempPathFactory, llm_plain_model: Path) -> Path:
    return save_head_model(llm_plain_model, tmp_path_factory.mktemp("llm_head"), TOY_INTENTS)
