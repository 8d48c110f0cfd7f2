"""Validation of the curated knowledge files: the real data is complete, bad data is named."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from bot.knowledge.schema import (
    MIN_ALIASES,
    MIN_FAQS,
    KnowledgeSchemaError,
    load_knowledge_dir,
)
from bot.service_items import SERVICE_ITEMS
from bot.settings import PROJECT_ROOT

KNOWLEDGE_DIR = PROJECT_ROOT / "data" / "knowledge"

DOMAINS = {
    "社保",
    "医保",
    "公积金",
    "户籍",
    "民政",
    "教育",
    "交通",
    "城市管理",
    "就业",
    "住房",
    "卫生",
    "权益保障",
}


def test_real_knowledge_covers_the_37_items_completely() -> None:
    items = load_knowledge_dir(KNOWLEDGE_DIR)
    assert sorted(i.id for i in items) == sorted(s.id for s in SERVICE_ITEMS)
    assert {i.domain for i in items} == DOMAINS
    names = {s.id: s.name for s in SERVICE_ITEMS}
    for item in items:
        assert item.name == names[item.id], item.id
        assert len(item.aliases) >= MIN_ALIASES, item.id
        assert len(item.faqs) >= MIN_FAQS, item.id
        assert item.materials and item.steps and item.policy_basis, item.id
        assert item.office.name and item.office.address and item.office.hours, item.id
        assert item.online.channel and item.fees and item.time_limit and item.phone, item.id
        assert dt.date(2020, 1, 1) <= item.last_updated <= dt.date(2030, 1, 1), item.id
        assert "示例" in item.department, item.id  # fictional city only


def test_one_file_per_domain_with_ascii_names() -> None:
    files = sorted(KNOWLEDGE_DIR.glob("*.yml"))
    assert len(files) == len(DOMAINS)
    domains = set()
    for f in files:
        assert f.name.isascii()
        domains.add(yaml.safe_load(f.read_text(encoding="utf-8"))["domain"])
    assert domains == DOMAINS


def test_office_centre_reference_is_resolved() -> None:
    item = next(i for i in load_knowledge_dir(KNOWLEDGE_DIR) if i.id == "ss_card_apply")
    assert item.office.centre_id == "dc_centre"
    assert item.office.address == "示例市东城区和平路88号"


def _item(**overrides) -> dict:
    base = {
        "id": "test_item",
        "name": "测试事项",
        "aliases": ["别名一", "别名二", "别名三", "别名四", "别名五"],
        "department": "示例市测试局",
        "eligibility": "所有人",
        "materials": ["身份证"],
        "steps": ["提交申请"],
        "office": {"name": "测试大厅", "address": "示例市测试路1号", "hours": "工作日"},
        "online": {"available": True, "channel": "“i示例”App"},
        "fees": "免费",
        "time_limit": "当场办结",
        "phone": "0755-12345000",
        "policy_basis": ["《测试条例》"],
        "last_updated": "2026-01-01",
        "faqs": [{"q": f"问题{n}", "a": f"答案{n}"} for n in range(4)],
    }
    base.update(overrides)
    return {k: v for k, v in base.items() if v is not None}


def _write(folder: Path, name: str, items: list[dict], domain: str = "测试") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    data = {"version": 1, "domain": domain, "items": items}
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_valid_minimal_file_loads(tmp_path) -> None:
    _write(tmp_path, "a.yml", [_item()])
    (item,) = load_knowledge_dir(tmp_path)
    assert item.id == "test_item" and item.domain == "测试" and item.source_file == "a.yml"
    assert item.last_updated == dt.date(2026, 1, 1)


@pytest.mark.parametrize(
    ("overrides", "field", "fragment"),
    [
        ({"aliases": ["一个", "两个"]}, "aliases", "at least 5"),
        ({"faqs": [{"q": "问", "a": "答"}]}, "faqs", "at least 4"),
        ({"materials": None}, "materials", "required"),
        ({"eligibility": ""}, "eligibility", "non-empty"),
        ({"last_updated": "昨天"}, "last_updated", "YYYY-MM-DD"),
        ({"online": {"available": "yes", "channel": "App"}}, "online.available", "true or false"),
        ({"office": {"centre": "nowhere"}}, "office.centre", "unknown service centre"),
        ({"id": "Bad-Id"}, "id", "lowercase identifier"),
        ({"material": ["x"]}, "(keys)", "unknown keys"),
        ({"faqs": [{"q": "问"}] * 4}, "faqs[0].a", "required"),
    ],
)
def test_schema_errors_name_file_item_and_field(tmp_path, overrides, field, fragment) -> None:
    _write(tmp_path, "bad.yml", [_item(**overrides)])
    with pytest.raises(KnowledgeSchemaError) as err:
        load_knowledge_dir(tmp_path)
    matching = [p for p in err.value.problems if p[2] == field]
    assert matching, err.value.problems
    file, item, _, message = matching[0]
    assert file == "bad.yml"
    assert item in (overrides.get("id", "test_item"), "test_item", "Bad-Id")
    assert fragment in message
    assert "bad.yml" in str(err.value) and repr(field) in str(err.value)


def test_all_problems_reported_and_nothing_returned(tmp_path) -> None:
    _write(tmp_path, "a.yml", [_item(), _item(id="second", name="第二", fees="")])
    _write(tmp_path, "b.yml", [_item(id="third", name="第三", aliases=["太少"])])
    with pytest.raises(KnowledgeSchemaError) as err:
        load_knowledge_dir(tmp_path)
    problems = {(f, i, fld) for f, i, fld, _ in err.value.problems}
    assert ("a.yml", "second", "fees") in problems
    assert ("b.yml", "third", "aliases") in problems


def test_duplicate_ids_and_shared_aliases_across_files(tmp_path) -> None:
    _write(tmp_path, "a.yml", [_item()])
    other = _item(id="other", name="其他", aliases=["别名一", "b2", "b3", "b4", "b5"])
    _write(tmp_path, "b.yml", [_item(), other])
    with pytest.raises(KnowledgeSchemaError) as err:
        load_knowledge_dir(tmp_path)
    messages = [(i, fld, m) for _, i, fld, m in err.value.problems]
    assert any(i == "test_item" and fld == "id" and "duplicate" in m for i, fld, m in messages)
    assert any(i == "other" and fld == "aliases" and "test_item" in m for i, fld, m in messages)


def test_invalid_yaml_and_missing_folder(tmp_path) -> None:
    (tmp_path / "broken.yml").write_text("items: [\n", encoding="utf-8")
    with pytest.raises(KnowledgeSchemaError, match="broken.yml.*not valid YAML"):
        load_knowledge_dir(tmp_path)
    with pytest.raises(FileNotFoundError):
        load_knowledge_dir(tmp_path / "nope")
