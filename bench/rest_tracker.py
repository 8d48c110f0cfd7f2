"""What the REST benchmarks share: the API token that reads trackers, and a tracker's last turn.

``bench/safety.py`` and ``bench/answers_rest.py`` send a message to the running servers and read
the conversation's tracker back (Rasa HTTP API) to see what the assistant did in that turn.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any


def read_token(path: Path) -> str:
    """``MINSHENG_API_TOKEN``, else the token ``make run`` wrote to ``path``; exits when neither."""
    token = os.environ.get("MINSHENG_API_TOKEN") or (
        path.read_text().strip() if path.exists() else ""
    )
    if not token:
        raise SystemExit(
            f"no API token: start the servers with `make run` (writes {path}) or set MINSHENG_API_TOKEN"
        )
    return token


def last_turn(events: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """(the events after the last user message, that message's parse data)."""
    last_user = max((i for i, e in enumerate(events) if e.get("event") == "user"), default=-1)
    parse = events[last_user].get("parse_data", {}) if last_user >= 0 else {}
    return events[last_user + 1 :], parse
