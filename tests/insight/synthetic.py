"""Synthetic complaints from clearly different topics, each with personal data in it."""

from __future__ import annotations

import random

TOPICS: dict[str, list[str]] = {
    "noise": [
        "楼下饭店夜间噪音扰民，晚上根本无法休息",
        "工地夜间施工噪音太大，严重扰民影响休息",
        "广场舞音响噪音扰民，老人孩子无法休息",
        "酒吧深夜噪音扰民，居民晚上无法入睡休息",
    ],
    "water": [
        "小区突然停水，自来水管道爆裂一直没有修",
        "自来水水压太低，高层住户停水做不了饭",
        "自来水发黄有异味，管道老化水质很差",
        "路边自来水管道爆裂漏水，停水已经两天",
    ],
    "parking": [
        "车辆乱停乱放占用消防通道，违停没人管",
        "小区门口违停严重，车位被占堵塞通道",
        "商铺门前车辆违停占道，消防通道被堵",
        "地下车位被外来车辆占用，乱停车堵塞通道",
    ],
    "pension": [
        "退休养老金迟迟没有发放，社保缴费记录有误",
        "社保缴费年限计算错误，养老金少发",
        "养老金调整后退休人员待遇没有到账，社保窗口推诿",
        "社保卡无法缴费，退休手续办不了养老金停发",
    ],
}
FILLERS = ["请尽快处理", "麻烦相关部门核实", "希望早日解决", "已经反映多次"]
PERSONAL = [
    "我叫张伟，电话13800138000",
    "联系人王建国，手机13912345678",
    "身份证110101199003074514",
]


def complaints(per_topic: int = 8, seed: int = 0) -> tuple[list[str], list[str]]:
    """``per_topic`` texts per topic and their topic names, in a shuffled, seeded order."""
    rng = random.Random(seed)
    items = []
    for topic, sentences in TOPICS.items():
        for i in range(per_topic):
            text = f"{sentences[i % len(sentences)]}。{rng.choice(FILLERS)}。{PERSONAL[i % 3]}"
            items.append((text, topic))
    rng.shuffle(items)
    return [t for t, _ in items], [topic for _, topic in items]
