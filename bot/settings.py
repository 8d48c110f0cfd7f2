"""Project settings: every default lives here, documented once, validated loudly.

Precedence (lowest to highest): the defaults below, then ``minsheng.yml`` in the project root (or the
file named by ``BOT_SETTINGS``), then environment variables ``BOT_<FIELD>`` (e.g. ``BOT_DB_URL``).
Nothing reads the environment at import time: call :func:`load_settings` and pass the result down.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import yaml

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class SettingsError(ValueError):
    """A setting has a value we cannot use; the message names the setting and the value."""


@dataclass
class Settings:
    # Database for tickets, appointments and the knowledge base. A SQLite file keeps the embedded
    # demo self-contained; production points this at PostgreSQL (postgresql+psycopg2://...).
    db_url: str = f"sqlite:///{PROJECT_ROOT / 'var' / 'minsheng.db'}"
    # Curated knowledge, one YAML file per domain (see data/knowledge/README.md).
    knowledge_dir: Path = PROJECT_ROOT / "data" / "knowledge"
    # Where built models (tiny base, fine-tuned) are written; never committed.
    models_dir: Path = PROJECT_ROOT / "models"
    # A local Hugging Face model directory used as the base for fine-tuning. Empty means
    # "build the project's own small base model" (python -m bot llm init-base).
    base_model: str = ""
    # Appointments per service centre per day. Small on purpose so "full" is reachable.
    appointment_capacity: int = 20
    # Local timezone of the hotline: relative dates (明天, 下周一) are resolved in it.
    timezone: str = "Asia/Shanghai"
    # Answers below this retrieval score say "I do not have that information" and offer handoff.
    retrieval_min_score: float = 0.2
    # Extra fields from files/env that belong to later components are kept, not dropped.
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.knowledge_dir = Path(self.knowledge_dir)
        self.models_dir = Path(self.models_dir)
        if not isinstance(self.db_url, str) or "://" not in self.db_url:
            raise SettingsError(
                f"db_url must be a SQLAlchemy URL like sqlite:///path.db, got {self.db_url!r}"
            )
        if int(self.appointment_capacity) < 1:
            raise SettingsError(
                f"appointment_capacity must be >= 1, got {self.appointment_capacity!r}"
            )
        self.appointment_capacity = int(self.appointment_capacity)
        if not 0.0 <= float(self.retrieval_min_score) <= 1.0:
            raise SettingsError(
                f"retrieval_min_score must be within [0, 1], got {self.retrieval_min_score!r}"
            )
        self.retrieval_min_score = float(self.retrieval_min_score)

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        return {k: str(v) if isinstance(v, Path) else v for k, v in data.items()}


def _coerce(name: str, raw: Any) -> Any:
    kinds = {f.name: f.type for f in fields(Settings)}
    kind = kinds.get(name)
    if kind == "int":
        try:
            return int(raw)
        except (TypeError, ValueError) as e:
            raise SettingsError(f"{name} must be an integer, got {raw!r}") from e
    if kind == "float":
        try:
            return float(raw)
        except (TypeError, ValueError) as e:
            raise SettingsError(f"{name} must be a number, got {raw!r}") from e
    return raw


def load_settings(
    path: Path | None = None,
    env: Mapping[str, str] | None = None,
    **overrides: Any,
) -> Settings:
    """Resolve settings from defaults, an optional YAML file, ``BOT_*`` variables and overrides."""
    env = os.environ if env is None else env
    values: dict[str, Any] = {}
    known = {f.name for f in fields(Settings)} - {"extra"}
    extra: dict[str, Any] = {}

    file = path or (
        Path(env["BOT_SETTINGS"]) if env.get("BOT_SETTINGS") else PROJECT_ROOT / "minsheng.yml"
    )
    if file.exists():
        loaded = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
        if not isinstance(loaded, dict):
            raise SettingsError(
                f"{file}: expected a mapping of settings, got {type(loaded).__name__}"
            )
        for key, value in loaded.items():
            if key in known:
                values[key] = _coerce(key, value)
            else:
                extra[key] = value
    elif path is not None:
        raise SettingsError(f"settings file {path} does not exist")

    for name in known:
        env_key = f"BOT_{name.upper()}"
        if env.get(env_key):
            values[name] = _coerce(name, env[env_key])

    for key, value in overrides.items():
        if value is None:
            continue
        if key not in known:
            raise SettingsError(f"unknown setting {key!r}; known: {sorted(known)}")
        values[key] = _coerce(key, value)
    return Settings(**values, extra=extra)


def shared_data_dir(env: Mapping[str, str] | None = None) -> Path:
    """The public data sets (read-only, never copied into the repo): ``$MINSHENG_SHARED_DATA``,
    else ``../shared/data`` beside the project."""
    env = os.environ if env is None else env
    return Path(env.get("MINSHENG_SHARED_DATA") or PROJECT_ROOT.parent / "shared" / "data")
