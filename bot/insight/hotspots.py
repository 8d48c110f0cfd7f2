"""Complaint hot spots: topics × district × ISO week, and the topics that grow.

Complaints are clustered into topics by :mod:`bot.insight.clustering` (masked before
vectorising, labelled by top terms). Each complaint is counted in its topic, its district and the
ISO week (local time) it was filed in.

**Growth.** For each topic, ``recent`` = complaints in the last ``window`` weeks and ``expected`` =
its complaints in the ``baseline`` weeks before, scaled to ``window`` weeks. A topic is reported as
growing only when ``recent >= min_count`` (no claims on 1 -> 2) and a one-sided Poisson test says
``recent`` is unlikely under the expected rate (p < ``alpha``; the rate is floored at half a
complaint per window so a topic new this week still needs ``min_count`` complaints). Growing topics
are ranked by the increase ``recent - expected``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy.engine import Engine

from bot.insight.clustering import Clustering, cluster_texts

NO_DISTRICT = "未知"
# Callback requests (actions/handoff.py) are tickets, but not complaints.
CALLBACK_SUMMARY = "人工回电请求"
MIN_RATE = 0.5


@dataclass(frozen=True)
class Complaint:
    text: str
    district: str | None
    created_at: dt.datetime  # timezone-aware


@dataclass(frozen=True)
class Growth:
    topic: int
    label: str
    recent: int
    expected: float
    increase: float
    p_value: float


@dataclass(frozen=True)
class HotspotReport:
    clustering: Clustering
    weeks: tuple[str, ...]  # the table's weeks, oldest first ("2026-W48")
    # (topic, district, week) -> complaints, for the table's weeks only
    counts: dict[tuple[int, str, str], int]
    growing: tuple[Growth, ...]

    def topic_week(self, topic: int) -> list[int]:
        """Complaints of ``topic`` per table week (all districts)."""
        per_week = Counter()
        for (t, _, week), n in self.counts.items():
            if t == topic:
                per_week[week] += n
        return [per_week[w] for w in self.weeks]

    def rows(self) -> list[tuple[int, str, str, list[int], int]]:
        """(topic, label, district, counts per week, total) for every pair with complaints."""
        pairs = sorted({(t, d) for t, d, _ in self.counts})
        labels = {t.id: t.label for t in self.clustering.topics}
        out = []
        for topic, district in pairs:
            row = [self.counts.get((topic, district, w), 0) for w in self.weeks]
            out.append((topic, labels.get(topic, ""), district, row, sum(row)))
        out.sort(key=lambda r: (-r[4], r[0], r[2]))
        return out


def iso_week(when: dt.date) -> str:
    year, week, _ = when.isocalendar()
    return f"{year}-W{week:02d}"


def week_start(when: dt.date) -> dt.date:
    return when - dt.timedelta(days=when.weekday())


def last_weeks(until: dt.date, count: int) -> tuple[str, ...]:
    """The ``count`` ISO weeks ending with the week of ``until``, oldest first."""
    monday = week_start(until)
    return tuple(iso_week(monday - dt.timedelta(weeks=i)) for i in range(count - 1, -1, -1))


def count_cells(
    topics: Sequence[int], districts: Sequence[str | None], weeks: Sequence[str]
) -> Counter:
    """(topic, district, week) -> count; a missing district counts as :data:`NO_DISTRICT`."""
    if not len(topics) == len(districts) == len(weeks):
        raise ValueError("topics, districts and weeks must have the same length")
    return Counter(
        (t, d or NO_DISTRICT, w) for t, d, w in zip(topics, districts, weeks, strict=False)
    )


def growing_topics(
    per_week: dict[int, Sequence[int]],
    *,
    window: int = 1,
    baseline: int = 4,
    min_count: int = 5,
    alpha: float = 0.05,
    labels: dict[int, str] | None = None,
) -> list[Growth]:
    """Topics whose last ``window`` weeks exceed their previous ``baseline`` weeks (see module).

    ``per_week`` maps a topic to its weekly counts, oldest first; the last ``window + baseline``
    weeks are used (fewer when the series is shorter).
    """
    from scipy.stats import poisson

    if window < 1 or baseline < 1 or min_count < 1:
        raise ValueError("window, baseline and min_count must be at least 1")
    found = []
    for topic, series in per_week.items():
        series = list(series)
        recent = sum(series[-window:])
        before = series[-(window + baseline) : -window] if len(series) > window else []
        expected = (sum(before) / len(before) * window) if before else 0.0
        if recent < min_count or recent <= expected:
            continue
        p_value = float(poisson.sf(recent - 1, max(expected, MIN_RATE)))
        if p_value < alpha:
            label = (labels or {}).get(topic, "")
            found.append(Growth(topic, label, recent, expected, recent - expected, p_value))
    found.sort(key=lambda g: (-g.increase, g.p_value, g.topic))
    return found


def find_hotspots(
    complaints: Sequence[Complaint],
    *,
    until: dt.date,
    weeks: int = 8,
    timezone: str = "Asia/Shanghai",
    k: int | None = None,
    window: int = 1,
    baseline: int = 4,
    min_count: int = 5,
    progress: bool = False,
) -> HotspotReport:
    """Cluster all ``complaints``, count the last ``weeks`` weeks up to ``until``, find growth."""
    if weeks < window + 1:
        raise ValueError(f"weeks ({weeks}) must cover the window ({window}) and a baseline")
    zone = ZoneInfo(timezone)
    clustering = cluster_texts([c.text for c in complaints], k=k, progress=progress)
    table_weeks = last_weeks(until, weeks)
    local_weeks = [iso_week(c.created_at.astimezone(zone).date()) for c in complaints]
    cells = count_cells(clustering.assignments, [c.district for c in complaints], local_weeks)
    shown = set(table_weeks)
    counts = {key: n for key, n in sorted(cells.items()) if key[2] in shown}
    report = HotspotReport(clustering, table_weeks, counts, ())
    labels = {t.id: t.label for t in clustering.topics}
    series = {t.id: report.topic_week(t.id) for t in clustering.topics}
    growing = growing_topics(
        series,
        window=window,
        baseline=min(baseline, weeks - window),
        min_count=min_count,
        labels=labels,
    )
    return HotspotReport(clustering, table_weeks, counts, tuple(growing))


def complaints_from_tickets(
    engine: Engine, *, since: dt.date, timezone: str = "Asia/Shanghai", page: int = 200
) -> list[Complaint]:
    """Complaint tickets filed on or after ``since`` (local date), read through bot.tickets."""
    from bot.tickets.workflow import list_tickets

    found: list[Complaint] = []
    offset = 0
    while True:
        batch = list_tickets(engine, date_from=since, timezone=timezone, limit=page, offset=offset)
        for ticket in batch.tickets:
            if ticket.summary == CALLBACK_SUMMARY:
                continue
            found.append(Complaint(ticket.description, ticket.district, ticket.created_at))
        offset += len(batch.tickets)
        if not batch.tickets or offset >= batch.total:
            break
    found.sort(key=lambda c: c.created_at)
    return found


# A handful of recent reports, keyed by a hash of their inputs: the console's page and its plot
# ask for the same report, and clustering is the expensive part.
_CACHE: dict[str, HotspotReport] = {}
_CACHE_SIZE = 4


def ticket_hotspots(
    engine: Engine, *, today: dt.date, weeks: int = 8, timezone: str = "Asia/Shanghai"
) -> HotspotReport:
    """The hot-spot report over the complaint tickets of the last ``weeks`` weeks."""
    since = week_start(today) - dt.timedelta(weeks=weeks - 1)
    complaints = complaints_from_tickets(engine, since=since, timezone=timezone)
    digest = hashlib.sha256(repr((today, weeks, timezone)).encode())
    for c in complaints:
        digest.update(repr((c.text, c.district, c.created_at.isoformat())).encode())
    key = digest.hexdigest()
    if key not in _CACHE:
        if len(_CACHE) >= _CACHE_SIZE:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[key] = find_hotspots(complaints, until=today, weeks=weeks, timezone=timezone)
    return _CACHE[key]


def hotspots_plot(report: HotspotReport, *, top: int = 5) -> bytes:
    """Weekly complaints of the largest (or growing) topics, numbered as in the table (PNG)."""
    import io

    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(7, 3.2))
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    chosen = [g.topic for g in report.growing]
    chosen += [t.id for t in report.clustering.topics if t.id not in chosen]
    chosen = chosen[:top]
    if chosen and report.counts:
        x = [w[5:] for w in report.weeks]  # "W48": ASCII only, the server may lack CJK fonts
        for topic in chosen:
            axes.plot(x, report.topic_week(topic), marker="o", label=f"T{topic + 1}")
        axes.set_ylabel("complaints per week")
        axes.yaxis.get_major_locator().set_params(integer=True)
        axes.legend(fontsize="small", ncol=min(5, len(chosen)))
    else:
        axes.text(0.5, 0.5, "no data", ha="center", va="center")
        axes.set_axis_off()
    out = io.BytesIO()
    figure.savefig(out, format="png", dpi=100, bbox_inches="tight")
    return out.getvalue()
