"""The layers of ARCHITECTURE.md as import-linter contracts ([tool.importlinter] in
pyproject.toml, run by `make check`): they hold for the tree, and each one fails when a module
breaks it (checked on a copy of the packages, so the working tree is never touched)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("bot", "actions", "custom_components")
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"

# One module per contract, each breaking only its own contract (name fragment -> file, source).
VIOLATIONS = {
    "bot/ is the library": ("bot/_violation.py", "import rasa_sdk\n"),
    "Run-time code never imports training": (
        "bot/nlu/_violation.py",
        # Lazy imports count as much as module-level ones.
        "def train():\n    from bot.finetune.run import run_finetune\n\n    return run_finetune\n",
    ),
    "Components do not import each other": (
        "custom_components/_violation.py",
        "from custom_components.emergency_gate import EmergencyGate\n",
    ),
    "Actions import only the shared action helpers": (
        "actions/_violation.py",
        "from actions.complaint import ActionSubmitComplaint\n",
    ),
}


def _copy_tree(dest: Path) -> Path:
    for package in PACKAGES:
        shutil.copytree(
            ROOT / package,
            dest / package,
            ignore=lambda d, names: [
                n
                for n in names
                if n == "__pycache__" or (Path(d, n).is_file() and not n.endswith(".py"))
            ],
        )
    shutil.copy(ROOT / "pyproject.toml", dest / "pyproject.toml")
    return dest


def _lint(tree: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", "pyproject.toml", "--no-cache"],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    assert LINT_IMPORTS.exists(), "import-linter is missing: `make install` installs '.[dev]'"
    return _copy_tree(tmp_path_factory.mktemp("contract"))


def test_the_tree_keeps_every_contract(tree: Path) -> None:
    result = _lint(tree)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Contracts: {len(VIOLATIONS)} kept, 0 broken." in result.stdout


def test_each_contract_fails_when_a_module_breaks_it(tree: Path) -> None:
    for relative, source in VIOLATIONS.values():
        (tree / relative).write_text(source, encoding="utf-8")
    try:
        result = _lint(tree)
    finally:
        for relative, _ in VIOLATIONS.values():
            (tree / relative).unlink()
    out = " ".join(result.stdout.split())  # rich wraps long contract names
    assert result.returncode != 0
    assert f"Contracts: 0 kept, {len(VIOLATIONS)} broken." in out, out
    for name, (relative, _) in VIOLATIONS.items():
        module = relative.removesuffix(".py").replace("/", ".")
        assert f"{name}" in out and module in out, (name, out)
