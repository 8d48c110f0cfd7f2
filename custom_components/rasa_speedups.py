"""Per-turn work Rasa 3.6 repeats although its result never changes, done once per process.

A py-spy profile of the Rasa server under load (issue 13, README "Throughput") found work of
Rasa's own that grows with the size of the project, not with the message:

- **The graph's minimal schema.** ``DaskGraphRunner.run`` works out, on every run (one for the
  NLU of each message, one for every action predicted), which nodes the targets depend on, by a
  recursion that walks every path to every node again: a pipeline of 16 components and 4
  policies made that about 2 ms of CPU per turn, the same answer each time. :func:`install` keeps
  the graph per set of targets (the nodes themselves are the runner's own, built once when the
  model is loaded) with its order of execution, and adds each run's inputs to a copy.
- **The scheduler.** Rasa hands each run to dask's synchronous scheduler, which orders the graph
  again and keeps its bookkeeping per task (about 1.5 ms per turn). The graph runs in one thread
  in either case; :func:`run` calls the same nodes in the order worked out once (a topological
  order, as dask's), each with the outputs of the nodes it needs, and returns the targets'
  outputs. A node's exception propagates unchanged, as it does through dask.
- **TED's prediction where it cannot count.** Rasa runs every policy for every action it
  predicts and the ensemble keeps the most confident prediction, a tie going to the higher
  priority. When a rule, memoization or hand-over policy has predicted with confidence 1.0, a
  TEDPolicy of lower priority cannot win (its confidence is at most 1.0), and its other outputs
  (entities of an end-to-end prediction) are used only when it wins; so the order puts TED's
  prediction after the other policies' and, in that case, gives the ensemble TED's own
  "no prediction" (all zeros, as TED returns without a model) instead of running it (TED was
  the largest stage of a turn: 7-8 ms of ~30, run once per predicted action). A TED trained
  end to end (stories with user text) always runs: its text-based prediction can overrule the
  others. The trained-model test compares the actions and policies predicted with Rasa's.
- **Event classes by name.** ``Event.resolve_by_type`` lists every subclass of ``Event`` (and
  checks each for abstract methods) for every event it turns back into an object: every event
  of a tracker read from the tracker store and of every action server reply. :func:`install`
  keeps a name -> class table, filled in the order Rasa searches (the first class with a name
  wins, as before) and rebuilt when a name is not found (events defined later); a name still
  unknown behaves exactly as before ("topic" -> None, the default, or ``ValueError``).
- **TensorFlow's function dispatch.** Rasa's models predict through a ``tf.function`` built with a
  fixed input signature, so it has exactly one concrete function; calling the ``tf.function``
  still looks that function up in its cache by a key computed from the whole nested input, on
  every prediction (about 5 % of the Rasa server's CPU at 50 concurrent conversations, most of
  it for DIET). :func:`rasa_predict` gets the concrete function once per model and calls it,
  which runs the same graph on the same inputs (and checks them against the same signature).

None changes what Rasa decides: the same nodes run (TED's only where its prediction could
count), the same classes come back. ``tests/components/test_rasa_speedups.py`` compares the
runner and the event table with Rasa's own on a small graph, and
``tests/dialogue/test_rasa_speedups_model.py`` parses and predictions on the trained model;
``rasa test core`` runs the test stories through it. Installed once by the first pipeline component Rasa loads
(:class:`~custom_components.message_limits.MessageLengthLimiter`), so ``rasa run``, ``rasa shell``
and ``rasa test`` all use it; :func:`uninstall` restores Rasa's methods (tests, benchmarks).
"""

from __future__ import annotations

import threading
import weakref
from collections import Counter
from graphlib import TopologicalSorter
from typing import Any

from keras.utils import tf_utils
from rasa.core.policies.policy import PolicyPrediction
from rasa.core.policies.ted_policy import TEDPolicy
from rasa.engine.exceptions import GraphRunError
from rasa.engine.graph import GraphNode
from rasa.engine.runner.dask import DaskGraphRunner
from rasa.shared.constants import DIAGNOSTIC_DATA
from rasa.shared.core.events import Event
from rasa.shared.nlu.constants import TEXT
from rasa.shared.utils.common import all_subclasses
from rasa.utils.tensorflow.models import RasaModel

_original_run = DaskGraphRunner.run
_original_resolve = Event.resolve_by_type
_original_predict = RasaModel._rasa_predict
# Each model's one concrete prediction function (the model's tf.function has a fixed signature).
_concrete: weakref.WeakKeyDictionary[RasaModel, Any] = weakref.WeakKeyDictionary()
_lock = threading.Lock()
_event_types: dict[str, type[Event]] = {}

# TED predictions run and skipped in this process (tests/dialogue/test_rasa_speedups_model.py).
counts: Counter[str] = Counter()

# Attribute of a runner that holds its plans (graph and order), keyed by their targets.
_GRAPHS = "_minsheng_dask_graphs"


def _is_task(value: Any) -> bool:
    return isinstance(value, tuple) and bool(value) and callable(value[0])


def _skippable_policy(node: Any) -> bool:
    """A TEDPolicy prediction node whose model was not trained end to end."""
    return (
        isinstance(node, GraphNode)
        and node._fn_name == "predict_action_probabilities"
        and isinstance(node._component, TEDPolicy)
        and TEXT not in (getattr(node._component, "fake_features", None) or {})
    )


class _Plan:
    """A runner's graph for one set of targets and the order its nodes run in."""

    __slots__ = ("graph", "order", "skippable")

    def __init__(self, graph: dict[str, Any]) -> None:
        self.graph = graph
        self.skippable = frozenset(
            name for name, task in graph.items() if _is_task(task) and _skippable_policy(task[0])
        )
        sorter: TopologicalSorter[str] = TopologicalSorter()
        for name, task in graph.items():
            sorter.add(name, *(need for need in task[1:] if isinstance(need, str)))
        sorter.prepare()
        order: list[str] = []
        ready: list[str] = []
        while sorter.is_active():
            # one node at a time, TED's prediction last among those ready, so that the other
            # policies' predictions are known when its turn comes
            ready.extend(sorter.get_ready())
            ready.sort(key=lambda n: (n in self.skippable, n))
            name = ready.pop(0)
            order.append(name)
            sorter.done(name)
        self.order = tuple(order)  # needs first; inputs appear as names too


def _outvoted(node: GraphNode, results: dict[str, Any]) -> bool:
    """Whether a policy already predicted with confidence 1.0 at a higher priority than this
    TEDPolicy's (or predicted without user input, which TED never does): the ensemble cannot
    pick TED's prediction then."""
    priority = node._component.priority  # type: ignore[union-attr]
    for value in results.values():
        prediction = value[1] if isinstance(value, tuple) and len(value) == 2 else None
        if not isinstance(prediction, PolicyPrediction):
            continue
        if prediction.is_end_to_end_prediction:
            return False  # never the case without an end-to-end TED; decide nothing then
        if prediction.is_no_user_prediction:
            return True
        if prediction.max_confidence >= 1.0 and prediction.policy_priority > priority:
            return True
    return False


def _no_prediction(node: GraphNode, args: list[Any]) -> tuple[str, PolicyPrediction]:
    """What TED returns without a model: zeros for every action of the domain."""
    inputs = dict(arg for arg in args if isinstance(arg, tuple) and len(arg) == 2)
    domain = inputs[node._inputs["domain"]]
    policy = node._component
    return node._node_name, policy._prediction(policy._default_predictions(domain))  # type: ignore[union-attr]


def _execute(plan: _Plan, run_graph: dict[str, Any], targets: list[str]) -> Any:
    """What ``dask.get(run_graph, targets)`` returns for the runner's graphs: every node is a
    task ``(GraphNode, *names of the nodes it needs)``, every input a literal."""
    results: dict[str, Any] = {}
    for name in plan.order:
        if name not in run_graph:
            continue  # a name no node produces and no input gave: passed on as the string
        task = run_graph[name]
        if _is_task(task):
            args = [results.get(a, a) if isinstance(a, str) else a for a in task[1:]]
            if name in plan.skippable and _outvoted(task[0], results):
                results[name] = _no_prediction(task[0], args)
                counts["ted_skipped"] += 1
            else:
                if name in plan.skippable:
                    counts["ted_run"] += 1
                results[name] = task[0](*args)
        else:
            results[name] = task
    return [results[target] for target in targets]


def run(
    self: DaskGraphRunner,
    inputs: dict[str, Any] | None = None,
    targets: list[str] | None = None,
) -> dict[str, Any]:
    """``DaskGraphRunner.run`` with the graph and its order for ``targets`` worked out on the
    first run only."""
    run_targets = targets if targets else self._graph_schema.target_names
    plans: dict[tuple[str, ...], _Plan] = self.__dict__.setdefault(_GRAPHS, {})
    key = tuple(run_targets)
    plan = plans.get(key)
    if plan is None:
        graph = self._build_dask_graph(self._graph_schema.minimal_graph_schema(run_targets))
        plan = plans[key] = _Plan(graph)
    run_graph = dict(plan.graph)  # the inputs of this run go into a copy
    if inputs:
        self._add_inputs_to_graph(inputs, run_graph)
    try:
        return dict(_execute(plan, run_graph, run_targets))
    except RuntimeError as e:
        raise GraphRunError("Error running runner.") from e


def _event_table() -> dict[str, type[Event]]:
    table: dict[str, type[Event]] = {}
    for cls in all_subclasses(Event):
        table.setdefault(cls.type_name, cls)  # Rasa returns the first match
    return table


def resolve_by_type(type_name: str, default: type[Event] | None = None) -> type[Event] | None:
    """``Event.resolve_by_type`` from a table instead of a walk over every subclass."""
    cls = _event_types.get(type_name)
    if cls is None:
        with _lock:
            _event_types.clear()
            _event_types.update(_event_table())
        cls = _event_types.get(type_name)
    if cls is None:
        return _original_resolve(type_name, default)
    return cls


def rasa_predict(self: RasaModel, batch_in: Any) -> dict[str, Any]:
    """``RasaModel._rasa_predict`` calling its ``tf.function``'s one concrete function directly
    (Rasa's own method whenever the model predicts eagerly or has not traced it yet)."""
    step = self._tf_predict_step
    if self._run_eagerly or step is None or not self.prepared_for_prediction:
        return _original_predict(self, batch_in)
    concrete = _concrete.get(self)
    if concrete is None:
        if step.input_signature is None:  # not Rasa's fixed signature: keep the dispatch
            return _original_predict(self, batch_in)
        concrete = step.get_concrete_function()
        _concrete[self] = concrete
    self._training = False
    outputs = tf_utils.sync_to_numpy_or_python_type(concrete(batch_in))
    if DIAGNOSTIC_DATA in outputs:
        outputs[DIAGNOSTIC_DATA] = self._empty_lists_to_none_in_dict(outputs[DIAGNOSTIC_DATA])
    return outputs


def install() -> None:
    """Use the cached graph, the event table and the concrete prediction functions in this
    process (idempotent)."""
    if DaskGraphRunner.run is not run:
        DaskGraphRunner.run = run  # type: ignore[method-assign]
    if RasaModel._rasa_predict is not rasa_predict:
        RasaModel._rasa_predict = rasa_predict  # type: ignore[method-assign]
    if Event.__dict__["resolve_by_type"].__func__ is not resolve_by_type:
        Event.resolve_by_type = staticmethod(resolve_by_type)  # type: ignore[method-assign,assignment]


def uninstall() -> None:
    """Rasa's own methods again."""
    DaskGraphRunner.run = _original_run  # type: ignore[method-assign]
    RasaModel._rasa_predict = _original_predict  # type: ignore[method-assign]
    Event.resolve_by_type = staticmethod(_original_resolve)  # type: ignore[method-assign,assignment]
    with _lock:
        _event_types.clear()
