"""OpenAI chat-completion schemas: parse and validate requests, build responses and chunks.

Only what the engine can honour is accepted; anything else (``n`` > 1, tools, unknown roles) is
a 400 naming the parameter, as OpenAI's own API answers."""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from typing import Any

from bot.llm.errors import InvalidGenerationRequest
from bot.llm.generation import ChatMessage, GenerationRequest, GenerationResult, SamplingParams

# Accepted and ignored: they change nothing a client can observe from a single-choice answer.
IGNORED_FIELDS = {"user", "frequency_penalty", "presence_penalty", "logit_bias", "metadata"}
KNOWN_FIELDS = {
    "model",
    "messages",
    "max_tokens",
    "max_completion_tokens",
    "temperature",
    "top_p",
    "stop",
    "seed",
    "stream",
    "stream_options",
    "n",
} | IGNORED_FIELDS


@dataclass(frozen=True)
class ChatCompletionRequest:
    model: str | None
    generation: GenerationRequest
    stream: bool
    include_usage: bool


def _number(body: dict[str, Any], name: str, kind: type) -> Any:
    value = body.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float) if kind is float else int):
        raise InvalidGenerationRequest(f"{name} must be {kind.__name__}, got {value!r}", name)
    return kind(value)


def _content(raw: Any) -> str:
    if isinstance(raw, str):
        return raw
    if isinstance(raw, list):  # [{"type": "text", "text": ...}, ...]
        texts = []
        for part in raw:
            if not isinstance(part, dict) or part.get("type") != "text":
                raise InvalidGenerationRequest("only text content parts are supported", "messages")
            texts.append(str(part.get("text", "")))
        return "".join(texts)
    raise InvalidGenerationRequest(f"message content must be a string, got {raw!r}", "messages")


def parse_chat_request(body: Any, defaults: SamplingParams) -> ChatCompletionRequest:
    if not isinstance(body, dict):
        raise InvalidGenerationRequest("the request body must be a JSON object")
    unknown = sorted(set(body) - KNOWN_FIELDS)
    if unknown:
        raise InvalidGenerationRequest(f"unsupported parameter(s): {unknown}", unknown[0])
    if _number(body, "n", int) not in (None, 1):
        raise InvalidGenerationRequest("only n=1 is supported", "n")
    raw_messages = body.get("messages")
    if not isinstance(raw_messages, list) or not raw_messages:
        raise InvalidGenerationRequest("messages must be a non-empty list", "messages")
    messages = []
    for m in raw_messages:
        if not isinstance(m, dict) or "role" not in m:
            raise InvalidGenerationRequest("each message needs a role and content", "messages")
        messages.append(ChatMessage(role=m["role"], content=_content(m.get("content", ""))))
    stop = body.get("stop")
    if isinstance(stop, str):
        stop = (stop,)
    elif stop is not None and not isinstance(stop, list):
        raise InvalidGenerationRequest(f"stop must be a string or a list, got {stop!r}", "stop")
    max_tokens = _number(body, "max_completion_tokens", int)
    if max_tokens is None:
        max_tokens = _number(body, "max_tokens", int)
    sampling = defaults.with_overrides(
        max_new_tokens=max_tokens,
        temperature=_number(body, "temperature", float),
        top_p=_number(body, "top_p", float),
        stop=tuple(stop) if stop is not None else None,
        seed=_number(body, "seed", int),
    )
    stream = body.get("stream", False)
    if not isinstance(stream, bool):
        raise InvalidGenerationRequest(f"stream must be a boolean, got {stream!r}", "stream")
    options = body.get("stream_options") or {}
    if not isinstance(options, dict):
        raise InvalidGenerationRequest("stream_options must be an object", "stream_options")
    model = body.get("model")
    if model is not None and not isinstance(model, str):
        raise InvalidGenerationRequest(f"model must be a string, got {model!r}", "model")
    return ChatCompletionRequest(
        model=model,
        generation=GenerationRequest(tuple(messages), sampling),
        stream=stream,
        include_usage=bool(options.get("include_usage", False)),
    )


def completion_id() -> str:
    return f"chatcmpl-{uuid.uuid4().hex}"


def usage(result: GenerationResult) -> dict[str, int]:
    return {
        "prompt_tokens": result.prompt_tokens,
        "completion_tokens": result.completion_tokens,
        "total_tokens": result.prompt_tokens + result.completion_tokens,
    }


def chat_completion(id_: str, model: str, result: GenerationResult) -> dict[str, Any]:
    return {
        "id": id_,
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": result.text},
                "logprobs": None,
                "finish_reason": result.finish_reason,
            }
        ],
        "usage": usage(result),
    }


def chat_chunk(
    id_: str,
    model: str,
    created: int,
    delta: dict[str, Any] | None = None,
    finish_reason: str | None = None,
    usage_: dict[str, int] | None = None,
) -> dict[str, Any]:
    choices = (
        [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}]
        if delta is not None
        else []
    )
    chunk: dict[str, Any] = {
        "id": id_,
        "object": "chat.completion.chunk",
        "created": created,
        "model": model,
        "choices": choices,
    }
    if usage_ is not None:
        chunk["usage"] = usage_
    return chunk


def error_body(message: str, type_: str, code: int, param: str | None = None) -> dict[str, Any]:
    return {"error": {"message": message, "type": type_, "param": param, "code": code}}


def model_list(name: str) -> dict[str, Any]:
    return {
        "object": "list",
        "data": [{"id": name, "object": "model", "created": 0, "owned_by": "minsheng"}],
    }
