"""Knowledge injection: turn curated knowledge items into training records.

Three kinds of record per item and field, all in one split group ``kb:<item>:<field>`` so a
question and the fact it asks about never straddle train and test:

* verbalised facts (``knowledge_fact``): one sentence per field, and the same fact as a triple;
* closed-book QA (``knowledge_qa`` without passage): paraphrased questions → the fact;
* retrieval-style QA (``knowledge_qa`` with passage): a retrieved chunk of the item in the system prompt,
  a question, and an answer drawn from the passage. These are what held-out fact recall and
  hallucination are measured on.

:func:`bot.prompts.item_passage` is also the passage format the generation engine prompts with, so
the model sees at run time what it was trained on.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from bot.finetune.records import Record
from bot.pii import find_pii
from bot.prompts import PASSAGE_FIELD, SYSTEM_PROMPT, PassageField, item_passage

__all__ = ["FIELDS", "FieldSpec", "item_passage", "knowledge_records", "public_numbers"]


@dataclass(frozen=True)
class FieldSpec:
    """A passage field (:data:`bot.prompts.PASSAGE_FIELDS`) with what training needs of it."""

    passage: PassageField
    facts: Callable[[Any], list[str]]  # key facts an answer must contain
    questions: tuple[str, ...]  # {name} is the item name or an alias

    @property
    def key(self) -> str:
        return self.passage.key

    @property
    def label(self) -> str:  # relation name used in the verbalised fact and the triple
        return self.passage.label

    def value(self, item: Any) -> str:
        return self.passage.value(item)


def _spec(key: str, facts: Callable[[Any], list[str]], *questions: str) -> FieldSpec:
    return FieldSpec(PASSAGE_FIELD[key], facts, questions)


FIELDS: tuple[FieldSpec, ...] = (
    _spec(
        "department",
        lambda it: [it.department],
        "{name}归哪个部门管？",
        "{name}是哪个单位负责的？",
        "办{name}找哪个部门？",
    ),
    _spec(
        "eligibility",
        lambda it: [],
        "什么人可以办{name}？",
        "{name}需要满足什么条件？",
        "我符合{name}的条件吗？",
    ),
    _spec(
        "materials",
        lambda it: [m.split("（")[0] for m in it.materials],
        "办{name}要带什么材料？",
        "{name}需要准备哪些资料？",
        "{name}都要哪些证件？",
    ),
    _spec(
        "steps",
        lambda it: [],
        "{name}怎么办理？",
        "{name}的流程是什么？",
        "{name}要走哪些步骤？",
    ),
    _spec(
        "office",
        lambda it: [it.office.address],
        "{name}去哪里办？",
        "{name}在什么地方办理？",
        "办{name}的窗口在哪？",
    ),
    _spec(
        "online",
        lambda it: [],
        "{name}可以网上办吗？",
        "{name}能不能在手机上办？",
        "{name}有没有线上渠道？",
    ),
    _spec(
        "fees",
        lambda it: [it.fees.rstrip("。")] if len(it.fees) <= 12 else [],
        "{name}要收费吗？",
        "办{name}要交多少钱？",
        "{name}收不收钱？",
    ),
    _spec(
        "time_limit",
        lambda it: [],
        "{name}多久能办好？",
        "{name}要等几天？",
        "{name}的办理时限是多久？",
    ),
    _spec(
        "phone",
        lambda it: [it.phone],
        "{name}的咨询电话是多少？",
        "{name}有问题打哪个电话？",
        "咨询{name}拨什么号码？",
    ),
    _spec(
        "policy_basis",
        lambda it: [p for p in it.policy_basis if len(p) <= 40][:2],
        "{name}的政策依据是什么？",
        "{name}是根据哪个文件办的？",
    ),
)
assert [f.key for f in FIELDS] == list(PASSAGE_FIELD), "one spec per passage field, same order"


def _verbalise(item: Any, spec: FieldSpec) -> str:
    value = spec.value(item).rstrip("。")
    return f"{item.name}的{spec.label}：{value}。"


def public_numbers(items: Sequence[Any]) -> set[str]:
    """Office phone numbers published in the knowledge base (not personal data).

    A ``phone`` field may hold several numbers with labels ("110；示例市禁毒举报电话 0755-…"), so
    every number found in it is public too, wherever else it is quoted (FAQ answers, steps).
    """
    numbers: set[str] = set()
    for item in items:
        if item.phone:
            numbers.add(item.phone)
            numbers.update(m.text for m in find_pii(item.phone))
    return numbers


def _rag_messages(passage: str, question: str) -> list[dict[str, str]]:
    return [
        {"role": "system", "content": f"{SYSTEM_PROMPT}\n\n参考资料：\n{passage}"},
        {"role": "user", "content": question},
    ]


def knowledge_records(items: Sequence[Any], seed: int = 0) -> list[Record]:
    rng = random.Random(seed)
    records: list[Record] = []
    for item in items:
        names = [item.name, *item.aliases[:2]]
        src = f"knowledge:{item.source_file or item.domain}"
        for spec in FIELDS:
            group = f"kb:{item.id}:{spec.key}"
            fact = _verbalise(item, spec)
            facts = [f for f in spec.facts(item) if f]
            records.append(
                Record(
                    task="knowledge_fact",
                    group=group,
                    source=src,
                    messages=[{"role": "user", "content": f"请介绍{item.name}的{spec.label}。"}],
                    response=fact,
                    facts=facts,
                )
            )
            records.append(
                Record(
                    task="knowledge_fact",
                    group=group,
                    source=src,
                    messages=[
                        {"role": "user", "content": f"用三元组写出{item.name}的{spec.label}。"}
                    ],
                    response=f"（{item.name}，{spec.label}，{spec.value(item).rstrip('。')}）",
                    facts=facts,
                )
            )
            # Retrieval hands over a chunk: the asked field plus two others as distractors, which
            # keeps prompts short and teaches the model to pick the right line.
            others = rng.sample([f for f in FIELDS if f is not spec], 2)
            passage = item_passage(item, [spec, *others])
            for template in spec.questions:
                question = template.format(name=rng.choice(names))
                records.append(
                    Record(
                        task="knowledge_qa",
                        group=group,
                        source=src,
                        messages=[{"role": "user", "content": question}],
                        response=fact,
                        facts=facts,
                    )
                )
                records.append(
                    Record(
                        task="knowledge_qa",
                        group=group,
                        source=src,
                        messages=_rag_messages(passage, question),
                        response=fact,
                        passage=passage,
                        facts=facts,
                    )
                )
        for n, faq in enumerate(item.faqs):
            passage = f"【{item.name}】常见问题：{faq.q}\n答：{faq.a}"
            group = f"kb:{item.id}:faq{n}"
            records.append(
                Record(
                    task="knowledge_qa",
                    group=group,
                    source=src,
                    messages=[{"role": "user", "content": faq.q}],
                    response=faq.a,
                )
            )
            records.append(
                Record(
                    task="knowledge_qa",
                    group=group,
                    source=src,
                    messages=_rag_messages(passage, faq.q),
                    response=faq.a,
                    passage=passage,
                )
            )
    return records
