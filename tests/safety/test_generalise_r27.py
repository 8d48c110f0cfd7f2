"""Families of round 27's misses and false alarms (read after it was retired to tune), fixed in
general form, rule-only. The wordings here are new, not round 27's messages."""

from __future__ import annotations

import pytest
from safety_helpers import rule_numbers

from bot.safety.emergency import detect_emergency


@pytest.mark.parametrize(
    "text",
    [
        "昨天才洗完胃 出院了又想去药店买药",
        "我就要死在厂门口 证明我没偷东西",
        "把闺女交给她姑了 我其实不回来了",
        "一个人坐在铁轨边上 远处火车快开过来了",
        "刚喝了啤酒又吃了头孢 现在脸好红",
    ],
)
def test_round_27_signs_of_a_crisis_get_12356(text: str) -> None:
    assert "12356" in rule_numbers(text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("我被三个人堵在楼道里打", "110"),
        ("门口有人把外卖员按在地上踩", "110"),
        ("被一个男的跟了两条街 我躲进药店了", "110"),
        ("闺女离家出走了 手机一直关机", "110"),
        ("他的鱼竿在水库边找到了 人不见了", "110"),
        ("说是快递理赔 让我开了屏幕共享 现在还开着", "110"),
        ("国道上散落了一地钢管 车都在急刹", "122"),
    ],
)
def test_round_27_families_get_their_number(text: str, number: str) -> None:
    assert number in rule_numbers(text)


@pytest.mark.parametrize(
    "text",
    [
        "气得我脑门直冒烟 物业到底管不管",
        "我们经理就是个火药桶 一点就炸",
        "厨房烟感又乱响 根本没着火 能换一个吗",
        "西边山火已经扑灭了 那条路能走了吗",
        "被加班困得死死的 谁来救救我 年假怎么休",
        "我爸说再玩手机就打死我 哈哈 开玩笑的",
        "上周被人打了一架 现在没事了 伤情鉴定去哪做",
        "看电视剧里那个家暴男 气得睡不着",
        "我家狗天天跟着我 连洗澡都跟",
        "跟踪我的人已经被拘留了 还要去做笔录吗",
        "有人冒充我的qq借钱 好在没人转",
        "早上地铁口挤成车祸现场了",
        "心梗已经康复了 想问慢病卡怎么办",
        "孩子吞的硬币已经拉出来了 还要拍片吗",
        "看了部消防员救被困群众的纪录片 还有推荐吗",
        "排队排了两小时 想死的心都有了",
    ],
)
def test_round_27_look_alikes_are_no_emergency(text: str) -> None:
    assert detect_emergency(text, use_classifier=False) is None, text
