"""Prompt pieces shared by run time and fine-tuning: the system prompt, the instructions, and the
reference-passage format.

The model is fine-tuned (:mod:`bot.finetune.knowledge_data`) on passages written by
:func:`item_passage` and prompted at run time (:mod:`bot.generation.answer`) with the same format,
so both import it from here; run-time code never imports the training package.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

SYSTEM_PROMPT = "你是示例市12345政务服务便民热线的智能助手。请依据参考资料准确、简洁地回答市民的问题，资料中没有的信息不要编造。"

# Appended to the system prompt for knowledge answers generated at run time.
ANSWER_INSTRUCTION = (
    "只依据参考资料回答，不要添加资料里没有的电话、金额、日期、地址或办理地点；"
    "资料中没有的内容请说明“暂未收录”，并建议拨打资料中的咨询电话。回答使用简体中文，不超过200字。"
)

# Rewording a fixed bot response (RephrasingNLG); only the template and names are given.
REPHRASE_PROMPT = (
    "你是示例市12345政务服务便民热线的智能助手。请把给定的客服回复改写得更自然、更贴合场景，"
    "意思必须完全不变：不增加也不删除任何电话、数字、时间、金额、地址或机构名称，不添加新的信息、"
    "承诺或办理结果。只输出改写后的回复。"
)


@dataclass(frozen=True)
class PassageField:
    """One line of a reference passage: ``label：value(item)``."""

    key: str
    label: str
    value: Callable[[Any], str]


class _Labelled(Protocol):
    label: str

    def value(self, item: Any) -> str: ...


def _office(item: Any) -> str:
    o = item.office
    note = f"{o.note}" if o.note else ""
    return f"{o.name}（地址：{o.address}；办公时间：{o.hours}）。{note}".strip()


def _join(values: Sequence[str]) -> str:
    return "；".join(f"{n}. {v}" for n, v in enumerate(values, 1))


# The fields of a knowledge item, in passage order. ``item`` is a curated item
# (bot.knowledge.schema) or anything with the same attributes.
PASSAGE_FIELDS: tuple[PassageField, ...] = (
    PassageField("department", "主管部门", lambda it: it.department),
    PassageField("eligibility", "办理条件", lambda it: it.eligibility),
    PassageField("materials", "所需材料", lambda it: _join(it.materials)),
    PassageField("steps", "办理流程", lambda it: _join(it.steps)),
    PassageField("office", "办理地点", _office),
    PassageField("online", "网上办理", lambda it: it.online_channel),
    PassageField("fees", "收费标准", lambda it: it.fees),
    PassageField("time_limit", "办理时限", lambda it: it.time_limit),
    PassageField("phone", "咨询电话", lambda it: it.phone),
    PassageField("policy_basis", "政策依据", lambda it: "；".join(it.policy_basis)),
)
PASSAGE_FIELD: dict[str, PassageField] = {f.key: f for f in PASSAGE_FIELDS}


def item_passage(item: Any, fields: Sequence[_Labelled] = PASSAGE_FIELDS) -> str:
    """The item (or some of its fields) as one reference passage, as retrieval hands it over."""
    lines = [f"【{item.name}】"]
    lines += [f"{spec.label}：{spec.value(item)}" for spec in fields]
    lines.append(f"更新日期：{item.last_updated.isoformat()}")
    return "\n".join(lines)
