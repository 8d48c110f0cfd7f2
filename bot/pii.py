"""Find, normalise and redact personal identifiers in Chinese hotline text.

Callers give us what citizens type or what speech recognition produced: full-width digits, odd dashes,
spaces inside numbers, +86 prefixes. Everything here works on an NFKC-normalised copy of the text and
maps every match back to the caller's original characters, so spans can be used to slice (or redact)
the text the caller holds.

Kinds:

- ``phone_number``: Chinese mobiles (``1[3-9]`` + 9 digits, optional +86/0086/86 prefix) and landlines
  (area code + 7-8 digits, optional extension). Values: ``13800138000``, ``0755-12345678``,
  ``0755-12345678-801`` (area-local-extension).
- ``id_number``: 18-character resident identity numbers (GB 11643-1999) with a valid check digit, a
  province code and a plausible birth date. Values are compact with an upper-case ``X``.
- ``ticket_id``: our work-order ids, ``GD`` + a real calendar date (YYYYMMDD) + a 4-digit sequence.
- ``person_name``: heuristics for self-introductions (我叫张三, 姓名：赵六) and surname + title (李女士).
  For redaction only: never an NLU entity, and deliberately conservative.

No pattern matches inside a longer run of digits or letters: the tail of an 18-digit ID is not a
phone number, and the digits of a ticket id are neither.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

import phonenumbers
from stdnum.cn import ric
from stdnum.exceptions import ValidationError

PHONE_NUMBER = "phone_number"
ID_NUMBER = "id_number"
TICKET_ID = "ticket_id"
PERSON_NAME = "person_name"

# The kinds that are also NLU entities (see domain.yml); names are for redaction only.
ENTITY_KINDS: tuple[str, ...] = (PHONE_NUMBER, ID_NUMBER, TICKET_ID)
ALL_KINDS: tuple[str, ...] = (*ENTITY_KINDS, PERSON_NAME)

# Other modules (e.g. the fine-tuning data pipeline) rely on exactly these placeholders.
PLACEHOLDERS: dict[str, str] = {
    PHONE_NUMBER: "<PHONE>",
    ID_NUMBER: "<ID_NUMBER>",
    TICKET_ID: "<TICKET_ID>",
    PERSON_NAME: "<NAME>",
}

# Earliest birth date we accept in a resident ID: the format dates from 1999, older holders were
# born in the 20th century at the earliest.
_EARLIEST_BIRTH = dt.date(1900, 1, 1)


@dataclass(frozen=True)
class PIIMatch:
    """One identifier found in a text.

    ``start``/``end`` index the caller's original text (``text == original[start:end]``);
    ``value`` is the normalised identifier.
    """

    kind: str
    start: int
    end: int
    text: str
    value: str


# --- normalisation ------------------------------------------------------------------------------

# Dash-like characters that NFKC leaves alone but people (and IMEs) put inside phone numbers.
_DASH_TABLE = str.maketrans(dict.fromkeys("‐‑‒–—―−﹣", "-"))


def _normalise(text: str) -> tuple[str, list[int]]:
    """NFKC-normalise ``text`` character by character, keeping a map back to the original.

    ``index[i]`` is the position in ``text`` of the character that produced normalised character i.
    Per-character NFKC differs from whole-string NFKC only for combining sequences, which never
    occur inside the identifiers we look for.
    """
    if text.isascii():
        return text, list(range(len(text)))
    chars: list[str] = []
    index: list[int] = []
    for position, char in enumerate(text):
        normalised = unicodedata.normalize("NFKC", char).translate(_DASH_TABLE)
        chars.append(normalised)
        index.extend([position] * len(normalised))
    return "".join(chars), index


# --- patterns (applied to the normalised text) --------------------------------------------------

# One separator between digit groups: spaces, or a dash (doubled em dashes become "--").
_SEP = r"(?:[ \t]*-{1,2}[ \t]*|[ \t]+)"
# A match must not continue a run of letters/digits, nor a grouped digit run ("6222 0213 ...").
_NO_LEFT = r"(?<![0-9A-Za-z])(?<![0-9][ \t-])"
_NO_RIGHT = r"(?![0-9A-Za-z])"

# Blank runs are matched in linear time: every pattern starts on a non-blank character, and no two
# adjacent parts of a pattern can both take the same blanks (the old prefix ``\(?[ \t]*...86[ \t]*\)?``
# could, which made one long run of spaces cost O(n²): 100,000 spaces took ~100 s).
# tests/test_input_complexity.py times every user-text function on such inputs.
_MOBILE_RE = re.compile(
    rf"""{_NO_LEFT}
    (?: (?:\([ \t]*)? (?:\+|00)? 86 (?:[ \t]*\))? {_SEP}? )?  # +86, 0086, (+86), 86
    (?P<digits> 1 {_SEP}? [3-9] (?: {_SEP}? [0-9] ){{9}} )  # 138 0013 8000
    {_NO_RIGHT}""",
    re.VERBOSE,
)

_LANDLINE_RE = re.compile(
    rf"""{_NO_LEFT}
    (?: \([ \t]*(?P<area_p>0[0-9]{{2,3}})[ \t]*\) | (?P<area>0[0-9]{{2,3}}) )  # 0755, (010)
    {_SEP}?
    (?P<local> [0-9]{{3,4}} {_SEP}? [0-9]{{4}} )                             # 8234 5678
    (?:                                            # extension: -801, 转801, ext. 801, ，分机801
        (?: [ \t]*,?[ \t]*(?:转|分机号?) | [ \t]*(?:-|ext\.?|EXT\.?|x|X) )
        [ \t]* (?P<ext>[0-9]{{1,6}})
    )?
    {_NO_RIGHT}""",
    re.VERBOSE,
)

# Resident IDs are sometimes written in the printed 6-8-4 grouping.
_ID_RE = re.compile(
    _NO_LEFT
    + r"(?P<region>[0-9]{6})[ \t-]?(?P<birth>[0-9]{8})[ \t-]?(?P<tail>[0-9]{3}[0-9Xx])"
    + _NO_RIGHT
)

_TICKET_RE = re.compile(
    r"(?<![0-9A-Za-z])[Gg][Dd][ \t-]*(?P<date>[0-9]{8})[ \t-]*(?P<seq>[0-9]{4})" + _NO_RIGHT
)

_NON_DIGITS = re.compile(r"[^0-9]")


# --- phone numbers ------------------------------------------------------------------------------


def _find_phones(norm: str) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    # Mobiles are checked by format only (1[3-9] + 9 digits), not with phonenumbers'
    # is_valid_number: its allocation tables reject prefixes such as 140-144, 154, 160-164 and
    # go stale as operators open new ranges, and silently dropping a citizen's real call-back
    # number is worse than accepting an unallocated one (staff confirm the number anyway).
    for match in _MOBILE_RE.finditer(norm):
        found.append((match.start(), match.end(), _NON_DIGITS.sub("", match["digits"])))
    # Landlines are where a regex alone is wrong: the area code has 3 or 4 digits (010, 020-029
    # vs 0755), the local number 7 or 8 depending on the city, and "01065123456" has no separator
    # to tell us. phonenumbers' metadata knows valid area codes and lengths, so it decides validity
    # and where the area code ends.
    for match in _LANDLINE_RE.finditer(norm):
        area = match["area_p"] or match["area"]
        digits = area + _NON_DIGITS.sub("", match["local"])
        try:
            number = phonenumbers.parse(digits, "CN")
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(number):
            continue
        national = str(number.national_number)
        if phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE:
            # A mobile dialled with the long-distance prefix: "013800138000".
            found.append((match.start(), match.end(), national))
            continue
        area_length = phonenumbers.length_of_geographical_area_code(number)
        if area_length == 0:
            continue
        value = f"0{national[:area_length]}-{national[area_length:]}"
        if match["ext"]:
            value += f"-{match['ext']}"
        found.append((match.start(), match.end(), value))
    return found


def _first_value(text: str, kind: str) -> str | None:
    matches = find_pii(text, kinds=[kind])
    return matches[0].value if matches else None


def normalize_phone(text: str) -> str | None:
    """The normalised value of the first phone number in ``text`` (or None).

    ``"+86 138-0013-8000"`` -> ``"13800138000"``; ``"（0755）1234 5678"`` -> ``"0755-12345678"``.
    """
    return _first_value(text, PHONE_NUMBER)


# --- resident ID numbers ------------------------------------------------------------------------


def is_valid_id_number(number: str, *, today: dt.date | None = None) -> bool:
    """Whether ``number`` is a valid 18-character resident ID.

    Checks the GB 11643-1999 MOD 11-2 check digit and the birth date with python-stdnum, that the
    birth date lies between 1900-01-01 and ``today``, and that the first two digits are a province
    code. Spaces/dashes between the 6-8-4 groups and full-width characters are accepted.
    """
    compact = _NON_ID_CHARS.sub("", unicodedata.normalize("NFKC", number)).upper()
    if not _COMPACT_ID_RE.fullmatch(compact) or compact[:2] not in _PROVINCE_CODES:
        return False
    # Not ric.is_valid(): it also checks the county code against the birth year, but counties are
    # renamed and merged and the code on the card is the one at registration, so it rejects real
    # IDs (e.g. 230306 for people born before 1983), and python-stdnum 2.2 raises KeyError for
    # codes such as 340524.
    if ric.calc_check_digit(compact) != compact[-1]:
        return False
    try:
        birth = ric.get_birth_date(compact)
    except ValidationError:
        return False
    return _EARLIEST_BIRTH <= birth <= (today or dt.date.today())


_NON_ID_CHARS = re.compile(r"[ \t\-‐‑‒–—―−﹣]")
_COMPACT_ID_RE = re.compile(r"[0-9]{17}[0-9X]")
# GB/T 2260 province-level codes; 81/82/83 are the residence permits of Hong Kong, Macao and
# Taiwan residents, which use the same format.
_PROVINCE_CODES = frozenset(
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 "
    "71 81 82 83".split()
)


def _find_id_numbers(norm: str) -> list[tuple[int, int, str]]:
    found = []
    for match in _ID_RE.finditer(norm):
        value = (match["region"] + match["birth"] + match["tail"]).upper()
        if is_valid_id_number(value):
            found.append((match.start(), match.end(), value))
    return found


# --- ticket ids ---------------------------------------------------------------------------------


def _find_ticket_ids(norm: str) -> list[tuple[int, int, str]]:
    found = []
    for match in _TICKET_RE.finditer(norm):
        date = match["date"]
        try:
            dt.date(int(date[:4]), int(date[4:6]), int(date[6:]))
        except ValueError:
            continue
        found.append((match.start(), match.end(), f"GD{date}{match['seq']}"))
    return found


def parse_ticket_id(text: str) -> str | None:
    """The first valid ticket id in ``text``, normalised (``gd 20261128 0001`` -> ``GD202611280001``)."""
    return _first_value(text, TICKET_ID)


# --- person names -------------------------------------------------------------------------------

# Common surnames (roughly the most frequent 200 in mainland China), minus those that are also
# everyday words right before a title ("看门大爷", "物管师傅", "出租车师傅", "邻居阿姨", "公司老板").
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蔡蒋余于杜叶程魏"
    "苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付傅方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚"
    "邵万覃武钱戴严欧莫孔常汤康易乔赖施洪牛樊葛邢安齐伍庞颜倪庄聂章鲁岳翟殷詹申耿兰焦俞左柳甘祝"
    "包宁尚符舒阮柯纪梅童凌毕单季裴霍涂苗谷盛曲翁冉骆蓝游辛靳柴蒙鲍喻祁蒲滕屈饶牟艾尤穆农卓"
    "古吉缪简项连麦褚娄窦戚岑景党宫费卜冷晏席米柏宗瞿桂佟臧闵苟邬边卞姬仇栾隋刁沙荣巫寇桑郎"
    "甄丛仲虞敖巩佘池苑迟邝谈匡鞠惠荆冀郁胥储栗燕楚鄢奚粟冼蔺闻厉伊郜阚帅屠朴廉禹祖漆卿狄索"
    "晋扈晁芮阙鹿邸雍辜裘邰赫杭逯隆茹慕嵇湛宾戎茅揭尉"
)
_COMPOUND_SURNAMES = frozenset(
    ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒",
     "夏侯", "令狐", "端木", "西门", "南宫", "独孤"]
)  # fmt: skip
_TITLES = (
    "先生", "女士", "小姐", "阿姨", "师傅", "大爷", "大妈", "大姐", "大哥", "老师", "同志", "叔叔",
    "奶奶", "爷爷", "老板", "经理", "主任", "医生", "律师", "警官",
)  # fmt: skip
# Two-character words that end in a surname character: "关于女士们" is not 于女士, "上周阿姨" not 周阿姨.
_WORDS_ENDING_IN_SURNAME = frozenset(
    ["关于", "对于", "由于", "至于", "等于", "属于", "位于", "基于", "处于", "终于", "过于", "用于",
     "主任", "责任", "信任", "担任", "前任", "现任", "保安", "公安", "平安", "治安", "经常", "非常",
     "正常", "通常", "日常", "平常", "异常", "上周", "下周", "本周", "每周", "这周", "一周", "对方",
     "双方", "一方", "甲方", "乙方", "警方", "官方", "地方", "中文", "语文", "英文", "工程", "课程",
     "现金", "租金", "押金", "资金", "奖金", "基金", "积金", "相关", "有关", "机关", "联系"]
)  # fmt: skip
# Characters that end a given name: particles, pronouns, verbs that follow a self-introduction, and
# address suffixes.
_NAME_STOP_CHARS = frozenset(
    "的了是在想要和与跟及说问来去我你您他她它们这那个就也都还又有没请吗呢啊呀吧哦嗯呃"
    "区市县镇乡村路街巷弄号楼栋单室省州住打给找被把对从到向今昨刚因为所但而或"
)
_NAME_STOP_WORDS = frozenset(
    ["电话", "手机", "号码", "身份", "地址", "联系", "今天", "明天", "昨天", "后天", "现在", "反映",
     "投诉", "咨询", "需要", "来电", "家住", "小区", "社区", "想问", "请问", "工单", "预约", "办理",
     "申请", "一下", "业主", "居民", "本人", "这边", "刚才", *_TITLES]
)  # fmt: skip
# What follows a place name, not a person's name: "我是高新区的" is not 高新.
_PLACE_SUFFIX_CHARS = frozenset("区市县镇乡村路街巷弄省州")
_PLACE_WORDS = frozenset(
    ["小区", "社区", "花园", "大厦", "广场", "公园", "医院", "学校", "新区", "新村", "大道", "大街",
     "街道", "园区", "家园", "公司", "银行", "中心", "酒店", "商场", "超市", "物业"]
)  # fmt: skip

_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
_SELF_INTRO_RE = re.compile(r"我叫|我的名字(?:叫|是)|名字叫|我是|本人(?:是|叫)?|联系人(?:是|叫)")
_LABEL_RE = re.compile(r"(?:姓名|名字|联系人)[ \t]*(?::[ \t]*|是|叫)")
_SURNAME_ONLY_RE = re.compile(r"我姓|本人姓")
_TITLE_RE = re.compile("|".join(_TITLES))


def _is_cjk(norm: str, position: int) -> bool:
    return position < len(norm) and _CJK_RE.match(norm, position) is not None


def _stops_name(norm: str, position: int) -> bool:
    if not _is_cjk(norm, position) or norm[position] in _NAME_STOP_CHARS:
        return True
    return norm[position : position + 2] in _NAME_STOP_WORDS


def _surname_at(norm: str, position: int) -> int:
    """Length of the surname starting at ``position`` (0 if none)."""
    if norm[position : position + 2] in _COMPOUND_SURNAMES:
        return 2
    return 1 if position < len(norm) and norm[position] in _SURNAMES else 0


def _given_name_end(norm: str, position: int, max_length: int) -> int:
    end = position
    while end - position < max_length and not _stops_name(norm, end):
        end += 1
    return end


def _followed_by_place(norm: str, position: int) -> bool:
    return (position < len(norm) and norm[position] in _PLACE_SUFFIX_CHARS) or norm[
        position : position + 2
    ] in _PLACE_WORDS


# Everyday words that begin with a surname character: "本人申报" / "我是申请人" name nobody.
_WORDS_STARTING_WITH_SURNAME = frozenset(
    ["申报", "申请", "申领", "申办", "申诉", "申明", "高新", "高龄", "常住", "常年", "户籍", "户口",
     "应该", "于是", "万一", "余额", "许多", "何时", "周末", "周边", "方便", "方面", "程序", "金额",
     "安全", "安排", "全部", "全家", "温馨", "成功", "成年", "单位", "单身", "孙子", "项目",
     "时间", "曾经", "向您", "关于", "管理", "经营", "农村", "农民", "丁克", "车辆", "车主", "房东",
     "房主", "江边", "毛坯", "付款", "任何", "包括", "康复", "路过", "鲁莽", "史上", "水电", "童年"]
)  # fmt: skip


def _surname_and_given(norm: str, position: int) -> int | None:
    """End of a "surname + 1-2 character given name" starting at ``position``, if plausible."""
    surname = _surname_at(norm, position)
    if not surname or norm[position : position + 2] in _WORDS_STARTING_WITH_SURNAME:
        return None
    end = _given_name_end(norm, position + surname, 2)
    if end == position + surname or _followed_by_place(norm, end):
        return None
    return end


def _find_names(norm: str) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    # Explicit labels (姓名：赵六) need no surname from our list; the name runs up to 4 characters.
    for match in _LABEL_RE.finditer(norm):
        start = match.end()
        end = _surname_and_given(norm, start) or _given_name_end(norm, start, 4)
        if end - start >= 2:
            found.append((start, end, norm[start:end]))
    # Self-introductions (我叫张三, 我是李四, 本人王小明) must start with a known surname.
    for match in _SELF_INTRO_RE.finditer(norm):
        end = _surname_and_given(norm, match.end())
        if end is not None:
            found.append((match.end(), end, norm[match.end() : end]))
    for match in _SURNAME_ONLY_RE.finditer(norm):
        start = match.end()
        length = _surname_at(norm, start)
        if length:
            found.append((start, start + length, norm[start : start + length]))
    # Surname + title (张先生, 欧阳女士, 王阿姨): only the surname is the identifying part.
    for match in _TITLE_RE.finditer(norm):
        title_start = match.start()
        for length in (2, 1):
            start = title_start - length
            if start < 0 or _surname_at(norm, start) != length:
                continue
            if (
                length == 1
                and start > 0
                and norm[start - 1 : start + 1] in _WORDS_ENDING_IN_SURNAME
            ):
                continue
            found.append((start, title_start, norm[start:title_start]))
            break
    return found


# --- public API ---------------------------------------------------------------------------------

_FINDERS = {
    PHONE_NUMBER: _find_phones,
    ID_NUMBER: _find_id_numbers,
    TICKET_ID: _find_ticket_ids,
    PERSON_NAME: _find_names,
}


def _check_kinds(kinds: Iterable[str] | None) -> tuple[str, ...]:
    if kinds is None:
        return ALL_KINDS
    if isinstance(kinds, str):
        raise TypeError(f"kinds must be an iterable of kind names, not the string {kinds!r}")
    selected = tuple(dict.fromkeys(kinds))
    unknown = [kind for kind in selected if kind not in _FINDERS]
    if unknown:
        raise ValueError(f"unknown PII kind(s) {unknown}; known kinds: {list(ALL_KINDS)}")
    return selected


def find_pii(text: str, kinds: Iterable[str] | None = None) -> list[PIIMatch]:
    """All identifiers of the given kinds (default: all) in ``text``, sorted and non-overlapping.

    Where candidates overlap, the one starting first wins, then the longer one; candidates are
    only produced for valid identifiers, so an invalid ID cannot hide a phone number and vice versa.
    """
    selected = _check_kinds(kinds)
    if not text:
        return []
    norm, index = _normalise(text)
    candidates = []
    for priority, kind in enumerate(selected):
        for start, end, value in _FINDERS[kind](norm):
            candidates.append((start, -(end - start), priority, kind, end, value))
    candidates.sort()
    matches: list[PIIMatch] = []
    last_end = 0
    for start, _, _, kind, end, value in candidates:
        if start < last_end:
            continue
        original_start, original_end = index[start], index[end - 1] + 1
        matches.append(
            PIIMatch(
                kind=kind,
                start=original_start,
                end=original_end,
                text=text[original_start:original_end],
                value=value,
            )
        )
        last_end = end
    return matches


def redact(text: str) -> str:
    """``text`` with every identifier replaced by its typed placeholder (``<PHONE>`` etc.)."""
    parts: list[str] = []
    position = 0
    for match in find_pii(text):
        parts.append(text[position : match.start])
        parts.append(PLACEHOLDERS[match.kind])
        position = match.end
    parts.append(text[position:])
    return "".join(parts)
