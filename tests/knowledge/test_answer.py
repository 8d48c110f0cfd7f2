"""Composed answers: only stored facts, always cited; honest when nothing is known."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.knowledge.answer import (
    MISSING_TEXT,
    NO_ANSWER_TEXT,
    answer_question,
    compose_answer,
)
from bot.knowledge.store import CATALOG, StoredItem

OUT_OF_SCOPE = [
    "今天天气怎么样",
    "帮我订一张机票",
    "你叫什么名字",
    "明天股市会涨吗",
    "给我讲个笑话",
]


def _body_lines(text: str) -> list[str]:
    lines = text.split("\n")
    assert lines[0].startswith("关于“") and lines[-1].startswith("（来源：")
    return lines[1:-1]


def _fact_texts(item: StoredItem) -> set[str]:
    texts = {t.rstrip("。；;") for facts in item.facts.values() for t in facts}
    return texts | {a for _, a in item.faqs}


def test_answer_is_built_only_from_facts_and_cited(curated_retriever) -> None:
    item = curated_retriever.by_id["ss_card_replace"]
    answer = compose_answer(
        item, ["materials", "fees", "location"], "补办社保卡带什么，多少钱，在哪办"
    )
    facts = _fact_texts(item)
    for line in _body_lines(answer.text):
        content = line.split("：", 1)[1] if "：" in line and not line[0].isdigit() else line
        content = content.split(". ", 1)[1] if line[0].isdigit() else content
        if content in facts or content.rstrip("。") in facts:
            continue
        for part in filter(None, content.rstrip("。").split("；")):
            assert part in facts, part
    assert answer.text.endswith(
        "（来源：《社保卡挂失补换》办事指南，示例市人力资源和社会保障局，更新于 2026-09-15）"
    )
    assert answer.payload() == {
        "sources": ["ss_card_replace"],
        "aspects": ["materials", "fees", "location"],
    }


def test_faq_answers_a_matching_question(curated_retriever) -> None:
    item = curated_retriever.by_id["unemployment_benefit"]
    answer = compose_answer(item, [], "失业金最多能领多久？")
    assert answer.faq == "失业金最多能领多久？"
    assert "最长领12个月" in answer.text


def test_missing_aspect_is_reported_not_invented() -> None:
    item = StoredItem(
        id="CODE1", name="某证核发", domain="", source=CATALOG, department="广东省某厅",
        office_name="", office_address="", office_hours="", url="", online_available=None,
        last_updated=dt.date(2021, 5, 26),
        facts={"phone": ("咨询电话：020-1234567",), "materials": ("申请表",)},
        faqs=(), aliases=(),
    )  # fmt: skip
    answer = compose_answer(item, ["fees", "materials"])
    assert f"收费标准：{MISSING_TEXT}，建议拨打020-1234567确认。" in answer.text
    assert "所需材料：申请表。" in answer.text
    assert answer.missing_aspects == ["fees"]
    assert "广东省政务服务事项目录《某证核发》，广东省某厅，数据日期 2021-05-26" in answer.text
    with pytest.raises(ValueError, match="unknown aspects"):
        compose_answer(item, ["weather"])


@pytest.mark.parametrize("question", OUT_OF_SCOPE)
def test_no_answer_path_offers_handoff(curated_retriever, question) -> None:
    answer = answer_question(curated_retriever, question, min_score=0.2)
    assert answer.text == NO_ANSWER_TEXT
    assert not answer.found and answer.offer_handoff
    assert answer.payload() == {"sources": [], "aspects": []}


def test_threshold_is_respected(curated_retriever) -> None:
    found = answer_question(curated_retriever, "社保卡丢了怎么办", min_score=0.2)
    assert found.found and found.sources == ["ss_card_replace"] and found.score >= 0.2
    strict = answer_question(curated_retriever, "社保卡丢了怎么办", min_score=1.0)
    # alias matches score 1.0 + a length bonus capped at 1.0: still found at the maximum threshold
    assert strict.found
    vague = answer_question(curated_retriever, "我想问一下那个费用", min_score=0.2)
    assert not vague.found


def test_follow_up_without_context_asks_which_service(curated_retriever) -> None:
    answer = answer_question(curated_retriever, "那要带什么材料")
    assert not answer.found and not answer.offer_handoff
    assert "哪一项业务的所需材料" in answer.text


def test_follow_up_and_switch(curated_retriever) -> None:
    first = answer_question(curated_retriever, "网上能办吗", context_item="residence_permit")
    assert first.sources == ["residence_permit"] and first.aspects == ["online"]
    assert first.via_context and "“i示例”App" in first.text
    switched = answer_question(
        curated_retriever, "公积金贷款最多贷多少", context_item="residence_permit"
    )
    assert switched.sources == ["hpf_loan"] and switched.switched
    assert answer_question(curated_retriever, "  ").payload() == {"sources": [], "aspects": []}
