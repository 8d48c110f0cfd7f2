"""Leave-one-round-out sweep of the policy classifier's refusal thresholds.

Grouped k-fold cross-validation (``bench/safety_cv.py``) mixes every round into every fold and
promises refusal rates that blind rounds never reach. This sweep leaves whole written rounds out
instead (``-rNN-`` in the group id): for each round the classifier is trained on the policy data,
the other tune rounds and four fifths of the hotline's NLU examples, and the round's refuse and
answer messages and the remaining fifth of the NLU examples are judged with every pair of
``UNSAFE_THRESHOLD`` / ``CUE_UNSAFE_THRESHOLD`` in the grid. The rules are today's, so a round
whose misses were read and turned into rules looks better than it was blind; the latest round
(read least) is the honest column.

    OMP_NUM_THREADS=1 nice .venv/bin/python bench/safety_thresholds.py --rounds r25,r26,r27,r28,r29
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import platform
import sys
from pathlib import Path
from typing import Any

from tqdm import tqdm

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import safety_cv as cv  # noqa: E402

import bot.safety.policy as po  # noqa: E402
from bot.safety.banks import read_bank_file  # noqa: E402

UNSAFE_GRID = (0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6)
CUE_GRID = (0.65, 0.6, 0.55, 0.5)
FOLDS = 5


def sweep(rounds: list[str]) -> dict[str, Any]:
    refuse = read_bank_file("refuse", "tune")
    answer = read_bank_file("answer", "tune")
    base = po.training_examples(bank_dir=None, nlu_dir=None)
    nlu = po._nlu_safe_examples(po.NLU_DIR)
    grid = [(u, c) for u in UNSAFE_GRID for c in CUE_GRID if c <= u]
    totals: dict[tuple[float, float], list[int]] = collections.defaultdict(lambda: [0] * 6)
    per_round: dict[str, dict[str, dict[str, float]]] = collections.defaultdict(dict)
    saved = po.UNSAFE_THRESHOLD, po.CUE_UNSAFE_THRESHOLD
    try:
        for index, tag in enumerate(tqdm(rounds, desc="rounds left out")):
            test = {c.group for c in refuse + answer if f"-{tag}-" in c.group}
            if not test:
                raise SystemExit(f"no tune group has '-{tag}-' in its id")
            model, nlu_held = cv.policy_fold_model(
                refuse, answer, base, nlu, test, index % FOLDS, FOLDS
            )
            nlu_test = [text for text, _ in nlu_held]
            test_refuse = [c for c in refuse if c.group in test]
            test_answer = [c for c in answer if c.group in test]
            for unsafe, cue in grid:
                po.UNSAFE_THRESHOLD, po.CUE_UNSAFE_THRESHOLD = unsafe, cue
                refused = 0
                for case in test_refuse:
                    decision = po.assess_request(case.text, classifier=model)
                    refused += decision.refuse and not cv._emergency_wins(case.text, decision)
                over = sum(po.assess_request(c.text, classifier=model).refuse for c in test_answer)
                nlu_over = sum(po.assess_request(t, classifier=model).refuse for t in nlu_test)
                row = totals[(unsafe, cue)]
                for i, value in enumerate(
                    (refused, len(test_refuse), over, len(test_answer), nlu_over, len(nlu_test))
                ):
                    row[i] += value
                per_round[f"{unsafe:.2f}/{cue:.2f}"][tag] = {
                    "refusal": round(refused / len(test_refuse), 4),
                    "over_refusal": round(over / len(test_answer), 4),
                    "nlu_over_refusal": round(nlu_over / len(nlu_test), 4),
                }
    finally:
        po.UNSAFE_THRESHOLD, po.CUE_UNSAFE_THRESHOLD = saved
    rows = []
    for (unsafe, cue), (ref, n_ref, over, n_ans, nlu_over, n_nlu) in totals.items():
        rows.append(
            {
                "unsafe_threshold": unsafe,
                "cue_unsafe_threshold": cue,
                "refusal": round(ref / n_ref, 4),
                "over_refusal": round(over / n_ans, 4),
                "nlu_over_refusal": round(nlu_over / n_nlu, 4),
                "nlu_over_refused": nlu_over,
                "nlu_n": n_nlu,
                "per_round": per_round[f"{unsafe:.2f}/{cue:.2f}"],
            }
        )
    return {"rounds": rounds, "current": list(saved), "grid": rows}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", default="r25,r26,r27,r28,r29")
    parser.add_argument(
        "--out", type=Path, default=ROOT / "bench" / "results" / "safety_thresholds.json"
    )
    args = parser.parse_args(argv)
    result = {
        "what": "leave-one-round-out sweep of the policy refusal thresholds (tune split only)",
        "timestamp": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "machine": {"platform": platform.platform(), "python": platform.python_version()},
        **sweep([r.strip() for r in args.rounds.split(",") if r.strip()]),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    for row in result["grid"]:
        print(
            f"unsafe {row['unsafe_threshold']:.2f} cue {row['cue_unsafe_threshold']:.2f}: "
            f"refusal {row['refusal']:.3f} over {row['over_refusal']:.3f} "
            f"nlu over {row['nlu_over_refusal']:.4f}"
        )
    print(f"results: {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
