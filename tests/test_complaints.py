"""Complaint slot checks, district names, phone masking and the read-back text."""

from __future__ import annotations

import pytest

from bot.complaints import (
    ADDRESS,
    DESCRIPTION,
    DISTRICT,
    PHONE,
    address_from_text,
    check_address,
    check_description,
    check_district,
    check_phone,
    correction_target,
    mask_phone,
    summary_text,
)
from bot.districts import normalize_district


@pytest.mark.parametrize("text", ["有问题", "我要投诉", "投诉一下，有个问题", "嗯嗯", "  ", "路灯"])
def test_descriptions_without_content_are_refused(text) -> None:
    check = check_description(text)
    assert check.value is None and "具体" in check.error


@pytest.mark.parametrize(
    "text", ["楼道灯坏了", "小区门口的路灯坏了一个多星期，晚上很黑", "工地夜间施工噪音扰民"]
)
def test_real_descriptions_pass(text) -> None:
    assert check_description(text).value == text


def test_overlong_description_is_refused() -> None:
    assert check_description("噪音" * 600).value is None


@pytest.mark.parametrize(
    ("text", "district"),
    [("南湖", "南湖区"), ("南湖区", "南湖区"), ("在滨江那边", "滨江新区"), ("高新技术开发区", "高新区"),
     ("东城还是西城", None), ("朝阳区", None), ("", None)],
)  # fmt: skip
def test_districts(text, district) -> None:
    assert normalize_district(text) == district
    assert check_district(text).value == district


@pytest.mark.parametrize(
    ("text", "ok"),
    [("和平路88号", True), ("阳光小区3栋2单元", True), ("新华大道120号对面", True),
     ("家里", False), ("我家楼下", False), ("那边", False), ("这里这里这里", False)],
)  # fmt: skip
def test_addresses_need_a_street_or_building_hint(text, ok) -> None:
    assert check_address(text).ok is ok


@pytest.mark.parametrize(
    ("text", "phone"),
    [("13800138000", "13800138000"), ("我的电话是138 0013 8000", "13800138000"),
     ("0755-12345678", "0755-12345678"), ("12345", None), ("1380013800", None)],
)  # fmt: skip
def test_phones(text, phone) -> None:
    assert check_phone(text).value == phone


def test_masking() -> None:
    assert mask_phone("13800138000") == "138****8000"
    assert mask_phone("0755-12345678") == "0755-****5678"


@pytest.mark.parametrize(
    ("text", "slot"),
    [("电话不对", PHONE), ("地址写错了", ADDRESS), ("修改所在区", DISTRICT), ("修改问题描述", DESCRIPTION),
     ("不对", None), ("电话和地址都不对", None)],
)  # fmt: skip
def test_correction_target(text, slot) -> None:
    assert correction_target(text) == slot


def test_summary_masks_the_phone() -> None:
    text = summary_text("楼道灯坏了", "南湖区", "湖滨东路1号", "13800138000")
    assert "138****8000" in text and "13800138000" not in text
    assert "· 地点：南湖区湖滨东路1号" in text


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("地址是和平路88号阳光小区3栋。", "和平路88号阳光小区3栋"),
        ("我家在新华大道120号", "新华大道120号"),
        ("在 湖滨东路36号", "湖滨东路36号"),
        ("科技二路9号创新大厦", "科技二路9号创新大厦"),
    ],
)
def test_address_from_text_drops_the_lead_in(text: str, address: str) -> None:
    assert address_from_text(text) == address
