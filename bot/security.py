"""Secrets between the hotline's own processes, and conversation ids the web channel issues.

- **Service tokens.** The action server and the model server (``python -m bot serve``) answer only
  requests that carry their shared secret in the :data:`TOKEN_HEADER` header. The secret's value
  comes from the environment variable that ``settings.security`` names (``make run`` generates
  one into ``var/``); comparisons take constant time.
- **Web conversation ids.** The socket.io channel hands every web client a conversation id that
  the server drew (:meth:`SessionIds.issue`): random, unguessable, and signed, so a client can
  resume its own conversation after a reconnect but can neither pick an id (``"1"``) nor make one
  up; an id that fails :meth:`SessionIds.valid` gets a new conversation.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import os
import re
import secrets
from collections.abc import Mapping

logger = logging.getLogger(__name__)

# The header both internal services read; one name so that clients and servers cannot disagree.
TOKEN_HEADER = "X-Minsheng-Token"


class MissingSecret(RuntimeError):
    """A service was asked to require a secret whose environment variable is not set."""


def secret_from_env(env_name: str, env: Mapping[str, str] | None = None) -> str | None:
    """The value of ``env_name`` (None when unset or empty: the caller decides what that means)."""
    env = os.environ if env is None else env
    value = env.get(env_name, "").strip()
    return value or None


def token_matches(given: str | None, expected: str) -> bool:
    """Whether ``given`` equals ``expected``, in time independent of where they differ."""
    if not given or not expected:
        return False
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


class SessionIds:
    """Issues and checks the web channel's conversation ids: ``<random>.<signature>``.

    ``<random>`` is 144 bits from :mod:`secrets`; ``<signature>`` is an HMAC-SHA256 of it under
    the server's key, cut to 128 bits. Checking needs no storage, so any server process with the
    same key accepts the ids of the others, and ids survive a restart when the key is kept.
    """

    _FORMAT = re.compile(r"[A-Za-z0-9_-]{24}\.[A-Za-z0-9_-]{22}")

    def __init__(self, key: bytes) -> None:
        if len(key) < 16:
            raise ValueError("the session key must have at least 16 bytes")
        self._key = key

    @classmethod
    def from_env(cls, env_name: str, env: Mapping[str, str] | None = None) -> SessionIds:
        """The key from ``env_name``; without it a key for this process only (ids then do not
        survive a restart, which is logged once)."""
        value = secret_from_env(env_name, env)
        if value is None:
            logger.warning(
                "%s is not set: web conversation ids are valid until this process stops",
                env_name,
            )
            return cls(secrets.token_bytes(32))
        return cls(hashlib.sha256(value.encode("utf-8")).digest())

    def _sign(self, nonce: str) -> str:
        return _b64(hmac.new(self._key, nonce.encode("ascii"), hashlib.sha256).digest()[:16])

    def issue(self) -> str:
        nonce = _b64(secrets.token_bytes(18))
        return f"{nonce}.{self._sign(nonce)}"

    def valid(self, session_id: object) -> bool:
        if not isinstance(session_id, str) or not self._FORMAT.fullmatch(session_id):
            return False
        nonce, signature = session_id.split(".")
        return hmac.compare_digest(signature, self._sign(nonce))
