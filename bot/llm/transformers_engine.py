"""The model in this process: one worker thread, a bounded queue, dynamic batching.

Why this shape: Rasa and rasa_sdk serve on one asyncio (Sanic) event loop, and ``model.generate``
blocks for seconds. Requests therefore go into a bounded queue read by a single worker thread
that owns the model; the loop only awaits. The worker takes the first waiting request, collects
more for up to ``batch_wait_ms`` (or ``max_batch_size``), left-pads them and decodes them in one
``generate`` call, so concurrent conversations share each forward pass. A full queue fails at
once (:class:`EngineOverloaded`): better a fast fallback answer than a wait past the timeout.

Each row of a batch keeps its own token budget, stop strings and cancellation in a stopping
criterion that runs after every decoding step; the same hook streams text deltas, so streaming
and batching work together, and a row that finishes early is answered before the batch ends.
"""

from __future__ import annotations

import asyncio
import collections
import concurrent.futures
import logging
import queue
import threading
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch
from transformers import (
    GenerationConfig,
    PreTrainedTokenizerBase,
    StoppingCriteria,
    StoppingCriteriaList,
)

from bot.llm.config import LLMConfig
from bot.llm.engine import Engine
from bot.llm.errors import (
    BackendUnavailable,
    ChatTemplateMissing,
    EngineOverloaded,
    GenerationTimeout,
    InvalidGenerationRequest,
    LLMConfigError,
    LLMError,
)
from bot.llm.generation import (
    GenerationRequest,
    GenerationResult,
    GenerationStream,
    SamplingParams,
)
from bot.model.loader import LoadedModel, ModelLoadError, ModelNotFoundError, load_model

Event = str | GenerationResult | BaseException
log = logging.getLogger(__name__)


# --- loading: the shared loader (bot.model), checked for what generation needs ----------------


def load_chat_model(path: str | Path, device: str = "auto", dtype: str = "auto") -> LoadedModel:
    """The causal LM in ``path`` from the process-wide cache (:func:`bot.model.loader.load_model`:
    complaint routing and the NLU encoder get the same copy), with a chat template.

    Never reaches a hub: the path must be an existing local model directory."""
    if not str(path):
        raise LLMConfigError("llm.model_path is empty: set it to a local model directory")
    try:
        loaded = load_model(path, device, dtype)
    except (ModelNotFoundError, ModelLoadError) as e:
        raise LLMConfigError(f"llm.model_path {str(path)!r}: {e}") from e
    if loaded.lm is None:
        raise LLMConfigError(f"llm.model_path {str(path)!r} holds no causal language model")
    if not getattr(loaded.tokenizer, "chat_template", None):
        raise ChatTemplateMissing(
            f"the tokenizer in {loaded.path} has no chat template, so chat messages cannot be "
            "rendered; set tokenizer.chat_template and save the tokenizer again"
        )
    return loaded


# --- one request inside the worker --------------------------------------------------------------


@dataclass
class _Job:
    request: GenerationRequest
    sampling: SamplingParams
    stream: bool
    post: Callable[[Event], None]
    cancelled: threading.Event = field(default_factory=threading.Event)
    finished: bool = False


@dataclass
class EngineStats:
    """What the worker did; read by tests, the benchmark and operators."""

    requests: int = 0
    batches: int = 0
    generated_tokens: int = 0
    batch_sizes: collections.Counter[int] = field(default_factory=collections.Counter)


class _Row:
    """The decoding state of one request in a batch: budget, stop strings, streamed text.

    Text is detokenized incrementally (the prefix/read offsets of TGI and vLLM): each step
    decodes only the last few tokens, and text is taken only once it no longer ends in an
    unfinished multi-byte character. When the row finishes, the whole sequence is decoded once
    so the final text is exactly ``tokenizer.decode(ids)`` cut at the first stop string."""

    def __init__(
        self,
        job: _Job,
        prompt_tokens: int,
        tokenizer: PreTrainedTokenizerBase,
        eos_ids: set[int],
        model_name: str,
    ):
        self.job = job
        self.prompt_tokens = prompt_tokens
        self.tokenizer = tokenizer
        self.eos_ids = eos_ids
        self.model_name = model_name
        self.ids: list[int] = []
        self.generated = 0
        self.done = False
        self.text = ""  # complete characters decoded so far
        self.emitted = 0  # characters of text already streamed
        self.prefix_offset = 0
        self.read_offset = 0
        self.stops = job.sampling.stop
        self.track_text = job.stream or bool(self.stops)

    def step(self, token: int) -> None:
        if self.job.cancelled.is_set():
            self.done = True  # nobody is waiting: free the row, answer nothing
            return
        self.generated += 1
        if token in self.eos_ids:
            self.finish("stop")
            return
        self.ids.append(token)
        if self.track_text:
            self._advance_text()
            if self._stop_at(self.text) is not None:
                self.finish("stop")
                return
            self._emit(final=False)
        if self.generated >= self.job.sampling.max_new_tokens:
            self.finish("length")

    def finish(self, reason: str) -> None:
        self.done = True
        if self.job.cancelled.is_set():
            return
        text = self.tokenizer.decode(self.ids, skip_special_tokens=True)
        cut = self._stop_at(text)
        if cut is not None:
            text, reason = text[:cut], "stop"
        if self.job.stream and text.startswith(self.text[: self.emitted]):
            self.text = text
            self._emit(final=True)
        self.text = text
        self.job.finished = True
        self.job.post(
            GenerationResult(
                text=text,
                finish_reason=reason,  # type: ignore[arg-type]
                prompt_tokens=self.prompt_tokens,
                completion_tokens=self.generated,
                model=self.model_name,
            )
        )

    def _advance_text(self) -> None:
        decode = self.tokenizer.decode
        prefix = decode(self.ids[self.prefix_offset : self.read_offset], skip_special_tokens=True)
        new = decode(self.ids[self.prefix_offset :], skip_special_tokens=True)
        if len(new) > len(prefix) and not new.endswith("\ufffd"):
            self.text += new[len(prefix) :]
            self.prefix_offset, self.read_offset = self.read_offset, len(self.ids)

    def _stop_at(self, text: str) -> int | None:
        hits = [i for i in (text.find(s) for s in self.stops) if i >= 0]
        return min(hits) if hits else None

    def _emit(self, final: bool) -> None:
        if not self.job.stream:
            return
        end = len(self.text)
        if not final:
            # Hold back what may be the start of a stop string: streamed text never shows
            # what the final text will not contain.
            held = 0
            for stop in self.stops:
                for k in range(min(len(stop) - 1, end - self.emitted), held, -1):
                    if self.text.endswith(stop[:k]):
                        held = k
                        break
            end -= held
        if end > self.emitted:
            self.job.post(self.text[self.emitted : end])
            self.emitted = end


class _BatchStopping(StoppingCriteria):
    """Called by ``generate`` after every step with the whole batch: advances each row and
    tells ``generate`` which rows are done (per-row booleans)."""

    def __init__(self, rows: list[_Row]):
        self.rows = rows

    def __call__(self, input_ids: torch.LongTensor, scores: Any, **kwargs: Any) -> torch.Tensor:
        last = input_ids[:, -1].tolist()
        for row, token in zip(self.rows, last, strict=True):
            if not row.done:
                row.step(int(token))
        return torch.tensor([row.done for row in self.rows], device=input_ids.device)


_STOP = object()


# --- the engine ----------------------------------------------------------------------------------


class TransformersEngine(Engine):
    """In-process generation with dynamic batching. Thread-safe; usable from any event loop."""

    def __init__(self, config: LLMConfig, loaded: LoadedModel | None = None):
        self.config = config
        self.loaded = loaded or load_chat_model(config.model_path, config.device, config.dtype)
        self.model = self.loaded.lm
        self.tokenizer = self.loaded.tokenizer
        self.stats = EngineStats()
        self._name = config.model or self.loaded.path.name
        self._eos_ids = self._eos_token_ids()
        pad = self.tokenizer.pad_token_id
        self._pad_id = int(pad if pad is not None else min(self._eos_ids))
        self._context = int(getattr(self.model.config, "max_position_embeddings", 0) or 0)
        self._queue: queue.Queue[Any] = queue.Queue(maxsize=config.queue_size)
        self._closed = False
        self._worker = threading.Thread(target=self._work, name="llm-generate", daemon=True)
        self._worker.start()

    @property
    def model_name(self) -> str:
        return self._name

    # -- public API --

    async def generate(self, request: GenerationRequest) -> GenerationResult:
        events = self._events(request, stream=False)
        try:
            async for event in events:
                if isinstance(event, GenerationResult):
                    return event
        finally:
            await events.aclose()  # type: ignore[attr-defined]
        raise BackendUnavailable("generation ended without a result")  # pragma: no cover

    def stream(self, request: GenerationRequest) -> GenerationStream:
        return GenerationStream(self._events(request, stream=True))

    def generate_sync(self, request: GenerationRequest) -> GenerationResult:
        timeout = self._timeout(request)
        done: concurrent.futures.Future[GenerationResult] = concurrent.futures.Future()

        def post(event: Event) -> None:
            if isinstance(event, GenerationResult) and not done.done():
                done.set_result(event)
            elif isinstance(event, BaseException) and not done.done():
                done.set_exception(event)

        job = self._submit(request, stream=False, post=post)
        try:
            return done.result(timeout=timeout)
        except concurrent.futures.TimeoutError as e:
            job.cancelled.set()
            raise GenerationTimeout(f"generation did not finish within {timeout:g}s") from e

    async def aclose(self) -> None:
        await asyncio.to_thread(self.close)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._queue.put(_STOP)
        self._worker.join()

    # -- submission (caller's thread) --

    def _timeout(self, request: GenerationRequest) -> float:
        return float(request.timeout_s or self.config.timeout_s)

    def _submit(
        self, request: GenerationRequest, stream: bool, post: Callable[[Event], None]
    ) -> _Job:
        if self._closed:
            raise BackendUnavailable("the generation engine is closed")
        job = _Job(request, request.sampling or self.config.sampling, stream, post)
        try:
            self._queue.put_nowait(job)
        except queue.Full:
            raise EngineOverloaded(
                f"generation queue is full ({self.config.queue_size} waiting); try again later"
            ) from None
        return job

    async def _events(
        self, request: GenerationRequest, stream: bool
    ) -> AsyncIterator[str | GenerationResult]:
        loop = asyncio.get_running_loop()
        events: asyncio.Queue[Event] = asyncio.Queue()

        def post(event: Event) -> None:
            try:
                loop.call_soon_threadsafe(events.put_nowait, event)
            except RuntimeError:  # the caller's loop is gone: stop working for it
                job.cancelled.set()

        timeout = self._timeout(request)
        deadline = loop.time() + timeout
        job = self._submit(request, stream, post)
        try:
            while True:
                try:
                    event = await asyncio.wait_for(events.get(), deadline - loop.time())
                except asyncio.TimeoutError:
                    raise GenerationTimeout(
                        f"generation did not finish within {timeout:g}s"
                    ) from None
                if isinstance(event, BaseException):
                    raise event
                yield event
                if isinstance(event, GenerationResult):
                    return
        finally:
            job.cancelled.set()  # timeout, caller gone or done: the worker drops the row

    # -- the worker thread --

    def _work(self) -> None:
        while True:
            first = self._queue.get()
            if first is _STOP:
                break
            batch, stopping = self._collect(first)
            live = [job for job in batch if not job.cancelled.is_set()]
            for group in self._groups(live):
                try:
                    self._run_batch(group)
                except Exception as e:  # keep serving: one bad batch must not stop the worker
                    log.exception("generation batch failed")
                    for job in group:
                        if not job.finished:
                            job.post(BackendUnavailable(f"generation failed: {e!r}"))
            if stopping:
                break
        self._fail_pending(BackendUnavailable("the generation engine was closed"))

    def _collect(self, first: _Job) -> tuple[list[_Job], bool]:
        batch = [first]
        deadline = time.monotonic() + self.config.batch_wait_ms / 1000
        while len(batch) < self.config.max_batch_size:
            remaining = deadline - time.monotonic()
            try:
                item = (
                    self._queue.get(timeout=remaining)
                    if remaining > 0
                    else self._queue.get_nowait()
                )
            except queue.Empty:
                break
            if item is _STOP:
                return batch, True
            batch.append(item)
        return batch, False

    @staticmethod
    def _groups(jobs: list[_Job]) -> list[list[_Job]]:
        """One generate call decodes with one sampling mode: greedy requests batch together,
        sampling ones by (temperature, top_p); a seeded sampling request runs alone so its
        seed alone decides its text."""
        groups: dict[Any, list[_Job]] = {}
        for n, job in enumerate(jobs):
            s = job.sampling
            if s.greedy:
                key: Any = "greedy"
            elif s.seed is not None:
                key = ("seeded", n)
            else:
                key = ("sample", float(s.temperature), float(s.top_p))
            groups.setdefault(key, []).append(job)
        return list(groups.values())

    def _fail_pending(self, error: LLMError) -> None:
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return
            if item is not _STOP:
                item.post(error)

    def _prompt_ids(self, job: _Job) -> list[int]:
        messages = [m.to_dict() for m in job.request.messages]
        ids = self.tokenizer.apply_chat_template(
            messages, add_generation_prompt=True, tokenize=True
        )
        if isinstance(ids, dict) or hasattr(ids, "input_ids"):
            ids = ids["input_ids"]
        ids = [int(i) for i in ids]
        budget = job.sampling.max_new_tokens
        if self._context and len(ids) + budget > self._context:
            raise InvalidGenerationRequest(
                f"the prompt has {len(ids)} tokens; with max_new_tokens {budget} that exceeds "
                f"the model's context of {self._context} tokens",
                "messages",
            )
        return ids

    def _run_batch(self, jobs: list[_Job]) -> None:
        prompts: list[tuple[_Job, list[int]]] = []
        for job in jobs:
            try:
                prompts.append((job, self._prompt_ids(job)))
            except LLMError as e:
                job.post(e)
            except Exception as e:  # a template that fails on these messages
                job.post(InvalidGenerationRequest(f"cannot render the chat prompt: {e}"))
        if not prompts:
            return
        rows = [
            _Row(job, len(ids), self.tokenizer, self._eos_ids, self._name) for job, ids in prompts
        ]
        width = max(len(ids) for _, ids in prompts)
        input_ids = torch.tensor(
            [[self._pad_id] * (width - len(ids)) + ids for _, ids in prompts],
            device=self.loaded.device,
        )
        attention_mask = torch.tensor(
            [[0] * (width - len(ids)) + [1] * len(ids) for _, ids in prompts],
            device=self.loaded.device,
        )
        sampling = prompts[0][0].sampling
        gen_config = GenerationConfig(
            max_new_tokens=max(job.sampling.max_new_tokens for job, _ in prompts),
            do_sample=not sampling.greedy,
            temperature=float(sampling.temperature) if not sampling.greedy else None,
            top_p=float(sampling.top_p) if not sampling.greedy else None,
            top_k=None,
            pad_token_id=self._pad_id,
            eos_token_id=sorted(self._eos_ids),
        )
        # Counted before generating: rows are answered while the batch still runs.
        self.stats.batches += 1
        self.stats.requests += len(rows)
        self.stats.batch_sizes[len(rows)] += 1
        try:
            with torch.inference_mode():
                if not sampling.greedy and sampling.seed is not None:
                    torch.manual_seed(sampling.seed)
                self.model.generate(
                    input_ids=input_ids,
                    attention_mask=attention_mask,
                    generation_config=gen_config,
                    stopping_criteria=StoppingCriteriaList([_BatchStopping(rows)]),
                )
        except Exception as e:
            for row in rows:
                if not row.job.finished:
                    row.job.post(BackendUnavailable(f"generation failed: {e!r}"))
            return
        finally:
            self.stats.generated_tokens += sum(row.generated for row in rows)
        for row in rows:
            if not row.done:
                row.finish("length")

    def _eos_token_ids(self) -> set[int]:
        ids: set[int] = set()
        for source in (self.model.generation_config.eos_token_id, self.tokenizer.eos_token_id):
            if source is None:
                continue
            ids.update(int(i) for i in (source if isinstance(source, list) else [source]))
        if not ids:
            raise LLMConfigError(f"the model in {self.loaded.path} defines no eos token")
        return ids
