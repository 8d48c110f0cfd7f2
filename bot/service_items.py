"""The 37 canonical public-service items: id -> Chinese name, plus the aliases callers say.

This is the single list of service items; NLU data, the knowledge base and the appointment form
refer to items by these ids. Aliases are short everyday names used to resolve free text
("办社保卡") to an id; an alias that could mean two items is deliberately left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class ServiceItem:
    id: str
    name: str
    aliases: tuple[str, ...] = ()


SERVICE_ITEMS: tuple[ServiceItem, ...] = (
    ServiceItem(
        "ss_card_apply", "社会保障卡申领", ("社保卡申领", "办社保卡", "申领社保卡", "新办社保卡")
    ),
    ServiceItem(
        "ss_card_replace",
        "社保卡挂失补换",
        ("社保卡挂失", "社保卡补办", "补办社保卡", "社保卡补换", "社保卡丢了"),
    ),
    ServiceItem(
        "pension_flexible",
        "灵活就业人员养老保险",
        ("灵活就业养老保险", "灵活就业社保", "个人交社保"),
    ),
    ServiceItem(
        "pension_retire", "退休与养老金领取", ("办理退休", "养老金领取", "领养老金", "退休手续")
    ),
    ServiceItem("unemployment_benefit", "失业保险金", ("失业金", "失业保险金申领", "领失业金")),
    ServiceItem("medical_reimburse", "医保报销", ("医疗费报销", "医药费报销")),
    ServiceItem("medical_transfer", "医保关系转移", ("医保转移", "医保转出", "医保转入")),
    ServiceItem("newborn_medical", "新生儿医保", ("新生儿参保", "宝宝医保", "小孩医保")),
    ServiceItem("remote_medical", "异地就医备案", ("异地就医", "异地备案")),
    ServiceItem(
        "hpf_withdraw_rent",
        "租房提取公积金",
        ("公积金提取", "提取公积金", "租房提取", "公积金租房"),
    ),
    ServiceItem("hpf_loan", "公积金贷款", ("公积金贷", "公积金买房")),
    ServiceItem("hpf_transfer", "公积金转移", ("公积金转出", "公积金转入")),
    ServiceItem("residence_permit", "居住证", ("办居住证", "居住证办理", "居住证签注")),
    ServiceItem("hukou_transfer", "户口迁入落户", ("落户", "户口迁入", "迁户口", "户口迁移")),
    ServiceItem(
        "birth_registration", "新生儿上户口", ("新生儿落户", "宝宝上户口", "小孩上户口", "出生登记")
    ),
    ServiceItem(
        "id_card_replace",
        "身份证补换领",
        ("补办身份证", "身份证补办", "换身份证", "身份证到期", "身份证丢了"),
    ),
    ServiceItem("subsistence_allowance", "低保", ("最低生活保障", "低保申请", "申请低保")),
    ServiceItem("elderly_allowance", "高龄津贴与老年优待证", ("高龄津贴", "老年优待证", "老年证")),
    ServiceItem("disability_subsidy", "残疾人两项补贴", ("残疾人补贴", "残疾补贴", "护理补贴")),
    ServiceItem("marriage_registration", "结婚登记", ("领结婚证", "结婚证", "办结婚证")),
    ServiceItem(
        "school_enrollment", "义务教育入学报名", ("入学报名", "小学报名", "初中报名", "上学报名")
    ),
    ServiceItem("traffic_violation", "交通违法处理", ("违章处理", "交通违章", "处理违章")),
    ServiceItem("driver_license_renew", "驾驶证换证", ("驾照换证", "换驾照", "驾驶证到期")),
    ServiceItem("noise_complaint", "噪声扰民", ("噪音扰民", "噪音投诉", "噪声投诉")),
    ServiceItem("garbage_sorting", "垃圾分类", ("垃圾分类投放",)),
    ServiceItem("property_dispute", "物业纠纷", ("物业投诉", "物业问题")),
    ServiceItem("startup_subsidy", "创业与就业补贴", ("创业补贴", "就业补贴", "创业担保贷款")),
    ServiceItem(
        "labor_arbitration", "劳动争议仲裁与欠薪", ("劳动仲裁", "欠薪", "拖欠工资", "讨薪")
    ),
    ServiceItem("public_rental_housing", "公租房", ("公共租赁住房", "申请公租房")),
    ServiceItem("family_doctor", "家庭医生签约", ("家庭医生", "签约家庭医生")),
    ServiceItem("vaccination", "预防接种", ("打疫苗", "疫苗接种", "接种疫苗")),
    # The lawful side of sensitive topics (data/knowledge/quanyi.yml): answered, never refused.
    ServiceItem(
        "domestic_violence_help",
        "家庭暴力求助与人身安全保护令",
        ("家暴求助", "遭遇家暴", "被家暴", "人身安全保护令"),
    ),
    ServiceItem("mental_health_support", "心理援助热线与心理咨询", ("心理援助", "心理热线")),
    ServiceItem("hiv_testing", "艾滋病免费检测与咨询", ("艾滋病检测", "艾滋病免费检测")),
    ServiceItem("legal_aid", "法律援助", ("法律援助申请", "申请法律援助", "免费律师")),
    ServiceItem(
        "drug_gambling_report", "毒品与赌博违法犯罪举报", ("毒品举报", "举报吸毒", "举报赌博")
    ),
    ServiceItem(
        "personal_info_complaint",
        "个人信息保护投诉举报",
        ("个人信息泄露", "信息泄露投诉", "个人信息被泄露"),
    ),
)

SERVICE_ITEM_NAMES: dict[str, str] = {item.id: item.name for item in SERVICE_ITEMS}

_BY_ID: dict[str, ServiceItem] = {item.id: item for item in SERVICE_ITEMS}
_SPACES = re.compile(r"\s+")


def resolve_service_item(text: str | None) -> str | None:
    """Map an id, a canonical name or a known alias (also inside a longer sentence) to an id.

    The longest matching name or alias wins, so "社保卡挂失补换" is not read as a shorter alias of
    another item. Returns ``None`` when nothing matches or two different items match equally well.
    """
    if not text:
        return None
    cleaned = _SPACES.sub("", str(text))
    if cleaned in _BY_ID:
        return cleaned
    best_len = 0
    best: set[str] = set()
    for item in SERVICE_ITEMS:
        for phrase in (item.name, *item.aliases):
            if phrase in cleaned:
                if len(phrase) > best_len:
                    best_len, best = len(phrase), {item.id}
                elif len(phrase) == best_len:
                    best.add(item.id)
    return best.pop() if len(best) == 1 else None
