"""Where the project's data, the held-out set and the default results live."""

from __future__ import annotations

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUT = PROJECT_ROOT / "bench" / "results" / "nlu.json"
PROJECT_TRAIN = PROJECT_ROOT / "data"
PROJECT_TEST = PROJECT_ROOT / "tests" / "nlu" / "nlu_heldout.yml"
PROJECT_DOMAIN = PROJECT_ROOT / "domain.yml"
