"""Similarity check for a blind writer's new bank files (see WRITERS.md).

    .venv/bin/python scripts/safety_banks/similarity.py tests/safety/banks/heldout/emergency.yml ...

For each message of the given (own) files: the highest ``difflib`` ratio against every other bank
message under ``tests/safety/banks`` (all splits, other files), the ``data/nlu`` and ``tests/nlu``
examples, and the writer's own other groups. Prints only the writer's own message, its group and
the ratio, for ratios at or above the threshold (never the other text, so a blind writer sees no
existing message). Run from the repository root; exits 1 when any message is too close.
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
from pathlib import Path

import yaml

_EXAMPLE = re.compile(r"^\s*-\s+(.+?)\s*$")
_ANNOTATION = re.compile(r"\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\{[^}]*\}")


def _bank_messages(path: Path) -> list[tuple[str, str]]:
    groups = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return [(g["group"], str(m)) for g in groups for m in g.get("messages", [])]


def _nlu_examples(root: Path) -> list[str]:
    examples = []
    for path in sorted([*root.glob("data/nlu/**/*.yml"), *root.glob("tests/nlu/**/*.yml")]):
        for line in path.read_text(encoding="utf-8").splitlines():
            match = _EXAMPLE.match(line)
            if match and ":" not in match.group(1)[:12]:
                text = _ANNOTATION.sub(lambda m: m.group(1) or m.group(2), match.group(1))
                examples.append(text.strip("\"'"))
    return examples


def too_close(
    own_files: list[Path], root: Path, threshold: float = 0.6
) -> list[tuple[float, str, str]]:
    """(ratio, group, message) for each own message at or above ``threshold``."""
    own_paths = {p.resolve() for p in own_files}
    own = [item for p in own_files for item in _bank_messages(p)]
    others = [
        text
        for p in sorted((root / "tests/safety/banks").glob("**/*.yml"))
        if p.resolve() not in own_paths
        for _, text in _bank_messages(p)
    ] + _nlu_examples(root)
    found = []
    for group, message in own:
        matcher = difflib.SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(message)
        best = 0.0
        for other in others + [text for g, text in own if g != group]:
            matcher.set_seq1(other)
            if matcher.real_quick_ratio() < threshold or matcher.quick_ratio() < threshold:
                continue
            best = max(best, matcher.ratio())
        if best >= threshold:
            found.append((best, group, message))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--threshold", type=float, default=0.6)
    args = parser.parse_args(argv)
    found = too_close(args.files, Path.cwd(), args.threshold)
    for ratio, group, message in found:
        print(f"{ratio:.3f}\t{group}\t{message}")
    print(f"{len(found)} own messages at ratio >= {args.threshold}", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
