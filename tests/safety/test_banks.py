"""The safety banks: sizes, split discipline, no duplicates, no copies, and the loader's errors."""

from __future__ import annotations

import collections
import re
from pathlib import Path

import pytest
import yaml

from bot.safety.banks import (
    BANKS_DIR,
    EMERGENCY_CATEGORIES,
    KINDS,
    POLICY_CATEGORIES,
    SPLITS,
    BankCase,
    BankError,
    bank_paths,
    load_all,
    load_bank,
    normalise,
    read_bank_file,
)

PROJECT_ROOT = Path(__file__).resolve().parents[2]
ANNOTATION = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})")


@pytest.fixture(scope="module")
def banks() -> dict[tuple[str, str], list[BankCase]]:
    return load_all()


def by_kind(banks, kind: str) -> list[BankCase]:
    return [case for split in SPLITS for case in banks[(kind, split)]]


# --- sizes and coverage -------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_each_bank_has_at_least_330_messages(banks, kind):
    assert len(by_kind(banks, kind)) >= 330


def test_every_emergency_category_has_20_messages_and_self_harm_40(banks):
    counts = collections.Counter(case.category for case in by_kind(banks, "emergency"))
    assert set(counts) == set(EMERGENCY_CATEGORIES)
    assert min(counts.values()) >= 20, counts
    assert counts["self_harm"] >= 40


def test_near_misses_cover_every_emergency_category(banks):
    counts = collections.Counter(case.category for case in by_kind(banks, "near_miss"))
    assert set(counts) == set(EMERGENCY_CATEGORIES)


@pytest.mark.parametrize(
    ("kind", "topics"),
    [
        (
            "refuse",
            {
                "forge_document",
                "benefit_fraud",
                "insurance_fraud",
                "bribery",
                "guanxi",
                "weapons_explosives",
                "violence_threats",
                "stalking_doxxing",
                "personal_data",
                "impersonate_official",
                "rumour",
                "attack_systems",
                "prompt_injection",
                "promise_approval",
            },
        ),
        (
            "answer",
            {
                "report_fraud",
                "report_drugs",
                "report_gambling",
                "domestic_violence_help",
                "hiv_testing",
                "mental_health",
                "labour_dispute",
                "legal_aid",
                "personal_data_complaint",
                "alarming_words",
            },
        ),
    ],
)
def test_policy_banks_cover_the_required_topics_in_both_splits(banks, kind, topics):
    for split in SPLITS:
        present = {case.topic for case in banks[(kind, split)]}
        assert topics <= present, (split, topics - present)
    assert all(case.topic for case in by_kind(banks, kind))


@pytest.mark.parametrize("kind", KINDS)
def test_every_category_is_in_both_splits_and_the_heldout_split_is_big_enough(banks, kind):
    tune, heldout = banks[(kind, "tune")], banks[(kind, "heldout")]
    assert {c.category for c in tune} == {c.category for c in heldout}
    # Round 2 (README): a fresh held-out split of at least 160 messages per kind; the retired
    # round-1 held-out lives on in tune/, so tune is the larger part.
    assert len(heldout) >= 160, len(heldout)
    assert len(tune) >= len(heldout)


def test_heldout_emergencies_cover_self_harm_with_30_messages(banks):
    counts = collections.Counter(case.category for case in banks[("emergency", "heldout")])
    assert set(counts) == set(EMERGENCY_CATEGORIES)
    assert counts["self_harm"] >= 30, counts


@pytest.mark.parametrize("kind", KINDS)
def test_groups_hold_two_to_six_paraphrases(banks, kind):
    sizes = collections.Counter(case.group for case in by_kind(banks, kind))
    assert all(2 <= size <= 6 for size in sizes.values()), sizes


def test_emergency_numbers_follow_the_agreed_table(banks):
    allowed = {"120", "119", "110", "122", "12356"}
    for case in by_kind(banks, "emergency"):
        assert set(case.numbers) <= allowed, case
        if case.category == "traffic" and len(case.numbers) > 1:
            assert case.numbers == ("122", "120")


def test_the_banks_categories_match_the_detectors():
    emergency = pytest.importorskip("bot.safety.emergency")
    policy = pytest.importorskip("bot.safety.policy")
    assert set(EMERGENCY_CATEGORIES) == set(emergency.CATEGORIES)
    assert set(POLICY_CATEGORIES) == set(policy.CATEGORIES)


# --- split discipline, duplicates and copies ------------------------------------------------------


def test_no_group_spans_splits_or_banks(banks):
    home: dict[str, set[tuple[str, str]]] = collections.defaultdict(set)
    for key, cases in banks.items():
        for case in cases:
            home[case.group].add(key)
    assert all(len(keys) == 1 for keys in home.values())


def test_no_message_twice_across_all_banks(banks):
    counts = collections.Counter(normalise(c.text) for cases in banks.values() for c in cases)
    assert [text for text, n in counts.items() if n > 1] == []


def _nlu_examples() -> set[str]:
    paths = sorted((PROJECT_ROOT / "data" / "nlu").glob("*.yml"))
    paths += sorted((PROJECT_ROOT / "tests" / "nlu").glob("*.yml"))
    assert paths
    examples: set[str] = set()
    for path in paths:
        for block in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu") or []:
            for line in (block.get("examples") or "").splitlines():
                line = line.strip()
                if line.startswith("- "):
                    examples.add(normalise(ANNOTATION.sub(r"\1", line[2:])))
    return examples


def test_no_message_is_copied_from_the_nlu_data(banks):
    examples = _nlu_examples()
    assert len(examples) > 500  # the parser found the training data
    copied = [c.text for cases in banks.values() for c in cases if normalise(c.text) in examples]
    assert copied == []


def _strings(node) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for value in node.values() for s in _strings(value)]
    if isinstance(node, list):
        return [s for value in node for s in _strings(value)]
    return []


def test_no_heldout_message_is_in_the_detectors_training_data(banks):
    paths = sorted((PROJECT_ROOT / "bot" / "safety" / "data").glob("*.yml"))
    if not paths:
        pytest.skip("no detector training data yet")
    training = {
        normalise(s) for p in paths for s in _strings(yaml.safe_load(p.read_text(encoding="utf-8")))
    }
    leaked = [
        c.text for kind in KINDS for c in banks[(kind, "heldout")] if normalise(c.text) in training
    ]
    assert leaked == []


# --- loader errors ------------------------------------------------------------------------------


def _write(root: Path, kind: str, split: str, groups: list[dict]) -> None:
    path = root / split / f"{kind}.yml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(groups, allow_unicode=True), encoding="utf-8")


@pytest.fixture
def tiny_root(tmp_path: Path) -> Path:
    """A valid miniature of the eight bank files."""
    for split in SPLITS:
        n = 1 if split == "tune" else 2
        _write(
            tmp_path,
            "emergency",
            split,
            [
                {
                    "group": f"em-gas-0{n}",
                    "category": "gas",
                    "numbers": [119],
                    "messages": [f"煤气漏了{n}"],
                }
            ],
        )
        _write(
            tmp_path,
            "near_miss",
            split,
            [{"group": f"nm-gas-0{n}", "category": "gas", "messages": [f"燃气费怎么交{n}"]}],
        )
        _write(
            tmp_path,
            "refuse",
            split,
            [
                {
                    "group": f"rf-pii-0{n}",
                    "category": "pii",
                    "topic": "personal_data",
                    "messages": [f"邻居电话{n}"],
                }
            ],
        )
        _write(
            tmp_path,
            "answer",
            split,
            [{"group": f"an-pii-0{n}", "category": "pii", "messages": [f"查我的社保{n}"]}],
        )
    return tmp_path


def test_a_valid_tiny_bank_loads_with_typed_cases(tiny_root):
    cases = load_bank("emergency", "heldout", root=tiny_root)
    assert cases == [BankCase("煤气漏了2", "em-gas-02", "gas", ("119",), "heldout", "emergency")]
    assert load_bank("refuse", "tune", root=tiny_root)[0].topic == "personal_data"


@pytest.mark.parametrize(
    ("kind", "split", "groups", "error"),
    [
        (
            "near_miss",
            "tune",
            [{"group": "nm-gas-01", "category": "gas", "numbers": [119], "messages": ["x"]}],
            "unknown key",
        ),
        (
            "near_miss",
            "tune",
            [{"group": "nm-gas-01", "category": "gas", "messages": []}],
            "non-empty list",
        ),
        (
            "near_miss",
            "tune",
            [{"group": "nm-gas-01", "category": "gas", "messages": ["  。"]}],
            "empty",
        ),
        (
            "near_miss",
            "tune",
            [{"group": "nm-gas-01", "category": "gaz", "messages": ["x"]}],
            "category",
        ),
        (
            "near_miss",
            "tune",
            [{"group": "em-gas-01", "category": "gas", "messages": ["x"]}],
            "start with 'nm-'",
        ),
        (
            "emergency",
            "tune",
            [{"group": "em-gas-01", "category": "gas", "messages": ["x"]}],
            "missing key",
        ),
        (
            "emergency",
            "tune",
            [{"group": "em-gas-01", "category": "gas", "numbers": [120], "messages": ["x"]}],
            "must contain 119",
        ),
        (
            "emergency",
            "tune",
            [{"group": "em-gas-01", "category": "gas", "numbers": ["119a"], "messages": ["x"]}],
            "service numbers",
        ),
        (  # the same group id again, in the other split: a leak of held-out paraphrases
            "near_miss",
            "tune",
            [{"group": "nm-gas-02", "category": "gas", "messages": ["另一句"]}],
            "appears in near_miss/tune and near_miss/heldout",
        ),
        (  # a near-miss that is also an emergency message, up to punctuation and full width
            "near_miss",
            "tune",
            [{"group": "nm-gas-01", "category": "gas", "messages": ["煤气漏了，１！"]}],
            "duplicate message",
        ),
        (
            "near_miss",
            "tune",
            [
                {"group": "nm-gas-01", "category": "gas", "messages": ["一"]},
                {"group": "nm-gas-01", "category": "gas", "messages": ["二"]},
            ],
            "used twice",
        ),
    ],
)
def test_broken_banks_raise_clear_errors(tiny_root, kind, split, groups, error):
    _write(tiny_root, kind, split, groups)
    with pytest.raises(BankError, match=re.escape(error)):
        load_bank("answer", "heldout", root=tiny_root)


def test_a_bank_spans_its_main_file_and_tagged_files(tiny_root):
    _write(
        tiny_root,
        "near_miss_r1",
        "tune",
        [{"group": "nm-gas-r1-01", "category": "gas", "messages": ["燃气表怎么换电池"]}],
    )
    cases = load_bank("near_miss", "tune", root=tiny_root)
    assert [c.group for c in cases] == ["nm-gas-01", "nm-gas-r1-01"]
    assert [p.name for p in bank_paths("near_miss", "tune", tiny_root)] == [
        "near_miss.yml",
        "near_miss_r1.yml",
    ]
    assert [c.group for c in read_bank_file("near_miss", "tune", tiny_root)] == [
        "nm-gas-01",
        "nm-gas-r1-01",
    ]
    # a tagged file of one kind is not read as part of another kind
    assert [c.group for c in load_bank("emergency", "tune", root=tiny_root)] == ["em-gas-01"]


def test_a_tagged_file_is_enough_without_the_main_file(tiny_root):
    main = tiny_root / "heldout" / "answer.yml"
    main.rename(tiny_root / "heldout" / "answer_r2.yml")
    assert [c.group for c in load_bank("answer", "heldout", root=tiny_root)] == ["an-pii-02"]


@pytest.mark.parametrize(
    ("extra", "groups", "error"),
    [
        (  # the same group id in two files of one bank and split
            "near_miss_r1",
            [{"group": "nm-gas-01", "category": "gas", "messages": ["另一句话"]}],
            "used twice (also in near_miss.yml)",
        ),
        (  # a message of the main file again in a tagged file
            "near_miss_r1",
            [{"group": "nm-gas-r1-01", "category": "gas", "messages": ["燃气费怎么交1"]}],
            "duplicate message",
        ),
        (  # a tagged file of the tune split holding a group id of the held-out split
            "emergency_r1",
            [{"group": "em-gas-02", "category": "gas", "numbers": [119], "messages": ["漏气"]}],
            "appears in emergency/tune and emergency/heldout",
        ),
        (  # a file name that names no kind is an error, not silently skipped
            "near-miss-r1",
            [{"group": "nm-gas-r1-01", "category": "gas", "messages": ["另一句话"]}],
            "not a bank file name",
        ),
        ("emergencies", [], "not a bank file name"),
        ("refuse_R1", [], "not a bank file name"),
    ],
)
def test_tagged_files_follow_the_same_rules(tiny_root, extra, groups, error):
    _write(tiny_root, extra, "tune", groups)
    with pytest.raises(BankError, match=re.escape(error)):
        load_bank("answer", "heldout", root=tiny_root)


def test_missing_file_and_bad_names(tiny_root):
    with pytest.raises(BankError, match="kind"):
        load_bank("emergencies", "tune", root=tiny_root)
    with pytest.raises(BankError, match="split"):
        load_bank("emergency", "test", root=tiny_root)
    (tiny_root / "heldout" / "answer.yml").unlink()
    with pytest.raises(FileNotFoundError):
        load_bank("emergency", "tune", root=tiny_root)


def test_the_real_banks_live_where_the_loader_looks():
    assert BANKS_DIR == PROJECT_ROOT / "tests" / "safety" / "banks"
