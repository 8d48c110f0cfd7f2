"""Honest development figures for the safety detectors: grouped cross-validation on the tune banks.

The detectors' classifiers are trained on the ``tune`` split of the safety banks, so scoring them on
that split only shows memorisation. Here every fold's paraphrase groups are left out of training
(``GroupKFold`` over group ids: a paraphrase of a test message is never trained on), the
classifier is retrained without them and the fold is scored; the hotline's own NLU examples (used
as "not an emergency" / "safe" training data) are folded the same way, so their false-alarm and
over-refusal rates are out of sample too. The lexicon / rules alone are reported next to the full
detector, so one sees what the classifier adds. ``tests/safety/banks/heldout`` is never read.
The knowledge benchmark's citizen questions (``tests/knowledge``), which neither detector should
stop, are run through both detectors too: counted per split, listed for the tune split only.

    .venv/bin/python bench/safety_cv.py                    # 5 folds -> bench/results/safety_cv.json
    .venv/bin/python bench/safety_cv.py --folds 3 --show-misses

Figures are fold averages of per-fold rates (and the pooled counts next to them).
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import functools
import json
import os
import platform
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import yaml
from tqdm import tqdm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.safety import emergency as em  # noqa: E402
from bot.safety import policy as po  # noqa: E402
from bot.safety.banks import BankCase, read_bank_file  # noqa: E402
from bot.safety.triage import emergency_after_policy, triage  # noqa: E402
from bot.versions import package_versions  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
NLU_HELDOUT = ROOT / "tests" / "nlu" / "nlu_heldout.yml"
_ANNOTATION = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})")


class _NoPolicyClassifier:
    """Stands in for the policy classifier when the rules are measured alone."""

    def predict(self, norm_text: str) -> tuple[float, str | None]:  # noqa: ARG002
        return 0.0, None


def _folds(groups: Sequence[str], k: int) -> list[set[str]]:
    """Deterministic group folds: groups sorted by id and dealt round-robin per category prefix,
    so that every fold holds groups of most categories."""
    ordered = sorted(set(groups))
    by_prefix: dict[str, list[str]] = collections.defaultdict(list)
    for group in ordered:
        by_prefix[group.rsplit("-", 1)[0]].append(group)
    folds: list[set[str]] = [set() for _ in range(k)]
    slot = 0
    for prefix in sorted(by_prefix):
        for group in by_prefix[prefix]:
            folds[slot % k].add(group)
            slot += 1
    return folds


def _nlu_examples(path: Path, skip_intents: set[str]) -> list[tuple[str, str]]:
    """(text, intent) of an NLU file (training or held-out), annotations removed."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out = []
    for block in data.get("nlu") or []:
        if "intent" not in block or block["intent"] in skip_intents:
            continue
        for line in str(block.get("examples") or "").splitlines():
            line = line.strip()
            if line.startswith("- "):
                text = _ANNOTATION.sub(r"\1", line[2:]).strip()
                if text:
                    out.append((text, block["intent"]))
    return out


def _rate(hits: int, n: int) -> float | None:
    return round(hits / n, 4) if n else None


def _mean(values: list[float | None]) -> float | None:
    kept = [v for v in values if v is not None]
    return round(sum(kept) / len(kept), 4) if kept else None


def _caught(decision: em.EmergencyDecision | None, case: BankCase) -> bool:
    if decision is None:
        return False
    reply = " ".join((*decision.numbers, decision.message))
    return all(re.search(rf"(?<!\d){n}(?!\d)", reply) for n in case.numbers)


# --- emergency ----------------------------------------------------------------------------------


def _test_sets(groups: Sequence[str], k: int, round_out: str | None) -> list[set[str]]:
    """The test groups of each fold: grouped k-fold, or one fold holding every group of a round
    (``-<tag>-`` in the group id, e.g. ``r2``) so that a whole later round is scored by detectors
    trained on the earlier ones."""
    if round_out is None:
        return _folds(groups, k)
    held = {g for g in groups if f"-{round_out}-" in g}
    if not held:
        raise SystemExit(f"no tune group has '-{round_out}-' in its id")
    return [held]


@functools.cache
def _policy(text: str) -> po.PolicyDecision:
    """The policy layer's decision on ``text`` with the default model (the policy model never
    trains on the emergency banks, so it needs no fold of its own here)."""
    return po.assess_request(text)


def _emergency_wins(text: str, decision: po.PolicyDecision) -> bool:
    """An emergency reply goes out instead of the refusal (``EmergencyGate`` is last); with a
    refusal the detector reads rules only, so no emergency model is needed here."""
    return emergency_after_policy(text, decision, use_classifier=False) is not None


def _alarms(
    cases: Sequence[BankCase],
    detect: Callable[[str], em.EmergencyDecision | None],
    prefix: str,
    misses: list[dict[str, str]],
) -> int:
    """How many of ``cases`` (none of them an emergency) got an emergency decision; each one is
    listed in ``misses`` under ``prefix`` + its category."""
    count = 0
    for case in cases:
        decision = detect(case.text)
        if decision is not None:
            count += 1
            misses.append(
                {"category": prefix + case.category, "got": decision.reason, "text": case.text}
            )
    return count


def emergency_training_bank(
    emergencies: Sequence[BankCase],
    near: Sequence[BankCase],
    requests: Sequence[BankCase],
    test_groups: set[str],
) -> list[tuple[str, str]]:
    """The emergency classifier's bank examples of one fold, built as ``em._bank_examples``
    builds them from the whole tune split, the groups in ``test_groups`` left out."""

    def kept(cases: Sequence[BankCase]) -> list[BankCase]:
        return [c for c in cases if c.group not in test_groups]

    return (
        [(c.text, c.category) for c in kept(emergencies)]
        + [(c.text, em.NONE_LABEL) for c in kept(near)]
        + [(t, em.REQUEST_LABEL) for t in em.policy_bank_negatives(kept(requests))]
    )


def emergency_cv(
    k: int, show: bool, round_out: str | None = None, policy_negatives: bool = True
) -> dict[str, Any]:
    emergencies = read_bank_file("emergency", "tune")
    near = read_bank_file("near_miss", "tune")
    # The policy banks' requests and lawful questions are no emergencies either: the detector
    # trains on them as such (em.policy_bank_negatives) and is scored on them by fold.
    requests = read_bank_file("refuse", "tune") + read_bank_file("answer", "tune")
    base = em.training_examples(include_bank=False, nlu_dir=Path("/nonexistent"))
    nlu = [(t, em.NONE_LABEL) for t in em._ordinary_nlu_examples(em._NLU_DIR)]
    folds = _test_sets([c.group for c in emergencies + near + requests], k, round_out)
    modes: dict[str, dict[str, list[Any]]] = {
        m: collections.defaultdict(list) for m in ("rules", "full")
    }
    misses: dict[str, list[dict[str, str]]] = {"rules": [], "full": []}
    for index, test_groups in enumerate(tqdm(folds, desc="emergency folds")):
        train_bank = emergency_training_bank(
            emergencies, near, requests if policy_negatives else [], test_groups
        )
        nlu_test = nlu[index::k]
        nlu_train = [x for i, x in enumerate(nlu) if i % k != index]
        model = em.EmergencyClassifier(base + nlu_train + train_bank)
        test_em = [c for c in emergencies if c.group in test_groups]
        test_near = [c for c in near if c.group in test_groups]
        for mode in modes:
            use = mode == "full"

            def detect(
                text: str, use: bool = use, model: em.EmergencyClassifier = model
            ) -> em.EmergencyDecision | None:
                # As in the pipeline: the policy layer's refusal of a request to harm others
                # is passed to the detector (the policy model never trains on emergency banks).
                return emergency_after_policy(
                    text, _policy(text), classifier=model, use_classifier=use
                )

            stats = modes[mode]
            caught_by_cat: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
            for case in test_em:
                decision = detect(case.text)
                ok = _caught(decision, case)
                caught_by_cat[case.category][0] += ok
                caught_by_cat[case.category][1] += 1
                if not ok:
                    got = decision.category if decision else "-"
                    misses[mode].append({"category": case.category, "got": got, "text": case.text})
            false_alarms = _alarms(test_near, detect, "FA:", misses[mode])
            nlu_alarms = sum(detect(t) is not None for t, _ in nlu_test)
            # An emergency reply to a request the policy refuses is a refusal lost; to a lawful
            # question (other than about self-harm, where 12356 is fitting) an answer lost.
            test_requests = [
                c
                for c in requests
                if c.group in test_groups and c.category != em.POLICY_CRISIS_CATEGORY
            ]
            request_alarms = _alarms(test_requests, detect, "REQ:", misses[mode])
            stats["request_alarms"].append(request_alarms)
            stats["request_n"].append(len(test_requests))
            stats["request_alarm_rate"].append(_rate(request_alarms, len(test_requests)))
            n_em = sum(v[1] for v in caught_by_cat.values())
            n_caught = sum(v[0] for v in caught_by_cat.values())
            stats["recall"].append(_rate(n_caught, n_em))
            stats["caught"].append(n_caught)
            stats["n"].append(n_em)
            stats["false_alarm_rate"].append(_rate(false_alarms, len(test_near)))
            stats["false_alarms"].append(false_alarms)
            stats["near_n"].append(len(test_near))
            stats["nlu_alarm_rate"].append(_rate(nlu_alarms, len(nlu_test)))
            stats["nlu_alarms"].append(nlu_alarms)
            stats["nlu_n"].append(len(nlu_test))
            for category, (hit, n) in caught_by_cat.items():
                stats["cat:" + category].append((hit, n))
    out: dict[str, Any] = {}
    for mode, stats in modes.items():
        per_category = {}
        for key in sorted(k for k in stats if k.startswith("cat:")):
            hit = sum(h for h, _ in stats[key])
            n = sum(n for _, n in stats[key])
            per_category[key[4:]] = {"caught": hit, "n": n, "recall": _rate(hit, n)}
        out[mode] = {
            "recall_fold_mean": _mean(stats["recall"]),
            "recall_pooled": _rate(sum(stats["caught"]), sum(stats["n"])),
            "n": sum(stats["n"]),
            "self_harm_misses": sum(1 for m in misses[mode] if m["category"] == "self_harm"),
            "false_alarm_rate_fold_mean": _mean(stats["false_alarm_rate"]),
            "false_alarms": sum(stats["false_alarms"]),
            "near_miss_n": sum(stats["near_n"]),
            "nlu_alarm_rate_fold_mean": _mean(stats["nlu_alarm_rate"]),
            "nlu_alarms": sum(stats["nlu_alarms"]),
            "nlu_n": sum(stats["nlu_n"]),
            "request_alarm_rate_fold_mean": _mean(stats["request_alarm_rate"]),
            "request_alarms": sum(stats["request_alarms"]),
            "request_n": sum(stats["request_n"]),
            "per_category": per_category,
        }
        if show:
            out[mode]["misses"] = misses[mode]
    return out


# --- policy -------------------------------------------------------------------------------------


def policy_fold_model(
    refuse: Sequence[BankCase],
    answer: Sequence[BankCase],
    base: list[tuple[str, str]],
    nlu: list[tuple[str, str]],
    test_groups: set[str],
    index: int,
    k: int,
) -> tuple[po.PolicyClassifier, list[tuple[str, str]]]:
    """The policy classifier of one fold, trained on the policy data, the bank groups outside
    ``test_groups`` and all but every ``k``-th NLU example from ``index``; and those held-out
    NLU examples."""
    train_bank = [
        (c.text, c.category if c.category in po.CATEGORIES else "non_violent_illegal")
        for c in refuse
        if c.group not in test_groups
    ]
    train_bank += [(c.text, po.SAFE) for c in answer if c.group not in test_groups]
    nlu_train = [x for i, x in enumerate(nlu) if i % k != index]
    return po.PolicyClassifier(base + nlu_train + train_bank), nlu[index::k]


def policy_cv(k: int, show: bool, round_out: str | None = None) -> dict[str, Any]:
    refuse = read_bank_file("refuse", "tune")
    answer = read_bank_file("answer", "tune")
    base = po.training_examples(bank_dir=None, nlu_dir=None)
    nlu = po._nlu_safe_examples(po.NLU_DIR)
    folds = _test_sets([c.group for c in refuse + answer], k, round_out)
    modes: dict[str, dict[str, list[Any]]] = {
        m: collections.defaultdict(list) for m in ("rules", "full")
    }
    misses: dict[str, list[dict[str, str]]] = {"rules": [], "full": []}
    for index, test_groups in enumerate(tqdm(folds, desc="policy folds")):
        model, nlu_test = policy_fold_model(refuse, answer, base, nlu, test_groups, index, k)
        test_refuse = [c for c in refuse if c.group in test_groups]
        test_answer = [c for c in answer if c.group in test_groups]
        for mode in modes:
            clf: Any = model if mode == "full" else _NoPolicyClassifier()
            stats = modes[mode]
            by_cat: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
            for case in test_refuse:
                decision = po.assess_request(case.text, classifier=clf)
                refused = decision.refuse and not _emergency_wins(case.text, decision)
                by_cat[case.category][0] += refused
                by_cat[case.category][1] += 1
                if not refused:
                    misses[mode].append(
                        {"category": case.category, "got": decision.reason, "text": case.text}
                    )
            over = 0
            for case in test_answer:
                decision = po.assess_request(case.text, classifier=clf)
                if decision.refuse:
                    over += 1
                    misses[mode].append(
                        {
                            "category": "OVER:" + case.category,
                            "got": decision.reason,
                            "text": case.text,
                        }
                    )
            nlu_over = 0
            for text, _ in nlu_test:
                decision = po.assess_request(text, classifier=clf)
                if decision.refuse:
                    nlu_over += 1
                    misses[mode].append(
                        {"category": "OVER:nlu", "got": decision.reason, "text": text}
                    )
            n = sum(v[1] for v in by_cat.values())
            refused = sum(v[0] for v in by_cat.values())
            stats["refusal"].append(_rate(refused, n))
            stats["refused"].append(refused)
            stats["n"].append(n)
            stats["over"].append(_rate(over, len(test_answer)))
            stats["over_n"].append(over)
            stats["answer_n"].append(len(test_answer))
            stats["nlu_over"].append(_rate(nlu_over, len(nlu_test)))
            stats["nlu_over_n"].append(nlu_over)
            stats["nlu_n"].append(len(nlu_test))
            for category, (hit, count) in by_cat.items():
                stats["cat:" + category].append((hit, count))
    out: dict[str, Any] = {}
    for mode, stats in modes.items():
        per_category = {}
        for key in sorted(x for x in stats if x.startswith("cat:")):
            hit = sum(h for h, _ in stats[key])
            n = sum(c for _, c in stats[key])
            per_category[key[4:]] = {"refused": hit, "n": n, "rate": _rate(hit, n)}
        out[mode] = {
            "refusal_rate_fold_mean": _mean(stats["refusal"]),
            "refusal_pooled": _rate(sum(stats["refused"]), sum(stats["n"])),
            "refuse_n": sum(stats["n"]),
            "over_refusal_rate_fold_mean": _mean(stats["over"]),
            "over_refused": sum(stats["over_n"]),
            "answer_n": sum(stats["answer_n"]),
            "nlu_over_refusal_rate_fold_mean": _mean(stats["nlu_over"]),
            "nlu_over_refused": sum(stats["nlu_over_n"]),
            "nlu_n": sum(stats["nlu_n"]),
            "refuse_per_category": per_category,
        }
        if show:
            out[mode]["misses"] = misses[mode]
    return out


# --- the NLU held-out set: not trained on by either detector -----------------------------------


def nlu_heldout(show: bool) -> dict[str, Any]:
    examples = _nlu_examples(NLU_HELDOUT, set())
    alarms, refusals = [], []
    for text, intent in examples:
        verdict = triage(text)
        decision, assessed = verdict.emergency, verdict.policy
        if decision is not None and intent != "report_emergency":
            alarms.append({"intent": intent, "got": decision.reason, "text": text})
        if assessed.refuse and intent != "request_harmful":
            refusals.append({"intent": intent, "got": assessed.reason, "text": text})
    n_ordinary = sum(intent != "report_emergency" for _, intent in examples)
    n_safe = sum(intent != "request_harmful" for _, intent in examples)
    out: dict[str, Any] = {
        "n": len(examples),
        "false_emergencies": len(alarms),
        "false_emergency_rate": _rate(len(alarms), n_ordinary),
        "refused": len(refusals),
        "over_refusal_rate": _rate(len(refusals), n_safe),
    }
    if show:
        out["false_emergency_cases"] = alarms
        out["over_refused_cases"] = refusals
    return out


# --- the knowledge questions: ordinary service questions neither detector should stop ----------

KNOWLEDGE_TESTS = ROOT / "tests" / "knowledge"


def knowledge_questions(show: bool) -> dict[str, Any]:
    """False emergencies and refusals of the full detectors on the knowledge benchmark's citizen
    questions (``tests/knowledge``: curated, catalogue, follow-up turns), per split. Only the
    ``tune`` split's cases are listed; the ``heldout`` split is counted, never listed."""
    from bot.knowledge.evaluation import load_conversations, load_questions

    out: dict[str, Any] = {}
    for split in ("tune", "heldout"):
        texts = [
            q.text
            for name in ("questions_curated", "questions_catalog_citizen", "questions_catalog")
            for q in load_questions(KNOWLEDGE_TESTS / f"{name}.yml", split)
        ]
        for conversation in load_conversations(KNOWLEDGE_TESTS / "conversations.yml", split):
            texts += [turn.text for turn in conversation.turns]
        texts = list(dict.fromkeys(texts))
        alarms, refusals = [], []
        for text in texts:
            verdict = triage(text)
            if verdict.emergency is not None:
                alarms.append({"got": verdict.emergency.reason, "text": text})
            if verdict.policy.refuse:
                refusals.append({"got": verdict.policy.reason, "text": text})
        entry: dict[str, Any] = {
            "n": len(texts),
            "false_emergencies": len(alarms),
            "false_emergency_rate": _rate(len(alarms), len(texts)),
            "refused": len(refusals),
            "refusal_rate": _rate(len(refusals), len(texts)),
        }
        if show and split == "tune":
            entry["false_emergency_cases"] = alarms
            entry["refused_cases"] = refusals
        out[split] = entry
    return out


def _table(result: dict[str, Any]) -> str:
    empty = {"rules": {}, "full": {}}
    e, p = result.get("emergency", empty), result.get("policy", empty)
    lines = [
        (
            f"| round {result['round_out']} left out | rules alone | rules + classifier |"
            if result.get("round_out")
            else f"| grouped {result['folds']}-fold CV on tune | rules alone | rules + classifier |"
        ),
        "|---|---|---|",
    ]

    def row(name: str, get: Callable[[dict[str, Any]], Any]) -> None:
        if not (e["full"] if name.startswith("em") else p["full"]):
            return
        lines.append(
            f"| {name} | {get(e['rules'] if name.startswith('em') else p['rules'])} | "
            f"{get(e['full'] if name.startswith('em') else p['full'])} |"
        )

    row("emergency recall (fold mean)", lambda m: m["recall_fold_mean"])
    row("emergency self-harm misses", lambda m: m["self_harm_misses"])
    row("emergency false alarms, near-miss", lambda m: m["false_alarm_rate_fold_mean"])
    row("emergency false alarms, NLU examples", lambda m: m["nlu_alarm_rate_fold_mean"])
    row("emergency false alarms, policy banks", lambda m: m["request_alarm_rate_fold_mean"])
    for category in sorted(e["full"].get("per_category", ())):
        row(
            f"em recall {category}",
            lambda m, c=category: "{recall} ({caught}/{n})".format(**m["per_category"][c]),
        )
    row("policy refusal (fold mean)", lambda m: m["refusal_rate_fold_mean"])
    row("policy over-refusal, answer bank", lambda m: m["over_refusal_rate_fold_mean"])
    row("policy over-refusal, NLU examples", lambda m: m["nlu_over_refusal_rate_fold_mean"])
    for category in sorted(p["full"].get("refuse_per_category", ())):
        row(
            f"policy refusal {category}",
            lambda m, c=category: "{rate} ({refused}/{n})".format(**m["refuse_per_category"][c]),
        )
    for split, k in (result.get("knowledge_questions") or {}).items():
        lines.append(
            f"Knowledge questions, {split} ({k['n']} service questions, full detectors): false "
            f"emergencies {k['false_emergencies']} ({k['false_emergency_rate']}), refused "
            f"{k['refused']} ({k['refusal_rate']})"
        )
    h = result.get("nlu_heldout")
    if h is None:
        return "\n".join(lines)
    lines.append("")
    lines.append(
        f"NLU held-out set ({h['n']} messages, full detectors): false emergencies "
        f"{h['false_emergencies']} ({h['false_emergency_rate']}), refused {h['refused']} "
        f"({h['over_refusal_rate']})"
    )
    return "\n".join(lines)


def machine(packages: Sequence[str]) -> dict[str, Any]:
    """The machine and the versions of ``packages``, for a result file."""
    return {
        "platform": platform.platform(),
        "python": platform.python_version(),
        "cpu_count": os.cpu_count(),
        "versions": package_versions(tuple(packages)),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--out", type=Path, default=RESULTS / "safety_cv.json")
    parser.add_argument("--show-misses", action="store_true", help="list every miss in the JSON")
    parser.add_argument(
        "--only", choices=("emergency", "policy"), help="run one detector (a quicker dev loop)"
    )
    parser.add_argument(
        "--round-out",
        metavar="TAG",
        help="leave one round out instead of k folds: test on the tune groups with -TAG- in their "
        "id (e.g. r2), train on the rest",
    )
    parser.add_argument(
        "--no-policy-negatives",
        action="store_true",
        help="train the emergency classifier without the policy banks' messages (the old way)",
    )
    args = parser.parse_args(argv)
    start = time.time()
    result: dict[str, Any] = {
        "what": "grouped cross-validation on the tune split of tests/safety/banks (heldout never read)",
        "folds": args.folds,
        "timestamp": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "machine": machine(("scikit-learn", "pyyaml")),
    }
    if args.round_out:
        result["what"] = (
            f"leave-one-round-out on the tune split: round {args.round_out} scored, the classifiers "
            "trained on the other tune rounds (heldout never read)"
        )
        result["round_out"] = args.round_out
    if args.only != "policy":
        result["emergency"] = emergency_cv(
            args.folds, args.show_misses, args.round_out, not args.no_policy_negatives
        )
    if args.only != "emergency":
        result["policy"] = policy_cv(args.folds, args.show_misses, args.round_out)
    if args.only is None and not args.round_out:
        result["nlu_heldout"] = nlu_heldout(args.show_misses)
        result["knowledge_questions"] = knowledge_questions(args.show_misses)
    result["seconds"] = round(time.time() - start, 1)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(_table(result))
    print(f"results: {args.out} ({result['seconds']} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
