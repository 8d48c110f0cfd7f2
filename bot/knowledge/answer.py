"""Faithful, cited answers composed only from stored facts.

:func:`compose_answer` never generates content: every sentence of the answer body is a stored
fact, a stored FAQ answer, or a fixed connective ("所需材料：", "该事项暂未收录此项信息"). The
citation line names the item, the responsible department and the date the entry was last checked.
:func:`answer_question` adds retrieval: below ``min_score`` it says it has no information and
offers a human agent instead of guessing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.knowledge.aspects import ASPECT_BY_KEY, DEFAULT_ASPECTS
from bot.knowledge.retrieval import KnowledgeRetriever, Resolution
from bot.knowledge.store import CATALOG, StoredItem

NO_ANSWER_TEXT = (
    "抱歉，关于这个问题我暂时没有查到可靠的办事信息，为避免误导您，我不作猜测。"
    "需要为您转接人工客服吗？"
)
ASK_ITEM_TEXT = "请问您想了解哪一项业务的{label}？例如社保卡申领、居住证、公积金租房提取。"
MISSING_TEXT = "该事项暂未收录此项信息"
# Bigram overlap (Dice) at which a stored FAQ is taken to be the question being asked.
FAQ_MATCH = 0.5
_NON_WORD = re.compile(r"[\s，。！？、；：,.!?;:“”\"'（）()《》]+")


@dataclass
class Answer:
    text: str
    sources: list[str]
    aspects: list[str]
    item_id: str | None = None
    score: float = 0.0
    found: bool = False
    offer_handoff: bool = False
    switched: bool = False
    via_context: bool = False
    faq: str | None = None
    missing_aspects: list[str] = field(default_factory=list)

    def payload(self) -> dict:
        """The ``json_message`` / ``custom`` payload sent with the answer text."""
        return {"sources": list(self.sources), "aspects": list(self.aspects)}


def _bigrams(text: str) -> set[str]:
    text = _NON_WORD.sub("", text)
    return {text[i : i + 2] for i in range(len(text) - 1)} or ({text} if text else set())


def best_faq(item: StoredItem, question: str) -> tuple[str, str] | None:
    """The item's FAQ whose question matches ``question`` closely enough, if any."""
    q = _bigrams(question)
    if not q:
        return None
    best, best_score = None, 0.0
    for faq_q, faq_a in item.faqs:
        f = _bigrams(faq_q)
        score = 2 * len(q & f) / (len(q) + len(f)) if f else 0.0
        if score > best_score:
            best, best_score = (faq_q, faq_a), score
    return best if best_score >= FAQ_MATCH else None


def citation(item: StoredItem) -> str:
    date = item.last_updated.isoformat() if item.last_updated else "未注明"
    dept = item.department or "未注明部门"
    if item.source == CATALOG:
        return f"（来源：广东省政务服务事项目录《{item.name}》，{dept}，数据日期 {date}）"
    return f"（来源：《{item.name}》办事指南，{dept}，更新于 {date}）"


def _format_aspect(item: StoredItem, aspect: str) -> str | None:
    facts = item.facts_for(aspect)
    label = ASPECT_BY_KEY[aspect].label
    if not facts:
        return None
    if aspect in ("materials", "steps") and len(facts) > 1:
        body = "\n".join(f"{n}. {f}" for n, f in enumerate(facts, start=1))
        return f"{label}：\n{body}"
    return f"{label}：" + "；".join(f.rstrip("。；;") for f in facts) + "。"


def _contact(item: StoredItem) -> str:
    phones = item.facts_for("phone")
    if not phones:
        return "拨打12345热线"
    phone = phones[0]
    return (
        f"拨打{phone}" if not phone.startswith("咨询电话") else phone.replace("咨询电话：", "拨打")
    )


def compose_answer(item: StoredItem, aspects: Sequence[str] = (), question: str = "") -> Answer:
    """Answer about ``item`` from its stored facts only, with a citation line.

    With no aspect, a matching FAQ answers the question; otherwise the essentials (conditions,
    materials, procedure, place) are given. A requested aspect the item has no fact for is
    reported as missing, with the item's contact phone, never filled in.
    """
    unknown = [a for a in aspects if a not in ASPECT_BY_KEY]
    if unknown:
        raise ValueError(f"unknown aspects {unknown}")
    faq = best_faq(item, question) if question else None
    lines = [f"关于“{item.name}”："]
    if faq:
        lines.append(faq[1])
    shown = list(aspects) if aspects else ([] if faq else list(DEFAULT_ASPECTS))
    missing = []
    for aspect in shown:
        text = _format_aspect(item, aspect)
        if text is None:
            if aspects:  # only report what was explicitly asked for
                missing.append(aspect)
            continue
        lines.append(text)
    if missing:
        labels = "、".join(ASPECT_BY_KEY[a].label for a in missing)
        lines.append(f"{labels}：{MISSING_TEXT}，建议{_contact(item)}确认。")
    if len(lines) == 1:  # nothing at all on file beyond the name
        lines.append(f"{MISSING_TEXT}，建议{_contact(item)}确认。")
    lines.append(citation(item))
    return Answer(
        text="\n".join(lines),
        sources=[item.id],
        aspects=list(aspects),
        item_id=item.id,
        found=True,
        faq=faq[0] if faq else None,
        missing_aspects=missing,
    )


def no_answer(aspects: Sequence[str] = (), score: float = 0.0) -> Answer:
    return Answer(
        text=NO_ANSWER_TEXT,
        sources=[],
        aspects=list(aspects),
        score=score,
        found=False,
        offer_handoff=True,
    )


def answer_question(
    retriever: KnowledgeRetriever,
    question: str,
    context_item: str | None = None,
    min_score: float = 0.2,
    mode: str = "hybrid",
    last_aspects: Sequence[str] = (),
    resolution: Resolution | None = None,
) -> Answer:
    """Resolve the item (using the conversation's current item and the aspects of the last
    answer, see :meth:`KnowledgeRetriever.resolve`) and compose a cited answer. ``resolution``:
    the question's resolution when the caller already has it (then ``context_item``, ``mode`` and
    ``last_aspects`` are those it was resolved with)."""
    question = (question or "").strip()
    if not question:
        return no_answer()
    if resolution is None:
        resolution = retriever.resolve(
            question, context_item=context_item, mode=mode, last_aspects=last_aspects
        )
    if not resolution.via_context and resolution.aspects and not retriever.content_tokens(question):
        # "要带什么材料" with no item under discussion: ask which service, do not guess.
        label = ASPECT_BY_KEY[resolution.aspects[0]].label
        return Answer(
            text=ASK_ITEM_TEXT.format(label=label),
            sources=[],
            aspects=resolution.aspects,
            found=False,
        )
    if resolution.item is None or resolution.score < min_score:
        return no_answer(resolution.aspects, resolution.score)
    answer = compose_answer(resolution.item, resolution.aspects, question)
    answer.score = resolution.score
    answer.switched = resolution.switched
    answer.via_context = resolution.via_context
    return answer
