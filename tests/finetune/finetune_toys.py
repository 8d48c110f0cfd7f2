"""Tiny real models and toy data for the fine-tuning tests (built in seconds, no downloads)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

import bot.finetune  # noqa: F401  (USE_TF=0 before transformers is imported)
from bot.finetune.records import Record
from bot.model.labels import LabelMaps
from bot.settings import shared_data_dir

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def shared_data(*parts: str) -> Path:
    """A path under ../shared/data (or $MINSHENG_SHARED_DATA); skip when it is absent."""
    path = shared_data_dir().joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data set {path} is absent")
    return path


DISTRICTS = ["东城区", "西城区", "南湖区", "北山区"]
# Toy tasks a 2-layer model can learn in a few dozen steps: the label is tied to a keyword.
INTENT_WORDS = {
    "greet": ["你好", "您好啊", "早上好"],
    "ask_service": ["社保卡怎么办", "公积金怎么取", "居住证怎么办"],
    "goodbye": ["再见", "拜拜了", "先这样吧再见"],
}
ROUTING_WORDS = {
    "城市管理局": ["路灯坏了", "垃圾没人清运", "占道摆摊"],
    "公安局": ["有人打架", "电动车被偷", "被人诈骗"],
}


def toy_records(seed: int = 0, n_lm: int = 12) -> list[Record]:
    rng = random.Random(seed)
    out: list[Record] = []
    for intent, phrases in INTENT_WORDS.items():
        for p in phrases:
            for d in DISTRICTS:
                text = f"{d}{p}"
                out.append(
                    Record(
                        task="nlu",
                        group=f"g{len(out)}",
                        source="toy",
                        text=text,
                        intent=intent,
                        entities=[{"start": 0, "end": len(d), "entity": "district", "value": d}],
                    )
                )
    for dept, phrases in ROUTING_WORDS.items():
        for p in phrases:
            for d in DISTRICTS:
                out.append(
                    Record(
                        task="routing",
                        group=f"g{len(out)}",
                        source="toy",
                        text=f"{d}{p}",
                        department=dept,
                    )
                )
    for i in range(n_lm):
        d = rng.choice(DISTRICTS)
        out.append(
            Record(
                task="knowledge_qa",
                group=f"g{len(out)}",
                source="toy",
                messages=[{"role": "user", "content": f"{d}政务服务中心电话是多少？"}],
                response=f"{d}政务服务中心电话是0755-8888000{i % 10}。",
                passage=f"{d}政务服务中心电话：0755-8888000{i % 10}",
                facts=[f"0755-8888000{i % 10}"],
            )
        )
    for r in out:
        r.finalise_id()
    return out


TOY_MAPS = LabelMaps(
    intents=sorted(INTENT_WORDS), entities=["district"], departments=sorted(ROUTING_WORDS)
)


def make_tiny_base(
    path: Path, texts: list[str], hidden: int = 64, layers: int = 2, seed: int = 0
) -> Path:
    """A random-init Qwen2 with a tokenizer trained on ``texts``, saved like a hub model."""
    import torch
    from transformers import Qwen2Config, Qwen2ForCausalLM

    from bot.model.tokenizer import train_tokenizer

    tokenizer = train_tokenizer(texts * 3, vocab_size=400)
    torch.manual_seed(seed)
    config = Qwen2Config(
        vocab_size=len(tokenizer),
        hidden_size=hidden,
        intermediate_size=hidden * 2,
        num_hidden_layers=layers,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=256,
        tie_word_embeddings=True,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
    )
    model = Qwen2ForCausalLM(config)
    model.save_pretrained(path, safe_serialization=True)
    tokenizer.save_pretrained(path)
    return path


def corpus(records: list[Record]) -> list[str]:
    texts = []
    for r in records:
        texts.append(r.text or "")
        texts += [m["content"] for m in r.messages]
        texts.append(r.response or "")
    return [t for t in texts if t]
