"""The privacy settings, read from ``settings.privacy`` (or the settings file's ``privacy:`` mapping).

Read defensively so that this package works with the flat settings tree as well as with the nested
sections (``settings.privacy.*``, see ``bot/settings.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.privacy.crypto import DEFAULT_DATA_KEY_ENV
from bot.settings import PROJECT_ROOT

# Network logs are kept at least 6 months (网络安全法 Art. 21): audit records never go sooner.
MIN_AUDIT_RETENTION_DAYS = 183
DEFAULT_TRACKER_DB_URL = f"sqlite:///{PROJECT_ROOT / 'var' / 'tracker.db'}"
DEFAULT_DEV_KEY_FILE = PROJECT_ROOT / "var" / "data_key"


@dataclass(frozen=True)
class PrivacyConfig:
    retention_days: int = 180
    audit_retention_days: int = MIN_AUDIT_RETENTION_DAYS
    data_key_env: str = DEFAULT_DATA_KEY_ENV
    # The tracker store's database (what endpoints.yml names), for `python -m bot privacy`.
    tracker_db_url: str = DEFAULT_TRACKER_DB_URL


def _get(section: Any, name: str, default: Any) -> Any:
    if section is None:
        return default
    if isinstance(section, dict):
        value = section.get(name)
    else:
        value = getattr(section, name, None)
    return default if value in (None, "") else value


def privacy_config(settings: Any) -> PrivacyConfig:
    """The privacy values of ``settings`` (a :class:`bot.settings.Settings`), defaults filled in."""
    section = getattr(settings, "privacy", None)
    if section is None:
        extra = getattr(settings, "extra", None) or {}
        section = extra.get("privacy") if isinstance(extra, dict) else None
    defaults = PrivacyConfig()
    return PrivacyConfig(
        retention_days=int(_get(section, "retention_days", defaults.retention_days)),
        audit_retention_days=int(
            _get(section, "audit_retention_days", defaults.audit_retention_days)
        ),
        data_key_env=str(_get(section, "data_key_env", defaults.data_key_env)),
        tracker_db_url=str(_get(section, "tracker_db_url", defaults.tracker_db_url)),
    )
