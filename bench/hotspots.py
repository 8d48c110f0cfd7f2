"""Complaint hot spots measured on the TipDM 2020 government messages (../shared/data).

1. **Agreement with routing.** The 495 routing-labelled messages (``fj2``: 留言主题 + 留言详情) are
   clustered by bot.insight.clustering without their labels; purity, NMI and ARI against 一级分类
   (7 departments) for:
   - ``pipeline_k7``: the console's pipeline with k = 7 (the number of departments, told);
   - ``pipeline_silhouette``: the console's pipeline, k chosen by silhouette (what the console does);
   - ``title_only_k7``: the same pipeline on the title (留言主题) alone;
   - ``random_same_sizes``: baseline, ``pipeline_k7``'s cluster sizes assigned at random (mean of
     20 shuffles).
   No configuration was tuned on the labels: all four are fixed above and reported as measured.
2. **Weekly hot spots** on ``fj4`` (2,816 dated messages): topics over all messages (k by
   silhouette), districts from the anonymised place names ("A7县", "A3区"; 未知 when none), the table
   of the last 12 ISO weeks and the topics growing in the last 4 weeks over the 8 before.

Writes bench/results/hotspots.json and hotspots.png. Run: ``.venv/bin/python bench/hotspots.py``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import platform
import re
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.insight.clustering import cluster_tokens, tokens  # noqa: E402
from bot.insight.hotspots import Complaint, find_hotspots  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "tipdm2020_gov_messages"
RESULTS = ROOT / "bench" / "results"
# Department names for the plot (the CI machine may have no CJK font).
DEPARTMENTS_EN = {
    "劳动和社会保障": "labour",
    "城乡建设": "urban",
    "教育文体": "education",
    "卫生计生": "health",
    "交通运输": "transport",
    "商贸旅游": "commerce",
    "环境保护": "environment",
}
DISTRICT = re.compile(r"A\d+[区县市]")
SHUFFLES = 20


def purity(labels: list[str], clusters: list[int]) -> float:
    by_cluster: dict[int, Counter] = {}
    for label, cluster in zip(labels, clusters, strict=False):
        by_cluster.setdefault(cluster, Counter())[label] += 1
    return sum(c.most_common(1)[0][1] for c in by_cluster.values()) / len(labels)


def scores(labels: list[str], clusters: list[int]) -> dict[str, float]:
    from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

    return {
        "purity": round(purity(labels, clusters), 4),
        "nmi": round(float(normalized_mutual_info_score(labels, clusters)), 4),
        "ari": round(float(adjusted_rand_score(labels, clusters)), 4),
    }


def read_jsonl(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def tokenise(texts: list[str], description: str) -> list[list[str]]:
    from tqdm import tqdm

    return [tokens(t) for t in tqdm(texts, desc=description)]


def agreement(rows: list[dict]) -> tuple[dict, list[int], list[str]]:
    labels = [r["一级分类"] for r in rows]
    full = tokenise([f"{r['留言主题']}。{r['留言详情']}" for r in rows], "fj2 title+detail")
    titles = tokenise([r["留言主题"] for r in rows], "fj2 title")
    runs: dict[str, dict] = {}

    def run(name: str, token_lists: list[list[str]], k: int | None) -> list[int]:
        started = time.perf_counter()
        clustering = cluster_tokens(token_lists, k=k, progress=True)
        runs[name] = {
            "k": clustering.k,
            "k_criterion": clustering.k_criterion,
            "silhouettes": {str(c): round(s, 4) for c, s in clustering.silhouettes.items()},
            **scores(labels, list(clustering.assignments)),
            "seconds": round(time.perf_counter() - started, 1),
            "topics": [
                {
                    "label": t.label,
                    "size": t.size,
                    "departments": dict(Counter(labels[i] for i in t.members).most_common(3)),
                }
                for t in clustering.topics
            ],
        }
        return list(clustering.assignments)

    k7 = run("pipeline_k7", full, 7)
    run("pipeline_silhouette", full, None)
    run("title_only_k7", titles, 7)
    rng = np.random.default_rng(0)
    shuffled = [scores(labels, rng.permutation(k7).tolist()) for _ in range(SHUFFLES)]
    runs["random_same_sizes"] = {
        "k": 7,
        "k_criterion": f"baseline: pipeline_k7's sizes, {SHUFFLES} random shuffles (mean)",
        **{m: round(float(np.mean([s[m] for s in shuffled])), 4) for m in ("purity", "nmi", "ari")},
    }
    base = runs["random_same_sizes"]
    for name in ("pipeline_k7", "pipeline_silhouette", "title_only_k7"):
        runs[name]["purity_over_random"] = round(runs[name]["purity"] / base["purity"], 2)
    return runs, k7, labels


def weekly(rows: list[dict]) -> dict:
    complaints = []
    for r in rows:
        when = dt.datetime.strptime(r["留言时间"].strip(), "%Y/%m/%d %H:%M:%S")
        place = DISTRICT.search(r["留言主题"]) or DISTRICT.search(r["留言详情"])
        complaints.append(
            Complaint(
                f"{r['留言主题']}。{r['留言详情']}",
                place.group(0) if place else None,
                when.replace(tzinfo=dt.timezone(dt.timedelta(hours=8))),
            )
        )
    until = max(c.created_at for c in complaints).date()
    started = time.perf_counter()
    report = find_hotspots(
        complaints, until=until, weeks=12, window=4, baseline=8, min_count=5, progress=True
    )
    labels = {t.id: t.label for t in report.clustering.topics}
    return {
        "messages": len(complaints),
        "until": until.isoformat(),
        "weeks": list(report.weeks),
        "k": report.clustering.k,
        "k_criterion": report.clustering.k_criterion,
        "topics": [
            {"topic": t.id + 1, "label": t.label, "size": t.size} for t in report.clustering.topics
        ],
        "growth_rule": "last 4 weeks vs the 8 before, at least 5 complaints, one-sided Poisson p < 0.05",
        "top_growing": [
            {
                "topic": g.topic + 1,
                "label": g.label,
                "recent": g.recent,
                "expected": round(g.expected, 2),
                "increase": round(g.increase, 2),
                "p_value": round(g.p_value, 5),
            }
            for g in report.growing
        ],
        "table": [
            {"topic": t + 1, "label": label, "district": d, "weeks": row, "total": total}
            for t, label, d, row, total in report.rows()[:30]
        ],
        "topic_weeks": {str(t + 1): report.topic_week(t) for t in labels},
        "seconds": round(time.perf_counter() - started, 1),
    }


def plot(runs: dict, k7: list[int], labels: list[str], weekly_result: dict, path: Path) -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    departments = list(DEPARTMENTS_EN)
    table = np.zeros((max(k7) + 1, len(departments)), dtype=int)
    for cluster, label in zip(k7, labels, strict=False):
        table[cluster, departments.index(label)] += 1
    figure = Figure(figsize=(13, 4.8))
    FigureCanvasAgg(figure)
    left, right = figure.subplots(1, 2, gridspec_kw={"width_ratios": [1, 1.3]})
    left.imshow(table, cmap="Blues")
    for (i, j), n in np.ndenumerate(table):
        left.text(j, i, str(n), ha="center", va="center", fontsize=8)
    left.set_xticks(range(len(departments)), [DEPARTMENTS_EN[d] for d in departments], rotation=45)
    left.set_yticks(range(table.shape[0]), [f"C{i + 1}" for i in range(table.shape[0])])
    m = runs["pipeline_k7"]
    left.set_title(
        f"fj2: clusters (k=7) x departments\npurity {m['purity']:.2f} NMI {m['nmi']:.2f} ARI {m['ari']:.2f}"
    )
    weeks = [w[2:] for w in weekly_result["weeks"]]
    shown = [g["topic"] for g in weekly_result["top_growing"]]
    shown += [t["topic"] for t in weekly_result["topics"] if t["topic"] not in shown]
    for topic in shown[:5]:
        right.plot(weeks, weekly_result["topic_weeks"][str(topic)], marker="o", label=f"T{topic}")
    right.tick_params(axis="x", labelrotation=45)
    right.set_ylabel("messages per week")
    right.set_title("fj4: weekly messages of the growing / largest topics")
    right.legend(fontsize="small")
    figure.tight_layout()
    figure.savefig(path, dpi=100)


def versions() -> dict:
    import jieba
    import sklearn

    return {
        "python": platform.python_version(),
        "numpy": np.__version__,
        "scikit-learn": sklearn.__version__,
        "jieba": jieba.__version__,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    fj2 = args.data / "fj2_classification_sample495.jsonl"
    fj4 = args.data / "fj4_messages_with_replies_2816.jsonl.gz"
    if not fj2.exists() or not fj4.exists():
        print(f"skipped: TipDM data not found under {args.data}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    runs, k7, labels = agreement(read_jsonl(fj2))
    weekly_result = weekly(read_jsonl(fj4))
    args.out.mkdir(parents=True, exist_ok=True)
    result = {
        "benchmark": "hotspots",
        "data": "TipDM 2020 government messages (fj2 495 routing-labelled, fj4 2,816 dated)",
        "machine": {
            "platform": platform.platform(),
            "processor": platform.processor(),
            "cpus": __import__("os").cpu_count(),
        },
        "versions": versions(),
        "agreement_fj2": {
            "messages": len(labels),
            "departments": dict(Counter(labels)),
            "runs": runs,
        },
        "weekly_fj4": weekly_result,
        "seconds": round(time.perf_counter() - started, 1),
    }
    (args.out / "hotspots.json").write_text(json.dumps(result, ensure_ascii=False, indent=1))
    plot(runs, k7, labels, weekly_result, args.out / "hotspots.png")
    for name, run in runs.items():
        print(
            f"{name:22s} k={run['k']:2d} purity={run['purity']:.3f} nmi={run['nmi']:.3f} ari={run['ari']:.3f}"
        )
    print(
        f"growing on fj4: {[(g['topic'], g['label'], g['recent']) for g in weekly_result['top_growing']]}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
