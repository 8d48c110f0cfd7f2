"""Personal data: masking, encryption at rest, retention and data-subject requests.

- :mod:`bot.privacy.masking`: find and mask phones, resident IDs and bank-card numbers in text and
  nested JSON-like data (validators from :mod:`bot.pii`).
- :mod:`bot.privacy.crypto`: the data key (``$MINSHENG_DATA_KEY``), Fernet field encryption and
  keyed subject hashes.
- :mod:`bot.privacy.at_rest`: the encrypted column type of tickets and appointments, and the
  keyed phone hash their lookups use.
- :mod:`bot.privacy.events`: what of a Rasa event may be stored (used by
  ``custom_components/privacy_tracker_store.py``).
- :mod:`bot.privacy.tables`, :mod:`bot.privacy.subjects`: the tracker database's privacy tables.
- :mod:`bot.privacy.retention`: purge, export, delete, protect (``python -m bot privacy``).
- :mod:`bot.privacy.log_masking`: masking of every log record of a server process.
"""
