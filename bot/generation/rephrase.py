"""Rephrasing a fixed bot response to fit the conversation, without changing what it says.

The template text is the only source of facts: the rephrasing must not add a number, phone,
date, amount, address or office the template does not have (:func:`check_grounding` one way), and
must not drop one it has (the same check the other way round). Anything else (error, timeout,
a failed check) returns the template text unchanged. The Rasa adapter is
``custom_components/rephrasing_nlg.py``.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from bot.generation.answer import Turn, generate_text, recent_turns
from bot.generation.grounding import (
    ADDRESS,
    DATE,
    FEE,
    NUMBER,
    OFFICE,
    PHONE,
    QUANTITY,
    URL,
    GuardConfig,
    check_grounding,
)
from bot.llm import ChatMessage, Engine, LLMError

logger = logging.getLogger(__name__)

REPHRASE_PROMPT = (
    "你是示例市12345政务服务便民热线的智能助手。请结合对话，把给定的客服回复改写得更自然、更贴合上下文，"
    "意思必须完全不变：不增加也不删除任何电话、数字、时间、金额、地址或机构名称，不添加新的信息或承诺。"
    "只输出改写后的回复。"
)
# Kinds that, missing from the rephrasing but present in the template, mean a fact was dropped.
_FACT_KINDS = frozenset({PHONE, DATE, FEE, QUANTITY, NUMBER, ADDRESS, URL, OFFICE})

TIMEOUT = "timeout"
BACKEND_ERROR = "backend_error"
GUARD_FAILED = "guard_failed"
EMPTY = "empty"


@dataclass
class Rephrasing:
    text: str
    rephrased: bool
    fallback_reason: str | None = None
    reasons: list[str] = field(default_factory=list)


def rephrase_messages(template_text: str, history: Sequence[Turn]) -> list[ChatMessage]:
    context = "\n".join(f"{'市民' if t.role == 'user' else '助手'}：{t.text}" for t in history)
    user = f"对话：\n{context or '（无）'}\n\n要改写的回复：\n{template_text}"
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
    reasons += [
        f"dropped {v.kind}: {v.text!r}" for v in dropped.violations if v.kind in _FACT_KINDS
    ]
    return reasons


async def rephrase_response(
    engine: Engine,
    template_text: str,
    history: Sequence[Turn] = (),
    timeout_s: float = 5.0,
    max_turns: int = 3,
    max_new_tokens: int = 128,
    known_offices: Iterable[str] = (),
) -> Rephrasing:
    """The rephrased text when it passes the checks, else ``template_text``. Never raises for
    back-end trouble."""
    if not template_text.strip():
        return Rephrasing(template_text, False, EMPTY)
    messages = rephrase_messages(template_text, recent_turns(history, max_turns))
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
