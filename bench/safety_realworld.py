"""False alarms on real citizen messages: how often the safety detectors fire on ordinary 12345 mail.

The safety banks' near-misses are written to be hard; this measures the everyday rate instead. It
samples messages from the TipDM 2020 government message-board data (real, anonymised citizen
messages to a city's 12345-style board; ``../shared/data/tipdm2020_gov_messages``, read in place,
never copied) and runs ``detect_emergency`` and ``assess_request`` on each, once on the subject line
(short, like a chat message) and once on subject + body (long). Almost none of these messages is an
emergency or a harmful request, so every firing is read by a person: ``--judgements`` (YAML, message
id -> ``genuine`` / ``false_alarm`` + a note) records those verdicts, and the JSON reports fires per
1,000 messages, the judged false ones, and a few examples (public data; short excerpts only).

    .venv/bin/python bench/safety_realworld.py --sample 2000
    .venv/bin/python bench/safety_realworld.py --list-fires   # print every firing, to judge them
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import platform
import random
import sys
import time
from pathlib import Path
from typing import Any

import yaml
from tqdm import tqdm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.safety.emergency import detect_emergency  # noqa: E402
from bot.safety.policy import assess_request  # noqa: E402
from bot.versions import package_versions  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "tipdm2020_gov_messages"
FILES = ("fj2_classification_sample495.jsonl", "fj4_messages_with_replies_2816.jsonl.gz")
JUDGEMENTS = ROOT / "bench" / "safety_realworld_judgements.yml"
EXCERPT = 60


def load_messages(data_dir: Path) -> list[dict[str, str]]:
    """Every message of both files once (by id), with subject and body."""
    messages: dict[str, dict[str, str]] = {}
    for name in FILES:
        path = data_dir / name
        opener = gzip.open if name.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                key = str(row.get("留言编号", "")).strip()
                subject = str(row.get("留言主题") or "").strip()
                body = str(row.get("留言详情") or "").strip()
                if key and (subject or body) and key not in messages:
                    messages[key] = {"id": key, "subject": subject, "body": body}
    return [messages[k] for k in sorted(messages, key=lambda x: (len(x), x))]


def run(messages: list[dict[str, str]]) -> list[dict[str, Any]]:
    fires = []
    for message in tqdm(messages, desc="messages"):
        for field, text in (
            ("subject", message["subject"]),
            ("full", f"{message['subject']}。{message['body']}"),
        ):
            decision = detect_emergency(text)
            if decision is not None:
                fires.append(
                    {
                        "id": message["id"],
                        "field": field,
                        "detector": "emergency",
                        "decision": f"{decision.category}/{decision.reason}",
                        "text": text,
                    }
                )
            assessed = assess_request(text)
            if assessed.refuse:
                fires.append(
                    {
                        "id": message["id"],
                        "field": field,
                        "detector": "policy",
                        "decision": f"{assessed.category}/{assessed.reason}",
                        "text": text,
                    }
                )
    return fires


def summarise(
    fires: list[dict[str, Any]], n: int, judgements: dict[str, dict[str, str]]
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for detector in ("emergency", "policy"):
        for field in ("subject", "full"):
            mine = [f for f in fires if f["detector"] == detector and f["field"] == field]
            verdicts = [judgements.get(f"{f['id']}/{detector}", {}).get("verdict") for f in mine]
            out[f"{detector}_{field}"] = {
                "fires": len(mine),
                "per_1000": round(1000 * len(mine) / n, 2) if n else None,
                "judged_false_alarm": verdicts.count("false_alarm"),
                "judged_genuine": verdicts.count("genuine"),
                "not_judged": verdicts.count(None),
            }
    return out


def examples(
    fires: list[dict[str, Any]], judgements: dict[str, dict[str, str]]
) -> list[dict[str, str]]:
    """The judged firings, one per message and detector, with a short excerpt."""
    seen, out = set(), []
    for fire in fires:
        key = f"{fire['id']}/{fire['detector']}"
        if key in seen or key not in judgements:
            continue
        seen.add(key)
        text = fire["text"]
        out.append(
            {
                "id": fire["id"],
                "detector": fire["detector"],
                "decision": fire["decision"],
                "excerpt": text[:EXCERPT] + ("…" if len(text) > EXCERPT else ""),
                **judgements[key],
            }
        )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--sample", type=int, default=2000, help="messages sampled (seeded)")
    parser.add_argument("--seed", type=int, default=12345)
    parser.add_argument("--judgements", type=Path, default=JUDGEMENTS)
    parser.add_argument(
        "--out", type=Path, default=ROOT / "bench" / "results" / "safety_realworld.json"
    )
    parser.add_argument("--list-fires", action="store_true", help="print every firing")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        raise SystemExit(f"data set missing: {args.data} (see ../shared/data/README.md)")
    messages = load_messages(args.data)
    sample = random.Random(args.seed).sample(messages, min(args.sample, len(messages)))
    judgements: dict[str, dict[str, str]] = {}
    if args.judgements.exists():
        judgements = yaml.safe_load(args.judgements.read_text(encoding="utf-8")) or {}
    start = time.time()
    # Train both classifiers before timing the messages.
    detect_emergency("邻居家着火了")
    assess_request("你好")
    fires = run(sample)
    result = {
        "what": "safety detectors on real citizen messages (TipDM 2020 message board, A市)",
        "data": str(args.data.name),
        "messages": len(sample),
        "population": len(messages),
        "seed": args.seed,
        "timestamp": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "seconds": round(time.time() - start, 1),
        "machine": {
            "platform": platform.platform(),
            "python": platform.python_version(),
            "cpu_count": os.cpu_count(),
            "versions": package_versions(("scikit-learn", "pyyaml")),
        },
        "rates": summarise(fires, len(sample), judgements),
        "judged_examples": examples(fires, judgements),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("| detector / text | fires | per 1,000 | judged false | judged genuine |")
    print("|---|---|---|---|---|")
    for name, row in result["rates"].items():
        print(
            f"| {name} | {row['fires']} | {row['per_1000']} | {row['judged_false_alarm']} | "
            f"{row['judged_genuine']} |"
        )
    if args.list_fires:
        for fire in fires:
            print(
                f"{fire['id']}\t{fire['detector']}\t{fire['field']}\t{fire['decision']}\t"
                f"{fire['text'][:160]}"
            )
    print(f"results: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
