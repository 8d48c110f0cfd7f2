"""Field encryption of personal data at rest, and keyed hashes to find a citizen's records.

The data key is a Fernet key (``cryptography``, installed with Rasa) read from the environment
variable named by ``settings.privacy.data_key_env`` (default ``MINSHENG_DATA_KEY``). Several keys may
be given comma-separated for rotation: the first encrypts, all decrypt, and subject hashes are
searched under every key.

Without the variable there is no silent default: :func:`load_data_key` raises
:class:`DataKeyMissing` unless a development key file is named (``endpoints.yml`` names
``var/data_key``, which ``make run`` creates; ``endpoints.production.yml`` names none).

Generate a key: ``python -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())'``
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from bot.pii import normalize_phone
from bot.settings import PROJECT_ROOT

logger = logging.getLogger(__name__)

DEFAULT_DATA_KEY_ENV = "MINSHENG_DATA_KEY"
# Where `make run` keeps the development key (endpoints.yml names it as dev_key_file).
DEV_KEY_FILE = PROJECT_ROOT / "var" / "data_key"
# Marks an encrypted value inside stored JSON: {"$minsheng_enc": 1, "token": "gAAAA..."}.
ENCRYPTED_MARKER = "$minsheng_enc"
_HASH_CONTEXT = b"minsheng subject hash v1"


class DataKeyMissing(RuntimeError):
    """No data key: personal data cannot be stored encrypted, so nothing is stored."""


class DataKeyInvalid(RuntimeError):
    """The data key is not a Fernet key, or a stored value was encrypted with another key.

    Not a ValueError: Rasa's SQL session scope reports any ValueError as a missing schema."""


def generate_key() -> str:
    return Fernet.generate_key().decode("ascii")


def load_data_key(
    env_name: str = DEFAULT_DATA_KEY_ENV,
    *,
    env: Mapping[str, str] | None = None,
    dev_key_file: str | Path | None = None,
) -> str:
    """The data key(s) from ``env_name``; else from ``dev_key_file`` (created when absent).

    Raises :class:`DataKeyMissing` when the variable is unset and no development file is named.
    """
    env = os.environ if env is None else env
    value = (env.get(env_name) or "").strip()
    if value:
        return value
    if dev_key_file is None:
        raise DataKeyMissing(
            f"environment variable {env_name} is not set: personal data in the tracker store "
            "is encrypted with it. Set it to a Fernet key (python -c 'from cryptography.fernet "
            "import Fernet; print(Fernet.generate_key().decode())') and keep it in your secret "
            "store; losing it makes the encrypted slot values unreadable."
        )
    path = Path(dev_key_file)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(generate_key() + "\n", encoding="ascii")
        path.chmod(0o600)
        logger.warning(
            "%s is not set: generated a development data key in %s (never use this in "
            "production: set %s instead)",
            env_name,
            path,
            env_name,
        )
    value = path.read_text(encoding="ascii").strip()
    if not value:
        raise DataKeyMissing(f"development data key file {path} is empty")
    return value


class FieldCipher:
    """Encrypts JSON values with Fernet and computes keyed subject hashes (HMAC-SHA256)."""

    def __init__(self, keys: str | Sequence[str]) -> None:
        raw = [k.strip() for k in (keys.split(",") if isinstance(keys, str) else keys)]
        raw = [k for k in raw if k]
        if not raw:
            raise DataKeyInvalid("no data key given")
        try:
            fernets = [Fernet(k.encode("ascii")) for k in raw]
        except (ValueError, UnicodeEncodeError) as e:
            raise DataKeyInvalid(
                "the data key must be a url-safe base64 Fernet key of 32 bytes "
                "(Fernet.generate_key())"
            ) from e
        self._fernet = MultiFernet(fernets)
        self._hash_keys = [
            hmac.new(k.encode("ascii"), _HASH_CONTEXT, hashlib.sha256).digest() for k in raw
        ]

    @classmethod
    def from_environment(
        cls,
        env_name: str = DEFAULT_DATA_KEY_ENV,
        *,
        env: Mapping[str, str] | None = None,
        dev_key_file: str | Path | None = None,
    ) -> FieldCipher:
        return cls(load_data_key(env_name, env=env, dev_key_file=dev_key_file))

    # --- values ---------------------------------------------------------------------------------

    def encrypt(self, value: Any) -> dict[str, Any]:
        """``value`` (anything JSON can hold) as an encrypted marker object."""
        token = self._fernet.encrypt(json.dumps(value, ensure_ascii=False).encode("utf-8"))
        return {ENCRYPTED_MARKER: 1, "token": token.decode("ascii")}

    def decrypt(self, stored: Any) -> Any:
        """The original value of an encrypted marker; anything else is returned unchanged."""
        if not is_encrypted(stored):
            return stored
        try:
            plain = self._fernet.decrypt(str(stored["token"]).encode("ascii"))
        except InvalidToken as e:
            raise DataKeyInvalid(
                "a stored value cannot be decrypted with the configured data key(s); "
                "was the key changed without keeping the old one for decryption?"
            ) from e
        return json.loads(plain.decode("utf-8"))

    def encrypt_bytes(self, plain: bytes) -> str:
        """A Fernet token (ASCII) of ``plain`` under the primary key."""
        return self._fernet.encrypt(plain).decode("ascii")

    def decrypt_bytes(self, token: str) -> bytes:
        """The plain bytes of a token from :meth:`encrypt_bytes` under any configured key."""
        try:
            return self._fernet.decrypt(token.encode("ascii"))
        except (InvalidToken, UnicodeEncodeError) as e:
            raise DataKeyInvalid(
                "a stored value cannot be decrypted with the configured data key(s); "
                "was the key changed without keeping the old one for decryption?"
            ) from e

    # --- subject hashes -------------------------------------------------------------------------

    def subject_hash(self, kind: str, value: str) -> str:
        """Keyed hash of a normalised identifier under the primary key (what is stored)."""
        return self.subject_hashes(kind, value)[0]

    def subject_hashes(self, kind: str, value: str) -> list[str]:
        """The hash under every configured key (what lookups search for, across rotations)."""
        message = f"{kind}:{value}".encode()
        return [hmac.new(k, message, hashlib.sha256).hexdigest() for k in self._hash_keys]


def is_encrypted(value: Any) -> bool:
    return isinstance(value, dict) and value.get(ENCRYPTED_MARKER) == 1 and "token" in value


def phone_subject(phone: str) -> str | None:
    """The normalised phone a citizen's records are indexed by (None when it is no phone)."""
    return normalize_phone(phone)
