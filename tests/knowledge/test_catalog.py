"""The government service-catalogue importer on a slice of the real Guangdong catalogue."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from bot.db import make_engine
from bot.knowledge.catalog import CatalogRecordError, import_catalog, record_from_catalog
from bot.knowledge.store import count_rows, load_items

SLICE = 40


@pytest.fixture
def catalog_lines(catalog_file) -> list[str]:
    with catalog_file.open(encoding="utf-8") as f:
        return [next(f).rstrip("\n") for _ in range(SLICE)]


def _write(tmp_path, lines: list[str], name: str = "slice.json"):
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_import_slice_is_idempotent(tmp_path, empty_db, catalog_lines) -> None:
    path = _write(tmp_path, catalog_lines)
    engine = make_engine(empty_db)
    first = import_catalog(engine, path)
    counts = count_rows(engine)
    second = import_catalog(engine, path)
    assert (first.upsert.inserted, first.skipped) == (SLICE, 0)
    assert (second.upsert.inserted, second.upsert.updated, second.upsert.unchanged) == (0, 0, SLICE)
    assert count_rows(engine) == counts
    assert counts["kb_items"] == SLICE


def test_changed_record_updates_in_place(tmp_path, empty_db, catalog_lines) -> None:
    engine = make_engine(empty_db)
    import_catalog(engine, _write(tmp_path, catalog_lines))
    record = json.loads(catalog_lines[0])
    record["consult_phone"] = "020-00000000"
    changed = [json.dumps(record, ensure_ascii=False), *catalog_lines[1:]]
    report = import_catalog(engine, _write(tmp_path, changed, "changed.json"))
    assert (report.upsert.inserted, report.upsert.updated, report.upsert.unchanged) == (
        0,
        1,
        SLICE - 1,
    )
    (item,) = load_items(engine, [record["TASK_CODE"]])
    assert item.facts_for("phone")[0] == "咨询电话：020-00000000"
    assert count_rows(engine)["kb_items"] == SLICE


def test_malformed_records_are_reported_by_line_and_skipped(tmp_path, empty_db, catalog_lines):
    no_code = json.loads(catalog_lines[1])
    del no_code["TASK_CODE"]
    bad_materials = json.loads(catalog_lines[2])
    bad_materials["material_intro"] = {"not": "a list"}
    lines = [
        catalog_lines[0],
        '{"TASK_CODE": "X1", "TASK_NAME": "断行',  # line 2: truncated JSON
        json.dumps(no_code, ensure_ascii=False),  # line 3
        "",  # blank lines are ignored
        "[1, 2, 3]",  # line 5: not an object
        json.dumps(bad_materials, ensure_ascii=False),  # line 6
        *catalog_lines[3:10],
    ]
    engine = make_engine(empty_db)
    report = import_catalog(engine, _write(tmp_path, lines))
    assert [p.line for p in report.problems] == [2, 3, 5, 6]
    assert "invalid JSON" in report.problems[0].message
    assert "TASK_CODE" in report.problems[1].message
    assert "JSON object" in report.problems[2].message
    assert "material_intro" in report.problems[3].message
    assert report.skipped == 4 and report.upsert.inserted == 8
    assert "8 inserted" in report.summary() and "4 skipped" in report.summary()
    assert count_rows(engine)["kb_items"] == 8


def test_record_mapping(catalog_lines) -> None:
    raw = json.loads(catalog_lines[0])
    record = record_from_catalog(raw)
    assert record.id == "11440000006939756B2440101007000"
    assert record.department == "广东省发展和改革委员会"
    location = [t for a, t in record.facts if a == "location"]
    assert location[0].endswith("（广州市越秀区东风中路305号5号楼808房）")
    assert ("time_limit", "承诺办结时限：7个工作日") in record.facts
    assert ("materials", "提价申报申请报告") in record.facts
    assert record.last_updated == dt.date(2021, 5, 26)  # from the MongoDB ObjectId
    with pytest.raises(CatalogRecordError, match="TASK_NAME"):
        record_from_catalog({**raw, "TASK_NAME": "无"})


def test_missing_file_is_a_clear_error(tmp_path, empty_db) -> None:
    with pytest.raises(FileNotFoundError, match="does not exist"):
        import_catalog(make_engine(empty_db), tmp_path / "missing.json")
