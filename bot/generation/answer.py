"""Knowledge-grounded answers written by the LLM, with the composed answer as the safety net.

retrieve (the caller, :class:`bot.knowledge.KnowledgeService`) → prompt: system prompt, the
retrieved item as a reference passage (the format the model was fine-tuned on,
:func:`bot.prompts.item_passage`) and the last turns → generate within a time
budget → grounding guard (:mod:`bot.generation.grounding`) → the generated text with the citation
line and a visible AI label; on a failed guard, a back-end error or a timeout, the structured
answer :func:`bot.knowledge.answer.compose_answer` built, which never invents anything.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from bot.generation.grounding import GroundingVerdict, check_grounding
from bot.knowledge.answer import Answer, citation
from bot.knowledge.store import StoredItem
from bot.llm import ChatMessage, Engine, GenerationRequest, LLMError, SamplingParams
from bot.metrics import counting_generations
from bot.prompts import ANSWER_INSTRUCTION, PASSAGE_FIELDS, SYSTEM_PROMPT, item_passage

logger = logging.getLogger(__name__)

AI_LABEL = "（AI生成，仅供参考）"
# Extra seconds on top of the request's own timeout before we stop waiting regardless: the
# back-end enforces the timeout itself; this only bounds a back-end that fails to.
_TIMEOUT_GRACE_S = 0.5

# Fallback reasons (logged and returned, so operators can see why generation was not used).
NO_FACTS = "no_facts"
BACKEND_ERROR = "backend_error"
TIMEOUT = "timeout"
GUARD_FAILED = "guard_failed"
EMPTY = "empty"


@dataclass(frozen=True)
class Turn:
    """One message of the conversation: ``role`` is "user" or "assistant"."""

    role: str
    text: str


@dataclass
class GroundedAnswer:
    text: str
    sources: list[str]
    aspects: list[str]
    generated: bool
    fallback_reason: str | None = None
    reasons: list[str] = field(default_factory=list)

    def payload(self) -> dict[str, Any]:
        """The ``json_message`` / ``custom`` payload sent with the answer."""
        return {
            "sources": list(self.sources),
            "aspects": list(self.aspects),
            "generated": self.generated,
        }


class _PassageView:
    """A stored item seen through the attributes :func:`item_passage` reads from a curated item
    (stored items of both sources carry the same facts, keyed by aspect)."""

    def __init__(self, item: StoredItem):
        self._item = item
        self.name = item.name
        self.department = item.department
        self.last_updated = item.last_updated
        self.eligibility = "；".join(item.facts_for("eligibility"))
        self.materials = list(item.facts_for("materials"))
        self.steps = list(item.facts_for("steps"))
        self.online_channel = "；".join(item.facts_for("online"))
        self.fees = "；".join(item.facts_for("fees"))
        self.time_limit = "；".join(item.facts_for("time_limit"))
        self.phone = "；".join(item.facts_for("phone"))
        self.policy_basis = list(item.facts_for("policy"))
        notes = [f for f in item.facts_for("location") if item.office_address not in f]
        self.office = _OfficeView(
            item.office_name, item.office_address, item.office_hours, "；".join(notes)
        )


@dataclass(frozen=True)
class _OfficeView:
    name: str
    address: str
    hours: str
    note: str


# Knowledge aspect (what the question asks about) -> passage field that answers it.
ASPECT_FIELDS = {
    "eligibility": "eligibility",
    "materials": "materials",
    "steps": "steps",
    "location": "office",
    "hours": "office",
    "fees": "fees",
    "time_limit": "time_limit",
    "phone": "phone",
    "online": "online",
    "policy": "policy_basis",
    "department": "department",
}


def item_facts(item: StoredItem, answer: Answer | None = None) -> str:
    """The reference passage for ``item`` (plus the matched FAQ answer, if any).

    When the question asks about particular aspects, only those fields and the contact phone
    are given (as in fine-tuning, where the passage is the asked field and a few others): a
    shorter prompt is faster and leaves the model fewer facts to mix up."""
    view = _PassageView(item)
    wanted = {ASPECT_FIELDS[a] for a in (answer.aspects if answer else []) if a in ASPECT_FIELDS}
    if wanted:
        wanted.add("phone")
    present = [
        spec
        for spec in PASSAGE_FIELDS
        if (not wanted or spec.key in wanted)
        and (spec.key != "office" or item.office_name)
        and str(spec.value(view)).strip("（）。；: ")
    ]
    if item.last_updated is not None:
        passage = item_passage(view, present)
    else:  # item_passage needs a date; catalogue entries without one get the same lines
        passage = "\n".join(
            [f"【{item.name}】", *(f"{spec.label}：{spec.value(view)}" for spec in present)]
        )
    if answer is not None and answer.faq:
        faq_answer = dict(item.faqs).get(answer.faq)
        if faq_answer:
            passage += f"\n常见问题：{answer.faq}\n答：{faq_answer}"
    return passage


def recent_turns(history: Sequence[Turn], max_turns: int) -> list[Turn]:
    """The last ``max_turns`` non-empty turns, oldest first."""
    turns = [t for t in history if t.text.strip() and t.role in ("user", "assistant")]
    return turns[-max_turns:] if max_turns > 0 else []


def answer_messages(question: str, facts: str, history: Sequence[Turn]) -> list[ChatMessage]:
    """System prompt with the passage (as in fine-tuning), recent turns, then the question."""
    messages = [
        ChatMessage("system", f"{SYSTEM_PROMPT}{ANSWER_INSTRUCTION}\n\n参考资料：\n{facts}")
    ]
    messages += [ChatMessage(t.role, t.text) for t in history]
    messages.append(ChatMessage("user", question))
    return messages


async def generate_text(
    engine: Engine, messages: Sequence[ChatMessage], timeout_s: float, max_new_tokens: int
) -> str:
    """The completion text within ``timeout_s``; raises LLMError or asyncio.TimeoutError."""
    request = GenerationRequest.chat(
        messages, SamplingParams(max_new_tokens=max_new_tokens), timeout_s=timeout_s
    )
    result = await asyncio.wait_for(engine.generate(request), timeout_s + _TIMEOUT_GRACE_S)
    return result.text.strip()


@counting_generations  # minsheng_generations_total{outcome} (bot.metrics)
async def generate_grounded_answer(
    engine: Engine,
    question: str,
    answer: Answer,
    item: StoredItem | None,
    history: Sequence[Turn] = (),
    timeout_s: float = 8.0,
    max_turns: int = 3,
    max_new_tokens: int = 256,
    known_offices: Iterable[str] = (),
) -> GroundedAnswer:
    """The LLM's answer when it passes the guard, else ``answer`` (the composed one).

    Never raises for back-end trouble: errors and timeouts become the fallback, with the reason.
    Only answers that found an item are generated; "no information" and "which item?" replies
    stay as composed."""

    def fallback(reason: str, reasons: list[str] | None = None) -> GroundedAnswer:
        return GroundedAnswer(
            answer.text, list(answer.sources), list(answer.aspects), False, reason, reasons or []
        )

    if item is None or not answer.found:
        return fallback(NO_FACTS)
    facts = item_facts(item, answer)
    messages = answer_messages(question, facts, recent_turns(history, max_turns))
    try:
        text = await generate_text(engine, messages, timeout_s, max_new_tokens)
    except (asyncio.TimeoutError, TimeoutError) as e:
        logger.warning("answer generation timed out after %.1fs: %s", timeout_s, e)
        return fallback(TIMEOUT, [str(e)])
    except LLMError as e:
        logger.warning("answer generation failed: %r", e)
        return fallback(BACKEND_ERROR, [repr(e)])
    if not text:
        return fallback(EMPTY)
    # The composed answer is built from the same stored facts (plus fixed connectives), so it
    # counts as facts too; the citation names the department and the update date.
    verdict: GroundingVerdict = check_grounding(
        text, [facts, answer.text, citation(item)], known_offices=known_offices
    )
    if not verdict.ok:
        logger.info("generated answer rejected: %s", "; ".join(verdict.reasons))
        return fallback(GUARD_FAILED, verdict.reasons)
    return GroundedAnswer(
        text=f"{text}\n{citation(item)}{AI_LABEL}",
        sources=list(answer.sources),
        aspects=list(answer.aspects),
        generated=True,
    )
