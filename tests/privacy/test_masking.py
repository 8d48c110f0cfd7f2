"""Masking of phones, resident IDs and bank cards; field encryption and subject hashes."""

from __future__ import annotations

import time

import pytest
from privacy_helpers import make_citizen

from bot.privacy.crypto import (
    DataKeyInvalid,
    DataKeyMissing,
    FieldCipher,
    generate_key,
    is_encrypted,
    load_data_key,
)
from bot.privacy.events import EventProtector
from bot.privacy.masking import find_identifiers, luhn_valid, mask_data, mask_text

C = make_citizen(7)
P = C.phone
MASKED_P = f"{P[:3]}****{P[-4:]}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"电话{P}", f"电话{MASKED_P}"),
        (f"电话+86 {P[:3]} {P[3:7]} {P[7:]}", f"电话{MASKED_P}"),
        (f"电话0086-{P}", f"电话{MASKED_P}"),
        (f"电话（+86）{P[:3]}-{P[3:7]}-{P[7:]}。", f"电话{MASKED_P}。"),
        ("电话１３８００１３８０００", "电话138****8000"),
        ("座机0755-82345678", "座机0755-****5678"),
        ("座机(010) 6512 3456转801", "座机010-****6801"),
        (f"身份证{C.id_number}", f"身份证{C.id_number[:6]}********{C.id_number[-4:]}"),
        (
            f"身份证{C.id_number[:6]} {C.id_number[6:14]} {C.id_number[14:]}",
            f"身份证{C.id_number[:6]}********{C.id_number[-4:]}",
        ),
        # A wrong check digit is still someone's ID.
        ("身份证110101199003071234", "身份证110101********1234"),
        ("旧身份证110101900307123", "旧身份证110101*****7123"),
        (f"卡号{C.card}", f"卡号{'*' * (len(C.card) - 4)}{C.card[-4:]}"),
        (
            f"卡号{C.card[:4]} {C.card[4:8]} {C.card[8:12]} {C.card[12:16]} {C.card[16:]}",
            f"卡号{'*' * (len(C.card) - 4)}{C.card[-4:]}",
        ),
    ],
)
def test_identifiers_are_masked(text: str, expected: str) -> None:
    assert mask_text(text) == expected
    assert mask_text(expected) == expected  # idempotent


@pytest.mark.parametrize(
    "text",
    [
        "请拨打12345或110",
        "工单号GD202611280001",
        "订单号1234567890123456789012",  # longer than any card, no ID shape
        "金额1,234.56元，2026年11月28日",
        "卡号6222020000000000001",  # fails the Luhn check
        "",
    ],
)
def test_other_numbers_are_kept(text: str) -> None:
    if text == "卡号6222020000000000001":
        assert not luhn_valid("6222020000000000001")
    assert mask_text(text) == text


def test_nested_structures_are_masked_keys_and_skipped_values_kept() -> None:
    data = {
        "text": f"我的电话{P}",
        "entities": [{"entity": "phone_number", "value": int(P)}, {"value": C.id_number}],
        P: "keys are not personal data here",
        "secret": P,
        "nested": ({"x": [f"卡{C.card}"]},),
        "n": 3,
        "f": 1.5,
        "b": True,
    }
    masked = mask_data(data, skip_keys=["secret"])
    assert masked["text"] == f"我的电话{MASKED_P}"
    assert masked["entities"][0]["value"] == MASKED_P
    assert C.id_number not in str(masked["entities"])
    assert masked["secret"] == P
    assert C.card not in str(masked["nested"])
    assert (masked["n"], masked["f"], masked["b"]) == (3, 1.5, True)


def test_masking_is_linear_on_hostile_input() -> None:
    for chunk in (" ", "1", "1 ", "1-", "１", "投诉", "😀"):
        text = chunk * (100_000 // len(chunk))
        start = time.perf_counter()
        mask_text(text)
        assert time.perf_counter() - start < 2.0, chunk


def test_find_identifiers_normalises() -> None:
    assert ("phone_number", P) in find_identifiers(f"电话 +86 {P[:3]}-{P[3:]}")
    # full-width digits are digits too: found, and masked
    wide = P.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    assert find_identifiers(f"电话{wide}") == [("phone_number", P)]
    assert wide not in mask_text(f"电话{wide}")


@pytest.mark.parametrize("text", ["ask_service", "你好 我想问问社保", "", "一三八零零一三八零零零"])
def test_what_is_not_masked_yields_no_identifier(text: str) -> None:
    assert mask_text(text) == text
    assert find_identifiers(text) == []


def test_encryption_round_trip_and_rotation() -> None:
    old, new = generate_key(), generate_key()
    stored = FieldCipher(old).encrypt({"a": P, "n": [1, 2]})
    assert is_encrypted(stored) and P not in str(stored)
    rotated = FieldCipher(f"{new},{old}")
    assert rotated.decrypt(stored) == {"a": P, "n": [1, 2]}
    # Hashes are searchable under every configured key.
    assert FieldCipher(old).subject_hash("phone", P) in rotated.subject_hashes("phone", P)
    with pytest.raises(DataKeyInvalid):
        FieldCipher(new).decrypt(stored)
    with pytest.raises(DataKeyInvalid):
        FieldCipher("not-a-key")


def test_missing_key_is_a_clear_error_and_dev_file_is_created(tmp_path) -> None:
    with pytest.raises(DataKeyMissing, match="MY_KEY"):
        load_data_key("MY_KEY", env={})
    key_file = tmp_path / "var" / "data_key"
    key = load_data_key("MY_KEY", env={}, dev_key_file=key_file)
    assert key_file.stat().st_mode & 0o077 == 0
    assert load_data_key("MY_KEY", env={}, dev_key_file=key_file) == key
    assert load_data_key("MY_KEY", env={"MY_KEY": "k"}, dev_key_file=key_file) == "k"


def test_event_protector_encrypts_form_slots_and_masks_the_rest() -> None:
    protector = EventProtector(FieldCipher(generate_key()))
    slot = {"event": "slot", "timestamp": 1.0, "name": "phone_number", "value": P}
    stored, refs = protector.protect(slot)
    assert is_encrypted(stored["value"]) and P not in str(stored)
    assert protector.reveal(stored) == slot
    assert {r.kind for r in refs} == {"phone"}
    other = {"event": "slot", "name": "handoff_reason", "value": f"回拨{P}"}
    assert protector.protect(other)[0]["value"] == f"回拨{MASKED_P}"
    user = {"event": "user", "text": f"身份证{C.id_number}", "parse_data": {"text": C.id_number}}
    stored, refs = protector.protect(user)
    assert C.id_number not in str(stored)
    assert {r.kind for r in refs} == {"id"}
    assert protector.reveal(stored) == stored
