"""Checking what a caller gives for a complaint (投诉/报修), and reading it back.

Each ``check_*`` function returns a :class:`SlotCheck`: the cleaned value, or ``None`` with the
Chinese sentence that tells the caller what is missing. The form then asks for the slot again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.districts import normalize_district
from bot.pii import normalize_phone

DESCRIPTION = "complaint_description"
DISTRICT = "district"
ADDRESS = "address"
PHONE = "phone_number"
CONFIRMED = "complaint_confirmed"
FIELDS: tuple[str, ...] = (DESCRIPTION, DISTRICT, ADDRESS, PHONE)
SLOTS: tuple[str, ...] = (*FIELDS, CONFIRMED)

MIN_DESCRIPTION_CHARS = 5
MAX_DESCRIPTION_CHARS = 1000
MIN_ADDRESS_CHARS = 5
MAX_ADDRESS_CHARS = 200

# Words that carry no content about the problem itself ("我要投诉，有问题").
_FILLERS = re.compile(
    "我要投诉|我想投诉|我要反映|我想反映|投诉一下|反映一下|反映个?|投诉|举报|有个?问题|出问题了?|"
    "问题|情况|事情|你好|您好|那个|这个|就是|然后|一下|我要|我想|嗯+|啊+|呃+|哦+|喂+"
)
_NON_CONTENT = re.compile(r"[^\w]|_", re.UNICODE)
# A street, road, estate, building or house-number part of an address.
_ADDRESS_HINT = re.compile(
    r"路|街|道|巷|弄|胡同|小区|社区|村|苑|花园|家园|公寓|大厦|广场|中心|商场|市场|学校|医院|公园|"
    r"站|栋|幢|号楼|单元|室|层|楼|(?<![0-9一二三四五六七八九十百])[0-9一二三四五六七八九十百]+号"
)  # the lookbehind starts a number only where its run starts: linear in long digit runs

_CORRECTION_WORDS: tuple[tuple[str, str], ...] = (
    (PHONE, r"电话|手机|号码|联系方式"),
    (ADDRESS, r"地址|地点|位置|门牌"),
    (DISTRICT, r"哪个区|区域|所在区|区县|区不对|行政区"),
    (DESCRIPTION, r"描述|内容|问题写错|问题不对|问题说错|反映的问题"),
)


@dataclass(frozen=True)
class SlotCheck:
    value: str | None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.value is not None


def content_length(text: str) -> int:
    """Characters that say something about the problem: no fillers, punctuation or spaces."""
    return len(_NON_CONTENT.sub("", _FILLERS.sub("", text)))


def check_description(text: str | None) -> SlotCheck:
    text = (text or "").strip()
    if content_length(text) < MIN_DESCRIPTION_CHARS:
        return SlotCheck(
            None,
            "请再具体说一说遇到的问题，比如：发生了什么、在哪里、持续多久了。"
            "例如“小区门口的路灯坏了一个多星期，晚上很黑”。",
        )
    if len(text) > MAX_DESCRIPTION_CHARS:
        return SlotCheck(
            None, f"描述有点长，请概括在{MAX_DESCRIPTION_CHARS}字以内，重点说清楚发生了什么。"
        )
    return SlotCheck(text)


def check_district(text: str | None) -> SlotCheck:
    district = normalize_district(text)
    if district is None:
        return SlotCheck(
            None,
            "没有识别出是哪个区。示例市下辖东城区、西城区、南湖区、北山区、高新区、滨江新区，请说其中一个。",
        )
    return SlotCheck(district)


def check_address(text: str | None) -> SlotCheck:
    text = re.sub(r"\s+", " ", (text or "").strip())
    if len(_NON_CONTENT.sub("", text)) < MIN_ADDRESS_CHARS or not _ADDRESS_HINT.search(text):
        return SlotCheck(
            None,
            "地址还不够具体，请说明街道或道路、小区名称和楼栋门牌号，例如“和平路88号阳光小区3栋”。",
        )
    if len(text) > MAX_ADDRESS_CHARS:
        return SlotCheck(None, f"地址请控制在{MAX_ADDRESS_CHARS}字以内，说清街道、小区和楼栋即可。")
    return SlotCheck(text)


_ADDRESS_LEAD = re.compile(
    r"^(?:我的|我家|我们|具体)?(?:地址|位置|地点)?(?:是|在|就在|位于)?[:：，, ]*"
)


def reads_as_address(text: str | None) -> bool:
    """Whether ``text`` looks like an address at all (a road, estate, building or house number)."""
    return bool(_ADDRESS_HINT.search(text or ""))


def address_from_text(text: str | None) -> str:
    """The address part of an answer to "具体地址？": "地址是和平路88号3栋。" -> "和平路88号3栋"."""
    text = re.sub(r"\s+", " ", (text or "").strip())
    return _ADDRESS_LEAD.sub("", text).strip(" 。.!！,，")


def check_phone(text: str | None) -> SlotCheck:
    phone = normalize_phone(text or "")
    if phone is None:
        return SlotCheck(
            None, "这个电话号码好像不完整。请提供11位手机号，或带区号的座机号，例如0755-12345678。"
        )
    return SlotCheck(phone)


def mask_phone(phone: str) -> str:
    """``13800138000`` -> ``138****8000``; landlines keep the area code and the last 4 digits."""
    digits = re.sub(r"\D", "", phone)
    if len(digits) == 11 and digits.startswith("1"):
        return f"{digits[:3]}****{digits[-4:]}"
    if "-" in phone:
        area, rest = phone.split("-", 1)
        tail = re.sub(r"\D", "", rest)[-4:]
        return f"{area}-****{tail}"
    return "****" + digits[-4:] if len(digits) > 4 else "****"


def correction_target(text: str | None) -> str | None:
    """Which item the caller wants to change ("电话不对" -> phone_number), if they named one."""
    text = text or ""
    named = [slot for slot, words in _CORRECTION_WORDS if re.search(words, text)]
    return named[0] if len(named) == 1 else None


def summary_text(description: str, district: str, address: str, phone: str) -> str:
    """The read-back before submitting: every item on its own line, the phone masked."""
    return (
        "请核对您要登记的信息：\n"
        f"· 问题描述：{description}\n"
        f"· 地点：{district}{address}\n"
        f"· 联系电话：{mask_phone(phone)}\n"
        "以上信息是否正确？"
    )


# Sent after the guide when a grievance that did not ask to file a complaint opened the form
# (actions/complaint.py, bot/knowledge/routing.py): the form goes on only if the caller wants it.
COMPLAINT_OFFER_TEXT = (
    "如需把这件事登记为投诉、由我们转交相关部门处理，请接着回答下面的问题；"
    "不需要登记的话，回复“取消”即可。"
)

CHANGE_WHICH_TEXT = (
    "好的，请问哪一项需要修改？您可以直接说新的内容，例如“电话是13900001111”"
    "或“地址是和平路88号3栋”。"
)
CHANGE_OPTIONS: tuple[tuple[str, str], ...] = (
    ("问题描述", "修改问题描述"),
    ("所在区", "修改所在区"),
    ("详细地址", "修改地址"),
    ("联系电话", "修改电话"),
)
