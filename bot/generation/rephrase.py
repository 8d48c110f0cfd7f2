"""Rephrasing a fixed bot response to fit the conversation, without changing what it says.

The prompt carries no free text from the conversation: only the template text (our own words)
and names from fixed sets (the user's intent, the response's name), so nothing a citizen types
can instruct the model. The template text is the only source of facts, and the output goes
through the one grounding check (:func:`bot.generation.grounding.check_grounding`) with the
template as the facts: the rephrasing must not add a number, phone, date, amount, address,
office, promise, decision or loophole, nor flip a negation, and must not drop a fact the template
has (the same check the other way round). Anything else (error, timeout, a failed check) returns
the template text unchanged. The Rasa adapter is ``custom_components/rephrasing_nlg.py``.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from bot.generation.answer import generate_text
from bot.generation.grounding import FACT_KINDS, GuardConfig, check_grounding
from bot.llm import ChatMessage, Engine, LLMError
from bot.prompts import REPHRASE_PROMPT

logger = logging.getLogger(__name__)

# Intent and response names are identifiers from the domain; anything else is not used.
_NAME = re.compile(r"[a-z][a-z0-9_]{0,63}")
# Templates with slot placeholders carry values the citizen typed: never sent to the model.
_SLOT_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")


@dataclass(frozen=True)
class RephraseContext:
    """What the rephraser is told about the conversation: names from fixed sets, never text."""

    intent: str | None = None  # the user's last intent ("greet", "ask_hours")
    response: str | None = None  # the response being sent ("utter_greet")

    def names(self) -> dict[str, str]:
        """The context's names that are plain identifiers (anything else is left out)."""
        return {
            key: value
            for key, value in (("intent", self.intent), ("response", self.response))
            if isinstance(value, str) and _NAME.fullmatch(value)
        }


def may_rephrase(template: str) -> bool:
    """A template may be rephrased only if it is our own text: no slot values filled in."""
    return bool(template.strip()) and not _SLOT_PLACEHOLDER.search(template)


TIMEOUT = "timeout"
BACKEND_ERROR = "backend_error"
GUARD_FAILED = "guard_failed"
EMPTY = "empty"
NOT_ALLOWED = "template_has_slot_values"


@dataclass
class Rephrasing:
    text: str
    rephrased: bool
    fallback_reason: str | None = None
    reasons: list[str] = field(default_factory=list)


def rephrase_messages(
    template_text: str, context: RephraseContext | None = None
) -> list[ChatMessage]:
    """The prompt: the template and the context's names; no conversation text."""
    names = (context or RephraseContext()).names()
    scene = "；".join(
        f"{label}：{names[key]}"
        for key, label in (("intent", "市民意图"), ("response", "回复类型"))
        if key in names
    )
    user = f"场景：{scene or '（无）'}\n\n要改写的回复：\n{template_text}"
    return [ChatMessage("system", REPHRASE_PROMPT), ChatMessage("user", user)]


def check_rephrasing(
    rephrased: str, template_text: str, known_offices: Iterable[str] = ()
) -> list[str]:
    """Reasons the rephrasing is unusable (empty: usable)."""
    offices = list(known_offices)
    # Rephrasings may be somewhat longer than the template, never a different text.
    config = GuardConfig(min_chars=2, max_chars=max(60, 2 * len(template_text) + 20))
    reasons = check_grounding(rephrased, template_text, offices, config).reasons
    dropped = check_grounding(template_text, rephrased, offices, GuardConfig(min_chars=0))
    reasons += [f"dropped {v.kind}: {v.text!r}" for v in dropped.violations if v.kind in FACT_KINDS]
    return reasons


async def rephrase_response(
    engine: Engine,
    template_text: str,
    context: RephraseContext | None = None,
    timeout_s: float = 5.0,
    max_new_tokens: int = 128,
    known_offices: Iterable[str] = (),
) -> Rephrasing:
    """The rephrased text when it passes the checks, else ``template_text``. Never raises for
    back-end trouble."""
    if not template_text.strip():
        return Rephrasing(template_text, False, EMPTY)
    if not may_rephrase(template_text):
        return Rephrasing(template_text, False, NOT_ALLOWED)
    messages = rephrase_messages(template_text, context)
    try:
        text = await generate_text(engine, messages, timeout_s, max_new_tokens)
    except (asyncio.TimeoutError, TimeoutError) as e:
        logger.warning("rephrasing timed out after %.1fs: %s", timeout_s, e)
        return Rephrasing(template_text, False, TIMEOUT, [str(e)])
    except LLMError as e:
        logger.warning("rephrasing failed: %r", e)
        return Rephrasing(template_text, False, BACKEND_ERROR, [repr(e)])
    if not text:
        return Rephrasing(template_text, False, EMPTY)
    reasons = check_rephrasing(text, template_text, known_offices)
    if reasons:
        logger.info("rephrasing rejected: %s", "; ".join(reasons))
        return Rephrasing(template_text, False, GUARD_FAILED, reasons)
    return Rephrasing(text, True)
