"""bot.insight.hotspots: weeks, counting, growth, and the report over tickets in a database."""

from __future__ import annotations

import datetime as dt

import pytest
from synthetic import complaints

from bot.db import Database
from bot.insight.hotspots import (
    NO_DISTRICT,
    Complaint,
    count_cells,
    find_hotspots,
    growing_topics,
    iso_week,
    last_weeks,
    ticket_hotspots,
)
from bot.tickets.service import create_ticket

UTC = dt.timezone.utc


def test_iso_weeks_cross_the_year() -> None:
    assert iso_week(dt.date(2026, 11, 30)) == "2026-W49"
    assert iso_week(dt.date(2021, 1, 3)) == "2020-W53"
    assert last_weeks(dt.date(2021, 1, 6), 3) == ("2020-W52", "2020-W53", "2021-W01")


def test_cells_count_topics_by_district_and_week() -> None:
    cells = count_cells(
        [0, 0, 1, 0], ["南湖区", "南湖区", None, "北山区"], ["W1", "W1", "W1", "W2"]
    )
    assert cells == {
        (0, "南湖区", "W1"): 2,
        (1, NO_DISTRICT, "W1"): 1,
        (0, "北山区", "W2"): 1,
    }
    with pytest.raises(ValueError):
        count_cells([0], [], ["W1"])


def test_growth_needs_a_real_increase_and_enough_complaints() -> None:
    series = {
        0: [2, 3, 2, 3, 12],  # grows
        1: [6, 5, 7, 6, 7],  # steady
        2: [0, 0, 0, 1, 2],  # 1 -> 2: too few to claim
        3: [10, 10, 10, 10, 3],  # falls
    }
    found = growing_topics(series, window=1, baseline=4, min_count=5)
    assert [g.topic for g in found] == [0]
    assert found[0].recent == 12 and found[0].expected == pytest.approx(2.5)
    assert found[0].increase == pytest.approx(9.5) and found[0].p_value < 0.05
    # a new topic with enough complaints grows from nothing
    assert [g.topic for g in growing_topics({5: [0, 0, 0, 0, 6]})] == [5]
    with pytest.raises(ValueError):
        growing_topics(series, window=0)


def _dated(texts: list[str], truth: list[str], end: dt.date) -> list[Complaint]:
    """Six weeks of complaints; 'noise' only in the last week, in 南湖区."""
    items = []
    for i, (text, topic) in enumerate(zip(texts, truth, strict=True)):
        if topic == "noise":
            day = end - dt.timedelta(days=i % 3)
            district = "南湖区"
        else:
            day = end - dt.timedelta(weeks=i % 6, days=1 + i % 2)
            district = ("北山区", "东城区", None)[i % 3]
        items.append(Complaint(text, district, dt.datetime.combine(day, dt.time(2), UTC)))
    return items


def test_report_tables_topics_by_district_and_week_and_finds_the_growing_one() -> None:
    texts, truth = complaints(per_topic=10)
    end = dt.date(2026, 11, 27)  # a Friday
    report = find_hotspots(_dated(texts, truth, end), until=end, weeks=6, k=4)
    assert report.weeks == last_weeks(end, 6)
    assert sum(report.counts.values()) == len(texts)
    noise = next(t for t in report.clustering.topics if {"噪音", "扰民"} & set(t.terms))
    assert report.topic_week(noise.id) == [0, 0, 0, 0, 0, 10]
    assert all(key[1] == "南湖区" for key in report.counts if key[0] == noise.id)
    assert [g.topic for g in report.growing] == [noise.id]
    rows = report.rows()
    assert rows[0][4] >= rows[-1][4]  # largest cells first
    assert ("南湖区" in {r[2] for r in rows}) and (NO_DISTRICT in {r[2] for r in rows})
    # deterministic
    assert find_hotspots(_dated(texts, truth, end), until=end, weeks=6, k=4) == report


def test_hotspots_from_tickets_skip_callbacks_and_old_tickets(tmp_path) -> None:
    engine = Database(f"sqlite:///{tmp_path / 'app.db'}").engine()
    texts, truth = complaints(per_topic=5)
    today = dt.date(2026, 11, 27)
    for i, text in enumerate(texts):
        create_ticket(
            engine,
            description=text,
            district="南湖区" if truth[i] == "water" else "北山区",
            address="某路1号",
            phone="13800138000",
            conversation_id=f"c{i}",
            channel="socketio",
            now=dt.datetime.combine(today - dt.timedelta(days=i % 14), dt.time(3), UTC),
        )
    for summary, when in (("人工回电请求", today), (None, today - dt.timedelta(weeks=30))):
        create_ticket(
            engine,
            description="【人工回电请求】原因：user_request。用户最后一句：转人工",
            district=None,
            address=None,
            phone="13900139000",
            conversation_id="cb",
            channel="socketio",
            summary=summary,
            now=dt.datetime.combine(when, dt.time(3), UTC),
        )
    report = ticket_hotspots(engine, today=today, weeks=8)
    assert sum(report.counts.values()) == len(texts)
    assert len(report.clustering.assignments) == len(texts)
    labels = " ".join(t.label for t in report.clustering.topics)
    assert "138" not in labels and "回电" not in labels
    assert ticket_hotspots(engine, today=today, weeks=8) is report  # cached while unchanged
