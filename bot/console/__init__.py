"""The operator console (坐席工作台): a small server-rendered web app for the hotline's people.

- hand-over queue: conversations waiting for a person (oldest first) with the reason and the
  bot's summary; take one, read the transcript, reply into the citizen's web chat, hand it back
  to the bot or close it;
- tickets: list and filter, open, move along 受理 → 派发 → 办理中 → 办结 with a note (audit trail).

Operators sign in (accounts in the app database, :mod:`bot.operator.accounts`); operators without
the supervisor role see personal data masked. Served by ``python -m bot console`` (``make run``).
The hand-over contracts with the Rasa server are in /work/coord/INTERFACES.md.
"""
