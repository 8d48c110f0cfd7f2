"""Benchmarks. Most are scripts (``python bench/<name>.py``); the NLU benchmark is the package
``bench.nlu_bench`` (``python bench/nlu.py`` or ``python -m bench.nlu_bench``)."""
