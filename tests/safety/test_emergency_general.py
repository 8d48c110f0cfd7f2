"""The emergency detector's general rule classes, each with a few fresh cases (written for these
tests, not taken from the safety banks): strong signals that a service word does not silence,
things falling on people, people swept into water, fights breaking out, dismissed service subjects,
dated letters and settled matters, and look-alikes (utility threats, chimneys, dropped phones)."""

from __future__ import annotations

import pytest

from bot.safety.emergency import detect_emergency


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # an impersonator's story may carry service words (社保, 补贴, 公积金): still fraud
        ("自称公积金中心的人让我把余额转到他发的账户上", "fraud"),
        ("说是医保局的，让我把验证码报给他，我已经说了", "fraud"),
        ("客服让我装了个app，现在钱一笔一笔被划走", "fraud"),
        ("刷单返利的群主又让我再垫三千才能提现", "fraud"),
        # walls, sheds, scaffolding on people
        ("大风把棚子刮倒了，压着两个人", "rescue"),
        ("脚手架倒下来了，底下有工人", "rescue"),
        # swept into water
        ("我侄子在水库边玩滑下去了", "rescue"),
        ("洪水冲走了一个老人", "rescue"),
        # fights breaking out, beating to death
        ("小区门口两伙人打起来了，有人拿砖头", "violence"),
        ("那个男的把他儿子往死里踢", "violence"),
        ("我在超市被人抢走了手机", "robbery"),
        ("和孩子在公园走散了，找了半小时", "missing_person"),
        ("宝宝喝奶呛到了，小脸都紫了", "medical"),
        ("火已经烧到楼梯口了，我们下不去", "fire"),
        ("燃气报警器突然在响", "gas"),
        # a service subject the writer sets aside
        ("先别管补贴的事了，楼下着火了", "fire"),
    ],
)
def test_general_emergency_classes(text: str, category: str) -> None:
    decision = detect_emergency(text)
    assert decision is not None, text
    numbers = {
        "fraud": "110",
        "rescue": "119",
        "violence": "110",
        "robbery": "110",
        "missing_person": "110",
        "medical": "120",
        "fire": "119",
        "gas": "119",
    }
    assert numbers[category] in decision.numbers, (text, decision)


@pytest.mark.parametrize(
    "text",
    [
        "每天晚上都在想怎么死才不会疼",
        "有个声音老是让我去死",
        "燃气开着呢，就这样吧，别找我了",
    ],
)
def test_indirect_self_harm(text: str) -> None:
    decision = detect_emergency(text)
    assert decision is not None and decision.category == "self_harm", text
    assert "12356" in decision.numbers


@pytest.mark.parametrize(
    "text",
    [
        # settled, dated or prevention frames
        "两车刮蹭已经私了了，对方现在又要加钱",
        "2019年5月我在医院门口被保安打了，想投诉",
        "给孩子买防走丢的手环有补贴吗",
        "上个月被打的医药费能报吗",
        # threats that are not violence, chimneys, things (not people) falling
        "房东威胁要断我的电，合法吗",
        "工厂烟囱一直冒黑烟，污染太严重",
        "钥匙掉进下水道里了",
        "电梯坏了一个星期了，没人来修",
        # self-harm as a past event being dealt with
        "我叔叔前些年自杀了，遗产怎么继承",
        "我姐去年自杀未遂，现在的住院费医保能报吗",
        "燃油税费改革后出租车补贴怎么发",
    ],
)
def test_general_look_alikes_stay_quiet(text: str) -> None:
    assert detect_emergency(text) is None, text
