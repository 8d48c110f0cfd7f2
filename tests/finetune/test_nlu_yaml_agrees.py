"""bot/finetune/nlu_yaml.py (no Rasa import, used by the data build) against Rasa's own reader.

Every NLU file of the project (data/nlu/*.yml, data/*.yml with an ``nlu:`` section, the held-out
set) is read by both; the examples must agree exactly: order, intent, plain text and every entity's
start, end, type, value, role and group, and so must the synonyms that annotations imply
(``[a](x:y)``, ``"value"`` in the JSON form). ``synonym``, ``regex`` and ``lookup`` sections carry
no examples: nlu_yaml skips them, and Rasa must not turn them into examples either. A fixture with
every annotation form, metadata and multi-line examples checks the cases our data may not use yet.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.finetune.nlu_yaml import NLUExample, NLUFormatError, parse_nlu_yaml

PROJECT_ROOT = Path(__file__).resolve().parents[2]

Row = tuple[str, str, tuple[tuple[Any, ...], ...]]


def project_nlu_files() -> list[Path]:
    files = sorted((PROJECT_ROOT / "data" / "nlu").glob("*.yml"))
    for path in sorted((PROJECT_ROOT / "data").glob("*.yml")) + sorted(
        (PROJECT_ROOT / "tests" / "nlu").glob("*.yml")
    ):
        content = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(content, dict) and content.get("nlu"):
            files.append(path)
    return files


def _entity_row(start: int, end: int, entity: str, value: Any, role: Any, group: Any) -> tuple:
    return (start, end, entity, value, role, group)


def ours(text: str) -> tuple[list[Row], dict[str, str]]:
    examples = parse_nlu_yaml(text, "ours")
    return [_row(x) for x in examples], implied_synonyms(examples)


def _row(x: NLUExample) -> Row:
    return (
        x.intent,
        x.text,
        tuple(_entity_row(e.start, e.end, e.entity, e.value, e.role, e.group) for e in x.entities),
    )


def implied_synonyms(examples: list[NLUExample]) -> dict[str, str]:
    """What Rasa's synonyms_parser.add_synonyms_from_entities records for these examples."""
    synonyms = {}
    for x in examples:
        for e in x.entities:
            if x.text[e.start : e.end] != e.value:
                synonyms[x.text[e.start : e.end]] = e.value
    return synonyms


def rasas(text: str) -> tuple[list[Row], dict[str, Any]]:
    """Rasa's reading of the document: its examples, and the synonyms its intent sections imply
    (the ``synonym:`` sections are read separately so that the two do not mix)."""
    from rasa.shared.nlu.training_data.formats.rasa_yaml import RasaYAMLReader

    data = yaml.safe_load(text) or {}
    full = RasaYAMLReader().reads(text)
    intents_only = {**data, "nlu": [s for s in data.get("nlu") or [] if "intent" in s]}
    implied = RasaYAMLReader().reads(yaml.safe_dump(intents_only, allow_unicode=True))
    rows = [
        (
            m.get_full_intent(),
            m.get("text"),
            tuple(
                _entity_row(
                    e["start"], e["end"], e["entity"], e["value"], e.get("role"), e.get("group")
                )
                for e in m.get("entities") or []
            ),
        )
        for m in full.training_examples
    ]
    return rows, implied.entity_synonyms


@pytest.mark.parametrize(
    "path", project_nlu_files(), ids=lambda p: str(p.relative_to(PROJECT_ROOT))
)
def test_every_project_nlu_file_reads_the_same_as_rasa(path):
    text = path.read_text(encoding="utf-8")
    expected_rows, expected_synonyms = rasas(text)
    got_rows, got_synonyms = ours(text)
    assert len(got_rows) == len(expected_rows), path
    for got, expected in zip(got_rows, expected_rows, strict=True):
        assert got == expected, path
    assert got_synonyms == expected_synonyms


def test_the_project_files_are_all_there():
    names = {p.relative_to(PROJECT_ROOT).as_posix() for p in project_nlu_files()}
    assert {"data/nlu/service.yml", "data/nlu/synonyms.yml", "tests/nlu/nlu_heldout.yml"} <= names
    # Enough annotated examples that the comparison means something.
    rows = [row for p in project_nlu_files() for row in ours(p.read_text(encoding="utf-8"))[0]]
    assert len(rows) > 1000 and sum(bool(r[2]) for r in rows) > 100


# Every annotation form Rasa 3.6 reads, in both example layouts, with metadata, a role and a group,
# several entities on one span, brackets that are not annotations, and what Rasa strips (spaces)
# and keeps (a tab, a full-width space) around an example.
FIXTURE = """
version: "3.1"
nlu:
  - intent: ask_service
    metadata: {topic: 社保}
    examples: |
      - 我的[社保卡]{"entity": "service_item", "value": "ss_card_replace"}丢了
      - [南湖区](district)的[居住证](service_item:residence_permit)在哪办
      -  前后有空格的一句话\u0020\u0020
      -去[高新区](district)办
      - 从[南湖区]{"entity": "district", "role": "from"}搬到[高新区]{"entity": "district", "role": "to", "group": "1"}
      - [南山][{"entity": "district"}, {"entity": "place", "value": "南山区"}]附近
      - 括号[不是](实体) 也不是 [空]() 和 [x]{} (a) [b]
      - 数字[12345](hotline:12345)热线
  - synonym: ss_card_apply
    examples: |
      - 办社保卡
  - regex: ticket
    examples: |
      - GD\\\\d{12}
  - lookup: district
    examples: |
      - 南湖区
  - intent: inform
    examples:
      - text: 我在[高新区](district)
        metadata: {source: test}
      - text: "  带\\t制表符\\t  "
      - text: |
          多行写法的[龙华](district:龙华区)
  - intent: faq/ask_hours
    examples: |
      - 几点[上班](time_of_day)
"""


def test_fixture_with_every_form_reads_the_same_as_rasa():
    expected_rows, expected_synonyms = rasas(FIXTURE)
    got_rows, got_synonyms = ours(FIXTURE)
    assert got_rows == expected_rows
    assert got_synonyms == expected_synonyms
    by_text = {row[1]: row for row in got_rows}
    # Spot checks that the fixture exercises what it claims to (against Rasa above).
    assert by_text["从南湖区搬到高新区"][2] == (
        (1, 4, "district", "南湖区", "from", None),
        (6, 9, "district", "高新区", "to", "1"),
    )
    assert by_text["南山附近"][2] == (
        (0, 2, "district", "南山", None, None),
        (0, 2, "place", "南山区", None, None),
    )
    assert "括号[不是](实体) 也不是 [空]() 和 [x]{} (a) [b]" not in by_text  # (实体) is one
    assert by_text["去高新区办"][2] == ((1, 4, "district", "高新区", None, None),)
    assert "前后有空格的一句话" in by_text and "带\t制表符\t" in by_text
    assert by_text["多行写法的龙华"][2] == ((5, 7, "district", "龙华区", None, None),)
    assert by_text["几点上班"][0] == "faq/ask_hours"
    assert got_synonyms == {
        "社保卡": "ss_card_replace",
        "居住证": "residence_permit",
        "南山": "南山区",
        "龙华": "龙华区",
    }


@pytest.mark.parametrize(
    "broken, message",
    [
        ('[x]{"entity": }', "bad entity JSON"),
        ('[x]{"value": "y"}', "without 'entity'"),
        ('[x]{"entity": "a", "value": 5}', "value must be a string"),
        ('[x]{"entity": "a", "role": ["r"]}', "role must be a string"),
    ],
)
def test_annotations_rasa_rejects_are_errors_here(broken, message):
    from rasa.shared.exceptions import RasaException

    document = f"nlu:\n  - intent: a\n    examples: |\n      - {broken}\n"
    with pytest.raises(NLUFormatError, match=message):
        parse_nlu_yaml(document, "f.yml")
    if message != "value must be a string":  # Rasa accepts numbers; this reader wants strings
        with pytest.raises((RasaException, ValueError)):
            rasas(document)


def test_a_reader_that_disagrees_is_caught(monkeypatch):
    """The comparison fails when nlu_yaml drifts from Rasa (here: it drops roles again)."""
    import bot.finetune.nlu_yaml as nlu_yaml

    original = nlu_yaml._entity_from_json

    def without_role(*args: Any) -> nlu_yaml.Entity:
        entity = original(*args)
        return nlu_yaml.Entity(
            entity.start, entity.end, entity.entity, entity.value, entity.text, None, entity.group
        )

    monkeypatch.setattr(nlu_yaml, "_entity_from_json", without_role)
    assert ours(FIXTURE)[0] != rasas(FIXTURE)[0]
