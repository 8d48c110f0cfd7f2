from __future__ import annotations

from importlib import metadata

from bot.versions import package_versions


def test_installed_versions_and_the_placeholder_for_missing_ones() -> None:
    got = package_versions(["pytest", "no-such-distribution-minsheng"], missing="absent")
    assert got == {"pytest": metadata.version("pytest"), "no-such-distribution-minsheng": "absent"}
    assert package_versions(["no-such-distribution-minsheng"]) == {
        "no-such-distribution-minsheng": None
    }
