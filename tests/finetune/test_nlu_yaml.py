import pytest

from bot.finetune.nlu_yaml import NLUFormatError, parse_example, parse_nlu_yaml

DOC = """
version: "3.1"
nlu:
  - intent: ask_service
    examples: |
      - 我的[社保卡]{"entity": "service_item", "value": "ss_card_replace"}丢了
      - [南湖区](district)的[居住证](service_item:residence_permit)在哪办
      - 你好
  - synonym: ss_card_apply
    examples: |
      - 办社保卡
  - regex: ticket
    examples: |
      - GD\\d{12}
  - intent: inform
    examples:
      - text: 我在[高新区](district)
        metadata: {source: test}
"""


def test_parses_all_annotation_forms():
    ex = parse_nlu_yaml(DOC, "inline.yml")
    assert [e.intent for e in ex] == ["ask_service"] * 3 + ["inform"]
    first = ex[0]
    assert first.text == "我的社保卡丢了"
    (ent,) = first.entities
    assert (ent.start, ent.end, ent.entity, ent.value) == (2, 5, "service_item", "ss_card_replace")
    second = ex[1]
    assert second.text == "南湖区的居住证在哪办"
    assert [(e.entity, e.value, second.text[e.start : e.end]) for e in second.entities] == [
        ("district", "南湖区", "南湖区"),
        ("service_item", "residence_permit", "居住证"),
    ]
    assert ex[2].entities == ()
    assert ex[3].text == "我在高新区" and ex[3].entities[0].start == 2


def test_errors_are_clear():
    with pytest.raises(NLUFormatError, match="bad entity JSON"):
        parse_example('[x]{"entity": }', "i", "f.yml")
    with pytest.raises(NLUFormatError, match="must start with"):
        parse_nlu_yaml("nlu:\n  - intent: a\n    examples: |\n      no dash\n", "f.yml")
    with pytest.raises(NLUFormatError, match="not valid YAML"):
        parse_nlu_yaml("nlu: [", "f.yml")
    assert parse_nlu_yaml("", "empty.yml") == []
