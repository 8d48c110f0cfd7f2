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
# What the fixture's routing head is fitted on: department -> complaints.
ROUTING_EXAMPLES = {
    "示例市城市管理局": [DESCRIPTION, "路灯不亮了，晚上出门很危险", "小区门口的垃圾好几天没人清理"],
    "示例市公安局": [
        "我的电动车昨晚在楼下被偷了",
        "有人在小区里撬车门偷东西",
        "手机在地铁上被人偷了",
    ],
}
POLICE_COMPLAINT = "我的电动车昨晚在楼下被偷了"
ACTION_FIXTURES = PROJECT_ROOT / "tests" / "actions" / "fixtures"


@pytest.fixture(scope="module")
def routing_dir(tiny_model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fine-tuned-format model (LM + task heads) on the tiny chat model whose routing head is
    fitted (LM frozen, a second on the CPU) to :data:`ROUTING_EXAMPLES`: routing decisions the
    tests can name, so a broken save, load or read-back shows up as a wrong or missing department.
    """
    import torch

    from bot.finetune.model import build_model, save_model
    from bot.model.labels import LabelMaps
    from bot.model.multitask import encode_text

    maps = LabelMaps(
        intents=["greet", "file_complaint"], entities=["district"], departments=DEPARTMENTS
    )
    torch.manual_seed(0)
    model, tokenizer = build_model(tiny_model_dir, maps, method="full", head_dropout=0.0)
    texts = [t for ts in ROUTING_EXAMPLES.values() for t in ts]
    gold = torch.tensor([DEPARTMENTS.index(d) for d, ts in ROUTING_EXAMPLES.items() for _ in ts])
    encoded = [encode_text(tokenizer, t, 64)[0] for t in texts]
    width = max(len(ids) for ids in encoded)
    ids = torch.tensor([e + [0] * (width - len(e)) for e in encoded])
    mask = torch.tensor([[1] * len(e) + [0] * (width - len(e)) for e in encoded])
    for p in model.parameters():
        p.requires_grad_(False)
    routing = model.heads.routing
    routing.requires_grad_(True)
    optimiser = torch.optim.Adam(routing.parameters(), lr=0.1)
    for _ in range(200):
        loss = torch.nn.functional.cross_entropy(model(ids, mask)["routing_logits"], gold)
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
    assert loss.item() < 0.05, f"the fixture's routing head did not fit ({loss.item():.3f})"
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
    # The saved and reloaded head decides as it was fitted, confidently, for both departments.
    assert route_complaint(DESCRIPTION, routing_dir, min_confidence=0.9) == "示例市城市管理局"
    assert route_complaint(POLICE_COMPLAINT, routing_dir, min_confidence=0.9) == "示例市公安局"
    # An unsure head routes nothing: the ticket is dispatched by hand.
    assert route_complaint(DESCRIPTION, routing_dir, min_confidence=1.01) is None


def test_routing_shares_the_loaded_model(routing_dir: Path) -> None:
    """Routing, the NLU encoder and the generation engine on one folder hold one copy of it."""
    from bot.llm.transformers_engine import load_chat_model
    from bot.model.loader import load_multitask
    from bot.nlu.encoder import get_encoder

    route_complaint(DESCRIPTION, routing_dir, device="cpu", dtype="float32")
    loaded = load_multitask(routing_dir, "cpu", "float32")
    assert load_chat_model(routing_dir, "cpu", "float32") is loaded
    assert get_encoder(routing_dir, "cpu", "float32")._multitask is loaded.multitask


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
    lines = read_back["text"].split("\n")
    assert lines[:4] == [
        "请核对您要登记的信息：",
        f"· 问题描述：{DESCRIPTION}",
        "· 地点：南湖区湖滨东路阳光小区3栋",
        "· 联系电话：138****8000",
    ]
    assert lines[4] == "· 工单摘要（AI生成）：小区门口路灯损坏一个多星期。"
    assert lines[5] == "· 拟转办部门：示例市城市管理局"
    assert lines[-1] == "以上信息是否正确？"

    await ActionSubmitComplaint(runtime).run(
        CollectingDispatcher(), _tracker("submit_complaint"), domain
    )
    with Session(runtime.engine) as session:
        ticket = session.scalars(select(Ticket)).one()
    assert (ticket.summary, ticket.department) == (
        "小区门口路灯损坏一个多星期。",
        "示例市城市管理局",
    )
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
