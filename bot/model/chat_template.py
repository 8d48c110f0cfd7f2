"""The chat template: ChatML (as Qwen uses) for tokenizers that bring none of their own."""

from __future__ import annotations

from typing import Any

CHATML_TEMPLATE = (
    "{% for message in messages %}"
    "{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}"
)


def ensure_chat_template(tokenizer: Any) -> None:
    """ChatML when the tokenizer has no template, and the end-of-sequence token as padding when it
    has no padding token (fine-tuning pads batches; saved models keep both)."""
    if not getattr(tokenizer, "chat_template", None):
        tokenizer.chat_template = CHATML_TEMPLATE
    if tokenizer.pad_token_id is None:
        tokenizer.pad_token = tokenizer.eos_token


def end_of_turn(tokenizer: Any) -> str:
    """Text that closes an assistant turn in this tokenizer's chat template."""
    rendered = tokenizer.apply_chat_template(
        [{"role": "user", "content": "x"}, {"role": "assistant", "content": "\x00"}], tokenize=False
    )
    tail = rendered.split("\x00", 1)[1]
    return tail or (tokenizer.eos_token or "")
