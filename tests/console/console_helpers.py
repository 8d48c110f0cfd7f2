"""Shared by the console tests: a tracker-store ``events`` table and hand-over events in it."""

from __future__ import annotations

import json
import socket

from sqlalchemy import insert

from bot.db import make_engine
from bot.privacy.tables import create_privacy_tables, events

PASSWORD = "correct horse battery"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def events_engine(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'tracker.db'}")
    create_privacy_tables(engine, with_events=True)
    return engine


def add_events(engine, sender: str, *evs: dict) -> None:
    with engine.begin() as connection:
        for ev in evs:
            connection.execute(
                insert(events).values(
                    sender_id=sender,
                    type_name=ev["event"],
                    timestamp=ev.get("timestamp", 0.0),
                    data=json.dumps(ev, ensure_ascii=False),
                )
            )


def handoff_events(ts: float, text: str = "我要找人工，电话13800138000") -> list[dict]:
    return [
        {"event": "user", "timestamp": ts - 1, "text": text},
        {
            "event": "bot",
            "timestamp": ts,
            "text": "正在为您转接人工坐席，请稍候。",
            "data": {
                "custom": {
                    "handoff": {
                        "handoff": True,
                        "mode": "transfer",
                        "reason": "user_request",
                        "context": {
                            "active_form": "complaint_form",
                            "slots": {"district": "南湖区", "phone_number": "138****8000"},
                            "channel": "socketio",
                        },
                    }
                }
            },
        },
        {"event": "slot", "timestamp": ts, "name": "handoff_active", "value": True},
    ]
