"""One place that sizes TensorFlow's, torch's and BLAS's thread pools in a server process.

By default each library starts pools as wide as the machine (TensorFlow: an intra-op and an
inter-op pool; torch: intra-op OpenMP threads and an inter-op pool), in every Rasa and action
server process. Rasa runs a turn's graph synchronously on its event loop, so a process never has
two turns' tensors in flight: the extra threads only spin and contend for the cores other
processes need (bench/turn_profile.py: the ``threads1`` variant against ``default``). The width is
``limits.cpu_threads`` in bot/settings.py (``BOT_LIMITS_CPU_THREADS``; 0 keeps the libraries'
defaults), applied once per process by :func:`apply_cpu_threads`, which the project's tracker
store calls when Rasa creates it (before the model and TensorFlow load) and the LLM components
call when they are built (processes without the tracker store: ``rasa shell``, tests).

The BLAS library behind numpy and scikit-learn (OpenBLAS) is sized the same way, through
``threadpoolctl``: its worker threads, woken for every small matrix product (the retriever's
dense scores, one per knowledge question), spin in the kernel after each one. In the action
server under 50 callers that spinning thread used 7-8 ms of CPU per message, more than the
actions themselves (README "Throughput"). The action server applies the setting when it starts.

Environment variables Rasa itself reads at start (``TF_INTER_OP_PARALLELISM_THREADS``,
``TF_INTRA_OP_PARALLELISM_THREADS``), ``OMP_NUM_THREADS`` and ``OPENBLAS_NUM_THREADS`` win
when set.
"""

from __future__ import annotations

import logging
import os

from bot.settings import load_settings

logger = logging.getLogger(__name__)

_applied: int | None = None


def apply_cpu_threads(threads: int | None = None) -> int:
    """Sizes the thread pools (``threads`` or ``limits.cpu_threads``; 0: library defaults) once
    per process and returns the width applied (0: defaults kept). Later calls change nothing."""
    global _applied
    if _applied is not None:
        return _applied
    width = load_settings().limits.cpu_threads if threads is None else threads
    _applied = width
    if width <= 0:
        return 0
    for name in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ.setdefault(name, str(width))
    _torch_threads(width)
    _tensorflow_threads(width)
    _blas_threads(int(os.environ["OPENBLAS_NUM_THREADS"] or width))
    logger.info("CPU thread pools: %d thread(s) each (limits.cpu_threads)", width)
    return width


def _torch_threads(width: int) -> None:
    try:
        import torch
    except ImportError:
        return
    intra = int(os.environ.get("OMP_NUM_THREADS") or width)
    torch.set_num_threads(intra)
    try:
        torch.set_num_interop_threads(width)
    except RuntimeError:  # only possible before torch's first parallel work
        logger.warning(
            "torch inter-op threads already started; left at %d", torch.get_num_interop_threads()
        )


def _blas_threads(width: int) -> None:
    """numpy's BLAS (already loaded: the environment variable alone would come too late)."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        return
    threadpool_limits(limits=width, user_api="blas")


def _tensorflow_threads(width: int) -> None:
    try:
        import tensorflow as tf
    except ImportError:
        return
    threading = tf.config.threading
    try:
        if not os.environ.get("TF_INTER_OP_PARALLELISM_THREADS"):
            threading.set_inter_op_parallelism_threads(width)
        if not os.environ.get("TF_INTRA_OP_PARALLELISM_THREADS"):
            threading.set_intra_op_parallelism_threads(width)
    except RuntimeError:  # TensorFlow's runtime already started in this process
        logger.warning(
            "TensorFlow already initialised: its thread pools keep %d intra / %d inter-op",
            threading.get_intra_op_parallelism_threads(),
            threading.get_inter_op_parallelism_threads(),
        )
