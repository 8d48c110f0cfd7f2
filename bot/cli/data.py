"""``python -m bot data build``: the fine-tuning datasets (see bot/finetune/build.py)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from bot.settings import PROJECT_ROOT, load_settings, shared_data_dir

DEFAULT_OUT = PROJECT_ROOT / "build" / "data"


def register(subparsers: argparse._SubParsersAction) -> None:
    data = subparsers.add_parser("data", help="build the fine-tuning datasets")
    sub = data.add_subparsers(dest="data_command", required=True)
    build = sub.add_parser(
        "build",
        help="collect, clean (NFKC, PII redaction), de-duplicate and split the training data",
        description="Writes train/dev/test JSONL, labels.json and a data card. Never commits data.",
    )
    build.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help=f"output folder (default {DEFAULT_OUT})"
    )
    build.add_argument(
        "--import",
        dest="imports",
        type=Path,
        action="append",
        default=[],
        help="JSONL/CSV citizen messages (file or folder) to import; repeatable",
    )
    build.add_argument(
        "--with-gov-messages",
        action="store_true",
        help="import the TipDM 2020 government messages from the shared data folder",
    )
    build.add_argument("--max-import", type=int, default=0, help="cap imported records (0 = all)")
    build.add_argument("--seed", type=int, default=13, help="split seed")
    build.add_argument(
        "--force", action="store_true", help="rebuild even if the inputs did not change"
    )
    build.set_defaults(func=_build)


def _build(args: argparse.Namespace) -> int:
    import bot.finetune  # noqa: F401  (sets USE_TF=0 before transformers is imported)
    from bot.finetune.build import BuildInputs, BuildOptions, PIILeakError, build_dataset

    settings = load_settings()
    imports = list(args.imports)
    if args.with_gov_messages:
        gov = shared_data_dir() / "tipdm2020_gov_messages"
        if not gov.is_dir():
            print(f"error: {gov} not found (set MINSHENG_SHARED_DATA to the shared data folder)")
            return 2
        imports.append(gov)
    for p in imports:
        if not p.exists():
            print(f"error: import source {p} does not exist")
            return 2
    inputs = BuildInputs.for_project(PROJECT_ROOT, settings.retrieval.knowledge_dir, imports)
    options = BuildOptions(seed=args.seed, max_import_records=args.max_import)
    try:
        card = build_dataset(inputs, args.out, options, force=args.force)
    except (FileNotFoundError, ValueError, PIILeakError) as e:
        # Bad NLU/knowledge/routing files and PII that survived redaction: one clear message.
        print(f"error: {e}")
        return 2
    print(
        json.dumps(
            {
                "out": str(args.out),
                "records": card["records"],
                "counts": card["counts"],
                "dropped": card["dropped"],
            },
            ensure_ascii=False,
            indent=2,
        )
    )
    return 0
