"""``python -m bot serve --model PATH``: the in-process engine behind an OpenAI-compatible API.

One GPU process serves both the Rasa server and the action server (their ``llm.backend: openai``
points at it); vLLM serving the exported model can replace it without changing anything else.
Engine settings come from ``minsheng.yml`` ``llm:`` and are overridden by the options below.

Every request but ``/health`` must carry the shared secret from the environment variable that
``settings.security.model_token_env`` names (``MINSHENG_MODEL_TOKEN``; ``make run`` keeps one in
``var/model_token``) in ``X-Minsheng-Token`` or as ``Authorization: Bearer``; without the variable
the server does not start. It binds to 127.0.0.1 unless ``--host`` says otherwise.
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
import os

from bot.settings import load_settings


def register(subparsers: argparse._SubParsersAction) -> None:
    serve = subparsers.add_parser(
        "serve",
        help="OpenAI-compatible generation server (/v1/chat/completions, /v1/models, /health)",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    serve.add_argument(
        "--model", help="local model directory (default: settings llm.model_path, models/base)"
    )
    serve.add_argument("--host", default="127.0.0.1", help="bind address (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    serve.add_argument(
        "--served-model-name", help="model name clients send and see (default: folder name)"
    )
    serve.add_argument("--device", choices=("auto", "cpu", "cuda"), help="default: settings")
    serve.add_argument(
        "--dtype", choices=("auto", "float32", "bfloat16", "float16"), help="default: settings"
    )
    serve.add_argument("--max-batch-size", type=int, help="requests per generate call")
    serve.add_argument("--batch-wait-ms", type=float, help="wait for more requests (ms)")
    serve.add_argument("--queue-size", type=int, help="waiting requests before 503")
    serve.add_argument("--timeout-s", type=float, help="per-request timeout before 504")
    serve.set_defaults(func=cmd_serve)


def cmd_serve(args: argparse.Namespace) -> int:
    os.environ.setdefault("USE_TF", "0")  # transformers must not start TensorFlow here
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from bot.llm import llm_config_from_settings
    from bot.llm.server import run_server
    from bot.llm.transformers_engine import TransformersEngine
    from bot.security import secret_from_env

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    settings = load_settings()
    token_env = settings.security.model_token_env
    token = secret_from_env(token_env)
    if token is None:
        print(
            f"error: {token_env} is not set: the model server only answers requests carrying "
            "that secret (make run generates one into var/model_token)"
        )
        return 2
    config = llm_config_from_settings(settings)
    overrides = {
        "model_path": args.model,
        "model": args.served_model_name,
        "device": args.device,
        "dtype": args.dtype,
        "max_batch_size": args.max_batch_size,
        "batch_wait_ms": args.batch_wait_ms,
        "queue_size": args.queue_size,
        "timeout_s": args.timeout_s,
    }
    config = dataclasses.replace(
        config, backend="transformers", **{k: v for k, v in overrides.items() if v is not None}
    )
    engine = TransformersEngine(config)
    logging.getLogger(__name__).info(
        "serving %s from %s on %s (%s) at http://%s:%d/v1",
        engine.model_name,
        engine.loaded.path,
        engine.loaded.device,
        engine.model.dtype,
        args.host,
        args.port,
    )
    run_server(engine, token, args.host, args.port, engine.model_name, config.sampling)
    return 0
