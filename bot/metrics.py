"""Prometheus metrics of the action server and the model server (no Rasa imports).

What operators watch (README "Operations"):

* action server (``python -m actions.server``): custom actions by name and outcome with a latency
  histogram; user turns that reached the action server, by intent; fallbacks and hand-overs by
  reason; refusals by the action server (form validation rejections) by action; generation
  outcomes of knowledge answers (generated / guard_rejected / timed_out / backend_error / ...).
* model server (``python -m bot serve``): chat-completion requests by outcome with a latency
  histogram, requests in flight and the engine's queue depth.

Both servers publish ``GET /metrics`` (Prometheus text format) behind the same shared secret as
every other route: ``X-Minsheng-Token: <secret>`` or ``Authorization: Bearer <secret>`` (what a
Prometheus ``authorization`` block sends). Labels carry names and reasons only, never a citizen's
text, phone or id, and their values come from closed sets (action names, intents, reasons), so
the number of series stays bounded.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

# Latency buckets (seconds) for template turns (ms) up to generated answers (seconds).
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)

# --- action server -----------------------------------------------------------------------------
ACTIONS = Counter(
    "minsheng_actions",
    "Custom action calls by action name and outcome (ok, rejected, not_found, error).",
    ["action", "outcome"],
)
ACTION_SECONDS = Histogram(
    "minsheng_action_seconds",
    "Wall time of one custom action call in the action server (body incl. database).",
    ["action"],
    buckets=LATENCY_BUCKETS,
)
TURNS = Counter(
    "minsheng_turns",
    "User turns that reached the action server (counted at their first custom action), by intent.",
    ["intent"],
)
FALLBACKS = Counter(
    "minsheng_fallbacks",
    "Fallback actions run, by reason (the intent that triggered them, e.g. nlu_fallback).",
    ["action", "reason"],
)
HANDOVERS = Counter(
    "minsheng_handovers",
    "Conversations handed to a human agent (slot handoff_active set), by handoff reason.",
    ["reason"],
)
REFUSALS = Counter(
    "minsheng_refusals",
    "Requests the action server refused (form validation rejected the input), by action.",
    ["action", "reason"],
)
GENERATIONS = Counter(
    "minsheng_generations",
    "Knowledge answers by generation outcome: generated, or the fallback reason "
    "(guard_rejected, timed_out, backend_error, empty, no_facts).",
    ["outcome"],
)

# --- model server -------------------------------------------------------------------------------
LLM_REQUESTS = Counter(
    "minsheng_llm_requests",
    "Chat-completion requests by outcome (generated, timed_out, overloaded, backend_error, "
    "invalid, unauthorized).",
    ["outcome"],
)
LLM_SECONDS = Histogram(
    "minsheng_llm_request_seconds",
    "Wall time of one chat-completion request (queue wait + generation).",
    buckets=LATENCY_BUCKETS,
)
LLM_IN_FLIGHT = Gauge("minsheng_llm_requests_in_flight", "Chat-completion requests being served.")
LLM_QUEUE_DEPTH = Gauge(
    "minsheng_llm_engine_queue_depth", "Generation requests waiting in the engine's queue."
)

# Actions whose call means the NLU or the dialogue policy fell back.
FALLBACK_ACTIONS = frozenset({"action_clarify_or_handoff", "action_default_fallback"})
HANDOFF_ACTIVE = "handoff_active"
HANDOFF_REASON = "handoff_reason"
DEFAULT_HANDOFF_REASON = "user_request"

# bot.generation.answer's fallback reasons -> the outcome label operators read.
GENERATION_OUTCOMES = {
    "guard_failed": "guard_rejected",
    "timeout": "timed_out",
}


def render(registry: CollectorRegistry = REGISTRY) -> tuple[bytes, str]:
    """The exposition body and its content type."""
    return generate_latest(registry), CONTENT_TYPE_LATEST


def _label(value: Any, default: str = "unknown") -> str:
    """A label value from a closed set: short identifier-like strings only."""
    if not isinstance(value, str) or not value or len(value) > 64:
        return default
    if not value.isascii() or not all(c.isalnum() or c in "_-./" for c in value):
        return default
    return value


def _latest_user_index(events: list[Mapping[str, Any]]) -> int | None:
    for i in range(len(events) - 1, -1, -1):
        if events[i].get("event") == "user":
            return i
    return None


def observe_action_call(
    body: Mapping[str, Any] | None,
    status: int,
    seconds: float,
    response: Mapping[str, Any] | None,
    custom_actions: Iterable[str] = (),
) -> None:
    """Count one ``POST /webhook`` call of the action server.

    ``body``: the request (``next_action``, ``tracker``); ``response``: the JSON answer (``events``
    on success, ``error`` on a rejection). ``custom_actions``: names the server runs, so that a
    turn is counted once, at its first custom action.
    """
    body = body if isinstance(body, Mapping) else {}
    action = _label(body.get("next_action"))
    if status == 200:
        outcome = "ok"
    elif status == 400:
        outcome = "rejected"
    elif status == 404:
        outcome = "not_found"
    else:
        outcome = "error"
    ACTIONS.labels(action, outcome).inc()
    ACTION_SECONDS.labels(action).observe(seconds)

    tracker = body.get("tracker") if isinstance(body.get("tracker"), Mapping) else {}
    events = [e for e in tracker.get("events") or [] if isinstance(e, Mapping)]
    latest = (
        tracker.get("latest_message") if isinstance(tracker.get("latest_message"), Mapping) else {}
    )
    intent = _label((latest.get("intent") or {}).get("name") if latest else None, "none")
    last_user = _latest_user_index(events)
    if last_user is not None:
        custom = set(custom_actions)
        earlier = [
            e.get("name")
            for e in events[last_user + 1 :]
            if e.get("event") == "action" and e.get("name") in custom
        ]
        if not earlier:
            TURNS.labels(intent).inc()
    if action in FALLBACK_ACTIONS:
        FALLBACKS.labels(action, intent).inc()
    if outcome == "rejected":
        REFUSALS.labels(action, "validation").inc()
    if status == 200 and isinstance(response, Mapping):
        for event in response.get("events") or []:
            if (
                isinstance(event, Mapping)
                and event.get("event") == "slot"
                and event.get("name") == HANDOFF_ACTIVE
                and event.get("value") is True
            ):
                slots = tracker.get("slots") if isinstance(tracker.get("slots"), Mapping) else {}
                reason = slots.get(HANDOFF_REASON) or DEFAULT_HANDOFF_REASON
                HANDOVERS.labels(_label(reason)).inc()
                break


def observe_generation(generated: bool, fallback_reason: str | None) -> None:
    """Count one knowledge answer's generation outcome (bot.generation.answer's result)."""
    if generated:
        outcome = "generated"
    else:
        reason = fallback_reason or "not_attempted"
        outcome = GENERATION_OUTCOMES.get(reason, _label(reason))
    GENERATIONS.labels(outcome).inc()


def counting_generations(func: Callable[..., Any]) -> Callable[..., Any]:
    """Decorator for ``generate_grounded_answer``: counts the outcome of every result."""

    async def wrapper(*args: Any, **kwargs: Any) -> Any:
        result = await func(*args, **kwargs)
        observe_generation(
            bool(getattr(result, "generated", False)), getattr(result, "fallback_reason", None)
        )
        return result

    wrapper.__name__ = getattr(func, "__name__", "wrapper")
    wrapper.__doc__ = func.__doc__
    wrapper.__wrapped__ = func  # type: ignore[attr-defined]
    return wrapper


# --- model server helpers -------------------------------------------------------------------------
LLM_STATUS_OUTCOMES = {
    200: "generated",
    400: "invalid",
    401: "unauthorized",
    404: "invalid",
    502: "backend_error",
    503: "overloaded",
    504: "timed_out",
}


def observe_llm_request(status: int, seconds: float) -> None:
    LLM_REQUESTS.labels(LLM_STATUS_OUTCOMES.get(status, "error")).inc()
    LLM_SECONDS.observe(seconds)


def track_engine_queue(engine: Any) -> None:
    """Let the queue-depth gauge read ``engine``'s queue at scrape time (0 without a queue)."""
    queue = getattr(engine, "_queue", None)
    qsize = getattr(queue, "qsize", None)
    if callable(qsize):
        LLM_QUEUE_DEPTH.set_function(lambda: float(qsize()))
    else:
        LLM_QUEUE_DEPTH.set_function(lambda: 0.0)


def aiohttp_middleware() -> Any:
    """aiohttp middleware of the model server: counts ``/v1/chat/completions`` by outcome."""
    from aiohttp import web

    @web.middleware
    async def count_requests(request: web.Request, handler: Any) -> web.StreamResponse:
        if request.path != "/v1/chat/completions":
            return await handler(request)
        started = time.perf_counter()
        LLM_IN_FLIGHT.inc()
        status = 500
        try:
            response = await handler(request)
            status = response.status
            return response
        except web.HTTPException as e:
            status = e.status
            raise
        finally:
            LLM_IN_FLIGHT.dec()
            observe_llm_request(status, time.perf_counter() - started)

    return count_requests


async def aiohttp_metrics(request: Any) -> Any:
    """``GET /metrics`` of the model server (behind its token middleware)."""
    from aiohttp import web

    body, content_type = render()
    return web.Response(body=body, headers={"Content-Type": content_type})
