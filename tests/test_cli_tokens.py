"""Secrets passed to `rasa run` on the command line: secrets.token_urlsafe may start with "-",
which argparse reads as an option when the value is a separate argument (a clean-clone CI run
failed that way 1 time in 64). Every launcher passes it as ``--auth-token=<value>``."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LAUNCHERS = [
    "Makefile",
    "scripts/run-replicas.sh",
    "bench/serving.py",
    "bench/fault_run.py",
    "tests/browser/test_browser.py",
    "tests/ops/test_replicas.py",
]


def test_rasa_reads_a_token_that_starts_with_a_dash_in_the_equals_form() -> None:
    from rasa.__main__ import create_argument_parser

    args = create_argument_parser().parse_args(["run", "--auth-token=-Ab_3"])
    assert args.auth_token == "-Ab_3"


def test_every_launcher_passes_the_token_in_the_equals_form() -> None:
    separate = re.compile(r"""--auth-token["']?(,|\s+["$a-z])""")
    for name in LAUNCHERS:
        text = (ROOT / name).read_text(encoding="utf-8")
        assert "--auth-token=" in text, name
        assert not separate.search(text), name
