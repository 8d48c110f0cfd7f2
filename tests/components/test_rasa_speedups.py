"""custom_components.rasa_speedups: the cached graph and event table give what Rasa's own
methods give."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rasa.engine.exceptions import GraphRunError
from rasa.engine.graph import ExecutionContext, GraphComponent, GraphSchema, SchemaNode
from rasa.engine.runner.dask import DaskGraphRunner
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.core.events import Event, UserUttered
from rasa.shared.utils.common import all_subclasses

from custom_components import rasa_speedups


@pytest.fixture
def speedups() -> Iterator[None]:
    rasa_speedups.install()
    yield
    rasa_speedups.uninstall()


class Add(GraphComponent):
    """Adds its inputs and its config's ``plus``; counts its runs."""

    runs = 0

    def __init__(self, config: dict[str, Any]) -> None:
        self.plus = config.get("plus", 0)

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> Add:
        return cls(config)

    def add(self, **numbers: int) -> int:
        Add.runs += 1
        return sum(numbers.values()) + self.plus


def _node(needs: dict[str, str], plus: int, target: bool = False) -> SchemaNode:
    return SchemaNode(
        needs=needs,
        uses=Add,
        constructor_name="create",
        fn="add",
        config={"plus": plus},
        is_target=target,
    )


def _schema() -> GraphSchema:
    # a diamond twice over: the recursion Rasa does on every run visits "base" four times
    return GraphSchema(
        {
            "base": _node({"x": "input"}, 1),
            "left": _node({"a": "base"}, 10),
            "right": _node({"a": "base"}, 100),
            "join": _node({"a": "left", "b": "right"}, 1000, target=True),
            "side": _node({"a": "base"}, 5, target=True),
        }
    )


def _runner(tmp_path: Path) -> DaskGraphRunner:
    storage = LocalModelStorage(tmp_path)
    return DaskGraphRunner(_schema(), storage, ExecutionContext(_schema(), "test"))


def test_the_cached_graph_gives_rasas_results_for_every_target_set(
    tmp_path: Path, speedups: None
) -> None:
    runner = _runner(tmp_path)
    cases = [(None, 1), (["side"], 2), (["join"], 3), (None, 4), (["join", "side"], 5)]
    results = [runner.run(inputs={"input": x}, targets=t) for t, x in cases]
    rasa_speedups.uninstall()
    reference = _runner(tmp_path / "ref")
    expected = [reference.run(inputs={"input": x}, targets=t) for t, x in cases]
    assert results == expected
    assert results[1] == {"side": 8} and results[2] == {"join": (4 + 10) + (4 + 100) + 1000}


def test_a_run_does_not_leak_its_inputs_into_the_next(tmp_path: Path, speedups: None) -> None:
    runner = _runner(tmp_path)
    assert runner.run(inputs={"input": 1}, targets=["side"]) == {"side": 7}
    graphs = runner.__dict__[rasa_speedups._GRAPHS]
    assert all("input" not in plan.graph for plan in graphs.values())
    # no inputs now: the node gets no input and fails as it does under Rasa's runner
    with pytest.raises(GraphRunError):
        runner.run(targets=["side"])


def test_every_event_name_resolves_to_rasas_class(speedups: None) -> None:
    names = {cls.type_name for cls in all_subclasses(Event)}
    for name in names:
        assert Event.resolve_by_type(name) is rasa_speedups._original_resolve(name)
    assert Event.resolve_by_type("user") is UserUttered


def test_unknown_event_names_behave_as_in_rasa(speedups: None) -> None:
    assert Event.resolve_by_type("topic") is None
    assert Event.resolve_by_type("no_such_event", default=UserUttered) is UserUttered
    with pytest.raises(ValueError, match="Unknown event name"):
        Event.resolve_by_type("no_such_event")


def test_an_event_class_defined_later_is_found(speedups: None) -> None:
    assert Event.resolve_by_type("user") is UserUttered  # the table is filled

    class LateEvent(UserUttered):
        type_name = "minsheng_late_event"

    assert Event.resolve_by_type("minsheng_late_event") is LateEvent
    restored = Event.from_parameters({"event": "user", "text": "你好", "parse_data": {}})
    assert type(restored) is UserUttered and restored.text == "你好"


def test_install_is_idempotent_and_uninstall_restores_rasa() -> None:
    original_run = DaskGraphRunner.run
    rasa_speedups.install()
    rasa_speedups.install()
    assert DaskGraphRunner.run is rasa_speedups.run
    rasa_speedups.uninstall()
    assert DaskGraphRunner.run is original_run
    assert Event.resolve_by_type("user") is UserUttered
