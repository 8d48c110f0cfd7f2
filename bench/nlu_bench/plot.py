"""The bar chart written beside the results JSON."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any


def plot(runs: Sequence[dict[str, Any]], path: Path) -> str | None:
    """Writes a grouped bar chart (one panel per metric); returns why not when it cannot."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return "matplotlib is not installed: no chart"
    panels = [
        ("intent accuracy", "intent", "intent_accuracy"),
        ("intent macro-F1", "intent", "intent_macro_f1"),
        ("entity F1 (exact spans)", "entities", "entity_f1"),
    ]
    ok = [r for r in runs if r.get("status") == "ok"]
    panels = [p for p in panels if any((r.get(p[1]) or {}).get(p[2]) is not None for r in ok)]
    if not panels:
        return "no finished runs: no chart"
    # One colour per config across panels, one legend for the figure.
    all_configs = list(dict.fromkeys(r["config"] for r in ok))
    colours = {c: plt.get_cmap("tab10")(i % 10) for i, c in enumerate(all_configs)}
    fig, axes = plt.subplots(1, len(panels), figsize=(5 * len(panels), 4.4), squeeze=False)
    for ax, (title, group, key) in zip(axes[0], panels, strict=True):
        scored = [r for r in ok if (r.get(group) or {}).get(key) is not None]
        datasets = list(dict.fromkeys(r["dataset"] for r in scored))
        configs = list(dict.fromkeys(r["config"] for r in scored))
        width = 0.8 / len(configs)
        for j, config in enumerate(configs):
            points = [
                (i + j * width, r[group][key])
                for i, d in enumerate(datasets)
                for r in scored
                if r["dataset"] == d and r["config"] == config
            ]
            bars = ax.bar(
                [x for x, _ in points], [v for _, v in points], width, color=colours[config]
            )
            ax.bar_label(bars, fmt="%.2f", fontsize=7)
        ax.set_xticks([i + width * (len(configs) - 1) / 2 for i in range(len(datasets))])
        ax.set_xticklabels(datasets)
        ax.set_ylim(0, 1)
        ax.set_title(title)
    handles = [plt.Rectangle((0, 0), 1, 1, color=colours[c]) for c in all_configs]
    fig.legend(handles, all_configs, loc="lower center", ncol=len(all_configs), fontsize=8)
    fig.tight_layout(rect=(0, 0.07, 1, 1))
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return None
