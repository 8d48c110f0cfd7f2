"""The on-disk cache of trained safety classifiers: trained once per training data, reloaded
after that, retrained when the data, the parameters or the file change."""

from __future__ import annotations

from pathlib import Path

from bot.safety.model_cache import cache_key, load_or_train


def test_trains_once_then_loads(tmp_path: Path) -> None:
    calls: list[int] = []

    def train() -> dict[str, int]:
        calls.append(1)
        return {"weights": len(calls)}

    examples = [("着火了", "fire"), ("你好", "none")]
    first = load_or_train("demo", examples, {"c": 1}, train, cache_dir=tmp_path)
    second = load_or_train("demo", examples, {"c": 1}, train, cache_dir=tmp_path)
    assert first == second == {"weights": 1}
    assert len(calls) == 1
    assert len(list(tmp_path.glob("demo-*.pkl"))) == 1


def test_new_data_or_params_retrain_and_replace_the_old_file(tmp_path: Path) -> None:
    calls: list[str] = []

    def train(tag: str):  # noqa: ANN202
        return lambda: calls.append(tag) or tag

    load_or_train("demo", [("a", "x")], {"c": 1}, train("a"), cache_dir=tmp_path)
    assert load_or_train("demo", [("b", "x")], {"c": 1}, train("b"), cache_dir=tmp_path) == "b"
    assert load_or_train("demo", [("b", "x")], {"c": 2}, train("c"), cache_dir=tmp_path) == "c"
    assert calls == ["a", "b", "c"]
    assert len(list(tmp_path.glob("demo-*.pkl"))) == 1
    assert cache_key("demo", [("a", "x")], {}) != cache_key("demo", [("a", "y")], {})


def test_a_damaged_file_is_retrained(tmp_path: Path) -> None:
    examples = [("救命", "unknown")]
    load_or_train("demo", examples, {}, lambda: "old", cache_dir=tmp_path)
    (path,) = tmp_path.glob("demo-*.pkl")
    path.write_bytes(b"not a pickle")
    assert load_or_train("demo", examples, {}, lambda: "new", cache_dir=tmp_path) == "new"
