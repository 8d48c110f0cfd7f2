"""A tiny random-init Qwen2 chat model with its own byte-level BPE tokenizer, built offline in
about a second: what the tests and the CPU benchmark run the real engine on. Its text is
gibberish; its shapes, chat template, padding and special tokens are those of a real model."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

# Qwen2.5-0.5B's published layers and widths (Qwen2Config field names) and vocabulary size: the
# random-init models of a real size in bench/train_throughput.py and bench/generation_throughput.py.
QWEN2_5_0_5B_SHAPE: dict[str, int] = dict(
    hidden_size=896,
    intermediate_size=4864,
    num_hidden_layers=24,
    num_attention_heads=14,
    num_key_value_heads=2,
)
QWEN2_5_0_5B_VOCAB = 151936

CORPUS = [
    "您好，这里是示例市12345政务服务便民热线，请问有什么可以帮您？",
    "我想办理社会保障卡申领，需要带身份证原件到东城区政务服务中心。",
    "公积金贷款需要连续缴存满六个月，可以在西城区办理。",
    "楼下装修噪声扰民，晚上十点以后还在施工，我要投诉。",
    "新生儿上户口需要出生医学证明和父母双方的户口簿。",
    "居住证办理时限为十五个工作日，南湖区服务中心周一至周五上午九点开门。",
    "失业保险金申领请携带身份证和社保卡，滨江新区可以网上办理。",
    "高新区的家庭医生签约服务免费，北山区的预防接种需要提前预约。",
]


def build_tiny_chat_model(
    out_dir: str | Path,
    vocab_size: int = 400,
    hidden_size: int = 32,
    num_layers: int = 2,
    num_heads: int = 2,
    seed: int = 0,
    config_overrides: Mapping[str, Any] | None = None,
) -> Path:
    """Train a byte-level BPE tokenizer on :data:`CORPUS`, build a random-init Qwen2 on its
    vocabulary, and save both (with a chat template) to ``out_dir``.

    The defaults make a model of a few thousand parameters for tests; benchmarks pass a real
    architecture's shape as ``config_overrides`` (Qwen2Config fields, e.g.
    :data:`QWEN2_5_0_5B_SHAPE` with ``initializer_range=0.02`` so 24 random layers stay finite in
    bfloat16). The vocabulary stays the small one trained here.
    """
    import torch
    from transformers import Qwen2Config, Qwen2ForCausalLM

    from bot.model.tokenizer import train_tokenizer

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    # The same byte-level BPE recipe (special tokens, placeholders, ChatML template) as the
    # project's real base model, on a few sentences.
    tokenizer = train_tokenizer(CORPUS, vocab_size)
    tokenizer.save_pretrained(out)

    torch.manual_seed(seed)
    defaults: dict[str, Any] = dict(
        vocab_size=len(tokenizer),
        hidden_size=hidden_size,
        intermediate_size=hidden_size * 2,
        num_hidden_layers=num_layers,
        num_attention_heads=num_heads,
        num_key_value_heads=num_heads,
        max_position_embeddings=1024,
        # Wider than the usual 0.02 so greedy decoding of a random model has clear winners.
        initializer_range=0.2,
        tie_word_embeddings=True,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
        bos_token_id=None,
    )
    config = Qwen2Config(**{**defaults, **(config_overrides or {})})
    model = Qwen2ForCausalLM(config)
    model.generation_config.eos_token_id = tokenizer.eos_token_id
    model.generation_config.pad_token_id = tokenizer.pad_token_id
    model.save_pretrained(out)
    return out
