"""Personal data in the application database (tickets, appointments) encrypted at rest.

:class:`EncryptedText` is a SQLAlchemy column type: values are Fernet-encrypted with the data key
(:mod:`bot.privacy.crypto`, the same key as the tracker store's slots) when written and decrypted
when read, so code using the ORM or Core tables sees plain text and the database holds
``enc:v1:<token>``. Two values pass through unencrypted because they are no personal data and SQL
compares them: ``None`` and :data:`ERASED` (what retention writes over blanked fields). Rows
written before encryption (plain text) are read as they are, until migration
``0005_encrypt_tickets`` or the next write encrypts them.

Fernet is randomised, so an encrypted phone cannot be searched. Each row therefore also stores
:func:`phone_hash`: the keyed hash (HMAC-SHA256 under the data key) of the normalised phone, the
same hash the tracker store indexes conversations by. Lookups use :func:`phone_hashes` (one hash
per configured key, so rotated keys still find old rows).

The key: the variable ``settings.privacy.data_key_env`` names (``MINSHENG_DATA_KEY``), else the
development key file ``var/data_key`` that ``make run`` keeps (created with a warning when
absent), as for ``python -m bot privacy``.
"""

from __future__ import annotations

import functools
import os

from sqlalchemy import Text
from sqlalchemy.types import TypeDecorator

from bot.pii import normalize_phone
from bot.privacy.crypto import DEV_KEY_FILE, FieldCipher, load_data_key
from bot.settings import load_settings

# Prefix of an encrypted value in a text column; the version allows another scheme later.
PREFIX = "enc:v1:"
# What retention and data-subject deletion write over personal fields (kept in clear: SQL compares
# it). bot.privacy.retention uses the same value.
ERASED = "[已删除]"
# The kind of subject hash a phone is stored under (as in the tracker store's privacy_subjects).
SUBJECT_PHONE = "phone"


@functools.lru_cache(maxsize=8)
def _key_env_name(settings_file: str | None) -> str:
    return load_settings().privacy.data_key_env


@functools.lru_cache(maxsize=8)
def _cipher_for(keys: str) -> FieldCipher:
    return FieldCipher(keys)


def data_cipher() -> FieldCipher:
    """The cipher for the data key configured now (cached per key value)."""
    env_name = _key_env_name(os.environ.get("BOT_SETTINGS"))
    return _cipher_for(load_data_key(env_name, dev_key_file=DEV_KEY_FILE))


def encrypt_text(value: str | None, cipher: FieldCipher | None = None) -> str | None:
    """``value`` as stored: ``None``, :data:`ERASED` and already encrypted values unchanged."""
    if value is None or value == ERASED or value.startswith(PREFIX):
        return value
    token = (cipher or data_cipher()).encrypt_bytes(value.encode("utf-8"))
    return PREFIX + token


def decrypt_text(stored: str | None, cipher: FieldCipher | None = None) -> str | None:
    """The plain value of a stored one (plain legacy values come back unchanged)."""
    if stored is None or not stored.startswith(PREFIX):
        return stored
    return (cipher or data_cipher()).decrypt_bytes(stored[len(PREFIX) :]).decode("utf-8")


def is_encrypted_text(stored: str | None) -> bool:
    return stored is not None and stored.startswith(PREFIX)


class EncryptedText(TypeDecorator):
    """A text column whose values are encrypted with the data key (see the module docstring)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect) -> str | None:
        return encrypt_text(value)

    def process_result_value(self, value: str | None, dialect) -> str | None:
        return decrypt_text(value)


def _phone_subject(phone: str) -> str:
    # Form-validated phones normalise; anything else is hashed as typed, without blanks.
    return normalize_phone(phone) or "".join(phone.split())


def phone_hash(phone: str | None, cipher: FieldCipher | None = None) -> str | None:
    """What a row stores to be found by ``phone`` (None for no phone or an erased one)."""
    if not phone or phone == ERASED:
        return None
    return (cipher or data_cipher()).subject_hash(SUBJECT_PHONE, _phone_subject(phone))


def phone_hashes(phone: str, cipher: FieldCipher | None = None) -> list[str]:
    """What a lookup by ``phone`` searches for: its hash under every configured key."""
    return (cipher or data_cipher()).subject_hashes(SUBJECT_PHONE, _phone_subject(phone))
