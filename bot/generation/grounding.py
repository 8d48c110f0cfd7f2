"""The one grounding check: a generated text may only state what the supplied facts state.

Used at run time (generated answers, complaint summaries, rephrased responses) and by
``python -m bot llm eval`` (hallucination rate). Nothing else decides whether LLM text is grounded.

Claims checked, each against the facts it was generated from:

- phone numbers (also spoken digit by digit: "零七五五…"), dates, times of day ("下午五点半" is
  17:30), e-mail addresses, URLs and bare domains;
- numbers with their unit: fees, percentages, durations and counts are compared as (value, unit),
  so "20元" in the facts licenses neither "20个工作日" nor "20份"; a bare number is licensed by
  any number in the facts (nothing tells them apart);
- street addresses, districts, the known offices, and any office-like name ("…局", "…中心",
  "…窗口", "…人民政府", …) that the facts do not contain;
- promises and guarantees (保证, 一定能批, 包过, 百分之百), decisions and status claims
  (已审批通过, 已经为您办理), official notices in someone's name (以…的名义, 正式通知), and
  loopholes (收入证明可以自己做一份, 走绿色通道) unless the facts say the same;
- statements about fees and requirements whose polarity contradicts the facts (facts 免费 →
  text 需要缴费; 不可代办 → 可以代办; 无需到现场 → 需要到现场), and exemptions ("无需…",
  "免费") the facts do not grant.

Besides that the text must be mostly Chinese, of sensible length, free of leaked placeholders
(``<PHONE>``, ``{slot}``, chat special tokens) and of refusal boilerplate or degenerate loops.
:func:`check_grounding` returns a :class:`GroundingVerdict` listing every violation, so callers
can log why a text was rejected before falling back to a template or the composed answer.

Comparison happens on normalised text on both sides: NFKC (full-width digits and punctuation to
half-width), unified dashes, thousands separators dropped, Chinese numerals turned into digits with
``cn2an`` where they count something ("十五个工作日" → "15个工作日", "两周" → "2周", "百分之二十"
→ "20%"; a lone "一" before a counting word such as "一份" stays, it is phrasing, not a claim),
digit-by-digit numerals ("零七五五", "二〇二六") digit for digit, and times of day as ``H:MM``.
Phone numbers are compared as digit strings, through :func:`bot.pii.find_pii` where it recognises
them and a plain pattern where it does not (``phonenumbers`` rejects the fictional
``0755-1234xxxx`` numbers of our knowledge base as unallocated).

This module imports no ML library, so the action server needs none when generation is off.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import cn2an

from bot.districts import DISTRICTS
from bot.pii import PHONE_NUMBER, PLACEHOLDERS, find_pii

# Numbers the assistant may always say: its own hotline (it is in the system prompt, not in facts).
ALWAYS_ALLOWED_NUMBERS: frozenset[str] = frozenset({"12345"})
CITY = "示例市"

PHONE = "phone"
DATE = "date"
TIME = "time"
FEE = "fee"
QUANTITY = "quantity"
NUMBER = "number"
ADDRESS = "address"
URL = "url"
EMAIL = "email"
OFFICE = "office"
PROMISE = "promise"
DECISION = "decision"
PERMISSION = "permission"
NEGATION = "negation"
LANGUAGE = "language"
LENGTH = "length"
PLACEHOLDER = "placeholder"
GARBAGE = "garbage"

# Violations that mean "the text states something the facts do not" (the hallucination rate of
# `llm eval`); the other kinds are about form (length, language, placeholders, loops).
CLAIM_KINDS: frozenset[str] = frozenset(
    {
        PHONE,
        DATE,
        TIME,
        FEE,
        QUANTITY,
        NUMBER,
        ADDRESS,
        URL,
        EMAIL,
        OFFICE,
        PROMISE,
        DECISION,
        PERMISSION,
        NEGATION,
    }
)
# Claims that carry a concrete fact (a value or a name): dropping one of these from a template
# changes what it says.
FACT_KINDS: frozenset[str] = frozenset(
    {PHONE, DATE, TIME, FEE, QUANTITY, NUMBER, ADDRESS, URL, EMAIL, OFFICE}
)


@dataclass(frozen=True)
class GuardConfig:
    # Shorter texts cannot answer anything; longer ones are rambling or looping.
    min_chars: int = 4
    max_chars: int = 800
    # Share of CJK characters among letters (CJK + Latin); URLs and numbers do not count.
    min_chinese_ratio: float = 0.6


@dataclass(frozen=True)
class Violation:
    kind: str
    text: str
    reason: str


@dataclass(frozen=True)
class GroundingVerdict:
    violations: tuple[Violation, ...] = field(default_factory=tuple)
    # How many claims were checked (the denominator of a per-claim hallucination rate).
    claims: int = 0

    @property
    def ok(self) -> bool:
        return not self.violations

    @property
    def reasons(self) -> list[str]:
        return [f"{v.kind}: {v.reason} ({v.text!r})" for v in self.violations]

    @property
    def unsupported(self) -> list[Violation]:
        """The violations that are claims absent from the facts (not form problems)."""
        return [v for v in self.violations if v.kind in CLAIM_KINDS]

    def __bool__(self) -> bool:
        return self.ok


# --- normalisation ------------------------------------------------------------------------------

_DASHES = re.compile("[‐‑‒–—―−﹣～~]")  # (str.translate is ~50x slower on Chinese text)
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_CN_DIGIT = "零〇一二三四五六七八九幺"
_CN_NUMERAL = "零〇一二两三四五六七八九十百千万亿"
_CN_DIGIT_VALUE = tuple(zip("零〇一幺二三四五六七八九", "001123456789", strict=True))
_CN_PERCENT = re.compile(
    rf"百分之((?<![{_CN_NUMERAL}])[{_CN_NUMERAL}]{{1,20}}(?![{_CN_NUMERAL}])(?:点[{_CN_DIGIT}]{{1,10}})?"
    r"|\d+(?:\.\d+)?)"
)
# Spoken digit strings (phone numbers, years): 3 to 20 digits without 十/百/千 (a longer run is
# no number anyone reads out, and converting it would only cost time).
_CN_DIGITS = re.compile(rf"(?<![{_CN_DIGIT}])([{_CN_DIGIT}]{{3,20}})(?![{_CN_DIGIT}])")
# Units after which a Chinese numeral is a quantity. Longest first.
_TIME_UNITS = (
    "个工作日|工作日|个自然日|自然日|个小时|小时|分钟|个星期|星期|个月|周岁|天|日|月|年|岁|周|秒"
)
_MONEY_UNITS = "万元|元|块钱|块|角"
_COUNT_UNITS = (
    "平方米|平米|公里|千米|公斤|千克|个|份|张|件|项|人|名|位|户|页|套|本|种|类|条|步|次|倍|分|"
    "米|斤|层|栋|台|辆|批|期|届|点|时"
)
_CN_QUANTITY = re.compile(
    rf"(?<![第{_CN_NUMERAL}])(?P<n>[{_CN_NUMERAL}]{{1,20}}(?:点[{_CN_DIGIT}]{{1,10}})?)"
    rf"(?=(?P<u>{_TIME_UNITS}|{_MONEY_UNITS}|{_COUNT_UNITS}))"
)
# A lone 一 before a counting word is phrasing ("一份申请表", "一次性告知"), not a claim.
_LONE_ONE_UNITS = frozenset(_COUNT_UNITS.split("|")) - {"倍"}
_DAY_PARTS = ("上午", "早上", "早晨", "中午", "下午", "傍晚", "晚上", "凌晨")
# Times of day, found from their separator: the digits before it, minutes or 半 after it.
_CLOCK_SEPARATOR = re.compile(r"[点时:]")
_CLOCK_BEFORE = re.compile(
    r"(?:(?P<p>上午|早上|早晨|中午|下午|傍晚|晚上|凌晨)[ \t]{0,2})?(?P<h>\d{1,2})[ \t]{0,2}\Z"
)
_CLOCK_AFTER = re.compile(r"[ \t]{0,2}(?:(?P<half>半)|(?P<m>\d{1,2})(?!\d)[ \t]{0,2}分?)?")
_DURATION_AFTER = re.compile(r"[\d.]{0,8}[ \t]{0,2}(?:小时|个小时|分钟)")
# A bare "N点" is a time of day next to one of these ("9点到12点", "5点前", "到12点").
_CLOCK_NEXT = frozenset("到至-前后以之钟整")
_HAS_CN_NUMERAL = re.compile(rf"[{_CN_NUMERAL}]")


def normalise(text: str) -> str:
    """NFKC, unified dashes, no thousands separators, Chinese numerals in quantities as digits,
    times of day as ``H:MM``."""
    text = _DASHES.sub("-", unicodedata.normalize("NFKC", text))
    if "," in text:
        text = _THOUSANDS.sub("", text)
    if "百分之" in text:
        text = _CN_PERCENT.sub(lambda m: f"{_to_number(m.group(1))}%", text)
    if _HAS_CN_NUMERAL.search(text):
        text = _spoken_digits(text)
        text = _CN_QUANTITY.sub(_quantity, text)
    return _clock_times(text)


def _spoken_digits(text: str) -> str:
    """ "零七五五" -> "0755": every run at once with str.replace (a callback per run, or
    str.translate, is many times slower on long texts)."""
    parts = _CN_DIGITS.split(text)
    if len(parts) == 1:
        return text
    runs = "\n".join(parts[1::2])  # runs hold no newline
    for char, digit in _CN_DIGIT_VALUE:
        runs = runs.replace(char, digit)
    parts[1::2] = runs.split("\n")
    return "".join(parts)


def _to_number(token: str) -> str:
    if token[0].isdigit():
        return token
    if token[0] in "百千万亿":
        token = "一" + token  # "百分之百"
    try:
        return str(cn2an.cn2an(token, "smart"))
    except (ValueError, KeyError):  # cn2an raises on malformed numerals ("十十")
        return token


def _quantity(match: re.Match[str]) -> str:
    token, unit = match["n"], match["u"]
    if unit in ("点", "时"):
        # "两点注意事项", "快一点": a clock time only with a part of the day or minutes.
        before = match.string[max(0, match.start() - 2) : match.start()]
        after = match.string[match.end() + 1 : match.end() + 3]
        if not (
            before.endswith((*_DAY_PARTS, "到", "至", "-"))
            or re.match(rf"半|整|钟|[\d{_CN_NUMERAL}]+分|[到至-]", after)
        ):
            return token
    elif token == "一" and unit in _LONE_ONE_UNITS:
        return token
    return _to_number(token)


def _clock_times(text: str) -> str:
    """Times of day as ``H:MM`` (24 h). A range's end without a part of the day takes the start's
    ("下午一点半到五点半" is 13:30-17:30)."""
    out, last, part = [], 0, None
    for sep in _CLOCK_SEPARATOR.finditer(text):
        window_start = max(last, sep.start() - 8)
        before = _CLOCK_BEFORE.search(text, window_start, sep.start())
        if before is None:
            continue
        start = before.start()
        if start > 0 and (
            text[start - 1].isdigit()
            or text[start - 2 : start - 1].isdigit()
            and text[start - 1] == "."
        ):
            continue  # part of a longer number ("120点", "1.5时")
        after = _CLOCK_AFTER.match(text, sep.end())
        if _DURATION_AFTER.match(text, after.end()) or _DURATION_AFTER.match(text, sep.end()):
            continue
        if sep.group() == ":" and after["m"] is None:
            continue  # "9:" without minutes is not a time
        if (
            sep.group() != ":"
            and not (before["p"] or after["m"] or after["half"])
            and text[after.end() : after.end() + 1] not in _CLOCK_NEXT
            and text[start - 1 : start] not in _CLOCK_NEXT
        ):
            continue  # "注意以下2点", "第3点": a count, not a time
        in_range = re.fullmatch(r"\s*(?:到|至|-)\s*", text[last:start]) is not None
        value = _clock(int(before["h"]), after, before["p"] or (part if in_range else None))
        if value is None:
            continue
        out += [text[last:start], value]
        last, part = after.end(), before["p"] or (part if in_range else None)
    return "".join(out) + text[last:]


def _clock(hour: int, after: re.Match[str], part: str | None) -> str | None:
    minute = 30 if after["half"] else int(after["m"] or 0)
    if hour > 24 or minute > 59:
        return None
    if part in ("下午", "傍晚", "晚上") and hour < 12:
        hour += 12
    elif part == "中午" and hour < 6:
        hour += 12
    return f"{hour}:{minute:02d}"


# --- claims ---------------------------------------------------------------------------------------

# Patterns on a citizen's text start a run only where it starts (the lookbehinds: not after a
# digit, nor after "digit." — a sentence's "." still starts a number), so that they stay linear
# in long runs of digits, letters or blanks (tests/test_input_complexity.py).
_EMAIL_RE = re.compile(r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_URL_RE = re.compile(r"https?://[^\s，。；、）)】“”\"'<>]+|www\.[^\s，。；、）)】“”\"'<>]+", re.I)
# Bare domains: labels of letters/digits, ending in a letter-only top-level label.
_DOMAIN_RE = re.compile(
    r"(?<![A-Za-z0-9@._-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}"
    r"(?![A-Za-z0-9-]|\.[A-Za-z0-9])(?:/[^\s，。；、）)】“”\"'<>]*)?"
)
_PHONE_RE = re.compile(
    r"(?<![\d:])(?<!\d\.)(?:0\d{2,3}-?\d{7,8}(?:-\d{1,6})?|1[3-9]\d{9}|1\d{4}|9[56]\d{3,4})(?![\d.:])"
)
_DATE_RE = re.compile(
    r"(?P<y>\d{4})\s*[年\-/.]\s*(?P<m>\d{1,2})\s*(?:月\s*(?:(?P<d1>\d{1,2})\s*[日号])?|[\-/.]\s*(?P<d2>\d{1,2})日?)"
    r"|(?P<m2>\d{1,2})\s*月\s*(?P<d3>\d{1,2})\s*[日号]"
)
_TIME_RE = re.compile(r"(?<!\d)(?<!\d\.)(?P<h>\d{1,2}):(?P<m>\d{2})(?!\d)")
_FEE_RE = re.compile(r"(?<!\d)(?<!\d\.)(?P<n>\d+(?:\.\d+)?)\s*(?P<u>万元|元|块钱|块|角)")
_PERCENT_RE = re.compile(r"(?<!\d)(?<!\d\.)(?P<n>\d+(?:\.\d+)?)\s*%")
_QUANTITY_RE = re.compile(
    rf"(?<!\d)(?<!\d\.)(?P<n>\d+(?:\.\d+)?)\s*(?P<u>{_TIME_UNITS}|{_COUNT_UNITS})"
)
_NUMBER_RE = re.compile(r"(?<!\d)(?<!\d\.)\d+(?:\.\d+)?")
# List markers ("1. ", "2、", "（3）") and ordinals ("第2步") are structure, not claims.
_LIST_MARKER = re.compile(
    r"(?:^|(?<=[\n：:；;。]))[ \t]{0,4}[(（]?\d{1,2}[ \t]{0,2}[.、)）](?!\d)|第\d{1,2}(?=[步项条个类种])"
)
_ADDRESS_RE = re.compile(r"[\u4e00-\u9fff]{2}(?:路|街|大道|巷|道)\d+号")
_UNIT_ALIASES = {
    "块": "元",
    "块钱": "元",
    "个工作日": "工作日",
    "个自然日": "天",
    "自然日": "天",
    "日": "天",
    "个月": "月",
    "个小时": "小时",
    "周岁": "岁",
    "个星期": "周",
    "星期": "周",
    "千米": "公里",
    "千克": "公斤",
    "平米": "平方米",
}
_PUNCT = re.compile(r"[\s，。、；：！？“”‘’（）()《》【】「」,.;:!?\"'\-·/]")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")

_PLACEHOLDER_RE = re.compile(
    "|".join(re.escape(p) for p in PLACEHOLDERS.values())
    + r"|<\|[^|>]{1,40}\|>|</?s>|<(?:unk|pad|mask)>|\{[A-Za-z_][A-Za-z0-9_]*\}|\[[A-Z_]{3,}\]"
)
_REFUSALS = (
    "作为一个ai",
    "作为ai",
    "作为人工智能",
    "我是一个语言模型",
    "我是一个人工智能",
    "语言模型，无法",
    "as an ai",
    "i'm sorry",
    "i am sorry",
    "i cannot",
    "i can't",
)
_REPEAT_RE = re.compile(r"(.{2,20}?)\1{3,}|(.)\2{7,}", re.DOTALL)

# Office-like names: a name of two or more characters before one of these endings. Each ending
# excludes the common words it also ends ("处理", "所以", "办理", "本科", "格局", …).
_ORG_ENDINGS = re.compile(
    r"人民政府|政府|委员会|办公室|中心(?![城区思])|大厅|窗口|服务台"
    r"|(?<![格结大布当开出饭骗赌])局(?![面势部限长])"
    r"|(?<![好到之用难长短去住远近深出此彼某各何])处(?![理罚置分于在长方])"
    r"|(?<![本专学理工文])科(?![学技研普目室])"
    r"|(?<![代补承操怎难好开包兴督协主合举申查创试再别能来去要就先新通网联帮可难承])办"
    r"(?![理法事结好成公证学到完妥件])"
    r"|(?<![场住厕之居处])所(?![以有需在属得谓述列示要用])"
    r"|支队|大队|中队|法院|检察院|医院|卫生院"
)
# Characters that cannot be part of an office name: a name starts after the last of them.
_NAME_STOP = set(
    "的到在向去往由或和及与请您你我他她是为找至经把被给让从对等即可先再也都就该各本这那其之每如若于以个上下里内外要需能会将已被跟同并"
)
_NAME_STOP_WORDS = re.compile(
    r"前往|联系|咨询|拨打|致电|通过|登录|关注|办理|申请|提交|携带|到达|或者|以及|还是|所在地的?"
)
_MAX_NAME = 14
# Left out of an office name, these make it another office ("市政务服务中心" is not "东城区…").
_PLACE = re.compile("[区县市省]|" + "|".join(DISTRICTS))

_PROMISE_RE = re.compile(
    r"保证(?![金书人期])|担保|包过|包批|包办|包您|稳过|稳批|必定|必然(?:能|会|可以|通过)|毫无疑问|百分之?百|100%"
    r"|(?:一定|肯定|绝对)(?:能|会|可以|给|帮|批|通过|拿到|办成|办好|成功|没问题|不会)"
    r"|放心[，,]?\s*(?:一定|肯定|绝对|保证|准能|能批|能过|能拿到)"
)
_DECISION_RE = re.compile(
    r"(?:已经?|业已)(?:为您|帮您|给您|替您)?(?:审批|审核|批准|核准|通过|受理|办理|办好|办结|"
    r"处理好?|提交|发放|到账|备案|录入|加急|安排|特批|批下来|批了)"
    r"|(?:审批|审核|申请|资格)(?:已经?)?(?:通过|批准|批下来|获批)(?!后|的|之后|以后|才|前)"
    r"|(?:我|我们|本热线|我方)(?:会|将|现在|马上|立即|立刻)?(?:为您|帮您|给您|替您)"
    r"(?:办理|审批|批准|加急|特批|开具|出具|盖章|开证明)"
    r"|以[^，。；！？\n]{1,20}?(?:的)?名义|正式通知|特此(?:通知|公告|声明|证明)|官方(?:通知|公告|声明|认证|决定)"
    r"|紧急通知|郑重(?:承诺|声明|通知)|红头文件|经研究决定|现(?:通知|决定|宣布)如下"
    r"|您(?:已经?|现已)?符合(?:条件|资格|要求)(?!的)"
)
_CONDITIONAL = re.compile(r"如果|如|若|假如|倘若|一旦|待|等")
_PERMISSION_RE = re.compile(
    r"(?:自己|自行|私下|私自|随便|随意|找人|托人|让人|请人)(?:做|写|开|编|造|弄|制作|出具|伪造|填写?|"
    r"盖章?|刻|打印|代办|代签|代开|修改|改)"
    r"|走(?:后门|关系)|(?:找|托)关系|内部(?:渠道|关系|名额|通道)|特殊(?:渠道|通道|关系)|绿色通道|通融|打点"
    r"|先(?:办|批|发)后补|后补(?:材料|手续|证明)"
)
# Fee statements: positive ("收取工本费", "需要缴费") and negative ("免费", "不收费").
_FEE_NEG_RE = re.compile(
    r"免费|免收|不收费|不收取|不另收|零收费|不要钱|不花钱|没有(?:任何)?费用|无(?:任何)?费用|"
    r"(?:无需|无须|不需要?|不用|不必)(?:缴|交|付)(?:纳)?(?:任何)?费"
)
_FEE_POS_RE = re.compile(
    r"收费(?!标准)|收取|(?:缴|交|付)(?:纳)?费|要钱|花钱|工本费|手续费|服务费|费用为"
)
_NEGATORS = (
    *("不", "免", "无", "没", "零", "非", "不可", "不能", "不得", "禁止", "严禁", "不准", "不予"),
    *("不可以", "不允许", "不能够", "无法", "不要"),
)
# Requirement and permission statements: (modality, polarity) of each marker.
_MODALS = {
    "无需": ("need", False),
    "无须": ("need", False),
    "不需要": ("need", False),
    "不需": ("need", False),
    "不用": ("need", False),
    "不必": ("need", False),
    "免于": ("need", False),
    "需要": ("need", True),
    "必须": ("need", True),
    "需": ("need", True),
    "须": ("need", True),
    "不可以": ("can", False),
    "不能够": ("can", False),
    "不能": ("can", False),
    "不可": ("can", False),
    "不得": ("can", False),
    "不允许": ("can", False),
    "不准": ("can", False),
    "禁止": ("can", False),
    "严禁": ("can", False),
    "不予": ("can", False),
    "可以": ("can", True),
    "能够": ("can", True),
    "允许": ("can", True),
    "准予": ("can", True),
    "可": ("can", True),
    "能": ("can", True),
}
_MODAL_RE = re.compile(
    r"(?P<m>无需|无须|不需要|不需|不用|不必|免于|不可以|不能够|不能|不可|不得|不允许|不准|禁止|严禁|不予"
    r"|需要|必须|需(?![求知])|(?<![必所])须(?!知)|可以|能够|允许|准予|(?<![不许认])可(?![能是见靠惜])"
    r"|(?<![不可功智技性本才职只])能(?![力源量否]))"
    r"(?P<c>[\u4e00-\u9fff]{1,8})"
)
_CONCEPT_FILLER = re.compile(r"^(?:您|你|再|先|另外|额外|直接|去|进行|在|要|是|够|以|请|让|由)+")
# "不用客气", "不必担心": courtesy, not an exemption from a requirement.
_COURTESY = (
    "客气",
    "担心",
    "着急",
    "紧张",
    "麻烦",
    "谢",
    "急",
    "慌",
    "害怕",
    "顾虑",
    "犹豫",
    "多虑",
)
# Having someone else do it: allowed only where the facts allow it.
_PROXY_RE = re.compile(r"代办|代为|代领|代签|代理|代交|委托")


def _number(text: str) -> str:
    """'20.00' -> '20', '0.50' -> '0.5', '007' -> '7': numbers compared by value, as digit
    strings (a float overflows on the long digit runs a citizen's text may hold)."""
    whole, _, fraction = text.partition(".")
    whole, fraction = whole.lstrip("0") or "0", fraction.rstrip("0")
    return f"{whole}.{fraction}" if fraction else whole


def _phones(text: str) -> set[str]:
    found = {re.sub(r"\D", "", m.value) for m in find_pii(text, kinds=[PHONE_NUMBER])}
    found |= {re.sub(r"\D", "", m.group()) for m in _PHONE_RE.finditer(text)}
    return found


def _dates(text: str) -> set[tuple[int | None, int, int | None]]:
    out = set()
    for m in _DATE_RE.finditer(text):
        if m["y"]:
            day = m["d1"] or m["d2"]
            out.add((int(m["y"]), int(m["m"]), int(day) if day else None))
        else:
            out.add((None, int(m["m2"]), int(m["d3"])))
    return out


def _date_supported(claim: tuple[int | None, int, int | None], facts: set) -> bool:
    year, month, day = claim
    return any(
        (year is None or year == y) and month == m and (day is None or day == d)
        for y, m, d in facts
    )


def _times(text: str) -> set[tuple[int, int]]:
    return {(int(m["h"]), int(m["m"])) for m in _TIME_RE.finditer(text)}


def _typed(text: str) -> set[tuple[str, str]]:
    """(value, unit) of every fee, percentage and quantity."""
    out = {(_number(m["n"]), _UNIT_ALIASES.get(m["u"], m["u"])) for m in _FEE_RE.finditer(text)}
    out |= {(_number(m["n"]), "%") for m in _PERCENT_RE.finditer(text)}
    out |= {
        (_number(m["n"]), _UNIT_ALIASES.get(m["u"], m["u"])) for m in _QUANTITY_RE.finditer(text)
    }
    return out


def _numbers(text: str) -> set[str]:
    return {_number(n) for n in _NUMBER_RE.findall(text)}


def _blank(pattern: re.Pattern[str], text: str) -> str:
    return pattern.sub(lambda m: " " * len(m.group()), text)


def _host(address: str) -> str:
    address = re.sub(r"^(?:https?://)?(?:www\.)?", "", address.lower())
    return address.split("/", 1)[0].rstrip(".")


def _compact(text: str) -> str:
    return _PUNCT.sub("", text)


# --- offices ----------------------------------------------------------------------------------------


def _office_names(text: str) -> list[tuple[str, str]]:
    """(name, ending) of each office-like name in ``text``: the characters before each ending
    back to a stop character or word."""
    names = []
    for m in _ORG_ENDINGS.finditer(text):
        start = m.start()
        while start > 0 and m.start() - start < _MAX_NAME:
            char = text[start - 1]
            if not _CJK.match(char) or char in _NAME_STOP:
                break
            start -= 1
        prefix = text[start : m.start()]
        # The name starts after the last verb or connective in front of it.
        cut = None
        for stop in _NAME_STOP_WORDS.finditer(prefix):
            cut = stop.end()
        if cut is not None:
            prefix = prefix[cut:]
        if len(prefix) >= 2:
            names.append((prefix + m.group(), m.group()))
    return names


def _office_supported(name: str, ending: str, source: str) -> bool:
    """``name`` is in ``source`` (both compacted), or is that name with a few generic characters
    left out ("街道社会救助窗口" for "街道（镇）社会救助服务窗口"), never with a place left out."""
    if name in source:
        return True
    slack = max(1, len(name) // 2)
    start = source.find(name[0])
    while start >= 0:
        end = source.find(ending, start + 1, start + len(name) + slack)
        if end >= 0:
            dropped = _dropped(name, source[start : end + len(ending)])
            if dropped is not None and not _PLACE.search(dropped):
                return True
        start = source.find(name[0], start + 1)
    return False


def _dropped(short: str, long: str) -> str | None:
    """The characters of ``long`` left out to make ``short`` (a subsequence), or None."""
    out, j = [], 0
    for char in long:
        if j < len(short) and char == short[j]:
            j += 1
        else:
            out.append(char)
    return "".join(out) if j == len(short) else None


# --- polarity -----------------------------------------------------------------------------------------


def _negated(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start]
    return any(before.endswith(n) for n in _NEGATORS)


def _fee_statements(text: str) -> tuple[list[str], list[str]]:
    """(positive, negative) fee statements in ``text``."""
    negative = [m.group() for m in _FEE_NEG_RE.finditer(text)]
    positive = [m.group() for m in _FEE_POS_RE.finditer(text) if not _negated(text, m.start())]
    return positive, negative


def _modal_claims(text: str) -> list[tuple[str, bool, str, str]]:
    """(modality, polarity, concept, matched text) of each requirement/permission statement."""
    out = []
    for m in _MODAL_RE.finditer(text):
        modality, polarity = _MODALS[m["m"]]
        concept = _CONCEPT_FILLER.sub("", m["c"])
        if len(concept) >= 2:
            out.append((modality, polarity, concept, m.group()))
    return out


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


# --- the check --------------------------------------------------------------------------------------


def check_grounding(
    text: str,
    facts: str | Sequence[str],
    known_offices: Iterable[str] = (),
    config: GuardConfig | None = None,
    allowed_numbers: Iterable[str] = ALWAYS_ALLOWED_NUMBERS,
) -> GroundingVerdict:
    """Every claim in ``text`` checked against ``facts``.

    ``known_offices``: names of every office the assistant knows of (service centres, item
    offices); naming one that is absent from the facts is a violation, as is naming a district
    the facts do not mention, or any other office-like name the facts do not contain."""
    config = config or GuardConfig()
    source_raw = facts if isinstance(facts, str) else "\n".join(facts)
    source = normalise(source_raw)
    answer = normalise(text or "")
    allowed = set(allowed_numbers)
    violations: list[Violation] = []
    claims = 0

    def flag(kind: str, claim: str, reason: str) -> None:
        violations.append(Violation(kind, claim, reason))

    stripped = answer.strip()
    if len(stripped) < config.min_chars:
        flag(LENGTH, stripped, f"shorter than {config.min_chars} characters")
    if len(stripped) > config.max_chars:
        flag(LENGTH, stripped[:40] + "…", f"longer than {config.max_chars} characters")
    for m in _PLACEHOLDER_RE.finditer(answer):
        flag(PLACEHOLDER, m.group(), "placeholder or special token leaked")
    if "\ufffd" in answer:
        flag(GARBAGE, "\ufffd", "broken characters")
    lowered = answer.lower()
    for phrase in _REFUSALS:
        if phrase in lowered:
            flag(GARBAGE, phrase, "refusal or self-description boilerplate")
    repeat = _REPEAT_RE.search(answer)
    if repeat:
        flag(GARBAGE, repeat.group()[:40], "degenerate repetition")

    # E-mail addresses, URLs and domains first: their digits and letters are neither numbers
    # nor language.
    source_emails = {e.lower() for e in _EMAIL_RE.findall(source)}
    for email in _EMAIL_RE.findall(answer):
        claims += 1
        if email.lower() not in source_emails:
            flag(EMAIL, email, "e-mail address not in the facts")
    answer_body = _blank(_EMAIL_RE, answer)
    source_body = _blank(_EMAIL_RE, source)
    source_urls = {u.rstrip("/").lower() for u in _URL_RE.findall(source_body)}
    for url in _URL_RE.findall(answer_body):
        claims += 1
        if url.rstrip("/").lower() not in source_urls:
            flag(URL, url, "web address not in the facts")
    answer_body = _blank(_URL_RE, answer_body)
    source_hosts = {_host(u) for u in _URL_RE.findall(source_body)}
    source_hosts |= {_host(d) for d in _DOMAIN_RE.findall(_blank(_URL_RE, source_body))}
    source_hosts |= {e.split("@", 1)[1].lower() for e in source_emails}
    for domain in _DOMAIN_RE.findall(answer_body):
        claims += 1
        host = _host(domain)
        if not any(host == h or h.endswith("." + host) for h in source_hosts):
            flag(URL, domain, "web domain not in the facts")
    answer_body = _blank(_DOMAIN_RE, answer_body)
    source_body = _blank(_DOMAIN_RE, _blank(_URL_RE, source_body))

    cjk = len(_CJK.findall(answer_body))
    latin = len(_LATIN.findall(answer_body))
    if cjk + latin and cjk / (cjk + latin) < config.min_chinese_ratio:
        flag(LANGUAGE, stripped[:40], f"only {cjk}/{cjk + latin} letters are Chinese")
    elif not cjk and stripped:
        flag(LANGUAGE, stripped[:40], "no Chinese text")

    source_phones = _phones(source_body) | allowed
    for phone in sorted(_phones(answer_body)):
        claims += 1
        if phone not in source_phones:
            flag(PHONE, phone, "phone number not in the facts")
    answer_rest = _blank(_PHONE_RE, answer_body)
    source_rest = _blank(_PHONE_RE, source_body)

    source_dates = _dates(source_rest)
    for m in _DATE_RE.finditer(answer_rest):
        claims += 1
        claim = next(iter(_dates(m.group())))
        if not _date_supported(claim, source_dates):
            flag(DATE, m.group(), "date not in the facts")
    answer_rest = _blank(_DATE_RE, answer_rest)
    source_rest = _blank(_DATE_RE, source_rest)

    source_times = _times(source_rest)
    for m in _TIME_RE.finditer(answer_rest):
        claims += 1
        if (int(m["h"]), int(m["m"])) not in source_times:
            flag(TIME, m.group(), "time of day not in the facts")
    answer_rest = _blank(_TIME_RE, answer_rest)
    source_rest = _blank(_TIME_RE, source_rest)

    # Numbers with a unit are compared with their unit: "20元" in the facts does not license
    # "20个工作日" or "20份".
    answer_rest = _blank(_LIST_MARKER, answer_rest)
    source_typed = _typed(source_rest)
    for pattern, kind in ((_FEE_RE, FEE), (_PERCENT_RE, FEE), (_QUANTITY_RE, QUANTITY)):
        for m in pattern.finditer(answer_rest):
            claims += 1
            if not _typed(m.group()) <= source_typed:
                flag(kind, m.group(), "amount or quantity not in the facts")
        answer_rest = _blank(pattern, answer_rest)

    norm_source = _compact(source_rest)
    for m in _ADDRESS_RE.finditer(answer_rest):
        claims += 1
        if _compact(m.group()) not in norm_source:
            flag(ADDRESS, m.group(), "street address not in the facts")

    source_numbers = _numbers(source_rest) | allowed
    for number in sorted(_numbers(answer_rest)):
        claims += 1
        if number not in source_numbers:
            flag(NUMBER, number, "number not in the facts")

    compact_source = _compact(source)
    compact_answer = _compact(answer)
    # Known offices and districts, also named without the city ("东城区政务服务中心").
    names = set(DISTRICTS)
    for office in known_offices:
        names |= {office, office.removeprefix(CITY)}
    for name in sorted(names, key=len, reverse=True):
        key = _compact(normalise(name))
        if key and key in compact_answer and key not in compact_source:
            flag(OFFICE, name, "office or district not in the facts")
            compact_answer = compact_answer.replace(key, "")
    # Any other office-like name ("…局", "…中心", "…窗口", "…人民政府").
    flagged = [_compact(v.text).removeprefix(CITY) for v in violations if v.kind == OFFICE]
    for name, ending in dict.fromkeys(_office_names(answer)):
        claims += 1
        key = _compact(name)
        if any(f in key for f in flagged):
            continue  # already reported as a known office or district
        if not _office_supported(key, ending, compact_source):
            flag(OFFICE, name, "office or department not in the facts")

    for pattern, kind, reason in (
        (_PROMISE_RE, PROMISE, "promise or guarantee not in the facts"),
        (_DECISION_RE, DECISION, "decision, status or official notice not in the facts"),
        (_PERMISSION_RE, PERMISSION, "loophole or permission not in the facts"),
    ):
        for m in pattern.finditer(answer):
            claims += 1
            if kind == DECISION and _CONDITIONAL.search(answer[max(0, m.start() - 6) : m.start()]):
                continue  # "如您已办理…": a condition, not a status claim
            if _compact(m.group()) not in compact_source:
                flag(kind, m.group(), reason)

    _check_polarity(answer, source, flag)
    claims += len(_modal_claims(answer)) + sum(map(len, _fee_statements(answer)))
    return GroundingVerdict(tuple(violations), claims)


def _check_polarity(answer: str, source: str, flag) -> None:
    """Fee and requirement statements must agree with the facts, and exemptions need facts."""
    text_pos, text_neg = _fee_statements(answer)
    fact_pos, fact_neg = _fee_statements(source)
    if text_pos and not fact_pos:
        flag(
            NEGATION if fact_neg else FEE,
            text_pos[0],
            "fee stated, the facts say it is free" if fact_neg else "fee not in the facts",
        )
    if text_neg and not fact_neg:
        flag(
            NEGATION if fact_pos else FEE,
            text_neg[0],
            "free of charge stated, the facts name a fee"
            if fact_pos
            else "free of charge not in the facts",
        )

    fact_claims = _modal_claims(source)
    for modality, polarity, concept, matched in _modal_claims(answer):
        same = opposite = 0
        for f_modality, f_polarity, f_concept, _ in fact_claims:
            if f_modality != modality:
                continue
            n = _common_prefix(concept, f_concept)
            # Related statements share the shorter concept, or at least three characters
            # ("携带身份证" and "携带户口本" are different requirements).
            if n < min(3, len(concept), len(f_concept)):
                continue
            if f_polarity == polarity:
                same = max(same, n)
            else:
                opposite = max(opposite, n)
        if opposite > same:
            flag(NEGATION, matched, "contradicts the facts (negation flipped)")
        elif same:
            continue
        elif modality == "need" and not polarity and not concept.startswith(_COURTESY):
            flag(PERMISSION, matched, "exemption not in the facts")

    fact_proxies = {
        m.group() for m in _PROXY_RE.finditer(source) if not _negated(source, m.start())
    }
    fact_no_proxy = {m.group() for m in _PROXY_RE.finditer(source) if _negated(source, m.start())}
    for m in _PROXY_RE.finditer(answer):
        if _negated(answer, m.start()) or m.group() in fact_proxies:
            continue
        if fact_no_proxy:
            flag(NEGATION, m.group(), "the facts rule out acting for someone else")
        else:
            flag(PERMISSION, m.group(), "acting for someone else not in the facts")
