"""Complaint tickets: a one-sentence summary written by the LLM, the department from the routing head.

Both are conveniences for the dispatcher and must never block a ticket: the summary falls back to
the start of the caller's own description (:func:`truncate_description`), and routing returns
``None`` (dispatched by hand) when no fine-tuned model is configured or the head is unsure.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.generation.answer import generate_text
from bot.generation.engines import engine_within
from bot.generation.grounding import GuardConfig, check_grounding
from bot.llm import ChatMessage, Engine, LLMError, llm_config_from_settings
from bot.model.heads_format import HEADS_META, has_heads

logger = logging.getLogger(__name__)

SUMMARY_MAX_CHARS = 40
SUMMARY_PROMPT = (
    "你是示例市12345热线的工单整理员。请把市民反映的问题概括成一句话工单摘要，"
    f"不超过{SUMMARY_MAX_CHARS}个字，只写描述中出现的事实，不要添加电话、地址、时间或数字，"
    "不要称呼、不要解释，只输出摘要本身。"
)
# Below this probability the routing head's best department is not used (dispatch by hand).
MIN_ROUTING_CONFIDENCE = 0.5
_SENTENCE_END = re.compile(r"[。！？!?；;\n]")


def truncate_description(description: str, max_chars: int = SUMMARY_MAX_CHARS) -> str:
    """The caller's first sentence, cut to ``max_chars`` (with "…" when cut)."""
    text = re.sub(r"\s+", " ", (description or "").strip())
    first = _SENTENCE_END.split(text, maxsplit=1)[0].strip() or text
    return first if len(first) <= max_chars else first[: max_chars - 1] + "…"


def _one_sentence(text: str) -> str:
    text = text.strip().strip("“”\"'「」")
    text = re.sub(r"^(?:工单)?摘要[:：]\s*", "", text)
    return text.rstrip("。.！!") + "。" if text else ""


async def summarise_complaint(
    engine: Engine | None,
    description: str,
    timeout_s: float = 8.0,
    max_new_tokens: int = 64,
) -> str:
    """A one-sentence summary that states nothing the description does not; on any failure
    (no engine, error, timeout, guard), the truncated description."""
    fallback = truncate_description(description)
    if engine is None or not (description or "").strip():
        return fallback
    messages = [ChatMessage("system", SUMMARY_PROMPT), ChatMessage("user", description)]
    try:
        text = _one_sentence(await generate_text(engine, messages, timeout_s, max_new_tokens))
    except (asyncio.TimeoutError, TimeoutError, LLMError) as e:
        logger.warning("complaint summary failed, using the description: %r", e)
        return fallback
    problems = check_grounding(
        text, description, config=GuardConfig(min_chars=4, max_chars=SUMMARY_MAX_CHARS + 20)
    ).reasons
    if len(_SENTENCE_END.findall(text.rstrip("。"))) > 0:
        problems.append("more than one sentence")
    if problems:
        logger.info("complaint summary rejected: %s", "; ".join(problems))
        return fallback
    return text


# --- routing ---------------------------------------------------------------------------------------


def routing_model_dir(configured: str, llm_model_path: str = "") -> Path | None:
    """The fine-tuned model to route with: ``configured``, else the LLM's own model directory
    when it carries the task heads, else None."""
    if configured:
        if has_heads(configured):
            return Path(configured)
        logger.warning(
            "routing model %s has no %s: complaints are not routed", configured, HEADS_META
        )
        return None
    if llm_model_path and has_heads(llm_model_path):
        return Path(llm_model_path)
    return None


def route_complaint(
    description: str,
    model_dir: str | Path | None,
    min_confidence: float = MIN_ROUTING_CONFIDENCE,
    device: str = "auto",
    dtype: str = "auto",
) -> str | None:
    """The department the fine-tuned routing head gives ``description``, or None (no model,
    a model without a routing head, a failure, or a best probability below ``min_confidence``).

    The model comes from the process-wide cache (:func:`bot.model.loader.load_multitask`): with
    the engine's ``device`` and ``dtype`` on the engine's own folder, both share one copy.
    Blocking (a forward pass on the CPU or GPU): call it through ``asyncio.to_thread``."""
    if not model_dir or not (description or "").strip():
        return None
    try:
        from bot.model.loader import load_multitask

        loaded = load_multitask(model_dir, device, dtype)
        if not loaded.heads.labels.departments:
            return None
        (prediction,) = loaded.multitask.predict(loaded.tokenizer, [description])
    except Exception:  # noqa: BLE001 - routing is optional; a ticket is never blocked by it
        logger.exception("complaint routing failed for model %s", model_dir)
        return None
    routing: dict[str, float] = prediction.get("routing") or {}
    if not routing:
        return None
    department, probability = max(routing.items(), key=lambda kv: kv[1])
    return department if probability >= min_confidence else None


# --- both, once per description ----------------------------------------------------------------


@dataclass(frozen=True)
class ComplaintNotes:
    """What generation adds to a ticket; ``None`` where nothing is available."""

    summary: str | None = None
    department: str | None = None
    # Whether the summary was written by the model (not the truncated description).
    summary_generated: bool = False

    def read_back_lines(self) -> list[str]:
        """Lines for the read-back: only what the model actually produced."""
        lines = []
        if self.summary and self.summary_generated:
            lines.append(f"· 工单摘要（AI生成）：{self.summary}")
        if self.department:
            lines.append(f"· 拟转办部门：{self.department}")
        return lines


_NOTES_CACHE_SIZE = 256
_notes: OrderedDict[tuple[str, str, str], ComplaintNotes] = OrderedDict()
_notes_lock = threading.Lock()


async def complaint_notes(
    engine: Engine | None,
    description: str,
    routing_dir: Path | None,
    timeout_s: float = 8.0,
    cache_key: str = "",
    device: str = "auto",
    dtype: str = "auto",
) -> ComplaintNotes:
    """Summary (when ``engine``) and department (when ``routing_dir``, on ``device`` in ``dtype``)
    for ``description``.

    The read-back and the submission ask for the same description one turn apart: results are
    kept per process (bounded, keyed by description, routing model and ``cache_key``, e.g. the
    engine configuration) so the model runs once. Never raises for model trouble."""
    key = (description, str(routing_dir or ""), cache_key)
    with _notes_lock:
        if key in _notes:
            _notes.move_to_end(key)
            return _notes[key]
    summary: str | None = None
    generated = False
    if engine is not None:
        summary = await summarise_complaint(engine, description, timeout_s)
        generated = summary != truncate_description(description)
    department = None
    complete = True
    if routing_dir:
        try:
            # The first call loads the model; it goes on (and is cached) after a timeout.
            department = await asyncio.wait_for(
                asyncio.shield(
                    asyncio.to_thread(
                        route_complaint,
                        description,
                        routing_dir,
                        MIN_ROUTING_CONFIDENCE,
                        device,
                        dtype,
                    )
                ),
                timeout_s,
            )
        except asyncio.TimeoutError:
            logger.warning("complaint routing took longer than %.1fs; not routed", timeout_s)
            complete = False
    notes = ComplaintNotes(summary, department, generated)
    if complete:  # a timed-out routing is tried again at the next turn
        with _notes_lock:
            _notes[key] = notes
            while len(_notes) > _NOTES_CACHE_SIZE:
                _notes.popitem(last=False)
    return notes


async def complaint_notes_from_settings(settings: Any, description: str) -> ComplaintNotes:
    """:func:`complaint_notes` as the settings configure it (nothing when nothing is set up).

    Bad generation settings or an engine that cannot be built are logged and give empty notes:
    a ticket is never blocked by them."""
    try:
        generation = settings.generation
        llm = llm_config_from_settings(settings) if generation.llm_configured else None
        engine = None
        if llm is not None and generation.complaint_summary_enabled:
            engine = await engine_within(llm, generation.timeout_s)
        routing_dir = routing_model_dir(generation.routing_model_dir, llm.model_path if llm else "")
    except Exception:  # noqa: BLE001
        logger.exception("complaint summary and routing unavailable")
        return ComplaintNotes()
    if engine is None and routing_dir is None:
        return ComplaintNotes()
    cache_key = json.dumps(llm.to_dict(), sort_keys=True, default=str) if llm else ""
    # The engine's device and dtype: on the engine's own folder routing reuses its loaded model.
    return await complaint_notes(
        engine,
        description,
        routing_dir,
        generation.timeout_s,
        cache_key=cache_key,
        device=llm.device if llm else "auto",
        dtype=llm.dtype if llm else "auto",
    )
