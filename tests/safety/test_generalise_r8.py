"""Families of round 8's misses (read after it was retired to tune), fixed in general form. The
wordings here are new, not round 8's messages."""

from __future__ import annotations

import pytest
from safety_helpers import rule_numbers

from bot.safety.emergency import detect_emergency


@pytest.mark.parametrize(
    "text",
    [
        "污水井里有个工人晕过去了 下去救他的人也没了动静",
        "村里沼气池检修 表哥下去以后叫不醒了",
        "船舱底下清洗 两个人倒在里面 没人敢进去",
    ],
)
def test_people_collapsing_in_a_pit_or_tank_get_119(text: str) -> None:
    assert "119" in rule_numbers(text)


@pytest.mark.parametrize(
    "text",
    [
        "棚里烧着炭盆取暖 早上起来老爸叫不醒",
        "车库里没熄火开着暖风睡了一夜 我哥现在怎么喊都没反应",
    ],
)
def test_asleep_beside_a_heater_and_not_waking_gets_119(text: str) -> None:
    assert "119" in rule_numbers(text)


@pytest.mark.parametrize(
    "text",
    [
        "有人冒充我儿子打来电话 说出事了急用钱 我刚转了两万过去",
        "那个客服让我点了链接解冻 卡里的钱还在往外扣 一笔接一笔",
        "对面视频里穿着警服 说我涉案要清查 我已经转了一笔",
    ],
)
def test_money_just_sent_to_a_scam_gets_110(text: str) -> None:
    assert "110" in rule_numbers(text)


def test_a_tv_left_on_is_no_fiction_frame() -> None:
    assert "119" in rule_numbers("对门燃气味好重 敲门没人应 里面电视一直开着")


@pytest.mark.parametrize(
    "text",
    [
        "我刚转了这个月的房租 房东电话里说收到了",
        "刚付了燃气费 客服说明天到账",
        "化粪池抽粪多少钱一次 物业说要自己找",
        "冬天在车里开着暖风睡觉会不会中毒",
        "电视剧里有人掉进地窖晕倒了 这种情况现实中怎么救",
        "我在视频里看到有人冒充警察骗钱 这种怎么防",
    ],
)
def test_look_alikes_stay_quiet(text: str) -> None:
    assert detect_emergency(text, use_classifier=False) is None, text
