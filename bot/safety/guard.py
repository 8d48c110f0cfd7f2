"""A guard model's second opinion on a request (Qwen3Guard style), which can only add refusals.

Deployments with a GPU can run a guard model (Qwen3Guard-Gen, or any model fine-tuned to answer
in its format) behind an OpenAI-compatible server (vLLM, or ``python -m bot serve``) and set
``safety.guard_backend: openai`` (``guard_url``, ``guard_model``, ``guard_timeout_s``,
``guard_api_key_env`` in the same section). The citizen's message is sent as the user turn; the
model's chat template carries the guard instruction, and the model answers::

    Safety: Unsafe
    Categories: Violent

How the opinions combine (:meth:`GuardClient.review`):

- the local decision (:func:`bot.safety.policy.assess_request`) is ``unsafe``: it stands, and the
  guard is not asked (a refusal is never relaxed, and costs no model call);
- the guard says ``Unsafe``: the request is refused (category from the guard, else the local one);
- the guard says ``Controversial`` and the local decision is ``safe``: ``controversial``;
- the guard says ``Safe``, times out, fails, or answers outside the format: the local decision
  stands, and the failure is logged (without the citizen's text).

The call is synchronous with a hard timeout: Rasa's NLU graph runs synchronously (an event loop is
already running there, so ``OpenAIEngine.generate_sync`` cannot be used), and a slow guard must
cost at most ``guard_timeout_s`` per message.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from bot.safety.policy import PolicyDecision

logger = logging.getLogger(__name__)

# Qwen3Guard's category names -> the project's categories (INTERFACES.md).
GUARD_CATEGORIES: dict[str, str] = {
    "violent": "violent",
    "non-violent illegal acts": "non_violent_illegal",
    "sexual content or sexual acts": "sexual",
    "sexual content": "sexual",
    "pii": "pii",
    "suicide & self-harm": "suicide_self_harm",
    "unethical acts": "unethical",
    "politically sensitive topics": "politically_sensitive",
    "copyright violation": "copyright",
    "jailbreak": "jailbreak",
}
_SAFETY = re.compile(r"safety:\s*(safe|unsafe|controversial)\b", re.IGNORECASE)
_CATEGORIES = re.compile(r"categories:\s*([^\n]*)", re.IGNORECASE)


class GuardFormatError(ValueError):
    """The guard's answer is not in the ``Safety: …`` / ``Categories: …`` format."""


@dataclass(frozen=True)
class GuardVerdict:
    level: str  # safe | controversial | unsafe
    categories: tuple[str, ...]  # project category ids, in the guard's order


def parse_guard_output(text: str) -> GuardVerdict:
    """Parse a Qwen3Guard answer. Unknown category names are dropped; a missing ``Safety:`` line
    raises :class:`GuardFormatError`."""
    match = _SAFETY.search(text or "")
    if match is None:
        raise GuardFormatError(f"no 'Safety:' line in the guard's answer ({len(text or '')} chars)")
    level = match.group(1).lower()
    categories: list[str] = []
    found = _CATEGORIES.search(text[match.end() :])
    if found:
        for name in found.group(1).split(","):
            category = GUARD_CATEGORIES.get(name.strip().lower())
            if category and category not in categories:
                categories.append(category)
    return GuardVerdict(level, tuple(categories))


def combine(local: PolicyDecision, verdict: GuardVerdict) -> PolicyDecision:
    """The stricter of the two opinions; the local ``unsafe`` is never relaxed."""
    if local.level == "unsafe":
        return local
    category = verdict.categories[0] if verdict.categories else local.category
    if verdict.level == "unsafe":
        return PolicyDecision("unsafe", category, f"guard:unsafe;local:{local.reason}")
    if verdict.level == "controversial" and local.level == "safe":
        return PolicyDecision(
            "controversial", category, f"guard:controversial;local:{local.reason}"
        )
    return local


class GuardClient:
    """Asks a guard model behind an OpenAI-compatible ``/chat/completions`` endpoint."""

    def __init__(
        self,
        base_url: str,
        model: str = "",
        timeout_s: float = 2.0,
        api_key: str | None = None,
        max_tokens: int = 32,
    ) -> None:
        if not base_url.startswith(("http://", "https://")):
            raise ValueError(f"guard base_url must be an http(s) URL, got {base_url!r}")
        if not timeout_s > 0:
            raise ValueError(f"guard timeout_s must be > 0, got {timeout_s!r}")
        self.url = f"{base_url.rstrip('/')}/chat/completions"
        self.model = model
        self.timeout_s = float(timeout_s)
        self.max_tokens = max_tokens
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._client = httpx.Client(headers=headers, timeout=self.timeout_s)

    def close(self) -> None:
        self._client.close()

    def _payload(self, text: str) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "messages": [{"role": "user", "content": text}],
            "max_tokens": self.max_tokens,
            "temperature": 0.0,
            "stream": False,
        }
        if self.model:
            payload["model"] = self.model
        return payload

    def classify(self, text: str) -> GuardVerdict:
        """The guard's verdict; raises ``httpx.HTTPError`` / :class:`GuardFormatError`."""
        response = self._client.post(self.url, json=self._payload(text))
        response.raise_for_status()
        try:
            content = response.json()["choices"][0]["message"]["content"] or ""
        except (ValueError, KeyError, IndexError, TypeError) as e:
            raise GuardFormatError(f"malformed completion from {self.url}") from e
        return parse_guard_output(content)

    def review(self, text: str, local: PolicyDecision) -> PolicyDecision:
        """``local`` made stricter by the guard's opinion; ``local`` whenever the guard fails."""
        if local.level == "unsafe":
            return local
        try:
            verdict = self.classify(text)
        except httpx.TimeoutException:
            logger.warning(
                "policy guard timed out after %.1fs; local decision kept", self.timeout_s
            )
            return local
        except (httpx.HTTPError, GuardFormatError) as e:
            logger.warning("policy guard failed (%s); local decision kept", type(e).__name__)
            return local
        return combine(local, verdict)


def guard_from_settings(
    settings: Any | None = None, env: Mapping[str, str] | None = None
) -> GuardClient | None:
    """The guard configured in ``settings.safety`` (None for ``guard_backend: none``)."""
    if settings is None:
        from bot.settings import load_settings

        settings = load_settings()
    safety = settings.safety
    if safety.guard_backend == "none":
        return None
    env = os.environ if env is None else env
    key = env.get(safety.guard_api_key_env) if safety.guard_api_key_env else None
    return GuardClient(
        safety.guard_url,
        model=safety.guard_model,
        timeout_s=safety.guard_timeout_s,
        api_key=key,
    )
