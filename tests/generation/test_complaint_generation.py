"""Complaint summary and routing, alone and inside the complaint actions: never blocking a ticket."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select
from sqlalchemy.orm import Session

from actions.complaint import ActionAskComplaintConfirmed, ActionSubmitComplaint
from actions.runtime import build_runtime
from bot.generation.complaint import (
    ComplaintNotes,
    complaint_notes,
    route_complaint,
    routing_model_dir,
    summarise_complaint,
    truncate_description,
)
from bot.settings import PROJECT_ROOT
from bot.tickets.models import Ticket

DESCRIPTION = "小区门口的路灯坏了一个多星期，晚上很黑"  # as in the recorded trackers
DEPARTMENTS = ["示例市城市管理局", "示例市公安局"]
ACTION_FIXTURES = PROJECT_ROOT / "tests" / "actions" / "fixtures"


@pytest.fixture(scope="module")
def routing_dir(tiny_model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fine-tuned-format model (LM + task heads, untrained) on the tiny chat model."""
    from bot.finetune.features import LabelMaps
    from bot.finetune.model import build_model, save_model

    maps = LabelMaps(
        intents=["greet", "file_complaint"], entities=["district"], departments=DEPARTMENTS
    )
    model, tokenizer = build_model(tiny_model_dir, maps, method="full")
    out = tmp_path_factory.mktemp("finetuned") / "model"
    save_model(model, tokenizer, out, max_len=64)
    return out


def _tracker(name: str) -> Tracker:
    return Tracker.from_dict(json.loads((ACTION_FIXTURES / f"{name}.json").read_text("utf-8")))


@pytest.fixture(scope="module")
def domain() -> dict:
    return yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))


def test_truncated_description_is_the_first_sentence_within_the_limit() -> None:
    assert truncate_description("路灯坏了。已经一周了") == "路灯坏了"
    assert truncate_description("  路灯\n坏了 ") == "路灯 坏了"
    long = "我家楼下" * 20
    cut = truncate_description(long, max_chars=10)
    assert len(cut) == 10 and cut.endswith("…")


async def test_a_faithful_summary_is_used(chat_server, openai_engine) -> None:
    chat_server.reply = "摘要：小区门口路灯损坏一个多星期"
    async with openai_engine(chat_server.base_url) as engine:
        summary = await summarise_complaint(engine, DESCRIPTION, timeout_s=5)
    assert summary == "小区门口路灯损坏一个多星期。"
    assert chat_server.requests[0]["messages"][1]["content"] == DESCRIPTION


@pytest.mark.parametrize(
    "reply",
    [
        "小区门口路灯损坏3天，联系电话13912345678。",  # invents a number and a phone
        "小区门口路灯损坏。晚上很黑。请尽快处理。",  # not one sentence
        "As an AI, I summarise: the street light is broken.",  # not Chinese
    ],
)
async def test_an_unfaithful_summary_falls_back_to_the_description(
    chat_server, openai_engine, reply: str
) -> None:
    chat_server.reply = reply
    async with openai_engine(chat_server.base_url) as engine:
        summary = await summarise_complaint(engine, DESCRIPTION, timeout_s=5)
    assert summary == truncate_description(DESCRIPTION)


async def test_dead_or_slow_backends_fall_back_within_the_timeout(
    chat_server, openai_engine, dead_base_url
) -> None:
    chat_server.reply, chat_server.delay_s = "小区门口路灯损坏", 5.0
    for url in (dead_base_url, chat_server.base_url):
        async with openai_engine(url) as engine:
            start = time.monotonic()
            summary = await summarise_complaint(engine, DESCRIPTION, timeout_s=0.5)
        assert time.monotonic() - start < 1.5
        assert summary == truncate_description(DESCRIPTION)
    assert await summarise_complaint(None, DESCRIPTION) == truncate_description(DESCRIPTION)


def test_routing_uses_the_fine_tuned_head(routing_dir: Path) -> None:
    from bot.finetune.model import load_model

    department = route_complaint(DESCRIPTION, routing_dir, min_confidence=0.0)
    model, tokenizer = load_model(routing_dir)
    (prediction,) = model.predict(tokenizer, [DESCRIPTION])
    assert department == max(prediction["routing"], key=prediction["routing"].get)
    assert department in DEPARTMENTS
    # An unsure head routes nothing: the ticket is dispatched by hand.
    assert route_complaint(DESCRIPTION, routing_dir, min_confidence=1.01) is None


def test_routing_needs_a_model_with_heads(tiny_model_dir: Path, routing_dir: Path) -> None:
    assert route_complaint(DESCRIPTION, None) is None
    assert routing_model_dir("") is None
    assert routing_model_dir(str(tiny_model_dir)) is None  # a plain LM has no heads
    assert routing_model_dir("", str(routing_dir)) == routing_dir
    assert routing_model_dir(str(routing_dir), str(tiny_model_dir)) == routing_dir


async def test_notes_are_computed_once_per_description(chat_server, openai_engine) -> None:
    chat_server.reply = "小区门口路灯损坏一个多星期"
    description = DESCRIPTION + "，没人修"
    async with openai_engine(chat_server.base_url) as engine:
        first = await complaint_notes(engine, description, None, cache_key="once")
        second = await complaint_notes(engine, description, None, cache_key="once")
    assert first == second == ComplaintNotes("小区门口路灯损坏一个多星期。", None, True)
    assert len(chat_server.requests) == 1


async def test_submit_stores_summary_and_department_and_read_back_shows_them(
    tmp_path, chat_server, routing_dir, settings_with, domain
) -> None:
    chat_server.reply = "小区门口路灯损坏一个多星期"
    settings = settings_with(
        f"sqlite:///{tmp_path / 'tickets.db'}",
        llm={"backend": "openai", "base_url": chat_server.base_url},
        generation={"routing_model_dir": str(routing_dir)},
    )
    runtime = build_runtime(settings)
    dispatcher = CollectingDispatcher()
    await ActionAskComplaintConfirmed(runtime).run(
        dispatcher, _tracker("ask_complaint_confirmed"), domain
    )
    (read_back,) = dispatcher.messages
    department = route_complaint(DESCRIPTION, routing_dir)
    lines = read_back["text"].split("\n")
    assert lines[:4] == [
        "请核对您要登记的信息：",
        f"· 问题描述：{DESCRIPTION}",
        "· 地点：南湖区湖滨东路阳光小区3栋",
        "· 联系电话：138****8000",
    ]
    assert lines[4] == "· 工单摘要（AI生成）：小区门口路灯损坏一个多星期。"
    assert lines[-1] == "以上信息是否正确？"
    assert (f"· 拟转办部门：{department}" in lines) == (department is not None)

    await ActionSubmitComplaint(runtime).run(
        CollectingDispatcher(), _tracker("submit_complaint"), domain
    )
    with Session(runtime.engine) as session:
        ticket = session.scalars(select(Ticket)).one()
    assert (ticket.summary, ticket.department) == ("小区门口路灯损坏一个多星期。", department)
    assert len(chat_server.requests) == 1  # the read-back's summary was reused


async def test_generation_failure_never_blocks_the_ticket(
    tmp_path, dead_base_url, settings_with, domain
) -> None:
    settings = settings_with(
        f"sqlite:///{tmp_path / 'tickets.db'}",
        llm={"backend": "openai", "base_url": dead_base_url},
        generation={"routing_model_dir": str(tmp_path / "no-such-model")},
    )
    runtime = build_runtime(settings)
    dispatcher = CollectingDispatcher()
    await ActionAskComplaintConfirmed(runtime).run(
        dispatcher, _tracker("ask_complaint_confirmed"), domain
    )
    assert "工单摘要" not in dispatcher.messages[0]["text"]
    assert "拟转办部门" not in dispatcher.messages[0]["text"]
    dispatcher = CollectingDispatcher()
    await ActionSubmitComplaint(runtime).run(dispatcher, _tracker("submit_complaint"), domain)
    assert dispatcher.messages[0]["text"].startswith("已为您登记，工单号：")
    with Session(runtime.engine) as session:
        ticket = session.scalars(select(Ticket)).one()
    assert (ticket.summary, ticket.department) == (truncate_description(DESCRIPTION), None)
