"""The grounding guard: invented facts are rejected, faithful paraphrases pass."""

from __future__ import annotations

import pytest

from bot.generation.grounding import (
    ADDRESS,
    CLAIM_KINDS,
    DATE,
    DECISION,
    EMAIL,
    FEE,
    GARBAGE,
    LANGUAGE,
    LENGTH,
    NEGATION,
    NUMBER,
    OFFICE,
    PERMISSION,
    PHONE,
    PLACEHOLDER,
    PROMISE,
    QUANTITY,
    TIME,
    URL,
    GuardConfig,
    check_grounding,
    normalise,
)

FACTS = """【社保卡挂失补换】
收费标准：挂失免费；因遗失或人为损坏补换卡收取工本费20元，到期换卡免费。
办理时限：挂失即时办结；补卡15个工作日内制卡完成。
咨询电话：0755-12345201
办理地点：示例市东城区政务服务中心（地址：示例市东城区和平路88号；办公时间：工作日 9:00-12:00，13:30-17:30）。
网上办理：示例市人社APP（https://rs.example.gov.cn/card）
缴费：按缴费基数的20%缴纳，2026年缴费基数下限为4,500元/月。
更新日期：2026-03-01"""
OFFICES = ["示例市东城区政务服务中心", "示例市南湖区政务服务中心"]


@pytest.mark.parametrize(
    "text",
    [
        "补卡收取工本费20元，15个工作日内制卡完成，可拨打0755-12345201咨询。",
        # Chinese numerals, full-width digits, no city prefix, no thousands separator.
        "补卡收取工本费二十元，十五个工作日内制卡，请到东城区政务服务中心（和平路88号）办理。",
        "１５个工作日内制卡完成，工本费２０元，咨询电话０７５５－１２３４５２０１。",
        "缴费基数下限为4500元/月，按20%缴纳。信息更新于2026年3月1日。",
        "办理时间为工作日9:00-12:00和13:30-17:30。",
        "所需步骤：\n1. 挂失\n2. 补卡\n第3步领取新卡。",
        "可在示例市人社APP（https://rs.example.gov.cn/card）办理，也可以拨打12345热线。",
    ],
)
def test_faithful_answers_pass(text: str) -> None:
    verdict = check_grounding(text, FACTS, known_offices=OFFICES)
    assert verdict.ok, verdict.reasons


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("补卡请拨打0755-12345209咨询。", PHONE),
        ("详情请咨询13800138000。", PHONE),
        ("补卡收取工本费50元。", FEE),
        ("补卡收取工本费120元。", FEE),
        ("补卡收取工本费二十五元。", FEE),
        ("按缴费基数的8%缴纳。", FEE),
        ("补卡需要5个工作日。", QUANTITY),
        ("补卡需要15天。", QUANTITY),  # 15 working days is not 15 days
        ("信息更新于2026年4月1日。", DATE),
        ("请到示例市东城区湖滨路36号办理。", ADDRESS),
        ("请到南湖区政务服务中心办理。", OFFICE),
        ("窗口编号是7号，请排队。", NUMBER),
        ("请访问https://fake.example.com办理。", URL),
    ],
)
def test_invented_facts_are_rejected(text: str, kind: str) -> None:
    verdict = check_grounding(text, FACTS, known_offices=OFFICES)
    assert not verdict.ok
    assert kind in {v.kind for v in verdict.violations}, verdict.reasons


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("请拨打<PHONE>咨询补卡事宜。", PLACEHOLDER),
        ("您好{name}，补卡收取工本费20元。", PLACEHOLDER),
        ("补卡收取工本费20元。<|im_end|>", PLACEHOLDER),
        ("As an AI language model, I cannot answer this question.", LANGUAGE),
        ("作为一个AI，我无法回答这个问题。", GARBAGE),
        ("好的好的好的好的好的好的好的好的", GARBAGE),
        ("好", LENGTH),
        ("补卡收取工本费20元。" * 100, LENGTH),
    ],
)
def test_unusable_text_is_rejected(text: str, kind: str) -> None:
    verdict = check_grounding(text, FACTS, known_offices=OFFICES)
    assert kind in {v.kind for v in verdict.violations}, verdict.reasons


def test_every_violation_is_reported_with_a_reason() -> None:
    verdict = check_grounding("工本费50元，请拨打0755-99999999。", FACTS)
    assert not verdict
    assert {v.kind for v in verdict.violations} >= {FEE, PHONE}
    assert all(reason for reason in verdict.reasons)


def test_length_bounds_are_configurable() -> None:
    text = "补卡收取工本费20元，15个工作日内制卡完成。"
    assert check_grounding(text, FACTS).ok
    assert not check_grounding(text, FACTS, config=GuardConfig(max_chars=10)).ok


# A second fact set, as item_facts() writes it, with fees waived, a proxy ruled out and an
# exemption granted: the facts the bypasses below try to get round.
DIBAO = """【低保】
申请条件：示例市户籍居民家庭，共同生活成员人均月收入低于示例市低保标准（2026年为每人每月1,150元）。
所需材料：申请人及家庭成员身份证、户口簿；家庭成员收入证明（无收入的书面说明）。
办理流程：向户籍所在地街道（镇）社会救助窗口提出申请；在社区公示7天；区民政局审批，符合条件的次月起发放低保金。
收费标准：免费，不收取任何费用。
办理时限：自受理之日起30个工作日内办结。
办公时间：工作日 9:00-12:00，14:00-17:30
咨询电话：0755-12345601
注意：低保申请不可代办，须本人或家庭成员到场。网上申请无需到现场。
主管部门：示例市民政局"""


@pytest.mark.parametrize(
    "text",
    [
        "低保申请免费，不收取任何费用；自受理之日起三十个工作日内办结。",
        "请向户籍所在地的街道社会救助窗口提出申请，公示七天后由区民政局审批。",
        "低保申请不可以代办，需要本人或家庭成员到场；通过网上申请的不用到现场。",
        "需要准备身份证、户口簿和家庭成员的收入证明，没有收入的写一份书面说明。",
        "如有疑问，可以拨打0755-12345601咨询，也可以拨打12345热线。",
        "人均月收入低于每人每月一千一百五十元的示例市户籍家庭可以申请。",
        "符合条件的，从次月起发放低保金；主管部门是示例市民政局。",
        "如您已办理过低保，可直接咨询户籍所在地街道社会救助窗口。",
        "工作日上午九点到十二点、下午两点到五点半可以办理。",
        "咨询电话是零七五五一二三四五六零一。",
        "不用担心，网上申请无需到现场，一次就能提交。",
    ],
)
def test_faithful_paraphrases_pass(text: str) -> None:
    verdict = check_grounding(text, DIBAO)
    assert verdict.ok, verdict.reasons
    assert verdict.claims > 0 or "担心" in text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # The three texts the old check let through (issue 9).
        ("您的低保申请已审批通过。", DECISION),
        ("收入证明可以自己做一份。", PERMISSION),
        ("以示例市人民政府的名义正式通知：您的低保保证一定能拿到。", DECISION),
        ("以示例市人民政府的名义正式通知：您的低保保证一定能拿到。", PROMISE),
        ("以示例市人民政府的名义正式通知：您的低保保证一定能拿到。", OFFICE),
        # Chinese numerals.
        ("低保申请需要准备十二份材料。", QUANTITY),
        ("低保两周内办结。", QUANTITY),
        ("低保三个工作日内办结。", QUANTITY),
        ("请拨打零七五五一二三四五六零九咨询。", PHONE),
        ("每人每月补助一千五百元。", FEE),
        ("下午三点以后也能办理。", TIME),
        ("工作日上午九点到十二点、下午一点半到五点可以办理。", TIME),
        # E-mail addresses and bare domains.
        ("可发邮件到dibao@shili.gov.cn咨询。", EMAIL),
        ("详情见dibao.shili.gov.cn。", URL),
        ("登录www.shili-dibao.com在线申请。", URL),
        # Offices and departments the facts do not name.
        ("请到示例市社会救助管理中心申请。", OFFICE),
        ("请到区低保审批办公室申请。", OFFICE),
        ("请到市民政局低保科申请。", OFFICE),
        ("可以去示例市人社局咨询。", OFFICE),
        ("由街道办事处低保所负责审核。", OFFICE),
        ("到区政务服务大厅3号窗口办理。", OFFICE),
        # Promises and decisions.
        ("请向示例市民政局申请，一定能批。", PROMISE),
        ("只要材料齐全肯定能通过。", PROMISE),
        ("低保包过，放心。", PROMISE),
        ("百分之百能批下来。", PROMISE),
        ("我保证您下个月就能领到低保金。", PROMISE),
        ("已经为您办理低保申请。", DECISION),
        ("您符合条件，次月起发放低保金。", DECISION),
        ("特此通知：低保标准上调。", DECISION),
        ("可以走绿色通道加快办理。", PERMISSION),
        # Negation flips and exemptions the facts do not grant.
        ("申请低保需要缴纳手续费。", NEGATION),
        ("申请低保要收费。", NEGATION),
        ("低保可以代办。", NEGATION),
        ("由家属代办即可。", NEGATION),
        ("网上申请需要到现场。", NEGATION),
        ("申请低保无需本人到场。", PERMISSION),
        ("不需要提供收入证明。", PERMISSION),
        # One fact's number does not license the same number in another claim.
        ("低保公示30天。", QUANTITY),
        ("办理时限7个工作日。", QUANTITY),
        ("申请需要提供7份材料。", QUANTITY),
        ("每人每月2026元。", FEE),
    ],
)
def test_bypasses_are_rejected(text: str, kind: str) -> None:
    verdict = check_grounding(text, DIBAO)
    assert kind in {v.kind for v in verdict.violations}, verdict.reasons
    assert {v.kind for v in verdict.unsupported} <= CLAIM_KINDS


@pytest.mark.parametrize(
    ("facts", "text", "kind"),
    [
        # Fee in one field, a duration in the other (issue 9's example).
        ("收费标准：工本费20元。办理时限：15个工作日。", "办理时限20个工作日。", QUANTITY),
        ("收费标准：工本费20元。办理时限：15个工作日。", "补卡需要15元。", FEE),
        ("办理时限：15个工作日。", "5个工作日内办结。", QUANTITY),
        ("收费标准：不收费。", "办理需要缴费。", NEGATION),
        ("代办：不可代办。", "可以代办。", NEGATION),
        ("注意：无需预约。", "需要预约。", NEGATION),
        ("收费标准：工本费20元。", "补办免费。", NEGATION),
        ("办理时限：15个工作日。", "补办免费。", FEE),
    ],
)
def test_claims_are_compared_with_their_field(facts: str, text: str, kind: str) -> None:
    verdict = check_grounding(text, facts)
    assert kind in {v.kind for v in verdict.violations}, verdict.reasons


@pytest.mark.parametrize(
    ("raw", "normalised"),
    [
        ("十二份", "12份"),
        ("两周", "2周"),
        ("三个工作日", "3个工作日"),
        ("零七五五一二三四五", "075512345"),
        ("二〇二六年三月一日", "2026年3月1日"),
        ("百分之二十", "20%"),
        ("下午五点半", "17:30"),
        ("上午九点到十二点", "9:00到12:00"),
        ("一份申请表，一次性告知", "一份申请表,一次性告知"),
        ("有两点需要注意", "有两点需要注意"),
        ("注意以下2点", "注意以下2点"),
        ("9点到12点，5点前", "9:00到12:00,5:00前"),
        ("24小时", "24小时"),
    ],
)
def test_normalisation(raw: str, normalised: str) -> None:
    assert normalise(raw) == normalised
