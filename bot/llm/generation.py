"""Request and result types shared by every generation back-end."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from bot.llm.errors import InvalidGenerationRequest

ROLES = ("system", "user", "assistant")
FinishReason = Literal["stop", "length"]


@dataclass(frozen=True)
class SamplingParams:
    """How to pick tokens. Defaults suit grounded answers: greedy, short."""

    # Upper bound on generated tokens (the end-of-sequence token included).
    max_new_tokens: int = 256
    # 0 means greedy decoding (deterministic); > 0 samples from the softened distribution.
    temperature: float = 0.0
    # Nucleus sampling: keep the smallest token set whose probability reaches top_p (1 = all).
    top_p: float = 1.0
    # Generation stops before the first occurrence of any of these strings (not included).
    stop: tuple[str, ...] = ()
    # Seed for sampling; a seeded sampling request runs in a batch of its own so that the
    # same seed gives the same text whatever else is being served.
    seed: int | None = None

    def __post_init__(self) -> None:
        if isinstance(self.stop, str):
            object.__setattr__(self, "stop", (self.stop,))
        else:
            object.__setattr__(self, "stop", tuple(self.stop))
        if not isinstance(self.max_new_tokens, int) or self.max_new_tokens < 1:
            raise InvalidGenerationRequest(
                f"max_new_tokens must be a positive integer, got {self.max_new_tokens!r}",
                "max_new_tokens",
            )
        if not 0.0 <= float(self.temperature) <= 2.0:
            raise InvalidGenerationRequest(
                f"temperature must be within [0, 2], got {self.temperature!r}", "temperature"
            )
        if not 0.0 < float(self.top_p) <= 1.0:
            raise InvalidGenerationRequest(
                f"top_p must be within (0, 1], got {self.top_p!r}", "top_p"
            )
        if any(not isinstance(s, str) or not s for s in self.stop) or len(self.stop) > 4:
            raise InvalidGenerationRequest(
                f"stop must be at most 4 non-empty strings, got {self.stop!r}", "stop"
            )
        if self.seed is not None and not isinstance(self.seed, int):
            raise InvalidGenerationRequest(f"seed must be an integer, got {self.seed!r}", "seed")

    @property
    def greedy(self) -> bool:
        return float(self.temperature) == 0.0

    def with_overrides(self, **changes: Any) -> SamplingParams:
        """A copy with the given fields replaced; ``None`` values keep the current value."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


@dataclass(frozen=True)
class ChatMessage:
    role: str
    content: str

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise InvalidGenerationRequest(
                f"message role must be one of {ROLES}, got {self.role!r}", "messages"
            )
        if not isinstance(self.content, str):
            raise InvalidGenerationRequest(
                f"message content must be a string, got {type(self.content).__name__}",
                "messages",
            )

    def to_dict(self) -> dict[str, str]:
        return {"role": self.role, "content": self.content}


@dataclass(frozen=True)
class GenerationRequest:
    """One chat completion: the conversation so far, how to sample, how long to wait."""

    messages: tuple[ChatMessage, ...]
    # None: the engine's default sampling (from LLMConfig).
    sampling: SamplingParams | None = None
    # None: the engine's default timeout (LLMConfig.timeout_s). Covers queueing and generation.
    timeout_s: float | None = None

    def __post_init__(self) -> None:
        messages = tuple(
            m if isinstance(m, ChatMessage) else ChatMessage(**m) for m in self.messages
        )
        object.__setattr__(self, "messages", messages)
        if not messages:
            raise InvalidGenerationRequest("messages must not be empty", "messages")
        if self.timeout_s is not None and not float(self.timeout_s) > 0:
            raise InvalidGenerationRequest(
                f"timeout_s must be > 0, got {self.timeout_s!r}", "timeout_s"
            )

    @classmethod
    def chat(
        cls,
        messages: Sequence[ChatMessage | dict[str, str]],
        sampling: SamplingParams | None = None,
        timeout_s: float | None = None,
    ) -> GenerationRequest:
        return cls(tuple(messages), sampling, timeout_s)  # type: ignore[arg-type]


@dataclass(frozen=True)
class GenerationResult:
    text: str
    finish_reason: FinishReason
    prompt_tokens: int
    completion_tokens: int
    model: str


@dataclass
class GenerationStream:
    """Text deltas of one streaming generation; ``result`` is set once the stream is exhausted.

    Iterate with ``async for delta in stream``; ``aclose()`` (or breaking out of the loop inside
    ``async with contextlib.aclosing(...)``) cancels the generation."""

    _events: AsyncIterator[str | GenerationResult]
    result: GenerationResult | None = field(default=None)

    def __aiter__(self) -> GenerationStream:
        return self

    async def __anext__(self) -> str:
        while True:
            event = await self._events.__anext__()
            if isinstance(event, GenerationResult):
                self.result = event
                continue
            return event

    async def aclose(self) -> None:
        aclose = getattr(self._events, "aclose", None)
        if aclose is not None:
            await aclose()
