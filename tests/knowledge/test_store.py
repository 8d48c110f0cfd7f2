"""Building the curated knowledge base: idempotent, updates in place, all-or-nothing."""

from __future__ import annotations

import pytest
import yaml
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.db import make_engine
from bot.knowledge.models import Fact, ServiceItem, Triple
from bot.knowledge.schema import KnowledgeSchemaError
from bot.knowledge.store import build_knowledge, count_rows, load_items


def test_build_is_idempotent(empty_db, knowledge_copy) -> None:
    engine = make_engine(empty_db)
    first = build_knowledge(engine, knowledge_copy)
    counts = count_rows(engine)
    second = build_knowledge(engine, knowledge_copy)
    assert (first.inserted, first.updated, first.unchanged) == (37, 0, 0)
    assert (second.inserted, second.updated, second.unchanged, second.removed) == (0, 0, 37, 0)
    assert count_rows(engine) == counts
    assert counts["kb_items"] == 37 and counts["kb_faqs"] >= 37 * 4
    assert counts["kb_aliases"] >= 37 * 5


def test_facts_by_aspect_and_graph_edges(empty_db, knowledge_copy) -> None:
    engine = make_engine(empty_db)
    build_knowledge(engine, knowledge_copy)
    (item,) = load_items(engine, ["ss_card_apply"])
    assert item.department == "示例市人力资源和社会保障局"
    assert item.office_address == "示例市东城区和平路88号"
    assert item.facts_for("materials")[0].startswith("本人有效居民身份证")
    assert {"eligibility", "materials", "steps", "location", "hours", "fees", "time_limit",
            "phone", "online", "policy", "department"} <= set(item.facts)  # fmt: skip
    with Session(engine) as s:
        edges = {
            (t.subject, t.predicate, t.object_kind)
            for t in s.execute(select(Triple)).scalars()
            if t.item_id in ("ss_card_apply", None)
        }
    assert ("ss_card_apply", "handled_by", "department") in edges
    assert ("ss_card_apply", "requires", "material") in edges
    assert ("ss_card_apply", "online_at", "channel") in edges
    assert ("示例市人力资源和社会保障局", "located_at", "office") in edges


def test_changed_item_is_updated_and_removed_item_deleted(empty_db, knowledge_copy) -> None:
    engine = make_engine(empty_db)
    total = build_knowledge(engine, knowledge_copy).inserted
    path = knowledge_copy / "shebao.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["items"][0]["fees"] = "首次申领免费，加急制卡收取10元。"
    removed = data["items"].pop()  # unemployment_benefit
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")

    report = build_knowledge(engine, knowledge_copy)
    assert (report.inserted, report.updated, report.unchanged, report.removed) == (
        0,
        1,
        total - 2,
        1,
    )
    (item,) = load_items(engine, ["ss_card_apply"])
    assert item.facts_for("fees") == ("首次申领免费，加急制卡收取10元。",)
    with Session(engine) as s:
        assert s.get(ServiceItem, removed["id"]) is None
        leftover = s.execute(select(Fact).where(Fact.item_id == removed["id"])).first()
        assert leftover is None


def test_invalid_knowledge_loads_nothing(empty_db, knowledge_copy) -> None:
    engine = make_engine(empty_db)
    build_knowledge(engine, knowledge_copy)
    before = count_rows(engine)
    path = knowledge_copy / "yibao.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["items"][0]["fees"] = "改过的收费"  # a valid change in one file ...
    data["items"][1]["faqs"] = []  # ... and an invalid item in the same file
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(KnowledgeSchemaError, match="yibao.yml.*medical_transfer.*faqs"):
        build_knowledge(engine, knowledge_copy)
    assert count_rows(engine) == before
    (item,) = load_items(engine, ["medical_reimburse"])
    assert item.facts_for("fees") != ("改过的收费",)


def test_migration_matches_the_models_exactly(empty_db) -> None:
    """Every column, index and constraint of the kb_ tables, not only table/column names."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from bot.db import Base

    engine = make_engine(empty_db)
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert [d for d in diff if "kb_" in str(d)] == []
