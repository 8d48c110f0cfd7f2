"""bot.pii: finding, normalising and redacting identifiers in Chinese text."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re

import pytest

from bot.pii import (
    ALL_KINDS,
    ENTITY_KINDS,
    ID_NUMBER,
    PERSON_NAME,
    PHONE_NUMBER,
    PLACEHOLDERS,
    TICKET_ID,
    PIIMatch,
    find_pii,
    is_valid_id_number,
    normalize_phone,
    parse_ticket_id,
    redact,
)
from bot.settings import shared_data_dir

VECTORS_FILE = shared_data_dir() / "pii_test_vectors" / "cn_ric_and_mobile_vectors.json"


def _vector_params(key: str) -> list:
    """The vectors under ``key``, or one skipped case saying the file is absent."""
    if not VECTORS_FILE.exists():
        reason = f"PII test vectors absent: {VECTORS_FILE} (set MINSHENG_SHARED_DATA)"
        return [pytest.param("", marks=pytest.mark.skip(reason=reason))]
    vectors = json.loads(VECTORS_FILE.read_text(encoding="utf-8"))
    return vectors[key]


def only(text: str, kind: str | None = None) -> PIIMatch:
    matches = find_pii(text) if kind is None else find_pii(text, kinds=[kind])
    assert len(matches) == 1, matches
    return matches[0]


def spans_are_consistent(text: str, matches: list[PIIMatch]) -> None:
    for match in matches:
        assert text[match.start : match.end] == match.text
    ends = [0]
    for match in matches:
        assert match.start >= ends[-1], "matches overlap or are unsorted"
        ends.append(match.end)


# --- shared test vectors ------------------------------------------------------------------------


@pytest.mark.parametrize("number", _vector_params("ric_valid"))
@pytest.mark.parametrize("template", ["{}", "我的身份证号是{}，谢谢", "身份证:{}。", "ID {} ok"])
def test_valid_resident_ids_from_vectors_are_extracted(number: str, template: str) -> None:
    text = template.format(number)
    match = only(text)
    assert match.kind == ID_NUMBER
    assert match.value == number.upper()
    assert text[match.start : match.end] == number
    assert is_valid_id_number(number)


@pytest.mark.parametrize("number", _vector_params("ric_valid"))
def test_valid_resident_id_lowercase_x_and_full_width(number: str) -> None:
    lowered = number.lower()
    assert is_valid_id_number(lowered)
    full_width = "".join(chr(ord(c) + 0xFEE0) for c in lowered)
    text = f"身份证{full_width}。"
    match = only(text)
    assert (match.kind, match.value) == (ID_NUMBER, number.upper())
    assert (match.start, match.end) == (3, 3 + 18)
    assert match.text == full_width


@pytest.mark.parametrize("key", ["ric_bad_checksum", "ric_bad_length"])
def test_invalid_resident_ids_from_vectors_are_not_extracted(key: str) -> None:
    for number in _vector_params(key):
        if not isinstance(number, str):  # the "file absent" skip marker
            pytest.skip(number.marks[0].kwargs["reason"])
        assert not is_valid_id_number(number), number
        assert find_pii(f"身份证号{number}", kinds=[ID_NUMBER]) == []
        # Neither is any digit run of it mistaken for a phone number.
        assert find_pii(f"身份证号{number}", kinds=[PHONE_NUMBER]) == [], number


@pytest.mark.parametrize("number", _vector_params("mobile_valid_format"))
def test_valid_mobiles_from_vectors_are_extracted(number: str) -> None:
    expected = re.sub(r"\D", "", number)[-11:]
    text = f"我的电话是{number}，请回电"
    match = only(text)
    assert (match.kind, match.value, match.text) == (PHONE_NUMBER, expected, number)
    assert normalize_phone(number) == expected


@pytest.mark.parametrize("number", _vector_params("mobile_invalid_format"))
def test_invalid_mobiles_from_vectors_are_not_extracted(number: str) -> None:
    assert find_pii(f"电话{number}") == []
    assert normalize_phone(number) is None


# --- phone numbers ------------------------------------------------------------------------------

GOOD_ID = "110101199003074477"  # valid check digit, born 1990-03-07


@pytest.mark.parametrize(
    ("text", "phone_text", "value"),
    [
        ("13800138000", "13800138000", "13800138000"),
        ("电话13800138000", "13800138000", "13800138000"),
        ("手机：138 0013 8000。", "138 0013 8000", "13800138000"),
        ("手机 138-0013-8000 谢谢", "138-0013-8000", "13800138000"),
        ("+86-138-0013-8000", "+86-138-0013-8000", "13800138000"),
        ("+8613800138000", "+8613800138000", "13800138000"),
        ("0086 13800138000", "0086 13800138000", "13800138000"),
        ("8613800138000", "8613800138000", "13800138000"),
        ("(+86) 139 1234 5678", "(+86) 139 1234 5678", "13912345678"),
        ("号码是15912345678吧", "15912345678", "15912345678"),
        ("电话１３８００１３８０００", "１３８００１３８０００", "13800138000"),
        ("电话１３８－００１３－８０００", "１３８－００１３－８０００", "13800138000"),
        ("＋８６　１３８　００１３　８０００", "＋８６　１３８　００１３　８０００", "13800138000"),
        ("打013800138000也行", "013800138000", "13800138000"),
        ("座机0755-12345678", "0755-12345678", "0755-12345678"),
        ("座机0755 8234 5678", "0755 8234 5678", "0755-82345678"),
        ("075512345678", "075512345678", "0755-12345678"),
        ("010 6512 3456", "010 6512 3456", "010-65123456"),
        ("01065123456", "01065123456", "010-65123456"),
        ("(010)65123456", "(010)65123456", "010-65123456"),
        ("（０２０）８７６５４３２１", "（０２０）８７６５４３２１", "020-87654321"),
        ("020—87654321", "020—87654321", "020-87654321"),
        ("0917-1234567", "0917-1234567", "0917-1234567"),
        ("0755-82345678-801", "0755-82345678-801", "0755-82345678-801"),
        ("0755-82345678转801号", "0755-82345678转801", "0755-82345678-801"),
        ("0755-82345678，分机8001", "0755-82345678，分机8001", "0755-82345678-8001"),
        ("0755-82345678 ext. 12", "0755-82345678 ext. 12", "0755-82345678-12"),
    ],
)
def test_phone_numbers_are_found_and_normalised(text: str, phone_text: str, value: str) -> None:
    match = only(text, PHONE_NUMBER)
    assert match.text == phone_text
    assert match.start == text.index(phone_text)
    assert match.value == value
    assert normalize_phone(text) == value


@pytest.mark.parametrize(
    "text",
    [
        "12012345678",  # mobiles start 13-19
        "1380013800",  # 10 digits
        "138001380001",  # 12 digits
        "a13800138000",  # continues a code
        "13800138000b",
        f"身份证{GOOD_ID[:-1]}9",  # bad-checksum ID: no phone inside
        "身份证130102199003071232",  # 18 digits starting 13...: still not a phone
        "6222 0213 8001 3800 0",  # grouped bank card
        "0755-2345678",  # Shenzhen numbers have 8 digits
        "0377-1234567",  # Nanyang numbers have 8 digits
        "0000-12345678",  # no such area code
        "12345678",  # no area code
        "GD202611280001",  # ticket id digits
        "",
    ],
)
def test_not_phone_numbers(text: str) -> None:
    assert find_pii(text, kinds=[PHONE_NUMBER]) == []
    assert normalize_phone(text) is None


def test_two_phone_numbers_in_one_text() -> None:
    text = "座机0755-82345678，手机13800138000"
    matches = find_pii(text)
    assert [m.value for m in matches] == ["0755-82345678", "13800138000"]
    spans_are_consistent(text, matches)


# --- resident ID numbers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "id_text", "value"),
    [
        (f"身份证号{GOOD_ID}", GOOD_ID, GOOD_ID),
        ("34052419800101001x是我的", "34052419800101001x", "34052419800101001X"),
        ("号码 340524 19800101 001X", "340524 19800101 001X", "34052419800101001X"),
        ("号码340524-19800101-001X", "340524-19800101-001X", "34052419800101001X"),
    ],
)
def test_id_numbers_are_found(text: str, id_text: str, value: str) -> None:
    match = only(text, ID_NUMBER)
    assert (match.text, match.value) == (id_text, value)
    assert match.start == text.index(id_text)


@pytest.mark.parametrize(
    ("number", "valid"),
    [
        (GOOD_ID, True),
        (GOOD_ID[:-1] + "5", False),  # check digit
        ("110101199002301236", False),  # 30 February (check digit right)
        ("11010118991231001X", False),  # born before 1900
        ("990101199003071237", False),  # no province 99
        ("1101011990030744", False),  # too short
        ("11010119900307447X1", False),  # too long
        ("11010119900307447A", False),
        ("", False),
        (f" {GOOD_ID} ", True),
        ("110101 19900307 4477", True),
        ("１１０１０１１９９００３０７４４７７", True),
    ],
)
def test_is_valid_id_number(number: str, valid: bool) -> None:
    assert is_valid_id_number(number) is valid


def test_id_number_born_in_the_future_is_invalid() -> None:
    born_2023 = "110101202311012176"
    assert is_valid_id_number(born_2023, today=dt.date(2024, 1, 1))
    assert not is_valid_id_number(born_2023, today=dt.date(2023, 10, 31))


def test_id_number_inside_longer_run_is_not_extracted() -> None:
    assert find_pii(f"1{GOOD_ID}") == []
    assert find_pii(f"{GOOD_ID}5") == []
    assert find_pii(f"NO{GOOD_ID}") == []


# --- ticket ids ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ticket_text", "value"),
    [
        ("GD202611280001", "GD202611280001", "GD202611280001"),
        ("工单号gd202611280001", "gd202611280001", "GD202611280001"),
        ("查一下 GD 20261128 0001 进度", "GD 20261128 0001", "GD202611280001"),
        ("gd-20240229-0420", "gd-20240229-0420", "GD202402290420"),
        ("工单ＧＤ２０２６１１２８０００１。", "ＧＤ２０２６１１２８０００１", "GD202611280001"),
    ],
)
def test_ticket_ids_are_found_and_normalised(text: str, ticket_text: str, value: str) -> None:
    match = only(text)
    assert (match.kind, match.text, match.value) == (TICKET_ID, ticket_text, value)
    assert match.start == text.index(ticket_text)
    assert parse_ticket_id(text) == value


@pytest.mark.parametrize(
    "text",
    [
        "GD202602300001",  # 30 February
        "GD202313010001",  # month 13
        "GD202302290001",  # 2023 is not a leap year
        "GD20261128001",  # 3-digit sequence
        "GD2026112800011",  # 5-digit sequence
        "XGD202611280001",
        "GC202611280001",
        "202611280001",
        "",
    ],
)
def test_not_ticket_ids(text: str) -> None:
    assert find_pii(text, kinds=[TICKET_ID]) == []
    assert parse_ticket_id(text) is None


# --- person names -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("我叫张三", ["张三"]),
        ("我叫张三，想咨询社保", ["张三"]),
        ("您好我是李四", ["李四"]),
        ("本人王小明，住南湖区", ["王小明"]),
        ("我是王小明想问一下", ["王小明"]),
        ("姓名：赵六", ["赵六"]),
        ("姓名:赵六电话13800138000", ["赵六"]),
        ("联系人是陈静", ["陈静"]),
        ("我姓刘", ["刘"]),
        ("张先生您好", ["张"]),
        ("李女士反映噪声问题", ["李"]),
        ("王阿姨和张大爷都住这", ["王", "张"]),
        ("欧阳女士", ["欧阳"]),
        ("我是李先生", ["李"]),
    ],
)
def test_person_names_are_found(text: str, names: list[str]) -> None:
    matches = find_pii(text, kinds=[PERSON_NAME])
    assert [m.text for m in matches] == names
    spans_are_consistent(text, matches)


@pytest.mark.parametrize(
    "text",
    [
        "我是高新区的居民",
        "我是南湖区居民",
        "我是张江镇的",
        "我是王府井小区的业主",
        "我是本地人",
        "我叫了救护车",
        "关于女士们的权益",
        "上周阿姨来过一次",
        "对方女士不讲理",
        "我是业主",
        "我想咨询社保卡挂失",
    ],
)
def test_not_person_names(text: str) -> None:
    assert find_pii(text, kinds=[PERSON_NAME]) == []


# --- API, mixed text and redaction --------------------------------------------------------------


def test_pii_match_is_frozen() -> None:
    match = only("13800138000")
    with pytest.raises(dataclasses.FrozenInstanceError):
        match.value = "x"  # type: ignore[misc]


def test_kinds_filter_and_validation() -> None:
    text = f"我叫张三，电话13800138000，身份证{GOOD_ID}，工单GD202611280001"
    assert [m.kind for m in find_pii(text)] == [PERSON_NAME, PHONE_NUMBER, ID_NUMBER, TICKET_ID]
    assert [m.kind for m in find_pii(text, kinds=ENTITY_KINDS)] == list(ENTITY_KINDS)
    assert [m.kind for m in find_pii(text, kinds=[TICKET_ID])] == [TICKET_ID]
    assert find_pii(text, kinds=[]) == []
    assert set(ALL_KINDS) == set(PLACEHOLDERS)
    with pytest.raises(ValueError, match="unknown PII kind"):
        find_pii(text, kinds=["email"])
    with pytest.raises(TypeError):
        find_pii(text, kinds=PHONE_NUMBER)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"我叫张三，电话138 0013 8000，身份证{GOOD_ID}，工单gd202611280001",
            "我叫<NAME>，电话<PHONE>，身份证<ID_NUMBER>，工单<TICKET_ID>",
        ),
        ("座机（0755）8234-5678转801", "座机<PHONE>"),
        ("＋８６　１３８－００１３－８０００找李女士", "<PHONE>找<NAME>女士"),
        ("身份证３４０５２４１９８００１０１００１ｘ", "身份证<ID_NUMBER>"),
        ("没有个人信息的句子。", "没有个人信息的句子。"),
        ("身份证360426199101010072", "身份证360426199101010072"),  # bad checksum: not an ID
        ("", ""),
    ],
)
def test_redact(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "电话：+86 138-0013-8000，身份证34052419800101001X",
        "手机１３８　００１３　８０００，身份证３６０４２６１９９１０１０１００７１",
        "座机 010-6512 3456 分机 12 证件 120103 19880601 8241",
    ],
)
def test_redaction_leaves_no_identifier_digits(text: str) -> None:
    redacted = redact(text)
    assert not re.search(r"[0-9０-９]", redacted), redacted


def test_spans_map_to_original_text_with_mixed_widths() -> None:
    text = "　张先生（ＩＤ：３６０４２６１９９１０１０１００７１）电话：０７５５－８２３４５６７８ｘ１２"
    matches = find_pii(text)
    spans_are_consistent(text, matches)
    assert [(m.kind, m.value) for m in matches] == [
        (PERSON_NAME, "张"),
        (ID_NUMBER, "360426199101010071"),
        (PHONE_NUMBER, "0755-82345678-12"),
    ]
    assert matches[2].text == "０７５５－８２３４５６７８ｘ１２"


@pytest.mark.parametrize(
    "text",
    [
        "+86 138-0013-8000",
        "（０７５５）８２３４５６７８转８０１",
        "010 6512 3456",
        "0917-1234567",
    ],
)
def test_normalised_phone_values_normalise_to_themselves(text: str) -> None:
    value = normalize_phone(text)
    assert value is not None
    assert normalize_phone(value) == value


def test_ticket_value_parses_to_itself() -> None:
    value = parse_ticket_id("gd 20261128 0001")
    assert value == "GD202611280001"
    assert parse_ticket_id(value) == value


@pytest.mark.parametrize(
    "text",
    [
        f"我叫张三，电话138 0013 8000，身份证{GOOD_ID}，工单gd202611280001",
        "李女士，座机（0755）8234-5678转801，本人王小明",
        "姓名：欧阳娜娜 联系人是陈静",
    ],
)
def test_redaction_is_idempotent(text: str) -> None:
    once = redact(text)
    assert once != text
    assert redact(once) == once


@pytest.mark.parametrize(
    "text",
    ["灵活就业人员本人申报缴费", "我是申请人，想问进度", "本人户籍在南湖区", "我是高龄老人"],
)
def test_everyday_words_after_a_self_introduction_are_not_names(text: str) -> None:
    assert find_pii(text, kinds=["person_name"]) == []
    assert redact(text) == text
