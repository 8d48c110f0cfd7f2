"""``python -m bot llm init-base | finetune | eval``: the hotline LLM (see bot/finetune/)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

from bot.cli.data import DEFAULT_OUT as DEFAULT_DATA
from bot.settings import PROJECT_ROOT, load_settings


def register(subparsers: argparse._SubParsersAction) -> None:
    llm = subparsers.add_parser("llm", help="build, fine-tune and evaluate the hotline LLM")
    sub = llm.add_subparsers(dest="llm_command", required=True)

    base = sub.add_parser(
        "init-base",
        help="train a tokenizer and pre-train a small Qwen2 base model on the project corpus",
    )
    base.add_argument(
        "--data",
        type=Path,
        default=DEFAULT_DATA,
        help="built data folder (python -m bot data build)",
    )
    base.add_argument(
        "--out", type=Path, default=None, help="output folder (default <models_dir>/base)"
    )
    base.add_argument(
        "--profile", choices=["default", "test"], default="default", help="model size / budget"
    )
    base.add_argument("--steps", type=int, default=None, help="override pre-training steps")
    base.add_argument(
        "--max-minutes", type=float, default=None, help="override the wall-clock budget"
    )
    base.add_argument(
        "--force", action="store_true", help="rebuild even if the corpus did not change"
    )
    base.set_defaults(func=_clean_errors(_init_base))

    ft = sub.add_parser("finetune", help="multi-task fine-tuning (LM + intent + NER + routing)")
    ft.add_argument(
        "--config",
        type=Path,
        default=None,
        help="YAML/JSON FinetuneConfig (configs/finetune/*.yml)",
    )
    ft.add_argument(
        "--profile",
        choices=sorted(p.stem for p in (PROJECT_ROOT / "configs" / "finetune").glob("*.yml")),
        default=None,
        help="start from a profile in configs/finetune/",
    )
    ft.add_argument("--output", type=Path, required=True, help="output model folder")
    ft.add_argument("--data", type=Path, default=DEFAULT_DATA, help="built data folder")
    ft.add_argument(
        "--base", type=str, default=None, help="base model folder (overrides config and settings)"
    )
    ft.add_argument("--max-steps", type=int, default=None, help="override max_steps")
    ft.add_argument(
        "--resume",
        type=Path,
        default=None,
        help="checkpoint folder (or the output folder) to resume from",
    )
    ft.add_argument("--no-progress", action="store_true", help="no tqdm bar (log lines only)")
    ft.set_defaults(func=_clean_errors(_finetune))

    ev = sub.add_parser("eval", help="evaluate a fine-tuned model folder")
    ev.add_argument("--model", type=Path, required=True, help="fine-tuned model folder")
    ev.add_argument("--data", type=Path, default=DEFAULT_DATA, help="built data folder")
    ev.add_argument("--split", choices=["dev", "test"], default="test")
    ev.add_argument("--out", type=Path, default=None, help="results folder (default <model>/eval)")
    ev.add_argument(
        "--generate",
        type=int,
        default=None,
        help="held-out questions answered by generation (0 = skip)",
    )
    ev.add_argument("--max-new-tokens", type=int, default=None)
    ev.set_defaults(func=_clean_errors(_eval))


def _clean_errors(func: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Missing inputs and bad configs end with one clear line, not a traceback."""

    def run(args: argparse.Namespace) -> int:
        from bot.finetune.config import FinetuneConfigError

        try:
            return func(args)
        except (FileNotFoundError, FinetuneConfigError) as e:
            print(f"error: {e}")
            return 2

    return run


def _init_base(args: argparse.Namespace) -> int:
    import dataclasses

    import bot.finetune  # noqa: F401
    from bot.finetune.base_model import BASE_PROFILES, build_base_model

    settings = load_settings()
    spec = BASE_PROFILES[args.profile]
    overrides = {"steps": args.steps, "max_minutes": args.max_minutes}
    spec = dataclasses.replace(spec, **{k: v for k, v in overrides.items() if v is not None})
    out = args.out or settings.models_dir / "base"
    card = build_base_model(args.data, out, spec, force=args.force)
    print(
        json.dumps(
            {
                k: card[k]
                for k in ("parameters", "vocab_size", "steps", "dev_perplexity", "total_seconds")
            },
            indent=2,
        )
    )
    return 0


def _finetune(args: argparse.Namespace) -> int:
    import bot.finetune  # noqa: F401
    from bot.finetune.config import FinetuneConfig, profile
    from bot.finetune.run import resolve_base_model, run_finetune

    settings = load_settings()
    overrides = {"max_steps": args.max_steps}
    if args.config is not None:
        cfg = FinetuneConfig.load(args.config, **overrides)
        if args.profile:
            print(
                "note: --profile is ignored when --config is given (set `profile:` inside the file)"
            )
    else:
        cfg = FinetuneConfig.from_dict(
            profile(args.profile or "default").to_dict()
            | {k: v for k, v in overrides.items() if v is not None}
        )
    if args.base:
        cfg = FinetuneConfig.from_dict(cfg.to_dict() | {"base_model": args.base})
    base = resolve_base_model(cfg, settings.base_model, settings.models_dir)
    if not (base / "config.json").exists():
        print(
            f"error: no base model in {base}; run `python -m bot llm init-base` or pass --base DIR"
        )
        return 2
    metrics = run_finetune(
        cfg, args.data, args.output, base, resume=args.resume, progress=not args.no_progress
    )
    print(json.dumps(metrics, ensure_ascii=False, indent=2))
    return 0


def _eval(args: argparse.Namespace) -> int:
    import bot.finetune  # noqa: F401
    from bot.finetune.config import FinetuneConfig
    from bot.finetune.evaluate import evaluate_model, jsonable
    from bot.finetune.loss import LossWeights

    cfg_file = args.model / "finetune_config.yml"
    cfg = FinetuneConfig.load(cfg_file) if cfg_file.exists() else FinetuneConfig()
    result = evaluate_model(
        args.model,
        args.data,
        args.out,
        split=args.split,
        generate=cfg.generate_max_examples if args.generate is None else args.generate,
        max_new_tokens=args.max_new_tokens or cfg.max_new_tokens,
        weights=LossWeights(cfg.alpha_lm, cfg.beta_intent, cfg.gamma_ner, cfg.delta_routing),
    )
    summary = {
        k: result[k]
        for k in (
            "perplexity",
            "intent_accuracy",
            "intent_macro_f1",
            "entity_f1",
            "routing_accuracy",
        )
    }
    gen = result.get("generation") or {}
    summary |= {
        k: gen.get(k) for k in ("fact_recall", "hallucination_rate", "grounded_rate", "questions")
    }
    print(json.dumps(jsonable(summary), ensure_ascii=False, indent=2))
    print(f"written to {args.out or args.model / 'eval'}")
    return 0
