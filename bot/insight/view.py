"""What the console's insight page shows of a hot-spot report (plain values for the template).

Topics are numbered T1, T2 ... as in the plot (:func:`bot.insight.hotspots.hotspots_plot`). Labels
are top terms, which never hold identifiers (see bot.insight.clustering); they are masked once
more here so that no future change to the labelling can show one.
"""

from __future__ import annotations

from typing import Any

from bot.insight.hotspots import HotspotReport
from bot.privacy.masking import mask_text

MAX_ROWS = 30


def hotspot_view(report: HotspotReport | None) -> dict[str, Any]:
    if report is None:
        return {"weeks": [], "rows": [], "growing": [], "k": 0, "criterion": ""}
    return {
        "weeks": [w[5:] for w in report.weeks],
        "rows": [
            (f"T{topic + 1}", mask_text(label), district, counts, total)
            for topic, label, district, counts, total in report.rows()[:MAX_ROWS]
        ],
        "growing": [
            (
                f"T{g.topic + 1}",
                mask_text(g.label),
                g.recent,
                f"{g.expected:.1f}",
                f"{g.p_value:.3f}",
            )
            for g in report.growing
        ],
        "k": report.clustering.k,
        "criterion": report.clustering.k_criterion,
    }
