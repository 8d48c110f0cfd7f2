"""Command line: ``python -m bot <group> <command> [options]``.

Each command group lives in its own module exposing ``register(subparsers)``, which adds the
group's parser and sets ``func`` (taking the parsed args, returning an exit code) on every
command. Groups whose module is not present in this checkout are skipped, so features can land
independently.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Sequence

# Command-group modules, in help order.
GROUP_MODULES = (
    "bot.cli.kb",
    "bot.cli.data",
    "bot.cli.llm",
    "bot.cli.serve",
    "bot.cli.privacy",
    "bot.cli.console",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        description="minsheng: public-service hotline assistant tools",
    )
    subparsers = parser.add_subparsers(dest="group", metavar="GROUP", required=True)
    for name in GROUP_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as e:  # only tolerate the group module itself being absent
            if e.name is not None and name.startswith(e.name):
                continue
            raise
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        parser.print_help()
        return 2
    return int(func(args) or 0)
