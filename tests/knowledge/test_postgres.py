"""The knowledge base on a real PostgreSQL server (CI sets BOT_TEST_POSTGRES_URL)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import delete
from sqlalchemy.orm import Session

from bot.db import make_engine, migrate
from bot.knowledge.answer import answer_question
from bot.knowledge.catalog import import_catalog
from bot.knowledge.models import Alias, Department, Fact, FAQEntry, Office, ServiceItem, Triple
from bot.knowledge.retrieval import KnowledgeRetriever
from bot.knowledge.store import build_knowledge, count_rows
from bot.settings import PROJECT_ROOT


def _clear(engine) -> None:
    with Session(engine) as s, s.begin():
        for model in (Triple, Alias, FAQEntry, Fact, ServiceItem, Office, Department):
            s.execute(delete(model))


@pytest.fixture
def pg_engine(postgres_url):
    migrate(postgres_url)
    engine = make_engine(postgres_url)
    _clear(engine)
    yield engine
    _clear(engine)
    engine.dispose()


def test_build_import_and_answer_on_postgresql(pg_engine, tmp_path, catalog_file) -> None:
    first = build_knowledge(pg_engine, PROJECT_ROOT / "data" / "knowledge")
    again = build_knowledge(pg_engine, PROJECT_ROOT / "data" / "knowledge")
    assert first.inserted == 37 and again.unchanged == 37

    with catalog_file.open(encoding="utf-8") as f:
        lines = [next(f) for _ in range(30)]
    record = json.loads(lines[0])
    path = tmp_path / "slice.json"
    path.write_text("".join(lines) + "not json\n", encoding="utf-8")
    report = import_catalog(pg_engine, path)
    assert report.upsert.inserted == 30 and [p.line for p in report.problems] == [31]
    counts = count_rows(pg_engine)
    assert import_catalog(pg_engine, path).upsert.unchanged == 30
    assert count_rows(pg_engine) == counts

    retriever = KnowledgeRetriever.from_engine(pg_engine)
    answer = answer_question(retriever, "那要带什么材料", context_item="hpf_loan")
    assert answer.sources == ["hpf_loan"]
    assert retriever.search(record["TASK_NAME"], top_k=3)[0].id == record["TASK_CODE"]
