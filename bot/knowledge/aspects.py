"""Aspects of a service item (条件, 材料, 流程, …) and detecting which ones a question asks about.

An aspect is a stable English key (stored in ``kb_facts.aspect`` and sent in the action payload)
with a Chinese label for answers. Detection is a transparent cue-phrase matcher: it is easy to
audit and extend, and the questions citizens ask about an aspect use a small, stable vocabulary
("带什么", "多少钱", "在哪"). Order matters only for presentation.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Aspect:
    key: str
    label: str
    cues: tuple[str, ...]


ASPECTS: tuple[Aspect, ...] = (
    Aspect(
        "eligibility",
        "办理条件",
        (
            "条件",
            "资格",
            "谁可以",
            "哪些人",
            "什么人",
            "符合",
            "能不能办",
            "能不能申请",
            "可以申请吗",
            "能申请吗",
            "能办吗",
            "可以办吗",
            "够不够",
            "要求",
            "外地户口能",
            "外地人能",
            "外地户口可以",
            "外地人可以",
            "在这办",
            "在这里办",
            "在本地办",
            "受理标准",
            "服务对象",
        ),
    ),
    Aspect(
        "materials",
        "所需材料",
        (
            "材料",
            "带什么",
            "带啥",
            "要带",
            "拿什么",
            "需要什么",
            "准备什么",
            "准备哪些",
            "提交什么",
            "提供什么",
            "证件",
            "资料",
            "手续要什么",
            "什么证明",
            "哪些证明",
        ),
    ),
    Aspect(
        "steps",
        "办理流程",
        (
            "流程",
            "步骤",
            "怎么办理",
            "如何办理",
            "怎么办",
            "怎么申请",
            "如何申请",
            "怎么弄",
            "怎么操作",
            "怎么处理",
            "程序",
            "手续",
            "怎么领",
            "怎样办",
            "咋办",
            "怎么交",
        ),
    ),
    Aspect(
        "location",
        "办理地点",
        ("在哪", "哪里办", "去哪", "哪里", "地址", "地点", "窗口", "哪儿", "什么地方", "大厅"),
    ),
    Aspect(
        "hours",
        "办公时间",
        (
            "几点",
            "上班时间",
            "办公时间",
            "工作时间",
            "开门",
            "下班",
            "周末",
            "周六",
            "星期六",
            "节假日",
            "营业时间",
        ),
    ),
    Aspect(
        "fees",
        "收费标准",
        ("多少钱", "费用", "收费", "要钱", "收钱", "免费", "工本费", "花钱", "交钱", "价格"),
    ),
    Aspect(
        "time_limit",
        "办理时限",
        (
            "多久",
            "多长时间",
            "几天",
            "时限",
            "多少天",
            "什么时候能拿",
            "什么时候到账",
            "什么时候能办好",
            "办结",
            "当场",
            "几个工作日",
            "要等",
            "时间限制",
            "期限",
            "有效期",
        ),
    ),
    Aspect(
        "phone",
        "咨询电话",
        ("电话", "热线", "联系方式", "号码", "怎么联系", "打给谁", "咨询"),
    ),
    Aspect(
        "online",
        "网上办理",
        (
            "网上",
            "线上",
            "网办",
            "在线",
            "app",
            "手机上",
            "小程序",
            "公众号",
            "不用跑",
            "不去现场",
            "网站",
            "网址",
            "邮寄",
        ),
    ),
    Aspect(
        "policy",
        "政策依据",
        ("依据", "政策", "规定", "法规", "文件", "哪条法", "法律"),
    ),
    Aspect(
        "department",
        "办理部门",
        ("哪个部门", "什么部门", "谁负责", "谁管", "哪个单位", "主管部门", "归谁管", "部门"),
    ),
)

ASPECT_BY_KEY = {a.key: a for a in ASPECTS}
ASPECT_KEYS = tuple(a.key for a in ASPECTS)
# Answer to a question that names an item but no aspect: the essentials.
DEFAULT_ASPECTS = ("eligibility", "materials", "steps", "location")


def detect_aspects(question: str) -> list[str]:
    """Aspect keys the question asks about, in canonical order; empty when none is recognisable."""
    text = question.lower()
    found = [a.key for a in ASPECTS if any(cue in text for cue in a.cues)]
    # "怎么办" inside "怎么办理" etc. should not add 流程 when a more specific aspect is present
    # ("社保卡在哪里办" is a location question, not a procedure question).
    if (
        "steps" in found
        and len(found) > 1
        and not any(cue in text for cue in ("流程", "步骤", "程序", "手续"))
    ):
        found.remove("steps")
    # "需要什么条件" asks for conditions, not materials.
    if (
        "materials" in found
        and "eligibility" in found
        and not any(cue in text for cue in ("材料", "带", "证件", "资料", "证明"))
    ):
        found.remove("materials")
    # "能办吗" asks whether it can be done *online* when an online cue is present ("网上能办吗").
    if (
        "eligibility" in found
        and "online" in found
        and not any(cue in text for cue in ("条件", "资格", "符合", "要求", "哪些人", "谁可以"))
    ):
        found.remove("eligibility")
    # "咨询" alone is too weak for 电话 when another aspect is explicit.
    if (
        "phone" in found
        and len(found) > 1
        and not any(c in text for c in ("电话", "热线", "号码", "联系方式"))
    ):
        found.remove("phone")
    return found
