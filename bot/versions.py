"""Installed versions of named distributions, for the results and artifacts that record them."""

from __future__ import annotations

from collections.abc import Iterable
from importlib import metadata


def package_versions(names: Iterable[str], missing: str | None = None) -> dict[str, str | None]:
    """``{name: version}`` for each distribution; ``missing`` for one that is not installed."""
    out: dict[str, str | None] = {}
    for name in names:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = missing
    return out
