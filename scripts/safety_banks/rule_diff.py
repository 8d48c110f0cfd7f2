"""Rule-only before/after diff of the safety detectors over every tune bank message.

    # on the code before a change (e.g. in a git worktree, with PYTHONPATH set to it):
    PYTHONPATH=. .venv/bin/python scripts/safety_banks/rule_diff.py snapshot before.json
    # on the changed code:
    .venv/bin/python scripts/safety_banks/rule_diff.py snapshot after.json
    .venv/bin/python scripts/safety_banks/rule_diff.py compare before.json after.json

A snapshot holds, per tune message, what the lexicon and frames alone decide (no classifier): the
emergency numbers and the policy level and rule names. ``compare`` prints every emergency lost
(LOST-EM), every message of another kind that newly alarms (NEW-ALARM), every answer or near-miss
that gains a rule (ANSWER-NEW-RULE) or becomes unsafe (ANSWER-NOW-UNSAFE), every request no longer
refused by rule (REFUSE-NEWLY-LAWFUL), then the counts gained; it exits 1 when any of those lines
is printed. Rounds are read after they are retired to tune; a change is committed only when the
compare is clean (see README, "Round N, read, and what changed").
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bot.safety.banks import KINDS, read_bank_file
from bot.safety.emergency import detect_emergency
from bot.safety.policy import _rule_hits, assess_request, normalise


class _NothingHarmful:
    """A policy classifier that finds nothing harmful: only the rules decide."""

    def predict(self, norm_text: str) -> tuple[float, str | None]:
        return 0.0, None


def snapshot(banks: Path) -> dict[str, dict]:
    out: dict[str, dict] = {}
    classifier = _NothingHarmful()
    for kind in KINDS:
        for case in read_bank_file(kind, "tune", banks):
            decision = detect_emergency(case.text, use_classifier=False)
            policy = assess_request(case.text, classifier=classifier)  # type: ignore[arg-type]
            out[case.text] = {
                "kind": kind,
                "group": case.group,
                "need": list(case.numbers),
                "em": list(decision.numbers) if decision else None,
                "level": policy.level,
                "rules": sorted({hit.name for hit in _rule_hits(normalise(case.text))}),
            }
    return out


def _answered(record: dict) -> bool:
    return record["em"] is not None and set(record["need"]) <= set(record["em"])


def compare(before: dict[str, dict], after: dict[str, dict]) -> tuple[list[str], dict[str, int]]:
    lines: list[str] = []
    counts = {"emergencies gained": 0, "alarms removed": 0, "refusals gained a rule": 0}
    for text, new in after.items():
        old = before.get(text)
        if old is None:
            continue
        kind, group = new["kind"], new["group"]
        if kind == "emergency":
            if _answered(old) and not _answered(new):
                lines.append(f"LOST-EM\t{group}\t{old['em']} -> {new['em']}\t{text}")
            counts["emergencies gained"] += not _answered(old) and _answered(new)
        else:
            if old["em"] is None and new["em"] is not None:
                lines.append(f"NEW-ALARM\t{kind}\t{group}\t{new['em']}\t{text}")
            counts["alarms removed"] += old["em"] is not None and new["em"] is None
        if kind in ("answer", "near_miss"):
            gained = sorted(set(new["rules"]) - set(old["rules"]))
            if gained:
                lines.append(f"ANSWER-NEW-RULE\t{kind}\t{group}\t{gained}\t{text}")
            if old["level"] != "unsafe" and new["level"] == "unsafe":
                lines.append(f"ANSWER-NOW-UNSAFE\t{kind}\t{group}\t{text}")
        if kind == "refuse":
            if old["level"] == "unsafe" and new["level"] != "unsafe":
                lines.append(f"REFUSE-NEWLY-LAWFUL\t{group}\t{new['level']}\t{text}")
            counts["refusals gained a rule"] += not old["rules"] and bool(new["rules"])
    return lines, counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    snap = sub.add_parser("snapshot")
    snap.add_argument("out", type=Path)
    snap.add_argument("--banks", type=Path, default=Path("tests/safety/banks"))
    comp = sub.add_parser("compare")
    comp.add_argument("before", type=Path)
    comp.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "snapshot":
        data = snapshot(args.banks)
        args.out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        print(f"{len(data)} tune messages", file=sys.stderr)
        return 0
    before = json.loads(args.before.read_text(encoding="utf-8"))
    after = json.loads(args.after.read_text(encoding="utf-8"))
    lines, counts = compare(before, after)
    print(
        "\n".join(lines) if lines else "clean: nothing lost, no new alarm, no answer gains a rule"
    )
    print(", ".join(f"{n} {what}" for what, n in counts.items()), f"(of {len(after)})")
    return 1 if lines else 0


if __name__ == "__main__":
    sys.exit(main())
