"""bot/cpu_threads.py: one setting sizes torch's and TensorFlow's pools once per process."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from bot.settings import SettingsError, load_settings

PROBE = """
import json, os
from bot.cpu_threads import apply_cpu_threads
first = apply_cpu_threads()
second = apply_cpu_threads(5)  # later calls change nothing
import torch, tensorflow as tf
from threadpoolctl import threadpool_info
print(json.dumps({
    "blas": sorted({p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"}),
    "applied": [first, second],
    "torch": [torch.get_num_threads(), torch.get_num_interop_threads()],
    "tf": [tf.config.threading.get_intra_op_parallelism_threads(),
           tf.config.threading.get_inter_op_parallelism_threads()],
}))
"""


def _probe(env_threads: str) -> dict:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("OMP_", "MKL_", "OPENBLAS_", "TF_INT", "TF_NUM"))
    }
    env.update(BOT_LIMITS_CPU_THREADS=env_threads, TF_CPP_MIN_LOG_LEVEL="3")
    out = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=300
    )
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_setting_sizes_both_libraries_once() -> None:
    threads = 2  # not the default (1): the setting is read
    got = _probe(str(threads))
    assert got["applied"] == [threads, threads]
    assert got["torch"] == [threads, threads]
    assert got["tf"] == [threads, threads]
    assert got["blas"] == [threads]  # numpy's OpenBLAS, loaded before the call


def test_zero_keeps_the_libraries_defaults(monkeypatch) -> None:
    import bot.cpu_threads as cpu_threads

    def untouched(width: int) -> None:
        raise AssertionError("0 must leave the pools alone")

    monkeypatch.setattr(cpu_threads, "_applied", None)
    monkeypatch.setattr(cpu_threads, "_torch_threads", untouched)
    monkeypatch.setattr(cpu_threads, "_tensorflow_threads", untouched)
    monkeypatch.setenv("BOT_LIMITS_CPU_THREADS", "0")
    assert cpu_threads.apply_cpu_threads() == 0
    assert cpu_threads.apply_cpu_threads(3) == 0  # once per process


def test_a_negative_width_is_refused() -> None:
    with pytest.raises(SettingsError, match="limits.cpu_threads"):
        load_settings(env={"BOT_LIMITS_CPU_THREADS": "-1"})
