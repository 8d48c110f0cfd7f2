"""The project's tokenizer recipe: byte-level BPE with ChatML special tokens and the PII
placeholders as single tokens, trained with ``tokenizers`` in seconds, saved with the ChatML
template. The base model (:mod:`bot.finetune.base_model`) and the tiny test model
(:mod:`bot.llm.tiny_model`) both use it."""

from __future__ import annotations

from typing import Any

from bot.model.chat_template import CHATML_TEMPLATE

SPECIAL_TOKENS = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]
PLACEHOLDER_TOKENS = ["<PHONE>", "<ID_NUMBER>", "<TICKET_ID>", "<NAME>"]


def train_tokenizer(texts: list[str], vocab_size: int) -> Any:
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=True)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        min_frequency=2,
        special_tokens=SPECIAL_TOKENS,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train_from_iterator(texts, trainer=trainer)
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tok,
        eos_token="<|im_end|>",
        pad_token="<|endoftext|>",
        unk_token=None,
        additional_special_tokens=SPECIAL_TOKENS[1:],
        model_max_length=1024,
        # Decoder LMs take no token type ids; generate() rejects them.
        model_input_names=["input_ids", "attention_mask"],
    )
    # Placeholders are ordinary (non-special) added tokens: they survive decoding, one id each.
    fast.add_tokens(PLACEHOLDER_TOKENS)
    fast.chat_template = CHATML_TEMPLATE
    return fast
