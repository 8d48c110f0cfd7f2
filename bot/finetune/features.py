"""Records → token tensors for the multi-task model, and the resumable task-mixing sampler.

Two input shapes, one per kind of record:

* head records (``nlu``, ``routing``): the citizen's raw text, tokenised without a chat template
  (what the Rasa featurizer sees at run time); NER labels are BIO tags aligned to tokens through
  the fast tokenizer's character offsets; intent/routing labels are per sequence.
* LM records: the chat template over ``messages`` plus the answer; LM targets on answer tokens
  only. Over-long prompts are cut from the left (the question is at the end).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import torch

from bot.finetune.loss import IGNORE
from bot.finetune.records import Record
from bot.model.chat_template import end_of_turn, ensure_chat_template
from bot.model.labels import LabelMaps
from bot.model.multitask import encode_text


def bio_tags(
    offsets: Sequence[tuple[int, int]], entities: Sequence[dict], maps: LabelMaps
) -> list[int]:
    """Token BIO tag ids from character spans; a token starting inside a span continues it."""
    index = {tag: i for i, tag in enumerate(maps.bio)}
    tags = []
    for start, end in offsets:
        tag = "O"
        if end > start:
            for ent in entities:
                if ent["entity"] not in maps.entities:
                    continue
                if start < ent["end"] and end > ent["start"]:
                    tag = ("B-" if start <= ent["start"] else "I-") + ent["entity"]
                    break
        tags.append(index[tag])
    # A span whose first token started before it: the first overlapping token must be B-.
    for i in range(1, len(tags)):
        name = maps.bio[tags[i]]
        if name.startswith("I-") and maps.bio[tags[i - 1]][2:] != name[2:]:
            tags[i] = index["B-" + name[2:]]
    if tags and maps.bio[tags[0]].startswith("I-"):
        tags[0] = index["B-" + maps.bio[tags[0]][2:]]
    return tags


def encode_record(
    record: Record, tokenizer: Any, maps: LabelMaps, max_len: int, eot: str
) -> dict[str, list[int] | int]:
    if record.response is None:
        ids, offsets = encode_text(tokenizer, record.text, max_len)
        if not ids:
            raise ValueError(f"record {record.id} tokenises to nothing")
        ner = [IGNORE] * len(ids)
        if record.task == "nlu":
            ner = bio_tags(offsets, record.entities, maps)
        intent = maps.intents.index(record.intent) if record.intent in maps.intents else IGNORE
        dept = (
            maps.departments.index(record.department)
            if record.department in maps.departments
            else IGNORE
        )
        return {
            "input_ids": ids,
            "lm_labels": [IGNORE] * len(ids),
            "ner_labels": ner,
            "intent": intent,
            "routing": dept,
            "head_mask": [1] * len(ids),
        }
    prompt = tokenizer.apply_chat_template(
        record.messages, tokenize=False, add_generation_prompt=True
    )
    p_ids = tokenizer(prompt, add_special_tokens=False)["input_ids"]
    a_ids = tokenizer(record.response + eot, add_special_tokens=False)["input_ids"]
    a_ids = a_ids[: max(1, max_len - min(len(p_ids), max_len // 2))]
    p_ids = p_ids[-(max_len - len(a_ids)) :] if len(p_ids) + len(a_ids) > max_len else p_ids
    ids = p_ids + a_ids
    return {
        "input_ids": ids,
        "lm_labels": [IGNORE] * len(p_ids) + a_ids,
        "ner_labels": [IGNORE] * len(ids),
        "intent": IGNORE,
        "routing": IGNORE,
        "head_mask": [0] * len(ids),
    }


class EncodedDataset(torch.utils.data.Dataset):
    def __init__(self, records: Sequence[Record], tokenizer: Any, maps: LabelMaps, max_len: int):
        ensure_chat_template(tokenizer)
        eot = end_of_turn(tokenizer)
        self.records = list(records)
        self.items = [encode_record(r, tokenizer, maps, max_len, eot) for r in self.records]
        self.pools: dict[str, list[int]] = {}
        for i, r in enumerate(self.records):
            self.pools.setdefault(r.pool, []).append(i)

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, i: int) -> dict[str, Any]:
        return self.items[i]


def collate(items: Sequence[dict[str, Any]], pad_id: int) -> dict[str, torch.Tensor]:
    width = max(len(it["input_ids"]) for it in items)

    def pad(key: str, value: int) -> torch.Tensor:
        return torch.tensor(
            [it[key] + [value] * (width - len(it[key])) for it in items], dtype=torch.long
        )

    ids = pad("input_ids", pad_id)
    attention = torch.tensor(
        [[1] * len(it["input_ids"]) + [0] * (width - len(it["input_ids"])) for it in items]
    )
    return {
        "input_ids": ids,
        "attention_mask": attention,
        "lm_labels": pad("lm_labels", IGNORE),
        "ner_labels": pad("ner_labels", IGNORE),
        "head_mask": pad("head_mask", 0),
        "intent": torch.tensor([it["intent"] for it in items], dtype=torch.long),
        "routing": torch.tensor([it["routing"] for it in items], dtype=torch.long),
    }


class TaskMixSampler:
    """Infinite stream of example indices mixing task pools by weight; exactly resumable.

    Each draw picks a pool with probability ∝ its weight (pools without examples are skipped), then
    the next index of that pool's shuffled order; a pool reshuffles when exhausted (seeded by pool
    and pass number). ``state_dict`` holds the generator state and each pool's position, so a
    restored sampler continues with the very same indices. Ranks of a multi-GPU run use
    ``seed + rank`` and so see different examples.
    """

    def __init__(
        self, pools: dict[str, list[int]], weights: dict[str, float], seed: int, rank: int = 0
    ):
        self.pools = {k: v for k, v in pools.items() if v and weights.get(k, 0) > 0}
        if not self.pools:
            raise ValueError(
                f"no examples in any pool with weight > 0 (pools: {sorted(pools)}, weights: {weights})"
            )
        self.names = sorted(self.pools)
        self.probs = torch.tensor([weights[k] for k in self.names], dtype=torch.double)
        self.seed = seed + rank
        self.gen = torch.Generator().manual_seed(self.seed)
        self.pos = {k: 0 for k in self.names}
        self.passes = {k: 0 for k in self.names}
        self._orders: dict[str, tuple[int, list[int]]] = {}

    def _order(self, name: str) -> list[int]:
        cached = self._orders.get(name)
        if cached is None or cached[0] != self.passes[name]:
            g = torch.Generator().manual_seed(
                self.seed * 1_000_003 + self.passes[name] * 7919 + self.names.index(name)
            )
            pool = self.pools[name]
            order = [pool[i] for i in torch.randperm(len(pool), generator=g).tolist()]
            cached = self._orders[name] = (self.passes[name], order)
        return cached[1]

    def next_batch(self, size: int) -> list[int]:
        picks = torch.multinomial(self.probs, size, replacement=True, generator=self.gen).tolist()
        out = []
        for p in picks:
            name = self.names[p]
            order = self._order(name)
            out.append(order[self.pos[name]])
            self.pos[name] += 1
            if self.pos[name] == len(order):
                self.pos[name], self.passes[name] = 0, self.passes[name] + 1
        return out

    def state_dict(self) -> dict[str, Any]:
        return {
            "gen": self.gen.get_state(),
            "pos": dict(self.pos),
            "passes": dict(self.passes),
            "seed": self.seed,
        }

    def load_state_dict(self, state: dict[str, Any]) -> None:
        if state["seed"] != self.seed:
            raise ValueError(
                f"sampler state is for seed {state['seed']}, this run uses {self.seed}"
            )
        self.gen.set_state(state["gen"])
        self.pos, self.passes = dict(state["pos"]), dict(state["passes"])
        self._orders = {}
