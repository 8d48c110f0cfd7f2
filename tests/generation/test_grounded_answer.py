"""Grounded answers through real engines: a faithful reply is used, anything else falls back."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from bot.db import make_engine as make_db_engine
from bot.generation.answer import (
    AI_LABEL,
    BACKEND_ERROR,
    GUARD_FAILED,
    NO_FACTS,
    TIMEOUT,
    Turn,
    answer_messages,
    generate_grounded_answer,
    item_facts,
    recent_turns,
)
from bot.knowledge.answer import citation, compose_answer
from bot.knowledge.service import KnowledgeService
from bot.knowledge.store import StoredItem
from bot.llm import LLMConfig, make_engine

QUESTION = "社保卡丢了怎么办"


@pytest.fixture(scope="module")
def service(knowledge_db: str) -> KnowledgeService:
    return KnowledgeService(make_db_engine(knowledge_db))


@pytest.fixture(scope="module")
def answered(service: KnowledgeService):
    answer = service.answer(QUESTION)
    assert answer.item_id == "ss_card_replace"
    return answer, service.retriever.by_id[answer.item_id]


def faithful_reply(item) -> str:
    steps = item.facts_for("steps")
    return f"社保卡丢了请先挂失再补办：{steps[0]}。然后{steps[1]}。咨询电话{item.facts_for('phone')[0]}。"


def test_the_prompt_carries_the_facts_and_the_recent_turns(answered) -> None:
    answer, item = answered
    facts = item_facts(item, answer)
    assert answer.aspects == ["steps"]
    assert facts.startswith("【社保卡挂失补换】")
    # The asked aspect and the contact phone only; the whole item when no aspect is asked.
    assert item.facts_for("steps")[0] in facts and item.facts_for("phone")[0] in facts
    assert item.office_address not in facts
    whole = item_facts(item)
    assert item.office_address in whole and item.facts_for("fees")[0] in whole
    history = [Turn("user", "你好"), Turn("assistant", "您好"), Turn("user", "社保卡的事")]
    messages = answer_messages(QUESTION, facts, recent_turns(history, 2))
    assert [m.role for m in messages] == ["system", "assistant", "user", "user"]
    assert facts in messages[0].content
    assert messages[-1].content == QUESTION


async def test_a_faithful_answer_is_sent_with_citation_and_ai_label(
    answered, chat_server, openai_engine
) -> None:
    answer, item = answered
    chat_server.reply = faithful_reply(item)
    async with openai_engine(chat_server.base_url) as engine:
        result = await generate_grounded_answer(engine, QUESTION, answer, item, timeout_s=5)
    assert result.generated, result.reasons
    assert result.text == f"{chat_server.reply}\n{citation(item)}{AI_LABEL}"
    assert result.payload() == {
        "sources": ["ss_card_replace"],
        "aspects": answer.aspects,
        "generated": True,
    }
    assert len(chat_server.requests) == 1


@pytest.mark.parametrize(
    ("invented", "kind"),
    [("补办请拨打0755-88886666咨询。", "phone"), ("补卡工本费为80元，当天可取。", "fee")],
    ids=["phone", "fee"],
)
async def test_a_hallucinated_phone_or_fee_falls_back_to_the_composed_answer(
    answered, chat_server, openai_engine, invented: str, kind: str
) -> None:
    answer, item = answered
    chat_server.reply = faithful_reply(item) + invented
    async with openai_engine(chat_server.base_url) as engine:
        result = await generate_grounded_answer(engine, QUESTION, answer, item, timeout_s=5)
    assert not result.generated
    assert result.fallback_reason == GUARD_FAILED
    assert any(reason.startswith(f"{kind}:") for reason in result.reasons), result.reasons
    assert result.text == answer.text
    assert result.payload()["generated"] is False


async def test_a_dead_backend_falls_back_at_once(answered, dead_base_url, openai_engine) -> None:
    answer, item = answered
    async with openai_engine(dead_base_url) as engine:
        start = time.monotonic()
        result = await generate_grounded_answer(engine, QUESTION, answer, item, timeout_s=2)
    assert time.monotonic() - start < 2
    assert (result.generated, result.fallback_reason, result.text) == (
        False,
        BACKEND_ERROR,
        answer.text,
    )


async def test_a_slow_backend_falls_back_within_the_timeout(
    answered, chat_server, openai_engine
) -> None:
    answer, item = answered
    chat_server.reply, chat_server.delay_s = faithful_reply(item), 5.0
    async with openai_engine(chat_server.base_url) as engine:
        start = time.monotonic()
        result = await generate_grounded_answer(engine, QUESTION, answer, item, timeout_s=0.5)
    assert time.monotonic() - start < 1.5
    assert (result.generated, result.fallback_reason, result.text) == (False, TIMEOUT, answer.text)


async def test_the_tiny_model_babbles_and_the_guard_catches_it(tiny_model_dir) -> None:
    # A small item keeps the prompt inside the tiny model's 1024-token context.
    item = StoredItem(
        id="ss_card_replace",
        name="社保卡补换",
        domain="shebao",
        source="curated",
        department="示例市人社局",
        office_name="",
        office_address="",
        office_hours="",
        url="",
        online_available=None,
        last_updated=dt.date(2026, 3, 1),
        facts={"fees": ("工本费20元。",), "phone": ("0755-12345201",)},
        faqs=(),
        aliases=(),
    )
    answer = compose_answer(item, ["fees"])
    engine = make_engine(LLMConfig(model_path=str(tiny_model_dir), device="cpu"))
    try:
        result = await generate_grounded_answer(
            engine, "补卡多少钱", answer, item, timeout_s=30, max_new_tokens=24
        )
    finally:
        await engine.aclose()
    # A random-init model writes gibberish: whatever it wrote, the caller gets the safe answer.
    assert (result.generated, result.fallback_reason, result.text) == (
        False,
        GUARD_FAILED,
        answer.text,
    )
    assert result.reasons


async def test_no_item_means_no_generation(service, chat_server, openai_engine) -> None:
    answer = service.answer("今天天气怎么样")
    async with openai_engine(chat_server.base_url) as engine:
        result = await generate_grounded_answer(engine, "今天天气怎么样", answer, None)
    assert (result.generated, result.fallback_reason) == (False, NO_FACTS)
    assert chat_server.requests == []
