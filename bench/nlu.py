"""NLU benchmark, entry point: ``python bench/nlu.py [options]`` (``--help`` lists them).

The benchmark is the package ``bench/nlu_bench/`` (its docstring says what is trained, tested and
measured); ``python -m bench.nlu_bench`` is the same command.
"""

import sys
from pathlib import Path

# Run as a script, the folder on sys.path is bench/; the package needs the project root.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.nlu_bench.cli import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main())
