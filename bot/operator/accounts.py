"""Operator accounts, sign-in with rate limiting, and server-side sessions.

Passwords are hashed with scrypt (``hashlib.scrypt``, a random 16-byte salt per password) and
compared in constant time; an unknown username costs the same hash as a known one. A session is
a random token in an HttpOnly cookie; only its SHA-256 is stored, with a CSRF token, an idle
expiry and an absolute expiry. Sign-in attempts are counted per username (hashed) and per client
address in a sliding window; past the limit, sign-in is refused before the password is checked.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.operator.models import LoginAttempt, Operator, OperatorSession

OPERATOR = "operator"
SUPERVISOR = "supervisor"
ROLES = (OPERATOR, SUPERVISOR)
# Roles that see citizens' personal data unmasked (phones, ID numbers, addresses).
PII_ROLES = frozenset({SUPERVISOR})

MIN_PASSWORD_LENGTH = 10
# scrypt cost: 16 MiB of memory and ~50 ms per hash on one core.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
_USERNAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_.-")


class AccountError(ValueError):
    """A request about accounts that cannot be carried out; the message says why."""


@dataclass(frozen=True)
class OperatorView:
    id: int
    username: str
    display_name: str
    role: str

    @property
    def sees_personal_data(self) -> bool:
        return self.role in PII_ROLES


@dataclass(frozen=True)
class SessionView:
    operator: OperatorView
    csrf_token: str
    expires_at: dt.datetime


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32
    )
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, expected = stored.split("$")
        if scheme != "scrypt":
            return False
        digest = hashlib.scrypt(
            password.encode("utf-8"),
            salt=_unb64(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(_unb64(expected)),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest, _unb64(expected))


# Compared against when the username is unknown, so both paths cost one scrypt.
_DUMMY_HASH = hash_password("not-a-password", salt=b"\0" * 16)


def _utc(now: dt.datetime | None) -> dt.datetime:
    if now is None:
        return dt.datetime.now(dt.timezone.utc)
    if now.tzinfo is None:
        raise AccountError(f"now must be timezone-aware, got {now!r}")
    return now.astimezone(dt.timezone.utc)


def _view(row: Operator) -> OperatorView:
    return OperatorView(row.id, row.username, row.display_name, row.role)


def normalize_username(username: str) -> str:
    name = (username or "").strip().lower()
    if not 2 <= len(name) <= 64 or not set(name) <= _USERNAME_CHARS:
        raise AccountError(
            "username must be 2-64 characters of a-z, 0-9, '_', '.' or '-', " f"got {username!r}"
        )
    return name


def check_password_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"password must have at least {MIN_PASSWORD_LENGTH} characters")
    if len(set(password)) < 4:
        raise AccountError("password is too simple (fewer than 4 different characters)")


def create_operator(
    engine: Engine,
    *,
    username: str,
    password: str,
    role: str = OPERATOR,
    display_name: str | None = None,
    now: dt.datetime | None = None,
) -> OperatorView:
    """Create an account; raises :class:`AccountError` for a taken name or a weak password."""
    name = normalize_username(username)
    if role not in ROLES:
        raise AccountError(f"role must be one of {', '.join(ROLES)}, got {role!r}")
    check_password_strength(password)
    shown = (display_name or name).strip()[:64] or name
    row = Operator(
        username=name,
        display_name=shown,
        role=role,
        password_hash=hash_password(password),
        active=True,
        created_at=_utc(now),
    )
    try:
        with Session(engine, future=True) as session, session.begin():
            session.add(row)
            session.flush()
            return _view(row)
    except IntegrityError as e:
        raise AccountError(f"username {name!r} is already taken") from e


def set_password(engine: Engine, username: str, password: str) -> None:
    check_password_strength(password)
    with Session(engine, future=True) as session, session.begin():
        row = session.scalars(
            select(Operator).where(Operator.username == normalize_username(username))
        ).first()
        if row is None:
            raise AccountError(f"no operator {username!r}")
        row.password_hash = hash_password(password)
        session.execute(delete(OperatorSession).where(OperatorSession.operator_id == row.id))


def list_operators(engine: Engine) -> list[OperatorView]:
    with Session(engine, future=True) as session:
        return [_view(r) for r in session.scalars(select(Operator).order_by(Operator.id))]


def username_hash(username: str) -> str:
    return hashlib.sha256((username or "").strip().lower().encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class LoginPolicy:
    max_failures: int = 5  # per username, and x4 per client address, in the window
    window: dt.timedelta = dt.timedelta(minutes=15)
    idle: dt.timedelta = dt.timedelta(minutes=30)
    lifetime: dt.timedelta = dt.timedelta(hours=12)


DEFAULT_POLICY = LoginPolicy()


class LoginRefused(AccountError):
    """Wrong credentials, or too many failures (``locked``)."""

    def __init__(self, message: str, *, locked: bool = False) -> None:
        super().__init__(message)
        self.locked = locked


def login(
    engine: Engine,
    username: str,
    password: str,
    *,
    remote: str,
    policy: LoginPolicy = DEFAULT_POLICY,
    now: dt.datetime | None = None,
) -> tuple[str, SessionView]:
    """Check the credentials and open a session: ``(cookie token, session)``.

    Raises :class:`LoginRefused` (``locked=True`` when the rate limit is reached; the password is
    then not even checked). Every attempt is recorded.
    """
    when = _utc(now)
    since = when - policy.window
    key = username_hash(username)
    remote = (remote or "?")[:64]
    with Session(engine, future=True) as session, session.begin():
        by_name = session.scalar(
            select(func.count())
            .select_from(LoginAttempt)
            .where(
                LoginAttempt.username_hash == key,
                LoginAttempt.time >= since,
                LoginAttempt.success.is_(False),
            )
        )
        by_remote = session.scalar(
            select(func.count())
            .select_from(LoginAttempt)
            .where(
                LoginAttempt.remote == remote,
                LoginAttempt.time >= since,
                LoginAttempt.success.is_(False),
            )
        )
        if by_name >= policy.max_failures or by_remote >= 4 * policy.max_failures:
            raise LoginRefused("too many failed sign-in attempts", locked=True)
        try:
            name = normalize_username(username)
        except AccountError:
            name = ""
        row = (
            session.scalars(select(Operator).where(Operator.username == name)).first()
            if name
            else None
        )
        ok = verify_password(password or "", row.password_hash if row else _DUMMY_HASH)
        ok = ok and row is not None and bool(row.active)
        session.add(LoginAttempt(username_hash=key, remote=remote, time=when, success=ok))
        if not ok:
            session.commit()
            raise LoginRefused("wrong username or password")
        token = secrets.token_urlsafe(32)
        csrf = secrets.token_urlsafe(32)
        expires = min(when + policy.idle, when + policy.lifetime)
        session.add(
            OperatorSession(
                token_hash=_token_hash(token),
                operator_id=row.id,
                csrf_token=csrf,
                created_at=when,
                last_seen=when,
                expires_at=expires,
            )
        )
        # Old sessions of everyone are cleaned up now and then (here: on each sign-in).
        session.execute(delete(OperatorSession).where(OperatorSession.expires_at < when))
        return token, SessionView(_view(row), csrf, expires)


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def session_for(
    engine: Engine,
    token: str | None,
    *,
    policy: LoginPolicy = DEFAULT_POLICY,
    now: dt.datetime | None = None,
) -> SessionView | None:
    """The live session of a cookie token (its idle expiry extended), or ``None``."""
    if not token or len(token) > 128:
        return None
    when = _utc(now)
    with Session(engine, future=True) as session, session.begin():
        row = session.get(OperatorSession, _token_hash(token))
        if row is None:
            return None
        operator = session.get(Operator, row.operator_id)
        if row.expires_at <= when or operator is None or not operator.active:
            session.delete(row)
            return None
        row.last_seen = when
        row.expires_at = min(when + policy.idle, row.created_at + policy.lifetime)
        return SessionView(_view(operator), row.csrf_token, row.expires_at)


def logout(engine: Engine, token: str | None) -> None:
    if not token:
        return
    with Session(engine, future=True) as session, session.begin():
        session.execute(
            delete(OperatorSession).where(OperatorSession.token_hash == _token_hash(token))
        )


def csrf_ok(session: SessionView, submitted: str | None) -> bool:
    return bool(submitted) and hmac.compare_digest(session.csrf_token, str(submitted))
