"""``python -m bench.nlu_bench [options]``: the NLU benchmark (see the package's docstring)."""

from bench.nlu_bench.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
