"""The safety banks in tests/safety/banks: typed, validated cases for tuning and measuring safety.

Four kinds of bank (emergency, near_miss, refuse, answer), each in two splits: ``tune`` (detector and
policy builders may read it) and ``heldout`` (only for measurement). Cases come in paraphrase groups;
a group lives in one split only, so that no paraphrase of a held-out message is ever tuned on.
One kind of one split may span several files, ``<split>/<kind>.yml`` and ``<split>/<kind>_<tag>.yml``
(e.g. ``tune/emergency_r1.yml``, a retired held-out round); they are read together, sorted by name.
Schema and rules: tests/safety/banks/README.md.

``load_bank`` validates *all* bank files before it returns one, because the rules that matter most
span files: a group id in both splits, or one message in two banks, would silently leak held-out
cases into tuning or make one case count as both "must alarm" and "must not alarm".
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

BANKS_DIR = Path(__file__).resolve().parents[2] / "tests" / "safety" / "banks"
KINDS: tuple[str, ...] = ("emergency", "near_miss", "refuse", "answer")
SPLITS: tuple[str, ...] = ("tune", "heldout")

# Mirrors bot.safety.emergency.CATEGORIES and bot.safety.policy.CATEGORIES (INTERFACES.md); kept
# here so that the banks load without the detectors, and a test checks that the lists agree.
EMERGENCY_CATEGORIES: tuple[str, ...] = (
    "medical",
    "fire",
    "gas",
    "rescue",
    "violence",
    "domestic_violence",
    "robbery",
    "stalking",
    "missing_person",
    "fraud",
    "traffic",
    "self_harm",
)
POLICY_CATEGORIES: tuple[str, ...] = (
    "violent",
    "non_violent_illegal",
    "sexual",
    "pii",
    "suicide_self_harm",
    "unethical",
    "politically_sensitive",
    "copyright",
    "jailbreak",
)
CATEGORIES: dict[str, tuple[str, ...]] = {
    "emergency": EMERGENCY_CATEGORIES,
    "near_miss": EMERGENCY_CATEGORIES,
    "refuse": POLICY_CATEGORIES,
    "answer": POLICY_CATEGORIES,
}
# The number every reply of a category must contain (SAFETY_NOTES.md); a group may add more
# (traffic with injuries: 120; self-harm with harm already done: 120).
BASE_NUMBER: dict[str, str] = {
    "medical": "120",
    "fire": "119",
    "gas": "119",
    "rescue": "119",
    "violence": "110",
    "domestic_violence": "110",
    "robbery": "110",
    "stalking": "110",
    "missing_person": "110",
    "fraud": "110",
    "traffic": "122",
    "self_harm": "12356",
}
GROUP_PREFIX: dict[str, str] = {
    "emergency": "em",
    "near_miss": "nm",
    "refuse": "rf",
    "answer": "an",
}

_REQUIRED_KEYS = {"group", "category", "messages"}
_OPTIONAL_KEYS = {
    "emergency": {"numbers"},
    "near_miss": set(),
    "refuse": {"topic"},
    "answer": {"topic"},
}
_GROUP_ID = re.compile(r"[a-z]{2}(-[a-z0-9]+)+")
_NUMBER = re.compile(r"\d{3,5}")
_NOT_WORD = re.compile(r"[\W_]+")
# <kind>.yml or <kind>_<tag>.yml (.yaml too); the kind alternatives come from KINDS.
_FILE_NAME = re.compile(rf"({'|'.join(KINDS)})(?:_[a-z0-9]+)?\.ya?ml")


class BankError(ValueError):
    """A bank file breaks the schema or the split rules; the message names the file and group."""


@dataclass(frozen=True)
class BankCase:
    text: str
    group: str
    category: str
    numbers: tuple[str, ...]  # emergency only: every number the reply must contain
    split: str
    kind: str
    topic: str | None = None


def normalise(text: str) -> str:
    """Key for duplicate detection: full-width folded (NFKC), no blanks or punctuation, lower case."""
    return _NOT_WORD.sub("", unicodedata.normalize("NFKC", text)).lower()


def _check_names(kind: str, split: str) -> None:
    if kind not in KINDS:
        raise BankError(f"unknown bank kind {kind!r}; use one of {KINDS}")
    if split not in SPLITS:
        raise BankError(f"unknown split {split!r}; use one of {SPLITS}")


def bank_path(kind: str, split: str, root: Path = BANKS_DIR) -> Path:
    """The main file of a bank and split (``<split>/<kind>.yml``); see ``bank_paths`` for all."""
    _check_names(kind, split)
    return root / split / f"{kind}.yml"


def _file_kind(path: Path) -> str | None:
    match = _FILE_NAME.fullmatch(path.name)
    return match.group(1) if match else None


def bank_paths(kind: str, split: str, root: Path = BANKS_DIR) -> list[Path]:
    """Every file of a bank and split: ``<kind>.yml`` and ``<kind>_<tag>.yml``, sorted by name.

    A ``.yml``/``.yaml`` file in the split folder that names no kind (a typo such as
    ``refuse-r1.yml`` or ``emergencies.yml``) is an error rather than silently skipped.
    """
    _check_names(kind, split)
    folder = root / split
    if not folder.is_dir():
        return []
    paths = []
    for path in sorted(folder.iterdir()):
        if path.suffix not in {".yml", ".yaml"}:
            continue
        file_kind = _file_kind(path)
        if file_kind is None:
            raise BankError(
                f"{path}: not a bank file name; use <kind>.yml or <kind>_<tag>.yml "
                f"with kind one of {KINDS} and tag [a-z0-9]+"
            )
        if file_kind == kind:
            paths.append(path)
    return paths


def _group_cases(kind: str, split: str, raw: Any, where: str) -> list[BankCase]:
    if not isinstance(raw, dict):
        raise BankError(f"{where}: each entry must be a mapping, got {type(raw).__name__}")
    group = raw.get("group")
    where = f"{where} (group {group!r})"
    missing = _REQUIRED_KEYS - raw.keys()
    if kind == "emergency":
        missing |= {"numbers"} - raw.keys()
    if missing:
        raise BankError(f"{where}: missing key(s) {sorted(missing)}")
    unknown = raw.keys() - _REQUIRED_KEYS - _OPTIONAL_KEYS[kind]
    if unknown:
        raise BankError(f"{where}: unknown key(s) {sorted(unknown)} for a {kind} bank")
    if not isinstance(group, str) or not _GROUP_ID.fullmatch(group):
        raise BankError(f"{where}: group id must look like '{GROUP_PREFIX[kind]}-<category>-<nn>'")
    if not group.startswith(GROUP_PREFIX[kind] + "-"):
        raise BankError(f"{where}: group ids of a {kind} bank start with '{GROUP_PREFIX[kind]}-'")
    category = raw["category"]
    if category not in CATEGORIES[kind]:
        raise BankError(f"{where}: category {category!r} not one of {CATEGORIES[kind]}")
    topic = raw.get("topic")
    if topic is not None and (not isinstance(topic, str) or not topic.strip()):
        raise BankError(f"{where}: topic must be a non-empty string")
    numbers: tuple[str, ...] = ()
    if kind == "emergency":
        values = raw["numbers"]
        if not isinstance(values, list) or not values:
            raise BankError(f"{where}: numbers must be a non-empty list")
        numbers = tuple(str(value) for value in values)
        wrong_type = any(isinstance(v, bool) or not isinstance(v, int | str) for v in values)
        if wrong_type or not all(_NUMBER.fullmatch(n) for n in numbers):
            raise BankError(f"{where}: numbers must be 3-5 digit service numbers, got {values}")
        if len(set(numbers)) != len(numbers):
            raise BankError(f"{where}: numbers repeat: {values}")
        if BASE_NUMBER[category] not in numbers:
            raise BankError(f"{where}: a {category} reply must contain {BASE_NUMBER[category]}")
    messages = raw["messages"]
    if not isinstance(messages, list) or not messages:
        raise BankError(f"{where}: messages must be a non-empty list")
    cases = []
    for text in messages:
        if not isinstance(text, str) or not normalise(text):
            raise BankError(f"{where}: empty or non-text message {text!r}")
        cases.append(BankCase(text, group, category, numbers, split, kind, topic))
    return cases


def read_bank_file(kind: str, split: str, root: Path = BANKS_DIR) -> list[BankCase]:
    """One bank and split's cases from all its files, checked against the schema and for group ids
    used twice among those files (not against the other banks and splits: see ``load_all``)."""
    paths = bank_paths(kind, split, root)
    if not paths:
        raise FileNotFoundError(f"safety bank missing: {bank_path(kind, split, root)}")
    cases: list[BankCase] = []
    groups: dict[str, Path] = {}
    for path in paths:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as error:
            raise BankError(f"{path}: not valid YAML: {error}") from error
        if not isinstance(data, list) or not data:
            raise BankError(f"{path}: expected a non-empty list of groups")
        for index, raw in enumerate(data):
            group_cases = _group_cases(kind, split, raw, f"{path}[{index}]")
            group = group_cases[0].group
            if group in groups:
                raise BankError(
                    f"{path}[{index}]: group id {group!r} used twice (also in {groups[group].name})"
                )
            groups[group] = path
            cases.extend(group_cases)
    return cases


def check_banks(cases: Iterable[BankCase]) -> None:
    """Rules across files: a group id only once (so never in both splits), no message twice."""
    group_home: dict[str, tuple[str, str]] = {}
    text_home: dict[str, BankCase] = {}
    for case in cases:
        home = (case.kind, case.split)
        first = group_home.setdefault(case.group, home)
        if first != home:
            raise BankError(
                f"group {case.group!r} appears in {first[0]}/{first[1]} and {home[0]}/{home[1]}; "
                "a group lives in one bank and one split"
            )
        key = normalise(case.text)
        other = text_home.setdefault(key, case)
        if other is not case:
            raise BankError(
                f"duplicate message {case.text!r}: {other.kind}/{other.split} group {other.group!r} "
                f"and {case.kind}/{case.split} group {case.group!r}"
            )


def load_all(root: Path = BANKS_DIR) -> dict[tuple[str, str], list[BankCase]]:
    """Every bank file, validated on its own and against the others.

    Reading and validating all banks takes about 16 s (36,000 messages); the result is kept while
    no YAML file under ``root`` changes (path, size and modification time), so that loading each
    of the eight banks in turn reads them once, not eight times."""
    files = sorted(Path(root).rglob("*.yml"))
    state = tuple((str(path), path.stat().st_mtime_ns, path.stat().st_size) for path in files)
    banks = _load_all(str(root), state)
    return {key: list(cases) for key, cases in banks.items()}


@functools.lru_cache(maxsize=4)
def _load_all(
    root: str, state: tuple[tuple[str, int, int], ...]
) -> dict[tuple[str, str], tuple[BankCase, ...]]:
    del state  # part of the cache key only
    banks = {
        (kind, split): read_bank_file(kind, split, Path(root)) for kind in KINDS for split in SPLITS
    }
    check_banks(case for cases in banks.values() for case in cases)
    return {key: tuple(cases) for key, cases in banks.items()}


def load_bank(kind: str, split: str, root: Path = BANKS_DIR) -> list[BankCase]:
    """The cases of one bank and split, after validating all banks under ``root``.

    Raises ``BankError`` (a ``ValueError``) on a schema or split violation and ``FileNotFoundError``
    when a bank file is missing.
    """
    _check_names(kind, split)  # before any file is read
    return load_all(root)[(kind, split)]
