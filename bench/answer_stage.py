"""The answer stage on its own: what ``KnowledgeService.answer`` says to each curated question.

    python bench/answer_stage.py [--db URL] [--split tune|heldout] [--min-margin X] [--out FILE]

``bench/retrieval.py`` measures the ranking and ``bench/answers_rest.py`` what a citizen gets
through the running servers (NLU, forms and safety included). Between the two sits the answer
stage: the ranking plus the "not found" cut (``retrieval.min_score``) and its rescues (the routing
test and the clear winner, ``bot.knowledge.routing``). Every question of the five curated sets in
``tests/knowledge`` (``questions_curated*.yml`` and ``questions_typos.yml``) of the chosen split is
asked of the assistant's knowledge base (``--db``, else the settings' database: ``make build``'s
curated base), with no conversation, and counted as answered from the right item, answered from
another item, or "not found" (with whether the best-ranked item was right). ``--min-margin``
overrides ``retrieval.route_min_margin`` (0 turns the clear winner off), to compare in one run.

Writes totals per set, the machine and library versions, and (for ``tune`` only) every question
that was not answered from its item, to ``bench/results/answer_stage-<split>.json``; prints totals.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import sys
from collections import Counter
from pathlib import Path

from tqdm import tqdm

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))

from bench.retrieval import machine, versions  # noqa: E402
from bot.db import make_engine  # noqa: E402
from bot.knowledge.evaluation import SPLITS, load_questions  # noqa: E402
from bot.knowledge.service import KnowledgeService  # noqa: E402
from bot.settings import load_settings  # noqa: E402

QUESTIONS = PROJECT_ROOT / "tests" / "knowledge"
SETS = ("curated", "curated_fresh", "curated_fresh2", "curated_fresh3", "typos")
OUTCOMES = ("right", "other_item", "not_found_best_right", "not_found_best_wrong")


def outcome(service: KnowledgeService, text: str, ids: frozenset[str]) -> dict:
    """How the answer stage treats one question, with the best item's figures."""
    answer = service.answer(text)
    retriever = service.retriever
    hits = retriever.resolve(text).hits
    best = hits[0] if hits else None
    if answer.found:
        kind = "right" if answer.item_id in ids else "other_item"
    else:
        kind = "not_found_best_right" if best and best.id in ids else "not_found_best_wrong"
    return {
        "text": text,
        "labels": sorted(ids),
        "outcome": kind,
        "answered": answer.item_id if answer.found else None,
        "best": best.id if best else None,
        "best_score": round(best.score, 3) if best else None,
        "best_relevance": round(best.relevance, 3) if best else None,
        "second_score": round(hits[1].score, 3) if len(hits) > 1 else None,
        "similarity": (
            round(similarity, 3)
            if best and (similarity := retriever.dense_similarity(text, best.id)) is not None
            else None
        ),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="database URL (default: the settings' database)")
    parser.add_argument("--split", choices=SPLITS, default="tune")
    parser.add_argument("--min-margin", type=float, help="override retrieval.route_min_margin")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    settings = load_settings()
    service = KnowledgeService.from_settings(
        settings, make_engine(args.db or settings.database.url)
    )
    if args.min_margin is not None:
        service.route = dataclasses.replace(service.route, min_margin=args.min_margin)
    started = dt.datetime.now(dt.timezone.utc)
    per_set: dict[str, Counter] = {}
    rows = []
    questions = [
        (name, q)
        for name in SETS
        for q in load_questions(QUESTIONS / f"questions_{name}.yml", args.split)
    ]
    for name, question in tqdm(questions, desc=f"answer stage ({args.split})", unit="q"):
        row = outcome(service, question.text, question.ids)
        per_set.setdefault(name, Counter())[row["outcome"]] += 1
        rows.append({"set": name, **row})
    total = sum(per_set.values(), Counter())
    n = sum(total.values())
    result = {
        "started": started.isoformat(timespec="seconds"),
        "split": args.split,
        "route": dataclasses.asdict(service.route),
        "min_score": service.min_score,
        "machine": machine(),
        "versions": versions(),
        "n": n,
        "totals": {k: total[k] for k in OUTCOMES},
        "right_rate": round(total["right"] / n, 3) if n else None,
        "per_set": {name: {k: c[k] for k in OUTCOMES} for name, c in per_set.items()},
    }
    if args.split == "tune":  # held-out questions are only counted, never listed
        result["misses"] = [row for row in rows if row["outcome"] != "right"]
    out = args.out or PROJECT_ROOT / "bench" / "results" / f"answer_stage-{args.split}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: result[k] for k in ("split", "n", "totals", "right_rate")}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
