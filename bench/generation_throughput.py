"""Generation throughput of the in-process engine: dynamic batching against one request at a
time, same model, same prompts, same process. Writes JSON to ``bench/results/``.

    # CPU, the tiny random-init Qwen2 chat model built on the fly (seconds):
    python bench/generation_throughput.py
    # a real local model directory (e.g. python -m bot llm init-base output), or on a GPU:
    python bench/generation_throughput.py --model models/base --requests 32 --batch-size 16

Both runs decode greedily with the same token budget; "one at a time" awaits each request before
sending the next (``max_batch_size=1``), "batched" sends all requests at once and lets the worker
batch them (``max_batch_size=--batch-size``). Tokens/s counts generated tokens over wall time;
a warm-up request runs first. With greedy decoding both runs must produce the same texts
(``same_outputs``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("USE_TF", "0")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tqdm import tqdm  # noqa: E402

from bot.llm import GenerationRequest, GenerationResult, LLMConfig, SamplingParams  # noqa: E402
from bot.llm.tiny_model import CORPUS, QWEN2_5_0_5B_SHAPE  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results"
# Random-init shapes built on the fly when no --model is given (bot.llm.tiny_model).
SHAPES: dict[str, dict[str, Any]] = {
    "tiny": {},
    # Qwen2.5-0.5B's layers and widths; the vocabulary is the small one trained on the fly, so the
    # LM head is cheaper than the real model's.
    "qwen2-0.5b": {**QWEN2_5_0_5B_SHAPE, "initializer_range": 0.02},
}


def prompts(n: int) -> list[GenerationRequest]:
    questions = [f"{text}请问具体怎么办理？" for text in CORPUS]
    return [
        GenerationRequest.chat(
            [
                {"role": "system", "content": "你是示例市12345政务服务便民热线的助手。"},
                {"role": "user", "content": f"（第{i + 1}位来电）{questions[i % len(questions)]}"},
            ]
        )
        for i in range(n)
    ]


async def one_at_a_time(engine: Any, requests: list[GenerationRequest]) -> list[GenerationResult]:
    return [await engine.generate(r) for r in tqdm(requests, desc="one at a time", unit="req")]


async def batched(engine: Any, requests: list[GenerationRequest]) -> list[GenerationResult]:
    bar = tqdm(total=len(requests), desc="batched", unit="req")

    async def run(request: GenerationRequest) -> GenerationResult:
        result = await engine.generate(request)
        bar.update()
        return result

    try:
        return list(await asyncio.gather(*(run(r) for r in requests)))
    finally:
        bar.close()


async def measure(engine: Any, requests: list[GenerationRequest], mode: str) -> dict[str, Any]:
    await engine.generate(requests[0])  # warm-up (allocations, kernels)
    batches_before = engine.stats.batches
    started = time.perf_counter()
    results = await (batched if mode == "batched" else one_at_a_time)(engine, requests)
    seconds = time.perf_counter() - started
    tokens = sum(r.completion_tokens for r in results)
    return {
        "requests": len(results),
        "generated_tokens": tokens,
        "seconds": round(seconds, 3),
        "tokens_per_s": round(tokens / seconds, 1),
        "generate_calls": engine.stats.batches - batches_before,
        "mean_completion_tokens": round(statistics.mean(r.completion_tokens for r in results), 1),
        "texts": [r.text for r in results],
    }


def environment(loaded: Any) -> dict[str, Any]:
    import tokenizers
    import torch
    import transformers

    machine: dict[str, Any] = {
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "cpu_count": os.cpu_count(),
        "torch_threads": torch.get_num_threads(),
        "device": str(loaded.device),
    }
    if loaded.device.type == "cuda":
        machine["gpu"] = torch.cuda.get_device_name(loaded.device)
    return {
        "machine": machine,
        "versions": {
            "python": platform.python_version(),
            "torch": torch.__version__,
            "transformers": transformers.__version__,
            "tokenizers": tokenizers.__version__,
        },
    }


async def main_async(args: argparse.Namespace, model_dir: Path) -> dict[str, Any]:
    from bot.llm.transformers_engine import TransformersEngine

    sampling = SamplingParams(max_new_tokens=args.max_new_tokens)
    common = dict(
        model_path=str(model_dir), device=args.device, dtype=args.dtype, sampling=sampling
    )
    single = TransformersEngine(LLMConfig(max_batch_size=1, batch_wait_ms=0, **common))
    multi = TransformersEngine(
        LLMConfig(
            max_batch_size=args.batch_size,
            batch_wait_ms=args.batch_wait_ms,
            queue_size=max(64, args.requests),
            timeout_s=3600,
            **common,
        ),
        loaded=single.loaded,
    )
    requests = prompts(args.requests)
    try:
        sequential = await measure(single, requests, "sequential")
        together = await measure(multi, requests, "batched")
    finally:
        await single.aclose()
        await multi.aclose()
    same = sequential.pop("texts") == together.pop("texts")
    model = single.model
    return {
        "benchmark": "generation_throughput",
        "model": {
            "path": str(model_dir)
            if args.model
            else f"random-init Qwen2, shape {args.shape} (built on the fly)",
            "parameters": sum(p.numel() for p in model.parameters()),
            "dtype": str(model.dtype),
        },
        "settings": {
            "requests": args.requests,
            "max_new_tokens": args.max_new_tokens,
            "batch_size": args.batch_size,
            "batch_wait_ms": args.batch_wait_ms,
            "decoding": "greedy",
        },
        "one_at_a_time": sequential,
        "batched": together,
        "speedup": round(together["tokens_per_s"] / sequential["tokens_per_s"], 2),
        "same_outputs": same,
        **environment(single.loaded),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", type=Path, help="local model directory (default: --shape)")
    parser.add_argument(
        "--shape",
        choices=sorted(SHAPES),
        default="tiny",
        help="without --model: the random-init Qwen2 built on the fly (qwen2-0.5b: Qwen2.5-0.5B's "
        "layers and widths with the small project vocabulary, for GPUs)",
    )
    parser.add_argument("--requests", type=int, default=16, help="requests per run (default 16)")
    parser.add_argument("--max-new-tokens", type=int, default=32, help="token budget (default 32)")
    parser.add_argument("--batch-size", type=int, default=8, help="max batch size (default 8)")
    parser.add_argument("--batch-wait-ms", type=float, default=10.0, help="batching window (ms)")
    parser.add_argument("--device", default="auto", choices=("auto", "cpu", "cuda"))
    parser.add_argument("--dtype", default="auto", choices=("auto", "float32", "bfloat16"))
    parser.add_argument(
        "--threads",
        type=int,
        help="torch CPU threads (default: torch's choice; 1 is steadier on a busy shared CPU, "
        "where idle-spinning OpenMP threads wait on each other)",
    )
    parser.add_argument(
        "--out", type=Path, default=RESULTS / "generation_throughput.json", help="result JSON"
    )
    args = parser.parse_args(argv)
    if args.threads:
        import torch

        torch.set_num_threads(args.threads)
    with tempfile.TemporaryDirectory() as tmp:
        if args.model is None:
            from bot.llm.tiny_model import build_tiny_chat_model

            model_dir = build_tiny_chat_model(
                Path(tmp) / f"{args.shape}-qwen2", config_overrides=SHAPES[args.shape]
            )
        else:
            model_dir = args.model
        result = asyncio.run(main_async(args, model_dir))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    one, many = result["one_at_a_time"], result["batched"]
    print(
        f"one at a time: {one['tokens_per_s']} tokens/s ({one['generate_calls']} generate calls); "
        f"batched: {many['tokens_per_s']} tokens/s ({many['generate_calls']} generate calls); "
        f"speedup x{result['speedup']}; same outputs: {result['same_outputs']} -> {args.out}"
    )
    return 0 if result["same_outputs"] else 1


if __name__ == "__main__":
    sys.exit(main())
