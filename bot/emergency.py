"""Emergency triage: which number to call right now, and what to do until help arrives.

12345 cannot dispatch rescue, so the assistant's only job here is to name the right emergency
number(s) at once. Classification is by keywords with explicit priority rules:
- fire (119) always comes first: it threatens everyone nearby; 燃气泄漏 is also handled by 119;
- a traffic accident is 122, plus 120 when someone is hurt;
- a crime or threat is 110, plus 120 when someone is hurt;
- injuries or illness alone are 120;
- nothing recognised: all three main numbers, so nobody is sent to the wrong one silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

FIRE = "火警"
MEDICAL = "医疗急救"
POLICE = "报警"
TRAFFIC = "交通事故"
UNKNOWN = "紧急情况"

NUMBERS = {FIRE: "119", MEDICAL: "120", POLICE: "110", TRAFFIC: "122"}

_KEYWORDS = {
    FIRE: (
        "着火",
        "失火",
        "火灾",
        "起火",
        "大火",
        "火苗",
        "烧起来",
        "冒烟",
        "浓烟",
        "烟雾",
        "火警",
        "燃气泄漏",
        "煤气泄漏",
        "天然气泄漏",
        "闻到煤气",
        "闻到燃气",
        "爆炸",
    ),
    TRAFFIC: (
        "车祸",
        "交通事故",
        "撞车",
        "追尾",
        "被车撞",
        "撞了人",
        "撞人",
        "翻车",
        "肇事",
        "逃逸",
        "剐蹭",
        "连环撞",
    ),
    POLICE: (
        "抢劫",
        "抢东西",
        "打架",
        "斗殴",
        "杀人",
        "行凶",
        "持刀",
        "拿刀",
        "小偷",
        "偷东西",
        "盗窃",
        "被偷",
        "绑架",
        "家暴",
        "跟踪",
        "闯入",
        "撬门",
        "诈骗",
        "被骗",
        "威胁",
        "打人",
        "报警",
        "性侵",
        "猥亵",
        "走失",
        "失踪",
    ),
    MEDICAL: (
        "晕倒",
        "昏倒",
        "昏迷",
        "不省人事",
        "没有意识",
        "没意识",
        "没呼吸",
        "呼吸困难",
        "喘不上气",
        "心脏病",
        "心梗",
        "胸痛",
        "中风",
        "抽搐",
        "大出血",
        "流血",
        "出血",
        "吐血",
        "受伤",
        "伤者",
        "骨折",
        "中毒",
        "煤气中毒",
        "过敏",
        "溺水",
        "落水",
        "触电",
        "急救",
        "救护车",
        "摔倒",
        "受了伤",
        "撞伤",
        "烧伤",
        "烫伤",
        "割伤",
        "快不行了",
        "生孩子",
        "要生了",
    ),
}
# Words that mean somebody is hurt, which adds 120 to a traffic, police or fire case.
_INJURY = re.compile(
    "受伤|伤者|流血|出血|骨折|昏迷|被车撞|撞了人|撞人|晕倒|不省人事|没意识|没有意识|没呼吸|撞伤|烧伤|烫伤|割伤|快不行了|有人被撞"
)

_INSTRUCTIONS = {
    FIRE: (
        "立即离开着火区域，不要乘坐电梯，走安全通道；",
        "用湿毛巾捂住口鼻，低姿前进；",
        "燃气泄漏时不要开关电器、不要点火，打开门窗后到室外拨打电话；",
        "报警时说清楚详细地址、着火物和有无人员被困。",
    ),
    TRAFFIC: (
        "开启危险报警闪光灯，在车后方放置警告标志；",
        "人员撤离到护栏外或路边安全处，不要站在车道上；",
        "不要随意挪动伤者，保护好现场，拍照留存。",
    ),
    POLICE: (
        "先确保自身安全，远离危险人员，必要时躲到安全的地方；",
        "记住对方的体貌特征、车辆号牌和逃离方向；",
        "报警时说清楚地点和现场情况，保持电话畅通。",
    ),
    MEDICAL: (
        "让患者保持安静、就近平卧，不要随意搬动；",
        "有出血时用干净的布按压止血；患者无意识、无呼吸时，会的话立即做心肺复苏；",
        "说清楚详细地址和患者症状，安排人到路口接应救护车。",
    ),
    UNKNOWN: (
        "先确保自身和他人安全，远离危险；",
        "拨打电话时说清楚详细地址和现场情况。",
    ),
}


@dataclass(frozen=True)
class EmergencyAdvice:
    """The triage outcome: the leading category, the numbers to call (in order) and what to do."""

    category: str
    numbers: tuple[str, ...]
    instructions: tuple[str, ...]

    @property
    def message(self) -> str:
        if self.category == UNKNOWN:
            head = (
                "如遇危及生命财产安全的紧急情况，请立即拨打：110（报警）、119（火警）、120（急救）、"
                "122（交通事故）。12345热线无法派出救援力量。"
            )
        else:
            names = {v: k for k, v in NUMBERS.items()}
            calls = "，并拨打".join(f"{n}（{names[n]}）" for n in self.numbers)
            head = f"这是紧急情况，请立即拨打{calls}！12345热线无法派出救援力量。"
        return head + "\n" + "\n".join(f"· {line}" for line in self.instructions)

    def to_payload(self) -> dict[str, object]:
        return {"category": self.category, "numbers": list(self.numbers)}


def _matches(text: str, category: str) -> bool:
    return any(word in text for word in _KEYWORDS[category])


def classify_emergency(text: str | None) -> EmergencyAdvice:
    """Decide which emergency numbers to give for ``text`` (see the module docstring for rules)."""
    text = re.sub(r"\s+", "", text or "")
    injured = bool(_INJURY.search(text))
    fire, traffic, police, medical = (_matches(text, c) for c in (FIRE, TRAFFIC, POLICE, MEDICAL))
    if fire:
        lead, extra = FIRE, (MEDICAL,) if injured else ()
    elif traffic:
        lead, extra = TRAFFIC, (MEDICAL,) if (injured or medical) else ()
    elif police:
        lead, extra = POLICE, (MEDICAL,) if injured else ()
    elif medical:
        lead, extra = MEDICAL, ()
    else:
        return EmergencyAdvice(UNKNOWN, ("110", "119", "120"), _INSTRUCTIONS[UNKNOWN])
    categories = (lead, *extra)
    instructions = tuple(line for c in categories for line in _INSTRUCTIONS[c])
    return EmergencyAdvice(lead, tuple(NUMBERS[c] for c in categories), instructions)
