"""`llm init-base` with the test profile: tokenizer + small Qwen2, a plain HF folder, skipped when unchanged."""

from __future__ import annotations

from pathlib import Path

from finetune_toys import toy_records

from bot.finetune.base_model import BASE_PROFILES, build_base_model
from bot.finetune.records import write_jsonl
from bot.model.tokenizer import PLACEHOLDER_TOKENS


def test_init_base_builds_a_loadable_chat_model(tmp_path: Path):
    from transformers import AutoModelForCausalLM, AutoTokenizer

    write_jsonl(tmp_path / "data" / "train.jsonl", toy_records(n_lm=40) * 3)
    out = tmp_path / "base"
    card = build_base_model(
        tmp_path / "data", out, BASE_PROFILES["test"], progress=False, log=lambda _: None
    )
    assert card["steps"] == BASE_PROFILES["test"].steps
    assert card["train_loss_last"] < card["train_loss_first"]
    tok = AutoTokenizer.from_pretrained(out)
    model = AutoModelForCausalLM.from_pretrained(out)
    assert model.config.model_type == "qwen2"
    for placeholder in PLACEHOLDER_TOKENS:  # one token each, and it decodes back
        ids = tok(f"电话{placeholder}", add_special_tokens=False)["input_ids"]
        assert tok.convert_tokens_to_ids(placeholder) in ids
        assert tok.decode(ids) == f"电话{placeholder}"
    chat = tok.apply_chat_template(
        [{"role": "user", "content": "你好"}], tokenize=False, add_generation_prompt=True
    )
    assert chat == "<|im_start|>user\n你好<|im_end|>\n<|im_start|>assistant\n"
    assert tok.eos_token == "<|im_end|>" and tok.pad_token == "<|endoftext|>"
    messages: list[str] = []
    build_base_model(
        tmp_path / "data", out, BASE_PROFILES["test"], progress=False, log=messages.append
    )
    assert any("up to date" in m for m in messages)
