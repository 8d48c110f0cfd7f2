"""Citizen safety: emergency triage and the policy layer for harmful requests."""
