"""`make build` rebuilds when anything it runs changes: the Makefile's input lists (PIPELINE_SOURCES
for `rasa train`, LLM_SOURCES for the LLM) hold every module the import graph says those steps
run, package ``__init__`` files included."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import grimp
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="needs make")


def _make_list(variable: str) -> set[str]:
    out = subprocess.run(
        ["make", "-s", f"print-{variable}"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    return set(out.split())


def _closure(graph: grimp.ImportGraph, roots: set[str]) -> set[str]:
    """``roots``, everything they import (directly or not), and every package on the way."""
    todo, seen = list(roots), set()
    while todo:
        module = todo.pop()
        if module in seen:
            continue
        seen.add(module)
        todo += graph.find_upstream_modules(module)
        if "." in module:
            todo.append(module.rsplit(".", 1)[0])
    return seen


def _file(module: str) -> str:
    path = Path(*module.split("."))
    return str(path / "__init__.py") if (ROOT / path).is_dir() else f"{path}.py"


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("bot", "custom_components", "actions", cache_dir=None)


def test_rasa_train_depends_on_every_module_the_pipeline_runs(graph) -> None:
    config = yaml.safe_load((ROOT / "config.yml").read_text(encoding="utf-8"))
    components = {
        entry["name"].rsplit(".", 1)[0]
        for entry in config["pipeline"] + config["policies"]
        if entry["name"].startswith("custom_components.")
    }
    assert "custom_components.llm_intent_classifier" in components
    needed = {_file(m) for m in _closure(graph, components)}
    inputs = _make_list("PIPELINE_SOURCES")
    assert needed - inputs == set(), "add these to PIPELINE_SOURCES in the Makefile"
    # Data the safety components train on.
    assert {str(p.relative_to(ROOT)) for p in (ROOT / "bot/safety/data").glob("*.yml")} <= inputs


def test_the_llm_build_depends_on_every_module_it_runs(graph) -> None:
    roots = {m for m in graph.modules if m.startswith("bot.finetune")}
    roots |= {"bot.__main__", "bot.cli.data", "bot.cli.llm"}
    needed = {_file(m) for m in _closure(graph, roots)}
    assert needed - _make_list("LLM_SOURCES") == set(), "add these to LLM_SOURCES in the Makefile"
