"""Operators of the hotline (坐席): accounts, sessions, the hand-over queue and their audit trail.

Used by the operator console (:mod:`bot.console`); testable without a web server or Rasa.
"""
