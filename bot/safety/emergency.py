"""Emergency and crisis triage: which number to call right now, and what to do until help arrives.

12345 cannot dispatch rescue, so when a message describes an emergency the assistant's only job
is to name the right number at once and say what to do now; never a form, never "please rephrase".
:func:`detect_emergency` runs on every message (``custom_components.emergency_gate``) and its
positive decision wins over every classifier, in every dialogue state.

How a message is decided, in linear time in its length:

1. Normalise: NFKC (full-width letters/digits/punctuation), lower case, no whitespace.
2. Lexicon and patterns per category (``_SIGNALS``). Each signal is either an **event** (something
   happening now: "着火了", "倒地不省人事", "一股煤气味", "我刚转了五万", "不想活了"), a **strong**
   event that a service word does not silence (being coached through a transfer, a person
   trapped), or a **topic** (a word that also names a service subject: "火灾", "诈骗", "急救车",
   "家暴"). Look-alike spans are removed first (``_LOOKALIKE``: "煤气灶打不着火", a pet that ran
   away, "堵得我想死"); a message *about* self-harm (the past, a death being dealt with, fiction,
   prevention work) with no mark of the writer's own present crisis does not count the words that
   only name the subject (自杀, 跳楼, 割腕), but the writer's own despair always counts.
3. Frames that make a message *not* a report: service questions (办理, 收费标准, 缴费, 投诉, 预约,
   咨询, 电话是多少 ...), the past (去年, 上次, 以前 ...), prevention / fiction / hypotheticals
   (怎么预防, 演练, 电视剧 ...). A service frame silences topics, and events that carry no mark of
   "now" (了, 刚, 正在, 快, 救 ...); a past or prevention frame silences events too. Self-harm and calls for help ("救命") are never silenced by a frame:
   0 misses there matters more than a rare false alarm.
4. When no pattern matches and no frame applies, a small character n-gram logistic regression
   (trained on first use from ``bot/safety/data/emergency_train.yml`` plus the ``tune`` split of the
   safety banks when present, never ``heldout``) adds recall for paraphrases the lexicon misses.
   Its self-harm second opinion (self-harm against everything else) reads every short message,
   framed or not, and its positive decision joins the rule hits (``SELF_HARM_THRESHOLD``). The
   trained models are kept in ``models/safety`` keyed by their data (``bot.safety.model_cache``).
5. Several categories: the most urgent wins (self-harm, fire, gas, rescue, violence ...); 120 is
   added when someone is hurt (traffic: 122 + 120).

Every category has one static reply text (``MESSAGES``): the same text is the conditional
variation of ``utter_emergency`` in ``domain.yml`` (a test keeps them equal), so the right number
goes out even when the action server is down. No LLM text is used in an emergency reply.
"""

from __future__ import annotations

import functools
import logging
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.safety.letters import LETTER_MARKS, LETTER_MIN_CHARS
from bot.safety.service_questions import KNOWLEDGE_DIR, knowledge_questions
from bot.safety.simplified import simplify_for_matching
from bot.safety.tfidf import pipeline_proba

logger = logging.getLogger(__name__)

MEDICAL = "medical"
FIRE = "fire"
GAS = "gas"
RESCUE = "rescue"
VIOLENCE = "violence"
DOMESTIC_VIOLENCE = "domestic_violence"
ROBBERY = "robbery"
STALKING = "stalking"
MISSING_PERSON = "missing_person"
FRAUD = "fraud"
TRAFFIC = "traffic"
SELF_HARM = "self_harm"
# A call for help with no recognisable kind ("救命"), or the NLU classifiers' report_emergency
# without a detector decision: all main numbers, so nobody is sent to a wrong one silently.
UNKNOWN = "unknown"

CATEGORIES: tuple[str, ...] = (
    MEDICAL,
    FIRE,
    GAS,
    RESCUE,
    VIOLENCE,
    DOMESTIC_VIOLENCE,
    ROBBERY,
    STALKING,
    MISSING_PERSON,
    FRAUD,
    TRAFFIC,
    SELF_HARM,
)

# Most urgent first: a message naming several kinds gets the first one's reply.
PRIORITY: tuple[str, ...] = (
    SELF_HARM,
    FIRE,
    GAS,
    RESCUE,
    DOMESTIC_VIOLENCE,
    VIOLENCE,
    ROBBERY,
    MISSING_PERSON,
    FRAUD,
    STALKING,
    TRAFFIC,
    MEDICAL,
    UNKNOWN,
)

NUMBERS: dict[str, tuple[str, ...]] = {
    MEDICAL: ("120",),
    FIRE: ("119",),
    GAS: ("119",),
    RESCUE: ("119",),
    VIOLENCE: ("110",),
    DOMESTIC_VIOLENCE: ("110",),
    ROBBERY: ("110",),
    STALKING: ("110",),
    MISSING_PERSON: ("110",),
    FRAUD: ("110",),
    TRAFFIC: ("122",),
    SELF_HARM: ("12356", "120", "110"),
    UNKNOWN: ("110", "119", "120", "122", "12356"),
}

# The static replies (also utter_emergency's variations in domain.yml): the number first, then
# what to do right now. Written once here; tests/safety/test_emergency_detector.py keeps
# domain.yml equal to them.
MESSAGES: dict[str, str] = {
    MEDICAL: (
        "这是紧急情况，请立即拨打120急救电话！说清详细地址和病人的情况，按调度员的指导做。"
        "现在：让病人就地平躺，不要随意搬动；没有意识、没有呼吸时，会的话马上做心肺复苏；"
        "大出血时用干净的布用力按住伤口；请人到路口接救护车。12345热线无法派出救援力量。"
    ),
    FIRE: (
        "这是紧急情况，请立即拨打119火警电话！现在：马上离开，走楼梯，不要乘电梯；"
        "用湿毛巾捂住口鼻、弯腰低姿撤离，不要回去拿东西；出不去时关紧房门、用湿布堵住门缝，到窗口呼救。"
        "报警时说清详细地址、什么在烧、有没有人被困；有人受伤同时拨打120。"
    ),
    GAS: (
        "这是紧急情况！现在：不要开关任何电器和电灯，不要点火，不要在屋里打电话；"
        "能做到就关闭燃气总阀，打开门窗通风，马上离开，提醒邻居撤离；到室外安全的地方拨打119。"
        "有人头晕、昏迷时把他移到通风处，同时拨打120。"
    ),
    RESCUE: (
        "这是紧急情况，请立即拨打119求救！被困电梯：按电梯里的警铃或拨打电梯内的救援电话"
        "（很多城市是96333），不要扒门、不要强行爬出，保持镇静等待救援；有人落水：大声呼救，"
        "抛救生圈、绳子、木板，不会游泳不要下水；被困在塌方、洪水等险境：到高处安全的地方，"
        "保持电话畅通。有人受伤同时拨打120。"
    ),
    VIOLENCE: (
        "这是紧急情况，请立即拨打110报警！现在先保证自己的安全：离开现场，到人多或能锁门的地方，"
        "不要和对方正面冲突；记住对方的样貌、衣着和逃跑方向。报警时说清地点和现场情况；"
        "有人受伤同时拨打120。"
    ),
    DOMESTIC_VIOLENCE: (
        "这是紧急情况，请立即拨打110报警！现在：先离开施暴的人，去邻居家、能锁门的房间或人多的地方，"
        "带上手机和孩子；受伤请拨打120，并保留伤情照片和就诊记录。之后可以拨打妇女维权热线12338求助，"
        "也可以向法院申请人身安全保护令。"
    ),
    ROBBERY: (
        "这是紧急情况，请立即拨打110报警！现在：人身安全第一，不要追赶或和对方搏斗；"
        "记住对方的样貌、衣着、车辆和逃跑方向；家里有人闯入时躲进能锁门的房间再报警。"
        "保护好现场；有人受伤同时拨打120。"
    ),
    STALKING: (
        "请立即拨打110报警！现在：往人多、有监控的地方走（商店、车站、派出所），不要回家，"
        "也不要去偏僻的地方；给家人或朋友打电话，告诉他们你在哪里；记住对方的样貌，"
        "保留照片和聊天记录等证据。"
    ),
    MISSING_PERSON: (
        "请立即拨打110报警！报警寻人不需要等24小时。现在：告诉民警走失的人的样貌、衣着、"
        "最后出现的时间和地点，准备好近期照片；请人留在原地等，同时请商场或小区保安查看监控、广播寻人。"
    ),
    FRAUD: (
        "请立即停止转账，马上拨打110报警（也可拨打反诈专线96110）！现在：不要再给对方转钱，"
        "不要说出验证码，不要开启屏幕共享；马上联系银行冻结或挂失账户；保留转账记录、聊天记录"
        "和对方的账号。公安机关不会在电话里要求把钱转到“安全账户”。"
    ),
    TRAFFIC: (
        "这是紧急情况，请立即拨打122报警；有人受伤同时拨打120！现在：打开危险报警闪光灯，"
        "在车后方放好警告标志；所有人撤到护栏外或路边安全的地方；不要随意挪动伤者（起火等危险除外），"
        "保护现场、拍照留存。"
    ),
    SELF_HARM: (
        "听到你这样说，我很担心你。你愿意说出来很重要，你不是一个人在面对。"
        "请现在就拨打心理援助热线12356，那里有专业的人愿意听你说、陪你一起想办法。"
        "如果你已经伤害了自己，或者马上就有危险，请立即拨打120或110。"
        "也请现在联系一位你信任的人来陪着你，并把可能伤害自己的东西放远一些。"
    ),
    UNKNOWN: (
        "如遇危及生命财产安全的紧急情况，请立即拨打：110（报警）、119（火警、救援）、"
        "120（急救）、122（交通事故）；有轻生念头时请拨打心理援助热线12356。"
        "先确保自己和他人的安全，说清详细地址和现场情况。12345热线无法派出救援力量。"
    ),
}


# One line per category, appended when that kind is the second one in a message.
SECONDARY_LINES: dict[str, str] = {
    MEDICAL: "有人受伤或发病，请同时拨打120。",
    FIRE: "有火情，请同时拨打119。",
    GAS: "有燃气泄漏，请同时拨打119，不要开关电器、不要点火。",
    RESCUE: "有人被困或落水，请同时拨打119。",
    VIOLENCE: "有人身危险，请同时拨打110报警。",
    DOMESTIC_VIOLENCE: "有家暴，请同时拨打110报警。",
    ROBBERY: "有抢劫或盗窃，请同时拨打110报警。",
    STALKING: "有人跟踪，请同时拨打110报警。",
    MISSING_PERSON: "有人走失，请同时拨打110报警，不需要等24小时。",
    FRAUD: "涉及诈骗转账，请同时拨打110报警并停止转账。",
    TRAFFIC: "涉及交通事故，请同时拨打122。",
    SELF_HARM: (
        "如果你或身边的人有伤害自己的念头，请拨打心理援助热线12356，那里有人愿意听你说；"
        "已经伤害了自己时请立即拨打120。"
    ),
}


@dataclass(frozen=True)
class EmergencyDecision:
    """A positive triage decision: the category, the numbers to call (in order) and the reply."""

    category: str
    numbers: tuple[str, ...]
    message: str
    # Why: "event:<signal>", "topic:<signal>", "help:<signal>" or "classifier:<p>" (for audit;
    # never the citizen's text).
    reason: str

    def to_payload(self) -> dict[str, object]:
        return {"category": self.category, "numbers": list(self.numbers), "reason": self.reason}


def decision_for(category: str, reason: str, injured: bool = False) -> EmergencyDecision:
    """The decision for ``category`` (120 appended when someone is hurt and it is not there)."""
    numbers = NUMBERS[category]
    if injured and "120" not in numbers:
        numbers = (*numbers, "120")
    return EmergencyDecision(category, numbers, MESSAGES[category], reason)


# --- normalisation -------------------------------------------------------------------------------

_SPACE = re.compile(r"[\s\u200b-\u200f\u2060\ufeff]+")


def normalize(text: str | None) -> str:
    """NFKC (full-width -> half-width), lower case, traditional characters simplified,
    all whitespace and zero-width marks removed."""
    text = simplify_for_matching(unicodedata.normalize("NFKC", text or "").lower())
    return _SPACE.sub("", text)


# --- lexicon -------------------------------------------------------------------------------------
# Patterns use only bounded gaps (.{0,n}) and fixed lookarounds, so each runs in linear time.

EVENT = "event"  # something happening now; silenced only by a past / prevention frame
TOPIC = "topic"  # also a service subject; silenced by any frame
HELP = "help"  # a call for help or a crisis; never silenced
# An unmistakable report in progress (being coached to transfer money, a person trapped): a
# service word in the same message ("理赔", "银行") does not silence it; the past does.
STRONG = "strong"

_FAMILY = (
    "老公|丈夫|老婆|妻子|媳妇|男朋友|男友|女朋友|前夫|前妻|我爸|我妈|爸爸|妈妈|父亲|母亲|继父|继母|"
    "后爸|后妈|儿子|女儿|公公|婆婆|岳父|岳母|家里人|对象|舅妈|舅舅|姑姑|姑父|叔叔|婶婶|伯伯|伯母|儿媳|女婿|嫂子|弟媳"
)
_PERSON = (
    "孩子|小孩|儿子|女儿|宝宝|娃|闺女|老人|老头|老太太|我爸|我妈|爸爸|妈妈|爷爷|奶奶|外婆|外公|"
    "姥姥|姥爷|阿嬷|阿婆|阿公|阿爷|老父亲|老母亲|父亲|母亲|弟弟|妹妹|哥哥|姐姐|学生|家人|老伴|老公|老婆|丈夫|妻子|"
    "对象|朋友|同学|室友|侄子|侄女|外甥|外甥女|孙子|孙女|小朋友|男孩|女孩|小伙子|姑娘|工友|表弟|表妹|堂弟|堂妹"
)
_NOT_THINGS = "(?!手机|钱包|钥匙|东西|卡|证|书包|作业|身份证|社保卡|户口本|快递|包裹|车|文件|材料)"

# Ruin, disgrace or exhaustion next to the means made ready: the writer's own crisis.
_DESPAIR_CONTEXT = (
    r"指指点点|议论|抬不起头|没脸|丢人|问责|记过|吊销|开除|网暴|开盒|人肉|泼(了)?(红)?(漆|油漆)|没人(理|管|帮|在乎)|"
    r"(几|三|两|一|好几|好)天没(吃|睡)|没吃饭|睡不着|不想|没意思|没希望|受不了|撑不|崩溃|绝望|完了|算了|没用|对不起|"
    r"索赔|赔光|亏光|破产|倒闭|欠(了)?一屁股|走投无路|没(有)?(活|退)路|逼死|(到期|交不起|还不上)"
)

# Money or an account left to a relative (the self-harm signal money_left_before_going).
_LEFT_TO_A_RELATIVE = "(给|留给)(我妈|我爸|我老婆|我老公|我孩子|我女儿|我儿子|我闺女|家里|家人)"

# The dead one goes to join ("去找过世的外婆", "就去找老头子"): the self-harm signal join_the_dead.
_JOINED = "外婆|奶奶|爷爷|外公|姥姥|姥爷|老伴|老头子|老太婆|老头|妈妈|爸爸|我妈|我爸|老妈|老爸|老婆|老公|孩子他爸|孩子他妈|媳妇|丈夫|妻子|儿子|女儿"

# Those a care home or a hospital looks after: the missing-person signal left_the_care_home.
_ELDERS = (
    "老太|老头|大爷|大娘|老大爷|老奶奶|老爷爷|母亲|父亲|老母亲|老父亲|奶奶|爷爷|外婆|外公|姥姥|姥爷|我妈|我爸|爸爸|妈妈|老伴|婆婆|公公|岳父|岳母|"
    "老太太|老爷子|老人|病人|患者"
)

# Where those are looked after, for the same signal.
_CARE_PLACES = "养老院|福利院|敬老院|护理院|康复中心|医院|病房|精神病院|托老所"

# A door or lock someone asks to be taught to force ("教我撬防盗门") is no break-in: the
# lookbehinds the violence and robbery signals put before 撬 / 砸 / 踹.
_TAUGHT = "(?<!教我)(?<!教你)(?<!学)(?<!怎么)(?<!如何)(?<!咋)"

# A jump set for when a last errand is done ("确认了受益人是我妈 我就从楼上下去"): 下去 alone is
# going downstairs, so the errand must come first.
_AFTER_ERRAND = (
    r"(确认|办完|弄完|交代完|安排好|看完|说完|问完|查完|转完)(了)?.{0,12}(以后|之后)?我就(从|去)"
    r".{0,6}(楼上|楼顶|天台|阳台|窗户|窗口|桥上|顶楼|江里|河里)(跳)?下去"
)

# The last clause of the round-49 signals: not news, hearsay, the past, a drill or prevention.
_NOT_REPORTED_NOW = r"^(?!.*(新闻|听说|去年|以前|上次|那次|视频里|演练|怎么防|如何防))"

# Medicine gathered to extract a drug from ("攒够量以后怎么提") is no hoard of pills to take.
_NOT_TO_EXTRACT = "(?!.{0,12}(怎么|如何|咋)(提|提纯|提炼|提取|萃取))"
# Someone back home, discharged or better now ("住的院 现在回来了"): the "now" words do not count it.
_BACK_NOW = "(人)?(都|也)?(已经)?(回来了|回家了|出院了|康复了|好多了)"

# Money asked for again after a transfer, and the vehicles a weaving driver may be in: the round-59
# fraud and traffic signals, and _GOING_ON, which keeps them under way whatever frame is near.
_DEMANDED_AGAIN = "(第二笔|再转|继续转|再汇|再打|再付|扫码|转账|汇款|付款|充值|交钱|打钱)"
_ROAD_VEHICLE = "(车|货车|轿车|小车|大货|面包车|suv)"

_SIGNALS: dict[str, tuple[tuple[str, str, str], ...]] = {
    SELF_HARM: (
        # round 68: the writer going tonight to a named well ("今黑要去村西头那口老井")
        (
            HELP,
            "to_the_well_tonight",
            r"(今黑|今儿黑|今晚|今夜|今儿(个)?晚上|今天晚上|今天夜里|半夜|天黑(以后|后|了)?)(我)?(就)?(要|想|准备|打算|得)?(去|到|上)(村|河|山|屋|院|后|前|西|东|南|北|那|老)?[^井]{0,10}(那口|一口)?(老|枯|旱|深|机)?井(边|里|沿|台)?"
            r"(?!.{0,6}(打水|挑水|提水|抽水|修|清|淘|看看|拍|盖|测|检))",
        ),
        # round 67: a letter set to send itself at a set hour while debt collectors close in; a
        # pupil's essay about their own funeral that names the day, the bridge and the clothes
        (
            HELP,
            "timed_letter_under_pressure",
            r"定时(发送|发出|发布|寄出|推送)|(设|定)(好|在|成)?.{0,4}(明早|明天|今晚|今夜|凌晨|早上|晚上|[0-9一二三四五六七八九十两]+点)(自动)?(发送|发出|发布|寄出|推送) && "
            r"(那|这|一)(封|条|段|篇)(信|邮件|长信|消息|留言|长文|朋友圈|微博)|遗书|遗言|告别信 && "
            r"催收|催债|网贷|欠(了)?.{0,6}(钱|债|贷|款)|还不上|还不起|债主|撑不(下去|住)|活不下去|没脸|连累|对不起 && "
            r"^(?!.*(生日|祝福|纪念日|表白|求婚|惊喜|怎么设置|如何设置|设置方法|在哪设置|功能|新闻|小说|剧本))",
        ),
        (
            HELP,
            "own_funeral_planned",
            r"(我|自己)的(葬礼|遗书|遗言|追悼会|告别式|墓志铭|死期)|我死(的|后)(那天|以后)|我的最后一天 && "
            r"(日期|日子|时间|哪天|哪一天)(都|也|就)?(定|选|写)(好|在|了)|定在(这|下|明|今|本)|(这个?|下个?|本)(周|礼拜|星期)[一二三四五六日天末]|"
            r"(哪|那|这)座桥|(哪|那|这)(栋|幢)楼|楼顶|天台|江边|河边|写得(清清楚楚|很清楚|明明白白|很详细|特别详细)|都写(了|好了|清楚了) && "
            r"^(?!.*(新闻|听说|小说|电影|电视剧|剧本|去年|以前|上次|那次|老人|爷爷|奶奶|外公|外婆|姥姥|姥爷|殡葬|墓地|寿衣|预约|生前契约))",
        ),
        # round 66: days spent searching for a way that does not hurt, now found, asking whether the
        # people on duty would be sad; a note left for the day a man in a grey coat is found in the
        # forest, the daughter's number in his pocket
        (
            HELP,
            "painless_way_found",
            r"(哪种|什么|啥|哪个|怎样的|什么样的)(方法|办法|方式|法子|死法|途径)(最)?(不疼|不痛|没(有)?痛苦|不难受|不遭罪)|(不疼|不痛|没(有)?痛苦|不遭罪)的(方法|办法|方式|法子|死法) && "
            r"(搜|查|找|研究|看)(了|到|好了)|(已经|终于)(搜|查|找|选|想)(到|好)(了)? && "
            r"^(?!.*(打耳洞|耳洞|纹身|文身|拔牙|补牙|种牙|无痛|分娩|生孩子|打针|抽血|扎针|脱毛|激光|减肥|安乐死.{0,6}(合法|立法|国家)|宠物|狗|猫|鱼|鸡|杀鸡|杀鱼|宰|治疗|手术|胃镜|肠镜|纹眉|穿刺|针灸|戒烟|戒酒|新闻|小说|剧本|论文))",
        ),
        (
            HELP,
            "note_for_the_day_i_am_found",
            r"(明天|明早|明儿|到时候|过两天|哪天|要是|如果|万一|以后).{0,16}((发现|找到|捞到|捞上来)(了)?(一)?(个)?(穿|身穿|戴).{0,10}的|(发现|找到|捞到|捞上来)(了)?(一)?(具)?(尸体|遗体)) && "
            r"(通知|告诉|打电话给|联系|转告)(一下)?(我)?(的)?(女儿|闺女|儿子|家里|家人|老婆|老公|媳妇|妈|爸|父母|爱人|对象) && "
            r"我 && "
            r"^(?!.*(走失|走丢|走散|失踪|不见|没回|找不到|离家出走|痴呆|老年痴呆|失智|阿尔茨海默|记不住|寻人|捡到|丢了|快递|包裹|狗|猫|宠物|失物|招领|新闻|小说|剧本|演练))",
        ),
        # round 65: a daughter locked in the toilet for an hour, scissors heard, who has cut herself
        # before; a message to be passed to one's mother (the card's PIN, what is left for her, "别难过
        # 太久"); how long a drowned body takes to be found, not wanting the family to see it
        (
            HELP,
            "locked_in_with_a_blade_who_cut_before",
            r"(锁|关|躲|反锁)(在|着)(了)?.{0,4}(厕所|卫生间|浴室|洗手间|房间|屋里|屋|隔间|宿舍|阳台)|反锁|不开门|不肯开门|叫(也|都)?不(应|答应|开门|出来) && "
            r"剪刀|刀片|美工刀|小刀|剃须刀|裁纸刀|水果刀|玻璃片|刀 && "
            r"(以前|之前|上次|曾经|去年|前阵子|那时候|初中|高中)(就|也|还)?(划|割|割腕|自残|伤)(过|了)(手|手腕|胳膊|腿|自己)?|(手|手腕|胳膊)上(有|都是|全是)(刀)?(疤|伤疤|划痕|刀痕|口子)|有过自残|自残过|割过腕 && "
            r"^(?!.*(新闻|听说|小说|电影|电视剧|剪头发|理发|剪纸|手工|剪指甲|做饭|切菜|拆快递))",
        ),
        (
            HELP,
            "last_words_passed_to_mother",
            r"(跟|和|给|替我|帮我(跟|和|给)?)(我)?(妈|爸|老婆|老公|女儿|儿子|家里人|爸妈|父母|奶奶|爷爷|姥姥|外婆|媳妇|对象)(说一声|带句话|带个话|转告|说一下|捎句话|捎个话)|转告(我)?(妈|爸|家里|老婆|老公|爸妈|父母) && "
            r"密码|存折|留给(她|他|你|他们|你们|孩子)(的)?|遗嘱|保险单|保单 && "
            r"别(太)?(难过|伤心|哭|想我|找我|怪我)|不要(太)?(难过|伤心|想我|找我|怪我)|好好(活|过日子|照顾自己)|就这些(了)?|下辈子 && "
            r"^(?!.*(新闻|听说|小说|电影|剧本|出差|出国|留学|旅游|改密码|忘(了|记)(了)?密码|找回密码|重置|住院|手术))",
        ),
        (
            HELP,
            "drowned_not_to_be_seen",
            r"淹死|溺死|跳河|跳江|跳海|跳湖|跳水库|沉(到)?(河|江|湖|海)底 && "
            r"不想(让)?(家里人|家人|我妈|我爸|爸妈|孩子|他们|亲人|老婆|老公).{0,4}(看见|看到|见到|发现)|(死|走)(得|的样子)?(太)?(难看|丑)|难看的样子|多久(能|才能|会)?(被)?(找到|发现|捞上来|浮上来|漂上来) && "
            r"我|自己 && "
            r"^(?!.*(新闻|听说|小说|电影|电视剧|剧本|法医|案件|纪录片|去年|以前|上次|那次|孩子(掉|落)水|防溺水|游泳课))",
        ),
        # round 64: a colleague's midnight thanks and leaving every group, the avatar turned black; a
        # crying woman with a blade behind a locked door, blaming herself; "treat me as never born"
        # answered "then I'll grant it"; petrol all over a man with a lighter; one's own affairs to
        # be settled "before tonight"
        (
            HELP,
            "left_the_groups_with_a_farewell",
            r"退群|退了(所有|全部|好几个)?(的)?群|(所有|全部|好几个|各个)(的)?群(都|全)?(退|退出)(了|掉)|退出(了)?(所有|全部)?(的)?(群|群聊|工作群|家族群|班级群)|删(了|光)(所有|全部)(的)?(好友|联系人) && "
            r"头像.{0,6}(换成|改成|变成|换了|设成)(了)?(全)?(黑|灰)|(半夜|凌晨|深夜|大半夜|夜里|三更半夜).{0,12}(道谢|道别|告别|谢谢|感谢|再见|保重|永别|对不起) && "
            r"^(?!.*(新闻|听说|去年|以前|上次|那次|小说|电影|离职|辞职|毕业|换工作|搬家|出国|退休|新群|换群|转群|广告|推销|骚扰|吵架|拉黑))",
        ),
        (
            HELP,
            "blade_in_hand_behind_a_locked_door",
            r"(手里|手上|手中)(还|一直)?(攥|握|拿|捏|揣|抓)?(着)?(一把|把|个|一个)?(美工刀|刀片|剃须刀|水果刀|剪刀|小刀|裁纸刀|刀)|(攥|握|捏|抓)(着)(一把|把)?(美工刀|刀片|剃须刀|水果刀|剪刀|小刀|裁纸刀|刀) && "
            r"不开门|不肯开门|不出来|反锁|锁(在|着)(门|自己)?|关在.{0,6}(厕所|卫生间|房间|隔间|屋|宿舍)|躲在.{0,6}(厕所|卫生间|房间|隔间|屋里|宿舍|天台) && "
            r"哭|怪(她|我|他|自己)|自责|没脸|不想活|活不下去|对不起|(我|她|他)的错|崩溃|撑不下去 && "
            r"^(?!.*(新闻|听说|去年|以前|上次|那次|小说|电影|抢|劫|歹徒|小偷|砍(我|人|你)|捅(我|人|你)|杀(我|人|你)|威胁|逼我|打我|要挟|追着|挟持))",
        ),
        (
            HELP,
            "never_born_then_granted",
            r"(当|就当)(没生过|没养过|没有)(我|你|这个(儿子|女儿|孩子|闺女))|没(有)?(我|你)这个(儿子|女儿|孩子|闺女)|(当|就当)(我|你)(已经)?死了|(巴不得|盼着)(我|你)(死|消失|不在) && "
            r"(那|那我|我就|那就|好)(就)?(成全|如(了)?(他|她|你|他们|你们)的?(心)?愿|让(他|她|他们|你们)如(了)?愿|消失给(他|她|你|他们)看) && "
            r"^(?!.*(新闻|听说|小说|电视剧|剧里|台词|去年|以前|断绝|公证|协议|户口|迁出|搬出去|搬走|分户|起诉|赡养|抚养费|离家出走))",
        ),
        (
            HELP,
            "own_affairs_before_tonight",
            r"身后(的)?事|我(自己)?的后事 && "
            r"(今晚|今夜|今天|天亮|明早|天黑)(之前|以前|前)|赶在.{0,6}(今晚|今夜|今天|天亮|明早|天黑)|(今晚|今夜)(就)?(得|要|必须)(交代|安排|办|弄|处理)(好|完|清楚)? && "
            r"^(?!.*(新闻|听说|小说|电影|去年|以前|上次|病危|临终|去世|过世|医生说|icu|抢救|癌|晚期|化疗|(爸|妈|爷|奶|外婆|外公|姥|父亲|母亲|老人|老伴|亲戚|病人|患者|他|她)(的)?(身后|后事)))",
        ),
        # round 63: the means bought next to what the family gets "after I'm gone"; an old man's own
        # neck tied with a bedsheet, just undone
        (
            HELP,
            "means_bought_and_after_me",
            r"(绳子|绳|麻绳|安眠药|农药|百草枯|敌敌畏|老鼠药|木炭|炭|刀片)(我)?(已经|都|也|早就?)?(买|备|准备|弄|攒|配)(回来|好|齐|到手|到)(了) && "
            r"等我(走|死|没|不在)了|我(走|死|不在)(了)?(以后|之后|后)|(?<!人)死后(家属|家里人|家人|老婆|孩子|爸妈)|身后事|我(没|不在)了(以后|之后)?(家里|孩子|老婆|爸妈) && "
            r"^(?!.*(新闻|听说|小说|剧本|电影|去年|以前|上次|那次|晾|晒|捆|绑东西|搬家|露营|烧烤|火锅|钓鱼))",
        ),
        (
            HELP,
            "ligature_on_own_neck",
            r"(用|拿)(床单|被单|被罩|绳子|绳|围巾|皮带|腰带|电线|数据线|毛巾|丝袜|鞋带|裤带|布条)(把)?(勒|缠|绕|套|绑)(住)?(了)?(自己|脖子|自个)|"
            r"(床单|被单|绳子|绳|围巾|皮带|腰带|电线|数据线|毛巾|丝袜|鞋带|布条)(勒|缠|绕|套)(在)?(自己|自个)?(的)?脖子(上)? && "
            r"^(?!.*(新闻|听说|小说|剧本|电影|去年|以前|上次|那次|伪装|伪造|鉴定|凶手|杀人|勒死(了)?(人|她|他)|婴儿|宝宝|小孩|孩子|娃|宠物|狗|猫))",
        ),
        # round 62: thanks to everyone who helped, said on the way somewhere ("快到地方了"); a tenant
        # saying to open the door in a few days and not be frightened; a colleague sending every
        # account and password to be closed and then not turning up
        (
            HELP,
            "farewell_thanks_on_the_way",
            r"(谢谢|感谢|多谢)(所有|每一个|每个|那些|一路上?)?(曾经)?(帮过|帮助过|帮衬过|照顾过|关心过|陪过|对我好过?|善待过)(我)?的(人|朋友|各位|大家|你们) && "
            r"就到这(吧|里吧|儿吧|里了|了)|到此为止|快到(地方|那儿|那里|江边|河边|海边|桥上|楼顶|天台)(了)?|到地方了|(再见|永别)了|下辈子见|最后(一次|一条) && "
            r"^(?!.*(新闻|听说|去年|以前|上次|那次|小说|电影|剧本|退休|离职|毕业|搬家|欢送|致辞|发言|感谢信|锦旗|获奖|颁奖|演讲|年会))",
        ),
        (
            HELP,
            "door_to_be_opened_later_not_to_fright",
            r"(过|等)(两|几|三|一|个|一两)天(以后|之后|后)?(再)?(来|去)?(开门|进(他|她)?(的)?(门|屋|房间|来|去)|来(看|找)(我|一下)?)|(明天|后天|周一|下周|改天)(再)?(来)?(开门|进屋) && "
            r"(别|不要|可别)(被)?(吓着|吓到|吓坏)|会吓(着|到|坏)(你|他|她|人) && "
            r"^(?!.*(新闻|听说|小说|电影|装修|乱|惊喜|礼物|生日|宠物|猫|狗|蛇|蜘蛛|蜥蜴|鹦鹉|改造|布置|样子|发型|妆|纹身|剧本杀|密室))",
        ),
        (
            HELP,
            "accounts_handed_over_then_gone",
            r"(账号|帐号|密码|银行卡|支付宝|微信|游戏号|社交账号).{0,10}(全|都|全部|一股脑)?(发|给|交|转)(给)?(了)?我.{0,10}(让|叫)(我)?(帮(他|她)?)?(注销|销号|处理掉|删掉|清掉|销户|处理) && "
            r"人没来|没来上班|没来单位|(联系|找)不(上|到)(人|他|她)?|(电话|微信|消息)?(不接|不回|关机|没人接)|人(也)?不见了|没露面 && "
            r"^(?!.*(离职|辞职|交接|出国|移民|去世|过世|新闻|听说|去年|以前|上次|出差|旅游|休假|住院|手术|被盗|被黑|盗号))",
        ),
        # round 61: a night spent searching how to die at once; the time a fall from a storey
        # takes and whether it hurts, asked by someone standing at a window that opens
        (
            HELP,
            "searched_how_to_die_at_once",
            r"(搜|查|百度|搜索|上网查|翻)(了)?(一|整|大半|好几|半)?(个)?(晚上|夜|宿|整天|天|下午|上午)?.{0,6}(怎么|如何|咋|怎样|什么办法)(才能|可以|能)?(一下子|一下|快点|最快|马上|不痛苦地?|没有痛苦地?|无痛地?|安静地?|干脆地?)(地)?(死掉|死了|去死|死(?![机角锁循])) && "
            r"^(?!.*(新闻|小说|游戏|电影|剧本|植物|花|鱼|虫|蟑螂|老鼠|蚊子|苍蝇|杂草|草|细菌|病毒|螨|白蚁|害虫|手机|电脑|角色))",
        ),
        (
            HELP,
            "fall_time_asked_at_an_opening",
            r"(层|楼|米)(的)?(高度|高|那么高)?(的话)?.{0,6}(落地|摔下去|掉下去|跳下去|坠落|坠下|下去)(要|需要|得|大概)?.{0,4}(几秒|多少秒|多久|多长时间)|(落地|摔下去|掉下去|跳下去|摔下来)(的时候)?(会不会|会|要)?(疼|痛)(很久|多久|吗|不|么) && "
            r"我(现在)?(就|正)?(在|站在|坐在|到了|爬上|蹲在)(了)?.{0,12}(消防通道|楼梯间|天台|楼顶|窗(边|台|户|口|前)|阳台|顶楼|桥上|楼道)|(窗|窗户|天窗).{0,10}(推开|打开|拉开|一推)(就)?.{0,4}(能|就能|可以)?(钻|爬|翻|跳)(出去|过去|下去) && "
            r"^(?!.*(新闻|听说|去年|以前|上次|那次|物理|作业|题目|考试|小说|电影|游戏|维修|装修|限位器(坏|没)))",
        ),
        # round 60: a colleague giving his things away and asking what a death pays out; a crash
        # into a lorry planned to pass as an accident; petrol poured on the floor with a lighter in
        # hand; debts listed for the family to settle and "burn paper for me at Qingming"
        (
            HELP,
            "death_payout_asked_while_giving_away",
            r"(人|我|他|她)?(要是|如果|万一|假如)?(没了|死了|走了|不在了|出了事).{0,14}(保险|意外险|寿险|公积金|抚恤|赔偿|赔|理赔|能领|领多少) && "
            r"(东西|家当|物品|衣服|宝贝|心爱的).{0,8}(送人|送给|分给|分掉|送掉)|送东西|(银行卡|卡|存折|支付宝|微信)?(的)?密码.{0,4}(写给|交给|告诉) && "
            r"^(?!.*(去世|过世|病逝|遗产|继承|新闻|听说|去年|以前|上次|那次|推销|业务员|搬家|毕业|离职|出国))",
        ),
        (
            HELP,
            "crash_staged_as_accident",
            r"(撞|冲|钻|开)(向|上|到|进)?.{0,8}(大货车|货车|卡车|大车|渣土车|火车|车底|护栏|桥墩)|(大货车|货车|卡车|大车|渣土车).{0,4}(撞|冲)(上去|过去) && "
            r"(装成|当成|就当|伪装成|假装成?|弄成|看起来像)(是)?(一场)?(意外|车祸|交通事故|事故) && "
            r"^(?!.*(新闻|听说|去年|以前|上次|那次|小说|电视剧|剧本|电影|骗保案|判了))",
        ),
        (
            HELP,
            "fuel_poured_lighter_in_hand",
            r"(泼|浇|倒|洒|淋)(了|上|满)?(一|半|两)?(桶|瓶|壶|盆|地|屋子)?(的)?.{0,2}(汽油|柴油|煤油|酒精|天那水)|(汽油|柴油|煤油|酒精)(泼|浇|倒|洒)(了|满)|(一身|满身|浑身|全身|身上)(都是|全是|泼了|浇了|淋了|浇满)?(的)?(汽油|柴油|煤油|天那水)(味)? && "
            r"(打火机|火机|火柴|点火枪)(就)?(在|攥在|握在|拿在)(我)?(的)?(手)|(手里|手上)(拿|攥|握|捏|有|还有|拿着)?(着)?(个|一个|把)?(打火机|火机|火柴) && "
            r"^(?!.*(新闻|听说|去年|以前|上次|那次|视频里|电影|电视剧|演练|演习|烧烤|生火|点炉子|烧纸))",
        ),
        (
            HELP,
            "debts_left_burn_paper_for_me",
            r"(清明|过年|忌日|七月半|中元|以后|到时候|每年).{0,8}(给我|替我|帮我|为我)(烧|上|点)(点|些|个|几)?(纸|纸钱|香)|(给我|替我)烧(点|些)?纸|"
            r"说(清明|过年|忌日|以后|到时候|每年)?.{0,4}(给|替)(他|她)(自己)?烧(点|些)?纸 && "
            r"欠|账|替我还|帮我还|替(他|她)还|联系不上|不接|关机|不回|遗书 && "
            r"^(?!.*(去世|过世|病逝|走了以后|遗产|坟|墓|新闻|听说|去年|以前|上次|那次|小说|电视剧|开玩笑|哈哈|等我老了|百年之后|百年以后|老了以后))",
        ),
        # round 58: a patient with suicidal intent run off "说要去找个高楼"; a post timed to appear
        # "when she is no longer here", her phone unanswered
        (
            HELP,
            "gone_to_find_a_height",
            r"(说|讲|留话|嚷着)(要|想)?(去)?找(个|一个|栋|一栋|座)?(高楼|高的楼|楼顶|天台|高处|河|江|桥|水库) && "
            r"跑(了|出去|出来|掉)|走(了|之前)|出去|不见|离开|溜",
        ),
        (
            HELP,
            "timed_farewell_post",
            r"(发出来|发出|发布|看到|收到|读到)(这条|这封|这段|这个)?.{0,6}(的)?时候.{0,8}(我|她|他)?(应该|可能|大概)?(已经)?(不在了|走了|离开这个世界|不在这个世界|死了) && "
            r"^(?!.*(旅行|旅游|出国|出发|飞机|火车|车上|路上|毕业|离职|搬家|新闻|听说|去年|以前))",
        ),
        # round 57: money sent at night with a pet or a child entrusted, then no answer; a man
        # soaked in petrol with a lighter; a razor drawn across one's own neck, bleeding
        (
            HELP,
            "entrusted_then_unreachable",
            r"(帮我|替我|麻烦你|拜托你|以后你|你就)(帮我)?(养|照顾|喂|带|看着|管)(好)?.{0,4}(猫|狗|咪|喵|孩子|儿子|女儿|闺女|娃|我妈|我爸|它|她|他) && "
            r"转(给|了)?(我)?.{0,6}(块|元|万|千|钱)|转账|红包|把(卡|存款|钱|房子|车)(都)?(给|留给)(我|你) && "
            r"不接|不回|关机|联系不上|打不通|没(人)?(回|接|应) && "
            r"^(?!.*(出差|旅游|旅行|回老家|出国|住院|探亲|培训|上班|加班|新闻|听说|去年|以前|上次))",
        ),
        (
            HELP,
            "soaked_in_fuel",
            r"(淋|浇|泼|倒|洒)(了)?(自己)?(一|满|全|浑)身(都是)?(的)?(汽油|柴油|煤油|酒精)|(浑身|全身|满身)(都)?(浇|淋|泼)(满|透)?(了)?(汽油|柴油|煤油|酒精)|(汽油|柴油|煤油|酒精).{0,4}(淋|浇|泼)(了)?(自己)?(一|满|全|浑)身|(往|朝|在)自(己|个儿?)?(的)?身上(抹|涂|喷)(了)?(点|些)?(汽油|柴油|煤油|酒精) && "
            r"火机|打火机|火柴|点火|点着|要点|烧",
        ),
        (
            HELP,
            "cut_self_done",
            r"(往|在|朝|对着)自(己|个儿?)(的)?.{0,2}(脖子|喉咙|手腕|手臂|胳膊|胸口|肚子|心口|大腿)(上)?.{0,2}(抹|划|割|捅|扎|刺|砍|拉)(了)?(一下|一刀|几下|几刀|好几刀|两刀)? && "
            r"血|刀|刃|玻璃|剃|剪",
        ),
        # round 56: six fentanyl patches at once, breathing slowing; a water tank without a camera
        # chosen after a fourth rejection ("就这儿了")
        (
            HELP,
            "overdose_taken_now",
            r"一次(性)?(贴|吃|吞|喝|服|打)(了|下)?(好几|一整|整|一把|[五六七八九十]|[1-9][0-9]|[5-9]|[二三四五六七八九]十|几十)(张|片|粒|颗|瓶|盒|板|袋|支)|"
            r"一次(性)?(贴|吃|吞|喝|服)(了|下)?.{0,4}(芬太尼|安眠药|安定|地西泮|阿普唑仑|曲马多|吗啡|杜冷丁|百草枯|农药|老鼠药)|"
            # (round 66: every patch put on at once: "老爸把吗啡贴全贴上了，呼吸变慢")
            r"(芬太尼|安眠药|安定|地西泮|阿普唑仑|曲马多|吗啡|杜冷丁|止痛药|止疼药|降压药|胰岛素)(贴|贴片|片|针)?.{0,4}(全|都|全部|所有的|一股脑)(都)?(给)?(贴|吃|吞|喝|服|打)(上|了|下去|进去) && "
            r"呼吸|喘|昏|睡过去|叫不醒|越来越|意识|没反应|难受|吐|不行了|迷糊|晕 && "
            rf"{_NOT_REPORTED_NOW}",
        ),
        (
            HELP,
            "chose_the_place",
            r"就(在)?(这儿|这里|这地方|这个地方)(了|吧)(?![^,。!?]{0,6}(拍|打卡|住|吃|开|租|摆|停|玩|买)) && "
            r"天台|楼顶|顶楼|水箱|桥|河边|江边|湖边|海边|铁轨|窗台|阳台边|没(有)?监控|没人(看|管|发现) && "
            r"^(?!.*(风景|拍照|打卡|露营|钓鱼|开店|摆摊|停车|出租|租房|新闻|听说|去年|以前|上次))",
        ),
        # round 55: belongings shared out at night and the writer's roommate gone with a bag; a
        # mother on a rooftop "going up to heaven to watch over" her children
        (
            HELP,
            "gave_away_and_left",
            r"(东西|家当|衣服|书|电脑|手机|游戏机|积蓄|钱|存款|宝贝)(都|全|全部)?(分给|送给|留给|分了给)(大家|你们|我们|室友|同学|朋友|舍友) && "
            r"半夜|深夜|凌晨|大半夜|背(着)?(个)?包|离开|出去了|出门了|走了|不见了|联系不上|关机|不回消息 && "
            r"^(?!.*(毕业|搬家|回老家|出国|退宿|搬走|换宿舍|转学|实习|新闻|听说|去年|以前|上次|二手|闲置))",
        ),
        (
            HELP,
            "going_up_to_heaven",
            r"(去|上)天(上|堂)(看|陪|找|等|守)|到天上(去)?(看着|守着|陪)|(天上|天堂)(再)?见 && "
            r"楼顶|天台|顶楼|楼边|桥上|江边|河边|湖边|海边|定位|视频|直播|朋友圈|留言|发了 && "
            r"^(?!.*(去世|病逝|过世|葬礼|忌日|清明|纪念|新闻|听说|去年|以前|上次|那年|当年))",
        ),
        # round 54: an arm cut again, "this time" too deep, the gauze soaked through; a railway
        # searched for a stretch without a fence by someone just thrown out of home
        (
            HELP,
            "cut_again_bleeding_through",
            r"(这回|这次|又|再一次)[^，。,]{0,6}(口子|伤口|刀口|划|割)|(口子|伤口|刀口)(这回|这次|又) && "
            r"胳膊|手臂|手腕|小臂|腕子|大腿 && "
            r"(纱布|毛巾|纸巾|卫生纸|衣服|绷带|袖子).{0,10}(红透|湿透|浸透|渗透|全红|止不住)|止不住|血流不止|按不住 && "
            r"^(?!.*(切菜|做饭|摔|玻璃|工地|机器|车祸|狗|猫|咬|不小心|意外|缝了|缝针|换药|结痂|新闻|听说|去年|以前|上次))",
        ),
        (
            HELP,
            "where_no_railing",
            r"(查|找|问|看|搜)(一下|下)?(哪段|哪里|哪儿|哪个地方|哪座|哪条)(的)?(铁轨|铁路|桥|河|江|楼|天台|水库)(边)?(上)?(没有|没|不)(护栏|栏杆|围栏|人管|人看|监控)|"
            r"(哪段|哪里|哪儿)(的)?(铁轨|铁路).{0,6}(能上去|进得去|没人|能进) && "
            r"^(?!.*(建议|装|孩子|小孩|学生|安全隐患|投诉|反映|新闻|听说|去年|以前|上次))",
        ),
        # round 53: a teenager who fell from a window and says next time he will pick a higher one;
        # a farewell said as "no need to set my chopsticks at the New Year table from now on"
        (
            HELP,
            "next_time_higher",
            r"跳|落|掉|摔|坠|翻窗|翻出|下去 && "
            r"(下回|下次|下一次|回头|改天|再来)(还|再)?(要|得|就)?(挑|找|选|换|去|上|爬)(个|一个)?.{0,4}(更高|高点|高一点|再高|顶楼|最高)|"
            r"(下回|下次|下一次)(还|再)(跳|来一次|从)(?!.{0,4}(蹦极|跳伞|跳水|跳远|跳高|跳绳|跳舞)) && "
            r"^(?!.*(新闻|听说|去年|以前|上次|那次|蹦极|跳伞|跳水|跳远|跳高|跳绳|跳舞|比赛|训练|游戏|攀岩|爬山))",
        ),
        (
            HELP,
            "no_place_set_for_me",
            r"(往后|以后|今后|从此|从今往后|从今以后)(的)?.{0,10}(不用|不必|别|甭)(再)?(给我)?(摆|放|留|准备|等|备)(我)?(的)?(那)?(双|副|个)?(筷子|碗|碗筷|位子|座位|位置)|"
            r"(替我|帮我)(谢谢|谢|照顾好|照顾|孝顺|陪陪|跟.{0,6}说声?(对不起|谢谢|再见))(?=.{0,30}(再也(见不到|不能|没法|回不来)|下辈子|来世|最后一次)) && "
            r"年夜饭|团圆饭|过年|饭桌|桌上|除夕|中秋|家宴|吃饭|再也|下辈子|来世|最后一次 && "
            r"^(?!.*(值班|加班|出差|出国|国外|外地|部队|执勤|回不来|回不去|不回来|留学|定居|工作忙|搬|调岗|单位|公司|食堂|女朋友|男朋友|对象|婆家|娘家|丈母娘|去.{0,6}过|新闻|听说|去年|以前|上次))",
        ),
        # round 52: a deep forearm wound still seeping through a pack of tissues; a locked room with
        # smoke at the door and no answer; a body-donation form as the last errand ("弄好了就了无牵挂
        # 可以上路了"); a scheduled post "当你们看到这条时我已经走了"
        (
            HELP,
            "deep_forearm_wound_seeping",
            r"(小臂|手腕|腕子|胳膊内侧|手臂内侧|大腿内侧)(上)?.{0,4}(口子|伤口|刀口|划的|割的) && "
            r"看到白|见骨|看得到肉|往外渗|止不住|一整包|流个不停|还在流|还在渗 && "
            r"^(?!.*(切菜|做饭|摔|玻璃|工地|机器|车祸|狗|猫|咬|不小心|意外|缝了|缝针|换药|结痂|渗液|新闻|听说|去年|以前|上次))",
        ),
        (
            HELP,
            "locked_in_with_smoke",
            r"反锁|锁着门|门锁着|不开门|敲不开 && "
            r"冒烟|烟味|炭味|煤味|糊味|烧炭 && "
            r"叫不答应|不答应|没反应|不应|没人应|没动静|叫不醒 && "
            r"^(?!.*(新闻|听说|去年|以前|上次|那次|演练|怎么防|如何防|做饭|炒菜))",
        ),
        (
            HELP,
            "last_errand_then_at_peace",
            r"了无牵挂|可以上路|安心上路|就可以走了|就能走了|安心(地)?走了|没有牵挂了|再无牵挂 && "
            r"登记|办好|弄好|办完|弄完|交代|安排|遗体|后事|存款|转给|过户|捐 && "
            r"^(?!.*(新闻|听说|去年|以前|上次|那次|去世|走的时候|过世|生前|老人家走|旅游|旅行|出去玩|度假|退休|养老|享福|带孙子))",
        ),
        (
            HELP,
            "post_when_you_read_this",
            r"(看到|读到|收到)(这条|这段|这封|这个|这些)(消息|信|视频|博文|微博|动态)?(的)?(时候|时).{0,6}(我|我应该|我大概)(已经|就已经)?(走了|不在了|离开了|死了|解脱了) && "
            r"^(?!.*(小说|电视剧|剧里|电影|歌词|文案|去年|以前))",
        ),
        # round 51: farewells made one by one and the writer gone dark or filmed at a dam; the
        # nearest high building asked for "since nothing matters after today"; a car to be driven
        # into a bridge pier; a pregnant wife who threw herself down the stairs
        (
            HELP,
            "farewell_then_gone_dark",
            r"(挨个|逐个|一个个|一个一个|给大家|给每个人|每个人都)(地)?[^,。!?]{0,6}(发(了)?红包|道谢|道别|告别|说(了)?谢谢|说(了)?再见|还(了)?钱)|"
            r"再见了(各位|大家|兄弟们|朋友们|家人们)|永别了|(游戏)?(账号|装备|游戏号|号|猫|狗)(都)?(送给|留给|转给) && "
            r"(朋友圈|空间|微博|抖音|头像|签名).{0,6}(清空|删光|删空|全删|全部删|黑图|黑色|黑掉|换成黑)|"
            r"(视频|画面|照片|定位|位置).{0,8}(水库|大坝|江边|河边|桥上|大桥|楼顶|天台|悬崖|海边|铁轨)|遗书 && "
            r"打不通|联系不上|不接|关机|失联|不回|(不知道|不晓得).{0,8}(住哪|在哪|真名|地址)|找不到(他|她|人) && "
            r"^(?!.*(新闻|听说|去年|以前|上次|那次|演练|怎么防|如何防|小说|电视剧|剧里|电影|客服|客户|盗号|被盗|骗子|热线))",
        ),
        (
            HELP,
            "nearest_high_place_no_tomorrow",
            r"(最近|最高|附近)的?(高楼|楼顶|天台|大桥|高架|悬崖|水库|楼)|(哪栋|哪座|哪个)(楼)?(最高|能上(楼顶|天台)) && "
            r"过了今天(就|也)?(没|不|什么都)|没什么要紧|不重要了|用不着了|别问我为(啥|什么)|最后一次|以后都不用|反正.{0,6}(没|不)(用|要紧|重要|在乎) && "
            r"^(?!.*(新闻|听说|去年|以前|上次|那次|演练|拍|夜景|打卡|观光|旅游|拆))",
        ),
        (
            HELP,
            "drive_into_a_pier",
            r"我(真)?(想|要|准备|打算|恨不得|真想)[^,。!?]{0,4}(把车|开车|开着车|连人带车|一脚油门).{0,4}(撞|冲)(上|向|进|到|下)?(了)?.{0,6}"
            r"(桥墩|护栏|墙|大树|山崖|悬崖|江里|河里|湖里|海里|大货车|隔离带|电线杆) && "
            r"^(?!.*(刹车|失灵|打滑|差点|避让|来不及|保险|理赔|新闻|听说|梦))",
        ),
        (
            HELP,
            "threw_herself_down_the_stairs",
            r"(故意|存心|成心|有意)(地)?(从|往)?(楼梯|台阶)?(上)?(摔|滚|跳|撞)(下)?(了)?(楼梯|台阶|肚子)|"
            r"(故意|存心|成心)(地)?(从|往)(楼梯|台阶).{0,4}(摔|滚|跳)(下去|下来)? && "
            r"怀孕|孕|肚子|见红|流血|疼|受伤|起不来 && "
            rf"{_NOT_REPORTED_NOW}",
        ),
        # round 50: a countdown to jumping filmed on a high balcony; "明天的太阳不想看了"; someone past
        # a platform's yellow line with a train due
        (
            HELP,
            "countdown_to_jump",
            r"数到[0-9一二三四五六七八九十百]+.{0,4}(就|我就)(飞|跳|走|下去)|(倒数|倒计时).{0,10}(跳|飞下去|下去) && "
            r"楼|阳台|天台|楼顶|窗|桥|开始数|已经数|在数 && "
            rf"{_NOT_REPORTED_NOW}",
        ),
        (
            HELP,
            "no_tomorrow_sun",
            r"(明天|明早|明儿|明日)(早上)?(的)?(太阳|日出)(我)?(是|就)?(再也)?(不想|不用|不必|不会|看不到|见不到|看不见|没机会)(再)?(看|见)? && "
            rf"{_NOT_REPORTED_NOW}",
        ),
        (
            HELP,
            "past_the_platform_line",
            r"(我|人)(已经)?(越过|跨过|跨出|翻过|站到|站在|走到|走过)(了)?(站台)?(的)?黄线(外|外面|外边|以外)? && "
            r"列车|火车|地铁|进站|车来|还有.{0,3}分钟 && "
            rf"{_NOT_REPORTED_NOW}",
        ),
        # round 49: "活不到下个月了" with money handed on to a parent; a driver who said he would
        # drive off a cliff and cannot be reached
        (
            HELP,
            "wont_live_past_and_hands_on",
            r"活不(到|过)(下个?月|下礼拜|下周|明天|月底|年底|过年|这个月) && "
            r"钱|卡|存折|密码|房子|留给|我妈|我爸|孩子|娃 && "
            r"^(?!.*(医生|大夫|晚期|确诊|化疗|癌|绝症|病危|病重|新闻|听说|小说|剧))",
        ),
        (
            HELP,
            "drive_off_the_cliff",
            r"(连车带人|开车|开着车|带着车)(冲|开|撞|栽|跳)(下|进)?(悬崖|山崖|崖|河里|江里|海里|水库|桥下|山沟) && "
            r"联系不上|失联|不接|关机|找不到|说要|说他要|说她要 && "
            rf"{_NOT_REPORTED_NOW}",
        ),
        # round 48: a child out of bed before an online "challenge" that sends players onto a roof
        # before dawn
        (
            HELP,
            "dare_challenge_to_the_roof",
            r"(挑战|任务|闯关|打卡|游戏).{0,12}(上|去|爬|到|跳)(楼顶|天台|顶楼|屋顶|高楼|桥上|高处) && "
            r"床上(是)?空|(人|他|她|孩子|娃)(不见|不在)(了)?|找不到(人|他|她|孩子|娃)|(溜|跑|偷偷)出去(了)?|不在(床上|屋里|房间|家) && "
            r"^(?!.*(新闻|听说|去年|以前|上次|举报|视频里|怎么防|如何防))",
        ),
        # round 47: someone shut in a bathroom with blood seeping out and no answer, sleeping
        # pills asked for "一睡不起", a mother who pressed her bankbook and bangles on her child and
        # went out alone
        (
            HELP,
            "shut_in_bleeding_no_answer",
            r"把自己(关|锁|反锁)(在)?.{0,8}(卫生间|厕所|浴室|洗手间|房间|屋|里) && "
            r"血|红的|红色的|红水 && "
            r"没动静|没反应|不应|不答应|不吭声|没声音|叫不醒|喊不应|不开门",
        ),
        (
            HELP,
            "sleep_never_to_wake",
            r"一睡不起|一觉不醒|(永远|再也不|再也)(要)?(睡过去|醒不过来|不醒)|长睡不醒 && "
            r"片|粒|颗|药|安定|安眠|吞|吃|喝",
        ),
        (
            HELP,
            "valuables_pressed_then_gone_alone",
            r"(存折|存款|银行卡|积蓄|镯子|首饰|金子|房本|房产证|养老钱)(和|跟|、)?.{0,6}(都|全)?(塞|交|留|硬塞)(给|到)(了)?我 && "
            r"(一个人|自己|独自)(出门|出去|走了|离开)(了)? && "
            r"^(?!.*(银行|取钱|存钱|保管|办理|上班|买菜|旅游|回来了|找到))",
        ),
        # round 46: thanks to the neighbours' group with a photo taken looking down from a window,
        # fifty paracetamol taken two hours ago, the gas opened with the windows shut, "如你们所愿"
        # posted from a rooftop by someone bullied online
        (
            HELP,
            "thanks_and_a_photo_looking_down",
            r"(谢谢|感谢|多谢)(大家|各位|你们)?(这些年|这么多年|一直以来|这么久|多年)?(的)?(照顾|关照|帮助|包容) && "
            r"往(楼)?下拍|(从|在).{0,8}(窗户|窗口|阳台|楼顶|天台|顶楼)(往下|向下)?拍|(楼下|底下)的照片|往下看的照片",
        ),
        (
            HELP,
            "painkillers_by_the_dozen",
            r"(吃|吞|服|喝)(了|下|掉|下去)?.{0,6}([二三四五六七八九]十|几十|一百|上百|[2-9][0-9]|[1-9][0-9]{2}|一整?(瓶|板|盒)|整(瓶|板|盒)|好几(板|盒|瓶))(多)?(片|粒|颗)?.{0,4}"
            r"(对乙酰氨基酚|扑热息痛|布洛芬|阿司匹林|感冒药|止痛药|退烧药|安定|地西泮|艾司唑仑|阿普唑仑|氯硝西泮|降压药|降糖药|胰岛素|药片|药)",
        ),
        (
            HELP,
            "gas_opened_windows_shut",
            r"(打开|拧开|开着|开了|开)(了)?(家里的?)?(燃气|煤气|天然气)(阀|阀门|灶|开关|总阀)?(门)?|"
            r"把(家里的?)?(燃气|煤气|天然气)(阀|阀门|灶|开关|总阀)?(门)?(都)?(打开|拧开|开)(了)? && "
            r"窗(户|子)?(也|都)?(关|封|堵)(了|上|好|紧|死)|(快|已经|有)?(一|两|半|几)个?(多)?小时|头晕|头疼|恶心|想吐 && "
            r"^(?!.*(忘(了|记)?关|没关(好|紧)?(阀|燃气|煤气)|漏气|报修|检修|维修|安检|燃气费|缴费|开户|点火|打不着|做饭|炖|煮|烧水))",
        ),
        (
            HELP,
            "as_you_wished_from_a_height",
            r"如(你们|你|大家|他们)(所)?愿|(你们|大家|他们)(这下)?满意了(吧)?|这下(你们)?(都)?满意了 && "
            r"顶层|顶楼|天台|楼顶|桥上|江边|河边|海边|大厦|高楼|悬崖|定位",
        ),
        # round 45: someone pulled out of a river they threw themself in and still not awake, an
        # elder handing over the bankbook and asking for room beside a grave, a message passed on
        # that nobody should wait with dinner any more, the next train asked for beside the rails,
        # a dead man's clothes folded and a ticket bought to the place he died
        (
            HELP,
            "pulled_out_not_awake",
            r"(投|跳)(了)?(河|江|湖|海|水库|塘|井)|跳进.{0,4}(河|江|湖|海|水库|塘|井) && "
            r"(捞|救|拉|拖|抬)(了)?(上来|起来|出来|上岸) && "
            r"(没|还没|未|不)(醒|苏醒|清醒|意识|呼吸|气)|昏迷|不省人事|叫不醒|抢救",
        ),
        (
            HELP,
            "savings_handed_grave_asked",
            r"(存折|存款|银行卡|积蓄|养老钱|首饰|房本|房产证)(都|全)?(交|给|塞|留)(给|出|了)|(交|塞|留)(出|给我)(了)?(存折|存款|银行卡|积蓄) && "
            r"坟|墓|棺材|寿衣|骨灰 && "
            r"^(?!.*(多少钱|价格|收费|迁坟|扫墓|清明|祭拜|公墓(怎么|哪)|办理|手续|补贴))",
        ),
        (
            HELP,
            "no_more_waiting_for_me",
            r"(以后|往后|从今以后|今后)(就)?(别|不用|不要|甭)(再)?等我(吃饭|回家|回来)? && "
            r"^(?!.*(加班|下班|晚点|晚些|应酬|出差|夜班|值班|上班|住校|宿舍|食堂|外卖|减肥|在外面吃|吃过|公司|单位|学校|工地))",
        ),
        (
            HELP,
            "next_train_by_the_rails",
            r"铁轨|铁道|轨道|铁路|火车道 && "
            r"(几点|什么时候|多久|最后一趟|下一趟|哪趟).{0,8}(过车|经过|过来|开过|来车|有车|过火车|过去) && "
            r"我(就|现在|已经|正)?(在|站在|坐在|蹲在|躺在)(轨道|铁轨|铁道)?(边|旁|上) && "
            r"^(?!.*(地铁|轨道交通|高铁站|火车站|候车|检票|站台|月台|车站|时刻表|噪音|扰民|投诉))",
        ),
        (
            HELP,
            "belongings_folded_ticket_to_where_he_died",
            r"(叠好|收拾好|整理好|洗好|理好|叠整齐)(了)?(他|她)的.{0,2}(衣服|遗物|东西|衣物)|"
            r"把(他|她)的.{0,2}(衣服|遗物|东西|衣物)(都|全)?(叠好|收拾好|整理好|洗好|理好|叠整齐) && "
            r"(票|车票|机票)(也)?(都)?(买|订)(好|了)|(买|订)(好|了)?.{0,10}(票) && "
            r"那(座|条|片|个)(山|河|海|湖|桥)|出事(的)?(地方|那) && "
            r"^(?!.*(祭拜|扫墓|悼念|献花|烧纸|周年|清明|纪念|搬家|寄|捐))",
        ),
        # round 44: a car nosed at a reservoir with the engine running after ruin, thanks left for
        # "last time's" operator, cephalosporin washed down with spirits, a live power box to be
        # touched, a note about going to find a dead grandmother, a bank PIN handed over with the
        # children entrusted, a child asking whether the dead have no exams and shutting the door,
        # "this time I'll cut deeper", how long until someone living alone is found
        (
            HELP,
            "car_at_the_water",
            r"(车|车头|车子).{0,8}(水库|河边|江边|湖边|海边|悬崖|崖边|河里|江里|湖里|水里|桥边|堤上|坝上) && "
            r"(火|引擎|发动机|车)(还|都|一直|也)?(没熄|没灭|没关|打着|开着|响着|轰着)|没熄火|踩着油门 && "
            rf"赌|输(了|掉|光)|欠(了)?.{{0,4}}(万|钱|债|一百|几十)|回娘家|离婚|{_DESPAIR_CONTEXT}",
        ),
        (
            HELP,
            "last_thanks",
            r"替我(谢谢|感谢|说声谢谢|道个?谢|道声谢|说声对不起|道个?歉)|(给|对)(这个)?世界的?最后(一条|一句|一次|的话) && "
            r"(不会|不再|再也不|以后(就)?不|就不|别)(会)?(再)?(打扰|麻烦|打来|联系|来电|拖累|找)(你们|你|大家|了|啦)?|最后(一条|一句|一次) && "
            # not a satisfied citizen's goodbye ("替我谢谢李师傅 问题解决了 以后不麻烦了")
            r"^(?!.*(解决|办好|办完|搞定|处理好|处理完|修好|收到|好评|满意|锦旗|表扬|感谢信|帮了大忙))",
        ),
        (
            HELP,
            "cephalosporin_and_drink",
            r"头孢.{0,10}(酒|白酒|高粱|啤酒|二锅头|老白干) && "
            r"憋|喘不上|喘不过|透不过气|脸(都|通|发)?红|心慌|心跳(得)?(快|厉害)|晕|吐|抽|昏|叫不醒|不省人事|难受|胸闷|不想活 && "
            r"^(?!.*(能不能|可不可以|可以喝|多久|几天|隔多|间隔|会不会|说走就走|梗|段子|表情包|科普|为什么))",
        ),
        (
            HELP,
            "touch_live_power",
            r"(想|要|打算|准备|就)(过)?去?(摸|碰|抱|抓)(一下|一把)?(那个|外面那个)?(高压(电)?(箱|线|电塔|变压器|柜)|变压器|电塔|电网) && "
            r"^(?!.*(别|不要|不让|防止|小心|警示|标识|提醒|孩子|小孩|娃|宝宝|安全距离|怎么办|投诉|报修))",
        ),
        (
            HELP,
            "join_the_dead",
            rf"(去|要去|想去|就去|该去)(找|见|陪)(已经)?(过世|去世|死去|已故|走了|不在了?)的({_JOINED})|"
            rf"(去|要去|想去|就去|该去)(找|见|陪)({_JOINED})(了)?(?=$|[，,。!！]|可|但|然后|人) && "
            r"(过世|去世|死去|已故|走了|不在了?)的|(去年|前年|早就|早已|那年|年前|上个月)(就)?(没了|走了|不在了|去世|过世)|在那边|地下|留给|纸条|字条|遗书|了了|交代|了结|安排好",
        ),
        (
            HELP,
            "note_and_gone",
            r"(留|写)(了|下)?(张|个|一张|封)?(纸条|字条|遗书|信|便条).{0,10}(去|要去|走了|找) && "
            r"没了影|不见了|人不见|找不到|联系不上|没回来|没回家|人没了 && ^(?!.*(找到了|回来了|找回|已经回|接回))",
        ),
        (
            HELP,
            "pin_handed_over",
            r"(把|将)(银行卡|卡|存折|工资卡|支付宝|微信)(的)?密码(都)?(告诉|给|发给|交给)(了)?我 && "
            r"(以后|常|多)(去)?(看看|照顾|看望|看|管管|管)(一下)?(孩子|娃|爸妈|我妈|我爸|咱妈|咱爸|老人|弟弟|妹妹|她|他|家里)|(语气|声音|人)(很|特别|出奇|异常|太|挺)?平静|太平静",
        ),
        (
            HELP,
            "asked_what_death_spares",
            r"死了(以后|之后)?(是不是|会不会|就)(就)?.{0,6}(不用|没有?|不会再|再也不用?)(考试|上学|写作业|作业|疼|痛|难受|痛苦|烦恼|挨骂|被骂|挨打)|死了是不是没(有)?考试 && "
            r"(门|房门).{0,3}(关|锁)|抑郁|出院|住院|不吃|不说话|刀|药|楼顶|窗",
        ),
        (
            HELP,
            "cut_deeper",
            r"(这次|这回|下次|今晚|再)(会|要|就)?割(得)?(深|狠)(一)?点|割(得)?(更|再)深 && "
            r"^(?!.*(割胶|橡胶|胶树|胶水|树皮|切肉|杀鱼|刀口|花纹|雕刻|割草|割麦))",
        ),
        (
            HELP,
            "how_long_till_found",
            r"(多久|多长时间|几天)(才)?(会|能)?被(人)?发现 && "
            r"(今晚|今天|明天|这就|马上|待会)(打算|准备|就|要)?走(了)?(?!.{0,2}(高速|国道|亲戚|夜路))",
        ),
        # round 43: a pet rehomed, the number given up, photos wiped and "time to set off"; two
        # means at hand compared for speed
        (
            HELP,
            "set_off_after_arrangements",
            r"(该|要|准备|可以|也该)(动身)?上路了|(我|就|该)(也)?上路(了|吧|啦)?$ && "
            r"(送|给)(了|人|走|掉|出去)|有人(养|管|照顾|喂)|删(干净|光|掉|完|了)|注销|销号|交代(好|完)|安排好|处理(好|完)|留给|转给|托付 && "
            # not a journey
            r"^(?!.*(行李|车票|机票|票|出差|回老家|老家|旅游|自驾|开车|出发去|去[^我]{1,4}(工作|上班|打工)|打工|搬家|车队|货))",
        ),
        (
            HELP,
            "means_compared",
            r"(煤气|燃气|天然气|炭|木炭|安眠药|农药|百草枯|老鼠药|绳子|刀片|跳楼|跳河|上吊|割腕|吃药).{0,10}(和|跟|还是|也有|或者|与|或)(者)?.{0,4}"
            r"(煤气|燃气|天然气|炭|木炭|安眠药|农药|百草枯|老鼠药|绳子|刀片|跳楼|跳河|上吊|割腕|吃药) && "
            r"哪(个|种|样)(更|比较|最)?(快|痛快|不疼|不痛|没痛苦|没有痛苦|舒服|省事|利索|干脆|有效|管用|靠谱)(?!.{0,4}(烧|煮|做饭|取暖|热|烤|暖和))",
        ),
        # round 42: empty pill boxes and a note beside someone still breathing, a drip line round the
        # neck, a car with papered windows and a smoking basin
        (
            HELP,
            "pills_and_a_note",
            r"空药盒|空药瓶|空的药盒|(好几|几|一堆)个(空)?药(盒|瓶)|吃(了)?(药|安眠药).{0,6}(留|写)(了)?(张|一张)?(字条|纸条|遗书|纸) && "
            r"还有(点|口)?气|叫不醒|不省人事|昏迷|躺(在|着)|对不起|字条|纸条|遗书",
        ),
        (
            HELP,
            "ligature_round_neck",
            r"(输液管|绳子|绳|鞋带|皮带|腰带|电线|数据线|床单|丝袜|充电线).{0,6}(缠|绕|勒|套|系)(在)?(自己的?)?脖子|(拿|用).{0,6}勒(自己的?)?脖子",
        ),
        (
            HELP,
            "charcoal_in_a_sealed_car",
            r"(车窗|窗户|车玻璃).{0,4}(贴满|糊满|封死|封上|遮满)(了)?(报纸|胶带|纸|锡纸)|(车|车里|车内).{0,12}(盆|炭|烧炭).{0,6}(冒烟|在烧|点着)",
        ),
        # round 41: a one-way ticket to the sea after failing, one's own cremation booked
        (
            HELP,
            "one_way_after_disgrace",
            r"单程(票|车票|机票)?.{0,10}(海|江|河|湖|桥|崖|山|西藏|远方)|(去|到)(海边|江边|河边|湖边|大桥|山里|悬崖).{0,8}单程|"
            r"不打算(再)?回来(了)?|不会再回来了|再也不(会)?回来了 && "
            r"没脸|考砸|落榜|丢人|对不起|活不下去|不想活|没希望|撑不|说一声|告别|永别|没用|废物|拖累|"
            # round 42: a third failed exam, a lake "to end it"
            r"失败|没过|没考上|不敢面对|了结",
        ),
        (
            HELP,
            "own_cremation_booked",
            r"(把|给)自己(的)?.{0,2}(排上|约上|订上|排个号|预约上)|(本人|我自己)提前(约|订|预约|排)(号)? && "
            r"火化|殡仪馆|骨灰|寿衣|后事",
        ),
        # round 40: pills ordered after a blow, a doctor gone with a box of drugs, pills and drink laid
        # out in a photo, an overdose "for the insurance", a goodbye text and the phone off
        (
            HELP,
            "pills_coming_after_a_blow",
            r"(买|订|叫|点)(的|了)?(一?些|一堆|好多|一大堆)?(的)?药.{0,6}(送到|送来|到了|在路上|快到) && "
            r"又挂|挂了|没考上|落榜|失败|被甩|分手|被辞|辞了|被开除|开除了|裁员|被裁|失业|破产|完了|没希望|不想|撑不",
        ),
        (
            HELP,
            "drugs_gone_with_the_person",
            r"(少了|丢了|不见了|没了)(一|几|两)?(盒|瓶|板|支)(的)?(药|安眠药|镇静剂|麻药|针剂) && "
            r"联系不上|(人|他|她)(也)?(找不到|不见了)|关机|不接",
        ),
        (
            HELP,
            "pills_and_drink_laid_out",
            r"(摆满|摆了|一桌|一床|满桌|满床|摆着)(的)?(药|安眠药|药片)(和|跟|加|还有)?(酒)?|(药|安眠药)(和|跟|加)酒.{0,4}(摆|堆|放)满",
        ),
        (
            HELP,
            "overdose_for_the_insurance",
            r"(想|要|准备|打算)(吞|吃|喝)(药|安眠药|农药|一把药).{0,8}(换|骗|拿|留|给)(保险|赔偿|钱)|"
            r"(想|要|准备|打算)吞(药|安眠药|一把药|一瓶药)",
        ),
        (
            HELP,
            "goodbye_then_off",
            r"(发|留|说)(了)?.{0,10}(再见|永别|告别|别了) && (关机|联系不上|打不通|不回|不接)(了)?",
        ),
        # round 39: an engine left running in a closed garage, a sedative counted out with drink, a
        # parent telling where the insurance papers are and then unreachable, a gas hose pulled off
        # with someone lying still
        (
            HELP,
            "engine_running_closed_in",
            r"车库|地库|车里|车内 && 关着(车)?(门|窗)|(门|窗)(都)?关(着|死|紧|严)|关(上|紧|死)(了)?(车)?(门|窗) && "
            r"(开着|发动着|打着|没熄)(火|发动机|引擎)|(发动机|引擎)(一直)?(开|响|转|发动)着",
        ),
        (
            HELP,
            "sedative_counted_with_drink",
            # counted out ("阿普唑仑二十多片加酒") or two of them ("安定加头孢加啤酒"); not the meme
            # "头孢配酒 说走就走" nor a question about the interaction
            r"(安眠药|安定|地西泮|艾司唑仑|阿普唑仑|氯硝西泮|氯硝|唑吡坦|思诺思|佐匹克隆|劳拉西泮|抗抑郁药|头孢)"
            r"(([0-9]+|[一二两三四五六七八九十几]+)(多)?(片|粒|颗)|(加|配|混|和)(安眠药|安定|地西泮|阿普唑仑|头孢))"
            r"(加|配|混|兑|就着|和)(上)?(一瓶|半瓶|一斤)?(白酒|啤酒|红酒|酒)"
            r"(?!.{0,6}(会|能|吗|么|怎么样|有什么|什么反应|反应|危险吗|副作用))",
        ),
        (
            HELP,
            "papers_shown_then_unreachable",
            r"(说|告诉我|交代|讲)(了)?.{0,12}(保险单|保单|存折|银行卡密码|卡的密码|房产证|受益人|存款) && "
            r"联系不上|打不通|关机|不接(电话)?|找不到(人|她|他)|(人)?(就)?不见(了|人)|没(了)?影|(电话)?不通|没人接",
        ),
        (
            HELP,
            "gas_hose_pulled_lying_still",
            r"(燃气|煤气|天然气|液化气)?(管|管子|软管|阀门|阀)(被)?(拔|拔掉|拔了|拽掉|剪断|割断|拧开)|"
            r"(拔|拔掉|拔了|剪断|割断)(了)?(热水器的?|灶的?)?(燃气|煤气|天然气|液化气)(灶|热水器)?(的)?(管|管子|软管) && "
            r"躺着|不动|不开门|没反应|叫不醒|不应|声音(越来越)?(小|弱)|越说越(弱|小|慢|含糊)|没力气",
        ),
        # round 38: exhaust led into a car, "don't save me" on a door, a box of tablets swallowed,
        # medals sent by an old comrade now unreachable, "the building is high, the wind is strong"
        (
            HELP,
            "exhaust_into_car",
            r"(车里|车内|车上)(接|引|通)(了)?(尾气|排气)|(尾气|排气管).{0,6}(接|引)(进|到)(车里|车内|屋里)",
        ),
        (
            HELP,
            "do_not_save_me",
            r"(不要|别|不用)(来)?救我",
        ),
        (
            HELP,
            "box_swallowed",
            r"(咽|吞|吃)(了|下)?(一|整|半|两|几)(盒|板)(?!.{0,2}(饭|菜|饺子|月饼|点心|巧克力|蛋糕|糖|牛奶))|"
            r"(一|整|半|两|几)(盒|板|瓶)(的)?(药|药片|安眠药|降糖药|降压药|止痛药|感冒药).{0,4}(都|全)?(吃|吞|咽|喝)(了|下去)",
        ),
        (
            HELP,
            "keepsakes_sent_unreachable",
            r"(寄来|寄给我|送来|留给我)(了)?(他的?|她的?)?(勋章|军功章|遗物|存折|手表|戒指|日记) && 联系不上|打不通|关机|不接|找不到",
        ),
        (
            HELP,
            "high_and_windy",
            r"楼(很|好|太|挺)高.{0,4}风(很|好|挺|太)大|风(很|挺|好|太)大.{0,4}楼(很|好|挺|太)高",
        ),
        # round 37: an "accident" so the wife gets the insurance, a teenager locked in after a thud,
        # the writer on a factory roof after a rejection, a cat rehomed and the key under the mat,
        # children entrusted in a voice message, work handed over with poison at hand, a way to die
        # looked up and bought
        (
            HELP,
            "accident_for_insurance",
            r"(出|弄个|来个|制造)(个)?意外.{0,8}(老婆|家里|孩子|爸妈|家人)?(能|就能|可以)?(拿|领|得)(到)?(保险|保险金|赔偿)",
        ),
        (
            HELP,
            "locked_in_after_a_thud",
            r"反锁(在)?.{0,8}(听见|听到).{0,6}(东西)?(倒|摔|砸|咚)(了)? && (喊|叫|敲门)(他|她)?(也)?(不应|没人应|不回|没反应)",
        ),
        (
            HELP,
            "on_a_roof_after_rejection",
            r"我(现在|就|正)?在(厂房|楼|天台|塔吊|大桥|桥|高架)(的)?(顶|顶上|上面|边上) && 驳回|不给认定|讨不到|没人管|走投无路|活不下去|不想活",
        ),
        (
            HELP,
            "pet_rehomed_key_left",
            r"(猫|狗|宠物|孩子)(已经|都)?托(付)?(人|给.{0,6})(了)?.{0,12}(钥匙(在|放)|谁来收)",
        ),
        (
            HELP,
            "children_entrusted",
            r"(?<!白帝城)托孤",
        ),
        (
            HELP,
            "handed_over_with_poison",
            r"(交代|交接|安排)(完|好)(了)?.{0,8}(退群|退出|删) && 剧毒|毒药|氰化|农药|安眠药",
        ),
        (
            HELP,
            "way_to_die_bought",
            r"(查|搜|百度)(了|过)?.{0,4}(怎么|如何)(死|自杀)(得)?(快|最快|不痛|快点)",
        ),
        # round 36: a bedridden father refusing food, a method searched behind a locked door, an
        # "accident" staged so the parents get paid, a note left with a receipt for charcoal, a child
        # asking whether jumping into the pond lets her see her mother
        (
            HELP,
            "refusing_food",
            r"(瘫痪|瘫|卧床|病重|抑郁|老人|爸|妈|爷爷|奶奶|老伴).{0,10}绝食",
        ),
        (
            HELP,
            "method_searched",
            r"(搜|查|百度)(过|了|索)?.{0,6}(哪里|怎么|如何)(下刀|割腕)|下刀(不疼|不痛)",
        ),
        (
            HELP,
            "staged_accident_for_family",
            r"(制造|弄|搞)(个|一个|一场)?(意外|事故).{0,12}(赔(钱)?给(我)?(爸妈|家里|父母|孩子|老婆|老公)|(爸妈|家里|父母|孩子|老婆).{0,4}(拿|得)(到)?赔)",
        ),
        (
            HELP,
            "note_and_means",
            r"留(了|下)?(张|一张|个)?(纸条|字条|信|遗书).{0,12}(走了|出门|不见|出去) && 木炭|炭|安眠药|农药|绳子|刀片",
        ),
        (
            HELP,
            "jump_to_see_the_dead",
            r"跳(水塘|河|江|湖|楼|井|海|下去)(能不能|能|就能|是不是就能|可以|是不是能)(见到?|看到|找到)(妈妈|爸爸|奶奶|爷爷|外婆|姥姥|外公|妈|爸)",
        ),
        # round 35: searching for a painless death with the means on the desk, a plan with its time
        # and place in a school questionnaire, stepping forward as the train comes, a wrist or throat
        # cut, a goodbye with a gun at home, going to join one's late spouse after giving the money
        # away, bars sawn off a window, sharp things swallowed on purpose
        (
            HELP,
            "searching_painless_death",
            r"(搜|查|百度)(索)?.{0,6}(怎么|如何|哪种|什么)(样)?(才能)?(无痛|不痛苦|安乐|安静)(地)?(死|自杀|走)",
        ),
        (
            HELP,
            "plan_time_and_place",
            r"计划好(了|的)?(时间|日子)(和|跟)?(地点|地方)|(时间|日子)(和|跟)?(地点|地方)(都)?(计划|想|定|选)好|测评.{0,12}(计划|时间地点) && "
            r"测评|量表|心理|轻生|自杀|想不开|不想活|结束|遗书|跳",
        ),
        (
            HELP,
            "stepping_towards_train",
            r"(车|火车|列车|地铁|高铁)(来|过来|进站|开过来)(的时候|时)?.{0,4}(想|要|就)?(?<!勿)(?<!不要)(?<!别)往(前|下)(迈|跨|跳|冲|走)",
        ),
        (
            HELP,
            "wrist_or_throat_cut",
            r"(拿|用)(菜刀|刀|刀片|剪刀|玻璃|碎玻璃)(砍|割|划|切|抹)(自己(的)?)?(手腕|腕子|脖子|喉咙|动脉)|(?<![被给])(割|抹)(了)?(自己的?)?(脖子|喉咙)",
        ),
        (
            HELP,
            "farewell_with_means",
            r"(群里|朋友圈|微信|空间).{0,4}(说|发)(了)?.{0,4}(再见|永别|告别|道别)|说(了)?(再见|永别)了 && "
            r"(家里|身上|手里|桌上|床头|兜里)(还)?(有|放着|藏着)(把|瓶|根)?(枪|土枪|猎枪|农药|安眠药|刀|绳子|炭)",
        ),
        (
            HELP,
            "joining_late_spouse",
            r"(明天|今晚|今天|这两天|过两天|马上|这就|就要)(就)?去(见|陪|找)(我的?)?(老伴|老头子|老太婆|亡妻|亡夫) && "
            r"(全|都)(取出来)?(给|留给|转给)|老不死|没用了|活够了|拖累|累赘|后事|存折|密码",
        ),
        (
            HELP,
            "window_bars_removed",
            r"(防盗网|防护网|护栏|纱网|栏杆)(锯|拆|卸|撬|剪)(开|掉|了|好) && "
            r"消失|不想活|活着没意思|多余|没人在乎|巴不得|解脱|跳|累赘|拖累|不在了",
        ),
        (
            HELP,
            "swallowed_on_purpose",
            r"故意(吞|吃|喝|咽)(了|下)?.{0,6}(针|图钉|刀片|钉子|玻璃|电池|药|农药|洗衣液|消毒液|磁铁)",
        ),
        # round 34: a farewell posted and the writer unreachable, things "sorted out before I go",
        # something tied to a heating pipe, the gas left on unlit, a cremation booked for oneself,
        # going to join the dead, a depressed person holding a gun
        (
            HELP,
            "farewell_then_unreachable",
            r"(发|留|说)(了)?.{0,12}(告别|道别|诀别|永别)(的)?(话|消息|信|留言|视频)?|以后(别|不要)(再)?找(我|她|他)|谢谢大家这些年 && "
            r"关机|联系不上|联系不到|打不通|不接|没人接|不回|找不到(她|他|人)",
        ),
        (
            HELP,
            "sorted_before_going",
            r"(处理|收拾|弄|注销)(干净|妥当)(了)?.{0,6}(再|就)走|走之前.{0,16}(不给|不想给|别给|不留).{0,6}(麻烦|负担)|"
            r"(不给|不想给|别给|不想留).{0,4}(家里|家人|爸妈|孩子|老婆|老公)(留|添)(下)?(麻烦|负担).{0,8}(再走|走之前|走了)",
        ),
        (
            HELP,
            "tied_to_fixture",
            r"(门框|房梁|横梁|暖气管|暖气片|衣柜|床头|窗框|吊扇|栏杆|水管|钢梁|吊灯)(上)?(绑|系|拴|套)(了|好)(个|一)?(根|条)?(东西|绳|绳子|带子|布条|围巾|皮带|腰带|电线|床单)",
        ),
        (
            HELP,
            "gas_left_unlit",
            r"(燃气|煤气|天然气)(灶|阀|阀门|开关)?(都)?(开着|打开|拧开|全开|开了)(了)?.{0,4}(没|不|没有)点(?!着|上|燃)",
        ),
        (
            HELP,
            "own_cremation",
            r"(火化|殡仪馆|殡葬|骨灰盒).{0,16}(给|为)自己(先)?(预约|预订|预定|约|订|买|办|准备|用)",
        ),
        (
            HELP,
            "joining_the_dead",
            r"去(找|陪|见)(他|她|我)?(的)?(去世|过世|死去|走了|已故|早走)(的)?(儿子|女儿|老伴|老婆|老公|妈妈|爸爸|孩子|爹|娘|妈|爸)|"
            r"去(找|陪)(他|她)(的)?(儿子|女儿|老伴|老婆|老公|孩子)(了)?.{0,4}(他|她)(的)?(儿子|女儿|老伴|老婆|老公|孩子)?(去年|前年|年前|早就|已经|上个月)?(走|去世|过世|没)(的|了)",
        ),
        (
            HELP,
            "despair_with_weapon",
            r"(抑郁|想不开|不想活|轻生).{0,12}(拿|掏|握|端|抱)(了|着|出)?.{0,8}(猎枪|枪|刀|菜刀|绳子|农药)|"
            r"(抑郁|想不开|不想活|轻生).{0,12}把.{0,4}(猎枪|枪|菜刀|绳子|农药).{0,8}(拿|掏)(出来|出)",
        ),
        (
            # round 30: farewell mail timed for the morning, letters left for the children to find,
            # a death that pays the insurance or the debt
            HELP,
            "farewell_timed_or_left",
            r"(告别|诀别)(的)?(邮件|信|短信|消息|视频|留言).{0,8}(定时|设好|明早|明天|发给|发我)|(遗书|遗言).{0,8}(定时|设好时间|定好)|"
            r"(给|留给)(两个|几个)?(孩子|女儿|儿子|爸妈|父母|老公|老婆|家人)(们)?(都)?(写|留)(了|好)(了)?(一封)?(信|遗书).{0,24}(明天|等|到时候|以后|放学|上学).{0,10}(看到|看见|收到|打开)|"
            r"我(走|死)了(以后|之后)?.{0,6}(保险|保險)(金)?(能|会|就|可以)?(赔|賠|理赔)|(哪种|什么|怎样|怎么)(的)?死(法)?.{0,8}保险(公司)?(能|会|才)?(赔|理赔)|"
            r"我(死|走)了.{0,10}(债|欠款|贷款)(就)?(能)?(还上|还清|一笔勾销)",
        ),
        (
            # round 30: a coal stove brought into a shut room, stones in a backpack by the water,
            # petrol poured over oneself, the means bought in full, last arrangements with a fear
            STRONG,
            "coal_stove_shut_in",
            r"(煤炉|炭盆|炭火|火盆|木炭|煤球|炭)(子)?.{0,2}(搬|拿|端|放|点)(进|到|在)(了)?(来|屋|屋里|房间|车里|店里|卧室|厕所) && "
            r"(门|窗|卷帘门|门窗)(都)?(拉|关|封|堵|锁)(了|上|死|好|严)",
        ),
        (
            STRONG,
            "stones_by_the_water",
            r"(背包|书包|包|口袋|兜|衣服)(里)?(都)?(装满|塞满|装了|塞了|揣满)(了)?.{0,2}(石头|砖头|石块) && "
            r"(水库|河|江|湖|海|桥|池塘|塘)(边|上|里)",
        ),
        (
            STRONG,
            "doused_in_fuel",
            r"(身上|自己|全身)(都)?(浇|泼|淋|倒)(了|满)?(汽油|柴油|酒精|煤油)",
        ),
        (
            STRONG,
            "means_gathered_in_trouble",
            r"(安眠药|安眠要|安定片?|农药|木炭|炭|绳子|刀片|百草枯|老鼠药)(都|也|已经)?(买|备|准备|攒|凑)(齐|好|够|全)(了)? && "
            r"不想|撑不住|活不下去|没意思|被裁|欠|还不上|离婚|被骗|输|破产|失业|赔光|绝望|累赘|对不起",
        ),
        (
            STRONG,
            "arrangements_and_fear",
            r"交代(了)?后事|(存折|银行卡|房本|钥匙|密码|遗嘱).{0,6}(交给|给|托付)(了)?(我|邻居|我们) && "
            r"(怕|担心|害怕|感觉|觉得|看着)(他|她|老人|大爷|大妈|孩子|我妈|我爸|我哥|我姐|对方|老头|老太太)?.{0,4}(寻短见|轻生|想不开|自杀|寻死|做傻事)",
        ),
        (
            # round 29: the place chosen for it (a bridge with no camera, a tall building with roof
            # access), a ligature tested, starving to the end, a crash planned, a body asked about
            STRONG,
            "place_or_means_chosen",
            r"(查|找|看|选)(好|到)(了)?.{0,6}哪(座|个|条|栋|片)(桥|楼|天台|楼顶|江|河|水库|大坝|悬崖).{0,8}(没(有)?(监控|人|护栏|栏杆)|最高|够高|人少)|"
            r"(能|可以)上(去)?(的)?(天台|楼顶|顶楼)的(楼|大楼|高楼|地方).{0,6}(要)?(高|越高|最高|够高)|"
            r"(皮带|腰带|围巾|床单|电线|数据线|丝袜|领带)(已经)?(挂|系|绑|拴)(在|到|好|上|了)(了)?.{0,10}(试过|试了|吃(得)?住劲|承重|够结实)|"
            r"(树上|树杈|房梁|梁上|门框|暖气管|吊扇|窗框)(上)?(挂|系|绑|拴)(了|好)(了)?(一?根|一?条)?(皮带|腰带|围巾|床单|电线|数据线|丝袜|领带).{0,10}(试过|试了|吃(得)?住劲|承重|够结实)|"
            r"饿(到|死)(自己)?.{0,4}(没气|断气|咽气)(为止)?|(不吃|绝食).{0,6}(饿死|到死|死为止)|"
            r"(?<!不)想(开车|直接|一脚油门){0,2}(冲|撞)(向|上|出|进|下)?(护栏|桥墩|隔离带|大货车|货车|对面的车|山崖|悬崖|江里|河里|水里)|"
            r"(人|尸体)(跳|掉|沉|落)?(下去|进去|水里|河里|江里)(了)?.{0,6}(几天|多久|多长时间|多少天)(能|会|才|就)?(漂|浮|冒)(上来|起来)",
        ),
        (
            # round 29: one's own funeral needed in days; a death question "then I go"; a dose known
            STRONG,
            "own_end_arranged",
            r"(自己|我)的?(后事|骨灰盒|寿衣|墓地|丧葬|火化) && "
            r"(这两天|这几天|马上|很快|今晚|明天|过几天|就快)(就)?(要|能|会)?(用得上|要用|用到|用了|需要)",
        ),
        (
            STRONG,
            "asked_then_go",
            r"(人)?死(了)?(后|以后|之后)|后事|遗产|身后事 && "
            r"(问|办|弄|交代|安排|处理)(清楚|好|完|妥)(了)?(我)?就(可以|能)?(安心|放心)?(走|去)(了|啦)?(?!.{0,3}(办|交|拿|取|领|回))",
        ),
        (
            STRONG,
            "dose_known",
            r"(剂量|药量|用量)(我)?(都|已经)?(清楚|知道|算好|算过|查好|够了) && "
            r"(下(夜)?班|回家|今晚|明天|等会|一会儿?)(就|再)?(用|打|推|注射|吃)(?!.{0,2}给)",
        ),
        (
            # round 29: squatting on an air-conditioner unit or out past the sill, floors up
            STRONG,
            "outside_the_window",
            r"(?<!猫)(?<!狗)(?<!鸟)(蹲|站|坐|爬|趴)(在|到|上)?(了)?.{0,6}(空调外机|外机|窗台外面?|窗户外面?|阳台外面?|护栏外面?|栏杆外面?)(上)?"
            r"(?!.{0,12}(装|修|清洗|拆|加氟|检修|干活|施工|晒|收衣服|救|抓)) && "
            r"([0-9]{1,3}|[一二三四五六七八九十]{1,3})(楼|层)",
        ),
        (
            # rounds 27-28: bleach or pesticide drunk, a whole bottle or strip of pills swallowed, said
            # by the one who took it (a child, an old person or a pet swallowing something is the
            # medical "swallowed" signal)
            STRONG,
            "poison_or_pills_swallowed",
            r"(?<!孩子)(?<!宝宝)(?<!娃)(?<!儿子)(?<!女儿)(?<!老人)(?<!狗)(?<!猫)("
            r"(喝|灌|吞)(了|下)(几口|一口|半瓶|一瓶|一大口|两口)?(84|八四|消毒液|洁厕灵|漂白水|除草剂|敌敌畏|百草枯|老鼠药|耗子药)|"
            r"(吞|吃|喝)(了|下)(一整瓶|一瓶|整瓶|一把|几十片|一板|好几板|半瓶|一整板).{0,4}(药|片|布洛芬|安眠药|止痛药|感冒药|退烧药|降压药|农药|抗抑郁))",
        ),
        (
            # round 28: a painless way asked, a count before the jump, vanishing for good, the chance taken while able
            HELP,
            "ending_plans",
            r"(怎么|怎样|如何)死(才|会)?(不疼|不痛|最快|比较快|最舒服|没(有)?痛苦)|(什么|哪种)死法(不疼|不痛|最快|最舒服|没(有)?痛苦)|"
            r"数到(十|10|三|3|五|5|一百|100)(我)?(就)?(跳|走|下去)|想(要)?永远(地)?消失|想从(这个)?世界(上)?消失|"
            r"趁(现在|着)?还(能|有力气)动手|(翻|爬|钻)(进|过|入)(了)?(铁路|铁道|高铁)(的)?(护网|围栏|护栏)",
        ),
        (
            # round 28: the estate divided and passwords handed over, a funeral arranged by the one who is leaving
            STRONG,
            "affairs_settled",
            r"遗产|后事|遗书|遗言 && 密码.{0,6}(都|全)?(发给|告诉|留给|写给|交给)|我(就)?要走了|我走(了)?(以)?后|我不在了",
        ),
        (
            HELP,
            "not_want_to_live",
            r"不想活|活不下去|活(着|起|得)没(有|得)?(意思|意义|希望|盼头)|活够了|不如死了|死了算了|"
            r"活着(还|又)?有(什么|啥|个)(意思|意义|用|盼头|劲)|活着(还|又)?(干(嘛|什么|啥)|图(什么|啥))",
        ),
        (
            HELP,
            "want_to_die",
            r"(?<![你您])想死(?![你您他她它](们)?(了|啦|咯|呀|啊|$)|后|之后|以后)|(想|要|就|准备)去死|想自杀|想轻生|想寻死|一死了之|(不|唔|冇|没)(想|打算|愿意)(再)?活",
        ),
        (
            HELP,
            "suicide",
            r"(?<!防)(?<!预防)(?<!防止)(?<!像)(?<!伪造)(?<!伪装成)(?<!布置成)(自杀(?!干预|预防|热线|率|案例|新闻|式|论|现场|的现场)|轻生|寻短见|寻死|卧轨)",
        ),
        (
            HELP,
            "end_life",
            r"结束(自己的|我的)?生命|了结(自己|生命|此生)|一了百了|离开这个世界|告别这个世界",
        ),
        (
            # the means laid out within reach, next to the writer's despair ("维权没人理 三天没吃饭了
            # 刀就在键盘旁边")
            HELP,
            "means_at_hand",
            r"(手里|手上|身上|包里)(有|拿着|攥着|揣着).{0,4}(氯化钾|安眠药|药|农药|刀|刀片|绳子|炭|百草枯)|"
            r"(刀|刀片|药|药片|安眠药|绳子|绳|农药|老鼠药|炭|煤炭)(我)?(就|已经|都)?(放|摆|备)?在"
            r"(我)?.{0,6}(旁边|边上|手边|身边|枕头|脚边|兜里|口袋|手里|床头)|"
            r"(药柜|药箱|药盒|药架)(里|上)?.{0,4}(什么(药)?都有|药(多的是|有的是)|全是药) && "
            + _DESPAIR_CONTEXT,
        ),
        (
            # round 22: fuel poured out around the writer, the gas about to be opened, next to ruin
            # or disgrace ("被索赔 房租也到期了 在店里倒了一地汽油", "被网暴开盒 我想把煤气阀打开")
            HELP,
            "fuel_or_gas_readied",
            r"(倒|泼|浇|洒|淋)(了|满|上)?(了)?(一地|满地|一身|满身|全身|一屋子?|满屋子?|一店|到处)(的)?(都是)?(汽油|柴油|煤油|酒精)|"
            r"(身上|全身|屋里|店里|地上|满地|到处)(都)?(浇|泼|倒|洒|淋)(满|上|了)(了)?(汽油|柴油|煤油|酒精)|"
            r"(汽油|柴油|煤油|酒精)(我)?(已经|都)?(浇|泼|倒|洒|淋)(了|满|在)(了)?(一身|全身|满身|身上|一地|满地|满屋|屋里|店里)|"
            r"(想|要|准备|打算|这就|现在就)(去)?(把)?.{0,4}(煤气|燃气|天然气)(的)?(阀|阀门|开关|总阀)?(打开|拧开|开开|全开|开到最大)|"
            # round 70: the valve opened and closed again and again ("煤气阀拧开一点又关上 … 下不了决心")
            r"(?<!灶)(?<!热水器)(煤气|燃气|天然气|阀|阀门|总阀|开关)(?!灶|热水器)[^灶,。!?]{0,4}(拧开|打开|开)(一点|一下|一半)?(又|再)(关上|拧上|关掉|拧紧|关了|拧回)(?!.{0,20}(打不着|点不着|打火|点火|没火|不出火|修|坏|灶|热水器|试))|"
            r"(拧开|打开)(又|再)(关上|拧上|拧紧).{0,8}(拧开|打开)(又|再)(关上|拧上|拧紧)(?!.{0,20}(打不着|点不着|打火|点火|没火|不出火|修|坏|灶|热水器|试)) && "
            + _DESPAIR_CONTEXT
            + r"|下不了(决心|手)|下不去手|(她|他)们以前(住)?的|带着(孩子|娃)走了|来回好几(次|回|遍)|坐在",
        ),
        (
            # round 23: a car started behind a closed garage door; a farewell with the bank card's
            # PIN; a death payout looked up with "I know what to do now"; someone else's last
            # arrangements on the phone and then no answer
            HELP,
            "last_arrangements",
            r"(关(了|上|好|死)(了)?(车库门|库门|卷帘门|门窗).{0,10}(发动|打着|启动)(了)?(车|汽车|发动机|引擎))|"
            r"((发动|打着|启动)(了)?(车|汽车|发动机).{0,8}关(了|上|好|死)(了)?(车库门|库门|卷帘门))|"
            r"((车库门|库门|卷帘门)(关|拉)(下来|下|上|好|死|了)(了)?.{0,8}((发动|打着|启动)(了)?(车|汽车|发动机)|(车|汽车|发动机|引擎)(也)?(打着|发动|启动)(了)))|"
            r"((银行卡|卡|存折)(的)?密码(是|在)|照顾好(自己|爸|妈|孩子|他们|她|他|我妈|我爸)|后事).{0,20}我(就)?先走了|我(就)?先走了.{0,10}(照顾好|别找我|别难过|密码)|"
            r"(意外)?(身亡|身故|死亡)(能|可以|会)?(赔|理赔|赔付|拿到).{0,24}(我)?(知道|想好|明白)(了)?(该)?(怎么做|怎么办|怎么办了)|"
            r"(爸|妈|父亲|母亲|爷爷|奶奶|姥姥|姥爷|外公|外婆|老公|老婆|丈夫|妻子|儿子|女儿|哥|姐|弟|妹)(突然|刚才|刚刚)?"
            r"(打(了)?(个)?电话|来(了)?电话|发(了)?(消息|微信|语音))?.{0,4}(交代|嘱咐)(了)?.{0,24}"
            r"(钥匙|存折|密码|卖了|要卖|后事|谁来养|照顾).{0,24}(挂了|打不通|关机|联系不上|没人接|不接)",
        ),
        (
            # a note left for whoever finds it, a dated plan written down (an essay, a diary)
            HELP,
            "note_or_plan",
            r"(条子|纸条|字条|便条|留言|信)(上)?.{0,10}(让|请|叫)(发现|看到|看见)(的人|我的人).{0,6}(报警|别害怕|不要怕|通知(我|他|她)?(的)?(家|家人|家里|父母))|"
            r"(作文|日记|周记|朋友圈|纸条|本子|便签|说说|签名|空间).{0,30}"
            r"(从哪(里|儿)?跳|哪天(跳|死|走)|怎么死|(跳楼|自杀|轻生)的?(日期|时间|地点|计划))",
        ),
        (
            # going "to the other world", riding or driving over the edge, a ligature fixed to a beam,
            # knowing which bottle or how much is enough (round 15)
            HELP,
            "over_the_edge",
            r"去(另一个|另外一个|那个)世界|(想|要|准备|打算)(直接)?(冲|开|骑|滚|栽)(下去|进(河|江|湖|海|水库)(里)?)|"
            r"(绳|带|打包带|皮带|围巾|电线|数据线|床单|腰带).{0,6}(绕|挂|系|套|绑|甩)(到|在|上)(了)?.{0,3}(梁|横梁|房梁|门框|吊扇|暖气管|树杈|栏杆|铁架)|"
            r"(知道|清楚|算好了?)(哪(瓶|种|个|样)|多少|推多少|吃多少|喝多少).{0,8}(能让人|就够|够了?|致死|走得快|会死)",
        ),
        (
            # last arrangements: alarms no longer needed, keys left for whoever comes, affairs
            # "cleared" after one is gone, a will wanted for tonight, a relative "handing over"
            # out of character
            HELP,
            "last_arrangements",
            r"(明天|以后)(的)?(闹钟|早饭|早餐)(都|也)?不用(定|设|做|准备)了|"
            r"钥匙(就)?(放|留)(在)?.{0,8}(门口|垫子|地垫|门垫|花盆|信箱).{0,24}(帮我|跟.{0,4}说一声|转告|告诉)"
            r"(?=.*(房租|房东|以后|不回来|别找|再见|对不起|不用(等|找)|后事|遗))|"
            r"身后事(都|也)?(清|处理|安排|料理|交代)(干净|好|完)|"
            r"(遗嘱|遗书|后事|身后|告别|交代).{0,16}(写完|办完|弄完|交代完|安排完)(了)?(就)?(可以)?走了(?![吗嘛么])|"
            r"遗(嘱|书).{0,12}(今晚|今天|马上|现在)(就)?(要)?用|"
            r"交代后事.{0,24}(害怕|担心|不对劲|反常|平时不这样|吓人)|(最近|突然|总是|老是)(在)?交代后事",
        ),
        (
            # round 70: waiting on a platform for the train that runs through without stopping
            # ("坐在高铁站台上，等下一趟不停靠的车进来，就这样吧")
            HELP,
            "waiting_for_a_through_train",
            r"(站台|月台|铁轨|轨道|铁道)(上|边|旁)?.{0,16}等.{0,8}(不停(靠|站)?|不靠站|不减速|直接过站|过站不停|通过不停)(的)?"
            r"(车|那趟|列车|火车|高铁|动车)?(?!.{0,8}(拍|拍照|录|视频|看热闹|打卡))",
        ),
        (
            # round 70: a way "to go quietly", unknown to the family, wanted for tonight ("有没有啥法子
            # 能让人走得安安静静的 … 今晚就要用")
            HELP,
            "quiet_way_out_wanted",
            r"(法子|办法|方法|怎么|咋|如何|怎样).{0,8}(人)?走得(安安静静|安静|悄悄|悄无声息|不痛苦|没(有)?痛苦|不疼) && "
            r"(今晚|今天|明天|马上|现在|这就|这几天)(就)?(要)?用|不(要|想|能|让|会)?被.{0,6}(家里人|家人|家里|人|别人|爸妈)(发现|知道)",
        ),
        (
            # someone sitting at the water's edge with shoes and bag laid out
            HELP,
            "left_at_the_edge",
            r"(鞋|鞋子|书包|手机|外套|包).{0,10}(摆|放|脱)(得)?(在)?(整整齐齐|整齐|好好的).{0,16}(水边|河边|江边|湖边|桥|楼顶|天台|岸边)",
        ),
        (
            # intent told without the usual words (round 16): sinking oneself (an anchor rope round
            # the waist); "settling it" oneself; a knife or a rope held all night; the drop looked
            # at from a height and found "near"; dying to prove something; a parent to be
            # "replaced"; a home no longer needed
            HELP,
            "unworded_intent",
            r"(就|只)?想(就这样)?沉(下去|到(海|河|湖|江|水|库)底)|(腰|身|脚|腿|脖子)上(绑|捆|系|挂|拴)(了|上|着)?.{0,4}(石头|锚|锚绳|重物|砖|哑铃|铁块|铁链)|"
            r"(想|要|准备|打算|该)(自己)?(结|做|来)(个|一个)?(了断|了结)(?!.{0,8}(关系|感情|分手|离婚|婚姻|恩怨))|"
            r"(拿着|握着|攥着|抱着|揣着|对着).{0,8}(刀|军刀|菜刀|绳|药|农药|安眠药|枪)(在.{0,8})?(坐|站|躺|待)了(一|整|大半|半)?(个)?(晚上|夜|宿|天|下午|上午)|"
            r"(楼|层|天台|楼顶|阳台|窗户?|桥)(上)?.{0,4}(往下|向下)(看|望|瞅).{0,8}(觉得|感觉)?(挺|很|好|也不|没那么)?(近|不高|不远)(的|了)?|"
            r"(用|以)(死|命|我的命|一死)(来)?(证明|明志|谢罪)|死给(他|她|你|你们|他们)看|"
            r"(妈妈|爸爸|妈|爸).{0,6}换(个|一个)人来当|我(自己)?(马上|很快|快|过几天|以后)(就)?用不(着|上)(家|房子|窝|床)了|"
            # round 17: "solving" oneself, going to be with the dead, driving into a pier, the drop
            # weighed, poison at a protest, lying on the tracks, a life "handed in", walking into
            # lorries, asking which building is tallest, how many pills are lethal
            r"把自己(给)?(解决|了结|弄死|结果)(了|掉)|"
            r"(想|要)(要)?(去)?陪(她|他|老伴|我妈|我爸|我儿子|我女儿|孩子|娃)(去)?(了)?(?=$|[，。！!？?\s]|算了|吧)|"
            r"(想|要|准备|打算)(开车|骑车|骑摩托|开着(车|它)?|骑着(车|它)?)?(去)?(撞|冲向|冲进)(桥墩|大树|护栏|大车|货车|火车|山|隔离带)|"
            r"(想|在想|打算|准备)(从)?.{0,6}(楼|层|天台|楼顶|桥)(上)?(跳)?下去|从.{0,6}(楼|层|桥|天台|楼顶)(上)?(跳)?下去.{0,6}(会不会|快不快|疼不疼|痛不痛|能不能死)|"
            r"(想|要|准备|打算)(去)?.{0,10}喝(农)?药(?!.{0,2}(治|调理|降|吗|么))|(去|到)(铁道|铁轨|铁路|马路中间|高速)上?(躺|睡|坐)|"
            r"(这条)?(老|贱|烂|破)?命(就)?(交(代)?(了|出去)|不要了)(算了)?|迎着.{0,4}(大车|火车|货车|车)(走|冲|撞)|"
            r"(哪栋|哪座|哪幢|哪个)(楼|桥|大厦)(最高|高一点)|(吃|喝|吞)多少(片|粒|颗|瓶|盒)?.{0,2}(会|能|就)?(致命|致死|死人|没命)|"
            # round 18: gas turned on, poison "eaten" (Minnan 食), no longer a burden (免搁拖累)
            r"(想|要|准备|打算)(去)?(开|打开|拧开)(煤气|燃气|天然气)(?=$|[，。！!？?…]|了|算了|一了百了|自杀|走)|"
            r"(欲|要|想|去)食(农药|老鼠药|安眠药|药仔)|免(搁|再)?拖累",
        ),
        (
            # a crisis written in English (spaces are removed before matching)
            HELP,
            "english",
            r"killmyself|endit(all)?(?![a-z])|endmylife|wanttodie|suicid|can'?tgoon|noreasontolive|betteroffwithoutme|"
            r"(sorry|goodbye|farewell),?(everyone|everybody|guys|all)|i'?m(standing|sitting)?onthe(pier|bridge|roof|ledge)",
        ),
        (
            # going "to find" someone who has died ("人没留住 … 想去找他")
            HELP,
            "join_the_dead",
            r"(想|要)(要)?去找(她|他|老伴|我妈|我爸|我儿子|我女儿|孩子|娃)(去)?(了)?(?=$|[，。！!？?\s]|算了|吧) && "
            r"走了|去世|没了|没留住|过世|死了|不在了|没救过来|忌日|出事(的)?(地方|路口|那天)|周年",
        ),
        (
            # a farewell out of character and then unreachable; a boarder's pet never to be
            # collected; someone messaging the hotline from a roof; a fire lit around oneself
            HELP,
            "farewell_then_gone",
            r"(别|不要|不用)(惦记|挂念|操心|担心)(家里|我|他|她)(了)?.{0,24}(联系不上|关机|找不到|失联)|"
            r"(不会|不再)回来(接|领|拿)(狗|猫|它|宠物|东西)?(了)?.{0,16}(失联|联系不上|出事|关机)|"
            r"(关在|锁在).{0,6}(屋|房间|车)里.{0,4}(点|烧)(了|着)?(床单|被子|衣服|房子|屋子|汽油)",
        ),
        (
            # someone in distress messaging the hotline from a roof or a bridge
            HELP,
            "messaging_from_height",
            r"(在|站在|坐在).{0,8}(天台|楼顶|顶楼|桥上|桥边)(上)?.{0,4}(给你们|跟你们|给你|发(这条|最后)|打(这个)?(电话|字)) && "
            r"暴雷|堵|欠|还不(上|起|清)|没用|撑不|活不|最后|对不起|再见|跳|下去|完了|绝望|逼|不想",
        ),
        (
            # round 20: a safety harness undone on a height, walking into a furnace, the tide or
            # the water "taking me", a note left before going to the water, "and then die"
            HELP,
            "harness_undone",
            r"(爬上|上到|站在|在)(了)?.{0,8}(铁塔|塔上|高处|楼顶|脚手架|吊臂|塔吊|风机|电线杆).{0,12}((解开|解掉|不系|摘掉|松开)(了)?(保险带|安全带|安全绳)|把(保险带|安全带|安全绳)(给)?(解开|解掉|摘掉|松开))|"
            r"(往|朝|向)(熔窑|熔炉|高炉|锅炉|炉膛|炉子|窑|火堆|火里)(那里|那边|里)?(走|跳|钻|冲)(过去|进去)|"
            r"(让|叫|等)(水|海|浪|潮|潮水|河水|江水|海水)(把我)?(带|卷|冲)走(我)?|"
            r"(留(了|下)?(个|张|封)?(字条|纸条|遗书|信|条子|便条)).{0,12}(去|到|跑|走)(了)?.{0,6}(水库|河边|江边|湖边|海边|山上|楼顶|桥|铁轨)|"
            r"(然后|之后|办完|弄完|完了)(我)?(就)?去死",
        ),
        (
            # disgrace (blamed, censured, talked about by everyone) and the writer at the water's
            # edge or on a height now ("被问责记过 全镇都在议论 我在河堤上")
            HELP,
            "disgraced_at_the_edge",
            r"我(现在)?(就|一个人)?(在|到了|站在|坐在|来到|走到|爬上)(了)?.{0,12}(河堤|江堤|堤坝|大坝|坝上|河边|江边|湖边|海边|桥上|大桥|楼顶|天台|顶楼|悬崖|崖边|铁轨|水库|楼上|屋顶|围墙上|高墙|铁塔|塔吊|吊臂|脚手架|窗台|行车|天车|龙门吊|吊车)(上|边|旁)?(?!散步|钓鱼|跑步|锻炼|玩|拍照|遛|捡|游泳|乘凉|办公|上班|开会) && "
            r"指指点点|(都在|都|在)议论|抬不起头|没脸|丢(尽)?(了)?人|问责|追责|记过|处分|吊销|开除|网暴|骂我|被.{0,6}骂|(要|让)我(一个人)?(负责|赔|担|背锅)|索赔|戳(我)?脊梁|身败名裂|(都)?怪我|是我害(的|死)|不想下来",
        ),
        (
            # one's own last affairs put in order, and relief or a place with nobody after it
            HELP,
            "own_affairs",
            r"(整理|准备|安排|料理|交代)(好)?(我的|自己的)?身后事 && "
            r"我(就|也)?(轻松|解脱)|没人(认识)?的(地方|角落)|别找我|用不着了|我(就)?(走|不在)了",
        ),
        (
            # a payout or a death benefit "left" for the family, with the writer's distress
            HELP,
            "payout_for_family",
            r"(给|留给|替)(家里|家人|老婆|老公|孩子|娃|父母|爸妈|妻儿|我妈|我爸)(人)?.{0,4}(留)?(个|一|一笔|笔|下|点)?.{0,2}(保险金|赔偿金|赔的钱|身故金|抚恤金|丧葬(费|补助金?))|"
            r"(保险金|赔偿金|身故金|抚恤金|丧葬(费|补助金?)).{0,24}(我)?(要|想)?留给(我)?(老婆|老公|孩子|娃|家里|家人|爸妈|父母|我妈) && "
            r"被裁|失业|欠|还不(上|起|清)|撑不|活不|没用|拖累|累赘|只剩|不想|绝望|怎么才能赔|意外(死亡|身故)|我(死|走|不在)了|今晚|吃药",
        ),
        (
            # someone found hanging and cut down (harm done: 120 and the crisis line)
            HELP,
            "found_hanging",
            r"(皮带|绳|绳子|围巾|腰带|电线|床单|数据线).{0,6}吊|(吊|挂)在(了)?.{0,4}(衣柜|门框|门把手|床头|窗框|暖气管|楼梯|水管|房梁|横梁)|"
            r"把(他|她|人).{0,4}(从.{0,6})?(放|解|抱)下来|"
            # round 58: "安全通道有个男的吊着 我们…放下来了 胸口还在起伏"
            r"有(个|一个)?(人|男的|女的|老人|老头|小伙子?|姑娘|学生|孩子)(在.{0,6})?(吊着|吊在|悬着) && "
            r"(放|解|抱)下来|喘|脸(是|都)?(紫|青)|没气|不动了?|没反应|叫不醒|起伏|心跳|呼吸",
        ),
        (
            # a life that "cannot go on" and a wish to be left alone somewhere (dialect included)
            HELP,
            "leave_me_be",
            r"(日子|这辈子|这日子)(过不(成|下去|了)|没法过|活不成) && "
            r"(别|甭|不要|莫|不用|别再)管(我|额|俺|偶)(?!家|们|的)|后山|树(跟前|下|底下)|(去|到).{0,4}(河边|江边|楼顶|天台|山上|水库)",
        ),
        (
            # walking into water and not turning back ("穿着衣服一步一步往湖里走 喊他也不回头")
            HELP,
            "walking_into_water",
            r"(一步一步|慢慢|径直|直直)(地)?(往|朝|向)(河|湖|江|海|水库|水)(里|中|中间|深处)走|"
            r"(往|朝|向)(河|湖|江|海|水库)(里|中|中间|深处)走.{0,12}(不回头|叫不应|喊.{0,4}不(应|回))",
        ),
        (
            # round 70: gone to the water "to fish" with the rod left at home ("说去水库钓鱼 竿和手机都
            # 没带")
            HELP,
            "fishing_without_the_rod",
            r"(说|讲|称)(是)?(要)?(去|到)(水库|河边|江边|湖边|海边|塘边|河|江|湖|水塘).{0,4}(钓鱼|钓|夜钓) && "
            r"(鱼竿|竿子?|钓竿|渔具|钓具)(和|跟)?(手机)?.{0,10}(都|也)?(没带|没拿|在家|立着|放着|扔家|留在家|在门后|留家)(?!.{0,12}(送|回来拿|回家拿|帮(他|她)拿|忘))",
        ),
        (
            HELP,
            "jump",
            r"跳(楼|河|江|桥|海|湖|崖)(?!价|甩卖|机|式)|(要|想|准备|打算).{0,8}跳下去|站在(楼顶|天台|桥上|窗台).{0,6}(跳|不想|想)",
        ),
        (
            HELP,
            "method",
            r"割腕|上吊|烧炭|(?<!烧烤)(?<!烤肉)点(上)?炭(?!.{0,2}(烤|煮|烧水|做饭|涮|火锅))|(想|要|准备|打算)往(我)?(自己)?(的)?.{0,2}(脖子|手腕|身上|胸口|肚子|心口)(上)?(扎|捅|割|划|刺)(?!.{0,2}(针|疫苗|纹身|耳洞))|吞(了)?(药|安眠药|刀片)|(?<!误)吃了.{0,4}(安眠药|药片|老鼠药|百草枯)|(?<!误)喝(了)?(农药|百草枯|敌敌畏)",
        ),
        (
            # round 27: back from a stomach pump wanting pills again, death on a doorstep to prove
            # innocence, the children handed over before a trip with no return, lying by the
            # tracks as a train comes, spirits taken with cephalosporin or a sedative (the sedatives
            # of round 28 folded in)
            HELP,
            "again_or_proof",
            r"洗(完|了|过)?胃.{0,12}(又|还)(想|要).{0,6}(买药|吃药|喝药|死)|(要|想|就)死在.{0,8}(门口|面前|楼下|办公室|大厅)|以死(来)?(证明|明志|谢罪)|死(了)?(来)?证明(我的)?清白|"
            r"(孩子|娃|儿子|女儿|闺女|俩孩子)(托|交|留)给.{0,10}(其实|就|再也)?不(会)?回(来)?(了)?(?!家吃|来吃)|"
            r"(铁道|铁轨|轨道)(边|上|旁)?.{0,12}(蹲|躺|坐|站)(着)?.{0,14}火车(要|快)?(来|过来|开过来)|(蹲|躺|坐|站)(在)?(铁道|铁轨|轨道)(边|上|旁)?.{0,14}火车(要|快)?(来|过来|开过来)|"
            r"(白酒|啤酒|红酒|酒)(加|配|混|兑|就着)(了)?(头孢|安眠药|安定|地西泮|艾司唑仑|阿普唑仑|氯硝|唑吡坦|思诺思|抗抑郁药)|(喝|灌)了.{0,4}酒(又|还|再)(吃|吞)了.{0,3}(头孢|安眠药)",
        ),
        (
            # round 27: the means ready to hand ("手里攥着刀片", "绳子就在门后挂着", "刀磨好了"),
            # not a kitchen or a barbecue
            STRONG,
            "means_at_hand",
            r"(手里|手上|手边|枕头(底)?下|床底下|门后)(就)?(拿着|攥着|握着|放着|藏着|挂着|就)?(一瓶|一把|一根|一袋)?"
            r"(刀片|敌敌畏|农药|百草枯|安眠药|剪刀|绳子|炭)|攥着(一把|把)?(刀片|剪刀|刀)|"
            r"(刀片|刀|绳子|绳|炭|药|敌敌畏|农药)(我)?(已经|都|就)?(磨好|买好|备好|攒好|攒够|藏好|挂好|准备好|放在手边|就在手边)"
            r"(了)?(?!.{0,8}(烧烤|火锅|做饭|切菜|切肉|杀鸡|宰|过年|腌|取暖|露营|野营|种|打虫|除草|灭鼠))",
        ),
        (
            # round 27: a time set for the end ("今晚执行", "明天没我了", "死法选好了", "今晚去死")
            STRONG,
            "timed_end",
            r"(今晚|今天|明天|一会儿|等下|过了今晚|周五|天一亮|天亮)(就|我就|我)?(去)?(去死|了结|自我了断|永远消失|"
            r"跟这个世界(说)?再见|就执行|执行)(?!.{0,6}(任务|计划|合同|方案|订单|程序|脚本))|"
            r"死法.{0,10}(选好|想好|定了|挑好)|(今晚|明天|过了今晚)(就)?(不会(再)?有我|没我了|没有我了)(?!的)|"
            r"墓地.{0,8}(挑好|选好|买好).{0,16}(日子|走|周|明天|今晚)|去意已决|"
            # round 70: "这个礼拜过完我就不在了"
            r"(这(个)?(礼拜|周|星期|月)(过完|结束|一过)|过完(这(个)?(礼拜|周|星期|月|年)|年|生日|今天))(以后|之后)?(我)?(就)?(不在了|没了)(?=$|[,。!?])",
        ),
        (
            # round 70: the writer's own death supposed, money left to a relative, within days ("人没了
            # 医保卡的钱能给我妈吗 这周的事")
            HELP,
            "money_left_before_going",
            r"(?<![老家病亲])(人|我)(要是|如果|万一)?(没了|不在了|死了).{0,30}"
            + _LEFT_TO_A_RELATIVE
            + r"|"
            r"((要是|如果|万一)(我|人)|(?<![老家病亲爸妈父母公婆爷奶哥姐弟妹夫妻])人|(?<![老家病亲])(人|我)(要是|如果|万一))走了(以后|之后)?.{0,24}(钱|存款|余额|账户|医保|公积金|保险|房子|卡).{0,10}"
            + _LEFT_TO_A_RELATIVE
            + r" && "
            r"这周|这个?礼拜|这个?星期|今晚|明天|过几天|这几天|(就|我)不在了",
        ),
        (
            # round 27: up on a roof, a bridge or a ledge, with the trouble that brought them there
            STRONG,
            "at_a_height_in_trouble",
            r"(我|人)?(现在)?(已经)?(就)?(在|站在|坐在|爬到|爬上|蹲在|到)(了)?.{0,8}(楼顶|天台|顶楼|窗台|阳台外|栏杆外|护栏外|"
            r"桥上|桥墩|天桥上|塔吊|水塔|坝顶|江堤|楼顶上|楼梯窗边|楼梯窗口|窗边|([0-9]{1,3}|[一二三四五六七八九十]{1,3})(楼|层).{0,8}(窗口|窗户|窗台|窗边|栏杆))(?!.{0,10}(晒|拍|看|吃|玩|钓|散步|乘凉|修|装|干活|施工|"
            r"工作|上班|检修|巡|收衣服|浇花|种菜)) && "
            r"(查出|确诊|得了)(了)?.{0,4}(癌|尿毒症|绝症|晚期|白血病|渐冻)|不想|撑不住|活不下去|没意思|被裁|被辞|辞了|欠|还不上|离婚|被骗|挂科|不适应|网暴|欺负|讨不到|工钱|跑了|"
            r"赶出|对不起|再见|别找我|不要找我|告别|分手|出轨|不见我|绝望|累赘|一事无成|不孝|延毕|毕不了业|考砸|落榜|退学|失恋|破产|失业|赔光|裁员|开除|被骂|挨骂|挨打|被打|吵架|吵了一架|"
            # round 48: an account banned and a car stolen
            r"封号|被封|被偷|被盗|输光|亏光|亏完",
        ),
        (
            # self-injury named: in a message about self-harm (a training, the past) it names the
            # subject only (_SELF_HARM_NAMING), as 自杀 does
            HELP,
            "self_injury",
            r"伤害自己|自残|划自己|"
            # round 31: a blade drawn across one's own throat or wrist, no one else named
            # ("爸拿菜刀划脖子 血往外冒"; "拿刀划她脖子" names her and is violence)
            r"(拿|用|抄起)(着)?(菜|水果|剃须)?(刀|刀片|剪刀|碎玻璃|玻璃片)(在)?(划|割|抹|拉)(了)?(自己的?)?(脖子|喉咙|手腕|动脉)|"
            # round 41: a blade drawn on one's own thigh or arm, blood spurting from a cut there
            r"(用|拿)(着)?(小)?(刀|刀片|美工刀|剪刀|碎玻璃|玻璃片|圆规)(在)?(我的?|自己的?)?(大腿|手臂|胳膊|手腕|小臂|腿|肚子|身上)(上)?(划|割|刻)|"
            r"(大腿|手臂|胳膊|手腕|小臂)(上)?(又)?(划|割)(到|破|开)?(了)?.{0,4}血(是)?(喷|止不住|一直流|往外涌|涌)|"
            # round 70: the writer's own head beaten against a wall until it bleeds ("拿头撞墙撞破了")
            r"(?<![他她娃子])(我)?(把|拿|用)(我的?|自己的?)?(头|脑袋|额头)(往|朝|去)?(墙|墙上|柜子|桌角|门|门框|地上|地板|玻璃)(上)?"
            r"(撞|磕|砸)(了|破|出|得|到|好|几|一|个)(?=.{0,20}(流血|出血|血|破了|撞破|磕破|眼(前)?.{0,4}黑|发黑|晕|好多下|好几下|停不下))",
        ),
        (
            HELP,
            "goodbye",
            r"遗书|遗言|(我|真的|实在)(真的|实在)?撑不下去了|不想(再)?醒(来|过来)|(?<![喊叫推摇拍弄])不醒了|想消失|活不了多久|(今晚|今天)(就)?结束吧|吃药走了|(跟|和)(大家|你们|世界)(告别|永别|说再见)|药都吃了|把(家里的)?药(都|全)吃了|吃了好多片",
        ),
        (
            # "never trouble anyone again", not the courtesy that ends a chat ("那就不麻烦你们了
            # 谢谢", "不麻烦你们了 我自己去办"): the courtesy has no 会 / 再 and often thanks
            HELP,
            "no_more_trouble",
            r"(?<!那就)(?<!那)(?<!就)不(会|再)(再|会)?麻烦(大家|你们|任何人)了|不麻烦任何人了|再也不(会)?麻烦(大家|你们|任何人|谁) && "
            r"^(?!.*(谢谢|多谢|感谢你们|自己(去)?(办|弄|搞|查|找|跑)|解决|办好|办完|搞定|处理好|弄好|问到了|知道了|明白了))",
        ),
        (
            HELP,
            "despair",
            r"不想(再)?(活|过)下去|活(得|着)(太|好|很|真)?(累|痛苦|没劲)(了)?.{0,8}(死|结束|走|解脱|不想|救救|救我|撑不)|"
            r"(还|倒)?不如(去)?死|死(了|掉)?(就)?(算了|好了|解脱了|一了百了)|让我死|想(要)?解脱|"
            r"(结束|了结)(这一切|一切)|自我了断|寻短(?!见)|(?<!没说过)(?<!没说)(?<!没提过)(?<!没流露过)(?<!没有)(?<!没)想不开(?!过)|下辈子(再|见)|来生再|别(再)?找我了|"
            r"对不起(爸妈|爸爸妈妈|大家|所有人|你们|全家|家里人|家人|老婆孩子|孩子们)|(想|要|准备).{0,8}死掉(?!的)|最后(一次|一条)(消息|留言|跟你)|永别了|"
            r"(一|整|好多|很多|一把|一堆|全部|所有的?)(瓶|盒|板)?.{0,2}(安眠药|安定|药片|农药)|"
            r"(唔|冇|不)想(再)?(生存|存在)|冇意思活|没(有)?活下去的(意义|勇气|理由)",
        ),
        (
            HELP,
            "indirect",
            r"没有我.{0,6}(更好|会好|轻松|清净)|我(死|消失|不在)了.{0,8}(轻松|解脱|更好|清净|省心)|"
            r"(永远|一直)(睡|睡过去|不醒|闭上眼)|一睡不醒|再也(别|不)(要)?醒|结束(掉)?(我)?自己|"
            r"结束(掉)?这条(烂|贱|破)?命|活腻(了|歪)|人间不值得|绝笔|告别信|诀别|"
            r"绳(子)?.{0,4}(系|挂|绑|套)(好|上)|(?<!晾衣)(?<!跳)(?<!拔河)绳(子)?.{0,6}(拴|系|挂|绑)(在|到)(了)?.{0,6}(门框|房梁|横梁|暖气管|衣柜|床头|窗框|树上|门把手|龙门架|单杠|吊环|器械|栏杆|吊扇|钢梁|脚手架|行车|货架)|吊死(我)?自己|把自己吊|(用|拿)头.{0,2}撞墙|(狠狠|使劲|一直|拼命)(地)?(打|扇|掐|咬)(我)?自己|"
            r"我(想|要|准备)?(喝|吞|吃)(了|下|掉)?.{0,4}(农药|百草枯|敌敌畏|老鼠药|安眠药)|药(我)?(全|都)吃(了|光)|"
            r"(准备好|该)(离开|退场|走)了.{0,4}(谢谢|对不起|再见|永别)|(从|离开)(这个)?(世界|人间)(上)?(退场|离开|消失)|"
            r"(割|划|砍|扎|烫|烧|捅)(了|伤了)?(我)?自己|(割|划)(了|开|开了|破|破了|断)?(自己的?)?(手腕|动脉)|手腕.{0,8}(割|划|流血|血流|全是血)|"
            r"我(不配|不该|不值得)(再)?活|(决定|准备|打算)(好)?(了)?(去)?死|把自己饿死|饿死(自己)?算了|"
            r"(如果|要是|万一|等)我(今天|明天|今晚|哪天)?(走了|不在了|死了).{0,12}(照顾|替我|帮我|拜托|转告)|"
            r"消失了?也(没|不会)(有)?人|没人(在乎|在意|需要|心疼)我|(活着|存在)(就是|只是)(个)?(拖累|累赘|负担)|"
            r"(拖累|连累)(家里|家人|大家|你们).{0,6}(不如|结束|走|死)|不想(再)?(拖累|连累)|(怎么|如何)(才能)?不(再)?(拖累|连累)|(那|这)(一)?(瓶|盒|板)(药)?(已经|都)?(够了|攒够了)|"
            r"开着(煤气|燃气)|(煤气|燃气|天然气|炭(盆|火)?)(阀)?.{0,4}(开着|点着|点上了).{0,12}(门窗|窗户|门缝).{0,4}(关死|关严|封|堵)|"
            r"(门窗|窗户|门缝).{0,4}(关死|关严|封死|封好|堵死|堵上).{0,12}(煤气|燃气|天然气|炭)|(煤气|燃气|炭).{0,6}不想(出去|开门|活)|封(好|死)(了)?(门窗|窗户|门缝)|"
            r"(在|一直|总是|天天|每天都在)想(怎么|如何)(去)?死|想(怎么|如何)(从|去|到).{0,6}(阳台|窗户|窗台|楼顶|天台|桥上|顶楼)(翻|跳|爬)(出去|下去)|怎么死(比较|才|最)|(声音|有人|他们).{0,4}(叫|让|要|逼)我去死|"
            r"(煤气|燃气|天然气|炭).{0,6}(打开|开着|开了|点上|烧上).{0,10}(就这样吧|算了|再见|永别|不想|别找)|"
            r"想(si|shi|s)(?![a-z])|不想(huo|活)(?![a-z])|(bu|不)想(huo|活)|zisha|自sha|活不(xia|下)去|"
            rf"(药|安眠药|刀片|绳子).{{0,6}}(攒够|准备好|备好|买好){_NOT_TO_EXTRACT}|(攒够|攒了|囤了).{{0,6}}(药|安眠药){_NOT_TO_EXTRACT}|"
            r"(吃|喝|吞)(完|掉|下)?(这|那|一)(整)?(瓶|盒|板|把)(药|安眠药|药片)?.{0,4}(就|便)(解脱|走|睡过去|结束|一了百了|不用)|"
            r"(打算|准备|决定|想好了).{0,12}(就)?(解脱|一了百了)|"
            r"(好想|想)(从这|从楼上|从桥上)?.{0,4}跳下去|(今晚|今天|明天|待会|一会|马上|现在)(就)?(从|去)?.{0,8}跳下去|"
            # farewells and last arrangements: belongings handed over, "after this I won't be here"
            r"以后(我)?(就)?(不在了|不(会)?(再)?麻烦(你们|大家|她|他|你)|用不着了|没有我了)|(明天|以后|今晚过后|过了今晚).{0,8}(就)?没有我了|"
            r"我(就|也)?不在了|最后一次.{0,12}(再见|永别|告别|谢谢)|(再见|永别)了.{0,4}$|"
            r"(交代|安排|处理|料理)(完|好|清楚).{0,10}(就|再)?(走|离开)(了|吧)?|"
            r"(托付|托给|送给|留给|转告|交给).{0,16}(以后|之后|反正).{0,6}(用不着|不需要|不在|没我|不麻烦)|"
            r"带(着)?(他|她|孩子|娃|儿子|女儿|宝宝).{0,2}一起(走|死|去死|跳|离开这个世界)|"
            r"(替|帮)我(跟|和|对|向).{0,8}(说|道)(声|个|一声)?(对不起|再见|永别)|"
            r"(没|没有)(什么|啥)?(好|可|值得)?留恋|(人生|日子|这辈子|我的路|生命)(也|就)?(走)?到(头|尽头)了|"
            r"(不会|不再)(再)?(痛|疼|难受|痛苦)的地方|没有(痛苦|烦恼)的地方|反正.{0,6}用不(上|着)了|"
            r"(站|坐)在.{0,6}(天台|楼顶|桥|江边|河边|窗台|顶楼)(边|上|边上)?.{0,8}(风|跳|想|不想|最后)",
        ),
        (
            HELP,
            "homophone",
            # chat spellings of 自杀 (紫砂, 自鲨, 紫杀, zs): not the teapot clay (紫砂壶, 紫砂锅)
            r"(想|要|去|准备|打算|一起|干脆|直接|不如)(去)?(紫砂|自鲨|紫杀|自刹|自沙|滋杀|自s|zs)(?!壶|锅|杯|盆|煲|陶|泥|茶|砂|[a-z])",
        ),
        (
            HELP,
            "ingested",
            # poison or pills taken, with amounts between ("喝了半瓶敌敌畏"); not by mistake
            r"吸(了|掉)?(好几|几|一整|整|一|两|三|半)(罐|瓶|管|袋|桶)(的)?.{0,8}(丁烷|打火机|笑气|胶水|汽油|油漆|稀释剂|天那水|气)|"
            r"(?<!误)(?<!不小心)(?<!瓶)(?<!瓶子)(?<!桶)(?<!罐)(?<!壶)(?<!瓶里)(?<!桶里)(?<!罐里)(?<!壶里)(喝|吞|吃|服|灌(?!好|满|了?[一两几0-9]?(桶|壶|罐)))(了|下|掉|下去)?.{0,8}(农药|草甘膦|百草枯|敌敌畏|老鼠药|鼠药|安眠药|除草剂|杀虫剂|洁厕灵|消毒液|漂白水|漂白剂|84消毒|煤油|汽油|柴油|防冻液|玻璃水|整瓶药|一瓶药|硫酸(?!亚铁|镁|锌|钠|钾|羟|氢|沙丁|庆大|阿托|吗啡|软骨|铜|铝)|电瓶酸|电瓶水|除锈剂|烧碱|火碱|强酸|来苏儿?|来苏水|甲酚|(消毒|清洁|杀虫|除草)用的)|"
            r"(农药|百草枯|敌敌畏|老鼠药|鼠药|除草剂|杀虫剂|洁厕灵|消毒液|漂白水|漂白剂|煤油|汽油|防冻液|硫酸(?!亚铁|镁|锌|钠|钾|羟|氢|沙丁|庆大|阿托|吗啡|软骨|铜|铝)|电瓶酸|电瓶水|除锈剂|烧碱|火碱)(被.{0,4})?(我)?(已经)?(喝|吞|灌)(了|下去了|下去)",
        ),
        (
            HELP,
            "painless_method",
            # asking for a way to die ("有没有什么方法死得不痛苦")
            r"死(得|的)(不痛|没(有)?痛苦|快一?点|痛快|舒服|安详)|(不痛苦|无痛|没有痛苦)(地|的)(死|走|离开)|"
            r"(什么|哪种|哪个|有没有)(的)?(方法|办法|方式|法子).{0,4}(能|可以)?(去)?死|(最)?(舒服|快|不痛)的死法",
        ),
        (
            HELP,
            "plea_in_pain",
            # emotional pain and a plea for rescue together ("好痛苦 撑不住了 救救我")
            r"(痛苦|绝望|崩溃|撑不住|熬不下去|受不了了|扛不住|太累了).{0,12}(救救我|救我|谁来救|帮帮我吧)|"
            r"(救救我|救我).{0,12}(好痛苦|太痛苦|绝望|撑不住|熬不下去|扛不住)",
        ),
        (
            HELP,
            "marks",
            # fresh cuts someone hides (a child, a friend): not a cat's scratches or a fall
            r"(手臂|胳膊|手腕|大腿|腿上|身上)(上)?.{0,6}(划痕|刀痕|割痕|刀口|划伤的口子|一道一道|一道道)(?!.{0,10}(猫|狗|抓|摔|磕|碰|蹭))",
        ),
        (
            HELP,
            "soon_gone",
            # "反正我很快就不在了": the writer will soon be gone (not away from home or work)
            r"我.{0,4}(就|快|要)不在(了|人世)(?!.{0,4}(家|单位|公司|本地|这边|国内|办公室|岗|出差|外地|值班|上班))|"
            # round 31: "反正过两天我人就没了"
            r"(过(两|几|些)天|明天|今晚|很快|马上|反正|到时候|再过.{0,3}天).{0,4}我(这个)?人(就|也|都)?(快)?(没了|不在了)",
        ),
        (
            # round 33: the writer's own funeral grant "needed this week", a bedsheet torn into
            # strips, a depressed brother giving things away and gone, a nurse who took potassium
            # chloride home, "反正我要结束了", standing past the yellow line as a train is due
            HELP,
            "own_end_near",
            r"(丧葬|火化|殡葬|墓地|骨灰盒)(费|补助|补贴|费用)?.{0,12}(我自己的|给我自己|我自己用)|"
            r"(床单|被单|被罩|衣服|毛巾)(撕|剪)成(了)?(条|布条|长条)|"
            r"(抑郁|想不开|不想活).{0,12}(送东西|把东西送|转我|转给我|给我转).{0,12}(找不到|联系不上|不接|关机)|"
            r"氯化钾.{0,6}(拿回家|带回家|拿回来|带回来)|(拿回家|带回家).{0,4}氯化钾|"
            r"反正(我)?(也)?(就)?(要|快|准备)(结束|走)了(?!.{0,3}(这|那)?(个)?(话题|对话|聊天|工作|实习|班))|"
            r"(站|站在)(地铁|轻轨|火车)?(站)?(的)?(黄线|站台边|站台边缘|轨道边|屏蔽门)(外|边上|外面|上).{0,12}(车|列车|火车|地铁|轻轨).{0,6}(到|来|进站)",
        ),
        (
            # round 32: off to the hills "where no one is" and not coming back
            HELP,
            "gone_where_none_find",
            r"(找|去)(个)?没(有)?人(的)?地方 && 不回来(了)?|不回(家)?了|再也不|了断|别找",
        ),
        (
            # round 32: a letter for the children next to a rope
            HELP,
            "letter_and_means",
            r"(?<!威胁)(?<!恐吓)(?<!勒索)(信|遗书|纸条).{0,6}(和|还有|跟|加上).{0,4}(绳子|安眠药|刀片|农药|炭)|(绳子|安眠药|刀片|农药|炭).{0,6}(和|还有|跟).{0,6}(?<!威胁)(?<!恐吓)(?<!勒索)(信|遗书)",
        ),
        (
            # round 32: locked in the garage with the engine running
            STRONG,
            "exhaust_locked_in",
            r"反锁(在)?(车库|车里|库里).{0,12}(发动|打着|着火|开)着|(车库|车里).{0,6}反锁.{0,10}(发动|打着|开)着",
        ),
        (
            # round 32: an insulin pen or potassium held in despair
            HELP,
            "medical_means_in_despair",
            r"(拿着|攥着|备好|抽好|装好)(了)?.{0,4}(胰岛素|氯化钾|麻醉药|吗啡|芬太尼) && "
            r"没过|清退|开除|不想|撑不|完了|没用|对不起|失败|绝望",
        ),
        (
            # round 31: a note found that speaks of the writer's death ("书包里有张纸写我死后")
            HELP,
            "death_note_found",
            r"(纸|本子|日记|便条|字条|纸条|作业本|书包里|抽屉里|枕头下).{0,8}(写|写着|写的|写了)(了|有)?.{0,3}"
            r"(我死(了)?(以)?后|我走(了)?(以)?后|等我死了|我死的时候|永别了|下辈子再见)",
        ),
        (
            # round 31: a goodbye that counts on not being heard from tomorrow ("要是明天没冒泡 …
            # 这些年多谢"), everyone blocked before "going" on a fine day
            HELP,
            "silent_tomorrow_goodbye",
            r"(要是|如果|万一|假如)(我)?(明天|以后|哪天|过两天|今晚过后)?(没|不)(再)?(冒泡|上线|出现|回(消息|复|话)|说话|露面|吱声) && "
            r"(这些年|这么多年|一直以来).{0,4}(多谢|谢谢|感谢|辛苦)|保重|永别|对不起(大家|你们)",
        ),
        (
            HELP,
            "all_blocked_then_go",
            r"拉黑(了)?(所有|全部|身边所有|所有的|全部的)(人|好友|联系人|亲友|朋友)|(人|好友|联系人|亲友|朋友)(都|全|全部|统统)拉黑(了)? && "
            r"(适合|可以|该|准备|打算)(上路|离开|走)(了|吧)?(?!走|路|亲戚|一走|一趟)|再见|永别|别找|对不起|解脱|结束",
        ),
        (
            HELP,
            "door_sign",
            # a note on a closed door warning others off, and nobody answers (charcoal burning)
            r"门(上|口|外|把手)?.{0,8}(贴|挂|留|写)(着|了)?.{0,8}(不要进|别进|勿进|请勿打扰|勿扰|不要开门|别开门|不要打开|别打开)|"
            r"(挂|贴|开)(着|了)?(请勿打扰|勿扰|免打扰) && "
            r"没人(应|开|理|回)|不开门|没(有)?动静|没(有)?出(过)?门|没见(过)?(人|他|她)|联系不上|怪味|异味|臭味|烧(东西|炭)|破门|撞门|没出过房间",
        ),
        (
            HELP,
            "on_the_ledge",
            # someone over a railing or sitting outside a window, high up: a crisis whoever reports it
            r"(翻|爬|坐|站|跨)(到|在|出)?(了)?.{0,4}(栏杆|护栏|围栏|窗户|窗台|阳台|桥栏)(的)?(外|外面|外头|外边|上面坐|边上坐)|"
            r"(坐|站|蹲|爬)(在|到)(了)?.{0,6}(空调外机|外机|窗沿|楼沿|女儿墙|楼顶边|天台边|楼顶的?边缘|天台的?边缘)(上)?.{0,12}(腿|脚).{0,2}(在外面|悬空|晃|耷拉)|"
            r"(站|爬|翻)(在|到|上)(了)?.{0,4}(楼顶|天台|顶楼|桥|窗台|阳台)(的)?(边缘|外沿|外侧|栏杆外|护栏外)",
        ),
        (
            HELP,
            "farewell_call",
            # a call or message that apologises and then goes silent ("说妈我对不起你 … 现在关机")
            r"(说|打电话说|发消息说|留言说|发了一条说).{0,6}(对不起|谢谢)(你|您|我们|妈|爸|大家)?.{0,30}(关机|挂了|不接|联系不上|没回|拉黑)",
        ),
        (
            HELP,
            "self_immolation",
            # petrol poured over oneself (whoever reports it, put out or not)
            r"(往|朝|在)(自己|自个儿?)?(的)?身上(浇|泼|倒|淋|洒)(了)?.{0,3}(汽油|柴油|煤油|酒精|油)|"
            r"(汽油|柴油|煤油|酒精)(桶)?.{0,4}(淋|浇|泼|倒|洒)(在|到)(了)?(自己|自个儿?|他|她)?(的)?(身上|头上)|自焚|(把|将)自己(给)?(点着|点燃|烧了)",
        ),
        (
            HELP,
            "sealed_room",
            # gaps of a closed room stuffed or taped, charcoal, nobody answering
            r"(门缝|窗缝|门窗|窗户缝|缝隙|门底|门下面).{0,6}(塞|堵|封|贴|糊)(着|了|满|住|死|上)? && "
            r"炭|煤炉|炭盆|煤球 && "
            r"没人(应|开|理|回|接)|不开门|没(有)?(动静|声音|声|反应)|联系不上|关机|不接|打不通",
        ),
        (
            HELP,
            "last_note",
            # a note that hands over one's funeral or says not to look for the writer
            r"(纸|字条|纸条|便条|留言|写着|写了).{0,20}(后事|别找我|不用找我|不要找我)|"
            r"后事(就)?(不用|别|不必|不要)(麻烦|操心|管|费心)",
        ),
        (
            HELP,
            "at_the_edge",
            # standing on a bridge or a roof for a long time, one step away; leaving by a window;
            # poison "for myself"; a car run in a closed garage; proving innocence with one's life
            r"(站|待|坐|蹲)在.{0,10}(天桥|桥上|大桥|楼顶|天台|顶楼|窗台|江边|河边|崖边|铁轨)(上)?.{0,12}"
            r"(一个钟头|半天|很久|好久|一个小时|(好)?几个(小时|钟头)|一晚上|一宿|一整天|一天|就差一步|往下看)|"
            r"在.{0,10}(天桥|桥上|大桥|楼顶|天台|顶楼|窗台|江边|河边|崖边|铁轨)(上)?(站|待|坐|蹲)(了)?.{0,6}"
            r"(一个钟头|半天|很久|好久|一个小时|(好)?几个(小时|钟头)|一晚上|一宿|一整天|一天)|就差一步(了)?$|"
            r"我(要|准备|打算|会|就)(从|在).{0,14}(窗户|窗口|窗台|阳台|楼顶|天台)(爬)?(出去|跳)|"
            r"(氰化物|氰化钾|农药|安眠药|百草枯|老鼠药|毒药|敌敌畏|砒霜).{0,16}(给自己用|自己用|用在自己身上|自己喝|自己吃)|"
            r"(车库|车里|车内).{0,12}(关着门|关上门|门关着|关起门|关紧门).{0,8}(发动|打着|启动)(了)?(汽车|车|发动机)|"
            r"用(我的|这条)?命(来)?证明|坟前.{0,10}((不想|不)(起来|走)(了)?|陪(他|她)(们)?)|不想(再)?(熬|撑|扛)(了|下去)",
        ),
        (
            HELP,
            "more_ways",
            # not wanting to stay in this world, "going to heaven", driving into a lorry, lying by
            # an open gas valve, "an accident" arranged for oneself, a ligature tested, envying the
            # dying; Japanese ("消えたい", "死にたい")
            r"不想(再)?(在|活在|留在)这(个)?世(上|界)(上)?(待|呆|活|了)?|(去)?天堂报(到|道)|"
            r"(想|好想|真想|恨不得)(开车)?(冲|撞)(进|向|上|到)(对面|前面|迎面)?(的)?.{0,4}(大货车|货车|车|桥墩|护栏|江|河|海)|"
            r"(拧开|打开|开着)(了)?(阀门|煤气|液化气|燃气).{0,8}(躺|睡|等)|让自己出(个|一个)?意外|"
            r"(门把手|门框|横梁|房梁|衣柜|晾衣杆|暖气管|吊扇).{0,6}(系|绑|挂|拴)(了|上)?.{0,6}(绳|数据线|皮带|围巾|电线|布条)|"
            r"名正言顺(地)?(离开|走|死)|羡慕.{0,12}(得绝症|死了|走了)的人|消えたい|死にたい|もう無理",
        ),
        (
            HELP,
            "overdose_question",
            r"(吃|吞|喝)(多少|几)(颗|片|粒|瓶|盒|克|支).{0,4}(能|会|才能|就能|可以)(结束|死|走|解脱|睡过去|不醒)|"
            r"(一次|一口气)(吞|吃)(了)?.{0,6}(会怎么样|能不能|会不会).{0,10}(一次|彻底)(解决|了断|结束)",
        ),
        (
            HELP,
            "insured_death",
            # a suicide clause asked about next to the writer's own plan ("满两年那天我就去")
            r"(自杀|身故|死亡).{0,12}(赔|理赔|免责|保险|保额) && "
            r"算好了|(那天|那时候|到时候|到日子|一到期|满.{0,3}年).{0,4}(我)?就(去|走|动手)|钱(就|都)?留给",
        ),
        (HELP, "after_errand", _AFTER_ERRAND),
        (
            # round 25: charcoal awaited to be burnt indoors, "used up and then released", poison
            # taken once the bills are settled ("不治了 … 办完回家就喝药")
            HELP,
            "means_awaited",
            r"炭.{0,24}(就|便)?(在|到|关在)(屋|房间|卧室|车|家)里?(烧|点)|(一到|到了|送到)(我)?就(在)?(屋里|房间里|车里|家里)(烧|点)|"
            r"(用|烧|吃|喝|点)(完|了)(就|便)(解脱|一了百了|结束这一切|不用再受罪)",
        ),
        (
            HELP,
            "poison_after_giving_up",
            r"(就|去|要|准备|回家)喝药 && 不治了|添负担|拖累|解脱|不想活|活着没意思|不想拖",
        ),
        (
            # round 24: going "to find" someone who died ("表妹留言说去找外婆了 外婆去年去世的")
            HELP,
            "join_the_dead",
            r"((说|留言|写着|写了|发了?.{0,6}说)(她|他|要)?|我(也)?(想|要|该|准备|打算))(要)?去(找|陪|见)(我)?(的)?"
            r"(外婆|外公|奶奶|爷爷|姥姥|姥爷|妈妈|爸爸|我妈|我爸|老伴|母亲|父亲|孩子|女儿|儿子|老公|老婆)(了|啦|吧) && "
            r"去世|过世|走了|不在了|病逝|离世|死了|没了|遗像|坟",
        ),
        (
            # round 26: a note left that says so, with no particle ("写了张纸条说去找外婆 外婆去年走的")
            HELP,
            "join_the_dead_note",
            r"(纸条|字条|留言|留了话|信)(上)?(写着|写|说)(她|他|要)?(要)?去找(外婆|外公|奶奶|爷爷|姥姥|姥爷|妈妈|爸爸|老伴|母亲|父亲)(了|啦|吧)?(?!家|那|的|玩|吃|借|拿|问|办|聊|帮|商量|要|说|买|取) && "
            r"去世|过世|走了|(年|月|天)(前)?走的|不在了|病逝|离世|死了|没了|遗像|坟",
        ),
    ),
    FIRE: (
        # round 56: flames out of a bedridden neighbour's window, her door locked (a long illness is
        # no past frame)
        (
            HELP,
            "fire_someone_cannot_get_out",
            r"着火|起火|失火|冒火|蹿火|窜火|火苗|烧起来|火光|明火 && "
            r"出不来|(门|窗)(还|都)?(锁着|打不开|踹不开|撬不开)|踹不开|撞不开|下不来|困在(里面|屋里|家里|楼上)|(瘫|卧床|不能动|走不了|动不了) && "
            r"^(?!.*(去年|以前|上次|那次|新闻|听说过|演练|怎么防|如何防|小说|电视剧|电影|后来|已经(扑灭|灭了|救出|出来)))",
        ),
        # round 55: a warehouse burning and workers still inside, a dormitory burning with students
        # unable to get down (heard of, but still going on)
        (
            STRONG,
            "burning_people_inside",
            r"(着火|起火|失火|烧起来)(了|啦) && "
            r"(还有|还)(.{0,8})(人|工人|同学|孩子|小孩|老人|员工|住户)(还)?(在里面|没(有)?出来|下不来|出不来)|(同学|人|孩子|老人|住户|邻居|员工|工人)(们)?(都)?(还)?(下不来|出不来|困在)|(挤|堵)在(窗户|窗口|阳台)(口|边)?(喊|叫|呼救) && "
            r"^(?!.*(去年|以前|上次|那次|演练|怎么防|如何防|小说|电视剧|电影|后来|已经(扑灭|灭了|救出)))",
        ),
        # round 53: an e-scooter ("电驴") blowing up on charge with the lobby full of smoke
        (
            STRONG,
            "scooter_blew_smoke_filled",
            r"(电驴|电瓶车|电动车|电单车|电摩|滑板车|平衡车|电池|电瓶|充电宝)(在充电|充着电|充电时)?(突然)?(炸了|爆了|爆炸|炸开|起火|着了|着火) && "
            r"(全是|都是|满是|到处是|一股|冒|好多|好大的)(浓|黑)?烟|浓烟|黑烟|呛|火苗|火光 && "
            rf"{_NOT_REPORTED_NOW} && "
            r"^(?!.*(灭了|扑灭|没事了|已经处理|已经熄|昨天|前天|上周))",
        ),
        # round 67: a corridor so full of smoke nobody can see
        (
            STRONG,
            "smoke_too_thick_to_see",
            r"(走廊|楼道|楼梯|楼梯间|过道|屋里|房间|宿舍|寝室|车间|仓库|楼里|大厅|车厢|隧道)(里)?(的)?(烟|浓烟|黑烟)(雾)?(大|浓|太大|太浓|很大|特别大|好大)?得?(什么都|啥都|都)?(看不见|看不清|看不到|睁不开眼|喘不过气)|"
            r"(烟|浓烟|黑烟)(大|浓)得(什么都|啥都|都)?(看不见|看不清|看不到|睁不开眼|喘不过气) && "
            r"^(?!.*(油烟|烧烤|抽烟|吸烟|烟头|二手烟|烟民|雾霾|烟花|香烟|烟味|熏香|干冰|舞台|演练|演习|新闻|听说|去年|以前|上次|那次))",
        ),
        # round 52: a store room burnt through its roof with two workers not seen since
        (
            STRONG,
            "burnt_through_the_roof",
            r"(库房|仓库|厂房|房子|屋|楼|车间|店|棚|房顶|屋顶)(.{0,6})?(烧穿|烧塌|烧透|烧通|烧到顶|烧没了|塌了顶)|烧穿(了)?(顶|房顶|屋顶) && "
            rf"{_NOT_REPORTED_NOW}",
        ),
        # round 50: flames shooting out through the gap of a shutter door
        (
            STRONG,
            "flames_through_a_gap",
            r"(门缝|窗缝|缝里|缝隙|卷帘门|门底下|窗户|窗口|屋里|楼道|车间|仓库|寝室|宿舍|房间|卧室|厨房|阳台|教室|办公室|店里|铺子|隔壁|对门|楼上|楼下)(里)?(往外)?(窜|蹿|冒|喷|舔|钻)(出)?(火|火苗|火舌|明火) && "
            rf"{_NOT_REPORTED_NOW}",
        ),
        # round 48: burning straw that has reached a chicken farm
        (
            EVENT,
            "field_burning_spread",
            r"(烧秸秆|烧荒|烧草|烧垃圾|烧纸|烧麦茬|烧稻草|烧麦秆|野火|山火|火苗|火势|火头)[^，。,！!？?]{0,6}(烧|窜|蔓延|燎)(到|进|着|过)(了)?[^，。,！!？?]{0,6}(场|厂|棚|房|屋|家|村|林|山|仓|库|圈|坟|院|车|田|地|舍|垛)",
        ),
        # round 47: a line of pines burning with the wind blowing it towards the village
        (
            STRONG,
            "wildfire_blowing_our_way",
            r"(山|林|松树|树|草|竹|麦|稻|芦苇|荒地|坡).{0,6}(烧(成|起来|着|了)|着火|起火|火线|冒火) && "
            r"风.{0,6}(朝|往|向|冲)(我们|村|这|家|房|咱)|(烧|蔓延|烧过来|烧到)(我们|村|这边|家)",
        ),
        # round 38: sparks inside a wall from a short circuit
        (
            STRONG,
            "wiring_sparking",
            r"(短路|电线).{0,10}(冒火星|在冒烟|冒烟了|着火了|起火了)|墙(里|里面)(在)?冒(火星|烟)|(塑料|电线|胶皮)烧焦(的)?味",
        ),
        (
            # round 30: crackling and red light in a window nobody is behind
            STRONG,
            "glow_and_crackle",
            r"(窗户|窗|门缝|屋里|里头|里面)(里)?(全是|都是|冒|透出|映着|一片)(的)?(红光|火光)|噼里啪啦.{0,12}(红光|火光|冒烟|浓烟)",
        ),
        (
            EVENT,
            "burning",
            r"(着|起|失)火(了|啦|啊|!)|着大火|火(在|已经|都)?.{0,6}烧(着|进|过来|到|上来)|烧起来|(烧|点)着了|火势|火光|火(越来越|很|好|太)大|(冒|有|溅|蹦|起)(了)?火星(?!人|探测|车)|(点着|引燃)(了)?.{0,8}(一路|往上|烧)|往上烧|着起来了|大火(?!收汁|炒|烧开|煮|翻炒|蒸|的?(书|剧|小说|歌|网文|游戏|综艺|电影|作品|主播|博主|视频|网红))|浓烟|"
            # round 41: "窗帘着了"
            r"(窗帘|被子|床单|沙发|衣柜|床垫|蚊帐|电线|插排|插座|油锅|锅里|柜子|纸箱|衣服)(也|都|一下)?(烧)?着(了|起来)(?!凉)|冒(出|起)?(了)?.{0,6}(黑|白|浓)?烟(?!花|酒|草|头)|冒火|自燃(?!油)|火花",
        ),
        (
            EVENT,
            "explosion",
            r"爆炸(了|啦)|发生爆炸|爆燃|(有|听到|传来|一声|几声|好几声|一阵)(的)?爆炸声|(煤气罐|锅炉|电瓶|电池|充电宝|气罐|电视机|电视).{0,4}炸",
        ),
        (
            # round 23: a power bank or battery blowing up, a carriage or a room full of smoke
            EVENT,
            "battery_smoke",
            r"(充电宝|锂电池|电池|电瓶|电动车|电瓶车|电驴)(突然)?(爆了|炸了|爆炸|着火|起火|自燃|冒烟|冒火)|"
            r"(车厢|地铁|屋里|房间|楼道|教室|店里|车里|宿舍|走廊|大堂|大厅|车库|地下室|楼梯间|电梯间|楼里)(里)?(全是|都是|到处是|冒|一股|满是)(浓|黑)?烟|"
            # round 39: smoke pouring out under a neighbour's door
            r"(门缝|窗缝|门底下|门下面|单间|房间|屋里|对门)(里)?(往外|一直|不停)?(在)?(涌|冒|窜|钻|渗)(出)?(了)?(浓|黑|白|滚滚)?(的)?烟(?!花|囱|头)",
        ),
        (EVENT, "gas_explosion", r"(煤气|燃气|天然气|液化气|瓦斯)(罐)?.{0,2}(爆了|炸了|爆炸)"),
        (
            STRONG,
            "spreading",
            r"火(都|已经|势)?(快|要)?(蹿|窜|烧|蔓延|扑|舔|燎)(到|过来|上来|进)|(烧|着)起来了.{0,12}(没人|快|蔓延|蹿|窜)",
        ),
        (TOPIC, "fire", r"着火|起火|失火|火灾|火警|火苗"),
    ),
    GAS: (
        # round 66: a gas alarm beeping for minutes, the writer not daring to press a light switch;
        # the air at a garage's gas meters stinging one's head
        (
            EVENT,
            "alarm_and_switches_not_touched",
            r"报警器.{0,8}(响|叫|鸣|嘀嘀|滴滴|嘀嘀嘀|滴滴滴|报警|闪) && "
            r"(不敢|没敢|不能|别)(去)?(按|开|碰|动|摁|拉)(电)?(灯|开关|电闸|闸)|(灯|开关|电闸)(都|也)?(不敢|没敢)(开|按|碰|动|摁|拉) && "
            r"^(?!.*(误报|误响|测试|电池|没电|新闻|听说|去年|以前|上次|那次|视频里|演练|怎么防|如何防))",
        ),
        (
            EVENT,
            "fumes_at_the_gas_meter",
            r"(燃气|煤气|天然气|液化气)(表|管|管道|阀|阀门|罐|调压箱)?.{0,10}(熏|呛|冲)(得)?(人|我|眼睛|脑袋|脑仁|头)?.{0,4}(疼|晕|发晕|难受|睁不开|受不了|流泪|恶心) && "
            r"^(?!.*(新闻|听说|去年|以前|上次|那次|视频里|演练|怎么防|如何防|每天|天天|经常|一直都|投诉|多少钱))",
        ),
        # round 65: a cracked gas hose that tape will not hold, asking whether the light may go on
        (
            EVENT,
            "cracked_gas_hose_asked_about_a_switch",
            r"(燃气|煤气|天然气|液化气|气罐|煤气罐)(的)?(软管|管子|管|胶管|阀门|接口|表|管道).{0,6}(裂|破|漏|断|松脱|脱落|冒气|嘶嘶) && "
            r"缠不住|堵不住|捂不住|关不上|关不住|关不紧|还在漏|一直漏|味(道)?(很|好|特别)?(大|冲|重)|开灯|开关|点火|打火|开(油烟机|排风扇|抽油烟机) && "
            r"^(?!.*(新闻|听说|去年|以前|上次|那次|多少钱|哪里买|去哪买|保修|换(一|根|条)?(新)?(软管|管子)(要|多少|去哪)|安检|演练))",
        ),
        # round 62: a gas alarm sounding on and on in a food court while the stalls keep cooking
        (
            EVENT,
            "gas_alarm_ignored",
            r"(燃气|煤气|天然气|液化气|可燃气体?)(泄漏)?报警(器|的)?.{0,4}(一直|不停|持续|还在|狂|老是|响个不停|滴滴滴?)(地)?(叫|响|闪|鸣|报) && "
            r"(照常|照样|照旧|还在|继续|仍然|依旧)(炒菜|做饭|营业|开火|用火|点火|干活|煮|烧)|没人(管|理|处理|去看)|不当(回)?事 && "
            r"^(?!.*(误报|测试|电池|没电|坏了|故障|过期|怎么关|消音|静音|新闻|听说|去年|以前|上次|那次|演练|检修))",
        ),
        # round 61: a gas alarm flashing next to a smell at the meter, the main valve not found
        (
            EVENT,
            "gas_alarm_with_smell",
            r"(燃气|煤气|天然气|可燃气体?)?报警器.{0,6}(响|叫|鸣|狂闪|闪|亮(了|着)?红|红灯|嘀嘀|滴滴|报警) && "
            r"(燃气|煤气|天然气|液化气|燃气表|气表|灶|阀).{0,10}(臭味|味|气味|臭鸡蛋)|(臭味|怪味|臭鸡蛋味|煤气味|燃气味)|找不到.{0,4}(总)?阀|(总)?阀.{0,4}(找不到|关不上|关不了) && "
            r"^(?!.*(新闻|听说|去年|以前|上次|那次|演练|演习|测试|安装|检测|年检|多少钱|推销|误报|电池|没电|换个|换新|怎么关|消音))",
        ),
        # round 59: a crew that dug through a gas main, white fog hissing up (not the outage asked
        # about afterwards: "挖断了燃气管 什么时候恢复供气")
        (
            STRONG,
            "gas_main_dug_through",
            r"(刨|挖|铲|钻|凿|撞|碰)(穿|破|断|裂|爆|坏)(了)?.{0,6}(燃气|天然气|煤气)(的)?(主管|管道|管子|管线|总管|管)|"
            r"(燃气|天然气|煤气)(的)?(主管|管道|管子|管线|总管)(给|被)?.{0,8}(刨|挖|铲|钻|凿|撞|碰)(穿|破|断|裂|坏) && "
            r"^(?!.*(停气|恢复供气|(来|通|恢复)气|赔偿|补偿|索赔|谁赔|追责))",
        ),
        # round 57: a buried gas line bubbling up in a field, a strange smell
        (
            EVENT,
            "gas_line_bubbling",
            r"(燃气|煤气|天然气)(的)?(管|管线|管道|管子|管网).{0,8}(冒泡|鼓泡|咕嘟|往外冒|冒气|冒白气)",
        ),
        # round 53: coloured smoke drifting from a chemical park, a village coughing and in tears
        (
            STRONG,
            "chemical_smoke_village_coughing",
            r"(化工|工厂|厂区|园区|厂子|厂里|罐车|仓库|车间|管道|储罐).{0,20}(烟|气|雾) && "
            r"泄了|漏了|泄漏|泄露|不知道(是)?(啥|什么)(东西)?|(眼泪|流泪).{0,3}(止不住|直流|不停)|都在咳|咳个不停|喘不上气|晕倒|睁不开眼 && "
            r"咳|呛|流泪|眼泪|头晕|恶心 && "
            r"^(?!.*(投诉|举报|环保局|每天|天天|经常|一到晚上|偷排|排放|排的|排污|新闻|听说|去年|以前|上次|那次|演练|怎么防|如何防))",
        ),
        # round 52: a gas smell from a neighbour's door for a long while, knocks unanswered
        (
            STRONG,
            "gas_smell_door_unanswered",
            r"(燃气|煤气|天然气|液化气)(的)?(味|气味|味道|臭味) && "
            r"敲(了)?.{0,4}门.{0,8}(没人|没有人|没应|不应|不开|没反应|没动静)|敲不开|没人应|没人开门|叫不应 && "
            rf"{_NOT_REPORTED_NOW}",
        ),
        # round 51: a cylinder that will not shut; a mother collapsed by a long-running water heater
        # and the writer going dizzy too
        (
            EVENT,
            "cylinder_will_not_shut",
            r"(液化气|煤气|燃气|天然气|气罐|钢瓶|液化罐)(罐|瓶)?(的)?(阀门|阀|开关|角阀|总阀)?(关不住|关不上|关不掉|拧不上|拧不紧|关不严) && "
            rf"{_NOT_REPORTED_NOW}",
        ),
        (
            STRONG,
            "collapsed_by_the_heater",
            r"热水器|燃气|煤气|炉子|炭火|炭盆|煤炉|烧炭|取暖器 && "
            r"倒了|晕倒|昏倒|晕过去|叫不醒|不省人事|倒在|昏迷 && "
            r"眼前发黑|头晕|头疼|恶心|发晕|也晕|喘不上|腿软|没力气 && "
            rf"{_NOT_REPORTED_NOW}",
        ),
        # round 49: a spilled cylinder hissing white; a gas smell at a pressure box with someone
        # lighting a cigarette beside it
        (
            STRONG,
            "cylinder_venting",
            # (round 66: "那个大液化罐的阀门拧坏了，嗤嗤往外喷气": the valve named between, a hiss
            # spelt 嗤嗤, gas spraying out)
            r"(煤气罐|液化气罐|气罐|钢瓶|燃气罐|液化罐)(子)?.{0,16}(?<!不是)(?<!没有)(?<!没)(?<!不)(冒(白)?气|漏气|冒白烟|(往外)?喷(白)?气|(咝咝|嘶嘶|呲呲|哧哧|嗤嗤)(地)?(响|漏|冒|喷|往外)) && "
            rf"{_NOT_REPORTED_NOW}",
        ),
        (
            STRONG,
            "gas_smell_and_a_flame",
            r"(调压箱|调压柜|燃气|煤气|天然气|液化气).{0,16}(气味|味道|臭味|味儿|呛) && "
            r"抽(起)?烟|点烟|点火|打火机|划火柴|开火 && "
            rf"{_NOT_REPORTED_NOW}",
        ),
        # round 44: a flame put out by a boiling pot with the valve still open, the house full of
        # the smell and someone dizzy
        (
            STRONG,
            "flame_out_valve_open",
            # (a look-alike span removes "火灭了": the rest reads "灶没关")
            r"(灶|炉)(上的)?(火)?.{0,8}(没关|阀没关|阀门没关|气没关|没关阀|没关气)|(阀|气)(门)?(还)?(没关|开着) && "
            r"(满屋|一屋|屋里|家里|厨房)(子)?(都是|全是)?(的)?(味|气味|煤气味|臭味)|头晕|恶心|晕",
        ),
        # round 35: a chemical leak with people coughing
        (
            EVENT,
            "chemical_leak_symptoms",
            r"(化工|工厂|化工厂|园区|储罐|槽罐车|罐车|管道).{0,6}(泄漏|泄露|漏气|毒气) && (咳|呛|头晕|恶心|喘|晕倒|流泪|睁不开)",
        ),
        (
            # round 30: an appliance that will not light but keeps letting gas out
            STRONG,
            "gas_flowing_unlit",
            r"(一直|还在|不停|一个劲)(在)?(出气|冒气|往外冒气|漏气|嘶嘶|喷气|往外喷) && "
            r"燃气|煤气|天然气|热水器|灶|炉|阀门|气管|管子|液化气|气罐",
        ),
        (
            # round 28: a gas main struck by a digger, gas pouring out
            STRONG,
            "main_struck",
            r"(挖破|刨破|挖断|刨断|挖坏|铲破|碰破|弄破|挖到)(了)?.{0,6}(燃气管|煤气管|天然气管|黄管子|气管)|(燃气|煤气|天然气)(呼呼|哧哧|呲呲|嘶嘶)(地)?(冒|喷|往外)",
        ),
        (
            # round 26: a gas alarm going off with the smell strong ("厨房天然气报警 闻着很重")
            STRONG,
            "gas_alarm_smell",
            r"(天然气|燃气|煤气|液化气|可燃气体)(泄漏)?报警(了|响了|一直响)?(?!器(怎么|多少|在哪|安装|要不要|坏|更换|换|哪))"
            r" && 闻|味|呛|冲鼻|头晕|恶心",
        ),
        (
            # cleaners mixed into a toxic gas (84 with 洁厕灵), someone choking on it
            EVENT,
            "chemical_mix",
            r"(洁厕灵|84|消毒液|漂白水|漂白剂).{0,6}(和|跟|与|加|混).{0,6}(洁厕灵|84|消毒液|漂白水|漂白剂|酸) && "
            r"呛|咳|晕|喘|站不住|难受|味",
        ),
        (
            STRONG,
            "gas_smell",
            r"(煤气|燃气|天然气|液化气|瓦斯).{0,2}(味|气味)|臭鸡蛋(的)?(味|气味)|(钢瓶|气瓶|液化气|煤气罐|角阀|阀门|软管|气管).{0,12}(哧哧|嘶嘶|呲呲|滋滋|咝咝|一直|不停)(地)?(漏|响|往外冒)|(角阀|阀门|总阀|气阀)(拧|关)?(坏了|不死|不住|不上)(?=.{0,12}(漏|味|哧|嘶))|嘶嘶(响|声|地|的)?.{0,12}(味|气味|刺鼻|呛)|(味道|气味)(很|特别|好|太)?(冲|刺鼻|呛).{0,12}嘶嘶|闻到.{0,6}(煤气|燃气|天然气|液化气|瓦斯)|(煤气|燃气|天然气|液化气|瓦斯|气罐|煤气灶|燃气灶|煤气管|燃气管).{0,12}(漏了|泄漏了|泄露了|漏气|在漏|嘶嘶|有气味|有味)",
        ),
        (
            STRONG,
            "gas_alarm",
            r"(燃气|煤气)?报警器(也|一直|突然)?(在)?(响|叫|报警|嘀嘀) && 煤气|燃气|天然气|液化气|瓦斯",
        ),
        (
            EVENT,
            "gas_left_open",
            r"开着(煤气|燃气|天然气)|(煤气|燃气|天然气)(阀|灶|开关)?.{0,2}(开着|一直开着|全打开).{0,12}"
            r"(门窗|窗户|门缝).{0,4}(关死|关严|封|堵)",
        ),
        (EVENT, "co_poisoning", r"(煤气|一氧化碳)中毒"),
        (
            # a gas that takes the air: liquid nitrogen, dry ice or CO2 in a closed room, people down
            EVENT,
            "asphyxiant",
            r"(液氮|氮气|干冰|二氧化碳|co2).{0,12}(昏|晕|倒|喘不上|憋|站不稳|往外爬)",
        ),
        (
            EVENT,
            "co_sleeping",
            # asleep with a heater or the engine running in a closed space, and now will not wake
            r"(叫不醒|醒不过来|喊不醒|推不醒|没反应|昏迷) && (帐篷|车里|车内|车上|车库|驾驶室|屋里|房间|棚里|窝棚) && "
            r"(炉|炭|暖风|发动机|没熄火|开着空调|发电机|取暖|干冰|柴暖|驻车加热|燃油加热)",
        ),
        (
            EVENT,
            "co_symptoms",
            # carbon monoxide: a household feeling ill around a gas heater, stove or charcoal
            # round 68: "轮流洗澡后全家头重脚轻 老热水器是直排的"
            r"(头疼|头痛|头晕|恶心|想吐|呕吐|叫不醒|叫不太醒|昏昏沉沉|迷迷糊糊|站不稳|浑身无力|晕(倒|过去|了|在)|喘不上气|头重脚轻|晕乎乎|晕晕乎乎|脑袋发沉|头(发)?沉)"
            r" && (燃气|煤气|天然气|热水器|炭火|炭盆|烧炭|煤炉|炉子|取暖炉|卡式炉|暖风|发电机|柴油机|壁挂炉|烟管|烟道|干冰|烤肉|柴暖|驻车加热|燃油加热) && "
            r"(一家|全家|家里人|都|孩子|小孩|老人|大家|我们|朋友|同事|室友|几个人|好几个|一群|司机|师傅|工人|我也|自己也|叫不醒|醒不过来|躺(在)?地上|倒在地上)",
        ),
        (
            # a gas water heater in the bathroom and someone silent behind the door for long
            EVENT,
            "bathroom_heater",
            r"(热水器|燃气).{0,20}(洗澡|卫生间|浴室).{0,24}(没出来|没反应|叫不应|不应|敲门没|没动静)",
        ),
        (
            EVENT,
            "pipe_broken",
            r"(燃气|煤气|天然气|液化气)(立管|管|管道|管子|表|阀|阀门|罐|瓶|调压箱).{0,8}"
            r"(断|破|裂|挖(?!的|开的|路|沟|坑)|爆|撞(歪|坏|断|裂|了)|砸(坏|断|裂))",
        ),
        (
            EVENT,
            "engine_indoors",
            r"(关着|门关着|关上门|关起门|密闭|卷帘门关着).{0,12}(发动|打着|启动|开着)(了)?(汽车|车|发动机|发电机) && "
            r"倒|晕|叫不醒|喊不醒|不省人事|迷迷糊糊|头晕|恶心",
        ),
        (
            EVENT,
            "gas_hiss",
            r"(燃气|煤气|天然气)(井盖|井|调压箱|调压站|管|阀门|阀|表).{0,8}(嗤嗤|咝咝|嘶嘶|呲呲|咕噜|滋滋) && 味|臭",
        ),
        (
            STRONG,
            "hazmat_leak",
            # a tanker or a plant leaking a toxic gas or chemical (119 handles hazardous materials)
            r"(罐车|槽罐车|槽车|危化品|危险品|化工(运输)?车|罐体|罐口|储罐|化学品|液氨|氨气|氯气|硫化氢|毒气|有毒气体|酸雾|化学气体)"
            r".{0,10}(漏了|在漏|漏出|泄漏|泄露|喷(出|着)?|冒(出|着)?|往外(喷|冒|漏|飘)|飘(过来|向|到|进)|扩散|裂(了|开))|"
            # round 31: "冷库漏氨 白雾"
            r"(冷库|厂里|车间|罐|管道)?(漏|泄漏|泄露)(了)?(氨|氨气|液氨|氯气|硫化氢|毒气)",
        ),
        (
            # round 32: an alarm going off with a smell, a cylinder's valve knocked off
            STRONG,
            "alarm_and_smell",
            r"报警器.{0,4}(叫|响|嘀)(个)?不停|报警器(一直|还)?(在)?(叫|响)(着)? && "
            r"怪味|臭味|异味|刺鼻|煤气味|燃气味|不敢(按|开|开灯|按灯|点火)",
        ),
        (
            STRONG,
            "cylinder_valve_broken",
            r"(煤气瓶|液化气罐|液化气瓶|气瓶|钢瓶|煤气罐)(的)?(阀门|阀|角阀|接口|瓶口)(被)?(磕|撞|碰|摔)?(坏|断|裂)(了)? && 味|漏|呲|嘶|喷",
        ),
        # round 40: soapy water bubbling at the meter
        (
            STRONG,
            "soap_test_bubbles",
            r"(肥皂水|洗洁精水|洗洁精|肥皂).{0,8}(冒泡|全是泡|起泡|有泡|直冒泡)|(咝咝|嘶嘶|呲呲|哧哧|嗤嗤)(地)?(响|声|漏).{0,10}(燃气|煤气|气表|气管|阀门)|(燃气|煤气|气表|气管|阀门).{0,10}(咝咝|嘶嘶|呲呲|哧哧|嗤嗤)(地)?(响|声)",
        ),
        (TOPIC, "gas_leak", r"(煤气|燃气|天然气|液化气)(泄漏|泄露|管道破|管子破|罐漏)"),
    ),
    RESCUE: (
        # round 61: a car stalled in a flooded underpass, the door held shut by the water, a child
        # in the back
        (
            EVENT,
            "trapped_in_car_in_rising_water",
            r"(水|洪水|积水).{0,10}(淹到|漫到|没过|到了|涨到|灌进|漫上来|涌进)|(淹|泡)(到|在)?(了)?.{0,4}(车窗|车门|车顶|座位|半个车|车里) && "
            r"车门.{0,6}(推不开|打不开|开不了|推不动|拉不开)|(车|车子)(打不着|熄火|动不了|开不动|出不去)|出不去|困在车(里|上|内) && "
            r"车|隧道|桥洞|涵洞|下穿|地库|地下车库 && "
            r"^(?!.*(新闻|听说|去年|以前|上次|那次|演练|演习|视频里|怎么自救|如何自救|保险|理赔|定损|维修))",
        ),
        # round 59: a car stalled in a flooded underpass, water up to the windows, the doors jammed
        (
            STRONG,
            "car_flooding_doors_jammed",
            r"(水|洪水|积水).{0,8}(涨|淹|没|漫|灌|渗|进)(到|过|进)?(了)?.{0,4}(车窗|车门|车顶|车里|车内|方向盘|座椅|座位) && "
            r"(门|车门|车窗|窗户)(推|打|拉|摇)不(开|动|下)|出不(去|来)|困在",
        ),
        # round 52: a breached dike and water over the windowsill with a family on a flat roof; an old
        # man fallen down an open manhole, groaning below
        (
            STRONG,
            "flood_family_on_the_roof",
            r"(堤坝|大堤|河堤|堤|坝)(开口子|决口|垮了|溃|塌了|开了口)|水(已经)?(没过|淹过|漫过|淹到|漫到|到)(了)?(窗台|窗户|一楼|屋檐|门框) && "
            r"爬上|困在|房顶|平顶|楼顶|屋顶|二楼|阁楼|树上 && "
            rf"{_NOT_REPORTED_NOW}",
        ),
        (
            STRONG,
            "fell_down_a_manhole",
            r"(井盖|窨井|下水道|井口|检查井).{0,16}(踩空)?(掉进去|掉下去|摔下去|跌进去|掉进|摔进|跌进)|(掉进|摔进|跌进|踩空掉进)(了)?.{0,4}(井里|下水道|窨井|井) && "
            r"叫|喊|哎哟|呻吟|出不来|爬不上|底下|人|老爷子|孩子|老人 && "
            r"^(?!.*(差点|差一点|险些|别让|以免|防止|小心|万一|新闻|听说|去年|以前|上次|那次|演练))",
        ),
        # round 51: "电梯关了我们四十分钟"
        (
            STRONG,
            "lift_shut_us_in",
            r"电梯(里)?(把)?(关|困|锁|卡)(了|住)(我们|我|俩|人|孩子|老人|[一二两三四五六七八九十几0-9]+个人) && "
            r"^(?!.*(新闻|听说|去年|以前|上次|那次|演练|投诉|赔|前天|昨天|上周|上个月))",
        ),
        # round 48: a car stalled in a flooded underpass, water over the windows, doors stuck
        (
            STRONG,
            "water_over_the_car",
            r"水(已经|都|快)?(没过|淹到|淹过|漫过|漫到|涨到|到了|到|灌进)(了)?.{0,4}(车窗|窗户|车门|车顶|车里|座椅|座位|方向盘|胸口|脖子|下巴|腰) && "
            r"车|门|困|出不来|出不去|推不开|打不开|熄火 && "
            r"^(?!.*(去年|以前|上次|那次|视频|新闻|演练|怎么逃生|如何逃生|理赔|保险))",
        ),
        # round 44: a lift stuck halfway between floors with a pregnant woman inside
        (
            STRONG,
            "lift_stuck_halfway",
            r"电梯.{0,4}(卡|停|悬|不动)(在)?(了)?(半中间|半空|两层(楼)?(中间|之间)|中间|不上不下) && "
            r"孕妇|老人|孩子|小孩|有人|里面|我们|我和|困|出不去|出不来|没人理|没人管 && "
            r"^(?!.*(经常|老是|总是|每次|又坏|维修|报修|物业|投诉|检验|年检|合格证))",
        ),
        # round 42: a car sinking in a river with people inside
        (
            STRONG,
            "car_in_water",
            r"(车|汽车|轿车|面包车|货车)(子)?(掉|冲|翻|开|滑|栽)(进|到|下|入)?(了)?(河|江|湖|水库|水塘|池塘|海|水里|鱼塘)",
        ),
        # round 38: fallen into a dry well
        (
            EVENT,
            "fallen_into_a_well",
            r"(掉|摔|跌|落)(进|到|下)(了)?.{0,8}(旱井|枯井|机井|深坑|窨井|下水道|粪坑|地窖|井里|井)",
        ),
        # round 37: an old house collapsed with someone answering from under it
        (
            EVENT,
            "under_a_collapse",
            r"(房子|老屋|屋|墙|房顶|楼|那栋|那间|棚)(塌|垮|倒)(了) && (底下|下面|压着|埋着|应声|在喊)",
        ),
        (
            # round 30: a child's head or limb stuck in railings
            STRONG,
            "body_part_stuck",
            r"(脑袋|头|手|脚|腿|胳膊)(给)?(钻|伸|卡|塞)(进|在|到)(了)?.{0,8}(护栏|栏杆|栅栏|铁架|缝|洞|防盗网)(里)?.{0,10}(卡住|拔不出|退不出|出不来|拿不出)",
        ),
        (
            # round 29: a lift stopped between floors with people inside and nobody on the intercom
            STRONG,
            "lift_stuck_between_floors",
            r"电梯.{0,4}(停|卡|不动|不动弹)(了)?(在)?(半截|半路|两层(之间|中间)?|楼层中间|半空)|(两|[一二三四五六七八九十]+)(楼|层)之间.{0,4}电梯.{0,4}(不动|停|卡) && "
            r"(里面|里头|关着|困着).{0,8}(人|老|小孩|孩子|娃|孕妇|孙)|对讲(机)?.{0,6}(没人|打不通|没反应|没人应|没人接)",
        ),
        (
            # round 26: lost, night falling, the phone dying ("徒步迷路了 天已经黑了 手机快没电")
            STRONG,
            "lost_at_night",
            r"迷路|迷了路|找不到(下山的)?路|走不出去|走不出来 && "
            r"天(已经|都)?(快)?(全)?黑|没电|没信号|不知道(自己)?(在)?(哪|什么地方)|下不了山",
        ),
        (
            EVENT,
            "confined_space",
            # people collapsing in a pit, tank or well (toxic gas): whoever goes in next falls too
            r"(化粪池|粪池|粪坑|窨井|污水井|下水井|检查井|沼气池|地窖|菜窖|发酵罐|储罐|罐体|罐里|罐子里|"
            r"船舱|货舱|井下|矿井|隧道|涵洞|深坑|蓄水池|污水池|车厢|冷库|冷链|干冰|粮仓|粮库|筒仓|仓里|熏蒸|磷化铝|磷化氢) && "
            r"(倒(了|下|在)|晕(了|倒|过去)|昏(了|倒|过去)|没(了)?动静|叫不醒|叫不应|喊不应|不省人事|没反应|上不来|没上来|进去就倒)",
        ),
        (
            EVENT,
            "lift",
            r"电梯.{0,8}困(住|在|着)?(了|人)|困电梯|(货梯|客梯|观光梯)(里)?.{0,8}(卡住|困住|停了|出不去|门打不开)|(困|关|卡)在电梯|电梯里出不来|电梯.{0,6}(卡住了|坠落|掉下去|急坠)|电梯.{0,8}门打不开",
        ),
        (
            # a ring or a band that will not come off a swelling finger (firefighters cut it)
            EVENT,
            "ring_stuck",
            r"(戒指|指环|手镯|镯子|圈|环|螺母|瓶口|管子)(.{0,6})(摘不(下|掉)|取不(下|出|掉)|拿不(下|出)|拔不(出|下)|卡住|套住) && "
            r"紫|肿|没知觉|发麻|麻了|麻木|发黑|发凉|疼得|消防",
        ),
        (
            EVENT,
            "drowning",
            rf"溺水|落水|(有人|人|{_PERSON}).{{0,2}}(掉|落|跌|摔)(进|到|入|下)?.{{0,4}}(河|江|湖|海|水库|池塘|水塘|井|粪池|冰窟窿|水)里|被(水|洪水|大水)冲走|在水里(扑腾|挣扎)|沉下去了|"
            # round 31: "俩娃掉冰窟窿"
            r"(掉|落|跌|陷)(进|到|入)?(了)?(冰窟窿|冰窟|冰洞|冰面下|冰下)",
        ),
        (
            EVENT,
            "trapped",
            r"被困(?!扰)|困在|困住|被埋|埋在.{0,6}下面|(压|扣|砸|埋)在.{0,6}(下面|底下|下边)|卡在.{0,10}(出不来|拔不出)|(锁|关)(在)?车里|反锁(在)?(家|屋|车)|(孩子|小孩|宝宝).{0,6}锁在家|(外机|楼顶|阳台|窗外|树上|悬崖|山上).{0,6}下不来|进水了.{0,6}(车里|人)",
        ),
        (
            # someone fallen or stuck behind a locked door, calling out (firefighters open it)
            EVENT,
            "locked_in_fallen",
            r"(反锁|锁着|锁住|锁上|锁死)(了)?.{0,10}(打不开|开不了|进不去|撞不开|推不开)|门(是)?锁着 && "
            r"摔(倒|了)|跌(倒|了)|倒(地|在)|晕(倒|了)|(她|他|老人|孩子|人)(一直)?在(喊|叫|哭)|起不来|卡在|不应|没(有)?(动静|反应)",
        ),
        (
            EVENT,
            "fallen_on",
            r"(墙|楼|房子|房|屋|棚|架子|脚手架|天花板|吊顶|围墙|广告牌|树)(都)?.{0,3}倒(了|下)(?!闭|霉|卖|班)|压着(一个|个|两个|几个)?(人|工人|孩子|小孩|老人)",
        ),
        (
            EVENT,
            "swept_away",
            rf"(掉|落|跌|滑)(进|下)去了|冲走了|被冲走|卷走了 && 河|江|湖|海|溪|水库|水里|水中|洪水|大水|水流|塘|池|井|渠 && {_PERSON}|人",
        ),
        (EVENT, "collapse", r"塌(了|方)|坍塌|倒塌|滑坡|泥石流|决口|决堤|洪水.{0,6}(进|淹|漫)|漫进"),
        (
            EVENT,
            "pinned",
            # a limb caught under or in something heavy ("卷帘门压住一个老人的腿")
            r"(压|夹|卡|砸|挤)(住|着|在)(了)?.{0,8}(腿|脚|手|胳膊|身子|腰|脖子|半个身子)|"
            r"(手|脚|腿|胳膊|手指|脑袋|头)(被)?(卡|夹|绞|压|卷)(进|在|住|到)(了)?.{0,8}(出不来|拔不出|(弄|拿|退|取)不出来|机|里)|"
            r"(伸进|卡进|钻进|塞进).{0,16}(退不回|拔不出|出不来|卡住(了)?.{0,4}(紫|肿|拔不|出不))|车里(锁|关)着(个|一个)?.{0,2}(娃|孩子|小孩|宝宝|老人|人)|"
            r"(堵|困)在.{0,8}(暴雪|大雪|雪里|洪水|泥石流).{0,12}(动不了|冻|发抖|没吃|小时)|(关|困)电梯里|"
            r"下了河.{0,10}(不见了|没影了)",
        ),
        # round 67: off the trail in the mountains, a companion's ankle twisted, the battery at 10%
        (
            STRONG,
            "off_the_trail_in_trouble",
            r"野线|野路|(走|爬|绕|下)(岔|错)(了)?(路|道|线)?|迷路|迷了路|偏离(了)?(路线|线路|轨迹|步道)|找不到(路|步道|下山的路|回去的路)|迷失方向 && "
            r"山|岭|林子|树林|峡谷|野外|徒步|穿越|登山|爬山|驴友|无人区|沙漠|戈壁|荒野|野线|步道|景区 && "
            r"崴(了)?脚|扭(伤|了)(脚|腿|脚踝)?|摔伤|骨折|走不动|受伤|(电|电量)(只|就|还)?剩|快没电|没电了|没信号|天(已经|都)?(快)?(全)?黑|失温|没水了 && "
            r"^(?!.*(去年|以前|上次|那次|新闻|听说|后来|攻略|怎么防|如何防|注意事项|要是|如果|万一|假如|救援费|搜救费|收费|费用|演练))",
        ),
        (
            EVENT,
            "lost_outdoors",
            # lost in the mountains or the wild, night, cold or fog closing in
            r"(山上|山里|山中|山顶|山沟|林子|树林|林区|野外|深山|雪山|沙漠|戈壁|荒野|礁石|峡谷|无人区)"
            r".{0,12}(迷路|迷了路|找不到路|找不到下山|走不出(去|来)|下不了山|下不来山|回不去了)|"
            r"(迷路|迷了路|找不到路|走不出去|走散|掉队)(了)?.{0,16}(天(已经)?(快)?(全)?黑|没电|电量|没信号|起雾|发抖|冻|冷|失温|受伤)",
        ),
        (
            # round 24: someone going hypothermic on a trail ("有个女生失温了 开始胡言乱语")
            EVENT,
            "hypothermia_outdoors",
            r"失温|冻僵|冻得(说不出话|不会动|动不了|神志不清) && "
            r"山|营地|徒步|登山|野外|雪|雾|穿越|驴友|走到一半|户外|线路",
        ),
        (
            STRONG,
            "person_trapped",
            rf"(?<!把自己)({_PERSON}|有人|人|工人|我们|我)(?!把自己).{{0,6}}(?<!差点)(?<!差一点)(?<!差点儿)(?<!险些)(?<!医保)(?<!社保)(?<!银行)(?<!信用)(?<!身份)(?<!会员)(?<!公交)(?<!门禁)(?<!饭)(?<!购物)(?<!张)(?<!的)(困|压|埋|卡|关)(在|住)(?!了?(家|屋里).{{0,6}}(隔离|上网课))(?!哪)(?!.{{0,8}}([一两二三四五六七八九十几半好]+|[0-9]+)(个)?多?(月|年|礼拜|星期))|"
            r"电梯.{0,10}(停|卡|坏|不动|掉|坠|冲顶|蹲底).{0,10}(出不去|出不来|里面有人|人在里面|门打不开|困)|"
            r"(?<![贴放挂装写])(在|被关在|被困在)电梯里(?!.{0,4}(放|屁|抽烟|吃|聊|碰到|遇到|看到|拍|唱|社死|撞|推|打|骂|吵|摸|蹭|挤|说|装|安装|安了|加装|贴了|挂了))|(沉|淹)(下去|没)了|不会游泳.{0,6}(掉|落|下水|冲)|"
            r"(掉|落|冲|滑|跌|栽)(进|到|入)(了)?.{0,4}(河|江|水库|海|湖|池|塘|渠|沟|井|冰窟窿)(里)?|一沉一浮|沉沉浮浮|"
            r"(孔|洞|井|坑|桩孔|管道|竖井)(里)?掉(进去|下去)(了)?(个|一个)?(小孩|孩子|人|娃)|"
            r"(水|洪水).{0,6}(到|过|淹到|没过)了?(腰|胸|脖子|膝盖|二楼|屋顶)|(挂|吊)在.{0,6}(外面|窗外|阳台外|半空)|"
            # a gondola or a ride stuck in the air, a tide cutting people off ("潮水回来了 回不去")
            r"吊篮.{0,8}(掉|歪|翻|断|卡|坏|悬)|(停|卡|悬|挂|吊)在(了)?(半空|空中)|"
            # round 22: a rider or a worker hanging metres up ("一个女孩悬在十几米高")
            r"(悬|挂|吊|卡)在(了)?.{0,8}([0-9]+|[一二两三四五六七八九十几]+)(多)?(米|层)(多)?(高|的高空|高的(地方|空中|半空))|倒吊|(安全绳|绳子).{0,6}(快断|要断|断了)|"
            r"(涨潮|潮水|海水|河水|水).{0,8}(回来了|涨上来|漫上来|涨起来).{0,12}(回不去|出不去|过不去|四周都是水|困)|"
            # round 25: a child's head or limb through bars that will not come back
            r"(头|脑袋|手|脚|腿|胳膊).{0,12}(卡|夹|钻|伸)(在|进|出|到)?.{0,10}(缩不回来|拔不出来|拿不出来|抽不出来|退不回来)",
        ),
        (
            # round 24: people still inside a place on fire, blown up or collapsed ("工人都在往外跑
            # 有两个还没出来")
            STRONG,
            "not_out",
            r"(人|个|两个|几个|孩子|老人|工人|他|她|他们|她们|的|师傅|工友|同事|员工|家人|邻居|小孩|娃)(还|都)(没|没有)(出来|跑出来|逃出来|救出来)|(人|他|她|他们)还在里面 && "
            r"烟|火|烧|炸|塌|倒了|淹|埋",
        ),
    ),
    DOMESTIC_VIOLENCE: (
        # round 55: tied up in a shed by the husband for two days, typing for help in secret
        (
            STRONG,
            "tied_up_by_family",
            r"被(丈夫|老公|男人|对象|男朋友|男友|婆家|家里人|公公|婆婆|爸|妈|父亲|继父|哥|老婆|媳妇).{0,4}(捆|绑|锁|关|拴|铐)(在|起来|着|住) && "
            r"求救|救我|救命|偷偷|出不去|[一两二三四五几]天|好几天|没吃|没饭|饿|报警 && "
            rf"{_NOT_REPORTED_NOW}",
        ),
        # round 52: a video call showing a brother hitting the mother with a stool, then the line cut
        (
            HELP,
            "seen_on_a_video_call",
            r"视频(通话|电话)?(里|中)|开着视频|打视频|视频的时候|视频那头 && "
            r"(拿|抄|举|抡)(起)?.{0,4}(板凳|凳子|椅子|刀|棍|酒瓶|擀面杖|皮带|衣架|拖把)(砸|打|抡|揍|捅)|(砸|打|揍|踢|掐|推)(我妈|我爸|我奶奶|我爷爷|我姐|我妹|我嫂子|老人|我外婆|我姥姥) && "
            r"(电话|视频|信号)?(断了|挂了|掉线|没信号|打不通|没声了|黑屏)|还在(打|砸) && "
            r"^(?!.*(新闻|听说|去年|以前|上次|那次|演练|电视剧|剧里|电影|小说))",
        ),
        # round 48: a husband with a kitchen knife at the door over a divorce, a woman locked in a
        # rented room by her boyfriend for two days and beaten, a phone smashed and more threatened
        (
            STRONG,
            "partner_armed_at_the_door",
            r"(拿|拎|提|举|握|攥|抄|持)(着)?(把|一把)?(菜刀|刀|砍刀|斧头|斧子|棍子|铁棍|钢管|锤子|榔头|铁锹|剪刀)(在)?.{0,3}(堵|守|拦|挡|把)(着|住|在)?.{0,4}(门|门口|家门|房门|屋门|路|楼道) && "
            r"离婚|老公|丈夫|男人|男朋友|对象|前夫|老婆|媳妇|我爸|儿子|女儿|孩子|吵架|喝多|喝醉|他 && "
            r"^(?!.*(去年|以前|上次|那次|小时候|当年|电视|剧里|新闻))",
        ),
        (
            STRONG,
            "locked_in_and_beaten",
            r"被(男朋友|男友|老公|丈夫|男人|对象|前夫|前男友|未婚夫|老婆|媳妇|我爸|继父|后爸|公公|婆婆|家里人|他)(给)?(关|锁|反锁)(在)?[^，。,！!？?外]{0,10}(屋里|房里|家里|里面|屋子里|房间里|出租屋|卧室|地下室|车里|厕所|卫生间|阳台) && "
            r"打|揍|踢|掐|动手|不让(我)?(出|走)|手机(被)?(收|抢|摔|砸|没收)|偷(偷)?(拿|用)|第二天|好几天|两天|三天|一天一夜 && "
            r"^(?!.*(去年|以前|上次|那次|小时候|当年|剧里|新闻|后来))",
        ),
        (
            STRONG,
            "phone_smashed_more_threatened",
            r"(摔|砸|抢|掰)(了|碎|坏|烂|断)?(了)?我(的)?手机|把我(的)?手机(摔|砸|抢|掰)(了|碎|坏|烂|断) && "
            r"(还要|还说要|说要|等会|回来|等下|今晚)(再)?(收拾|弄死|打死|揍|教训|弄|砍|杀)我 && "
            r"^(?!.*(去年|以前|上次|那次|小时候|剧里|新闻))",
        ),
        # round 45: a brother-in-law beating the writer's sister again, her message sent in secret
        (
            EVENT,
            "in_law_beating_sister",
            r"(姐夫|妹夫|嫂子|弟媳|姑父|姨父|他|她男人|她老公|她对象).{0,8}(又|在|正在|又在|还在)(打|揍|踢|掐)"
            r"(她|我姐|我妹|我姐姐|我妹妹|我嫂子|我表姐|我表妹|我外甥|我外甥女)(?!.{0,2}(电话|手机|游戏|招呼|主意|针|卡|牌|球))",
        ),
        # round 42: a pregnant woman kicked in the belly, writing from a neighbour's phone
        (
            STRONG,
            "kicked_while_pregnant",
            r"(踹|踢|打|捶)(了)?(我|她)?(的)?肚子 && 怀孕|孕妇|丈夫|老公|男朋友|对象|他",
        ),
        # round 38: a child beaten and screaming for half an hour
        (
            EVENT,
            "child_beaten_screaming",
            r"(娃|孩子|小孩)(挨揍|挨打|被打)(嚎|哭|叫)(了)?.{0,6}(钟头|小时|分钟|半天)",
        ),
        # round 37: a stepfather dragging a daughter into a car
        (
            EVENT,
            "dragged_into_a_car",
            r"被(她|他|我)?(继父|继母|后爸|后妈|亲爸|爸|前夫|老公|丈夫|男人).{0,8}(拖|拽|拉|塞|绑)(上|进)(了)?车",
        ),
        # round 34: locked in for days by a partner, writing in secret
        (
            EVENT,
            "locked_in_for_days",
            r"(被|把我)(他|男人|老公|丈夫|男朋友|对象|家里人)?(反锁|锁|关|囚禁)(在)?.{0,6}(第)?[一二三四五六七八九十两几0-9]+天",
        ),
        (
            # round 28: an ex kicking the door in to beat them
            STRONG,
            "door_kicked_in",
            r"(踹门|破门|撬门|砸门)(进来|进屋|闯进来).{0,8}(揍|打|砸|掐)",
        ),
        (
            # round 26: an ex forcing his way in, the writer locked in a room with the children
            STRONG,
            "forced_in_hiding",
            r"冲进(了)?(家|屋|门|房间|我家)(里|来)?.{0,6}(动手|打|砸|掐|踹)|"
            r"(带|抱|拉)着?(孩子|娃|女儿|儿子|俩孩子).{0,4}(锁|躲|关|反锁)在(卧室|房间|厕所|卫生间|屋)(里)?",
        ),
        (
            # a child's hand held to a stove, a beating promised for later ("说回来接着打")
            STRONG,
            "burned_or_more_to_come",
            rf"({_FAMILY}|继父|后妈|后爸|我爹|我娘).{{0,6}}(按着|抓着|摁着|拽着)(我|孩子|他|她)?(的)?(手|头|脸).{{0,6}}(烫|烧|砸|按进|往.{{0,4}}(炉|火|开水))|"
            r"(说|扬言|吼着)(等)?(回来|一会|晚上|等会)(还|再|接着)(打|收拾)",
        ),
        (
            # someone locked up and beaten by a relative
            EVENT,
            "locked_and_beaten",
            rf"被(我)?({_FAMILY}|哥哥|弟弟|姐姐|妹妹|哥|弟|姐|妹).{{0,4}}(锁|关|绑|拴)(在)?.{{0,6}}(打|揍|饿|虐)",
        ),
        (
            EVENT,
            "family_beating",
            rf"({_FAMILY}).{{0,10}}(打我|揍我|踢我|掐我|砍我|抽我|拿刀|要杀|打孩子|打我妈|打俺|砸俺|打我们|动手(?!动脚)|把我.{{0,4}}打|(泼|烫|烧|勒|踹|咬|推)(我|俺|孩子))",
        ),
        (EVENT, "beaten_by_family", rf"被({_FAMILY}).{{0,4}}(打|揍|踢|掐|砍|推)"),
        (
            EVENT,
            "confined_by_family",
            # a relative shut out or locked in by family, starved or shoved
            rf"被({_FAMILY}).{{0,4}}(关|锁|赶)(在|到|出)|({_FAMILY}).{{0,12}}(不给(饭|吃|水)|推了(她|他|我)一把|把(她|他|我)(关|锁)(在|起来))",
        ),
        (
            EVENT,
            "domestic_violence_now",
            r"(在|又|正在|要)家暴|家暴我|被家暴|家暴.{0,4}(了|他|她|我)",
        ),
        (
            EVENT,
            "child_confined",
            # a child shut in a cage, a box or outside by the family ("把孩子关在狗笼子里")
            r"把(孩子|娃|小孩|闺女|儿子|女儿|小的|孩儿).{0,6}(关|锁)(在|进)(了)?.{0,6}(笼|柜|箱|厕所|阳台|门外|地下室|小黑屋|杂物间)",
        ),
        (
            # round 24: a neighbour heard beating his wife again ("对门那户的男人又在打老婆了")
            EVENT,
            "beating_heard",
            r"(男的|男人|女的|丈夫|老公|他|她|那人|邻居|对门|楼上|楼下|隔壁)(.{0,6})(又|在|正在|又在)(打|揍)(老婆|媳妇|妻子|老公|丈夫|孩子|娃|老人)",
        ),
        (TOPIC, "domestic_violence", r"家暴|家庭暴力"),
    ),
    VIOLENCE: (
        # round 65: workers come for their wages beaten with steel pipes by the foreman's men
        (
            STRONG,
            "beaten_with_pipes",
            r"被.{0,12}(用|拿|抡|抄)(着)?(钢管|铁棍|棍子|棒子|砍刀|板砖|砖头|铁锹|扳手|锤子|酒瓶|棒球棍)(抡|打|砸|砍|捅|敲|揍|招呼)|(钢管|铁棍|棍子|棒子|板砖|酒瓶|铁锹|棒球棍)(往|朝)(他|她|人|我|头|身上|脑袋|脸).{0,4}(抡|砸|招呼)|抡(起)?(钢管|铁棍|棍子|棒子|板砖|酒瓶|铁锹|棒球棍) && "
            r"^(?!.*(新闻|听说|小说|电影|电视剧|游戏|去年|以前|上次|那次|判(了|几年)|怎么判|赔偿|起诉|立案|正当防卫))",
        ),
        # round 59: a relative in an emergency room dragging a nurse about and beating her
        (
            EVENT,
            "grabbing_and_beating",
            r"(揪|拽|薅|按|掐|扯)(着|住)(.{0,6})(打|揍|踢|捶|扇)",
        ),
        # round 58: a knife held to the writer ("提离婚他拿刀抵着我 门锁了出不去")
        (
            STRONG,
            "knife_held_to_me",
            r"(拿|用|举|握|攥|抄)(着|起)?(把)?(刀|菜刀|水果刀|剪刀|斧头|匕首|刀子|改锥|螺丝刀|枪)(子)?.{0,4}(抵|架|顶|对|指|比划)(着|在)(我|我的?(脖子|喉咙|胸口|肚子|头|脸))",
        ),
        # round 57: a child slapped by older pupils who film it
        (
            EVENT,
            "slapped",
            # (not told by the one slapped, nor done: "被同学扇耳光 学校不管", "扇了一耳光")
            r"^(?!.*被.{0,12}(扇|抽)).*(扇|抽)(?!了).{0,8}(耳光|巴掌|嘴巴子|大嘴巴) && "
            r"^(?!.*(不管|怎么办|归谁管|找谁|能不能|追究|起诉|维权|投诉|举报|报警吗|教训|打哪))",
        ),
        # round 53: a drunk passenger hitting the bus driver and wrenching the wheel
        (
            STRONG,
            "driver_attacked_wheel_grabbed",
            r"(殴打|揍|打)(了)?(公交|大巴|客车|出租车|网约车|校车)?(司机|驾驶员)(?!的?(电话|热线|投诉))|(抢|拽|抓|拉|扯|夺|掰)(着|住)?(司机的)?方向盘 && "
            r"^(?!.*(什么罪|判几年|怎么判|罪名|处罚|法律|新闻|听说|视频|去年|以前|上次|那次|演练|昨天|前天|上周|那天))",
        ),
        # round 51: two gangs fighting at a night market with someone fetching weapons; a flick knife
        # drawn over a bus seat
        (
            STRONG,
            "gang_brawl_weapons_fetched",
            r"(两帮|两伙|一帮|一伙|几帮|好几个|十几个|一群)(人)?.{0,6}(开打|打起来|干起来|打群架|动手|打成一团|互殴|对砍) && "
            r"拿家伙|抄家伙|拿刀|拎刀|拿棍|拿棒|拿钢管|砍刀|钢管|酒瓶|板砖|回去拿|去拿 && "
            rf"{_NOT_REPORTED_NOW}",
        ),
        (
            STRONG,
            "blade_drawn_in_public",
            r"(摸|掏|亮|抽|拔|甩)(出)?(了)?(一把|把)?(弹簧刀|水果刀|匕首|折叠刀|蝴蝶刀|砍刀|菜刀|刀子|刀)(?!具|法|工|片|叉|鞘) && "
            r"公交|地铁|车上|车厢|站台|超市|商场|饭店|排队|抢座|座位|吵|司机|乘客|人群 && "
            r"^(?!.*(削|切(水果|菜|西瓜|苹果)|安检|能不能带|可以带|新闻|听说|去年|以前|上次|那次|演练))",
        ),
        # round 49: a landlord who came with others to beat the tenants out
        (
            STRONG,
            "brought_men_to_beat",
            r"带(着|了)?(人|一帮人|一伙人|几个人|一群人|打手|好几个人)(来|过来|上门|上来|闯进来)?(打|揍|砸|动手|殴打) && "
            rf"{_NOT_REPORTED_NOW}",
        ),
        # round 47: held in a room by creditors who threaten to cut off fingers
        (
            STRONG,
            "held_and_threatened",
            r"被.{0,8}(关|锁|扣|绑|押|囚)(在)?.{0,12}(屋|房|房间|仓库|地下室|车|里|楼) && "
            r"(剁|砍|打断|打死|弄死|杀|废了|卸).{0,4}(我|手|脚|腿|指)",
        ),
        # round 44: someone stabbing at random in a metro carriage
        (
            STRONG,
            "attacking_anyone",
            r"(?<!蚊子)(?<!蚊)(?<!虫)(?<!狗)(?<!鹅)见人就(扎|砍|捅|刺|打|咬|撞)|逢人就(扎|砍|捅|刺)|(拿|举|挥)着?(刀|尖东西|利器|剪刀|锥子).{0,6}(乱扎|乱砍|乱捅|乱刺)",
        ),
        # round 40: a foreman's thugs with steel pipes, acid about to be thrown at a stall keeper
        (
            EVENT,
            "thugs_with_pipes",
            r"(喊|叫|找|带)(了)?(人|一帮人|几个人|一群人|打手)(拎|拿|带|抄|提)(着)?(钢管|棍子|砍刀|铁棍|刀|棒球棍).{0,4}(打|砍|来|冲)",
        ),
        (
            STRONG,
            "armed_and_chasing",
            r"(攥着|拿着|握着|拎着|举着|持)(一把|把)?(匕首|刀|砍刀|菜刀|水果刀|尖刀|弹簧刀).{0,4}(还在|正在|在|满街)?(追|砍|捅)(人|着人)?",
        ),
        (
            STRONG,
            "acid_about_to_be_thrown",
            r"(拿|拎|端|提)(着)?(一瓶|瓶|桶)?(硫酸|浓硫酸|强酸|汽油|开水|热油).{0,4}(要|准备|正在|正)?泼",
        ),
        # round 38: youths beating pupils at the school gate
        (
            EVENT,
            "beating_at_the_gate",
            r"(在|正在)(校门口|学校门口|门口|路边|街上|楼下).{0,4}(打|殴打|围殴|揍)(学生|孩子|小孩|人|老人)",
        ),
        # round 37: someone pinned to the floor and kicked
        (
            EVENT,
            "pinned_and_kicked",
            r"(把|将)(护士|医生|保安|老师|人|老人|孩子|店员|司机).{0,4}(摁|按|压)(在)?地(上)?(踹|打|揍)",
        ),
        # round 34: a weapon drawn in a fight, a brawl with someone down
        (
            EVENT,
            "weapon_drawn_in_fight",
            r"(干|打|吵)起来|(打|干)成一团|扭打|拌嘴|争执|吵架|干仗 && (掏|抄|拿|抽|亮|摸)(起|出)?(了)?(根|把|个)?(钢管|铁棍|棍子|砍刀|弹簧刀|匕首|水果刀|刀|扳手|铁锹|锄头|斧头|铁锨)",
        ),
        (
            EVENT,
            "brawl_someone_down",
            r"(打|干)成一团|群殴|打群架 && (躺(在)?地上|倒(在)?地|不动了|头破|流血)",
        ),
        (
            # round 30: someone chasing people with a kitchen knife
            STRONG,
            "armed_chase",
            r"(拎|拿|提|举|挥)(着)?(菜刀|刀|砍刀|斧头|棍子|铁棍|钢管).{0,6}(追|砍|撵)(人|着人|着)",
        ),
        (
            # round 29: a group holding someone down and kicking him
            STRONG,
            "group_beating",
            # "一直拖着不修 除了打12345" counts no one: 一 of 一直 / 一定 … is no number
            r"([一二三四五六七八九十两几]{1,3}(?!直|定|般|样|点|会|天|周|月|年|次)|[0-9]{1,2}|好几|一群|一帮|一伙)(个)?(人|男的|小伙子|社会青年|混混|学生)?.{0,8}(按着|摁着|围着|压着|拽着|拖着|按在|摁在|按再|围在).{0,8}(打|踢|揍|砸|踹)",
        ),
        (
            # round 28: a knife drawn and slashed at people
            STRONG,
            "knife_drawn",
            r"(掏|拿|亮|抽|拔)(出)?(了)?(把)?(刀|匕首|砍刀|菜刀|水果刀|剪刀).{0,6}(乱划|乱砍|乱捅|乱挥|砍人|捅人|伤人|追着)",
        ),
        (
            # round 27: cornered or locked in and beaten ("被几个人堵在网吧厕所打", "被讨债的关屋里打"),
            # someone pinned to the ground and kicked
            EVENT,
            "cornered_and_beaten",
            r"被.{0,8}(堵|围|按|拖|关|锁)(在)?.{0,10}(打|揍|踢|殴打)(?!.{0,3}(游戏|球|牌|电话|针|卡|官司|工))|"
            r"把.{0,8}按(在)?地上.{0,2}(打|踢|揍|踩)",
        ),
        (
            # round 26: a throat squeezed, someone being beaten right now ("乘客在打公交司机")
            STRONG,
            "strangled_or_beaten_now",
            r"掐(着|住)(我|她|他|孩子|我妈|我爸|我老婆|我女儿|我儿子)?(的)?脖子|"
            r"(在|正在|还在)(打|殴打|揍|踢|砍)(公交|出租车|网约车)?(司机|乘客|老人|小孩|孩子|女的|男的|保安|店员|路人|学生)",
        ),
        (
            # staff attacked at work, a fight nobody can stop
            EVENT,
            "attack_on_staff",
            r"(打|殴打|砍|捅|踢)(医护|医生|护士|大夫)|(保安|民警)(都)?(拉|拦)不住|"
            # round 42: a doctor held down and punched, the guard thrown off
            r"(按住|摁住|骑在|按在地上|摁在地上).{0,10}(医生|护士|大夫|白大褂|保安|人)?.{0,6}(打|揍|挥拳|捶)|(保安|民警)(上去)?(被)?(甩开|推开|撂倒)",
        ),
        (
            STRONG,
            "break_in",
            rf"{_TAUGHT}(撬|砸|踹|砍)"
            r"(开|坏|烂)?(了)?.{0,4}门|门.{0,2}(被)?(撬|砸|踹)(开|坏|烂)?了|破门|闯进(了)?(我家|家里|屋|来) && "
            r"今天|刚|正在|现在|还在|人在|在(客厅|屋里|卧室|家里|门口)|"
            # round 70: "邻居在用斧子砍我家门"
            r"(在|正)(用|拿)(斧子|斧头|刀|菜刀|砍刀|铁锹|锤子|榔头|棍子|撬棍)",
        ),
        (
            EVENT,
            "fight",
            r"推倒(了)?(老太太|老人|老头|孩子|小孩|老奶奶|老大爷|人).{0,6}(还|又)?(要|在|继续)?(打|踢|踹)|"
            # round 33: pushed down and cut, debt collectors at the door threatening
            r"(被)?推倒(了)?.{0,6}(头|脸|额头)(都)?(磕|摔|碰)(破|伤|出血)|(讨债|催债|要债|催收)的?.{0,4}(堵门|堵在门口|上门).{0,10}(打断|砍|弄死|不还就|卸)|"
            r"打起来|打起架|(动|打)起手来|动手打(了)?(人|他|她|我)|"
            # round 22: a blow swung at someone's head ("用方向盘锁往脑袋上抡")
            r"(按|摁|压|踩)在地上(打|踢|揍|捶|踩)|把(我|他|她|人|孩子|学生)(拖|拽|拉|按|摁)(到|在|进)?.{0,8}(打|踢|揍)|"
            r"(?<!想)(?<!要)往(?!自己)(?!我自己).{0,4}(脑袋|头|脸|脖子|后脑勺|身上)(上)?(抡|砸|砍|捅|扎|拍|踹|劈|敲)|往死里(打|揍|踢|掐|砸)|(拿|用|抄起|抡起|举起)[^，,。]{0,8}砸[^，,。]{0,6}(的)?(头|脑袋)(?!盔|像|发|条)|砸(破|伤|烂)(了)?(他的|她的|我的)?头|(用|拿)酒瓶砸|打架|斗殴|群殴|围殴|打群架|砍人|捅人|行凶|打人|打伤|被打(?!扰|折|卡|印|针|疫苗|电话)|挨打|殴打|打我(?!电话|手机|的电话|号码)",
        ),
        (
            EVENT,
            "weapon",
            r"持刀|拿(着)?(菜)?刀|带(着)?刀|拿(着)?(棍|枪|砍刀|斧头|砖头|酒瓶|啤酒瓶|皮带|凳子|椅子)|持枪|有枪|开枪|捅了|刀捅|乱(挥|砍|砸)|砸人|砸(向)?(安全员|司机|保安|医生|护士|老师|工作人员|店员|收银员|路人|考官)|炸药|炸弹|(又|在|正在)动手|把我(?!家|的|电动车|电瓶车|自行车|摩托|车|三轮).{0,6}(撞|打|摔|推|按)",
        ),
        (
            EVENT,
            "threat",
            r"杀人|要杀|杀了我|弄死(?!(它|它们|老鼠|耗子|蟑螂|鸽子|苍蝇|蚊子|虫|蚂蚁|野猫|流浪猫|流浪狗|鸟|麻雀|蛇|鱼))|威胁(要|我)|扬言|绑架|劫持|挟持|人质|性侵|强奸|猥亵|非礼|砸(车|店|门|东西)|踹门|闹事|闯(进|入)|入室|(在|正在)打砸|打砸(我|我们)(的)?(店|家|车|门|东西)",
        ),
        (EVENT, "police", r"(我要|帮我|快|赶紧|马上|快点)报警|报警(啊|!)"),
        (
            EVENT,
            "arson_threat",
            r"(提着|拿着|拎着|带着|买了|扛着).{0,3}(汽油|柴油|煤油|酒精|液化气罐|煤气罐) && "
            r"(要|说要|扬言|准备|喊着).{0,8}(点|烧|放火|炸|同归于尽)",
        ),
        (
            EVENT,
            "assault",
            r"(揪|薅|扯|拽)(着|住)?.{0,6}头发|(往|朝)(墙|地|地上|桌角|门|柱子)上?(撞|磕|砸)|"
            r"掐(着|住)(了)?(脖子|她|他|人)|掏出(了)?.{0,4}(刀|美工刀|匕首|刀子|枪|棍|甩棍|剪刀)|掏(了)?(刀|枪|匕首)(?!子)|"
            # round 31: "急诊家属掐护士"
            r"(家属|病人|醉汉|有人|男的|那人|顾客|乘客).{0,4}掐(着|住)?(了)?(护士|医生|保安|司机|店员|服务员|老师|收银员|人|她|他)|"
            r"刀架(在)?.{0,4}(脖子|喉咙)|(拽|拖|拉)(出|下).{0,8}(揍|打|踹)|揍(我|他|她|人)",
        ),
        (
            STRONG,
            "attack",
            # a tool swung at people, someone knocked to the ground: not silenced by the dispute
            # it came from ("车位纠纷打起来了 对方拿着铁锨抡人")
            r"(拿|抄|举|挥|抡|提)(着|起)?.{0,3}(刀|棍|铁棍|钢管|锤|斧|铁锹|铁锨|铁铲|锄头|镰刀|扁担|钉耙|洋镐|板砖|砖头|酒瓶|凳子|椅子|板凳|铁链)"
            r".{0,4}(抡|砍|打|追|捅|砸|劈)|抡(人|过来|着打)|(被|把人|把我.{0,4})打(倒|趴|翻|晕)(在地)?|打倒在地|"
            # blows landed ("有人挨了镰刀", "拿拐杖把另一个打晕了")
            r"挨了(一)?(刀|镰刀|砍刀|斧头|棍|一棍|砖|锄头|铁锹)|把.{0,2}(另一个|对方|人|老头|老太太?)打(晕|倒)",
        ),
        (
            EVENT,
            "armed",
            # (round 66: a tool used for its work is no weapon: "大厨拿扳手也拧不回去")
            r"(拿|抄|举|挥|提|抡)(着|起)?(刀|棍|铁棍|钢管|锤子|斧|砍刀|扳手|铁锹|铁锨|铁铲|锄头|镰刀|扁担|钉耙|洋镐|板砖|砖头|水果刀)(?!.{0,4}(拧|修|挖|铲土|锄地|割草|卸|拆))|"
            r"(要|说要|扬言要|喊着要)(打|砍|杀|捅|弄)(死)?我|(被|把人)(捅|砍|刺)(了|伤)|"
            r"被(人|他|她|他们|她们|几个人|一群人|一伙人|陌生人|对方|那人|醉汉|小混混).{0,4}(打(?!针|疫苗|点滴|吊瓶|电话|卡|印|折|扰|官司|款|钱)|揍|踢|砍|捅|刺|围殴)",
        ),
    ),
    ROBBERY: (
        # round 62: a delivery rider surrounded and robbed by three
        (
            EVENT,
            "robbed_by_a_group",
            r"被(两|三|四|五|几|好几|一群|一伙|一帮)(个)?(人|男的|小伙|混混|青年|黄毛|小孩|小年轻)(围(着|住|上来)?)?(抢|围抢|打劫|抢劫|劫)",
        ),
        # round 60: a passenger in an unlicensed cab told to hand over phone and cash, still inside
        (
            STRONG,
            "told_to_hand_over_still_there",
            r"(让|要|逼|叫|命令|喝令)(我|我们|俺)(把)?.{0,8}(手机|钱|钱包|现金|银行卡|卡|项链|首饰|金链|包)(和.{0,6})?(都|全)?(交出来|拿出来|掏出来|交出|交给(他|他们)|给(他|他们)|转给(他|他们)) && "
            r"现在|还在|正在|被困|人还在|车上|车里|车门(锁|打不开) && "
            r"^(?!.*(新闻|听说|去年|以前|上次|那次|演练|老师|学校|班主任|上课|考试|家长|单位|公司|开会|会议|安检|考场|小说|剧本|电影|游戏))",
        ),
        # round 58: cornered by three youths, keys and cash taken, punched
        (
            EVENT,
            "cornered_and_robbed",
            r"(把我|将我)(堵|围|逼|按)(在)?.{0,6}(墙角|巷子|角落|墙上|路边|车里).{0,30}(抢|拿走|搜走|掏走)|"
            # round 69: "在五楼拐角把我截住，搜走了手机和今天收的几百块现金"
            r"(把我|将我)(堵|围|截|拦|按)住.{0,30}(抢|拿走|搜走|掏走|夺走|翻走)|(搜|掏|翻)走(了)?(我)?(的|身上的?)?(手机|钱|现金|钱包|包|银行卡)",
        ),
        # round 54: a phone snatched by riders on a motorbike a minute ago
        (
            STRONG,
            "snatched_by_riders",
            # (round 66: "摩托车上伸手拽我包 我被带倒在马路上")
            r"(飞车党|飞车|骑摩托|骑电动车|骑车)(的)?.{0,6}(抢|薅|拽|夺|扯)(走|了)|(被|让).{0,6}(薅|拽|扯|夺|抢)走(了)?(我的)?(手机|包|项链|金链子|链子|钱包)|"
            r"(摩托|摩托车|电动车|电瓶车|踏板车)(后座)?上(的人)?.{0,4}(伸手|一把)?(抢|薅|拽|夺|扯)(走)?(了)?(我|我的|老人的|她的)(手机|包|挎包|项链|金链子|链子|钱包|耳环) && "
            r"^(?!.*(新闻|听说|去年|以前|上次|那次|昨天|前天|上周|怎么防|如何防|报过警|已经报警|立案))",
        ),
        # round 48: an earring torn from a mother's ear, the man not far off
        (
            EVENT,
            "jewellery_torn_off",
            r"(耳环|耳坠|耳钉|项链|金项链|金链子|链子|手链|手镯|镯子|金镯子|挎包|包包|背包|手机|戒指)(被|让)(人|他|那人|小偷|贼|一个男的|一个人)?(一把)?(硬)?(扯|拽|抢|夺|撸|拉)(掉|走|下来|跑|了)",
        ),
        # round 38: masked men smashing jewellery cases
        (
            EVENT,
            "masked_smash",
            r"(头套|蒙面|戴面罩)(男|的|人)?.{0,8}(砸|抢|撬|抡)|(砸|敲)(碎|开)?(玻璃柜|柜台|首饰柜)",
        ),
        # round 34: a driver forcing the passenger to transfer money
        (
            EVENT,
            "forced_transfer",
            r"逼(我|着我)(把)?.{0,12}(钱|余额|积蓄)?.{0,4}(都)?转(给)?(他|她|他们|对方)|逼(我|着我)转(钱|账)|"
            # round 40: not let out of the car until the balance is sent
            r"不(转|给|付)(钱)?.{0,4}(就)?不让(我)?(下车|走|离开|出去)",
        ),
        (
            # a weapon held on the writer for money: no service word around it ("把货搬走了")
            # silences it
            STRONG,
            "armed_robbery",
            r"(拿|持|掏出|亮出|举着|拎着|用)(着)?(菜)?(刀|枪|匕首|砍刀|斧头|棍子|钢管|刀子)"
            r".{0,6}(逼|让|叫|要|威胁)(我|俺|我们|司机|老板).{0,4}(交|给|拿|掏|转|拿出)(钱|出|手机|东西|现金)|持刀抢|持枪抢|拿刀抢",
        ),
        (
            # someone tied up while the house is searched, robbers inside
            STRONG,
            "bound_robbery",
            r"(捆|绑)(了|住|起来|人).{0,8}(翻|抢|拿|搜)|被(捆|绑)在(椅子|床|柱子|凳子)上|进了(劫匪|强盗|歹徒)|劫匪",
        ),
        (
            EVENT,
            "robbery",
            r"抢劫|打劫|抢(了|走)?.{0,4}(包|钱|手机|项链|东西|卡|银行卡|金饰|首饰|金链|金项链|耳环|戒指|手表)|(被|让)(人|他|她|那人).{0,4}(扯|拽|夺|抢|拎)(走|跑)|被抢|被.{0,4}抢(了|走)|飞车抢|抢钱|进(了)?(小偷|贼)|偷(了|走)|被偷(?!拍|看|听|录)|正在偷|"
            rf"{_TAUGHT}撬"
            r".{0,4}(门|锁|窗)|(门|锁|窗)(被)?撬|翻.{0,4}窗(户)?.{0,4}(?<![落掉摔跌])(进|爬)",
        ),
        (
            EVENT,
            "theft_now",
            # thieves at work right now ("楼下有两个人在拆电动车的电瓶")
            r"(在|正在|还在)(拆|偷|撬|剪|割|卸|拔)(.{0,8})(电瓶|电池|电缆|电线|井盖|锁|轮胎|外机|铜线|车牌|车)|"
            r"(贼|小偷|坏人|陌生人).{0,8}(爬进|翻进|进来|进屋|钻进)|遭贼了",
        ),
        (
            # round 31: a driver who locks the doors and wants money to let one out
            EVENT,
            "locked_in_for_money",
            r"(锁(了|上|住)?(车)?门|不让(我|我们)?下车|不开(车)?门).{0,6}(要钱|要现金|要红包|勒索|要我(转|给|掏))|"
            r"(不给钱|给钱才|交钱才)(就)?(不让|才让|才放)(我|我们)?(下车|走)",
        ),
        (TOPIC, "theft", r"小偷|扒手|盗窃"),
    ),
    STALKING: (
        # noticed reading round 67: an ex taken away by the police and let out, now waiting below
        # ("前夫被警察带走又放出来了 现在就在我家楼下蹲着")
        (
            STRONG,
            "released_and_waiting_below",
            r"(又|已经|被)?(放出来|放回来|放了|释放|取保|出狱|刑满|拘留期满|关完) && "
            r"前夫|前妻|前任|前男友|前女友|老公|打我的|家暴|那个男的|那人 && "
            r"(现在|此刻|这会儿?|又|正)(就)?(在)?(我家|我们|我)?(的)?.{0,4}(楼下|门口|门外|楼道|单位|小区|宿舍)(大门)?(口)?(守|蹲|堵|站|等|转|徘徊)|"
            r"(现在|此刻|这会儿?|又|正)(就)?(守|蹲|堵|站|等)在(我家|我们|我)?(的)?.{0,4}(楼下|门口|门外|楼道|单位|小区|宿舍) && "
            rf"{_NOT_REPORTED_NOW}",
        ),
        # round 65: a fan sending photos of the writer's door, saying he is in the compound; a man
        # who left notes before ringing the bell at night, knowing the writer lives alone
        (
            HELP,
            "fan_at_my_compound_with_photos",
            r"(发|拍)(了|来)?(我家|我住的|我们家|我)?(的)?(门口|楼下|窗户|阳台|单元门|小区门口|门牌)(的)?(照片|视频|图)|(照片|视频).{0,4}(是|拍的)(我家|我)(的)?(门口|楼下|窗户) && "
            r"(已经|已|就)(到|在)(了)?(我|我们|我家)?(的)?(小区|楼下|门口|家门口|单元|楼里|附近)|在(我)?(家)?(楼下|门口)(等|守|蹲) && "
            r"粉丝|私生|陌生(人|号)|网友|前任|前夫|前男友|前女友|追求|不认识|跟踪|骚扰|纠缠 && "
            r"^(?!.*(新闻|听说|小说|电影|去年|上次|那次|快递|外卖|配送|送达|放门口|取件|物业|维修|师傅|搬家))",
        ),
        (
            HELP,
            "night_caller_who_knows_i_live_alone",
            r"(半夜|深夜|凌晨|大半夜|夜里|晚上).{0,8}(一直|不停|反复|老是|使劲)?(有人)?(在)?(按|敲|拍|砸|踹)(我家|我的)?(的)?(门铃|门) && "
            r"(知道|晓得|清楚)(我)?(是)?(一个人|独居|单身|一个人住|自己住)|留(过)?(纸条|字条)|跟踪|跟过我|尾随|之前.{0,12}(骚扰|纠缠|跟) && "
            r"^(?!.*(新闻|听说|小说|电影|去年|那次|走错门|查水表|喝醉|醉汉))",
        ),
        # round 64: photographed in secret and followed into the compound, still at the door
        (
            EVENT,
            "followed_into_my_compound",
            r"(跟|尾随|跟着我?)(进|到|回)(了)?(我们|我家|我住的|我的)?(小区|单元|楼道|楼里|宿舍|电梯|院子|村里|家门口|楼下) && "
            r"偷拍|(门口|楼下|楼道|门外|附近|单元门)(转|徘徊|蹲|守|等|晃|站着|不走)|还在|没走|不走 && "
            r"^(?!.*(新闻|听说|去年|以前|上次|那次|小说|电影|快递|外卖|物业|保安|业主|狗|猫))",
        ),
        # round 63: the man who sent flowers for months crouched by the writer's car in the car park,
        # having said she could not get away (kept whatever backstory is told)
        (
            HELP,
            "threatener_lying_in_wait",
            r"(蹲|守|躲|等|站|藏|坐)在(了)?(我的?)(车|车子|车门|家门口|门口|楼下|宿舍|单位|店)(的)?(旁边|边上|前面|后面|附近|门口|底下|外面)? && "
            r"逃不(掉|了|出)|跑不(掉|了)|躲不(掉|了)|不会放过|饶不了|弄死|没完|走着瞧|等着瞧|要(我|你)好看|同归于尽 && "
            rf"{_NOT_REPORTED_NOW}",
        ),
        # round 61: a tracker found under the car and the ex already asking which building; the
        # man who posted one's details shouting one's name in the lobby; a neighbour climbing over
        # from his balcony
        (
            STRONG,
            "tracker_found_and_closing_in",
            r"定位器|追踪器|跟踪器|gps|定位装置 && "
            r"(打听|问|找)(我)?(住|家|在)(哪|哪栋|哪里|哪个)|找到(了)?(我|我们)?(的)?(小区|单位|公司|住处|家|楼下)|(在|到)(我家|我们)?(小区|楼下|门口)(了)?(转|蹲|守|等|徘徊) && "
            r"^(?!.*(新闻|听说|去年|以前|上次|那次|怎么防|如何防|多少钱|买|安装|装一个|给(孩子|老人|车)装))",
        ),
        (
            STRONG,
            "harasser_came_to_shout_for_me",
            r"(又|还|已经|现在|正)?(来|跑来|跑到|来到|找来|追来|追到|找到|堵在)(了)?(我)?(的)?.{0,6}(大堂|楼下|门口|单位|公司|写字楼|店里|学校|宿舍).{0,8}(喊|叫|骂|堵|等|找)(着)?(我|我的名字) && "
            r"不敢(下班|出门|回家|下楼|出去|走)|躲在 && "
            r"^(?!.*(新闻|听说|去年|以前|上次|那次|快递|外卖|同事叫我|领导))",
        ),
        (
            STRONG,
            "climbing_over_into_my_home",
            r"(正|正在|在)?(从|顺着).{0,10}(阳台|窗户|窗|空调外机|管道|水管|墙).{0,10}(往|朝|向|爬|翻)(我家|我们家|我这边|我家这边|我屋|我房间|进来|过来)|(一条)?腿已经(跨|迈|伸)(过来|进来)|(往|朝)我家(这边)?(翻|爬)|(翻|爬)(进|到)(了)?(我家|我们家|我屋|我房间) && "
            r"^(?!.*(新闻|听说|去年|以前|上次|那次|视频里|猫|狗|鸽子|鸟|松鼠|装修|维修|安装|空调师傅|防盗窗(怎么|安装)))",
        ),
        # round 59: an online harasser who photographed the door number and says he is downstairs
        (
            STRONG,
            "harasser_says_he_is_here",
            r"(骚扰|跟踪|纠缠|缠着|威胁|尾随|盯上)(我)?.{0,24}(说|称|留言说|发消息说)(他|她|对方|那人|那个人)?"
            r"(已经|现在|正|就)(到|在)(了)?(我家|我们家)?(的)?(楼下|门口|门外|楼道|小区门口|单元门口|家门口)",
        ),
        # round 58: an ex sitting at the door since midnight, knocking, "我不出来他就一直耗着"
        # (kept whatever backstory is told: "他以前动手打过我" is why it is an emergency)
        (
            HELP,
            "waiting_at_my_door",
            r"(坐|蹲|守|堵|站|等)在(我家|我)?(门口|门外|楼下|楼道)(的)?(台阶上)?.{0,20}(拍门|敲门|砸门|不走|耗着|喊我|叫我) && "
            r"隔一会儿|不停|一直|还在|现在|耗着|不走|到现在 && "
            r"^(?!.*(新闻|听说|去年|上次|那次|视频里|演练|怎么防|如何防|外卖|快递|送货))",
        ),
        # round 56: a cyclist who stops when the runner stops, a dark stretch ahead
        (
            STRONG,
            "mirrors_my_pace",
            r"我停他(也)?停|我走他(也)?走|我快他(也)?快|我慢他(也)?慢|我拐他(也)?拐|我跑他(也)?跑|我停她(也)?停|我走她(也)?走|"
            # round 60: "我慢它就慢，我拐弯它也拐" (an e-bike behind)
            r"我(停|走|快|慢|拐|跑|拐弯|转弯|加速|减速)(下来)?(它|那车|那人|对方)(就|也)(跟着)?(停|走|快|慢|拐|跑|拐弯|转弯|加速|减速)|"
            # round 63: "我拐进小路他也拐"
            r"我(拐|转|走|钻)(进|到|入)(了)?.{0,6}(他|她|它|那人|对方|那男的)(也)(跟着)?(拐|转|进|跟) && "
            rf"{_NOT_REPORTED_NOW}",
        ),
        # round 69: a figure outside the window at night shining a light into the room ("窗帘缝外头
        # 有人影 手机灯往屋里晃")
        (
            STRONG,
            "light_shone_in_at_the_window",
            r"人影|黑影|有(个)?人(站|蹲|趴|贴|躲)?在?(我|我们)?(家)?(的)?(窗|阳台|门缝|猫眼) && "
            r"(窗|窗帘|阳台|门缝|猫眼) && "
            r"(手机|手电|电筒|灯|光|闪光灯)?.{0,6}(往|朝)(我)?(屋|房间|房|家|卧室)?(里|内)(照|晃|射|打光|拍|看|张望|瞅|偷看)(?!.{0,6}(装|修|拍照片|拍摄))"
            rf" && {_NOT_REPORTED_NOW}",
        ),
        # round 55: a man clinging to the window bars, peering in
        (
            STRONG,
            "peering_in_at_the_window",
            r"(扒|趴|爬|贴|蹲)(在)?(我|我们|我们家|我家|家|屋)?(的)?(防盗窗|窗户|窗台|窗子|窗边|阳台|门缝|猫眼)(上|外|边|口)?.{0,4}(偷看|往里看|往里瞧|偷窥|看我|盯着) && "
            rf"{_NOT_REPORTED_NOW}",
        ),
        # round 52: a harasser of months now in person at the writer's workplace gate asking for her
        (
            HELP,
            "harasser_now_at_the_gate",
            r"(骚扰|纠缠|缠着|跟踪)(了)?我 && "
            r"(杵|站|守|蹲|堵|等|出现|找)(在)?.{0,4}(单位|公司|学校|家|小区|宿舍|店)(的)?(大)?(门口|楼下|外面)|找上门|打听我 && "
            r"现在|真人|本人|正在|刚才|此刻|这会儿 && "
            rf"{_NOT_REPORTED_NOW}",
        ),
        # round 51: a tracker under the car and a car that follows every turn
        (
            HELP,
            "tracker_and_a_tail",
            r"定位器|追踪器|跟踪器|gps|定位装置|airtag && "
            r"(车|人|男的|摩托|电动车).{0,8}(跟到哪|一直跟|跟在后面|在后面跟|甩不掉|尾随)|(拐|走|开)到哪(就|它就|他就)?跟到哪|"
            # round 53: the stranger met again and again for days, now waiting outside
            r"(陌生人|那个人|那个男的|那人|那辆车|那个女的).{0,8}(守在|等在|蹲在|堵在|停在|站在|跟到)(了)?.{0,8}(外|门口|楼下|对面|附近) && "
            rf"{_NOT_REPORTED_NOW}",
        ),
        # round 50: an ex waiting below who messages that he sees her lights on and will come up; a
        # man who followed the writer last week now at her door posing as a courier
        (
            HELP,
            "ex_below_coming_up",
            r"前(男友|女友|夫|妻|对象)|前任|分手(的|了)|离了(婚)?的 && "
            r"楼下(守|等|蹲|堵)|(守|等|蹲|堵)在(我)?(家)?楼下|在(我)?(家)?楼下.{0,3}(守|等|蹲|堵) && "
            r"不下(来|去)(我)?(他)?就(上来|上去|上楼)|看(见|到)(你|我)(家|屋)?(的)?灯|(要|就)上(楼|来)(找)?|装(过|了)定位 && "
            rf"{_NOT_REPORTED_NOW}",
        ),
        (
            HELP,
            "follower_at_the_door",
            r"(盯|跟|尾随)(着)?我|跟(我)?到|跟踪(我)? && "
            r"(还|又|正)在(我)?(家)?门(口|外)|敲(我)?(家)?门|猫眼 && "
            r"还在|不走|没走|正在|又来 && "
            rf"{_NOT_REPORTED_NOW}",
        ),
        # round 49: an ex who has kept watch for weeks now hammering on the door; a stranger
        # twisting the door handle from outside
        (
            STRONG,
            "ex_at_the_door_now",
            r"前(男友|女友|夫|妻|对象)|前任 && "
            r"(砸|踹|撬|拍|捶|踢)(我)?(家)?(的)?门|(咚咚|哐哐|砰砰)(地)?(砸|敲|拍|踹) && "
            r"这会儿|现在|正在|在|又来 && "
            rf"{_NOT_REPORTED_NOW}",
        ),
        (
            STRONG,
            "turning_my_door_handle",
            r"(拧|扭|转|掰|压|按)(我)?(家)?(的)?门把(手)? && "
            r"外面|门外|现在|正在|又来|没点|陌生|不认识 && "
            rf"{_NOT_REPORTED_NOW}",
        ),
        # round 48: an ex waiting below the office, messaging that he knows where she is
        (
            STRONG,
            "ex_waiting_knows_where",
            r"(前任|前男友|前女友|前夫|前妻|追求者|那个男的|那人|陌生男人|怪人)(一直|天天|又|还|就)?(守|蹲|堵|等|站)(在)?.{0,8}(楼下|门口|单位|公司|小区|宿舍|校门|家门|路口) && "
            r"知道我在(哪|哪里|哪儿|这)|知道我住|找到我|跟着我|发消息|发短信|打电话|害怕|不敢(出|下|回)|威胁 && "
            r"^(?!.*(去年|以前|上次|那次|后来|已经报警|报过警|抓到|判了|剧里|小说))",
        ),
        # round 46: the man who followed the writer before is knocking at the door at night
        (
            HELP,
            "stalker_at_the_door",
            r"(跟踪|尾随|跟|骚扰|盯)(过)?我的?(那个|那)?(人|男的|家伙|男人|女的|变态) && "
            r"敲(我家|我的?)?门|在(我家)?门(口|外)|猫眼|堵在(门口|楼下)|在楼下(等|转|蹲) && "
            r"^(?!.*(去年|上次|那次|后来|报过警了|已经报警|抓到了|判了|处理了|搬家了))",
        ),
        # round 44: a camera fixed on the writer's door and notes slipped under it; the home address
        # posted online and a stranger hammering at the door now
        (
            STRONG,
            "door_watched_and_notes",
            r"(摄像头|监控).{0,6}(对着|正对|朝着|冲着)(我|我家|我的)?(家)?门|门(口|对面|外)(被)?(人)?(装|安)(了)?(个)?(摄像头|监控) && "
            r"(门缝|门上|门口|门把手|门底).{0,6}(塞|贴|留|插|夹|放)(了)?(张|个|一张)?(纸条|条子|字条|纸|信|卡片)",
        ),
        (
            STRONG,
            "doxxed_and_at_the_door",
            r"(地址|住址|住哪|门牌).{0,8}(公开|发到网上|挂到网上|挂网上|曝光|扒出来|被人肉|被开盒)|(网暴|人肉|开盒) && "
            r"(门口|门外|楼下).{0,6}(有人|陌生人).{0,4}(在)?(砸|踹|撞|敲|拍|堵|蹲)|(砸|踹|撞)(我家|我的|家)?门|哐哐|咣咣|咚咚",
        ),
        # round 43: a car that follows every lane change off the motorway; the writer's name held up
        # on a sign across the street
        (
            EVENT,
            "vehicle_tailing",
            r"(有|一)辆(车|摩托|电动车|面包车|黑车|轿车|越野车|suv|小车).{0,8}(咬着|跟着|尾随|追着|贴着|盯着)(我|我们)?(不放|走|跑|不走|一路)|"
            r"我(并道|变道|拐弯|转弯|加速|减速|掉头|停车|靠边)(它|他|那车|那辆车|对方)(也|就)(跟着)?(并道|变道|拐|转|加速|减速|掉头|停|靠边)",
        ),
        (
            STRONG,
            "name_on_a_sign",
            r"(写着?|写了|写有)(我|我的)(的)?(全名|名字|姓名)的?(牌子|纸|横幅|标语|字条|纸板)|(举着|拿着|挂着).{0,6}(我的?)(名字|姓名) && "
            r"^(?!.*(接机|接站|接人|应援|机场|车站|出站口|演唱会|粉丝|生日|表白|求婚|毕业|婚礼|签名|纸箱|快递|包裹|面单|箱子))",
        ),
        # round 42: a tracker found and its owner downstairs now
        (
            STRONG,
            "tracker_and_at_the_door",
            r"定位器|追踪器|gps|装(了)?定位|偷装定位 && (现在|正|就)(就)?在.{0,6}(楼下|门口|公司|单位|家门口|小区|外面)",
        ),
        # round 41: someone met online says he is already at the writer's home
        (
            STRONG,
            "online_stranger_arrived",
            r"(网友|粉丝|陌生人|网上认识的|从来?没见过|私信我的|追求者).{0,16}(已经|就)(到|在|进)(了)?我(家|的|们)?(小区|楼下|门口|宿舍|单位|公司|学校)",
        ),
        # round 39: an ex waiting again outside the office, "wherever I move he will find me", a car
        # on the writer's tail round a roundabout, someone at the dorm who was never told the address
        (
            STRONG,
            "ex_waiting_again",
            r"(前任|前男友|前女友|前夫|前妻|分手的(那个)?|追求者)(又|还|天天|每天|一周).{0,8}(守|蹲|堵|等)(在|着|了)?.{0,8}(楼下|门口|小区|公司|单位|写字楼|宿舍|校门)",
        ),
        (
            STRONG,
            "finds_me_wherever",
            r"(搬|去|躲|逃)(到)?哪(里|儿)?(他|她|他们)?都(能)?(知道|找得到|摸得到|能找到|找到|跟到)",
        ),
        (
            STRONG,
            "car_on_my_tail",
            r"(咬|跟|贴|尾随)(着|住)?(我)?(的)?(车尾|车屁股|车后面|后面).{0,12}(还在|还跟着|甩不掉|一直跟)|"
            r"(转|绕|兜)(了)?([0-9]+|[一二两三四五六七八九十几]+)圈.{0,4}(还在|还跟着|甩不掉|还跟)",
        ),
        (
            STRONG,
            "cannot_shake_off",
            r"(被|有人|有车)(一直)?跟(着|了)?.{0,8}甩不掉|(绕|转)(了)?(圈|好几圈|几圈).{0,4}(都|还)?甩不掉",
        ),
        (
            STRONG,
            "address_never_given",
            r"(出现|找|摸|跟)(到|在)(了)?.{0,6}(楼下|门口|宿舍|家门|公司|单位).{0,12}(我)?(从)?(没|没有|从来没)(给|告诉|说)(过)?(他|她|他们)?(地址|住址|我住哪|宿舍|在哪)",
        ),
        # round 38: a stalker twisting the door handle at night, a man from a game at the dorm door
        (
            HELP,
            "stalker_at_the_door",
            r"(一直在|正在|还在|半夜|现在)(拧|扭|转|撬)(我家)?(的)?门(把手|锁)",
        ),
        (
            EVENT,
            "threatening_to_come_in",
            r"(摸到|找到|追到|堵在)(了)?.{0,8}(门口|楼下|宿舍|公寓).{0,8}(放话|扬言|说)(要)?(闯|冲|上来|进来)",
        ),
        # round 37: a tracker and an estranged husband who knows where the writer is
        (
            STRONG,
            "tracker_abuser_knows",
            # round 69: "车底有定位器 陌生人打电话说知道我在哪"
            r"定位器|追踪器|gps && (丈夫|老公|前夫|前男友|男朋友|他|她|陌生人|陌生电话|陌生号码|对方|有人|那人|电话里)"
            r".{0,8}知道(我|你)(在哪|的位置|住哪|在什么地方|现在在)",
        ),
        # round 36: home address posted online and the man saying he is coming tonight
        (
            STRONG,
            "doxxed_and_coming",
            r"(住址|地址|照片).{0,12}(发|挂|曝光)(到|在)?(网上|群里) && (今晚|马上|现在|一会|待会).{0,6}(过来|来)(找|收拾|堵)我|(就|好像)在(小区|楼下|门口)",
        ),
        # round 35: a tracker and the same van back at the gate, a restraining order broken
        (
            STRONG,
            "tracker_and_back_again",
            r"定位器|追踪器|gps|装(了)?定位|被装定位 && (又|还)(停|跟|蹲|守|出现)(在)?.{0,6}(门口|楼下|对面|附近|公司|单位|学校)",
        ),
        (
            STRONG,
            "order_broken",
            r"(禁止令|保护令|禁令|告诫书).{0,10}(又|还)(跟|来|出现|找|堵|蹲)",
        ),
        # round 34: a tracker under the car and the man waiting now
        (
            STRONG,
            "tracker_and_waiting",
            r"定位器|追踪器|gps && (在|守在|蹲在|堵在).{0,8}(等我|堵我|蹲我|守着我)|(现在|就)在.{0,8}(停车场|楼下|门口|单位|公司).{0,4}等我",
        ),
        (
            # round 30: followed from the metro to a shop, tracked down and waited for downstairs, a
            # camera pointed at the writer's door, a late-night knock
            STRONG,
            "followed_to_a_place",
            r"有人.{0,10}(一路)?跟(着)?我(从.{0,6})?(到|进|回|来到|走到|上)(了)?|(找到|摸到|跟到|追到)(了)?我(们)?(的)?(学校|宿舍|公司|单位|家|小区)",
        ),
        (
            STRONG,
            "waiting_below",
            r"(守|蹲|堵|等)(在)?(我)?(家|宿舍|公司|学校|女生宿舍)?(楼下|门口|门外).{0,10}(不走|不肯走|一下午|一晚上|好几个小时)|"
            r"(楼下|门口|门外)(不走|不肯走)",
        ),
        (
            STRONG,
            "camera_at_my_door",
            r"(对着|对准)(我家|我的)?(门|窗|卧室|阳台).{0,6}(装|安|放)(了)?(个)?(小)?(摄像头|针孔|监控)|"
            r"(门口|门对面|对面).{0,6}(装|安)(了)?(个)?(针孔|小)?摄像头.{0,10}(不知道(是)?谁|陌生)|"
            r"(不知(道)?(是)?谁|陌生人).{0,8}(门口|门对面|对面|门上).{0,6}(装|安)(了)?(个)?(针孔|小)?(摄像头|监控)",
        ),
        (
            # round 30: someone downstairs who will not leave until the writer comes down
            HELP,
            "demands_to_be_met",
            r"不(下去|下楼|出来|出去)见(他|她)(他|她)?(就)?不走|(他|她)说(不见到我|见不到我)(就)?不走",
        ),
        (
            # round 29: a tracker found on the car, the one who put it there parked nearby now
            STRONG,
            "tracker_and_nearby",
            r"(被|给)(人)?(装|放|安|贴)(了)?(个)?(定位|定位器|gps|追踪器)|发现(了)?(个|一个)?(定位器|追踪器|gps) && "
            r"(那人|那个人|他|她|对方|那男的|那女的|那个男的|那个女的)(的车)?.{0,8}(在|停在|蹲在|跟着|守在).{0,6}(对面|楼下|门口|附近|外面)",
        ),
        (
            # round 33: dead animals left at the door, the writer's name written on it
            STRONG,
            "intimidation_at_door",
            r"(?<!他)(?<!她)(?<!他店)(?<!他家)(?<!她家)(?<!她店)(门口|门上|门前).{0,6}(放|扔|挂)(了)?(死老鼠|死猫|死鸟|冥币|花圈|刀)|(门上|墙上)(写|喷)(了)?(我的)?名字",
        ),
        (
            # round 31: a tracker found on one's car, the same car behind every day
            STRONG,
            "tracker_and_followed",
            r"(车|保险杠|底盘|车底|轮毂|后备箱|包|书包|外套)(里|上|下|底)?.{0,20}(定位器|追踪器|gps) && "
            r"(天天|每天|老|总|一直|这几天|最近|又)(都)?(在)?(跟(着)?(我)?|在我(的)?后视镜|在我后面|尾随|出现在)|后视镜里|跟(了)?我(好)?(几|多)天",
        ),
        (
            # round 31: an ex or a stranger waiting below the office every day
            STRONG,
            "waits_below_every_day",
            r"(前男友|前夫|前女友|前妻|前任|那个男的|那个女的|那个人|陌生人|那人|有人|有个男的)(天天|每天|连着几天|好几天|一直|老是|总)(都)?(在)?(守|蹲|堵)(在)?(我)?(家|宿舍|公司|单位|学校)?(楼下|门口|门外)",
        ),
        (
            # round 28: a stranger knocking at night, the handle turned from outside
            STRONG,
            "door_tried_at_night",
            r"门把手.{0,6}(被|有人).{0,8}(拧|扭|转|压)|(外面|门外)(有人|的人).{0,6}(拧|撬|扭)(我家|我)?(的)?(门把手|门锁|门)|"
            r"(总有|老有|天天有|又有)(个|一个)?(陌生|不认识)(的)?(男|女|人).{0,8}(半夜|深夜|凌晨|夜里)?敲(我|我家)(的)?门|"
            # round 30: a delivery man knocking in the middle of the night
            r"(快递员|外卖员|送货的|陌生男人?|有人)(在)?(半夜|深夜|凌晨|夜里)(一直|来|又)?敲(我|我家)(的)?门|"
            r"(半夜|深夜|凌晨|夜里)([0-9一二三四五六七八九十两]{1,3}点(多|半)?)?(有人|有个人)(一直|在|又|使劲)?敲(我|我家)(的)?门",
        ),
        (
            # round 27: followed and hiding in a shop, the writer's routine posted on the door
            EVENT,
            "followed_into_hiding",
            r"被.{0,6}跟(着|踪|了)?.{0,8}躲(进|在|到)|(门上|门口)(被)?(贴|写|放)(了)?(我的)?(作息|照片|行程|课表)",
        ),
        (
            # a stranger back at the door, nothing ordered
            EVENT,
            "back_at_the_door",
            r"又(来)?(敲门|按门铃|在门口|蹲)|没(点|叫)(外卖|快递|跑腿) && 害怕|怕|吓|不敢",
        ),
        (
            # someone who found the writer's home and sends photos of its door
            EVENT,
            "found_my_home",
            r"(发|拍)(了)?(我家|我)(的)?(门口|楼下|窗户|阳台)(的)?(照片|视频) && 找到(了)?我家|在(我家)?楼下(转|等|蹲|守)|跟到",
        ),
        (
            EVENT,
            "following",
            r"(跟踪|尾随|一直跟着|跟了我|跟着我|盯着我|堵我|蹲我|守在我家|缀在我(身)?(后面|后头|后边|身后)|缀着我)(?!服务|回访|处理|进度|调查|随访|办理|记录|管理|号|抄袭|报道|拍摄|治疗|观察|采访|测评|app|软件|程序|插件|.{0,3}(快递|物流|订单|包裹|工单))",
        ),
        (
            EVENT,
            "driver",
            r"(拍|发)(的是)?我(现在|此刻)?(坐|站|在)的(位置|地方)|发我在哪(的|儿的)?照片|偷拍.{0,10}(人还在|还在里面|还没走)|"
            r"司机.{0,12}(不让我下车|往.{0,4}(偏|郊区|山里)|把(车)?门锁了|不停车|乱开)|不让我下车|被人盯上|(骚扰|跟踪)我的人.{0,8}(门外|门口|楼下|外面)|(现在|又)(就)?(在|来)(我家)?门(外|口)",
        ),
        (
            TOPIC,
            "stalking",
            r"跟踪(?!服务|回访|处理|进度|调查|随访|办理|记录|管理|号|物流|快递|订单|抄袭|报道|拍摄|治疗|观察|采访|测评|.{0,3}(快递|物流|订单|包裹|工单))|偷拍我",
        ),
    ),
    MISSING_PERSON: (
        # round 64: a child missing at the head count after an outing, perhaps left behind
        (
            STRONG,
            "child_left_behind_at_the_count",
            r"(点名|清点|数人|数了|点人数|集合).{0,8}(少|缺)(了)?|(少|缺|丢)(了)?(一|两|1|2|一两)?个(孩子|学生|娃|小朋友|小孩|学员|队员|宝宝) && "
            r"落在|落到|丢在|留在|落下|没(跟|上)(上)?(车|大巴|校车|队伍|队)|没回来|找不(到|着)|不见了|走丢|走散 && "
            r"^(?!.*(找到|回来了|接回|接到了|已经|新闻|听说|去年|以前|上次|那次|后来|名额|指标|座位|报名|课时|工资|考勤|钱|分数|演练|培训|怎么防|如何防|请假|辍学|转学|休学|旷课|逃课|退学))",
        ),
        # round 61: a two-year-old gone in the minute it took to put on sunscreen at the beach
        (
            EVENT,
            "small_child_gone_in_a_moment",
            r"([1-6一二两三四五六]|几)(岁|周岁)(半|多)?(的)?.{0,4}(孩子|娃|儿子|女儿|闺女|小闺女|宝宝|小孩|外孙|外孙女|孙子|孙女|丫头|小子)|(小闺女|小丫头|小宝|宝宝|小娃|小孩).{0,4} && "
            # the child vanished, not a thing the child cannot find ("找不到奶嘴了")
            r"(没影|不见|找不到|找不着|丢了|走丢|没了人影|人没了)(?![^\s，。！？,.!?了人踪影啦呀咯喽哇])|不见踪影 && "
            r"功夫|工夫|一会儿|一转眼|一眨眼|转个身|刚才|刚刚|分钟|一下子|的时候 && "
            r"^(?!.*(找到了|回来了|后来|原来|虚惊|新闻|听说|去年|以前|上次|那次|怎么防|如何防|防走失|玩具|手机|鞋|帽|奶瓶|袜))",
        ),
        # round 56: an autistic boy who cannot speak run off from his school two hours ago
        (
            STRONG,
            "vulnerable_ran_off",
            r"自闭症|自闭|智力|智障|唐氏|痴呆|老年痴呆|阿尔茨海默|认知障碍|不会说话|不会问路|说不清(自己)?(家|住) && "
            r"(跑|溜|走)(掉|丢|出去|没了|不见)(了)?|不见了|走失|走丢|(?<!按时)未归|(还|一直|都)?没(有)?回(来|家) && "
            r"找了|找遍|没找着|没找到|找不到|还没找到|到处找|([一两二三四五六七八九十几半]|[0-9]+)(个)?(多)?(小时|钟头) && "
            r"^(?!.*(找到了|回来了|后来|已经接|接到了|新闻|听说|去年|以前|上次|那次|怎么防|如何防|防走失|定位手环))",
        ),
        # round 54: a daughter gone since school yesterday, her phone off all night, seen getting
        # into a car
        (
            HELP,
            "gone_overnight_phone_off",
            r"(昨天|昨晚|一夜|一晚上|整夜|从昨天|一整晚|一宿).{0,14}(没回家|没回来|一直没回|没到家|不见|没消息)|(没回家|没回来|不见).{0,6}(一夜|一晚上|整夜|一宿) && "
            r"关机|联系不上|打不通|不接|没人接|问遍|找遍 && "
            r"孩子|女儿|儿子|闺女|娃|初[一二三]|高[一二三]|年级|学生 && "
            r"^(?!.*(找到了|回来了|后来|已经回|原来|接到了|新闻|听说|去年|以前|上次|(在|去)(同学|朋友|亲戚|奶奶|爷爷|外婆|姥姥)家(住|睡|玩|过夜)))",
        ),
        # round 53: a second-grader an hour overdue from school on a ten-minute walk
        (
            STRONG,
            "overdue_from_school",
            # (round 66: "平时四点二十到家，今天到七点还没进门，班主任说按时放的学")
            r"放(的)?学|出校门|出的校门|离校|下课|补习班 && "
            r"(一个多|两个|两个多|几个|一个半|半个多|好几个)(小时|钟头)|天(都)?黑|到现在|(到|都|过了)(晚上)?([0-9]{1,2}|[一二三四五六七八九十]|十[一二])点 && "
            r"(还)?(没|没有|不见)(到家|回家|回来|人影|影|进门|进家门)|找不到|联系不上|没看见|没见(过|到)? && "
            r"孩子|娃|儿子|女儿|闺女|小孩|年级|学生|孙子|孙女 && "
            r"^(?!.*(以前|去年|上次|那次|找到了|回来了|已经到家|到家了|接到了|原来|新闻|听说|怎么防|防走失|(在|去)(同学|朋友|奶奶|爷爷|外婆|姥姥|外公|姥爷)家))",
        ),
        # round 48: a five-year-old lost in a mall, a mother with dementia walked out of hospital
        (
            STRONG,
            "child_lost_just_now",
            r"(丢|走丢|跑丢|弄丢|搞丢|看丢)了(个|一个)?([0-9一二三四五六七八九十两]+岁(多)?)?(的)?(男娃|女娃|娃|孩子|小孩|男孩|女孩|娃娃|宝宝|儿子|女儿|闺女|小朋友|孙子|孙女)(?!的|们的) && "
            r"^(?!.*(以前|去年|小时候|找到了|找回来|找着了|新闻|防走失|上次|那次|差点))",
        ),
        (
            STRONG,
            "walked_out_with_dementia",
            rf"(走出|跑出|溜出|出了|离开)(了)?.{{0,2}}({_CARE_PLACES}|家门|小区|病区) && "
            r"痴呆|糊涂|阿尔茨海默|认知障碍|失智|智力(障碍|残疾)|自闭|精神(病|分裂|障碍)|病号服 && "
            r"^(?!.*(以前|去年|上次|那次|找到了|找回来|回来了|防走失|手环))",
        ),
        # round 47: a father gone fishing by the river, not back after dark, his phone unanswered
        # and his scooter still on the embankment
        (
            HELP,
            "out_by_the_water_not_back",
            r"(钓鱼|游泳|下河|河边|江边|湖边|海边|水库|爬山|上山|进山) && "
            r"天黑|到现在|半夜|一夜|一晚上|凌晨|这么晚 && "
            r"(没|没有|还没|也没)(回来|回家|回|人影)|不见人|人不知道去哪 && "
            r"电话.{0,6}(没人接|不接|打不通|关机|无人接听)|(电动车|车|鞋|衣服|鱼竿|钓竿|东西).{0,6}(还)?(停|放|在|留)(在)?.{0,6}(河|江|湖|岸|堤|边) && "
            r"^(?!.*(找到|回来了|平安|怎么办理|补贴|去年|以前|上次))",
        ),
        # round 46: a diabetic mother gone out of her care home's side gate at noon
        (
            STRONG,
            "left_the_care_home",
            rf"({_CARE_PLACES})(的|里的)?.{{0,12}}({_ELDERS}).{{0,16}}(不见了|走失|找不到|跑出去|溜出去|出去了|走了|跑了|没了影)|"
            rf"({_ELDERS}).{{0,4}}从?({_CARE_PLACES}).{{0,10}}(不见了|走失|跑出去|溜出去|出去了|走了|跑了)|"
            rf"({_ELDERS}).{{0,6}}(溜出|跑出|走出|逃出|偷跑出|翻出)(了)?({_CARE_PLACES}) && "
            r"^(?!.*(找到了|已经找到|回来了|找回|接回|送回|责任|赔偿|赔|起诉|投诉|去年|上次|上个月|以前|后来|怎么办理|收费|容易|防走失|防止走失|录指纹|采信息|志愿))",
        ),
        # round 45: a confused old man out with a shopping basket in the morning, not back at four
        (
            HELP,
            "confused_elder_not_back",
            r"糊涂|痴呆|失智|认不得人|记不住(路|事) && 出门|出去|走了|溜出去|跑出去 && "
            r"(还|都|也)?(不见|没|没有)(回来|回家|回|人影)|找不(到|着)|不见人 && "
            r"^(?!.*(找到|回来了|找回|已经回|接回|送回|平安|总是|老是|经常|每次|怎么办理|补贴|证明|去年|以前|上个月))",
        ),
        # round 44: a mentally ill brother gone since last night, a niece who never reached the
        # friend's home she named, a day ago
        (
            HELP,
            "vulnerable_left_home",
            r"(精神(不好|不太好|有问题|病|分裂|障碍|失常|不正常)|智力(障碍|低下|残疾)|痴呆|脑子不(好|清楚|太好)|抑郁|自闭|智障|失智).{0,12}(离家|出走|走丢|走失|跑出去|跑了|不见) && "
            r"没(有)?(任何|一点)?消息|联系不上|找不到|没回来|没回家|不见(了)?|到现在 && "
            r"^(?!.*(找到|回来了|找回|已经回|接回|送回|平安|怎么办理|证明|手续|补助|低保|鉴定|去年|前年|年前|多年|上个月|宣告|登记|寻亲))",
        ),
        (
            HELP,
            "never_reached_where_she_said",
            r"说(是)?(要)?去(了)?.{0,8}(同学|朋友|亲戚|闺蜜|舅舅|姑姑|奶奶|外婆|学校|补习班)(家)?(住|玩|写作业)?.{0,12}(其实|根本|压根|同学说|人家说|对方说|结果)(就|也)?(没去|没来|没到|不在|没见)|(压根|根本)(就)?没(来|去|到)过 && "
            r"一天|一夜|一晚|一整天|一宿|几个小时|到现在|还没回|没回来|联系不上|找不到 && "
            r"^(?!.*(找到|回来了|找回|已经回|接回|平安|上个月|上周|去年|以前|之前|那次|后来|管教|教育))",
        ),
        # round 42: a companion gone ahead to find the way and not back
        (
            STRONG,
            "companion_not_back",
            r"(探路|进山|爬山|徒步|找路|出海|下水).{0,6}(未归|没回|没回来|走散|失联) && (打不通|不通|联系不上|没信号|关机)",
        ),
        # round 39: a confused elder gone out without the phone
        (
            STRONG,
            "confused_elder_out_without_phone",
            r"糊涂|痴呆|失智|认不得人 && (溜|跑|走|出)(出去|出门|丢|了)(了)? && "
            r"(手机|电话)(也|都)?(没带(?!回)|(搁|放|落|丢|扔)(在)?(家|屋))|没带(手机|电话)",
        ),
        # round 37: a child not home from school with a river on the way, a student gone after meeting
        # a recruiter
        (
            STRONG,
            "not_home_water_on_the_way",
            r"(孩子|娃|儿子|女儿).{0,4}放学(后)?(还)?没(到家|回家|回来) && 河|塘|水库|湖|江|工地|水边",
        ),
        (
            HELP,
            "gone_after_a_recruiter",
            r"([几一二三四五六七八九十两]|\d)天(没|没有)(回|跟家里联系|联系|回宿舍) && 招工|网友|高薪|面试|介绍工作",
        ),
        # round 36: an elder who never arrived where they were going, hours ago
        (
            STRONG,
            "never_arrived",
            r"(根本|一直|还)?没(到|来|回)(学校|医院|家|单位)?.{0,12}(已经|都)?(过去|过了)?[0-9一二三四五六七八九十两几半]+(个)?(钟头|小时) && "
            r"爷爷|奶奶|外公|外婆|姥姥|姥爷|老人|孩子|儿子|女儿|我爸|我妈|老伴",
        ),
        # round 34: a confused elder out since morning past dark, a child taken by a "relative" the
        # family does not have, a pupil missing after a trip
        (
            STRONG,
            "elder_out_past_dark",
            # round 60: "认知症", "说去菜场 到这会还没影"
            r"糊涂|痴呆|失智|认不得人|认知症|认知障碍|阿尔茨海默 && (早上|上午|中午|下午)?.{0,16}(出去|出门|走|溜达|遛弯|散步|转转|去).{0,24}(天(都)?(擦)?黑|到现在|这会儿?)(了)?.{0,8}(还)?(没回|没回来|不见|没影)",
        ),
        (
            STRONG,
            "taken_by_false_relative",
            # round 43: handed by the nursery to a self-styled uncle ("我们家哪有什么舅舅")
            r"(领走|接走|带走|抱走|交给|接了|领了) && (我们家|家里|我家)(根本)?(没有?|就没|哪有|哪来)(的)?(什么)?(舅舅|叔叔|姑姑|阿姨|姨|伯伯|亲戚)|所谓(的)?(舅舅|叔叔|亲戚|家长)",
        ),
        (
            EVENT,
            "pupil_missing_after_trip",
            r"(春游|秋游|研学|郊游|旅游|夏令营|活动|比赛|放学)(后|结束)?.{0,10}(少了|丢了|不见了)(一)?(个)(学生|孩子|小孩|娃|人)|"
            r"(学生|孩子|小孩|娃).{0,8}没上(大巴|车|校车)",
        ),
        (
            # round 29: a confused old person out alone since the morning, not back
            STRONG,
            "confused_elder_out",
            r"认不得人|认不出人|不认人|老年痴呆|痴呆|失智|阿尔茨海默|糊涂|认知障碍|脑子不清楚 && "
            # round 68: "这都晌午了还没影"
            r"(溜|跑|走)(出)?(门|去|出去)|出(的)?门|出去 && "
            r"(还|到现在|一直)(都)?.{0,4}(没|没有|未)(回|回来|回家|归)|(还|到现在|一直)(都)?(没|不见)(影|人影)|至今未归|找不(着|到)|联系不上",
        ),
        (
            # round 27: run away with a note and the phone off; the car found at the water, nobody
            STRONG,
            "ran_off_or_car_found",
            r"离家出走.{0,10}(关机|联系不上|打不通|找不到|不接)|(留|写)(了)?(张)?(纸条|字条|信).{0,8}离家出走|"
            r"(车|鞋|包|手机|衣服|钓竿|鱼竿)(子)?在(河边|水库|江边|湖边|海边|桥上|山脚|山里|河滩).{0,4}(找到|发现)(了)?.{0,6}人(不在|没了|不见)|"
            r"在(河边|水库|江边|湖边|海边|桥上|河滩)(找到|发现)(了)?(他|她)?的?(车|鞋|包|手机|衣服|钓竿|鱼竿).{0,8}人(不在|没了|不见)",
        ),
        (
            # belongings left at the water and the person not back; a lorry's GPS stopped and the
            # driver's phone off
            EVENT,
            "gone_from_the_shore",
            r"(岸边|河边|江边|湖边|水边|海边|塘边)(只有|就剩|留着|放着|只剩)(他|她)?的?(鞋|衣服|钓竿|鱼竿|包|手机)|"
            # round 43: a long-haul driver's Beidou tracker gone offline after days without news
            r"(gps|定位|位置|北斗)(也|都)?.{0,6}(不动|没动|一直没变|停在|掉线|离线|断了|没了|消失|没信号) && 关机|联系不上|失联|没消息|没回来",
        ),
        (
            # days without contact after going into the mountains or out alone
            EVENT,
            "days_unreachable",
            r"(失联|联系不上|没联系上|没消息|没信号)(了)?(已经)?([一二两三四五六七八九十几]|好几|\d{1,2})(个)?(天|周|星期|礼拜)|([一二两三四五六七八九十几]|好几|\d{1,2})(个)?(天|周|星期|礼拜)(都)?(没|联系不上|失联) && "
            r"进山|山里|山区|独自|一个人|家访|徒步|爬山|出海|野外|免费(旅)?游|查无此号|空号",
        ),
        (
            EVENT,
            "missing",
            rf"({_PERSON}).{{0,16}}(走丢|走失|走散|丢了{_NOT_THINGS}|不见了|没接到|接不到|找不到了|找不着了|没回家|没回来|没回(?![复答应信消话])|失踪|失联|联系不上|被(人)?(抱走|拐|带走))",
        ),
        (
            EVENT,
            "abducted",
            rf"被.{{0,4}}(抱|带|拉|拐)走|(抱|带|拉|拽|牵)着.{{0,6}}(侄子|侄女|外甥|外甥女|孙子|孙女|{_PERSON}).{{0,4}}上(了)?.{{0,3}}车|被拐|拐走|人贩子|抢孩子|(抱|带|拉)(走|上)(?!火车|高铁|飞机|地铁|动车|公交|船).{{0,6}}({_PERSON}|车)|把({_PERSON}).{{0,6}}(抱|带|拉)(走|上)",
        ),
        (
            STRONG,
            "vulnerable_missing",
            # an old person who cannot find the way home, a small child: not silenced by "在哪"
            r"(老人|老头|老太太|爷爷|奶奶|外婆|外公|姥姥|姥爷|老伴|孩子|小孩|宝宝|娃|爸|妈|父亲|母亲|"
            r"弟弟|哥哥|姐姐|妹妹|我(哥|姐|弟|妹)|儿子|女儿|舅舅|叔叔|姑姑|阿姨).{0,30}"
            r"(走丢|走失|走散|不见了|没回来|没回家|找不到了|找不着了|没找到|失联|联系不上|"
            # round 22: on the wrong bus and unable to say where ("坐错车了 说不清在哪")
            r"跑出(了)?(家门|家|去|医院|病房)|坐错(了)?(车|公交|地铁|线)|坐过(了)?站|(说|讲)不(清|出|明白)(自己)?(在)?(哪|什么地方)|不知道(自己)?(在|到)(了)?(哪|什么地方)) && "
            r"记不住|认不得|不认(识)?路|痴呆|糊涂|失智|阿尔茨海默|认知障碍|不记得(家|路|回家)|智力障碍|智障|唐氏|自闭症|"
            r"智力(有问题|低下|不好|差)|脑子(有问题|不好|不太好)|精神(病|障碍|有问题|分裂)|脑瘫|[七八九]十|\d岁|[一二三四五六七八九两几]岁",
        ),
        (
            # someone gone and feared fallen into the water ("伙计夜里不见了 怕他掉江里了")
            EVENT,
            "feared_in_water",
            r"不见了|找不到|没回来|人没了|不在(船|床|铺|舱)(上|里) && "
            r"(怕|担心|可能|是不是|会不会|别是|该不会)(是)?.{0,4}(掉|落|摔|跳|滑)(进|到|入|下)?(了)?(江|河|海|湖|水库|水|井|塘)(里)?",
        ),
        (
            EVENT,
            "not_where_left",
            rf"({_PERSON}).{{0,8}}不在(帐篷|床上|房间|屋里|车上|车里|座位上|铺上)",
        ),
        (
            STRONG,
            "job_trap",
            # someone gone to a "job" whose phone was taken and who cannot be reached since
            r"手机(要|就)?被(收|没收|拿|扣)(走|了)|(再也|一直|都)联系不上|电话是空号|(电话|手机)(一直|都|也|就)?关机|(后来|之后|然后|到现在)(电话|手机)?(就)?(一直|都|也)?(打不通|没人接)|停机(了)? && "
            r"面试|招工|招聘|应聘|工作|打工|传销|公司|老板|中介|网友",
        ),
        (
            EVENT,
            "vanished",
            rf"(一回头|一转身|转个身|一扭头|一眨眼|一转眼|回头一看|转身一看).{{0,14}}({_PERSON}|人).{{0,6}}(没了|不见了|没影了|不在了)",
        ),
        (
            EVENT,
            "did_not_arrive",
            r"(学校|老师|幼儿园|班主任)说(他|她|孩子|娃)?(今天)?(没去|没到|没来)|"
            # round 69: "到三点还没进门 电话通了没人接"
            r"(没进(家)?门|没到家|没回(到)?家|人没到).{0,20}(关机|联系不上|打不通|不接|没人接|没接)",
        ),
        (TOPIC, "missing", r"走失|失踪|走丢|走散"),
    ),
    FRAUD: (
        # round 65: a father on the phone reading out verification codes to a "medical insurance"
        # caller, the phone not to be wrested from him; a fake teacher in the parents' group taking a
        # fee by QR code, parents still paying
        (
            HELP,
            "codes_read_out_to_a_caller",
            r"(念|报|读|说|告诉|发|给)(了)?(给)?(对方|他|她|那人|人家|那边)?.{0,4}验证码|验证码.{0,6}(念|报|读|告诉|说|给)(了)?(对方|他|她|那人|人家|那边|出去) && "
            r"正在|还在|已经(念|报|说|给|读)了|(念|报|读|说)了(两|三|几|好几|一)个|在(跟|和).{0,6}(通电话|打电话|视频|聊)|电话(还)?没挂|抢不过|拦不住|劝不住|不听 && "
            r"对方|那人|陌生|自称|冒充|客服|警察|公安|医保|社保|银行|核实|盗刷|冻结|退款 && "
            r"^(?!.*(新闻|听说|去年|以前|上次|那次|怎么防|如何防|宣传|讲座|(没|没有)(念|报|给|告诉|说)|留了个心眼|挂(了|掉)(电话)?了))",
        ),
        (
            STRONG,
            "fake_teacher_in_the_parents_group",
            r"家长群|班级群|班群|业主群|家委会群 && "
            r"冒充|混进|假(的)?(老师|班主任|群主|校长)|不是(真)?(老师|班主任|校长)|陌生人|骗子 && "
            r"(扫码|转账|付款|付|交|转)(了|完)|还在(接着|继续)?(付|交|转|扫)|(接着|继续)(付|交|转|扫)|(好多|很多|不少|其他|别的)(家长|人|业主).{0,6}(在|也在|还在|继续|接着)(付|交|转|扫) && "
            r"^(?!.*(新闻|听说|去年|以前|上次|那次|演练|宣传|讲座|案例|怎么防|如何防|举报|怎么(报|反映)|提醒))",
        ),
        # round 64: a teller watching an old man insist on wiring money to a stranger; a "boss" on a
        # glitchy video call asking for a payment the finance office is about to make
        (
            STRONG,
            "transfer_to_a_stranger_insisted",
            r"(汇|转|打)(款|钱|账)?.{0,12}(给)?(一个)?(不认识|陌生|素未谋面|没见过面?|网上认识)的?(人|账户|账号|对象|男人|女人|公司)|(给|往|向)(一个)?(不认识|陌生|素未谋面|没见过面?|网上认识)的?(人|账户|账号|对象|男人|女人|公司).{0,6}(汇|转|打)(款|钱|账) && "
            r"劝不住|拦不住|不听劝|劝不动|劝不听|(怎么|咋)(劝|说)都不(听|信)|(劝|说)(了)?(半天|好久|多少遍|好几遍)?(都|也)?不听|非要|非得|执意|死活要 && "
            r"^(?!.*(新闻|听说|去年|以前|上次|那次|后来|没转成|拦下来了|拦住了|培训|案例|宣传|怎么防|如何防))",
        ),
        (
            STRONG,
            "boss_on_a_glitchy_call_asks_to_pay",
            r"(领导|老板|老总|总经理|经理|董事长|主管|上司|局长|校长|[a-z王李张刘陈杨赵黄周吴]总).{0,8}(让|叫|要求|要|催|命令|安排)(我|财务|会计|出纳|我们)?.{0,4}(打款|转账|汇款|付款|转钱|打钱|付钱|转(一笔|笔)) && "
            r"(画面|视频|声音|图像|脸|嘴型)(有点|很|一直|老是|特别|有些)?(卡|模糊|不清|糊|怪|不自然|对不上|延迟)|卡卡|新(的)?(号|账号|账户|微信|qq)|陌生(的)?账户|换了(个)?(号|微信|账号)|不是(他|她)平时|私人账户|没见过的(账户|账号) && "
            r"^(?!.*(新闻|听说|去年|以前|上次|那次|案例|培训|宣传|怎么防|如何防|防范|演练|已经核实|核实过了|当面确认))",
        ),
        # round 62: borrowed money about to go into a coin app to "unfreeze" it
        (
            STRONG,
            "borrowed_money_about_to_unfreeze",
            r"(马上|正要|准备|这就|就要|等下|待会|一会儿?)(要|就)?(打|转|充|汇|存)(进|到|入)(那个|这个)?.{0,10}(app|平台|软件|网站|账户|账号)(里)?.{0,4}(解冻|解锁|激活|提现|出金) && "
            r"^(?!.*(新闻|听说|去年|以前|上次|那次|没转|没打|不转了|拦下|拦住))",
        ),
        # round 61: an old father told his social-security card was misused and sent to buy gold
        # bars for a "staff member" waiting at the door
        (
            STRONG,
            "gold_or_cash_for_a_courier_at_the_door",
            r"(买|取|换|兑)(了)?.{0,6}(金条|黄金|金砖|金子|现金|现钞)|(金条|黄金|金砖|现金|现钞).{0,10}(交给|给|装好|放到|拿给) && "
            r"(交给|给|拿给)(上门|来取|来拿|来收)(的)?|(上门|门口|楼下|到家里?来?)(的)?.{0,4}(工作人员|专员|警官|民警|人员|人)|(工作人员|专员|警官|民警).{0,6}(保管|代管|核查|收走|上门) && "
            r"这会|正在|现在|已经|马上|门口(已经)?有人|在等|等着|还在 && "
            r"^(?!.*(新闻|听说|去年|以前|上次|那次|怎么防|如何防|宣传|讲座|培训|案例|提醒|防骗|反诈课))",
        ),
        # round 60: a boss impersonated and the money sent; card passwords told to a fake social
        # security office, the caller still on the line
        (
            STRONG,
            "boss_impersonated_money_sent",
            r"(老板|领导|经理|上司|董事长|老总|主管)(本人)?.{0,6}(说|讲|回)?(他|她)?(根本|压根|并|从来)?(没|没有|不知道)(发|让|叫|要|说|安排|这回事)|(假|冒充|冒用|仿冒|伪装)(的|成)?.{0,2}(老板|领导|上司|经理|老总)|(老板|领导|上司|经理|老总)是假的 && "
            r"(转|打|汇|付)(完|了|出去|过去)|已经(转|打|汇|付) && "
            r"^(?!.*(新闻|听说|去年|以前|上次|那次|怎么防|如何防|培训|宣讲|案例|上个月))",
        ),
        (
            STRONG,
            "passwords_told_to_impostor",
            r"(密码|验证码|动态码)(都|全)?(已经)?(说|报|告诉|念|给|发)(出去|了)|(说|报|告诉|念|发)(了|出|给)(了)?(对方|他|她|那人|骗子)?.{0,4}(卡|银行卡|网银|支付)?(的)?(密码|验证码) && "
            r"(假|冒充|冒用|自称|说是|号称).{0,10}(社保|医保|养老金|公安|警察|民警|银行|客服|法院|检察|税务|快递|电信|运营商) && "
            r"^(?!.*(新闻|听说|去年|以前|上次|那次|怎么防|如何防|宣讲))",
        ),
        # round 59: money just sent and the other side still asking ("对方还在要第二笔", "对方还在让
        # 扫码"), however the scam began (a faked video call of one's own child, a game "unfreezing")
        (
            STRONG,
            "asks_again_after_money_sent",
            r"(转|汇|打|付|骗走|骗了|被骗|扫码付|充)(了|走)?(我)?.{0,8}(万|千|百|块|元|钱) && "
            r"(对方|他们|那人|那边|骗子)(还在|还|又|正在|现在还)(要|让|叫|催|逼)(我|我们|我爸|我妈|老人|家里)?.{0,2}"
            rf"{_DEMANDED_AGAIN}",
        ),
        # round 58: a platform that wants "tax" paid before a withdrawal, money just sent again
        (
            STRONG,
            "fee_before_withdrawal",
            r"(先)?(交|缴|付|补)(个|一笔)?(税|个税|手续费|保证金|解冻费|激活费|服务费|会员费|认证费|刷流水).{0,4}(才能|才可以|才给)(提现|解冻|到账|放款|出款|取出来) && "
            r"(刚|又|已经|刚刚)(又)?(打|转|交|付|汇|充)(了|过去|进去)",
        ),
        # round 56: a father at the bank counter sending 200,000 to an "investment mentor", the
        # family unable to stop him
        (
            STRONG,
            "investment_scam_transfer_now",
            r"导师|带单|老师带|荐股|数字货币|虚拟币|炒币|投资(app|平台|软件)|理财(app|平台|软件)|杀猪盘|稳赚|高回报 && "
            r"(转|汇|打|投)(了|过去)?.{0,6}(万|千|块|钱) && "
            r"劝不动|拦不住|劝不住|劝不听|正在|这会儿|马上|柜台|要转|准备转|正要|现在 && "
            r"^(?!.*(新闻|听说|去年|以前|上次|那次|怎么防|如何防|已经报警|追回))",
        ),
        # round 55: a deposit already taken in a trade and the other side still pressing for more
        (
            STRONG,
            "still_pressing_for_more",
            r"(对方|他|她|骗子|那人|客服|买家|卖家)(还|一直|不停|又)(在)?(催|逼|让|要)(我)?(转|交|打|汇|付|补)(款|钱)?.{0,4}([0-9]+|[一二三四五六七八九十两几百千万]+) && "
            r"骗|押金|保证金|解冻|手续费|激活费|刷单|返利|验证费|服务费|会员费|定金 && "
            r"^(?!.*(还钱|还款|催收|房租|物业费|欠款|新闻|听说|去年|以前|上次|那次|识破|拉黑|没理|怎么防|如何防))",
        ),
        # round 54: a son's voice on the phone asking for money after "hitting someone", the writer
        # about to send it
        (
            HELP,
            "relatives_voice_asks_money",
            r"(电话|语音|视频)(里|中)?(是)?(儿子|女儿|孙子|孙女|老公|老婆|爸|妈|弟|哥|姐|妹|侄子|外甥)(的)?(声音|哭着|哭腔)|声音(像|跟)(我)?(儿子|女儿|孙子|孙女|老公) && "
            r"(要|让|打|转|汇|借|拿)(钱)?.{0,6}(万|千|块|钱) && "
            r"正要转|准备转|马上转|正在转|要去转|去取钱|正要去|已经转|转了|汇了|打过去了 && "
            r"^(?!.*(新闻|听说|去年|以前|上次|那次|怎么防|如何防|没(有)?转|挂了|识破))",
        ),
        # round 53: a screen shared with a fake claims agent and debits arriving one after another; a
        # father following a fake medical-insurance office's instructions in his online bank; a
        # cashier's payment to a "boss" the real boss disowns
        (
            HELP,
            "screen_shared_money_leaving",
            r"(共享|分享|开)(了)?屏幕|屏幕共享|会议软件|远程控制|远程协助 && "
            r"扣款|扣钱|被扣|转走|划走|转出|一条接一条|一笔接一笔|已经(扣|转|划)|(两|三|四|几|好几)笔 && "
            r"^(?!.*(新闻|听说|去年|以前|上次|那次|上周|上个月|昨天|前天|前几天|演练|怎么防|如何防|没(有)?(扣|转|共享)|会不会|怎么追回|能追回|报过警|已经报警|报案了))",
        ),
        (
            HELP,
            "fake_agency_guiding_now",
            r"(假|冒充|冒牌|自称(是)?)(的)?(医保局|医保|公安|警察|民警|检察院|法院|客服|银行|快递|社保|税务|电信|运营商|金融局|市场监管) && "
            r"(正在|正|一直在|还在|在)(按|听|跟着|照着)?.{0,10}(操作|转账|汇款|网银|手机银行|验证码|指挥|指导|密码)|指挥(下|着)?.{0,6}(操作|转|汇|挪|取) && "
            r"^(?!.*(新闻|听说|去年|以前|上次|那次|上周|昨天|前天|演练|怎么防|如何防|怎么识别|会不会|没(有)?(转|操作|理)|挂了|拉黑))",
        ),
        (
            HELP,
            "boss_disowns_payment",
            # round 69: "按视频里王总的吩咐打了六十万 打完他本人说不知道"
            r"(老板|领导|总经理|老总|董事长|上司|主管|经理|财务总监)|[\u4e00-\u9fa5]总(的|说|让|叫|吩咐|本人|要) && "
            r"(刚|刚刚|已经|才)(出账|汇出|转出|付出|打出|汇|转|付|打)(了|出去|过去)?|(打|转|汇|付)完|(付|转|汇|打)的.{0,8}(刚|已经)(出账|转出|汇出|到账)|(刚|刚刚|已经|才)把.{0,8}(打|转|汇|付)(了|出去|过去) && "
            r"(本人|真(的)?老板|老板本人|他本人|领导本人).{0,6}(说)?(不是他|没让|没发|不知道|根本没)|假(的)?(老板|领导)|冒充(老板|领导)|"
            r"(老板|领导|老总)(本人)?说.{0,10}(不是他|不是她|没让|没发过|不知道|根本没)|(微信|号|账号|头像)(根本)?不是(他|她|老板|领导) && "
            r"^(?!.*(新闻|听说|去年|以前|上次|那次|演练|怎么防|如何防|培训|案例))",
        ),
        # round 52: a "police officer" in uniform on a video call threatening a warrant, money already
        # sent and the fixed deposit asked for next
        (
            HELP,
            "fake_officer_paid_and_more_asked",
            r"通缉|逮捕|抓你|拘留|冻结你|配合调查|不配合|(说我|你|我)涉嫌|说我(洗钱|犯罪|违法) && "
            r"(打|转|汇|付)过去了|已经(打|转|汇|付)|(打|转|汇)了.{0,4}(万|千|块) && "
            r"定期|存款|取出来|再转|还让我|又让我|让我把|还要我|继续转 && "
            r"^(?!.*(新闻|听说|去年|以前|上次|那次|演练|怎么防|如何防|培训|案例|没(有)?(转|打|付)|会不会|我有点怕))",
        ),
        # round 51: a deepfake boss on a video call and the company's money just sent; a fee
        # "to unfreeze" asked again after money was paid (a game-gear buyer, a gambling site)
        (
            HELP,
            "deepfake_and_just_paid",
            r"(老板|领导|总经理|老总|董事长|财务总监|上司|经理|亲戚|儿子|女儿|朋友)(是)?(假的|冒充的|ai|换脸|合成的)|"
            r"(ai|换脸|深度伪造|合成)(的)?(视频|声音|语音) && "
            r"(刚|刚刚|已经|才)(汇|转|打|付)(出去|过去|了)|(汇|转|打)(出去|过去)了 && "
            r"^(?!.*(新闻|听说|去年|以前|上次|那次|演练|怎么防|如何防|培训|案例))",
        ),
        (
            HELP,
            "pay_more_to_unfreeze",
            r"(再|还要|还得|先|必须)(充|交|转|付|打|缴)(了)?.{0,8}(才能|才可以|才|就能|就可以)(解冻|解锁|提现|提款|出款|退|返还|拿回|到账|放款|交易)|(先)?(打|转|交|付).{0,8}(走)?(解锁|解冻)(流程)?|(差|还差|少)(一半|.{0,4}(钱|块|千|万)).{0,6}(不给|不能|没法)(放款|提现|解冻|到账|解锁)|"
            r"(解冻|提现|出款|退款|放款).{0,10}(要|得|需要)(再|先)?(充|交|转|付|缴) && "
            r"(充|交|转|付|打|汇)了|充值了|付过|转过|我(凑|借)了.{0,6}(打|转|汇|付)过去|(还|又|一直)(一个劲|不停)(地)?催|(已经|正在|马上|准备|正要)(打开|转|付|充|交)|(对方|他们|客服)(还在|又|一直)(要|催) && "
            r"^(?!.*(没(有)?(充|转|交|付|理)|拉黑|识破|怎么防|如何防|新闻|听说|去年|以前|上次|案例))",
        ),
        # round 50: an old man at a cash machine talked through a transfer on the phone by a
        # "police officer", not stopping when told
        (
            HELP,
            "coached_at_the_cash_machine",
            r"atm|取款机|柜员机|自助(机|终端)|银行(大厅|大堂|网点) && "
            r"电话里|电话那头|(一边|边)(打|接|听)(着)?电话|对方(一直)?(在)?(教|指挥|指导)|(教|指挥|指导)(他|她|老人|大爷|大妈|我妈|我爸).{0,6}(怎么)?(转|操作|汇) && "
            r"(说|自称)(是|他是)?(公安|警察|检察|法院|公检法|客服)|安全[账帐]户|养老钱|(拦|劝)(他|她|了|不住)|不听 && "
            rf"{_NOT_REPORTED_NOW}",
        ),
        # round 49: debit alerts ringing one after another while a child is being talked into paying
        # (a call for help: the game the child is talked into paying in is no fiction frame)
        (
            HELP,
            "debits_ringing_now",
            r"(一直|不停|还在|正在|接连|一条接一条|一个劲)(地)?(在)?(响)?.{0,6}(扣款|扣费|转出|支出|消费|支付)(提醒|短信|通知|信息)? && "
            r"忽悠|骗|诱导|哄|引导 && "
            rf"{_NOT_REPORTED_NOW}",
        ),
        # round 48: a "son" on the phone who hit someone and wants 50,000 to settle, the mother in
        # the bank queue; a mother pressed to pay by card at a health-products "lecture"
        (
            STRONG,
            "relative_in_trouble_pay_now",
            r"(电话|来电|打电话|打来|视频|语音|微信)(里|上|说)?.{0,20}(撞(了)?人|把人(给)?撞|出(了)?车祸|打(伤|了)人|被抓|被拘|被扣|住院|急诊|手术|嫖娼|赌博|被绑|出事) && "
            r"[0-9０-９]+万|[一两二三四五六七八九十几]+万|私了|保证金|打款|转账|汇款|手术费|押金 && "
            r"(马上|正在|现在|立刻|赶紧|排队|柜台|在银行|准备|要去|这就|催) && "
            r"^(?!.*(骗局|以前|去年|听说|新闻|怎么防|如何防|上次|那次))",
        ),
        (
            STRONG,
            "coerced_at_a_sales_event",
            r"(讲座|会场|会销|健康讲座|养生讲座|推销会|体验馆|体验店|旅游团|购物店).{0,16}(被)?(逼|硬逼|强逼|忽悠|哄|围)(着)?.{0,10}(刷卡|买|交钱|付款|签|转账|办卡) && "
            r"不让(她|他|我|人)?(走|离开|出来)|围着|正在|现在|会场里|还在|被逼 && "
            r"^(?!.*(以前|去年|上次|那次|退款|退钱|怎么退|投诉))",
        ),
        # round 47: a "stuck order" of a click-farming task that wants more top-ups, with money
        # already paid; a phone taken over after a claims app was installed, money leaving the card
        (
            STRONG,
            "task_scam_more_top_ups",
            # round 68: "做任务返佣金 … 连单了 … 分三次往里充了四万多 … 又催我补两万"
            r"刷单|做任务|卡单|连单|返利|返佣|佣金|垫付|接单 && "
            # round 69: "做什么连单任务 垫进去37000了"
            r"((已经|都|一共|前后|总共|先后|陆续|分[0-9一两二三四五六七八九十几]+(次|回|笔))(往里)?(充|转|付|垫|投)(了|进去)?|(充|转|垫|投)进去(了)?|(催|让|要|叫|逼)我(再|还得|还要)?补(交|充|转)?)"
            r".{0,4}([0-9０-９]|[一两二三四五六七八九十几]+(万|千|百))",
        ),
        (
            STRONG,
            "phone_taken_over_money_leaving",
            r"手机(被)?(远程)?(控制|操控|接管|黑)|(屏幕|手机)(自己)?在动|共享屏幕|远程控制 && "
            r"(卡里|账户|余额|钱).{0,6}(在)?(掉|少|被转|往外转|转走|没了|减少)",
        ),
        # round 45: a father on his way to the bank to pay an investment app's "margin", a mother at
        # a bank counter wiring her pension to a "professor" nobody can talk her out of
        (
            STRONG,
            "on_the_way_to_pay_the_margin",
            r"(投资|理财|炒股|炒币|炒外汇|博彩|平台|app|软件|网站).{0,24}(保证金|解冻金|解冻费|手续费|税费|会员费|通道费) && "
            r"(正要|正在|马上|准备|要去|正去|现在去|在去|赶去)(去)?.{0,4}(银行|转|汇|交|补|打钱|取钱)",
        ),
        (
            STRONG,
            "wiring_at_the_counter_unstoppable",
            r"(站在|在|正在|守在|坐在)(了)?.{0,8}(银行|农商行|信用社|邮储|柜台|atm|取款机|营业厅).{0,30}(汇|转|取)(给|钱|款|出) && "
            r"劝不住|拦不住|不听劝|劝不动|非要|所谓(的)?(教授|专家|老师|神医|领导)|骗子",
        ),
        # round 44: a screen shared with a "claims agent" and the card short by thousands
        (
            STRONG,
            "screen_shared_money_gone",
            r"共享屏幕|屏幕共享|会议软件|远程控制|开(了)?共享 && "
            r"(卡里|账户|余额|账上|银行卡)(里)?(的钱)?.{0,4}(少了|没了|空了|被转|被划|被扣|不见)|(少了|扣了|转走了?|划走了?)[0-9一二三四五六七八九十两几百千万]+|"
            # round 62: a pay-later line drawn on ("花呗被套两万")
            r"(花呗|借呗|白条|信用卡|额度|微粒贷|网贷).{0,4}被(套|刷|盗刷|借|贷)(走|出)?(了)?[0-9一二三四五六七八九十两几百千万]+",
        ),
        # round 43: money sent to a "policeman's" account to prove one's innocence, a code read out to
        # a caller and debits arriving one after another
        (
            STRONG,
            "paying_to_prove_innocence",
            r"证明(自己|我|她|他)?(的)?清白|自证清白|洗清(嫌疑|罪名)|(所谓|自称|冒充)(的)?(警官|警察|民警|检察官|检察院|法官|法院|公安).{0,12}(提供|给|发)(的|来的)?(账户|账号|卡号|卡) && "
            r"汇款|汇钱|转账|转钱|打钱|打款|(汇|转|打)(到|进)|账户|账号|存款|卡里",
        ),
        (
            STRONG,
            "code_given_and_debited",
            r"(念|报|说|告诉|发|给)(了)?(给)?(他|她|对方|客服|那人)?(短信|手机)?(验证码|短信码|动态码|校验码) && "
            r"扣了|被扣|(正在|还在|一直|不停(地)?)(扣|转|划)|转走了|划走了|(一条|一笔)(接|一)(一条|一笔)|消费提醒",
        ),
        # round 41: an online lover's betting or investment site, money in and the account frozen
        (
            STRONG,
            "lover_site_money_in",
            r"(网恋|网友|网上认识|对象|导师).{0,12}(博彩|赌博|彩票|投资|充值|平台|网站|漏洞|内部) && "
            r"(充|投|转|亏|输)(了)?.{0,6}[0-9一二三四五六七八九十两几]+(万|千)|(账号|号|账户)(被)?冻结|(还|又|继续)(让|叫|要|带)我(充|投|转)",
        ),
        # round 38: an "unfreezing fee" being borrowed now
        (
            STRONG,
            "unfreezing_fee",
            # round 69: "得先补十万“解冻保证金”，我已经跟我姐开口借了"
            r"(解冻费|解冻金|保证金|手续费|激活费|认证费).{0,12}(正|正在|还在|要|去|已经|都)(跟.{0,4})?(找|借|凑|转|开口借)|"
            r"(取不出|提不出|提现不了|提现(一直)?失败|(提|取)(不)?出来(一直)?失败|提不出来|取不出来).{0,30}(解冻费|解冻金|保证金|手续费)",
        ),
        # round 37: a father sent by a "policeman" on video to open an account, a task scam asking for
        # more money
        (
            STRONG,
            "sent_to_the_bank_by_video",
            r"被.{0,8}(警察|民警|公安|检察官|法官|客服).{0,3}视频(叫|让|喊)(去)?(开卡|存钱|取钱|转账|汇款)",
        ),
        (
            STRONG,
            "task_scam_more_money",
            r"(刷单|做任务|垫付).{0,12}(还)?(让|叫|要)我(借钱|贷款|继续|再)",
        ),
        # round 36: a parent "controlled" over the phone and withdrawing money now
        (
            STRONG,
            "controlled_by_phone",
            r"被.{0,8}(电话|视频|远程)?(控制|洗脑|遥控|盯着)(了)? && (正在|在|去)(取钱|转账|汇款|银行)",
        ),
        # round 35: a relative's face and voice on a video asking money while they are elsewhere, a
        # grandmother reading out codes to fake prosecutors
        (
            STRONG,
            "faked_relative_asks_money",
            r"(脸|长相)(和|跟)?(声音)?(都)?(是|像)(他|她|我儿子|我女儿|我妈|我爸)|声音(和|跟)?(脸)?(都)?(是|像)(他|她)|(明明|其实)(在|还在)(学校|上课|上班|家|单位|宿舍)|「我」|冒充我(?!们)|冒充的是我|(用|学)(了)?(跟|和)?我(一样|一个|一模一样)(的)?(腔调|声音|口音|嗓音)|我(根本|压根)?(好好的|没出事|啥事(都)?没有)|(我|他|她)(根本|压根)没(打(?!开)|发|联系)|(画面|视频)(里)?(就)?是(他|她|儿子|女儿|我儿子|我女儿|我妈|我爸|孙子|孙女)的脸|(根本|压根)没(这回事|打过|发过)|(转|打|汇)(完|了).{0,6}(才|以后才)?(知道|知|发现)(是)?(假|骗) && "
            r"转|汇|打钱|卡号|账户|[0-9一二三四五六七八九十两几]+万",
        ),
        (
            STRONG,
            "reading_codes_to_impostor",
            r"(在|正在|还在)(给|跟|向)(假|冒充|自称|骗子|对方|那个)?.{0,6}(念|读|报|说)(验证码|密码|卡号)",
        ),
        # round 34: someone posing as a teacher or boss collecting money in a group, a "giveaway" that
        # takes elders' bank cards, a seller who blocked the buyer still selling
        (
            EVENT,
            "impostor_collecting",
            r"(假|冒充|冒牌|假冒|假的)(的)?.{0,4}(老师|班主任|校长|领导|老板|经理|主任|会计|辅导员)|(头像|昵称)(和|跟|与)?.{0,8}(一模一样|一样|相同) && "
            r"收|交|转|押金|费 && 还在|正在|都在|已经(有人)?(接龙)?(转|交|付)|好多|不少|接龙",
        ),
        (
            EVENT,
            "giveaway_takes_cards",
            r"(免费)?(送|领)(鸡蛋|礼品|米|油|面|东西|礼物|小礼品) && (填|登记|扫码|拍|写|报)(一下)?.{0,8}(银行卡|身份证|卡号|密码|验证码) && "
            r"(正在|在|还在)排队|排着队|好多(老人|人)|围着",
        ),
        (
            EVENT,
            "blocked_seller_still_selling",
            r"(收|骗)(了)?(我的?)?钱.{0,3}(就)?拉黑 && (还在|又|刚才又|又有人).{0,12}(卖|骗|收)",
        ),
        (
            STRONG,
            "screen_shared_money_leaving",
            r"共享屏幕|屏幕共享|会议软件|远程控制 && (一笔(一)?笔|不停|一直|还在)(地)?(往外)?(划|转|扣|走)|扣款(短信)?.{0,6}(一条(一)?条|不停|一直)",
        ),
        (
            # round 30: a "son in a crash" needing surgery money, a health-products talk taking
            # savings, a contractor gone with the deposits
            STRONG,
            "relative_emergency_scam",
            r"(说|称)(我|你)?(儿子|女儿|孩子|孙子|孙女|老公|老婆|家人)?.{0,6}(车祸|出事|被抓|住院|受伤|被绑).{0,10}(手术费|医药费|保证金|赎金|打钱|转账|汇款) && "
            r"催|正(要|在)(转|汇|打)|要(我)?(马上|赶紧)?(打钱|转账|汇款)|(已经|正|刚)(去|在)(银行)?取钱",
        ),
        (
            STRONG,
            "sales_talk_takes_savings",
            r"(保健品|养生|理财|投资)(讲座|课|会|会场|推销会|体验店).{0,6}(交|买|付|转|掏)(了)?.{0,4}([0-9]+|[一二三四五六七八九十两几]+)(万|千) && "
            r"正在|刚|今天|现在|这会儿|在(保健品|养生|理财|投资)",
        ),
        (
            # round 29: a relative told the writer had an accident, on the way to the cash machine; a
            # fake boss or an online "teacher" being paid now; an old person led to the bank to withdraw
            STRONG,
            "relative_fooled_paying",
            r"以为(我|孩子|儿子|女儿|孙子|孙女|外孙|外孙女|闺女|老公|老婆).{0,8}(出车祸|出事|被抓|住院|被绑|欠(了)?钱|被扣|受伤) && "
            r"(正|正在|要|准备|已经|刚)(去|在)?.{0,4}(atm|取款机|银行|取钱|取款|转账|汇款|打钱)",
        ),
        (
            STRONG,
            "fake_boss_paid",
            r"(假|冒充|冒牌|冒名)(的)?(老板|领导|经理|总经理|董事长|上司|局长|书记|校长) && "
            r"(转|汇|打)(了|过去|出去)?.{0,4}(钱|款|[0-9]|[一二三四五六七八九十两几百]+(万|千)|一笔)|(在|还在|又)催",
        ),
        (
            STRONG,
            "paying_stranger_now",
            r"(正|正在|正要|马上|准备|非要|非得|执意|坚持要|一定要)(给|往|向).{0,10}(领导|老板|客服|警官|民警|公安|检察官|法官|网友|导师|老师|大师|专家) && "
            r"视频|假的?|冒充|陌生|网上|网友|qq|微信上|群里|电话里|自称|说是 && "
            r"(汇|转|打)(钱|款|过去|[0-9]|[一二三四五六七八九十两几]+(万|千))",
        ),
        (
            STRONG,
            "led_to_pay",
            r"被.{0,8}(推销|卖保健品|理财|业务员|陌生人|骗子|网友|老师|导师|大师|群里的?人|网上的?人)(的)?(人)?.{0,4}带(着|去|到)?.{0,4}(去)?(银行|投资|炒股|理财|炒币|买币|炒外汇|炒黄金|取钱|取款) && "
            r"(正要|正准备|马上要|准备|要|正在|正|已经|刚)(把)?.{0,10}(打|转|汇|投|取)(过去|进去|给|了|钱|款|[0-9]|[一二三四五六七八九十两几]+(万|千))|(取|转|汇)(了)?([0-9]+|[一二三四五六七八九十两几]+)(万|千)",
        ),
        (
            # round 28: money sent to a fake officer, accounts emptied after a screen share, a platform gone
            STRONG,
            "money_just_gone",
            r"(假的|冒充|假冒|骗子|骗).{0,16}(已经|刚)?(转|汇|打)(了|过去)?.{0,3}[0-9一二三四五六七八九十两几]+(万|千)|"
            r"(?<!去年)(?<!以前)(?<!之前)骗(走|了)(我)?[0-9一二三四五六七八九十两几]+(万|千)(块)?"
            r"(?!的|.{0,30}(报案|立案|报警|起诉|法律援助|派出所|律师|追回|能不能|吗|怎么办理))|(投资|理财|网恋).{0,10}平台(跑了|跑路了|关了|提不了现)",
        ),
        (
            # round 28: accounts emptied (after a screen share)
            STRONG,
            "accounts_emptied",
            r"(被)?(划空|转空|刷空|掏空)(了)? && 支付宝|银行卡|余额|微信|账户|卡里",
        ),
        (
            # round 27: a screen still shared with a "claims agent", a meeting app still on the call,
            # queueing to wire an online lover's "investment"
            STRONG,
            "screen_shared_now",
            r"(共享屏幕|屏幕共享|会议软件|腾讯会议|zoom|远程控制|向日葵|todesk)(的)?.{0,10}(还开着|还在|正在|开着|通话中|还没关|没挂)|"
            r"让我(下|装|开|下载)(了)?(个)?.{0,6}(会议|共享|远程).{0,10}(还在|正在|还开着|通话中|没挂)|"
            r"(在|正在)(排队|柜台|银行)?.{0,4}(给|往)(网恋|网友|网上认识的|对象|男朋友|女朋友|导师).{0,10}(汇|转)",
        ),
        (
            # round 25: someone gone out with the passbook after a scam call ("骗子学我声音 … 我妈
            # 已经揣着存折出门去银行了")
            STRONG,
            "gone_to_pay",
            r"(揣着|拿着|带着|取了|揣上|拿上)(存折|银行卡|现金|钱|卡).{0,10}(出门|去银行|去取钱|去汇款|去转账|去邮局|去了)|"
            r"(出门|去)(银行|邮局)(取钱|汇款|转账) && "
            r"骗|冒充|自称|假|学.{0,2}声音|中(了)?奖|手续费|保证金|私了|安全账户|说是",
        ),
        # round 69: "父亲在银行要取钱给假检察官"
        (
            STRONG,
            "cash_for_a_fake_official_at_the_bank",
            r"(在|去|到)(了)?(银行|柜台|atm|取款机|信用社|农商行|营业厅)[^,。!?]{0,6}(要|正|正在|准备|排队|去)?(取|转|汇)(钱|现金|款|出)?.{0,10}(给|交给|转给|汇给)"
            r"(假|冒充的?|自称(是)?)?.{0,4}(检察官|警察|民警|公安|法官|专案组|检察院|公安局|法院) && "
            r"^(?!.*(新闻|听说|去年|以前|上次|那次|演练|怎么防|如何防|没(有)?(取|转|给)|拦下|拦住了|劝住了|劝回))",
        ),
        (
            # a relative at the bank right now to pay a "fee" someone asked for
            EVENT,
            "at_the_bank_now",
            r"(已经|正|现在就|马上|人现在就?)(去|在|到)(了)?(银行|柜台|atm|取款机)|在银行柜台 && "
            r"交(钱|费)|运作费|保证金|手续费|名额|转(账|钱)|汇(款|钱)|先交",
        ),
        (
            # paying at a counter right now for an "internal" place
            EVENT,
            "paying_at_counter",
            r"我(人)?(就|正|现在)?在(银行)?(柜台|atm|取款机|柜员机)(上|前|边|旁边)? && 交钱|转钱|汇款|名额|让交|让我(转|交|汇)",
        ),
        (
            # an elder at a sales "lecture" paying now (health products, devices)
            STRONG,
            "sales_venue",
            r"(讲座|会场|推销会|保健品|理疗仪|养生|会销|免费体检).{0,24}(交钱|刷卡|付款|转账|买) && "
            r"(正在|在|排队)(排队)?(交钱|刷卡|付款|转账)|(马上|现在)(就)?(要)?(交钱|刷卡|付款|转账)",
        ),
        (
            # a payment being made on a stranger's instructions right now ("对方说要去派出所销案
            # 让他用我的手机扫码 正在扫")
            EVENT,
            "paying_now",
            r"(让|叫|要|逼)(我|他|她|孩子|儿子|女儿|老人|我妈|我爸)?.{0,10}(扫码|转账|付款|输(入)?密码|共享屏幕|屏幕共享|下载) && "
            r"正在|在扫|还在|正扫|现在|刚|马上 && "
            r"骗|对方|冒充|客服|警察|派出所|公安|销案|退款|解冻|陌生",
        ),
        (
            EVENT,
            "safe_account",
            r"安全[账帐]户|资金清查|清查账户|(清查|安全|监管|核查|保证金)专户|核查账户|监管账户|(对方|他|她|骗子|客服|网友|陌生人|警察|民警)(让|要|叫)我.{0,8}(转|汇|打|付|充)|我(刚|刚刚|已经)?(转|汇)了.{0,4}(万|千|元|块)|验证码.{0,6}(给|告诉|发)(了)?(对方|他|她)|屏幕共享|共享屏幕|冒充(公安|警察|公检法|检察院|法院|客服|领导)|(说|自称)是(公安|警察|检察院|法院|公检法)",
        ),
        (
            # round 22: a stranger on a call having someone share their screen, and a link or a
            # code given with money leaving since ("点了解冻链接 输了密码验证码 卡上一直在扣钱")
            EVENT,
            "screen_share",
            r"(让|要|叫|教|指导|指挥)(我|他|她|老人|我妈|我爸|老爷子|老太太|爸|妈|奶奶|爷爷|外婆|外公|姥姥|姥爷)?.{0,6}"
            r"(共享屏幕|屏幕共享|开(启)?屏幕共享|投屏|共享(手机|屏幕)?画面)",
        ),
        (
            EVENT,
            "credentials_then_losses",
            r"(点|点开|打开)(了)?.{0,8}链接|(输|填|告诉|给)(了)?(对方|他|她)?.{0,8}(密码|验证码) && "
            r"扣(钱|款)|被扣|转走|划走|盗刷|(钱|余额)(少了|没了)|(一直|还在|不停)(在)?(扣|转出|少)",
        ),
        (
            # round 23: money being fetched after a call from someone posing as an office
            EVENT,
            "fetching_money",
            r"(正|准备|要|打算|正在)(拿|带|揣)?(着)?(存折|银行卡|卡|现金|钱).{0,8}(出门|去银行|去)?.{0,4}(转钱|转账|汇款|取钱|汇钱) && "
            r"冒充|自称|骗|陌生电话|(要|让)(先)?交",
        ),
        (
            STRONG,
            "coached",
            # (round 67 answers: "冻结支付宝" after a stolen phone is no payment asked for)
            r"(冻结|解冻).{0,16}(转|汇|(?<!提)交|打|付(?!宝)|扫)(钱|款|账|码)?|(解冻费|(?<!工资)保证金|手续费|激活费).{0,10}(扫|转|交|付)|(扫|转|交|付).{0,6}(解冻费|(?<!工资)保证金)|"
            r"(来|上门|到)(家里|家|我家)?.{0,2}(拿|取)(走)?.{0,4}(现金|万块|钱)|"
            r"(转|交|打|付)(钱|款|账).{0,6}(解冻|解封|激活)|"
            r"(电话|视频|微信|qq|语音)(里|上)?.{0,8}(教|指导|让|叫|要|指挥)我.{0,10}(操作|转|汇|下载|开通|贷款|借|取钱|提额)|"
            r"(教|指导|指挥)我.{0,6}(操作|转账|汇款|取钱|开通)|"
            r"(理赔|退款|退费|赔偿|补偿|改签|赔付|注销|关闭|退货|客服).{0,12}(让|要|叫|帮)我.{0,10}(开通|借款|贷款|备用金|借呗|花呗|网贷|额度)|"
            # (round 66: not an employer's attendance app: "公司让我们装一个能定位的考勤APP")
            r"(?<!公司)(?<!单位)(?<!老板)(?<!学校)(?<!领导)(?<!老师)(?<!社区)(?<!物业)(?<!厂里)(让|要|叫)我.{0,6}(下载|装|打开).{0,10}(软件|app|会议|屏幕)(?!.{0,12}(考勤|打卡|合法吗|违法吗))|"
            r"(垫钱|垫付|再充|续充|继续充|继续转|做任务|刷单).{0,10}(才能|提现|返|解冻|提不)|"
            r"(对方|骗子|客服|他|她)(还在|一直在|正在).{0,4}(电话|视频|语音)|"
            r"(说|称)我.{0,6}(涉嫌|涉案|洗钱|被通缉)|"
            r"(冒充|自称|说是|说他是|说她是|假装是).{0,14}(让|要|叫)我.{0,12}(转|汇|打钱|付|充|提供|说出|告诉|下载|开通|点)|"
            # round 66: a caller posing as the medical insurance office asking for the code read out,
            # the app it named already installed ("冒充医保局的让我报验证码，软件已经装了")
            r"(冒充|自称|说是|说他是|说她是|假装是).{0,14}(让|要|叫)我.{0,6}(报|念|读)(一下|下)?(短信|手机)?(验证码|短信码|密码|卡号)(?=.{0,20}(已经|装了|装好|下载了|报了|念了|说了|给了|正在|还在))|"
            r"(转|汇|打)(到|进|入)?.{0,4}安全账户|安全账户.{0,10}(转|汇|打)|"
            r"(密码|验证码).{0,8}(告诉|给|发|说)(了)?(他|她|对方|他们)|(密码|验证码).{0,16}我(已经|都)?(说了|给了|告诉他了|发过去了|发给他了)|"
            r"钱.{0,8}(被转走|被划走|被扣走|一笔笔|一笔一笔)|(让|要|叫|催)我(继续|再|接着)(充|转|交|付|垫)|"
            r"(孩子|儿子|女儿|家人|老公|老婆).{0,8}出事了.{0,8}(打钱|转钱|汇钱)|"
            # money already sent after a demand, or the other side gone after the payment
            r"(让|要|叫|催)我.{0,12}(转|汇|打|付|垫)(钱|款|过去|付|账).{0,20}(已经|刚|刚刚|都)(转|汇|打|付|垫)(了|过去|进去)|"
            r"(转|汇|打|付|垫|充)(了|过去|进去).{0,16}(把我)?(拉黑|联系不上|不回(消息|信息)?|失联|删了我|跑路)",
        ),
        (
            STRONG,
            "kept_on_line",
            # a "police officer" or "customer service" keeping the victim on a call or a camera
            r"(别挂|不要挂|不让挂|不许挂|不能挂|不准挂)(断)?(电话|视频)?|(一直)?开着(摄像头|视频|屏幕共享|共享屏幕)(?!.{0,4}(开会|上课|直播)) && "
            r"警察|公安|民警|警官|检察|法院|客服|银行|转账|转钱|汇款|取钱|取了|取现|账户|安全账户|理赔|贷款|借款|网贷|征信|退款|教我|"
            # round 41: a uniform on a video, savings moved "for checking"
            r"警服|制服|洗钱|存款|清查|核查|挪钱|挪到",
        ),
        (
            STRONG,
            "code_given",
            # a code or a password just typed in or read out at a "customer service" request
            r"(刚|已经|刚刚|刚才)(输|填|给|报|告诉|发)(了|入)?(他|对方|客服)?(验证码|密码|卡号)|"
            r"(报|输|填|给|告诉|发)(了|完)(给)?(他|对方|客服)?(验证码|密码|卡号) && "
            r"客服|补偿|改签|备用金|退款|理赔|对方|他让|让我|叫我|要我",
        ),
        (
            EVENT,
            "just_sent",
            # money sent a moment ago after a call, a video or "customer service", or still leaving
            r"(刚|刚刚|已经|才|刚才)(转|汇|打|付)(了|过去|走)|转过去(才|后来)(发现|知道)|钱(还在|一直在|正在)(往外)?(扣|转|划)"
            r" && 声音.{0,6}(一模一样|一样|很像|像)|人脸|换脸|逮捕令|警服|冒充|假(的|冒)|清查|安全账户|解冻|"
            r"急用钱|出事了|撞了人|要赔钱|根本没(打|有)|不是(他|她)本人|才发现|发现不对|往外扣",
        ),
        (
            # round 33: the boss's face on a video call asking for a payment, found fake afterwards
            STRONG,
            "deepfake_boss_paid",
            r"(ai换脸|换脸|视频电话|视频通话|视频).{0,12}(领导|老板|经理).{0,12}(打款|转账|汇款|付款)|(领导|老板)(的)?视频.{0,4}(叫|让)(我)?(打款|转账|汇款) && "
            r"打完|转完|打了|转了|汇了|付了|已经",
        ),
        (
            # round 32: still transferring after being cheated, a parent at the counter paying a
            # stranger's account
            STRONG,
            "still_paying_or_at_counter",
            r"被骗.{0,12}(还在|正在|一直在|还一直)(转|付|充|汇)|(用|拿)我(的)?(卡|手机|账户).{0,4}(还在|正在|一直在)(转|付|充|汇)|(正再|正在|在)(银行)?柜台.{0,12}(汇|转)[0-9一二三四五六七八九十两几百千万]+|"
            r"(给|往)(一个)?陌生(的)?(账户|账号|卡).{0,4}(汇|转)",
        ),
        (
            # round 31: a recorded video chat and a demand with a deadline
            STRONG,
            "sextortion_now",
            r"裸聊|视频.{0,6}(录屏|被.{0,3}录)|私密(照|视频) && "
            r"(要|给|转)[0-9一二三四五六七八九十两几千万]+|不给.{0,8}(就)?(发|曝光|传)|(发|传)(给|到)?(我)?(的)?(通讯录|家人|同事|朋友圈|群里) && "
            # the writer is the one threatened (a request to threaten someone is not a report)
            r"被|我的|对方|(他|她)说|威胁我|发给我|我(的)?通讯录|找我要|让我|逼我",
        ),
        (
            EVENT,
            "scammed",
            r"(把|将).{0,10}(钱|学费|存款|积蓄|彩礼|万|千).{0,4}(转|汇|打)(过去|给(她|他|对方))(了)?.{0,16}(注销|拉黑|删了|联系不上|失联|不回)|"
            r"(被|让人|上了)骗(了|走)|被骗(了)?(\d+|[一二两三四五六七八九十几百千万]+)(块|元|万|千)|上当了|被诈骗|遇到(了)?骗子|(?<!不)(?<!都)是骗子|杀猪盘|刷单.{0,6}(被|骗|回不来)",
        ),
        (
            EVENT,
            "transfer_under_pressure",
            # (round 58: 交警 is no payment: "说是他开的，交警那边怎么对口供")
            # (round 59: 应付 and 对付 are no payment: "让朋友冒充前领导应付背调")
            # (round 66: a ticket passed on by the hotline is no transfer: "说是接到热线转办的工单")
            r"(自称|冒充|说(他|她)?是|假装).{0,12}(转(?!办|交|派|给(你们|相关|有关))|汇|打|交(?!警|通|代|流)|(?<![应对])付|借)(钱|款|账|过去|了)? && "
            r"(转|汇|打钱|交(?!警|通|代|流)|(?<![应对])付|银行|借钱|存款) && "
            # round 65: not the writer's card lent to pass others' money ("把银行卡借他用，每进一笔我转出去")
            r"^(?!.*(借|租|卖)(给)?(他|她|人|别人|老板|对方)?用?.{0,10}(每进一笔|进一笔|进来的钱|到账就|转出去))",
        ),
        (
            EVENT,
            "scam_cue_payment",
            r"涉嫌|洗钱|通缉|涉案|解冻费|保证金|安全账户|投资平台|理财群|虚拟币|提不出来|刷单|网上认识|出车祸了要打钱|指定的账户 && (正在|刚|刚刚|已经|还在|马上|又|让我|叫我|要我|催我).{0,6}(转|汇|打|交|投|付|去银行|在银行)",
        ),
        (
            EVENT,
            "isolated_by_caller",
            r"(宾馆|旅馆|酒店|开(个)?房间).{0,24}(配合|调查|隔离|保密|不许|不让|别跟|单独) && "
            r"警官|公安|民警|警察|检察|法院|存款|定期|取|转",
        ),
        (
            EVENT,
            "fake_emergency",
            # "说我出车祸要交手术费" while the writer is fine: a scam, not a crash
            r"(说|称)(我|你|他|她|儿子|女儿|孙子|孙女|闺女)(出)?(了)?(车祸|住院|被抓|出事|受伤)(了)?.{0,12}(手术费|医药费|保证金|押金|钱|汇|转|交) && "
            r"(正|正在|准备|要|已经|刚).{0,8}(银行|柜台|汇|转|取钱)|我(明明|人)?(好好的|没事)",
        ),
        (
            EVENT,
            "on_the_way_to_pay",
            r"(正|正在|准备|要)(去)?(银行|柜台|邮局)?.{0,6}(汇款|汇钱|转账|取钱|转钱|取现|取(出)?[0-9一二两三四五六七八九十几]+(万|千))|(去|往)(银行|邮局)?取钱的路上 && "
            r"陌生人|骗|忽悠|保健品|中奖|中了|手术费|警官|账户|投资|理财|定金|名额|讲座|领导",
        ),
        (
            EVENT,
            "escorted_to_pay",
            r"(带|拉|领|陪|载)(着)?(我爸|我妈|老人|老爷子|老太太|我奶奶|我爷爷|我外婆|我外公|他|她).{0,4}(去)?(取钱|转账|银行|汇款)",
        ),
        (
            # round 70: a parent brought to the bank by the people of a sales "lecture", withdrawing
            # now with them at his side ("我爸被讲座的人带着在银行取二十万"; the lecture is no service)
            STRONG,
            "escorted_to_the_bank",
            r"被.{0,10}(带|拉|领|陪|押)着.{0,4}(在|去|到)(银行|柜台|信用社|农商行|取款机|atm).{0,6}(取|转|汇)|"
            r"(在|到)(银行|柜台|信用社|农商行|取款机|atm).{0,10}(要|正|正在|准备)?(取|转|汇).{0,24}(带(他|她)去的|陪(他|她)来的|领(他|她)来的|那几个人|那帮人|那伙人)"
            r".{0,6}(就)?(站|守|跟|等|盯)(在|着)(旁边|边上|身边|门口|后面) && "
            r"讲座|保健品|会销|推销|养生|忽悠|骗|陌生人|不认识 && "
            r"^(?!.*(新闻|听说|去年|以前|上次|那次|演练|怎么防|如何防|没(有)?(取|转|给)|拦下|拦住了|劝住了|劝回|取回来))",
        ),
        (
            EVENT,
            "draining",
            r"(开始|一直|还在|正在)(扣钱|扣款|被扣|转走|划走)|(已经|又|连着)(被)?(扣|划|转)(了|走).{0,3}笔 && "
            r"链接|卡号|密码|验证码|退税|客服|二维码|app|短信",
        ),
        (
            EVENT,
            "prize_fee",
            r"中(了)?(个)?(大)?奖.{0,16}(手续费|税|保证金|押金|运费|公证费|激活费) && "
            r"(出门|去|到|跑).{0,6}(汇款|转账|取钱|银行|邮局)|已经(转|汇|交|付)|正在(转|汇|交)",
        ),
        (
            EVENT,
            "more_demanded",
            r"(已经|刚|都)(付|转|交|汇|打)了.{0,10}(他|对方|那边|客服)?(又|还)?(说|让|叫|要)?(还差|再交|再付|再转|还得交|还要交)",
        ),
        (TOPIC, "fraud", r"诈骗|被骗|骗子|骗钱"),
    ),
    TRAFFIC: (
        # round 65: four or five cars piled up in a tunnel, smoking, a driver pinned; a coach off a
        # mountain bend into a ditch, old passengers hurt
        (
            EVENT,
            "pile_up",
            r"(几|两|三|四|五|六|七|八|好几|十几|[0-9]+)(五|六|七)?辆(车)?.{0,4}(追|撞|怼|挤|顶)(到|在|成)?(一块|一起|一堆|一团|一串)|(追|撞)(成|到)(了)?(一块|一起|一串|一团|一堆)|连环(追尾|撞)",
        ),
        (
            STRONG,
            "vehicle_off_the_road_people_hurt",
            r"(车|大巴|客车|班车|校车|公交|面包车|货车|轿车|三轮|拖拉机|旅游车|中巴|整车|车子).{0,10}(栽|冲|掉|翻|滚|开|扎)(进|到|下|入)(了)?.{0,10}(沟|河|塘|崖|悬崖|山下|坡下|桥下|水库|江|田里|山谷) && "
            r"(磕|摔|撞)(破|伤|断)|流血|起不来|动不了|昏迷|受伤|伤了|头破|出不来|卡住|压住|哭喊|呻吟 && "
            r"^(?!.*(新闻|听说|去年|以前|上次|那次|视频里|电影|演练|怎么赔|赔偿|保险理赔))",
        ),
        # round 64: a cyclist knocked down by a car door, an arm broken, the other side pressing to
        # settle privately (a service word does not make the injury past)
        (
            STRONG,
            "knocked_down_and_hurt",
            r"撞倒|撞伤|撞飞|撞翻|刮倒|碰倒|被.{0,8}(车|车门).{0,2}(撞|刮|碰|带倒) && "
            r"骨折|(胳膊|腿|手|脚|骨头|手腕|脚踝|肋骨)(好像|可能|怕是)?断了|流(了)?(好多|很多)?血|出血|起不来|动不了|站不起来|昏迷|晕(过去|了)|疼得(厉害|不行|受不了) && "
            r"^(?!.*(新闻|听说|去年|以前|上次|那次|上个月|上周|前几天|住院|出院|在医院|治疗|医药费|医疗费|不赔|垫付|报销|误工|伤残鉴定|赔偿标准|赔多少|理赔(流程|怎么)|保险公司|判决|起诉))",
        ),
        # round 62: a steel pipe through the windscreen on the road, an arm cut open
        (
            EVENT,
            "load_through_windscreen",
            r"(钢管|钢筋|铁管|石头|石块|铁块|货物|木板|木头|轮胎|砖头|螺纹钢|铁架)(从.{0,8})?(砸|飞|扎|插|刺|戳)(穿|进|破|碎|透)(了)?(我们|我|我家)?(的)?(车的?)?(挡风玻璃|前挡|车窗|天窗|车顶)",
        ),
        # round 61: a van on its roof at a mountain bend, people trapped inside, a child crying
        (
            EVENT,
            "overturned_with_people_inside",
            r"四轮朝天|侧翻|翻车|(车|车子|拖拉机|农用车|卡车|皮卡|大巴|客车|班车|校车|公交|三轮|电动车|摩托|suv).{0,12}(翻了|翻倒|翻到|翻下|翻进|底朝天) && "
            r"(卡|困|压|夹)(着|住|在)(了)?.{0,4}人|人(被)?(卡|困|压|夹)(在|住)|(里头|里面|车里|车内)(还)?(有人|卡着|困着|有孩子|有小孩)|(小孩|孩子|人)(在)?(哭|喊|叫|呻吟) && "
            r"^(?!.*(新闻|听说|去年|以前|上次|那次|视频里|演练|演习|游戏|保险|理赔|定损))",
        ),
        # round 59: someone dragged under a truck's wheels; a rider pinned under the bike; a car
        # weaving on the motorway; a child run over while reversing
        (
            STRONG,
            "under_the_wheels",
            r"(卷|拖|压|碾|轧)(进|到|在)(了)?.{0,4}(轮子|车轮|车轱辘|轱辘|车)(底下|下面|下边|下)",
        ),
        (
            STRONG,
            "pinned_under_vehicle",
            r"(车|摩托|摩托车|电动车|电驴|三轮|三轮车|自行车|车子)(压|砸|卡)在(我|他|她|人)(的)?(身上|腿上|身子上|上面) && "
            r"起不来|动不了|出不来|抽不出|拉不出|爬不起",
        ),
        (
            EVENT,
            "erratic_driver_ahead",
            rf"(前面|前边|前头|旁边|那辆|一辆|有辆|有个).{{0,10}}{_ROAD_VEHICLE}.{{0,6}}"
            r"(左右乱晃|左右晃|乱晃|画龙|蛇形|走s|忽左忽右|东倒西歪|歪歪扭扭)",
        ),
        (
            EVENT,
            "run_over",
            rf"(倒车|开车|车|货车|大车|三轮)(时|的时候)?.{{0,6}}把.{{0,8}}({_PERSON}|人|行人|路人|老太|大爷|大妈|大姐)(给)?(压|碾|轧)(了|到|伤|倒)",
        ),
        # round 55: a cyclist dragged under a truck's wheels, a leg still pinned
        (
            STRONG,
            "under_the_wheels",
            r"(卷|压|碾|轧|拖)(进|到|在)?(了)?(车|车子|大车|货车)?(的)?(轮子|车轮|车底|车下|轮胎|轮(?=下|底))(下面|底下|下)?|(轮子|车轮|车底)(下面|底下)(压|卡)着 && "
            r"车|司机|渣土|货车|卡车|电动车|摩托|三轮|公交 && "
            r"人|大姐|大哥|大爷|大妈|阿姨|孩子|小孩|老人|骑车的|行人|腿|脚|身子|他|她|师傅|小伙 && "
            r"^(?!.*(去年|以前|上次|那次|新闻|听说|视频里|演练|小说|电视剧|电影))",
        ),
        # round 52: a van upside down in a ditch with the driver pinned and groaning
        (
            STRONG,
            "overturned_driver_pinned",
            r"四脚朝天|翻了|侧翻|翻进|翻到|扣在|倒扣|翻车 && "
            r"(卡住|压住|困在|出不来|在哼(?!歌)|哼哼(?!歌)|呻吟|流血|喊疼|叫疼|没动静) && "
            r"车|司机|开车的|面包|货车|轿车|三轮 && "
            rf"{_NOT_REPORTED_NOW}",
        ),
        # round 48: a car weaving on an elevated road like a drunk
        (
            STRONG,
            "weaving_drunk_driver",
            r"s形|蛇形|画龙|歪歪扭扭|东倒西歪|忽左忽右|左摇右摆|来回晃|时左时右|一会(儿)?(往|向)?左一会(儿)?(往|向)?右 && "
            r"喝醉|醉驾|酒驾|喝多|醉了|差点撞|护栏|逆行 && "
            r"开|车|司机 && "
            r"^(?!.*(去年|以前|上次|那次|处罚|怎么罚|扣分|视频里|新闻))",
        ),
        # round 45: a drunk man getting into his car to drive off
        (
            EVENT,
            "drunk_about_to_drive",
            r"(有人|那人|那个人|司机|男的|女的|他|她|对方|老公|我爸|邻居|同事|朋友|哥们|大哥|客人)(.{0,8})?(喝醉|喝多|醉醺醺|喝得(东倒西歪|烂醉|晕乎乎|站不稳|走不稳)|醉了|醉得) && "
            r"(要|准备|正要|还要|非要|打算|想)(自己)?(开车|开走|开着车|上路|把车开)|(钻进|上|坐进)(了)?(车里|驾驶(座|位|室))(要|准备)? && "
            r"^(?!.*(代驾|处罚|扣分|判|罚款|怎么罚|举报电话|去年|以前|上次))",
        ),
        # round 42: a bus braking hard, standing passengers down, one cut
        (
            EVENT,
            "hard_braking_falls",
            r"(急刹|急刹车|一脚刹车|一脚急刹|猛(地)?(一脚)?刹车).{0,16}(摔|磕|倒地|头破|流血)",
        ),
        # round 40: a car into the crash barrier
        (
            EVENT,
            "barrier_hit",
            # not a crash staged for the insurance ("故意撞护栏骗车险")
            r"(?<!故意)(?<!自己)(?<!假装)(撞|撞上|撞到|怼上|怼到)(了)?(护栏|隔离带|电线杆|桥墩|路灯杆|防撞墩|隔离墩|中央护栏)(?!.{0,8}(骗保|骗车险|骗赔|骗理赔))",
        ),
        # round 36: someone knocked down and under the wheels
        (
            EVENT,
            "knocked_under",
            r"(刮倒|蹭倒|带倒|卷倒|碾)(了)?.{0,6}(人|大爷|大妈|老人|孩子|骑车的|三轮|电动车|行人)|(卷|压|卡)(在|进|到)(了)?车(底|轮)|(身子|人|腿)(在|压在|卡在)车底",
        ),
        # round 34: lights out at a jammed crossing, a lorry on its side
        (
            EVENT,
            "lights_out_jammed",
            r"(信号灯|红绿灯)(全|都)?(黑|灭|不亮|坏)(了)? && (堵|挤|差点|怼|撞|一锅粥|乱成一团|乱套|没人指挥)",
        ),
        (
            EVENT,
            "vehicle_on_its_side",
            r"(半挂|货车|卡车|大车|客车|罐车|挂车|大巴|渣土车)(车)?.{0,4}(侧躺|侧倒|翻倒|四脚朝天|横在)",
        ),
        (
            # round 29: someone lying in the road, children knocked down, a rider thrown and still
            STRONG,
            "lying_in_the_road",
            r"(躺|睡|倒|趴)(在)?(马路|公路|车道|高速|快车道|路口|路)(的)?(中间|当中|正中|上)(?!.{0,6}(拍照|拍视频|碰瓷|摆拍))|"
            r"(马路|公路|车道|路)(的)?(中间|当中|正中)(有)?(个|一个)?.{0,4}(人|醉汉|老人|小孩)(躺|睡|倒|趴)着",
        ),
        (
            STRONG,
            "people_knocked_down",
            r"撞(倒|飞|翻)(了)?(两|俩|三|几|一|好几)?(个)?.{0,6}(人|娃|孩子|小孩|学生|老人|行人|路人)|"
            r"(人|骑手|司机|孩子|小孩|老人)(被)?(撞)?(飞|甩|弹|摔)出去(了)?.{0,8}(不动|没动静|没反应|起不来)",
        ),
        (
            # round 28: someone knocked flying, cars stopped in a fast lane, a car racing the wrong way
            STRONG,
            "struck_or_stranded_lane",
            r"撞飞(了)?|(停|堵|横)在(快车道|超车道|最内道|应急车道|高架|高速).{0,16}(差点撞|差点追尾|险些撞)|"
            r"逆行.{0,4}(狂飙|飙车|狂奔)|(逆行|狂飙).{0,16}(差点撞|急打方向|躲不开)",
        ),
        (
            # round 27: debris lying in a motorway lane, a motorbike gone into a ditch
            EVENT,
            "debris_or_ditch",
            r"(高速|快车道|快速路|高架|主路|国道|省道|绕城)[^。！？]{0,16}(躺着|掉了|掉下|散落|横着)[^。！？]{0,10}(轮胎|货物|钢管|钢筋|石头|石块|障碍物|铁板|木板|木头)|"
            r"(摩托|电动车|电瓶车|三轮|汽车|小车|货车|轿车|面包车|私家车|大巴|中巴|客车|(我们|我家|他家|她家|我的|家里)(的)?车|(?<![火列刹风物购推童停下上开修洗])车)(车|子)?.{0,3}(摔|翻|掉|冲|栽)(进|到|下|在)?(了)?(沟|河|坡|路边|田|桥下|水渠|渠|水塘|池塘|鱼塘|山坡|山崖|悬崖|山沟|坡下)",
        ),
        (
            # round 26: a wrong-way driver on a motorway
            EVENT,
            "wrong_way",
            r"(高速|快速路|高架|国道|环城路|绕城).{0,10}逆行|逆行.{0,10}(高速|快速路|高架)|"
            # round 66: "新乡段有黑色SUV逆着开" (a motorway section, the wrong way said plainly)
            r"(高速|快速路|高架|国道|省道|环城路|绕城|(?<!路)(?<!地)(?<!时间)(?<!这)(?<!那)段|匝道|隧道).{0,12}(逆着开|反着开|逆向(行驶|开)|逆行)|(suv|货车|大货|卡车|轿车|小车|面包车|私家车)(在)?(逆着开|反着开|逆向(行驶|开)) && "
            r"^(?!.*(老有|经常|总是|总有|天天|每天|投诉|举报|扣分|扣几分|罚款|罚多少|怎么罚|处罚|栏杆|监控|摄像头|新闻|听说|去年|以前|上次|那次|视频里))",
        ),
        (
            # oil or gravel spilled on the road, vehicles sliding
            STRONG,
            "spill_on_road",
            r"(路上|路面|高速|马路)(上)?.{0,6}(洒|撒|漏|流)(了)?.{0,8}(油|柴油|机油|沙石|石子)|(油|柴油).{0,6}(一路|路面).{0,10}(滑|打滑|滑倒)|"
            r"路面滑.{0,10}(滑倒|摔|打滑)|开过去都打滑",
        ),
        (
            # rocks on a car, a car stopped in a dark tunnel, a car into a crowd, overtaking on the
            # wrong side
            EVENT,
            "road_hazard_now",
            r"(落石|石头|山石|树).{0,4}砸(了|中|到)?(车|车顶)|车顶(被砸)?瘪|(隧道|高速|快速路)(中间|里)?(停了|停着|抛锚)(一)?(辆|个)?车|"
            r"(车|汽车)(闯进|冲进|开进)(了)?(人群|赛道|人行道|广场)|人群里乱开|逆行超车|"
            # a road made dangerous now: reversing at a toll exit, lights out at a crossing, a vehicle
            # stopped on a bend ("收费站出口堵死 有车在倒车 很危险")
            r"(收费站|匝道|弯道|路口|高速|车道|国道|隧道|路中间).{0,16}(倒车|逆行|停在|堵死|堵了|信号灯.{0,2}坏|红绿灯.{0,2}坏|熄火).{0,16}((很|特别|太|非常)危险|蹭了|追尾|差点撞|险些撞)|"
            r"(倒车|逆行|信号灯.{0,2}坏|红绿灯.{0,2}坏|停在(了)?)(收费站|匝道|弯道|路口|高速|车道|路中间).{0,16}((很|特别|太|非常)危险|蹭了|追尾|差点撞)|"
            # someone hit by the writer ("有个小孩突然跑出来被我撞了")
            r"(被我(的车)?|我(刚|刚刚|刚才)?(开车|倒车|停车|掉头)?(的时候|时)?把(?!头|自己|脑袋|额头).{0,8})(撞|碰|刮|轧|蹭)(了|倒|到|伤)|"
            # livestock on a road with traffic ("草原公路上羊群堵路 大车没减速")
            r"(羊群|牛群|马群|牦牛|羊|牛)(群)?.{0,4}(堵路|堵在路上|上了(公路|高速|国道)|横穿(公路|高速|国道|马路)|在(公路|高速|国道)(上|中间))",
        ),
        (
            EVENT,
            "crash",
            # round 46: "连着追了五六辆车", "一串车撞一起", a motorbike through the rail and down a slope
            r"(连着|连环|接连|一连)追(尾|了)|一串车.{0,4}撞|(摩托|电动车|车|汽车|货车|三轮|大巴|面包车)(车)?.{0,6}(冲出|冲破|撞开|撞断|撞破|冲下|翻出)(了)?(护栏|栏杆|路基)|"
            r"(摩托|电动车|车|汽车|货车|三轮|大巴|面包车)(车)?.{0,8}(冲|翻|掉|滚|栽)(下|到|进)(了)?(坡|沟|山崖|悬崖|桥下|坡底|山下|河里)|"
            # round 70: "大巴在山路拐弯那翻下去了"
            r"(摩托|电动车|汽车|货车|三轮|大巴|中巴|客车|校车|面包车|轿车)(车)?[^,。!?]{0,12}(翻|栽|滚|掉|冲)(下去|下来|下了)(了)?|"
            r"车祸|刮蹭|剐蹭|(?<!停)(车|货车|卡车|轿车|客车)(?!场|位|库|站).{0,4}(撞|翻|侧翻)|(车|车头|车门|驾驶室).{0,4}(挤|压|撞)(得)?(变形|扁|烂)|(挤|压|撞)(得)?变形|(卡|困|夹)(在)?(车里|驾驶室)|撞车|相撞|追尾|被车撞|被.{0,4}车.{0,2}撞|撞(了|到|倒|伤)(了)?(人|我)|撞人|翻车|侧翻|肇事|逃逸|连环撞|连(着|续)撞|撞了(两|三|四|五|几|好几|[0-9])辆|撞上了|撞到(护栏|树|墙)|出事故了|交通事故(了|啦)|"
            r"撞(了|到|上|翻|倒|进)(了)?.{0,4}(路边|路旁|路口)?(的)?(摊|摊子|墙|树|护栏|电线杆|路灯|栏杆|店|门面|围墙|人群|小卖部)|"
            # round 31: "外卖摩托撞护栏 小哥甩出去七八米"
            r"被.{0,6}车.{0,2}(刮|撞|碰|蹭)倒|两(辆)?车(蹭|撞|刮)(了)?|"
            r"(摩托|电动车|电瓶车|自行车|三轮|车)(车)?撞(了|到|上)?(了)?(护栏|墙|树|电线杆|路灯|栏杆|隔离带|路牙)|(甩|撞|弹|抛)(飞|出去|出)(了)?.{0,3}([0-9一二三四五六七八九十两几]+米|老远|好远)",
        ),
        (
            EVENT,
            "stalled_in_lane",
            r"(高架|高速|快速路|隧道|环路|大桥).{0,10}(熄火|抛锚|趴窝|爆胎|停在(了)?(中间|快|最左边)?车道)",
        ),
        (
            # dangerous driving under way that nearly hit others
            EVENT,
            "dangerous_driving",
            r"(狂飙|飙车|逆行|别(别人的)?车|蛇形|醉驾|酒驾|疯狂超车|横冲直撞).{0,16}(差点|险些|快要?)((跟|和|把).{0,4})?(撞|追尾|刮)|"
            # round 31: a car ahead weaving like a drunk ("前车画龙 像醉驾")
            r"(前车|前面的车|前面那辆|前头那辆|那辆车|有辆车|一辆车|旁边的车).{0,6}(画龙|走蛇形|蛇形走位|蛇形|s形|左右乱晃|摇摇晃晃|歪歪扭扭)",
        ),
        (EVENT, "brakes_failed", r"刹车.{0,3}(失灵|坏了|不灵|没了|踩不下去|不管用)|刹不住(车)?"),
        (TOPIC, "traffic", r"交通事故|事故现场"),
    ),
    MEDICAL: (
        # round 61: a crushing chest pain spreading to the left arm and back, in a cold sweat
        (
            STRONG,
            "crushing_chest_pain_spreading",
            r"胸(口|前|部|膛)?.{0,10}(压着|压住|压得|疼|痛|闷|绞|紧|像.{0,6}压) && "
            r"(左(边|侧)?(的)?(胳膊|手臂|臂|肩膀?)|后背|下巴|脖子).{0,4}(疼|痛|麻|也疼)|(疼|痛|麻)(到|向|往|得)?.{0,4}(左(边|侧)?(的)?(胳膊|手臂|臂|肩)|后背) && "
            r"冷汗|大汗|虚汗|出汗|脸(色)?(发)?(白|青|紫)|白得|喘不上|喘不过|站不住|晕 && "
            r"^(?!.*(新闻|听说|去年|以前|上次|那次|体检|挂号|科室|哪个医院|医保|报销|预约|复查|药店))",
        ),
        # round 60: a canteen meal and a dozen workers down, vomiting
        (
            EVENT,
            "many_down_after_a_meal",
            r"(?<!喝)(倒|晕|躺)(下|倒)?(了)?.{0,3}(十几|好几|一片|一排|一大片|几十|[二三四五六七八九十两]{1,3}|\d{1,3})(个|位|名)?(人)?|(十几|好几|一片|几十|[二三四五六七八九十两]{1,3}|\d{1,3})(个|位|名)?(人|工人|学生|同事|孩子)?(都|先后|接连|陆续)?(倒下|倒了|晕倒|晕了|躺下)|接二连三.{0,8}(吐|倒|晕) && "
            r"吐|拉(肚子|稀|得)|腹泻|呕|抽搐|口吐白沫 && "
            r"吃|饭|食堂|餐|喝|外卖|聚餐|宴|酒席 && "
            r"^(?!.*(新闻|听说|演练|演习))",
        ),
        # round 55: the mouth drooping, speech slurred and a hand that cannot grip (a stroke)
        (
            STRONG,
            "stroke_signs",
            r"(嘴|脸|嘴角|口角)(就|突然|一下子)?(歪|斜)(了)?|口眼歪斜 && "
            r"(话|说话)(也)?(说不(利索|清|清楚|出来|明白)|不利索|含糊|大舌头)|(手|胳膊|腿)(都)?(攥|握|拿|抬)不(住|起来|动)|(半边|一边)(身子)?(没劲|发麻|不能动|动不了) && "
            r"^(?!.*(去年|以前|上次|那次|之前|后遗症|康复|复查|新闻|听说|面瘫(好|恢复)|怎么预防|如何预防))",
        ),
        # round 54: a face and neck swelling after a bite of shrimp, with the throat closing
        (
            HELP,
            "allergic_throat_closing",
            r"(过敏|吃了|喝了|蜂|蜇|虾|海鲜|花生|芒果|坚果|打了针|输液).{0,24}(肿(起来|了)|起疹|红疹|风团|疹子) && "
            r"喘不上气|呼吸困难|喘不过气|(嗓子|喉咙)(眼)?.{0,4}(堵|肿|紧|发紧|卡)|憋气|憋得 && "
            r"^(?!.*(上次|去年|那次|已经好了|消肿了|缓过来|退了|新闻|听说|怎么预防|挂什么科))",
        ),
        # round 50: waters broken and bleeding on the way to the maternity hospital
        (
            STRONG,
            "waters_broke_on_the_way",
            r"破水|羊水(破|流) && "
            r"孕|怀孕|[0-9一二三四五六七八九十]+个?月|预产期|肚子 && "
            r"(车|的士|出租|路|半道|高速)上|还有.{0,4}(分钟|小时|公里)|来不及|见红|出血|流血 && "
            rf"{_NOT_REPORTED_NOW}",
        ),
        # round 44: a mouth corner drooping and speech slurred at the dinner table
        (
            EVENT,
            "face_droop",
            r"嘴角(突然)?.{0,3}(耷拉|下垂|歪(了|向)|往下(掉|耷拉))|(讲话|说话|问.{0,3}话)(也)?(含含糊糊|含糊不清|含糊|大舌头)",
        ),
        # round 35: sharp things swallowed
        (
            EVENT,
            "swallowed_sharp",
            r"(吞|咽|吃)(了|下去|进去|下)?.{0,6}(针|图钉|刀片|铁钉|钉子|玻璃渣|别针)",
        ),
        # round 34: an allergic throat closing
        (
            EVENT,
            "throat_closing",
            r"(嗓子|喉咙|喉头|嗓子眼)(发紧|收紧|紧|肿|堵|发堵).{0,8}(说不出话|喘不|透不过气|出不了声)|过敏.{0,8}(嗓子|喉咙)(发紧|紧|肿)",
        ),
        (
            # urine "like cola" after hard exercise (rhabdomyolysis)
            EVENT,
            "dark_urine",
            r"(小便|尿|尿液)(跟|像|是)?(可乐|酱油|浓茶)(一样|色|似的)",
        ),
        (
            # someone behind a closed door who has not answered for a long time (a collapse, or a
            # crisis: see _ALSO_SELF_HARM)
            EVENT,
            "no_answer_behind_door",
            r"(敲门|叫门|按门铃|按铃|拍门)(也|都)?(不|没人|没)(应|开|回|理)|敲门没人(应|开) && "
            r"一整天|一天|两天|三天|好几天|几天|一夜|一晚上|过了|超过|到现在|退房|免打扰",
        ),
        (
            # round 29: blood seeping under a door someone locked themselves behind
            EVENT,
            "blood_behind_locked_door",
            r"(锁|反锁|关)(在)?.{0,4}(卫生间|厕所|浴室|洗手间|房间|屋|卧室)(里)? && "
            r"(门缝|门底下|门下面|门口).{0,6}(流|渗|淌|冒|有)(出)?(来)?.{0,4}血",
        ),
        (
            EVENT,
            "collapse",
            r"倒地|栽倒|倒下(去|了)|有(个)?人(突然)?倒了(?=$|[,。!?]|在地|下去|不动|不省|不醒|没(气|反应|意识|呼吸)|摸|叫不|喊不|口吐|抽)|一动不动|喊不醒|晕倒|昏倒|晕过去|昏过去|昏迷|不省人事|没(有)?意识|叫不醒|没(有)?呼吸|(?<!会)(?<!会不会)不呼吸了?|没气了|没有心跳|心跳停|心脏骤停|"
            # pulled out of the water ("泳池里刚捞上来一个小孩")
            r"(水|河|湖|江|海|池|塘|泳池|水库)(里|中)?(刚|刚刚)?(捞|救|拖|拉|抱)(上来|出来)|"
            r"(叫|喊)(他|她|人)?(也)?(不|没)(怎么)?(应|答应|回应|反应)(了)?|抽搐|抽风|口吐白沫|牙关.{0,4}(紧|咬)|"
            rf"({_PERSON}|人).{{0,4}}(在|突然|一直)抽筋",
        ),
        (
            # round 70: no breath or pulse felt on someone who went down, chest compressions or an AED
            # under way ("有个大哥一头栽倒了，摸不到气 … 站里的AED在哪")
            STRONG,
            "no_breath_felt",
            r"(摸|探)(不到|不着)(了)?(气|鼻息|脉|脉搏|心跳)|没(了)?(鼻息|脉搏) && "
            r"倒|栽|躺|晕|按胸口|按压|心肺复苏|cpr|aed|除颤|人工呼吸 && "
            r"^(?!.*((的时候|时|如果|要是|万一)(该|应该)?(怎么|如何|咋)|培训|报名|课程|考证|学习|(能|可以)学)) && "
            + _NOT_REPORTED_NOW,
        ),
        (
            EVENT,
            "stroke",
            r"口齿不清|说话.{0,4}不清|(脸|嘴).{0,2}歪|(一边|半边|半个)身子.{0,4}(不能动|动不了|没力|麻)|(手|胳膊|腿).{0,4}(抬不起来|拿不住)",
        ),
        (
            EVENT,
            "breathing",
            r"喉咙肿|喘不上气|喘不过气|呼吸困难|噎住|卡住喉咙|卡在喉咙|呛住|窒息|脸色发紫|嘴唇发紫|(脸|嘴唇|嘴|小脸)(都|已经)?(憋)?(发紫|青紫|发青|紫了|憋紫)|呛奶",
        ),
        (
            # bleeding heavily (a pregnancy, a wound): no service word ("要不要去医院") silences it
            STRONG,
            "heavy_bleeding",
            r"(?<!月经)(?<!经期)(?<!例假)(?<!牙龈)(?<!痔疮)(出血|流血)(很多|好多|特别多|不止|止不住|不停)|(孕妇|怀孕|[二三]十.{0,2}周|[1-4][0-9]周).{0,10}(出血|流血|破水)",
        ),
        (
            EVENT,
            "acute",
            r"抽搐|抽风|口吐白沫|大出血|血流不止|流(了)?(好多|很多|一地)血|止不住血|吐血|中风|脑梗|心梗|心脏病(犯|发作)|胸口(剧痛|疼得厉害)|剧烈胸痛|快不行了|休克|过敏.{0,4}(肿|喘|休克)",
        ),
        (
            EVENT,
            "swallowed",
            r"(喝|吃|吞|咽)(了|下去|进去)?.{0,10}(洗衣液|洗洁精|消毒液|农药|老鼠药|杀虫剂|洁厕|漂白|干燥剂|电池|磁铁|磁珠|纽扣|硬币)|把.{0,10}(洗衣液|洗洁精|消毒液|农药|老鼠药|杀虫剂|洁厕|漂白|干燥剂|电池|磁铁|硬币|药).{0,2}(喝|吃|吞|咽)(了|下去|进去)",
        ),
        (
            EVENT,
            "poisoning",
            r"(?<!电脑)(?<!手机)(?<!病毒)中毒|误食|误服|吃错(了)?药|喝(了)?(消毒液|洗洁精|农药|84)",
        ),
        (
            EVENT,
            "injury",
            r"骨折|烧伤|烫伤|触电|被电(了|打|到)|血(止不住|一直在流|流不止|哗哗|哗啦|直流|一直流|往外冒)|(?<!牙龈出)(?<!痔疮出)(?<!月经)(?<!经期)(?<!例假)(?<!大便带)血(不停|流个不停)(?!.{0,3}(挂|看|吃))|(全|满)(是|身|脸|头)(是)?血|过敏.{0,8}(呼吸|喘|抖|肿)|呼吸急促|叫不(太)?醒|说胡话|被(狗|蛇|毒蛇)咬|被.{0,4}蛇.{0,2}(咬|叮)|(摔|跌)(倒|下).{0,8}(起不来|流血|不动|晕)|从.{0,6}(摔|掉|跌)下来|头破血流|受(了)?重伤",
        ),
        (
            # round 32: "叫他半天才反应", a diabetic sweating and confused
            EVENT,
            "slow_to_respond",
            r"叫.{0,4}半天(才|都|没|不|也)(没)?(有)?(点)?(反应|回应|醒)|(糖尿病|血糖|低血糖).{0,10}(冷汗|发抖|昏|迷糊|说胡话|叫不醒)",
        ),
        # (round 66: "媳妇34周破水了 郊区没车")
        (EVENT, "birth", r"要生了|羊水破|快生了|早产|(?<!没)(?<!没有)(?<!不是)破水了"),
        (
            EVENT,
            "ambulance",
            r"(叫|喊|派)(个|一辆|辆)?救护车|(快|赶紧|马上|帮我)(打|叫)120|来不及去医院",
        ),
        (TOPIC, "medical", r"急救车|救护车|心脏病|受伤|出血|流血|高烧|摔倒"),
    ),
    UNKNOWN: (
        (HELP, "help", r"救命(?!钱|药|稻草|恩人|之恩)|救救我|快来人|来人啊|快救人|紧急求救"),
    ),
}

# A signal is one pattern, or several joined by " && " that must all match (anywhere).
_COMPILED: dict[str, tuple[tuple[str, str, tuple[re.Pattern[str], ...]], ...]] = {
    category: tuple(
        (kind, name, tuple(re.compile(part.strip()) for part in pattern.split(" && ")))
        for kind, name, pattern in signals
    )
    for category, signals in _SIGNALS.items()
}

# Somebody is hurt: 120 is added to a traffic, fire, violence ... decision.
_INJURED = re.compile(
    # round 65: a driver pinned in a pile-up ("司机被卡住"); for a cry from inside a car
    # ("有人在变形的车里喊救命") see round 39 below
    r"(司机|乘客|师傅|驾驶员|开车的|车里的人|人)(被)?(卡住|困住|夹住)(了)?(?!.{0,4}(没事|没受伤|不疼))|"
    # round 62: an arm or leg cut open ("胳膊被划开了")
    r"(胳膊|手臂|手|腿|脸|头|脖子|额头|手腕)(被)?(划|割|豁|撕|砍)(开|破|伤)(了|一道|个口子|好大)|"
    # round 55: someone dragged under the wheels, a leg still pinned
    r"(卷|压|碾|轧|拖)(进|到|在)(了)?.{0,4}(轮子|车轮|车底|轮胎)|(腿|脚|胳膊|人|身子|半个身子|下半身)(还)?(被)?(压着|卡着|压住)(?!.{0,4}(没事|没受伤|不疼))|"
    # round 52: a driver pinned by the car body and groaning
    r"(被)?(车身|车|车门|方向盘|车厢)?(卡住|压住|夹住)(了)?.{0,3}(在)?(哼|呻吟|喊疼|叫疼)|"
    # round 46: someone stuck in a crushed cab, a rider gone down a slope
    r"(卡|困|夹)(在)?(变形的?)?(驾驶室|车里|车厢)(里)?.{0,4}(出不来|动不了)?|驾驶室(里)?(卡|困|夹)着人|(冲|翻|掉|滚|栽)(下|到|进)(了)?(坡|沟|山崖|悬崖|桥下|坡底|山下)|"
    # round 36: someone under the wheels
    r"(在|压在|卷在|卡在|卷到|压到)(了)?车(底|轮)|"
    # round 42: a forehead split open when a bus braked
    r"(头|额头|脸)(都)?(磕|摔|碰|划)开(了)?(个|道|一道)?(口子)?|头破(了)?|磕开(了)?(个|道)?口子|"
    r"受伤|伤者|伤员|流血|(甩|撞|弹|抛)(飞|出去)|(头|额头|脸)(都)?(磕|摔|碰)破|磕破(了)?(头|额头)|出血|骨折|昏迷|晕(倒|过去|了)|不省人事|没(有)?意识|没(有)?呼吸|撞伤|"
    r"被车撞|被.{0,4}车.{0,2}撞(?!.{0,2}(车|坏|了车))|烧伤|烫伤|被砍|砍伤|捅伤|刀伤|被撞|撞了人|撞倒了|撞到人|撞人|压在|卡在车里|动不了|起不来|快不行|"
    # round 39 (a coach in a ditch): people calling for help are hurt; round 40: a passenger silent
    # after a crash, someone calling from below a slope, chest pain; round 65: a cry from inside a
    # crushed car ("有人在变形的车里喊救命")
    r"(有人|好多人|很多人|人)(在)?(喊|呼)(救命|救)|有人在.{0,10}(喊|呼)(救命|救)|(人|他|她)在(下面|底下|沟里|坡下)(喊|叫|呻吟)|"
    r"(副驾|乘客|后座|我妈|我爸|老人|孩子|他|她)(一直)?不(说话|吭声|出声|动)(了)?|胸口(好|很|特别)?(疼|痛)|"
    r"头破血流|满(脸|头)(是|都是)?血|(头|脸|身)上(有|全是|都是)血|一脸(的)?血|中毒|溺水|呛水"
)
# "没人受伤" is the opposite: removed before looking for injuries.
_NOT_INJURED = re.compile(r"(没|没有|无)(人)?(受伤|伤亡|流血)|(人|司机|大家)?(都)?没(什么)?事")

# Service questions, complaints and requests for information: silence topics.
_SERVICE = re.compile(
    # round 66: a protection order applied for, a teacher's mandatory report of a pupil's injuries
    r"(申请|下|办|要|开|发|签发|核发)(个|一个|一份|张)?(人身安全)?(保护令|禁止令)|强制报告|"
    # round 57: a collapsed road to be filled
    r"(找人|派人|安排人)(来)?(填|修|补|铺|平)(一下|上|平)?|"
    # round 48: an officer's manner complained of ("指着我鼻子说话"); pointing that goes on to
    # blows ("指着我鼻子骂 还推了我一把") is no complaint of manner
    r"指着(我的?|我)?鼻子(说话|讲话)|"
    # round 43: picking up a benefit for someone, a traffic light's timing, what to claim after a crash
    r"(能|可以)(不能)?(替|帮|给)(他|她|老人|我爸|我妈|家里人|老人家)?(领|代领|办|代办|申请)(吗|么|不|$)|"
    r"配时|绿灯(的)?(时间|亮得?)(太|有点|特别)?(短|长)|红绿灯.{0,6}(时间|太短|太长)|索要|贬值费|贬值损失|误工费|精神损失费|"
    # round 34: a disability assessment after an injury; round 35: works and when they end;
    # round 37: an alarm system installed; round 38: who pays a rescue, the name of an offence
    # round 39: how a fare is charged
    r"按(公里|次|里程|天|小时)(算|收|计)|收了(我)?.{0,4}([0-9]+|[一二三四五六七八九十两几百千]+)(块|元|百)|"
    r"评伤残|评残|伤残(等级|鉴定|评定|评级)|完工|竣工|工期|联网报警|报警系统|搜救费|救援费|罪名|"
    # round 32: a scam text handed on
    r"交给谁|报给谁|截图(了)?.{0,6}(交|给|报)|"
    # round 31: who pays after a minor crash, whether a closed road is open again (round 69: "电话通了
    # 没人接" is a call unanswered, no road reopened)
    r"(对方|司机|车主|教练)(让|要|叫)(我)?赔(?!命)|该谁赔|谁(来)?赔|(那段|这段|高速|路)?.{0,4}(通了|通车了|恢复通行|放行|解封|解除管制)(了)?(吗|没(?!人)|没有(?!人)|了吗)|"
    r"办理|申请|手续|流程|材料|证明|证书|许可|合格证|执照|资质|年检|年审|备案|审批|补办|挂失|开具|收费(?!站|口|员)|费用|"
    # services for victims ("妇联能帮家暴受害者找地方住吗"), a lost social security card
    r"受害者|受害人|庇护所|庇护场所|社会保障|"
    r"多少钱|价格|标准|缴费|缴纳|交费|(燃气|煤气|电|水|话)费|账单|充值|报销|理赔|保险(?!柜|箱)|赔偿|赔付|补贴|"
    r"补助|津贴|救助金|政策|规定|条例|法律|法规|起诉|诉讼|律师|仲裁|(能|可以)(不能)?(按.{0,4})?告(吗|么|他|她)|咨询|预约|挂号|培训(?!机构|班|学校|中心|基地)|考试|讲座|宣传|"
    r"知识|常识|科普|课程|招聘|上班时间|工作时间|(电话|号码|热线)(是)?多少|(电话|号码|热线)是什么|"
    r"打什么电话|投诉|拦截|屏蔽|态度|表扬|感谢|锦旗|建议|意见|评价|满意度|安装|改造|检查|检测|隐患|整改|维修(?!店|点|铺|部)|"
    r"认定|责任划分|鉴定|定损|处理结果|立案|进展|进度|回执|统计|数据|多少起|案例|怎么求助|如何求助|"
    r"求助(渠道|方式|途径|电话)|哪里可以|在哪(里|儿)?办|能不能办|可以办|怎么领|办事|工单|反映|"
    r"举报(?!.{0,2}(有人|他|她))|污染|排放|环保|能不能|(?<!没)(?<!不)搬走|疫苗|打针|第二针|程序|过户|(?<!窗)户口|学籍|强制执行|判决|"
    r"恢复|医保|社保|公积金|低保|房产|继承|是哪里的电话|什么电话|电话是|号码是|热线是|庭审|案件|判决|"
    r"旁听|私了|反悔|调解|纠纷|(该|能|可以|应该)?找谁|算(不算)?(是)?(诈骗|抢劫|家暴|跟踪|骚扰)|(不|没|能不能|怎么(让.{0,3})?|要他)赔|病毒|杀毒|被限制|封号|解封|负责|要不要|谁管|赔偿|怎么赔|能报(?!警|案)|慢性病|"
    r"前科|案底|(家暴|犯罪|违法|不良)记录|捐(?!躯)|上课|讲课|反诈|听说(?!是(有人|因为|由于))|违章|车管所|套牌|罚单|扣分|"
    r"严打|严查|彻查|慢特病|门诊|医药费|医疗费|药费|住院费|出院|转院|救助站|在哪(里|儿)?$|宣告|来修|修一下|修理(?!店|铺|厂|部)|"
    # procedures around a report: how to report, what evidence, waiting periods, penalties
    r"什么证据|报案后|多久(能|才能|会)?(有|出)结果|(?<!特)教学|学(会|习)(一下)?(急救|心肺复苏|胸外按压|海姆立克)|"
    # asking what something is, where a service is, or for something to be fixed or replaced
    r"想了解|了解一下|想问(一下|问|个)|问个清楚|(什么|啥子?)(叫|是)|(号码|电话)(到底)?是哪(个|一个)|"
    r"(哪些|什么)机构|怎么补|希望(加|装|增加|安装|多)|处理一下|派人(来)?处理|解冻|"
    # asking whether an offer is a scam ("交钱就能消除逾期 这种是不是骗子")
    r"是不是(骗子|诈骗|骗局|真的)|靠不靠谱|可信吗|"
    r"拘留|判(几|多少)年|怎么(处罚|判|处理的)|离婚|财产|抚养权|(哪些|哪个|什么)(部门|机构|单位)|启事|"
    r"这种(情况|行为|事)?(能不能|能|可以|该不该|算不算)(报案|报警|立案|起诉)|保不保|赔不赔|投保|参保|"
    r"(能|可以)(找.{0,4})?赔(吗|么|不)|自首|合规|合不合规|合理吗|合不合理|合理不|报废|指标|(要|讨)个说法|"
    r"(去|在|到)哪(里|儿)?(充|换|买|办|修|领|交|加|灌)|谁(来)?赔|谁承担|管不管|买(一|个|份)?.{0,10}险|模板|记录表|告诫书|隐私|"
    # after round 19: who is liable, is it lawful, a work injury, signing up to help, visit lists,
    # whether a call was official
    r"责任(算|归|在)谁|谁的(责任|全责)|全责|主责|次责|定责|工伤|合法(吗|么|不)|违法(吗|么)|(有|负|担|承担)(什么)?责任|担责|(部门|街道|社区|物业|单位|局)还是|赔多少|(要|该)赔(多少|吗|么|不)|索赔|谁(来)?(出钱|管)|(挂|看)(哪个|什么)科|算(不算)?(是)?(职场)?(霸凌|威胁|恐吓|pua)|(怎么|如何|在哪|哪里)报名|(做|当)(志愿者|义工)|志愿者(招募|报名)|名单|台账|走访|入户|是(不是)?官方"
)

# A letter to officials (bot.safety.letters) gets a service frame (topics and events without a
# mark of "now" do not count), and the classifier, trained on short messages, is not used on a
# message longer than LETTER_MIN_CHARS (on real 12345 letters it fired on ~1%).
_LETTER = re.compile(LETTER_MARKS)

# A subject the writer sets aside ("先不说投诉的事了 隔壁着火了") does not frame the message.
_DISMISSED = re.compile(
    r"(先)?(不说|别说|不管|别管|不提|顾不上)(了)?.{0,8}的事(情|儿)?(了)?|"
    r".{0,12}(的事|的事情|这事)(先)?(等会|等一会|待会|一会|回头|晚点|以后)(儿)?再(说|讲|问|办)"
)
# A change of subject in one message ("我想交个燃气费 对了 …", "另外 …"): the service frame is read
# after the last one, so a service question before it does not silence a report after it.
_TOPIC_SWITCH = re.compile(
    r"对了|另外(?!.{0,2}(一|的|还))|还有个?事|顺便(说|问)?一?(下|句)|话说回来|不过(现在|刚才|刚刚)|"
    # an interjection that breaks off the question for something happening ("等一下 对面楼起火了")
    r"等一下|等下|等等|哎哎哎?|诶|(先)?不说了|天哪|我的天|糟了|坏了|完了完了|咦|哎呀|哎哟|"
    # round 25: the question the writer meant to ask, set aside ("原本想问补贴的事情，但是…")
    r"(本来|原本|原来)(是)?想(问|咨询|办).{0,16}(但是|可是|不过)"
)

# How to report ("被跟踪应该怎么报警", "走失要等24小时吗"): a service frame only when nothing says it is
# happening to the writer now ("有人跟踪我，怎么报警" and "孩子走丢了，要等24小时吗" still alarm).
_PROCEDURE = re.compile(r"(怎么|如何|应该怎么|怎样)报(警|案)|要等.{0,4}(小时|天)")
_FIRST_PERSON_NOW = re.compile(r"我|了|正在|还在|一直")

# Someone's past words ("我奶奶以前说过想死的话"): not the writer's crisis now, unless that
# person is somewhere dangerous or out of reach now (_DANGER_NOW)
_PAST_WORDS = (
    r"(以前|之前|曾经|那时|那时候|当时|早年|年轻时|小时候|前几年|去年).{0,6}(说|提|讲|有|想)过.{0,4}"
    r"(想死|不想活|轻生|自杀|寻死|要死在|死在|不活了|活够了)(的)?(话|念头|想法)?"
)
# round 43: "说过要死在老房子里" (said, with no time named) next to someone out of reach now
_WARNED = re.compile(
    _PAST_WORDS + r"|(说|提|讲)过(好几次|几次|很多次|好多次)?(要|想)(死|寻死|自杀|轻生|不活)"
)
_DANGER_NOW = re.compile(
    # round 33: locked in the toilet for an hour
    r"(锁|反锁|关)(在)?(厕所|卫生间|浴室|房间|屋里).{0,6}(一个多|两个|几个|半个)?(钟|小时)|"
    r"(上了|上到|在|到了|爬上|站在|坐在|去了)(天台|楼顶|屋顶|桥上|大桥|河边|江边|湖边|海边|铁轨|高架|水库)|"
    r"(还没|没有|一直没|到现在没)(下来|回来|回家|出来|开门)|关机|(手机|电话)(也|都|就)?关(了|掉了)|联系不上|打不通|不接电话|不见了|找不到(人|他|她)"
)
# A wish to die or jump said as hyperbole ("难得我想上吊", "真想从公司跳下去")
_WISH = r"想(从.{0,8})?(去)?(死|跳(下去|楼|江|河|海|崖|桥)|撞墙|自杀|上吊|撞豆腐)"
_PETS = (
    "猫|狗|小狗|小猫|猫咪|狗狗|宠物|柯基|泰迪|金毛|哈士奇|柴犬|比熊|博美|边牧|拉布拉多|鹦鹉|兔子|"
    # livestock ("走失的牦牛"); whole words only (牛肉, 马上 are no animals)
    "牦牛|黄牛|水牛|奶牛|耕牛|小牛|牛犊|羊羔|绵羊|山羊|小羊|骡子|毛驴|驴子|小猪|母猪|公鸡|母鸡|鸭子|大鹅"
)
# Spans that only look like a report and are removed before the lexicon is searched: appliances
# that do not ignite ("煤气灶打不着火"), pets that ran away, idioms of annoyance ("堵得我想死").
_LOOKALIKE = re.compile(
    # round 67: a parcel that has lain unmoved for a week; tickets snatched "like a robbery"
    r"(快递|包裹|快件|货物|物流|邮件|单号)(在|到)?.{0,8}(躺|停|趴|卡|搁)(了|着)?.{0,6}(一动不动|不动|没动静)|"
    r"(像|好像|跟|和|同|简直|就是)(是|在)?(打劫|抢劫|抢钱|明抢)(一样|似的|一般|差不多)?|(打劫|抢劫|抢钱)(一样|似的|一般)|"
    # round 66 (answers): a trademark "被抢注", shooting practice at military training ("怕枪声不敢开
    # 枪"), self-harm in one's teens, healed, asked about at a medical for a police college
    r"(被|让人|让别人)?抢注|"
    r"(军训|打靶|靶场|射击课|射击训练|实弹射击)[^。！？]{0,30}(开枪|枪声|(什么|啥)枪)|"
    r"(十几岁|小时候|以前|之前|早年|年轻时|读书时|上学时|初中|高中|大学)(的时候)?(曾经)?(自残|自伤|割腕|割过腕|划过手)(过)?(?=[^。！？]{0,40}(早就好了|已经好了|好多年了|疤|体检|政审|报考|当兵|征兵|入职))|"
    # round 66: a parent the teacher suspects of abuse ("老师是不是怀疑我们家暴"), the stranger who once
    # called 120 for the writer, "开个玩笑打劫一下", a mother's ten-year-old threat to jump in the river
    # to press for a marriage
    r"(老师|别人|邻居|人家|他们|学校|医生|社区|班主任|幼儿园)(是不是|好像|可能|会不会)?(在)?(怀疑|以为|误会|误以为|当成|说)(是)?(我们|我)(家)?(在)?(家暴|打孩子|虐待)|"
    r"(当时|那天|那次|上次|之前|当初|那会儿)(帮|给|替)(我|我们|我家|我爸|我妈|老人|孩子)?(打|叫)(了)?(120|救护车)(的)?|"
    r"(开个|开)玩笑[^。！？]{0,4}(打劫|抢劫)(一下)?|"
    r"(拿|用|以)(跳河|跳楼|跳江|上吊|喝药|寻死|死)(来)?(催婚|逼婚|催生|吓唬|威胁|要挟)|"
    r"(再不|还不|不)(结婚|找对象|嫁人|相亲|生孩子|生二胎)[^。！？]{0,8}(就)?(去)?(跳河|跳楼|跳江|上吊|喝药)(?=.{0,30}(说了|天天|老是|每次|催|婚介|相亲|介绍|十年|好几年|多少年))|"
    # round 65 ("想死的心都有…管不管" is in the round-26 line below): prevention classes on
    # suicide signs, a friend's joke "亏钱要跳楼 其实就两百", a file (档案) lost, "加班加到求救命", places
    # on a course "被抢光", "堵得我脑门都想往方向盘上磕", a pig slaughtered for new year, a wish to
    # hurt oneself denied ("没有伤害自己的念头")
    r"(识别|预防|防范|干预|应对|发现)[^。！？]{0,10}(轻生|自杀|自残|自伤)[^。！？]{0,6}(的)?(课|讲座|培训|活动|宣传|知识|课程|信号|迹象)(?=[^。！？]{0,20}(课|讲座|培训|老师|专家|活动|请|上哪|哪里|怎么办))|"
    r"被[^。！？]{0,6}(笑|调侃|取笑|损|笑话)[^。！？]{0,8}(要|得|该|去|想)(跳楼|跳河|跳江|上吊)(?=[^。！？]{0,8}(其实(就|只|才)|哈哈|开玩笑|玩笑话))|"
    r"(档案|学籍|人事档案|户口本|证件|材料|证书|毕业证|学位证|成绩单)(也)?(丢了|丢失|弄丢|找不到了)|"
    r"(加班|干活|上班|工作|学习|作业|考试|排队|堵车|带娃)[^。！？]{0,6}(求)?救命(?=[^。！？]{0,16}(咋办|怎么办|怎么(投诉|申请|处理)|批|投诉|规定|管不管|合法|违法|(能|可以)(?!.{0,3}(帮|救|陪))[^。！？]{0,6}吗))|"
    r"(名额|号|票|车票|门票|座位|课|券|优惠券|红包|车位|学位|位子|号源|库存)[^。！？，,]{0,4}(被)?(抢光|抢完|抢没|抢空)(了)?|"
    r"(堵|气|急|烦|愁|累)得(我)?(脑门|脑袋|头)(都)?(想|要|快)?(往|朝)[^。！？]{0,6}(上)?(磕|撞)|"
    r"(要|想|准备|打算)?(杀|宰)(一)?(头|只|条)?(年猪|过年猪)|"
    r"(防|预防|防范|防止|避免)(煤气|一氧化碳|燃气|co)中毒|"
    r"(没有|没|并没有|从没|不曾|从来没有|也没有)(过)?(想)?(伤害自己|自伤|自残|轻生|自杀)(的)?(念头|想法|打算|行为|冲动)|"
    # round 64: "真想拿头撞墙" over a slow phone; a screening questionnaire's item asking whether
    # one has thought of ending one's life
    r"(真想|好想|恨不得|气得|急得|愁得|烦得|简直想)(想)?(拿|用)?(头|脑袋)(去)?撞墙|"
    r"(问卷|普查|量表|筛查|测评|调查|测试|试卷|作业)[^。！？]{0,24}题(目)?(问|里|是|写)[^。！？，,]{0,14}(结束生命|自杀|轻生|伤害自己|自伤|自残|不想活)|"
    r"(镜头|摄像头|监控|摄像机)(正|正好|整天|一直|天天|老是|24小时)?(对着|盯着|照着|拍着)(我家|我们家|我)(?=.{0,30}(侵权|隐私|挪|拆|物业|投诉|合法|违法|算不算|能不能|可不可以|管不管|法院|起诉|管这|讲不通))|"
    # round 68: a pet beaten, asked about as animal cruelty ("他家狗被他老公打了 … 人倒是没事");
    # whether a "safe account" exists at all; hyperbole at a report card ("看成绩单差点心梗");
    # a parking space held with a chair; GPS on company trucks and the staff's consent
    rf"({_PETS})(被|让|给)(他|她|人|主人|邻居|保安|他老公|她老公|他老婆|她老婆|男主人|女主人)?.{{0,4}}(打|踢|虐|摔|砍|揍)(了|死|伤|得|残)?|"
    r"(到底|真的|究竟|是不是)?有没有.{0,8}这(种|个|样的?)(东西|说法|事|规定|业务|账户)|"
    r"(看|瞅|瞧|听|一看|看到|看了|看完)(到|了|完|见)?[^,。!?]{0,8}(差点|差一点|险些)(没)?(心梗|心肌梗塞|心脏病(发作|发)?|脑溢血|脑梗|中风|晕(过去|倒|了)|背过气|气死|吐血)|"
    r"(拿|用)(椅子|凳子|桶|水桶|锥桶|雪糕筒|石头|砖头|轮胎|地锁|杂物|东西|纸箱|箱子|三角架|柱子|花盆|自行车|电动车)(给)?(占着|占了|占位|占车位|霸占|圈着|圈占|挡着车位)|"
    r"(货车|公车|车队|公司车|单位车|营运车|车辆|运输车|物流车|出租车|网约车|工程车|校车|班车)(上)?(统一|都|全部)?(装|安装|加装)(了)?(gps|北斗|定位器?|卫星定位)(跟踪|定位|监控)?|"
    # round 68 (answers): a bad review used as a threat ("顾客以差评威胁要免单 算敲诈吗")
    r"(以|拿|用)(给)?(差评|投诉|曝光|举报|上网曝光|发网上|发抖音)(来)?(威胁|要挟|相逼|逼)|"
    # round 63: "万一哪个人一时想不开" (a hazard reported), expired sleeping pills to be handed in,
    # "笑到差点心脏骤停", an approval "stuck for three months, 救命"
    r"万一(有人|有谁|哪个人|哪个|谁|别人|哪位|人家)(一时)?想不开|"
    r"(没吃完|吃剩|剩下|用剩|过期)(的)?(一大堆|一堆|好多|很多|一些|一大袋|一箱|几瓶|一瓶)?(的)?(安眠药|药片|药)(都|也)?(过期了?)?[^吃吞喝]{0,20}(回收|销毁|怎么处理|哪里扔|怎么扔|哪儿扔|交到哪|送到哪)|"
    r"笑(到|得|死|疯)(我)?(差点|快要?|都要?|要)?(心脏骤停|断气|背过气|晕过去|岔气|窒息|猝死)|"
    r"(困|卡|拖|耗|折腾)(了|在)[^，。！？,.!?]{0,10}(月|年|星期|礼拜).{0,8}(救救我|救命)|(救救我|救命).{0,4}(到底|究竟)?(要)?(盖|跑|交|填)几(个|次|份|趟)|"
    # round 62: "救命哈哈" (a joke), a debt collector ringing the contacts ("打我通讯录"), a phone
    # "poisoned" by a link ("点开了会中毒吗")
    r"救命(啊|呀)?(哈哈|hh|233|笑死|嘻嘻|lol)|(打|爆|轰炸|骚扰)(我|遍)?(的)?(通讯录|联系人|紧急联系人)|"
    r"(点开|点了|打开|点进|点进去)(了)?(链接|网址|网页|短信)?.{0,4}(会|就)?(中毒|中病毒|中木马)|"
    # round 61: "不想活受气" (not putting up with it any more)
    r"不想(再)?(这么|这样)?活受气|"
    # round 61: hyperbole ("加班加到要吐血", "作业难得我喊救命"); a parcel's tracking page
    r"(累|加班|忙|气|熬|干活|卷|学|背书|写)(得|到|加到|干到)?(我)?(要|快|想|差点|都)?吐血|"
    r"(难|累|烦|多|贵|热|冷|卷|吵|挤|忙|饿)(得|到)(我|人)?(直|想|要|都)?(喊|叫)(救命|妈)|"
    r"(快递|物流|包裹|运单|单号|订单)[^。！？!?]{0,20}跟踪(查询|信息|记录|页面|单号)|跟踪(查询|单号)|物流跟踪|"
    # round 60: a chore-threat said in jest ("老婆说不洗碗就家暴我 哈哈")
    r"说(不|没)(洗碗|做饭|拖地|做家务|干家务|带娃|交工资|上交工资|早点回家|回家)(的话)?就(要)?(家暴|打|揍|收拾)(我|你).{0,6}(哈哈|嘿嘿|开玩笑|玩笑|hh|😂)|"
    # round 59: one's own account limited for suspected fraud, asking how to lift it (the bank's
    # explanation quoted); missing lifebuoys to be replaced; support for those bereaved by suicide
    r"(?!.{0,120}(安全账户|验资|资金(核查|清查)|冒充|自称))(银行|卡|账户|账号)[^。！？!?]{0,40}(涉嫌|涉诈|电诈|风控|冻结|不能转账|限制)"
    r"[^。！？!?]{0,60}((去|到)(公安|派出所|柜台|网点|银行)(那边|那里)?(解冻|申诉|核实|说明|解除)|"
    r"(怎么|如何|要怎么|该怎么)(证明(自己)?(的)?清白|解除限制|解冻|申诉|恢复))|"
    r"(救生圈|救生衣|救生杆|救生绳|救生梯|(红白)?圈圈|灭火器)(子)?(都|全)?(不见了|没了|丢了|被偷了|坏了|少了)(?!.{0,40}(掉|踩空|摔|跌|落|陷|卡)(下去|进去|进|了|在|住))|"
    r"自杀(者|的人)?(的)?(家属|遗属|亲属|家人)|"
    # round 58: prices "enough to make one jump", "气得直冒火", an account frozen for suspected fraud,
    # a locator bracelet "to keep old people from getting lost"
    r"(贵|高|难|累|气|烦|愁|堵|卷|差|低)(得|到)(让人|叫人|我|人)?(都)?想跳楼|气得.{0,3}(直)?冒火(?!花|星)|(心里|肚子里|心头)(直)?冒火(?!花|星)|"
    r"(卡|账户|账号|银行卡).{0,12}涉嫌(电信|网络)?诈骗.{0,6}(给|被)?(冻结|冻)(了)?|"
    r"防止(老人|孩子|他|她|老人家)?.{0,6}(走丢|走失|找不着家|找不到家|迷路)|"
    # round 57: a shop's sale cry "老板不想活了 全场甩卖"; homework that "traps" ("救命 被这道题困住了");
    r"(老板|老板娘|厂长|店主|掌柜)(都|说|喊|讲)?(不想活了|疯了|跑路了|哭了)(?=.{0,12}(甩卖|清仓|亏本|大促|跳楼价|全场|打折|血亏))|"
    # cream or oil put on oneself ("往自己脸上抹了点药膏", the self-harm model read 0.95)
    r"(往|在|给)自(己|个儿?)(的)?.{0,2}(脸|手|脖子|身|腿|胳膊|背|头|嘴唇|嘴|腰|肚子|脚)(上)?(抹|涂|擦|搽|敷|贴|喷)(了)?(点|些|一层|一点|一些|上)?.{0,4}(药膏|药|护手霜|面霜|乳液|防晒|风油精|清凉油|红花油|药酒|碘伏|精油|膏|霜|(?<![汽柴煤])油|粉|(?<!药)水)|"
    r"救命(啊|呀|吧)?.{0,4}被.{0,12}(题|作业|功课|论文|ppt|代码|bug|奥数|方程|鸡兔同笼)(给)?(困住|难住|卡住|折磨疯|搞疯|逼疯)(了)?|"
    # round 56: a course or survey on suicide prevention; someone made to feel they "cannot live"
    # without the writer (a request about control, not a crisis)
    r"(非自杀性自伤|自杀(危机)?干预|自杀预防|预防自杀|防自杀|心理危机干预)(的)?(问卷|调查|研究|培训|课程|讲座|项目|课题|量表)?|"
    r"(让|叫|使)(她|他|对方).{0,30}(离了我|离开我|没有我|没了我)(就)?活不下去|"
    # round 55: a roof door welded "to stop people jumping"; a food smell "like gas"; a missing
    # manhole cover; a meeting "to scream for help" at, or one "trapped in" as a joke; a fear of a
    # robbery "one day"
    r"(说是|说)?(为了)?(防止|防着|怕)(有人|人)?(上去|爬上去)?(跳楼|轻生|跳下去)(出事)?|"
    r"(臭豆腐|螺蛳粉|榴莲|烧烤|油烟|卤味|火锅|饭菜)(的)?(味|味道|气味|油烟)(儿)?(像|跟)(煤气|燃气|天然气)(漏了|泄漏|一样|似的)?|"
    r"(井盖|窨井盖|下水道盖|雨水篦子|盖板|护栏|路牌|路灯)(子)?(不见了|没了|丢了|被偷了)(?!.{0,40}(掉|踩空|摔|跌|落|陷|卡)(下去|进去|进|了|在|住))|"
    r"(开会|加班|上班|上课|作业|考试|会议|周会|例会|培训|工作)(开|做|上|写|加)?得(都)?(想|要)(喊|叫)救命|"
    r"(救命|救救我)(啊|呀)?.{0,30}(周会|例会|开会|会议|加班|培训)(?=.{0,40}(开玩笑|开个玩笑|说笑))|困在.{0,6}(周会|例会|会议|开会|培训|课堂)(里|中)?.{0,12}(开玩笑|开个玩笑|说笑)(的|呢|啦)?|"
    r"(怕|担心)(哪天|以后|万一)(会)?(出|发生|遇到|碰到)(个|点)?(抢劫|事|意外|火灾|车祸)(啥的|什么的)?|"
    # round 54: a child who tags along everywhere; a fever gone after a dose of medicine (round
    # 50's painkiller that helped, widened: no count word needed, "今天已经好了")
    r"(孩子|娃|小孩|宝宝|儿子|女儿|闺女)(天天|整天|一直|老是|总是|总)?跟着我(跑|转|走|屁股)|"
    r"(吃|喝)了(一)?(片|颗|粒|包|袋)?(止疼|止痛|布洛芬|退烧|感冒|头疼|消炎)(药)?.{0,4}(就|以后|之后|后)?(已经)?(好多了|好点了|好些了|没事了|缓过来了|好了|退了)|"
    # round 53: an ex named by what he was ("家暴前夫")
    r"家暴(的)?前(夫|妻|任|男友|女友)|"
    # round 52: "辅导作业辅导到想喊救命"; a wife's "domestic violence" that confiscates snacks, told
    # with a laugh
    r"(辅导|带娃|带孩子|上班|加班|排队|学|写|做|看|改|背)[^,。!?]{0,8}(到|得)(我)?(想|要|快要)?(喊|叫)救命|"
    r"(家暴|虐待)(我)?(了)?[^。!?]{0,30}(零食|游戏机|私房钱|钓鱼|遥控器|奶茶|没收)[^。!?]{0,30}(哈哈|hhh|笑死)|"
    # round 51: "go jump off a building" said as an insult someone wants to complain about; a
    # relative who calls a smack "domestic violence" and is asked whether it counts
    r"(骂|吼|说|叫|让|嚷)(我|人|我们|员工|下属)?.{0,12}(就)?(去)?(跳楼|去死|跳河|撞墙)(?=.{0,40}(投诉|侮辱|算不算|能不能告|举报|劳动|仲裁|维权|能告|起诉|违法))|"
    r"(说|认为|觉得|讲)(我|我们)?.{0,12}(打|揍|骂|管|吼)[^,。!?]{0,8}(是|算)(家暴|虐待|暴力)(?=.{0,10}(吗|么|算不算|是不是|真的算))|"
    # round 50: the anti-fraud app residents are asked to install, a parcel to be traced, a
    # small scrape, siblings squabbling (its painkiller that helped is round 54's, above)
    r"(国家)?反诈(中心)?(app|软件|小程序)|(快递|物流|包裹|订单|单号)[^,。!?]{0,16}(帮(我)?|给(我)?|麻烦|能|可以|请)跟踪(一下|下)?|跟踪(一下|下)?(快递|物流|包裹|订单|单号)|"
    r"(小|轻微|轻轻|一点)(的)?(剐|刮)蹭(了一下|一下)?|"
    r"(两个|俩|几个|兄弟|姐弟|兄妹|姐妹|双胞胎)(个)?(娃|孩子|小孩|崽|宝)?(们)?(天天|老是|总是|整天|经常|又)?(在家)?(里)?打(架|闹)|"
    # round 49: a vaccination booklet that cannot be found, "救命" over a web form, a threat said
    # as a joke over haggling
    r"(接种证|疫苗本|预防接种本|小本|本子|户口本|证件|证|卡)(子)?(找不着|找不到|丢了|不见了)|"
    r"(救命|救救我).{0,30}(页面|网页|系统|提交|交不上|填了|格式|上传|app|小程序|网上|模板|报表|表格|下载|作业|ppt|文档|excel|word|论文|年报)|(页面|网页|系统|提交|交不上|填了|格式|上传|小程序|网上).{0,30}(救命|救救我)|"
    r"(当然|肯定|明显)(是)?(在)?开玩笑|砍价.{0,20}(说要砍|要砍我)|"
    # round 48: a washing machine bouncing "like it wants to jump off a building", lifesaving
    # gear taken from its stand, being "trapped" in a job for years
    r"(洗衣机|机器|冰箱|空调|车|手机|股票|股价|房价|价格|菜价|猪价|成绩|分数|体重).{0,12}(像|跟|好像)(是)?(要)?跳楼(一样|似的)?|"
    r"(那么|这么)(惨|苦|难)(都|也)没(有)?(寻短见|自杀|轻生|寻死|想不开)|"
    r"(救生圈|救生杆|救生衣|救生绳|救生设备|救生器材|灭火器|消防栓|消火栓|aed|除颤仪|应急灯)(被)?(人)?(拿走|偷走|偷了|拆走|丢了|没了|不见了|坏了|过期)(了)?|"
    r"被困(在)?(这份|这个)?(工作|婚姻|生活|体制内|编制|工厂|流水线|格子间|内卷|圈子)(里)?([0-9一二三四五六七八九十两几]+年)?(了)?(救救我|救命)?|"
    # round 47: a slow website "卡得我都想跳楼", a suicide attempt years ago asked about for a
    # medical check, a lift or a hike one was rescued from days ago asked about for redress or
    # cost, a robbery case asked after, a stalker in a drama or already detained, a road "like
    # after a crash", a childhood of beatings, a card frozen on suspicion of fraud
    rf"(系统|页面|网站|网页|app|软件|程序|网速|网络|转圈圈|转圈).{{0,16}}(卡|慢|崩|转圈|打不开|登不上|烦|折腾)((得|的)(我|人)?(都|真|简直)?(快)?(要)?|[^，。,！!]{{0,6}}){_WISH}(了)?|"
    r"(几年前|以前|曾经|之前|早年|小时候|[0-9一二两三四五六七八九十几]+年前).{0,6}(自杀|轻生|割腕|跳楼)未遂(过)?(?=.{0,24}(体检|政审|影响|档案|考|入职|当兵|参军|招聘|记录|背调))|"
    r"(前几天|上周|上个?月|昨天|前天|之前|上次|那天|去年)(被)?困(在)?电梯(里)?.{0,8}(?=.{0,20}(说法|赔|投诉|物业|维保|责任|精神损失))|"
    r"迷路(了)?(被|让)?(人)?(救|搜救|找到)(出来|回来)?(?=.{0,8}(掏钱|付钱|出钱|花钱|收费|费用|买单|赔))|"
    r"那(起|个|宗|件)?[^，。,！!？?]{0,8}(抢包|抢劫|盗窃|诈骗|杀人|绑架|入室)案(?=.{0,16}(抓(着|到|住)?没|抓(着|到|住)了(吗|没)|破了(吗|没)|破没破|判了|进展))|"
    r"(追|看|刷)的[^，。,]{0,8}剧(里|中)[^，。,]{0,8}(跟踪狂|变态|杀人犯|绑匪|人贩子)|"
    r"(尾随|跟踪|骚扰)(过)?我的(人|那个人|男的|女的|那个男的).{0,4}(被)?(拘|关|判|抓)|"
    r"(跟|像|好像)(是)?(出|发生|遭)(过)?(车祸|火灾|爆炸|地震|战争)(一样|似的)|"
    r"从小(就)?(被|让)(我)?(爸|妈|父亲|母亲|后妈|继父|家里)(打|揍)(大|着长大)(的)?|"
    r"(涉嫌|涉|疑似)(电诈|诈骗|洗钱).{0,8}(冻结|冻了|被冻|封了|止付)|"
    # round 47: an official "taken away" by the discipline commission or the police (a rumour)
    r"被(纪委|监委|纪检|中纪委|省纪委|市纪委|警察|公安|派出所|民警|检察院|法院|城管|税务|有关部门|专案组)(的人)?(给)?带走|"
    # round 46: a card against children getting lost, "气得我真想揍他 哈哈 说正事", a robbery case
    # named as news, a delivery rider accused of following, a past partner's record of violence
    r"(防|防止|怕|担心|以防|避免)(孩子|他|她|娃|小孩|老人)?(走散|走丢|走失)|"
    r"(气|坑|累|烦|忙|逼|折腾|整)(得|的)(我)?(真|都|简直)?(想|要)(喊救命|揍他|打他|打人|揍人|杀人|砍人|掐死他)(一顿|一下)?(?=.{0,8}(哈|说正经|说正事|开玩笑|正事))|"
    r"(抢劫|盗窃|诈骗|凶杀|杀人|绑架)案(后|之后|以后|发生后|的嫌疑人|嫌疑人|告破|破了|宣判|开庭|审理)|"
    r"(说|怀疑|以为|投诉|举报|诬陷)我(在)?(跟踪|尾随|偷拍)(她|他|人|别人)?|"
    r"(有|有过)?家暴(史|前科|经历)|"
    # round 45: a husband who "goes missing" every weekend, a trip planned so nobody gets lost, the
    # crimes of robbery and snatching confused in a law exam, a parcel's tracking, a wife's joke
    r"玩(起)?失踪|(怎么|如何|怎样)(才能|样才能|做才能|能)?(不|别|防止?)(让)?(孩子|娃|小孩|学生|老人)?(走散|走丢|迷路)|"
    r"(抢劫|抢夺|盗窃)(罪)?(和|与|跟|、|还有)?(抢劫|抢夺|盗窃)(罪)?((和|与|跟|、|还有)?(抢劫|抢夺|盗窃)(罪)?)?|不知道会不会(起火|着火|失火|爆炸)|"
    r"(快递|物流|订单|包裹|单号|运单|工单|航班)(的)?(信息)?(跟踪|追踪)|"
    r"(说|放话|扬言)(说)?.{0,14}要家暴我(?=.{0,8}(哈|逗你|逗大家|开(个)?玩笑|玩笑|嘿嘿|hh))|"
    # round 44: worked or examined "to wanting to die / jump" with a laugh or a question after it,
    # "drowning in homework 救命" before a question, what a "safe account" is
    r"(加班|上班|干活|作业|考试|题|累|忙|烦|困|热|冷|饿|难|卷)(加)?(得|到|的)(我)?(真)?(是)?(快)?想(死|跳楼|上吊|从.{0,10}跳下去)(了)?(?=.{0,12}(哈|笑死|开玩笑|说正经|问|怎么|多少|啥时候|是不是|什么时候|吗|该))|"
    r"想死(了)?[，,。!！]?(哈哈|开玩笑的?)|(作业|工作|活|事|文件|消息|试卷|题)(多|忙)(得|到)(我)?(快)?(被)?淹死(了)?([，,。!！]?救命)?|"
    r"什么(叫|是)安全账户|安全账户(到底)?(是|指)(个)?(啥|什么)(意思|东西)?|"
    # round 43: red envelopes grabbed in a family group, "noisy enough to make me want to hit someone"
    r"抢(了|到|过)?([0-9一二三四五六七八九十两百千几]+(块|元|个|毛|千块|百块))?(钱)?(的)?红包|(群|群里|微信|拼手气).{0,8}抢(了|到|过)?.{0,8}红包|(吵|烦|气|累|急|热)(死|得)(了|我|人)?.{0,8}想(打人|揍人|砸东西)(了)?|"
    # round 42: "救命" over a late parcel, a wall knocked down in a renovation, media posting a jump
    # scene, a mother watching the writer's posts
    r"(救救我|救命)(吧|啊|呀)?[，,]?(?=.{0,16}(快递|包裹|外卖|网购|物流|订单|退款|工单|没到|没动|还没来|催))|"
    r"(装修|施工|拆墙|敲墙).{0,10}(拿|用)?(大锤|锤子|电锤)?.{0,4}砸(墙|地|地砖|瓷砖)|(拿|用)(大锤|锤子|电锤)砸(墙|地|地砖|瓷砖)|跟打仗(似的|一样)|"
    r"(媒体|网站|公众号|自媒体|群里|网上|新闻)(乱|随便)?(发|传|转|播|登)(了)?.{0,4}(跳楼|自杀|坠楼)(的)?(现场)?(图|照片|视频|画面)|"
    r"(我妈|我爸|家长|爸妈|老妈|老爸|婆婆)(天天|总是|老是)?(盯着|看|翻)(我)?(的)?(朋友圈|手机|聊天记录)|"
    # round 41: a boss's joke about jumping asked about as bullying, a rooftop door to be locked, a
    # news item about a missing girl, traffic "enough to bang my head"
    r"(老板|领导|经理|主管|老师|班主任|组长|上司)[^，。！？,!?]{0,12}(让|叫|逼)?(我们|你们|大家|员工)?(去)?跳楼[^，。！？,!?]{0,16}(算不算|能算|是不是|属于|算是)(职场)?(霸凌|pua|侮辱|违法|精神暴力)|"
    r"拿跳楼(开玩笑|开涮|吓唬(我们|员工|大家|人))|"
    r"(天台|楼顶|顶楼)(的)?(门|铁门|通道)?[^，。！？,!?]{0,8}(想|要|请|让|希望|能不能|可不可以)(让)?(物业|社区|居委会|房东|管理处)?.{0,4}(加锁|上锁|装锁|装个锁|加把锁|封闭|封上)|"
    r"(朋友圈|新闻|网上|群里|抖音|微博|快手|公众号)(里|上)?(那个|的|说的|转的)?[^，。！？,!?]{0,10}(找到没|找到了吗|找着了吗|找到了没|有消息了吗|后来怎么样)(?!.{0,8}(我爸|我妈|我家|我的|我儿|我女))|"
    r"(堵|烦|急|气|累|愁|闷)(车)?(堵)?(得|到)(我)?(都)?(快|想|要)(去)?(拿头)?撞墙(了)?|"
    # round 40: a wish "to jump" and then "back to business", low pay "enough not to want to live"
    # next to a question, "hot enough to smoke", "救命" over paperwork, square dancing "enough to hit
    # someone"
    r"(想|要)[^，。！？,!?]{0,12}(跳下去|跳楼|撞墙|去死|死)(的)?(冲动|心)?(都有)?[，,]?(哈哈|哈)?[，,]?(说正事|言归正传|跑题了|扯远了|不开玩笑了|说回正题|回到正题)|"
    r"(工资|钱|收入|房价|物价|房租)(太)?(低|少|高|贵)(到|得)(我)?(都)?(不想活|想死)(了)?(?=.{0,16}(吗|么|多少|怎么|哪|能不能))|"
    r"(救救我|救命)(吧|啊|呀)?(?=.{0,16}(社保|医保|公积金|手续|证件|审批|流程|没弄好|没办好|搞了))(这个|的)?(手续|事|问题|材料|申请|社保|档案)?|(没弄好|没办好|没搞好|没批下来).{0,3}(救命|救救我)|"
    r"(吵|烦|气)(到|得)(我)?(都)?想打人|"
    # round 69: a leg workout "enough to want to hit someone"; a lottery winner teased as a robber;
    # public equipment stolen; a theft feared; following suffered in the past
    r"(练|累|忙|饿|热|困|学|写|做|跑|晒|熬)[^,。!?]{0,6}(到|得)(我)?(都)?(快|要)?想打人|"
    r"(都|大家|同事|他们|别人|被)(都)?(说|笑|叫|喊)(我)?(在|是)?打劫|打劫(啦|了|呀)?(打劫(啦|了|呀)?)?(?=[^。]{0,40}(抽奖|中奖|中了|奖金|红包|年会))|"
    r"(救生圈|救生衣|灭火器|路灯|单车|共享单车|垃圾桶|花草|绿植|消防栓|指示牌|健身器材|座椅)(都|全|又|全都)?(被|让)(人)?(偷|拿|拆|顺)(了|走|光)+|"
    r"(怕|担心|防止|防|以防)(车|电动车|自行车|东西|家里|店里|货|电瓶)?(被|让人)?偷|"
    r"(被|让)(人)?(跟踪|尾随|盯梢)过(一段时间|一阵子?|几次|好几次)?|"
    # round 69: a partner to be made to feel she "cannot live without" the writer (coercive
    # control asked for, no despair)
    r"(让|叫|使|要让|好让)(她|他|对方|女朋友|男朋友|女友|男友|老婆|老公|媳妇|人家)?[^,。!?]{0,6}(觉得|感觉|以为|认为|相信)?离(开)?了我(就)?(会)?活不(下去|了)|"
    # round 39: "想死" taken back as venting, homework "driving me to jump", a combat-sports class
    r"想死(了)?(不过|但是?|当然)?.{0,3}(吐槽|发泄|牢骚|说说|气话|开玩笑)(完了|而已|一下|的|罢了)|"
    r"(题|作业|论文|代码|报表|网速|网卡|需求)[^，。！？,!?爸妈父母老师家]{0,6}(逼|难|烦|折磨|卡|气)(得|到)(我)?(都)?(快|要|想)?(要)?(拿头撞墙|撞墙|死|跳楼)(了)?(?=.{0,3}(哈|笑死|[，,])|.{0,16}(请问|哪|怎么|吗|几点|多少|什么时候|能不能))|"
    r"(体育课|散打|拳击|跆拳道|柔道|摔跤|武术|泰拳|搏击)(课|训练|比赛|对练|练习)?.{0,10}被(打|踢|摔)(疼|伤|哭|了)|"
    # round 33: tired, hot or busy "to death", a divorce because of beatings long ago, "活够了" said
    # by someone in fine health, an attempt years ago now treated, a lost mother back home, a
    # husband's "弄死我" over washed trainers, a wedding's fireworks, "困死在工作里", a burglary
    # rumoured next door, turning a corner (拐弯 is no abduction)
    r"(累|热|冷|困|饿|忙|烦)(得|到)(我)?(都)?(快)?想死(了)?|"
    # round 70: "排班排得人想死 … 咋维权", "累到快休克了 … 能不能搞个一窗通办", a bus-stop sign hit
    # by a car weeks ago
    r"(排|干|做|搞|折腾|卷|熬|挤|堵|吵|憋|催)(班)?(得|到)(人|我)(都)?(快)?想死(了)?(?=.{0,30}(工资|加班|维权|投诉|举报|立案|劳动|监察|仲裁|怎么|咋|归谁))|"
    r"(累|忙|跑|困|烦)(到|得)(我|人)?(都)?(快|要)?(要)?休克(了)?|"
    r"(站牌|路灯|护栏|栏杆|电线杆|路牌|红绿灯|信号灯|隔离墩|石墩|围墙|垃圾桶|消防栓)(被|让)(车|货车|汽车|大车|小车)?(给)?撞(歪|倒|坏|断|弯|塌)(了)?"
    r"(?=.{0,16}(好几|几(个)?(天|礼拜|星期|周|月)|一直|还没|没人|归谁|谁管|修))(?!.{0,10}(砸|压|伤|流血))|(是)?因为挨(打|揍)|嘴上(老|总|天天)?说.{0,4}(活够了|不想活(了)?|想死)|"
    r"有过(想)?(轻生|自杀|想死|不想活|寻短见)的(时候|念头|想法|经历).{0,16}(治好|好了|康复|出院)|"
    r"(走失|走丢|失踪|不见)(了)?.{0,4}(自己)?(回来了|找到了|找回来了)|"
    r"(说|扬言)要(弄死|打死|杀了)我.{0,4}(因为|就因为).{0,16}(坏|丢|吃|错)|火光(是|原来是).{0,6}(烟花|篝火|灯光|烧烤|晚会)|"
    r"(被)?(工作|生活|婚姻|房贷|债务?|琐事|家务|考试|作业|论文|加班)困死(了)?(救命|救救我)?(啊|呀)?|(救救我|救命)(啊|呀)(?=.{0,12}(哪里|哪有|咨询|怎么))|"
    r"热(得|到).{0,6}(要|快)?(着火|冒烟)(了)?|(隔壁|别的|其他|对面)(楼|小区|单元).{0,4}(传|听说|据说)?.{0,2}(被)?(入室|偷|盗)|"
    r"拐弯|拐角|拐过|拐进|拐到|拐个弯|"
    # round 32: no leak, homework "hard enough to die", a fault light, laughing "to a heart
    # attack", a boss's cliché, things stolen or cheated away and now being returned, a scrape
    # left to the insurers, the names of crimes for a law exam, repair crews and panic buying, a
    # parent's "死给你看" in a quarrel, an elder lost years ago
    r"(没|没有|不)(漏气|泄漏)|(作业|题|考试|论文|报表|工作|加班|数学|英语)(太)?(难|多|烦)(到|得)(我)?(都)?想死|"
    r"故障灯|不响(也)?(没|没有)(味|味道|气味)|笑(到|得)(我)?.{0,2}(心梗|脑梗|断气|岔气|抽筋|缺氧|背过气)(都)?(快)?(犯了|了)?|"
    r"(老板|领导|经理|主管|老师)(说|讲|扬言|放话).{0,8}(完不成|做不完|不达标|考不好|没完成).{0,4}(就)?跳楼|"
    r"被(抢|偷|盗|骗|诈骗)(走)?的(手机|钱|钱款|东西|车|包|财物|赃款|款|电动车|首饰)|"
    r"被(抢|偷|盗)(了)?(以后|之后|后).{0,6}(挂失|补办|报案|报了警)|(剐蹭|刮蹭)(了)?.{0,16}(报了保险|定损|修车厂|理赔)|"
    r"(抢劫|抢夺|盗窃|诈骗|敲诈|绑架|故意伤害)罪|法考|司法考试|抢修|抢险|抢购|抢票|抢红包|抢答|抢单|"
    r"(吵架|气头上|生气)(就|老|总|时|的时候)?(说|讲)?.{0,12}死给你看|死给你看.{0,6}气话|"
    r"(19|20)[0-9]{2}年(就)?(走失|失踪|走丢|不见)|宣告失踪|宣告死亡|"
    r"(抢劫|抢夺|盗窃|诈骗)(和|与|跟)?(抢劫|抢夺|盗窃|诈骗|敲诈)(罪)?(的)?(有)?(啥|什么)?区别|"
    # round 31: plays and scripts (a murder-mystery game's robbery script, a scam in a TV series,
    # a domestic-violence drama), a crutch (拄拐 is no abduction), a cat that "hits", things lost
    # rather than people, a husband "gone missing" to go fishing, a surprise prepared in secret,
    # legs "not my own" after a long walk, a wallet left in a taxi, a scraped bumper, a blast in
    # another province
    r"(剧里|剧中|电视剧里|电视里|电影里|小说里|片子里|视频里)[^。！？!?]{0,10}(演的|拍的|写的)|"
    r"剧本杀(里)?[^。！？!?]{0,12}(本子|本(?=有|的|里|适合|几|多|吗))|(恐怖|抢劫|凶杀|推理|情感|欢乐|阵营|机制|硬核|盗墓)本(?=有|的|里|适合|几|多|吗)|"
    r"(家暴|犯罪|刑侦|悬疑|谍战|警匪|恐怖)(剧|片|电影|小说)|拄(着)?拐(杖|棍)?|"
    r"(吃|服)(了)?(安眠药|助眠药|褪黑素)(后|以后)?(有点|很)?(迷糊|犯困|困|睡着|睡熟)(的)?(时|时候)|"
    r"(猫|猫咪|鹦鹉|兔子|仓鼠)(天天|每天|总|老是|又|一直)?(打|揍|挠|抓|欺负)(我|人)|"
    r"(钥匙|证明|证件|身份证|户口本|钱包|手机|卡|发票|材料|文件|作业|书包|证)[^。！？!?人娃孩儿女爸妈爷奶婆公]{0,6}(弄丢|搞丢|丢失|丢了)(了)?|"
    r"(每天|天天|一到周末|一下班|下班)(就)?失踪|失踪[^。！？!?]{0,10}(钓鱼|打牌|打麻将|喝酒|打游戏|广场舞)(去)?(了)?|"
    r"(偷偷)?跟(踪|着)?(了)?我.{0,16}惊喜|(准备|给.{0,4})(生日)?惊喜|"
    r"(腿|脚)(都|快)?(不是自己的|废了|走断了)(了)?|[0-9一二三四五六七八九十两几]+万步|"
    r"(钱包|手机|包|行李|东西|钥匙|伞|证件)(落|忘)(在)?(了)?(出租车|车|网约车|滴滴|地铁|公交|高铁|店|饭店)(上|里)(了)?|"
    r"(蹭|刮)(掉|花)(了)?(一块|一点|块)?(漆)?|"
    r"(外省|外地|别的城市|别的省|其他城市|其他省)(的)?(燃气|煤气|化工厂|工厂|小区|楼)?(炸了|爆炸|着火|起火|塌了)|"
    # round 28: heat and anger said as fire, a fire in another city, a gas smell that was a mistake,
    # a project that "traps", penalties asked in general, a scene being filmed, "算跟踪吗", pets and
    # husbands "missing" at the mahjong table, a crash only feared
    r"热得(冒火|冒烟|着火|要命)|(心里|嗓子|眼睛|气得)冒火|(隔壁|外地|别的|邻)(市|省|县|城市).{0,4}(大火|火灾|着火|燃气爆炸|煤气爆炸|爆炸)|"
    r"以为(闻到|是|有).{0,10}(煤气|燃气|天然气)(味)?|"
    r"(项目|工作|作业|论文|加班|会议|报表|考试|ddl|deadline)(给)?困(死|住)(了)?|(谁来)?救救?我.{0,4}(哈哈|开玩笑|说说而已)|"
    r"(打架|斗殴)(一般|的话)?.{0,2}(怎么罚|咋罚|罚多少|拘几天|判几年|怎么判)|"
    r"(拍|演|排|写)(一场|个|部)?(抢劫|打架|绑架|火灾|车祸|跳楼|自杀)(的)?(戏|剧|片|视频|短剧|场景|镜头)|"
    r"算不算(违法)?跟踪|算(违法)?跟踪(吗|么|不|啊|呀|呢)|跟踪狂(似的|一样)|电梯里(贴|张贴|挂)|"
    r"又(失踪|不见|跑)了.{0,6}肯定|肯定.{0,6}(打牌|麻将|喝酒|钓鱼|网吧)去了|"
    r"怕(出|发生|引起)?(车祸|事故|火灾)|容易(出|发生)(车祸|事故)|"
    r"(烟囱|排气口|油烟机|烧烤|锅炉房).{0,8}(冒|排|出).{0,6}烟|"
    # giving up on a task ("我不想填了", "不想等了"), not on life
    r"(?<!太阳)(?<!日出)不想(再)?(填|办|弄|写|等|排队|问|聊|说|要|交|搞|管|投诉|申请|预约|改|看|听)(了|啦|下去了)?|"
    # "救命" as a sigh about a website or a form, not a call for help
    r"救命(啊|呀|了)?.{0,10}(网站|系统|表格|页面|网页|小程序|app|流程|这个表|排队|太贵|好贵|真贵|也太|停车费|房租|物价|学费|油价|价格)|"
    r"救命(啊|呀)?.{0,12}(萌|可爱|好看|好吃|笑死|太难|不会做|搞不懂|看不懂|学不会|作业|奥数|数学题|辅导)|"
    r"(无人机|航模|风筝|气球).{0,8}(失联|丢了|找不到|飞走|炸机|掉)|"
    r"威胁(要|说要)?(停|断|扣|罚|开除|辞退|起诉|告|曝光|收回|涨|拉黑|投诉|封)|(打|点)不(着|燃)(火)?|着不了火|不(出|着)火|打(不|没)着|打火(不|没|失败)|"
    r"(猫|狗|猫咪|狗狗|宠物|鹦鹉|兔子|仓鼠|鸟|乌龟)(跑|走)?(丢了|走丢|走失|不见了|跑丢|失踪|找不到)|"
    # shutting oneself in to study or work ("我把自己关在书房里备考"), not shutting oneself away
    r"把自己关(在)?.{0,6}(备考|学习|复习|看书|读书|写作业|赶稿|赶工|练琴|练字|画画|工作|加班|写代码|追剧|打游戏)|"
    # held by the police or in prison ("家人被关在看守所，怎么预约探访"), not trapped
    r"关(在|进|押在|押到|到)(了)?.{0,3}(看守所|拘留所|监狱|戒毒所|派出所|牢里|号子)|"
    # missing someone badly ("好久不见，想死你了")
    r"想死(你|您|你们|大家|咱们)(了|啦|咯|呀|啊|$)|"
    # a meter, a cylinder or a tyre that is empty ("燃气表没气了"), not someone not breathing
    r"(表|罐|瓶|轮胎|车胎|胎|气球|球)(里)?(又|都|快)?没气|"
    r"(堵|热|烦|气|吵|饿|困|笑|忙|挤|晒|冻|馋|难|丑|尬|慢|卡|痒|闷|渴|等|加|写|考|催|多)得(我|人)?(都|真|简直)?(快)?(要)?想死|"
    # the name of a law ("反家暴法"), prices called robbery ("停车费简直是抢钱")
    r"反(家暴|家庭暴力)(法)?|(简直|就是|跟|像|比|明)(是|在)?(拦路|明着|公开)?抢(钱|劫)|(卖|收|价|块|元|十|百|贵)[^。！？]{0,4}抢钱|"
    # a form or a rule that has the writer stuck ("这个表格把我困住了"), not a person trapped
    r"(表格|表|题|问题|流程|手续|系统|作业|规定|政策|条款|文件|这事|填表|app|网站|网页|页面)(把我|让我|给我)?(困住|难住|绕晕|整懵|搞晕|绕进去)(了)?|"
    # grabbing tickets, bargains or a seat ("抢票", "抢购"), not robbery
    r"抢(票|购|红包|单|号|车位|座位|位子|优惠券|券|课|名额|先|答|镜|跑|手(?!机|包|表|链|镯|环)|鲜|占|菜|拍)|"
    # hyperbole laughed off before the real question ("加班加到想死 哈哈 说正事")
    r"(到|得)(我)?(都)?(快)?(要)?想(死|跳楼|撞墙|自杀)(了)?(?=.{0,4}(哈哈|hh|233|笑死|开(个)?玩笑|说正事|言归正传|不说了))|"
    # a medical history, charcoal for tea, similes ("发型简直车祸现场", "跟失踪了一样"), a plate flipper
    r"(脑梗|心梗|中风|癫痫|心脏病)(的)?(病史|史)|烧炭(?=煮|烤|烧水|做饭|取暖做饭|涮)|"
    r"(简直|就是|跟|像|好像|如同)(是)?(个)?(车祸现场|失踪(了)?一样|灾难现场)|(跟|像)失踪了?一样|翻牌(器)?|"
    rf"{_PAST_WORDS}|"
    # an old person's saying with reassurance ("早就活够了 … 吃得好睡得好 … 口头禅")
    r"(活够了|活腻(了|歪了)?|活着没(啥|什么)?意思|不想活|想死|去死|死了算了|(早点)?死了(好|算了)|(死了|不在了).{0,8}(清净|轻松|省心)).{0,24}"
    r"(口头禅|挂(在)?嘴边|闲的|吃得好睡得好|牢骚|嘴上说说|其实(就是|没事|挺好|是想|是为了|只是|是气话|身体(挺|很|还)?(好|行|可以|硬朗)))|"
    # round 22: leftover medicine to dispose of ("老人过世剩了一堆安定片 想正规回收")
    r"(剩|留)(下|了)?(了)?(的)?.{0,6}(安眠药|安定片?|药片|药)(?=.{0,20}(回收|销毁|处理|扔|收不收|能收|交给|上交))|"
    # a hazard that might make someone fall or despair, with a fix asked for ("没有护栏 担心有人失足或者想不开")
    r"(担心|怕|万一|以免|免得|防止)(会)?(有人|有谁|行人|路人|游客|居民|小区的人)(会)?(失足|掉下去|落水|想不开|跳下去)(或者|或是|甚至)?(想不开|失足|跳下去)?|"
    # round 23: someone else's joke or gripe about jumping ("同事开玩笑说…我就从这跳下去", "同事吐槽说再改稿就跳楼"),
    # hyperbole before a complaint about a game, faking a collapse, "撑死了" after a meal
    r"(他|她|同事|员工|朋友|网友|同学|领导|老板|室友|有人)(在.{0,6})?(开(个)?玩笑|吐槽|抱怨|调侃)(说|地说|的说|讲)?.{0,20}(跳下去|跳楼|跳江|跳河|想死|去死|不活了|自杀)|"
    r"(真|好|简直)想死(了)?(?=.{0,24}(投诉|客服|退款|退费|电话是多少|举报))|"
    r"(自残|自杀|割腕|轻生|自伤)(的)?(教程|视频|内容|帖子|图片|直播)(?=.{0,24}(举报|不删|不处理|删除|下架|投诉))|"
    r"(假装|装)(晕倒|晕|病|死|摔倒|摔|昏迷|受伤)|(吃|喝)?撑(死|要死|得要死)(了)?|"
    # tiredness and annoyance said as dying ("累死了，下班了"): the classifier reads what is left
    r"(累|忙|困|热|烦|吵|笑|撑)死(我|人)?了|"
    # a settled matter reopened for money ("已经私了了 对方现在又要加钱"): a dispute, no emergency
    r"(私了|和解|处理完|赔完|赔过钱)(了)?(了)?.{0,16}(又|还|再)(要|来|想)(加钱|多要|要钱|反悔|讹|找我要)|"
    # products named after what they protect from ("防抢包", "防狼喷雾")
    r"防(抢|狼|身|割|偷)(包|链|喷雾|器|背包|手机壳|钱包|手套)|防盗(包|背包|钱包|手机壳|链)|"
    # a joke taken back before a service question ("我不想活了 如果周一还要开会 哈哈 开玩笑的 请问…")
    r"(不想活|想死|活不下去)(了)?.{0,20}(开(个)?玩笑的|说着玩的|逗你(的|玩))(?=.{0,12}(请问|问下|想问|咨询|怎么|能不能|可以))|"
    # embarrassment slang ("今天社死了 想原地消失"), grabbing that fails ("抢红包 老抢不到"), insurance
    # products named after what they cover ("撞车险和三者险")
    r"社死|(想)?原地(消失|去世|爆炸|升天|蒸发)|"
    # a stall or a customer "taken", a parcel "tracked", stuck in a procedure
    r"(摊位|位置|车位|座位|生意|客户|客人|工作|名额|饭碗|地盘)(被)?(人)?抢(了|走)|跟踪(一下)?(我的|我家的)?(包裹|快递|物流|订单|进度|单号)|"
    r"(被)?困在(这个|这些|这堆)?.{0,8}(手续|流程|系统|表格|规定|政策|材料|程序|迷宫)(里)?(出不来)?|"
    # a shop that cannot go on, a procedure that needs "rescue", a row that is no violence, pets'
    # "家暴", apps that "track" a run
    r"(店|生意|公司|厂|买卖|铺子|摊)(子)?(实在|真的|快)?(撑|干|做|开)不下去(了)?|救救我(这个|的)(手续|事|问题|账号|号|材料|申请|社保|档案)|"
    r"(不是|并不是|又不是|倒不是|也不是)(那种)?(家暴|打架|抢劫|跟踪|诈骗|火灾|着火)(那种)?|"
    rf"({_PETS}).{{0,4}}(天天|总|老是|又)?.?(家暴|欺负).?.{{0,4}}({_PETS})|"
    r"(像|好像|跟)(是)?被(人)?(跟踪|监视|盯上)(了)?(一样|似的)|(设置|关掉|关闭|隐藏|权限).{0,8}(跟踪|追踪)|(跟踪|追踪).{0,8}(设置|权限|功能)|抢不(到|着|过|上)|(撞车|车损|三者|第三者|交强|碰撞|盗抢|人身意外|意外|走失|走丢)险|"
    # "这班上得我想死 请问…": hyperbole before a question
    r"得(我|人)?(都|真|简直)?(快)?(要)?想(死|跳楼|撞墙|自杀)(了)?(?=.{0,6}(请问|问下|问一下|想问|咨询|可以|能不能|怎么))|"
    r"(快|差点|差一点|险些)(要)?打起来|没(有)?(动手|威胁我|威胁|打我|跟踪我)|冷暴力|不是真(的)?(要|想)(撞|死|跳|自杀)|"
    # a crisis denied in the same breath ("想跳槽 不是跳楼"), hyperbole laughed off without
    # "到/得" ("发际线要跳崖了 哈哈", "房租涨得我快活不下去了 开玩笑的")
    r"(不是|并不是|又不是|可不是|并非)(说)?(要|想)?(跳楼|自杀|想死|轻生|跳河|寻死|想不开|寻短见)|"
    r"(想|要)(去)?(死|跳楼|跳崖|跳河|撞墙|自杀)(了)?(?=.{0,4}(哈哈|hh|233|笑死|开(个)?玩笑|说正事|言归正传))|"
    r"(快)?(活不下去|不想活)(了)?(?=.{0,4}(哈哈|hh|笑死|开(个)?玩笑|夸张|说说而已|随口说))|"
    # overwork or a contractor "making me want to die" before the complaint about it
    r"(加班|上班|工作|装修|房租|物业|堵车|催债)(加|上|拖|涨)?(到|得)(我)?(都)?(快)?想死(了)?(?=.{0,30}(合法|规定|举报|投诉|加班费|劳动法|仲裁))|"
    # a relative's death explained ("家里老人走了，是自己想不开")
    r"(走了|去世了?|没了|过世了?)[,，]?(是|因为)?(他|她)?(自己)?想不开(的|走的)?|"
    # someone else's past attempt ("同事以前闹过轻生")
    r"(闹|有|起|动)过(轻生|自杀|寻短见)(的)?(念头)?|"
    # a product that scratched a wrist ("表带边缘太锋利 把手腕划破了")
    r"(表带|手链|手镯|手环|毛刺|边缘|包装|玻璃|铁皮|纸|盒子|拉链|钥匙).{0,12}"
    r"((划|割|刮)(破|伤|了)(了)?.{0,4}(手腕|手)|(把)?(手腕|手)(给)?(划|割|刮)(破|伤|了))|"
    # things, not people, dropped into water or a drain ("钥匙掉进下水道里了")
    r"(钥匙|手机|钱包|耳机|戒指|项链|东西|卡|证件|眼镜|手表|球)(.{0,2})?(掉|落|滑)(进|到|入)(了)?.{0,4}(下水道|井|河|沟|缝|水里|马桶|湖|池)|"
    # old scars ("以前自残留下的疤"): healed by definition
    r"(自残|割腕|自伤|划手)(时)?(留下|留)?(来)?的(疤|伤疤|疤痕)|"
    # a stray pet ("走丢的柯基", "跟了我一路的小狗"), an empty pram ("里面没孩子")
    rf"(走丢|走失|跑丢|丢失|流浪|迷路)(了)?的({_PETS})|跟(了|着)我.{{0,4}}的(小)?({_PETS})|({_PETS})(一直)?跟(着|了)我|"
    r"(里面|车里|上面|里头)(并)?没(有)?(孩子|人|娃|小孩)|"
    # dry ice smoking in a box, a smell "like a gas leak", a pet stuck on a unit or a tree
    r"干冰.{0,8}(冒|起|出)(了)?(好多|很多|大量)?(白烟|白雾|烟|雾|白气)|"
    r"(像|好像|跟|如同|简直)(是)?[^ ，,。！!？?]{0,10}(一样|似的)?[ ，,。！!]{0,2}(哈哈|hh|233|笑死|😂)|"
    rf"({_PETS}).{{0,14}}(下不来|出不来|困住了?|卡住了?)|"
    # a shop or a show named with the words ("奶茶店叫“想死奶茶”"): a name, not a wish
    r"(叫|名叫|名字叫|店名|招牌|标题|题目|歌名|书名|片名|文案|配文|台词|歌词|弹幕|小品|相声|段子)(里|上|中)?(写(了|的是|着)?|是|用了|有句|有一句|唱的是|唱)?"
    r"[“\"「『《](?!(我|自己)的(葬礼|遗书|遗言|追悼会|死期|最后一天))([^”\"」』》]{1,16})[”\"」』》]|"
    # someone else's joke ("员工在群里开玩笑说加班加得想跳江"), not the writer's crisis
    r"(他|她|员工|同事|有人|朋友|网友|学生|孩子|同学|领导|老板|下属|室友)(在.{0,6})?开(个)?玩笑(说|地说|的说|讲).{0,12}(想|要)(去)?(死|跳楼|跳江|跳河|跳海|撞墙|自杀)|"
    # noise or a nuisance "making me want to jump" before the complaint about it
    r"(吵|烦|闹|熏|臭|堵|挤|热|震|卡|慢|气|急)得(我|人)?(都|真|简直)?(快)?(要)?想(从.{0,8})?(死|跳楼|跳江|跳河|撞墙|跳下去)(了)?(?=.{0,30}(规定|有没有|能不能|找谁|谁管|投诉|怎么办|怎么处理|可以|吗|么|电话|热线|哪个部门|哪个单位|什么部门|纠纷|维权))|"
    # despair wished on someone else in a request ("话术让女朋友觉得离开我她就活不下去")
    r"(让|叫|使)(她|他|对方|女朋友|男朋友|老婆|老公|对象|前女友|前男友|前妻|前夫).{0,8}(觉得|以为|感觉)?.{0,8}(活不下去|想死|不想活|活着没(有)?意思|去死)|"
    # a bump in a lift or a queue ("他在电梯里撞了我一下")
    r"(人|他|她|小孩|孩子|那人|那个人|男的|女的|大妈|大爷)(在.{0,6})?(撞|碰)了我(一下|下)|"
    # round 24: a scare that was a mistake ("我以为有人上吊"), an old relative's note or attempt
    # survived long ago, a dream, the name of a crime ("抢劫罪量刑"), a near miss ("没撞上")
    r"(我|还|当时)?以为(是)?有人(在|要)?(上吊|跳楼|自杀|轻生|跳河)|"
    r"(年轻时|年轻的时候|当年|早年|那时候?|小时候)(写|留)(过|的|下)?(的)?(一封|一份|一张)?(遗书|绝笔(信)?)|"
    r"(早年|当年|年轻时|多年前|小时候|以前).{0,4}(服|喝|吃|吞)(过)?(农药|安眠药|百草枯|老鼠药|敌敌畏).{0,6}(抢救过来|救过来|救回来|救活)(了)?|"
    r"(做梦|梦见|梦到|梦里)(梦见|梦到)?.{0,8}(起火|着火|失火|火灾|爆炸|被抢|被打|掉进|溺水|车祸)(了)?|"
    r"(抢劫|盗窃|诈骗|故意伤害|绑架|强奸|杀人|放火|纵火|交通肇事|危险驾驶|抢夺|敲诈勒索)罪|(?<!还)没(有)?撞(上|到|着)|"
    # round 25: people in crisis as a group served ("帮帮那些想不开的人", "接到想轻生的电话"), a
    # hypothetical caller, a crisis long past and survived, a relative's suicide years ago, a pet
    # that "jumped", fainting as hyperbole, "不打我 就是不理我"
    r"(想不开|想轻生|想自杀|有轻生念头|有自杀倾向|自杀倾向|有轻生倾向|轻生倾向)的(人|孩子|学生|朋友|群体|同学|患者|来电|电话|市民|同事|员工|职工|老人|居民|青少年|病人|学员|乘客|游客|用户|客户|个案|案例|家属|"
    # round 68: "辖区那位想不开的大爷已经被家里人接走照顾了"
    r"大爷|大妈|大娘|大叔|阿姨|老大爷|老太太|老太|老爷子|老汉|老伯|住户|村民|对象|人员|姑娘|女孩|男孩|小伙)|"
    r"(如果|假如|要是|万一|假设)有(人|个人|市民|来电).{0,12}(说|讲)?(想|要)(自杀|死|轻生|跳楼|跳河)|"
    # round 26: last month, a while ago, a few days ago; "不想活的念头" had; "缓过来了", "现在好了"
    r"(之前|以前|曾经|去年|前几年|几年前|[一二两三四五六七八九十几0-9]+年前|当年|那时候?|上次|小时候|早年|上个?月|上周(?!围|边)|上星期|上礼拜|前阵子|前段时间|前些日子|前几天|前些天)((?!现在|又|今天|今晚|刚才|此刻|这次|这回|最近|还想)[^。！？!?]){0,12}"
    r"(想不开|轻生|自杀|寻短见|割腕|自残|跳楼|服药|吞药|不想活|想死)(过|的)?((?!现在|又|今天|今晚|刚才|此刻|这次|这回|最近|还想)[^。！？!?]){0,20}"
    r"(现在|如今|目前|后来)?(被(救|接住|拦下|劝下|抢救)|(救|抢救)(过来|回来|下来)|没事(了)?|好多了|(过得)?(很|挺)好|(情绪)?稳定|康复|走出来|缓过来|(已经|都)?好了(?!伤疤))|"
    r"(去年|前年|几年前|早年|当年|之前|以前|[一二两三四五六七八九十几0-9]+年前|上个?月)(因为)?(轻生|自杀|想不开|跳楼|跳河|跳江|上吊|喝药|(喝|吃|服)(了)?(农药|安眠药|老鼠药|百草枯|敌敌畏))(走|去世|死|没)(了|的)|"
    rf"({_PETS}).{{0,6}}(想不开|跳(下去|楼)|掉(下去|下楼))|"
    r"(吓|气|急|惊)得(我)?差点(儿)?(晕|昏)(过去|倒|厥)|不打我(就是|只是|但|，|,)|从(来)?不打(我|人)|"
    # round 26: hyperbole with "得" laughed off or followed by the real question ("这班上得我真想从公司
    # 跳下去哈哈 说正事", "难得我想上吊 问一下"), "想死的心都有" before a complaint, people who jump
    # from a bridge every year, someone else's outburst long over ("嚷嚷不想活了 结果一个月就找了新
    # 对象"), a crisis denied ("又没想不开"), the anti-fraud app
    rf"得(我|人)?(都|真|简直)?(快)?(要)?{_WISH}(了)?(?=.{{0,8}}(哈哈|hh|233|笑死|开(个)?玩笑|说正事|言归正传|请问|问下|问一下|想问|咨询))|"
    r"想死的心都有(了)?(?=.{0,40}(装修|公司|物业|房东|拖|退款|网上办|材料|缺(啥|什么)|哪个部门|推荐|家教|补习|有没有.{0,10}(推荐|介绍)|谁管|(到底)?管不管|找谁|投诉|举报|请问|在哪(里)?(办|投诉|反映)|怎么(投诉|举报|申请|办理|处理|退|查)|(能不能|可(不可)?以)(?!.{0,4}(帮|救|陪|聊))))|"
    r"(每年|每个月|经常|常常|时常|老是?|总是?|总有|常有|年年|好几次|时不时)(都|就)?(会)?有人.{0,4}(跳河|跳江|跳楼|跳桥|跳海|寻短见|轻生|自杀)|"
    r"(嚷嚷|闹着|喊着|吵着|哭着说|扬言|说)(着)?(说)?(不想活|要死要活|寻死觅活|想死|要跳楼|要自杀)(了|的)?"
    r"(?=.{0,30}(结果|后来|没(过)?(几|两)天|早(就)?好了|笑死|哈哈|转头|又找了|没事了))|"
    r"(又|也|并|我|可|又不是|我又)没(有)?(想不开|想死|要自杀|想自杀|想轻生|寻死|要寻死|要轻生)|"
    r"(国家)?反诈(的)?(app|软件|中心|宣传|知识|讲座|课|短信|视频|提醒)|枪版|"
    # round 27: anger as smoke and a gas tank, a smoke alarm misfiring, a fire already out, work
    # "trapping" the writer, a parent's joke threat, a fight long over, a TV wife-beater, a cat or
    # a series "stalked", a stalker already detained, an impersonation nobody fell for, chaos
    # called a car-crash scene, a heart attack or a swallowed coin that is over
    r"(气|火大|急|恼)得.{0,8}冒烟(了)?|(头顶|头上|脑袋|脑门)(都)?(要|快)?冒(烟|火)(了)?|"
    r"(是|就是|像)(个|一个)?(煤气罐|火药桶|炸药桶|炮仗|炸药包)|一点就(炸|着)|"
    r"(烟感|烟雾报警器?|火灾报警器?|报警器)[^。！？]{0,8}(乱响|误报|乱叫|瞎响|乱报)|"
    r"(火|火灾|大火|山火)(已经|早就?|都)?(被)?(灭|扑灭|扑灭了|灭掉)了|"
    r"(被)?(工作|加班|作业|生活|房贷|琐事|项目|ddl|deadline)困(得|的)死死(的)?|谁来救救我(啊|吧)?(?=.{0,16}(怎么|咋|申请|请问|调休|加班))|"
    r"(说|嚷嚷|喊)(我)?(再.{0,10})?(就)?(要)?打死(我|你)(?=.{0,12}(哈哈|笑死|就是说说|说说而已|开玩笑|吓唬))|"
    r"(前天|昨天|上周(?!围|边)|前几天|之前|上个月|上次)(跟人|和人|被人)?(打架|打了一架|被打)(?=.{0,20}(没事|好了|鉴定|去哪))|"
    r"(剧里|剧中|电视剧里?|电影里|小说里|新闻里|视频里)(的)?(那个)?(家暴男|家暴|跟踪狂|人贩子)|"
    r"(追剧|追更|追番|追星|蹲点)[^。！？]{0,10}跟踪|跟踪(更新|进度|剧情|快递|物流|订单)|"
    rf"({_PETS})(天天|老是?|总是?|一直)?(跟踪|跟着)我|跟踪我的人(已经|都)?(被)?(拘|抓|关|判|拘留)(了|起来)|"
    r"(冒充|盗用|假冒)我的?.{0,10}借钱(?=.{0,14}(没人转|没人上当|没人信|好在|幸好|需要报警吗|要报警吗))|"
    r"(堵成|挤成|乱成|简直|就是|大型|堪比|活像|跟|像|好像|如同)(了|是)?(个|一个)?(大型)?车祸现场|(上线|项目|发型|化妆|考试|演出|ppt|代码|面试)[^。！？]{0,6}车祸现场|"
    r"(心梗|中风|脑梗|卒中|心脏病|癫痫|阑尾炎)(已经)?(好了|康复|出院)|(吞|吃|咽)的?(硬币|纽扣|电池|磁铁|珠子)(已经)?(拉|排)出来了|"
    r"(找了一圈|到处找)[^。！？]{0,10}(现在|已经|后来)(已经)?(回来|回家|找到|到家)了|"
    r"(没|没有|并没有|不是)(着火|起火|失火|火情|冒烟)|"
    r"(一道题|排队|堵车|客服|报表|ppt|bug|改稿|甲方|跑了?[0-9一二三四五六七八九十两几]+趟|没办(好|下来)|办不下来|办个)[^。！？]{0,12}想死的心都有(了)?|"
    # round 29: coming back tomorrow for an errand, a smell or a sight mistaken for danger ("以为
    # 煤气漏了 原来是臭豆腐"), a child grabbing toys, a job or a marriage that "traps" with a sigh
    # for help, game items "robbed", a fight that nearly happened, anger as wanting to hit someone
    # the end of a chat with the hotline ("今天就到这里吧", "好的那我下了", "算了，我不约了")
    r"^(好的|好吧|行|嗯|那|,)*(今天|今儿)?(就|先){0,2}(到这(里|儿)?)(吧|了)?[,.!?~。！？]*$|"
    r"^(好的|好吧|行|嗯|,)*(那)?我(就)?(先)?(走|下|撤)了?(,)?(拜拜|再见|88|咯|啦)*[,.!?~。！？]*$|"
    r"算了.{0,2}(我)?不(约|办|要|弄|问|预约|申请)了|(结束吧.{0,2})?不需要了|以后再说|"
    r"(我)?(明天|后天|改天|下周|下礼拜|过两天|下次|回头)(再)?(来|过来)(办|弄|交|拿|问|咨询|排队)|以为[^。！？]{0,12}?(原来|结果|其实)(只)?是|(跟|和)(我|我家)?(儿子|女儿|孩子|娃|同学|弟弟|妹妹)抢(东西|玩具|零食|位置|座位|吃的)|"
    r"(被)?困在(这个?|这份|这段|这种)?(破|烂)?(工作|婚姻|生活|日子|岗位|圈子|关系|家庭|体制|行业)(里)?(出不来)?(了)?(救救我|救命)?|"
    r"(被)?(工作|生活|婚姻|房贷|债务?|琐事|家务|考试|作业|论文|加班|kpi)困住(了)?(救救我|救命)?|"
    r"(游戏|网游|手游)(里)?(的)?(装备|皮肤|道具|金币|账号|号|角色)(被|让人)?(人)?(抢|盗|偷|骗)(了|走)?|"
    r"(快|差点|差一点|险些)(就)?(要)?(打架|动手|干起来|干架)|气得(我)?(都|真)?想(打人|揍人|砸东西|骂人|动手)|"
    # round 34: a relative's suicide years ago, told for an estate or compensation question
    r"([一两二三四五六七八九十几0-9]+年前|去年|前年|当年|那年|早年|早些年).{0,8}(想不开|喝(了)?(农)?药|跳(了)?(楼|河|江)|上吊|自杀|寻(了)?短见).{0,8}(没了|走了|去世了?|死了|过世了?)|"
    # round 35: "想死的心都有了" over a report, then a question; worry that "someone" might jump; a
    # meeting one is "trapped" in; a dog following like a stalker; a sum one "will kill"; nagging
    # as beating; a request to make someone else "not wake up"
    r"(想死的心都有了?|(改|做|写|干|忙|搞|学|背|加班|开会).{0,8}(到|得)想死)(?=.{0,16}(哈哈|问下|请问|问一下|想问|几倍|多少|怎么算|吗|哪里|哪儿))|"
    r"(担心|怕|以防|防止).{0,16}有人(想不开|轻生|跳(下去|楼))|(心理|援助)热线.{0,12}(没人接|占线|打不通|态度|太差|投诉)|"
    r"(开会|会开|会议|开了.{0,6}会).{0,16}(被)?困在(会议室|会场|会上)(里)?(出不来)?(了)?.{0,2}(救命|救救我)?(啊|呀)?|"
    rf"({_PETS}).{{0,20}}(像|跟)?(个)?(跟踪狂|跟屁虫)(一样|似的)?|"
    r"(题|作业|bug|报表|表格|ppt|论文|代码|程序).{0,6}(我)?(要|想|真想)(杀|弄死|掐死)了?(它|它们)|"
    r"(天天|每天|老是|总)?(打|揍)我.{0,3}用嘴(巴)?(打|揍)|(天天|每天|老是|总)?用嘴(巴)?(打|揍)(我)?|"
    r"让(他|她|老人|老爷子|老太太|老头|我爸|我妈|病人|婆婆|公公).{0,8}(就)?(不醒|醒不过来)了?|"
    # round 36: "slow suicide" said of work, hyperbole over homework, a rumour that "someone might
    # jump", prices that "suffocate", parcels tracked, a haggle, a late grandmother in a role-play
    r"慢性自杀|(难|累|气|丑|尴尬|贵|热|饿|加|改|背|写|卡)(得|到)(我)?(都)?想跳楼(?=.{0,20}(有没有|多少|几个?小时|社区|辅导|培训|课程|加班费|怎么算|哈哈|去哪投诉|投诉|报修))|"
    r"容易有人(想不开|轻生)(跳(下去|楼))?|(涨|贵|穷|忙|挤|热|闷)得(让人|我)?(要)?窒息|"
    r"(物流|快递|订单|包裹|进度)(的)?跟踪|跟踪(物流|快递|订单|包裹|进度|信息|号)|"
    r"砍价.{0,6}(老板|店主|卖家)?(想|要|差点)(打我|被打|揍我)|(?<![找陪见])(已经)?(?<![找陪见]已经)(走了|去世|过世)的(外婆|奶奶|姥姥|爷爷|外公)|"
    # round 37: anger "on fire", a milk tea that "cheated" me, a maths problem "poisoning" me, a video
    # that "stops my heart", a pile of reports one is "trapped" in, "家暴" in quotes, a fan who
    # wants "one look", poison asked for someone else's soup
    r"(心里的?|心头的?)(火|火气)(蹭蹭|噌噌)?(往上)?(冒|窜)|火气(蹭蹭|噌噌)?(往上)?(冒|窜)|火气.{0,4}(要|快)?着了|(心里|心头)的?火.{0,10}着了|"
    r"(感觉|我)?被骗了?(?=.{0,20}(奶茶|第二杯|难喝|好吃|半价|哈哈))|(第二杯半价|买一送一).{0,10}(感觉)?被骗|"
    r"(题|作业|报表|代码).{0,6}(熏|看|做)得(我)?(要|快)?中毒|笑得.{0,4}(心脏骤停|断气|窒息|晕过去|抽筋)|"
    r"(被)?困在(这堆|这些|这份)?(报表|作业|论文|文件|材料|表格)(里)?(出不来)?(了)?.{0,2}(救救我|救命)?(啊|呀)?|(被)?(报表|作业|论文)困住(了)?.{0,2}(救救我|救命)?|"
    r"「家暴」|“家暴”|(就是)?想(再)?看(一眼|一面)(哥哥|偶像|爱豆)|"
    r"(哪种|什么)(农药|毒药|药).{0,6}(放|下|加|倒)(在|进)?(汤|饭|水|菜|饮料|酒)里|"
    # round 38: anger "smoking" inside, a stove that only sparks, no smell at all, a crush "to be
    # saved from"
    r"(心里|心头|肚子里)(直|都|在)?冒(烟|火)|(一拧就)?(嗒嗒)?打火花|(打不着火|点不着|不出(蓝)?火苗)|(没|没有|闻不着|闻不到)(啥)?(味道|气味|味儿|味)|"
    r"挤(得|到)(我)?.{0,8}(要|快)?救命|(要|快)救命(?=.{0,12}(能不能|加车|多开|几趟))"
)
# A scene being filmed (a film crew's "跳楼的戏"): fiction for the self-harm frame and for
# events alike.
_FILMING = r"剧组|拍戏|的戏|(?<!游)戏里|情节|取景|短剧|网剧"
# Fiction being written or played ("小说里有个角色想不开", "剧本里有个人物割腕"): with no mark of the
# writer's own crisis, no self-harm signal counts, the writer's despair words included.
_FICTION_WORDS = (
    rf"八点档|连续剧|剧集|荧屏|小说|网文|剧本(?!杀)|剧情|剧里|角色|人物|主角|配角|女主|男主|部剧|追剧|片子里|综艺|节目|嘉宾|店名|招牌|名字叫|取名|人设|演员|素材|故事|电影|电视剧|小品|相声|台词|歌词|歌名|(一|这)首歌|桥段|剧团演|舞台上(要|演)|读书会|书友会|读书分享|的剧(?!烈|痛|毒|增|变|院|场)|{_FILMING}|"
    # round 69: a news story about a stranger ("我妈看了个新闻说有人吃安眠药出事了")
    r"新闻(里|上)?(说|报|讲|报道|播)(了)?(有人|有个人|一个|某|个)"
)
_FICTION = re.compile(_FICTION_WORDS)
# round 53: a fear that a child or an old person may climb or fall somewhere unguarded ("顶楼门敞着
# 连栏杆都没有 怕娃爬上去") is a hazard report, not a crisis: read like fiction.
_HAZARD_WORRY_WORDS = r"(怕|担心|生怕|万一)(有)?(娃|孩子|小孩|小朋友|学生|老人|人|谁)(会)?(爬|翻|掉|摔|跌|失足|滑)(上去|下去|进去|过去|下来)?"
_HAZARD_WORRY = re.compile(_HAZARD_WORRY_WORDS)
# Self-harm words in a message *about* self-harm rather than from someone at risk: the past
# ("去年自杀未遂的医药费"), a death being dealt with, fiction and news, prevention work. Such a
# message is silenced only when it also carries no mark of the writer's own present crisis.
_SELF_HARM_ABOUT = re.compile(
    r"建议(装|加|修|安|设)|(栏杆|护栏)(太|有点|比较)?矮|门不锁|"
    rf"{_HAZARD_WORRY_WORDS}|"
    # round 37: community workers screening and referring; round 38: a relative sought by DNA,
    # railings asked for round a pond
    r"摸排|排查|筛查|转介|转哪里|网格员|寻亲|血样|断了音讯|(围|装|加|修)(一圈|个|些)?(栏杆|围栏|护栏|防护网)|"
    r"去年|前年|几年前|多年前|当年|那年|上个月|曾经|以前|小时候|新闻|(19|20)[0-9]{2}年|[二一〇零]{4}年|(寻短见|自杀|轻生|跳楼)(没|走|死)的|寿险|意外险|险种|条款|免责|(?<!不)拒赔|不赔|"
    r"书里|报道|调查报告|采访|上(一堂|堂|节|次)课|来讲(课|一讲|讲)?|前几年|前些年|继承|遗产|后事|丧葬|去世|身亡|遗体|医药费|报销|社保|保险|理赔|志愿者|宣传|课程|讲座|培训(?!机构|班|学校|中心|基地)|干预|预防|"
    # prevention works ("防轻生护网", "怕有人跳楼一直锁着"), staged videos, injury at work
    r"防.{0,4}(轻生|自杀|跳楼|喝药)|怕(有人|人|学生|孩子)?(上去|爬上去)?(跳楼|轻生|自杀)|假(装)?(要)?(轻生|自杀|跳楼)|摆拍|工伤|"
    r"(硬说|说是|认定|定性)(为|成)?.{0,6}(自杀|寻短见|轻生)|担心(有人|人|学生|孩子)?(跳楼|轻生|自杀)|"
    r"凶宅|(?<!走)(?<!离开)(?<!出门)(?<!跑)(?<!出发)之前|二手房|中介|(?<!我)(跳楼|自杀|轻生)(后|以后|之后|身亡|走的|走了)|(?<!我)(自杀|轻生)的(人|不能|家属)|墓|合葬|安葬|网贷|欠款|信用卡|"
    r"改名|牢骚|看守所|"
    # round 68 (answers): a relative's suicide years on, a support group for the bereaved sought
    r"(自杀|轻生|走了|去世|过世)(已经|都)?(好|很)?多年(后|了|以后)?|互助(小组|会|群)|亲友(会|小组)|"
    # round 67 (answers): self-harm in one's school years, healed, a scar to be removed
    r"(上学|读书|念书|年轻|学生|初中|高中|大学)(的)?(时候|时|那会儿?|那几年)|祛疤|去疤|疤痕修复|"
    # round 61: a killing staged as a hanging ("勒死人伪装成上吊", "让法医鉴定成上吊自杀")
    r"(伪装成|伪造成|鉴定成|布置成|伪装|做成)(是)?(上吊|自杀|自缢)|法医(看不出|查不出|鉴定不出|鉴定成)|"
    # round 61: a boss's cruel words reported ("老板说完不成就自己从楼上跳下去吧 … 劳动监察管不管")
    r"(老板|领导|上司|经理|主管|同事|老师|班主任|组长|房东)(说|骂|叫|让|吼)(我|我们)?.{0,14}(去死|跳下去|跳楼|死了算了|死去)(吧)?.{0,30}(开玩笑|难听|侮辱|辱骂|骂人|管不管|投诉|举报|劳动监察|欺负)|"
    # round 26: the crisis denied ("我就失眠 不是要寻死", "又没想不开")
    r"(又|也|并|可)没(有)?(想不开|想死|要自杀|想自杀|想轻生|寻死)|(不是|并不是|又不是)(说)?(要|想)(寻死|自杀|轻生|跳楼)|"
    # round 23: last week's event, years ago, content reported ("教人割腕的视频 怎么举报")
    r"上周(?!围|边)|上星期|上礼拜|[一两二三四五六七八九十几]{1,3}年前|[0-9]{1,2}年前|举报|教程|"
    # a rescuer honoured ("江边救轻生者的外卖员 能申请见义勇为吗"), round 22
    r"见义勇为|(表彰|嘉奖|奖励|锦旗).{0,12}救|救(了|起|下|过)?(一个|个|那个|位|名)?.{0,4}(轻生|跳河|跳江|跳楼|跳桥|跳海|落水)(的)?(者|人|女子|男子|姑娘|小伙|女孩|男孩|老人|学生)|"
    # someone else's past attempt ("同行闹过轻生"), a screening questionnaire, a claim turned down
    r"前几天|前些天|(闹|有|起|动)过(轻生|自杀|寻短见)|问卷|量表|心理评估|筛查|排查|风险评估|免责|拒赔|"
    r"(有(个)?人|邻居|业主|住户|学生|租客)(跳楼|轻生|自杀)(了|身亡|的)|"
    rf"遗嘱公证|公证|遗体捐|捐献遗体|器官捐|身体(都)?(挺|很|还|蛮)?(好|健康)|研究|论文|纪录片|放映|片子|讨论会|发生过|(好几|几|多|两|三)起|好奇|统计|数据|哀伤|丧亲|遗属|{_FICTION_WORDS}|禁用|替代|农药店|卖不卖|写作|创作|审核|帖子|内容安全|书上|课本|教材|免责|条款"
)
_SELF_HARM_PRESENT = re.compile(
    r"(?<!到)现在(?!(早就|已经|都|也)?(好了|好多了|痊愈|康复)|谁|任何人|随便|心理咨询|心理治疗|心理医生|咨询费|治疗费|医保|报销|看病|家里|家人|我们|要办|想办|房子|老房|过户|状态|长期|一直|病情|挺好|好多了|稳定|办|家属|复诊|复查|已经出院|出院|已经没事|已经恢复|已经康复|已经稳定|小孩|孩子|年轻人|的人|社会|很多人|大家|的|拆迁|补偿|赔偿|继承|遗产|好|挂|卖|出租|租|住着|空着|过了|还能|还有没有|还卖|还有卖|还在卖|还能买|有没有办法|能不能|楼下|那块|那里|还没|早(就|都)?好|(村|单位|社区|街道|学校)?(里)?要(给|办|填|写|交|申请)|没事|不会|已经好|恢复|稳定|挺好|康复|想(问|咨询|了解|办|查|知道|申请|给|帮|替|为)|他|她)|(今天|今晚)(?!.{0,8}(重播|播出|播放|首播|直播|节目|几点播|开播|上映))|此刻|马上|又(想|开始|要)|又有(了)?(那种|这种|轻生的?|自杀的?|不好的|寻死的?)?(念头|想法|冲动|感觉)|还(想|是想|在想)|更(想|加)|"
    # round 26: something to be done before the act ("赶在这两天自杀之前办好")
    r"(自杀|轻生|寻死|寻短见|了结自己|结束(自己|生命))(之前|以前)|"
    r"给(老婆|孩子|家里|爸妈|老人|老婆孩子|家人|儿子|女儿)(留|剩)(点|些|笔|下)?钱|这几天就|"
    r"准备(?!考|材料|资料|文件|证件|手续|报名|申请|哪些|什么|啥|好了?(材料|资料))|打算(?!放映|举办|组织|开展|办|搞|申请|报名|咨询|给.{0,10}(上|讲|开)(一堂|堂|节|个|次)?(课|讲座))|决定|已经(吃|喝|割|吞|写)|救(命|救)|"
    # a dated plan ("明天就去跳河", "下礼拜让自己出个意外", "这周就能办了")
    r"明天(?!.{0,6}(重播|播出|首播|直播|上映|几点播|开播|还播))|明晚|明早|后天|这周|这礼拜|这个?周末|下(个)?(周|礼拜|星期)(?!.{0,4}(组织|举办|开展|召开|安排|培训|开会|上课|考试))|过(几|两)天|"
    # the writer's own wish, whatever the frame ("爸爸去世了，我也不想活了")
    r"不想(再)?活|想死|想(要)?自杀|想轻生|撑不(下去|住)|活不下去|想跳|想结束|想了结|不想(再)?醒|我也|"
    r"我(就)?(要)?去(跳楼|跳河|跳江|跳桥|跳海|死)|想从.{0,10}跳下去|(已经)?(站|坐|爬)(在|到|上)(了)?.{0,4}(楼顶|天台|顶楼|桥)(的)?(边缘|边上|外面)|"
    # the means within reach ("刀就在键盘旁边")
    r"(就|已经|都)(放|摆)?在(我)?.{0,6}(旁边|手边|身边|枕头|脚边|床头)|"
    # someone feared to be about to do it now ("我怀疑他要自杀 人还在附近")
    r"(怀疑|担心|怕|觉得|感觉)(他|她|孩子|对方|客人|客户|这个人|那个人)?.{0,4}(要|想|会|准备)(去)?(自杀|轻生|寻短见|跳楼|跳河|寻死)|"
    # round 24: a ligature being tied ("把绳子绑在暖气管上了"), a jump set for when an errand is done
    r"把(自己|绳子|绳)(绑|系|挂|吊|拴)(在|好|上)|"
    rf"{_AFTER_ERRAND}"
)
# The past, habits, prevention, fiction and hypotheticals: silence events too.
_NOT_NOW = re.compile(
    # round 69 (answers): a scam days ago, already reported ("前天接到自称客服的电话 … 卡里少了四千。
    # 已经报警了，平台那边我还要不要另外投诉"), nothing said to be happening today
    r"^(?!.*(今天|今晚|现在|刚刚|刚才|又(打|来|要|让|催|逼)|还在|正在|此刻|这会)).*?(昨天|前天|前几天|前两天|上周|上个?月|上星期)"
    r".{0,100}(已经|都|早就)报(过)?(了)?(警|案)(了)?|"
    # round 67: an illness treated away from home and over ("突发心梗住的院 现在回来了 医保咋报"); a
    # stalker still in prison, due out ("跟了我半年那人快刑满了 出来会告知我吗")
    r"住的院|(现在|已经|如今|目前)(人)?(都|也)?(回来了|回家了|出院了|康复了|好多了)|"
    r"(快(要)?|即将|就要|马上(就)?(要)?|明年|下个?月|年底)(刑满|出狱|放出来|释放)|(刑满|出狱|释放)(以后|之后|后)?(会不会|会|能不能)(通知|告知|告诉)|"
    # round 66: a fight over by the time the writer came by, the police already there and gone
    r"(到的时候|赶到时|赶到的时候|过去的时候|去的时候|路过的时候)[^。！？]{0,4}(已经|早就|早)?(散了|走了|结束了|没人了)|警察(也|都)?(已经)?来过(了)?|"
    # round 65: a crash long past that left a leg impaired (a disability assessment asked); a child
    # taught by a "firefighter" played for him
    r"落(下|了)(毛病|病根|后遗症|残疾)|后遗症|(残疾|伤残)(评定|鉴定|等级)|"
    r"(扮|装成|装作|假装|当|演)(个|一个|一下|成)?(消防员|消防队员|医生|警察|救生员)(叔叔|阿姨|姐姐|哥哥)?.{0,16}(讲|教|告诉|演示|说说)(?!.*(现在|真的|真着|已经|快来|救命))|"
    # round 64: a swimming class "怕溺水", a roof shed that might blow down "砸人"
    r"(游泳|救生|防溺水)(的)?(班|课|培训|训练营|教学)[^。！？]{0,16}(怕|防|预防|担心)(孩子|小孩|娃|他|她)?(会)?(溺水|淹)|(怕|防|预防|担心)(孩子|小孩|娃)?(会)?(溺水|淹着)[^。！？]{0,12}(游泳|救生)(班|课|培训)|"
    r"(怕|担心|万一|容易|可能|会)(被风)?(刮|吹)?(掉|砸|倒|塌|落)(下来|下去)?(砸|伤|压)(到|着|伤)?(人|行人|路人|车)|"
    # round 63: a self-defence class for girls ("遇到抢包怎么自保"), a stalker who has stopped ("现在
    # 消停了"), a question thought of while watching a drama
    r"(遇到|碰到|遇上)[^，。！？]{0,8}(怎么|如何|该怎么)(自保|防范|应对|保护自己|防身|躲)|公益课|"
    r"(现在|已经|最近)(也)?消停(了|下来)|看剧(的时候)?想到|看(电视|电影|小说)想到的|"
    # round 62: an abducted child grown up and looking for roots; a father long recorded missing
    r"被拐(卖)?(后)?(长大|养大)|寻根|打拐dna|失踪状态|宣告(为)?失踪|"
    # round 60: a case the police are already handling; replacement papers asked after a theft; a
    # victim now staying with family; an assault days past
    r"案子.{0,6}(已经|正|还)?在(处理|查|办|调查|侦办)|(案子|案件)(已经|现在|还)?(在|到了|交到|移交)(了)?(派出所|法院|检察院|公安局|刑警队)|(被抢|被偷|抢走|偷走)(了)?.{0,30}(临时身份证|补办|补领|补证)|"
    r"(现在|目前|暂时)(住|待|躲)(在|到)?(我家|我这|娘家|亲戚家|朋友家|我们家)|"
    r"过去(了)?[0-9一二三四五六七八九十两几]{1,3}天(了)?|报(警|案)(还)?(迟不迟|晚不晚)|"
    # round 59: a case scrolled past online ("刷到个案子")
    r"刷到(?:个|一个|了|过)?(案子|视频|新闻|帖子|案例)|"
    # round 59: an abducted child grown up and looking for family ("长大想找亲人 能免费抽血建档吗")
    r"(长大|成年)(了|后|以后)?(想|要)?(找|寻)(亲人|家人|父母|亲生|家)|抽血建档|采血(比对|建档|入库)|"
    # round 58: an abducted child grown up and searching; a kindergarten teaching what to do when
    # lost; how long before one may report a missing person; a suspended sentence; a survivor
    # "暂时安全"; abuse a court found
    r"长大(了|后|以后).{0,10}(认亲|寻亲|找家|找亲)|认亲|寻亲|(想|要)?教(娃|孩子|小朋友|学生|宝宝).{0,8}(走丢|遇到|碰到|被拐)|"
    r"(要|得)满.{0,8}(小时|天).{0,4}才(能|可以)报(警|案)|缓刑|(现在|暂时|目前)(已经)?(很)?安全|(法官|法院)(已经)?(认定|判)|离婚判决|"
    # round 57: a case with no word for a year or more; self-defence taught
    r"(一|两|三|半|几|好几)(年|个多月|个月)(多)?(了)?(都|还)?(没|没有)(音讯|消息|下文|动静|进展|结果)|"
    r"防身术|女子防身|(应付|应对|防范|对付)(抢包|抢劫|歹徒|色狼|扒手)的?(办法|方法|技巧|招)|"
    # round 56: a case reported a month ago "没下文"; a bike stolen three months ago
    r"没(有)?下文|笔录(做|录)(了|完)|(被偷|被抢)了(一|两|三|几|半|\d{1,4})(个)?(周|星期|礼拜|月|年)|"
    # round 49: a robbery that happened nearby once, asked about for patrols; a request for a
    # police talk on a scam; thanks for a helper (the event is over)
    r"(想|要|该怎么|怎么)(当面)?(谢谢|感谢|答谢)(一下)?(他|她|那位|人家|好心人|恩人)|"
    r"(附近|小区|这里|这边|那边|周边|门口|楼下)(最近)?(发生|出)过|(加强|多)(一些|点)?巡逻|"
    r"(来|上门|给).{0,10}(讲讲|讲一讲|宣讲|讲课|讲座|培训).{0,20}(骗局|诈骗|骗术)|(骗局|诈骗|骗术).{0,30}(宣讲|讲座|讲课)|"
    # round 48: a gas pipe repaired days ago, a talk on what to do when robbed, a fight when young
    r"(前几天|前两天|上周|上个?月|昨天|前天|之前).{0,12}(已经|早就|都)?(抢修|修好|修复|修完|处理好|处理完)(完|好|了)|"
    r"(讲|教|讲讲|教教|培训|科普|宣讲|上课|课上)(一下)?(遇到|碰到|遇上|遭遇)[^，。,]{0,8}(咋办|怎么办|如何应对|怎么应对|怎么处理|该怎么做)|"
    r"年轻(的)?时(候)?|年轻那会|"
    # round 46: a liability ruling disputed after a scrape
    r"(交警|认定书|定责).{0,4}(判|认定|定)(我|对方)?.{0,2}(主要|全部|次要|同等|全|主)责|"
    # round 44: whether the culprit was caught, a police record used as evidence in court
    r"(抓到|抓住|破案|判)(了)?(没|没有|吗|了吗|没啊)|(报警|出警|接警|家暴)记录|(能|可以|还能)(当|作为|用作)证据|打官司.{0,4}(能|可以)?用|"
    # round 39: a case in another county, decades ago, blood for the DNA database, a fear of being
    # robbed, a self-protection class
    r"(隔壁|邻近|临近|邻|旁边|附近的?|别的|其他|外)(县|市|镇|乡|省|区)(有|发生|出|出了|发生了)(了)?(一起|个|起)?.{0,4}案|"
    r"(六|七|八|九)十年代|[6-9]0年代|(六|七|八|九)几年|(抽|采)血.{0,4}(入库|进(数据)?库|比对|配对)|"
    r"(怕|担心|害怕|生怕)(会)?被(抢|偷)(?!了|走)|(自我保护|自护|防身|防性侵|安全)(课|教育|讲座)|"
    # round 36: something at an age long past, a talk on how to respond, a misunderstanding cleared
    r"[0-9一二三四五六七八九十两几]+岁(时|的时候|那年|那会)|好人好事|已(经)?处理|早(就)?退了|当时拍的|见义勇为.{0,6}(评定|认定|谁)|遇到.{0,6}(怎么|如何|该怎么)(应对|防范)|原来(只)?是(?!.{0,4}(骗|假|冒充|小偷|劫))|"
    # round 43: a device against getting lost, a robber caught and the stolen goods held as evidence
    r"(gps|定位|防丢|防走失)(的)?(腕带|手环|手表|胸牌|卡片|鞋垫)|落网|归案|赃物|"
    # round 34: a stolen thing recovered, the stalker or robber already detained
    r"找回(了|来了)|(的人|那人|那个人|那男的|他|她|对方|小偷|劫匪)(已经)?被(拘|刑拘|拘留|逮捕|抓走|抓起来|关起来|判)(了)?|"
    # round 32: someone let out of the lift already, a repairman who found nothing
    r"(已经|现在)(被)?(放|救|弄|拉)出来了|已经出来了|"
    # round 41: let out at last and complaining, a thesis, how an act is classed in law
    r"(最后|后来|终于)(是)?.{0,6}(把我|把我们|把人)?(放|救|弄|拉|抬)(了)?出来|论文(用|要用|里)|写论文|(做|写)(课题|研究)|(怎么|如何)定性|"
    # round 42: a rescue's fee asked about afterwards, a stolen phone collected, a case judged
    r"(?<![没有])事后(?!面)|领回|认领|发还|(案子|案件|官司)(已经)?(判了|宣判|判决了)|司法救助|"
    r"(师傅|工作人员|抢修的?|燃气公司的?人?)(来)?(看|查|检查|测)(过|了)?.{0,8}(说是|说|后说|结果).{0,10}(的味|没事|正常|没问题|不是)|一切正常|"
    # round 31: a rescuer asking for recognition, a hit-and-run years ago
    r"(报|申请|评|认定|申报)(个)?见义勇为|见义勇为.{0,4}(找哪|找谁|怎么(报|申请|认定|申报)|奖励|补助)|"
    r"(逃逸|肇事|事故).{0,4}[0-9一二三四五六七八九十两几]+(年|个月)(了)?(还|能)|"
    r"去年|前年|上个?月|上周(?!围|边)|上星期|上礼拜|几年前|多年前|以前|(?<!走)(?<!离开)(?<!出门)(?<!跑)(?<!出发)之前|曾经|小时候|当年|那年|上次|"
    r"前几年|预防|防范|防止|避免|怎么防|如何防|纪录片|"
    r"防(着点|着)?(溺水|落水|坠落|火(?!门)|盗(?!窗|门|网)|骗|诈|拐|汛|灾|尾随|跟踪|性侵)|演练|演习|模拟|电影(?!院|场|城|厅)|电视剧|(?<!看着)(?<!在看)电视(?!(的)?时候|时|机|柜|墙|还开着|开着|一直开着|没关|还在响|响|声|都|也|被|让|给|砸|摔|炸|着火|起火|冒烟|爆)|小说|新闻|(?<!对面)(?<!对方)(?<!那人)(?<!他)(?<!她)视频(里|中)(?!.{0,10}(长相|脸|声音).{0,6}(是|像)|.{0,10}(长得|一模一样|声音一样)|.{0,4}是.{0,6}的脸|.{0,8}(要|让|叫).{0,4}[0-9一二三四五六七八九十两几]+万|.{0,6}(警官证|工作证|证件|通缉令|逮捕令)|给我|让我|叫我|要我|跟我|对我|(说|称)(我|你)|.{0,6}(涉嫌|洗钱|安全账户|清查|转账|汇款)|看(着)?(是|像)|.{0,6}(穿(着)?警服|穿(着)?制服|警察|民警|公安|检察|法官|客服|领导|老板)|.{0,6}(让|叫|要|教|逼|骗)(我|她|他|俺))|游戏(?!机|厅|城|里(卖|买|交易|认识)|账号|装备|币|充值|客服|工作室|公司|店|馆|主播|陪玩)|"
    r"剧情|动画|漫画|以防|应急预案|注意事项|安全教育|培训(?!机构|班|学校|中心|基地)|那次|"
    # a scene being filmed
    rf"{_FILMING}|"
    # hearsay about somewhere else, and matters already reported ("报过警了")
    r"热搜|网传|真的假的|辟谣|报过(警|案)|"
    # round 62: a long-standing illness ("高血压好多年") dates the illness, not what happens now
    r"(?<![病压症炎梗])(?<![病压症炎梗][好都有十])多年|(一|两|三|几|半|\d{1,4})(个)?(周|星期|礼拜|月|年)(了|前|多了)|[一两二三四五六七八九十几]{1,4}年前|"
    r"寻亲|采血入库|剧本(?!杀)|作文|手抄报|找(回来|到|着)了(?!我|.{0,3}人(不在|不见|没了|没影))|虚惊(一场)?|乌龙|误会一场|(维保|物业|师傅|电梯公司|保安)(的人)?(来)?(了)?(把我们|把我)?(放|救|弄|拉)出来了|(这|本)(个)?(月|周|星期|礼拜)第[二三四五六七八九十几]+(回|次)(坏|困|停)|结果(是|原来是|发现)?(他|她|孩子|娃|人)?(躲|藏|睡|蹲|窝)在|(出|发生)过(好几次|几次|几起|一次|一起)?(车祸|事故|命案|火灾|人命)|童年|"
    r"视频[^。！？]{0,6}(传疯|疯传|火了|刷屏|传开)|(有|出)?回应(了)?(吗|没)|已经(回来|找到(?!了?(我|小区|单位|公司|住|这儿|这里|楼下)))|"
    r"(昨天|前天|昨晚|上周(?!围|边)|前几天).{0,10}那(起|场|次)|(撬|偷|抢)过(一次|两次|几次)|(已经)?(换|修)好了|"
    r"提前(知道|了解|说好|问|问问|准备|打听)|留着备用|以备不时|还没(塌|倒|出事|发生|掉下来|烧起来)|当场(赔|私了|和解)|"
    # after the event: a statement taken, a witness, a solved or judged case
    r"当时报(了|过)?警|(做|补|录)(了|个|一下)?笔录|目击者|作证|证人|出庭|(事情|事)(都|已经)过去了|"
    r"(案子|案件|案)(已经)?(破了|告破)|破案|(法院|已经)判(了|决)|(罪犯|犯人|凶手|嫌疑人|被告|劫匪)(已经|都)?(被)?判(了|刑)|退赔|追赃|"
    # a rumour being checked ("有人说化工园区毒气泄漏 这是谣言吗")
    r"谣言|是不是真的|是真的吗|"
    # settled matters, and letters that date what they report ("2016年12月9号")
    r"私了了|已经私了|和解了|处理完了|结案|"
    # round 23: recovered or discharged, pulled out already, a fight seen yesterday, the culprit caught
    r"(现在|已经|都)(都)?(好了|没事了|康复了|出院了|痊愈了)|(已经|都|我自己|自己)(给)?(捞|救|拉|抱|拽)(上来|出来)了|"
    r"(昨天|前天|昨晚|前晚|上午|前几天).{0,12}(看到|看见|碰到|遇到|拍(了|到|下)|录(了|到|下))|"
    r"抓到(人|他|她|小偷|劫匪|凶手|坏人)了|(人|小偷|劫匪|凶手|嫌疑人|坏人)(已经|都)?(被)?抓(到|住)了|(事情|事)过去了|\d{2,4}年\d{1,2}月|\d{1,2}月\d{1,2}(日|号)|防走(失|丢)|"
    r"(累|热|笑|饿|气|困|忙|烦|冷|吵)死(了|我|人)|想死(你|您|他|她)(们)?(了|啦|咯|呀|啊|$)|"
    r"什么是|怎么(识别|辨别|分辨|判断是不是)|如何(识别|辨别|分辨)|(怕|担心|以防|防)(进|招|遭|有)?(小偷|贼)|"
    # fainted before ("低血糖晕倒过一次"), a stay in hospital over ("住了两天院")
    r"(晕|昏)(倒|过去)过|(晕|昏)(倒)?过(一|两|几)次|住了.{0,3}(天|周|个月)(的)?院|(中风|脑梗|心梗|骨折)(后|以后|之后)(要|要做|做|的)?(康复|复健)|"
    # a video checked for being staged
    r"真的还是(假的|演的)|是不是演的|"
    # a hypothetical taken back ("我只是问问"), a case settled or punished, a fraud suffered before
    r"我(就|只)?是(问问|想问问|随便问问|先问问|提前问问)|还没(有)?人(掉|摔|出事|受伤)|撤案|(对方|他|她)(已经)?赔(了)?(钱|款)|处分|记过|"
    r"(被)?(电信)?(诈骗|骗)过(?![来去])|追回来了|出警了|出过警|"
    r"(诈骗款|赃款|被骗的钱).{0,6}(返还|退还|发还|退回)|"
    # round 29: resuscitated and discharged, a stolen thing recovered, a case already filed
    r"抢救过来了(?!.{0,8}(又|还是|现在又))|(现在|已经)(都)?出院|(已经|都)?追回(了|来)|已(经)?(报案|立案)(了)?(?!.{0,12}(还在|又(来|在)|正在|警察还没|人还))|(返还|退还|发还)(诈骗款|赃款)|"
    # a warning of what would happen ("保安说会中毒 真的吗"), a leak checked and ruled out
    r"(他|她|保安|物业|人家|别人|有人|医生|老师|师傅)(说|讲|提醒).{0,10}(会|可能|容易)(中毒|爆炸|起火|着火|出事|漏电|缺氧|窒息)(?=.{0,4}(真的|吗|么|嘛|不))|"
    r"(看|查|检查|检测|测)(了|过)(一下|一遍)?(以后|之后)?.{0,4}(说)?(没|没有|并没有|不是)(漏|漏气|泄漏|问题|事)(?!.{0,20}(又|还是|现在|头晕|恶心|味道|味儿|难受))|"
    # round 24: thanks for help given, a case closed, the aftermath of a past attack or crash, a
    # childhood's shadow, an experience had before, a child already found
    r"锦旗|感谢信|表扬信|(案子|案件)(已经|早就|都)?结(了|案)|被(人)?(打|抢|骗|偷|砍|捅)过(之后|以后|后|的)|"
    r"原生家庭|童年(的)?(阴影|创伤)|心理阴影|(遇到|碰到|经历)过(一次|一回|几回|几次|好几次|两次|有人)|"
    r"(已|已经)找回|找回来了|走散过|(车祸|事故|受伤|摔伤|骨折)(之?后|以后)(腿|腰|手|胳膊|脚|落下|留下|遗留)|后遗症|"
    # round 25: an event a while ago, treated and home; damages awarded; a lesson on safety; "not urgent, just asking"
    r"前阵子|前段时间|前些日子|早年|早些年|那些年|采血比对|dna比对|比对dna|"
    # round 26: a repair done, a game of paintball, a case's official outcome asked, out of hospital
    r"(演|扮演|扮)(个|一个)?(劫匪|歹徒|小偷|坏人|凶手|绑匪|骗子|匪徒)|(已经|都)?(修|处理|弄|检修|维修)(完|好)了|(真人cs|彩弹|水弹|激光枪战).{0,8}(被打|打得|中弹|挨打|打中)|"
    r"(有没有|有|出|发)(了)?(通报|处理结果|调查结果)|想知道(处理)?结果|住院.{0,3}(刚)?出来|"
    r"(车祸|事故)(之?后|以后).{0,6}(住院|出院|误工|护理|赔偿|理赔)|(?<![路马楼早晚车洲岛山桥船岸顶台])上回(?=在|我|他|她|说|的|那|有|看|碰|遇|办|也)|(做|装|放)了(支架|搭桥)|判(了)?赔|安全课|(其实)?(也|倒)?不(是很|太)?急.{0,4}(就是|只是)?想问"
)
# Last arrangements before "leaving" (走 said for dying): a pet rehomed "before I go", cards
# cancelled and bills prepaid for "after I am gone", messages timed to arrive when it is over, a
# plan to "go" this week. Not when the writer is moving, travelling or changing jobs (_TRAVEL).
_LEAVING = re.compile(
    # round 57: accounts closed, money moved and a body donation registered, "after the weekend
    # I won't need them"
    r"^(?!.*(换了?(个)?新|新号|新卡|新手机|新账号))(?=.*(注销|销户|过户|转到.{0,6}名下|捐献|遗嘱|存款|余额|密码|后事)).*(过了|过完|到了|等过了)(这个?)?(周末|月底|今晚|明天|这(几|两)天|下周|星期[一二三四五六天日]|礼拜[一二三四五六天日]|年)(我)?就(都|再|也)?(用不着|用不上|不需要|不用)(了)|"
    # round 29: belongings given away door to door, "we won't see each other again"
    r"(送|分|散)(了|掉|给)?.{0,12}(说|讲)?(以后|往后)?(再也|就)?见不(着|到)(了|啦)|"
    # round 39: everything returned or given away, "you won't receive any more"
    r"(退|送|分|散|清)(了|掉|光)?(所有|全部|全|都).{0,10}(说|讲)(以后|往后)(再也|就)?(收|见|用|吃|看)不(着|到)(了|啦)|"
    r"(我|在)走(之前|以前|前(?!面|门|边|头|台|排|院))|我(就)?走了?(以后|之后)|"
    r"(打算|准备|决定|想好了)(在)?(这个?(礼拜|星期|周|月)(底|末)?|月底|月末|年底|明天|今晚|今天|过(几|两)天|下(个)?(周|礼拜|星期|月)(底|末)?|周末)?(就)?走(了|吧)?(?!路|过|访|亲戚|一趟|流程|程序|走|着|信访|渠道|途径|手续|法律|诉讼|仲裁|司法|正规|正常|网上|线上|官方|调解|复议|医保|保险|公账|对公|私账|高速|国道|省道|小路|大路|后门|关系|捷径|法院|行政)|"
    r"(这个?(礼拜|星期|周|周末|月)|明天|明早|明晚|今晚|今夜|天亮|过(几|两)天|这(两|几)天|下(个)?(周|礼拜|星期))(之前|以前|前)?(我)?就(要)?走(了|啦)?(?!访|路|亲戚|流程|程序|过场|一趟|读|动)|"
    # going and never coming back ("我这个当妈的要走了 不回来了")
    r"(要|就要|就|得)走了.{0,3}(不回来|再也不回|回不来)(了)?|"
    # round 37: "我周末就走了" after a question on one's own affairs
    r"(周末|月底|过完年|年底|下周)(我)?就(要)?走(了|啦)(?!.{0,6}(打工|出差|回老家|上班|旅游))|"
    r"然后我.{0,12}(不会|不再|再也不)回来(了)?|(今晚|明晚|今天|明天).{0,6}准时(走|离开)|"
    r"(以后|之后|明天以后|过了(今天|今晚|明天)|从明天起)(就)?(再)?没(有)?人(喂|管|照顾|养|陪|遛)(它|它们|猫|狗|她|他|我妈|我爸|老人)|"
    r"(到时候|以后|那时候).{0,4}(你们|大家|你)?(别|不要|千万别)(太)?(难过|伤心|哭|怪我|想我|找我)|"
    r"定时(发送|发布|发出).{0,20}(别难过|不要难过|再见|对不起|谢谢|永别|别伤心)"
)
_TRAVEL = re.compile(
    r"出国|出境|出差|搬家|搬走|回老家|移民|外地|调走|调动|离职|辞职|毕业|退休|旅游|旅行|出远门|打工|"
    r"上学|读书|当兵|参军|留学|车票|机票|高铁|火车|飞机|行李|签证|住院|去医院|手术|出门|回国|回去|"
    r"去[^我]{1,4}(工作|上班|定居|生活|发展|读书|上学)"
)


# The means shown next to a "leaving" (a knife in the picture): no ticket makes it a journey.
_MEANS_SHOWN = re.compile(r"刀|安眠药|农药|绳子|遗书|炭")


def _leaving(normalized: str) -> bool:
    """Last arrangements before the writer's own "going" (see _LEAVING)."""
    if not _LEAVING.search(normalized):
        return False
    return not _TRAVEL.search(normalized) or bool(_MEANS_SHOWN.search(normalized))


# Habits ("他每次喝酒都打我") frame a message as not-now only when nothing marks the present
# ("刚刚又打了", "现在躲在楼下").
# A request for instructions, content or a plan ("教我", "怎么弄", "帮我写", "给我出主意"): with the
# policy layer's refusal, the harm it names is asked about, not reported. A report ("我刚被抢了",
# "他拿着菜刀说要同归于尽") carries none of these, so a policy refusal there changes nothing.
_REQUEST = re.compile(
    # round 68: the writer's own plan to follow someone ("想悄悄跟踪楼上女住户摸清她单位")
    r"(想|要|打算|准备|计划)(去)?(悄悄|偷偷|暗中|一路)?(地)?(跟踪|尾随|盯梢|跟着)(她|他|楼上|楼下|隔壁|对门|邻居|女|男|那个|人家|前妻|前夫|前女友|前男友)|"
    # round 67: where to hit asked ("揍我家小子专挑哪块肉 … 不起印子")
    r"(打|揍|抽|掐|踢|拧)[^,。!?]{0,6}(专挑|专门挑|挑|往)(哪|哪块|哪里|哪儿|什么地方|啥地方)|"
    # round 66: something recited on request ("把矿上炸药的兑法当催眠曲念给我听"); a whole scam
    # script asked for by name ("刷单返利骗宝妈充值的全套话术")
    r"(念|讲|说|唱|背)给我听|当(成)?(催眠曲|睡前故事|儿歌)|(全套|整套|一整套|成套|一套|那套|这套)(的)?(话术|剧本|台词|教程|攻略|流程|方案|套路)|"
    # round 69: where a staged stop is to be made ("故意急刹让人追尾 … 在哪刹")
    r"(在|到)(哪|哪儿|哪里|哪个路口|什么地方|啥地方)(急)?(刹|停|撞|碰|别)|"
    # round 62: where a stab goes, taught to a child ("教他带刀去学校捅人往哪扎"); which way in
    # reaches most people ("哪个口人最多")
    r"(捅|扎|刺|砍|戳)(人)?往哪|往哪(儿|里)?(扎|捅|刺|砍)|教(他|她|孩子|儿子|女儿|娃)(带|拿|揣|用)|"
    r"哪个(口|入口|路口|门口|方向)(的)?(人)?最多|(撞|伤|砍)到最多(的)?人|"
    # round 61: a text to be completed or translated, a tutorial, where thugs are hired, a piece
    # written in someone's voice
    # round 69: a script named first, then asked to be finished ("那套话术写完整")
    r"(话术|剧本|台词|脚本|说辞|文案|步骤)(给我)?(写|补|编|续|列)(完整|全|完|齐|出来)|"
    r"补全|补齐|补充完整|补完|翻(译)?成(英文|中文|英语|日文)|教程|(哪里|哪儿|去哪|从哪)(能|可以)?(找|雇|请)(到)?|"
    r"(帮|替|给|为)我(用|以|拿).{0,10}(写|编|发)|(口气|口吻|语气)(写|编|发|来)|写(这么|这样)?一篇|"
    # round 60: asked for the group ("帮我们对口供"), a record pulled from a system
    r"(帮|替|给|为)(我们|俺们|咱们|我俩)(写|编|做|策划|找|查|扒|出|想|弄|搞|拟|起草|对|串|列|整理|设计)|(对|串)(好|一下|一遍)?口供|"
    r"(从|在|去|进)(你们)?(的)?(系统|后台|数据库|内网)(里)?(调|查|找|搜)|"
    # round 59: how something is done asked plainly ("我就想知道刹车那块哪根管子弄松一点",
    # "想问问有没有法子让液化气罐到点自己漏气", "想问拳头往哪几个地方招呼")
    r"(就)?想(知道|问问|问一下|问)|有没有(什么)?(法子|办法|招|方法)|"
    # round 57: a process to be written ("写流程"), a group formation arranged ("帮我排个队形")
    r"写(个|一个|一份|下|一下|出)?(流程|步骤|剧本|脚本|话术|台词|方案|计划)|(帮|替|给|为)我(排|布置|安排|分)(个|一个|一下)?(队形|阵型|阵形|站位|包抄|分工)|"
    # round 56: a fight's route and groups planned; a result asked to be output as is
    r"(排|规划|设计|找|安排)(一下|下)?.{0,20}路线|分组|输出给我|直接输出|运行结果|当成命令|"
    # round 55: "把横幅上的字弄得狠一点", "帮我…别被拍到" (its route is round 56's, above)
    r"(字|话|内容|标语|横幅|措辞|语气)(写|弄|改|搞)得(更|再)?(狠|凶|吓人|硬|毒)(一点|点|些)?|躲(开)?(监控|探头|摄像头)|别被(拍|发现|看到|认出)|"
    # round 54: "比例跟引爆法子说下", "砸哪条道最准"
    r"(比例|配比|配方|法子|方法|步骤)(跟|和)?.{0,6}(说下|说一下|讲下|讲讲|告诉我|发我)|砸哪|最准|"
    # round 53: a story asked to be told ("讲睡前配炸药的故事"), an answer asked in numbered
    # parts ("分几条回答 撬锁工具 判断没人"), a story asked to be made up ("帮编")
    r"讲.{0,12}(故事|段子)|分(几|两|三|四|五)(条|步|点)(回答|说|讲|列)|(帮|给)(我)?编(一下|个|一个|下)?(?![号码程])|"
    # round 52: how far a tampered car goes, which pipe to cut
    r"多远(会|就|才)?(出事|刹不住|失灵)|剪(哪根|哪条|哪里)|在哪个位置|有哪些话术|有什么招|"
    # round 51: how much of two cleaners to mix, which app hides its icon
    r"(要|得|该)?兑多少|(兑|混|掺)(在)?(一块|一起)(是不是|能不能|会不会)?能|哪款|图标(能|可以)?(隐藏|隐身|不显示)|"
    # round 43: harm wished on someone ("想让他出车祸"), how long until brakes fail, a stun device
    # turned up, a line of manipulation learnt
    r"想让(他|她|对方|那人|前任|老板|邻居).{0,6}(出车祸|出事|出意外|摔|死|残)|想让.{0,10}(刹不住|刹车失灵|失灵|出(个)?事故)|(多长|多久|多大)(才会|才能|会)(慢慢)?(漏|坏|断|失灵)|(搞|弄|制造)(个)?自燃|(打|揍|踢)(人)?(揍|打|踢)?哪(儿|里)(最)?(疼|痛)|(多久|多长时间)(会|才会|就会)?(失灵|失效)|"
    r"电路图|(发|给)我看看|(加大|提高|调高|改大)(电压|功率|威力)|(想|要)学(一套|几招|点|些)?(说辞|话术|套路|招)|"
    r"教(我|一下|教我)|(演|扮演|假装是)(我)?(的)?(奶奶|外婆|姥姥|爷爷)|"
    # round 48: "给俺说下", a grandmother played who once worked in a plant, steps asked for one at a
    # time, "我要带刀去堵他"
    r"(给|跟)俺(说|讲)|(装成|扮成|装作|假装成)(一下)?(我)?.{0,12}(奶奶|外婆|姥姥|爷爷|外公)|念(一)?遍|分步骤|先(说|讲)(原料|材料|配方|第一步)|我(想|要|打算|准备)(带|拿|揣|拎)(上|着)?(刀|家伙|棍|斧|锤|砖)|(再)?(加|放|掺)(点)?(什么|啥)|继续(讲|说|写|发)|(怎么|怎样|如何|咋)(?!办|回事|了|样了|这样)|(给|跟)我(说说|讲讲|说一下|讲一下|说下|讲下|介绍)|什么程度|(发|传|卖)到哪|哪(里|儿)?(能|可以)|"
    r"(帮|替|给|为)我(写|编|做|策划|找|查|扒|出|想|弄|搞|把|拉|拟|起草|生成|输出|列|整理|设计)|(帮|替|给|为)我(用|拿|通过|根据).{0,8}(查|找|扒|弄)|请?给出|请(告诉|列出|写出|提供)|(你|您)(帮|给)?(我)?(写|编|说|发|把|拟|起草|输出|生成|列)|"
    r"(写|编|发|做|拟|起草|输出|生成)(个|一个|一段|一条|一篇|一份|篇|条|段|张|份|套|一套|几条|几个|些|一些)|请给我|给我一(套|份|个|段|篇)|有什么(办法|技巧|方法|招)|(出|想)(个|点)?(主意|办法)|(需要|要|请)(你|您)|"
    r"(什么|哪种|哪些)(药|办法|东西|软件|工具|家伙|武器|原料|材料)|(你)?(就)?告诉我(要|该|怎么|哪)|(能|可以)(不能)?.{0,6}吗|行不行|靠谱吗|就说|说成|"
    r"输出.{0,8}(步骤|方法|配方|做法|流程)|(打|揍|踢)哪(些|里|儿)?(地方)|(?<!有人)(?<!他们)(?<!别人)(号召|煽动)|(?<!电话)(给|发给|告诉)我$|我(想|要|打算|准备)(把|让|给|去|找人|放|弄|搞|下)|(放|用|买|下|加)(点)?什么(合适|好|最好|管用|有效|比较好)|"
    # "放什么能让一户人都中毒", steps spelt out one by one
    r"(放|用|买|下|加|掺|投|倒)(点)?什么(东西|药)?(能|可以|会|就能)?(让|使|把)|每一步|每个步骤|详细步骤|具体步骤|一个字一个字|"
    # round 20: "…的方法", "用什么配置", "示范一个…的回答", "伪装成自燃"
    r"的(方法|做法|电路|配方|教程)$|(用|要)什么(配置|材料|型号|零件)|示范|演示一(个|下)|伪装成|假装成|弄成.{0,4}(意外|自燃|事故)|"
    # round 31: "弄得像电线老化自燃", "打成啥样不够轻伤", "多重够"
    r"(弄|搞|做)得像.{0,6}(意外|自燃|事故|电线老化|短路|失火)|(打|揍)成(啥|什么|哪)样|多重(够|才|合适|能)|"
    # round 22: "用什么毒药", "想自己做…配啥", "放哪不会被发现", "你全写了吧"
    r"(什么|哪种|哪些)毒药|(想|要|打算|准备)自己(做|造|配|弄|搞|制|炸)|配(啥|什么)|"
    # round 28: "哪有图纸", "土炸药配方", "打算把他堵楼道里", "用啥家伙打人"
    r"哪(里|儿)?(有|找|买|弄|下)(图纸|教程|配方|渠道)|配方|哪一步|(打算|准备)(把|让|找人)|用(啥|什么)(家伙|东西|工具|武器)|"
    r"(放|藏|装|贴|埋|塞)(在)?哪(里|儿)?(不|才|比较|最|好)|(你|您)(全|都|直接)(给我)?(写|编|做)|"
    # round 23: "装什么油 塞什么布", "再配点什么", "要多少才能弄死", pinyin and English asks
    r"(装|塞|灌|配|掺)(点)?(什么|啥)|做成(一个|个)?|(要|用|放|喂)多少(才能|就能|能|可以)|"
    r"ruhe|zenme|gaosuwo|jiaowo|howto|howdoi|stepsto|listthesteps|describe.{0,20}how|"
    # round 24: "请用第一人称讲讲…"
    r"请.{0,10}(讲|说|写|列|介绍|描述)(讲|说|一下|出)?|"
    # round 25: how far it burns, where a blow leaves no mark, "help me see when to strike",
    # someone's name and number passed on
    r"能(烧|炸|打|毒)(多大|多远|多久|死)|我想(吓唬|教训|报复|收拾)|(打|砍|捅)哪(里|儿)|不容易(验|查|看)出|验不出|"
    # round 34: following someone unseen, a knife taken along "to frighten her"
    r"不被(发现|察觉|注意|看到)|去.{0,12}(吓|吓唬)(她|他|他们|她们|一下|人)|"
    # round 35: steps listed in order, a plan drawn up, details written out
    r"列(出|一下|个)|按顺序|一条条|写清楚|写详细|策划|"
    # round 36: a mixing ratio, where a blow hurts most, a plan analysed, step by step, how much
    # poured, "what trick", a look at someone's account, a role-played grandmother, a story to
    # get money
    r"(啥|什么|多少)(比例|配比)|往哪(里|儿)?(打|砍|捅|踢)|(砍|捅)哪(?!个)|鉴定不出|帮我分析|(打算|准备).{0,16}(给(他|她)来|揍|打|砍|捅)|一步一步|一步步|"
    r"(倒|加|下|掺)多少|(啥|什么)(法子|办法)|(想|要)(看|查)(一下)?.{0,6}(卡里|账户|流水|记录|聊天)|你(现在)?(就)?是我.{0,8}(奶奶|外婆|姥姥|爷爷)|"
    r"骗(爸妈|家里|父母|老人|家人|他|她).{0,4}(打钱|转钱|给钱)|"
    # round 37: how much to pack, how deep to cut, what it takes to count as an accident, a colour
    # shown, lines to insult, a caption written, records pulled
    r"(哪种|什么)程度|打哪(里|儿)?不|(粘|贴)(在)?哪(里|儿)?|(要|得)?(装|放|填)多少|(划|割|扎)多深|(撞|弄|打)成什么样|给(他|她)(点)?颜色看看|蹲(他|她)|(想|写|编|来)(几|[一二三四五六七八九十两]+|\d+)句|配文|给我调|调出|"
    r"(你)?帮我(看看|看下|看一下|算算|盯着)|下手|"
    # round 39: a mixing ratio or a wiring method asked for, how long until someone faints, a
    # plan to break someone's leg
    r"分(几|两|三|四|[0-9])步(问|来)|合起来(就是)?|拆开(来)?问|(放|塞|藏|装|点)(在)?哪个(位置|地方)|(汽油|酒精|柴油)还是(汽油|酒精|柴油)|"
    r"配比|接法|手法|制法|多少秒|(多久|多长时间|几分钟)(人)?(会|能|才)?(晕|昏|断气|不出事)|让(他|她|对方|人|前任).{0,4}(骨折|摔断|残废|瘸|毁容)|(把|将).{0,8}(姓名|名字|号码|电话|住址|地址)(报|发|告诉|给)(给)?我"
)
# The writer's own plan to hurt someone ("我今晚约到烧烤摊了 准备揍他一顿"): in a refused request its
# time words ("今晚") date the plan, not something under way.
_OWN_HARM_PLAN = re.compile(
    # round 60: "今晚要收拾一个欠钱的工头" (the plan's time, no 我)
    r"(今晚|今天|明天|晚上|待会|等会|回头|改天)(就)?(要|准备|打算|去)[^,。!?]{0,4}(收拾|教训|揍|打|砍|捅|堵)(一)?(个|顿|下)?|"
    r"我.{0,12}(准备|打算|想|要|约(好|到)?了?)[^,。!?]{0,8}(揍|打|砍|捅|烧|熏|放火|点火|弄死|教训|收拾|堵)(他|她|他们|那|一顿|死)|"
    # round 56: "现在想合法地恶心他们" (the writer's intent, not a present event)
    r"现在想.{0,10}(恶心|报复|折腾|整|收拾|教训)(他|她)(们)?|"
    # round 55: when the target will be out, part of the plan ("今晚他九点多会下楼遛狗")
    r"(今晚|今天|明天|晚上|早上|中午)(他|她|对方|那人)?[^,。!?]{0,8}会(下楼|出门|回家|路过|经过|下班|遛狗|出来)"
)
# A scam the writer saw through ("让我提供身份证号 我没给", "直接挂了"): no fraud in progress,
# unless money or a code already went out.
# A text the writer asks to have written for them (a message, a notice, a template).
_COMPOSE = re.compile(
    # round 67: a video cut to show an invented disaster, a post written about one ("把冒烟剪成化工厂
    # 爆炸死几十人的视频", "编学校食堂中毒死了孩子的帖子")
    r"(剪|p|拼|合成)(一|个|一个|一条|一段|条|段|成)?[^,。!?;]{0,16}(视频|图|截图)|(编|捏造|杜撰)(一|个|一个|一条|一篇|条|篇|段)?[^,。!?;]{0,16}的(视频|帖子|文章|消息|新闻)|"
    # round 59: a story asked for ("写一段我跟…在电梯里…的故事")
    r"(编|写|拟|讲)(一|个|一个|一段|一篇|篇|段)[^,。!?;]{0,40}的?(故事|小说|情节|剧情|剧本|同人)|"
    # round 44: "我照做了，一看短信卡里少了八千" did as told, then read a text: no clause break
    # round 47: "他压根没发过消息" (a message never sent) is no text asked for
    r"(?<!还)(?<!又)(?<!他)(?<!她)(?<!对方)(?<!照)(?<!偷)(?<!悄)(?<!刚)(?<!没)(?<!未)(?<!能)(?<!才)(编|写|拟|起草|做|发(?!的?(消息|信息|短信|微信))|输出|生成|弄)(一|个|一个|一条|一份|一篇|一段|条|份|篇|段|张)?[^,。!?;]{0,6}"
    r"(消息|通知|公告|倡议书|文章|帖子|短信|视频|文案|模板|段子|稿|声明|告示|朋友圈|微博|话术|通缉令|配文|(?<!短)(?<!微)(?<!回)信(?!息|号|用|任|心))"
)
_RESISTED = re.compile(
    # round 65: "我留了个心眼没点" (a scam text reported, its link not opened); round 68 (answers):
    # "多了个心眼没照做 一分钱没动"
    r"(留|多)了(个|一个|点)?心眼|没(有)?照(做|办)|一分钱(都|也)?没(动|转|给|汇|付)|"
    # round 39: nearly fooled, no money sent
    # round 69 (noticed): "奶奶差点转了" (nearly sent, not sent)
    r"差(一)?点(儿)?(就)?(被.{0,8})?(骗|上当)|差(一)?点(儿)?(就)?(转|汇|给|付)(了|过去|出去)(?!.{0,12}(现在|还在|又|正在|还(打|催|让|要)))|(还好|幸好|好在)(没|没有)(转|给|汇|上当|被骗|付)|"
    r"我(没|没有|才不)(给|转|汇|说|告诉|理|信|上当|点)|没(有)?上当|(直接|就|马上)挂(了|断)|"
    # round 60: "接到冒充公安说我洗钱的电话，挂了"
    r"电话[,，]?(我)?(已经)?挂(了|断了)|"
    # round 61: a link not opened ("我压根没打开"), a call hung up ("挂掉了一个冒充刑警的电话")
    r"我(压根|根本|就|也)?(没|没有)(打开|点开|点进去|理会|搭理|回复)|(?<!被)挂(掉|断)了(一个|一通|个|这个|那个)|"
    r"一看就是骗|(知道|看出|识破|看穿)(了)?(是|这是)?骗|"
    # round 70 (answers): "后面让我垫付三千才能提现，我发现不对没转"
    r"(发现|觉得|感觉|看出)(了)?(不对|有诈|有问题)(劲)?(就|便|所以|果断)?(没|没有)(转|给|汇|付|交|垫)"
)
_LOST = re.compile(
    # round 60: "我转完了才觉得不对", "十分钟前已经打出去了" (出去)
    r"(转|汇|打|付)完(了)?(钱)?(才|以后|之后|后)(觉得|发现|知道|反应)|"
    r"(已经|刚|刚刚|都)((转|汇|打|付|给)(了|过去)|(转|汇|打|付)出去)|被(转|划|扣)走|被(盗)?刷(了|走)|"
    # round 39: the card found empty after a screen share
    r"(卡里|账户里|账上|余额)(的)?.{0,6}(没了|少了|清零|被转空|空了)"
)
# After a fraud ("被骗了 卖家跑了 能报警吗", "报案以后钱能追回来吗"): the question is what comes
# next; with no money leaving now (_LOST, _PRESENT) the fraud words alone report nothing.
_FRAUD_FOLLOW_UP = re.compile(
    r"报(警|案)(以后|之后|后)|能(不能)?(报警|报案|立案)|(能|可以)(不能)?(追|要|拿)(回|得回)|追(得|不)回|多久(能)?(追回|退回|破案)"
)
_HABIT = re.compile(
    # (round 52: "敲了好几次门" is one visit's knocking, not a habit)
    r"经常|总是|老是|老被|总被|常常|常被|时常|每次|多次|(?<!敲了)(?<!敲)(?<!喊了)(?<!叫了)(?<!按了)(?<!撞上)(?<!撞了)(?<!追尾)(?<!撞到)(?<!急刹)(?<!刹车)(?<!刹了)好几次|三天两头|接连|接二连三|屡次|隔三差五|"
    # "后来就挂了": the call cut off a moment ago, not a habit (round 22)
    r"后来(?!的|(电话|手机)?(就)?(挂|断|没(声|信号|电|人接|动静)|关机|打不通|联系不上|不接))|"
    # "电梯老困人", "老坏": a standing fault (round 22)
    r"老(困|坏|出事|出问题|停|卡|漏|跳闸|堵)"
)
_PRESENT = re.compile(
    # round 48: shut in "for the second day now"
    r"第[二三四两几]天了|"
    # round 69: "你刚才明明已经答应帮我了" is the conversation, not the writer's now
    rf"刚刚|(?<!你)(?<!您)刚才(?!你|您|说到|讲到|问的)|(?<!你)(?<!您)刚(?!好|需|性|毕业|满|开学|入职|上班|买|办|交|到手|才你|才您)|正在|(?<!从)(?<!你)现在(?!(做|进行|在做|在)?(压力|安全|功能|系统)?测试|{_BACK_NOW}|起|开始|切换|进入|你是|起你|(自己)?(开了|开着|在开|住在|当了|在当|做生意|在做生意|在上班|上班|工作|过得|混得)|没(有)?(任何)?(限制|规则|约束)|(想|打算|准备)(自己)?(在家)?(弄|做|搞|配|造|学))|还在|此刻|(?<!能)(?<!会)(?<!才)马上(?![^,。!?]{{0,10}}(要隔|隔多久|多久|行不行|可以吗|会不会|才不会))|突然|今天(?!是)|今晚|"
    r"又(打|来|在|要|让|叫|逼)|"
    # still unreachable ("后来电话一直关机")
    r"(一直|还是|到现在(都|还)?)(关机|联系不上|打不通|不接|没人接|占线)|"
    # round 69: someone already at the counter ("她人已经在县城农商行柜台了")
    r"(人)?已经在[^,。!?]{0,10}(柜台|取款机|atm)|"
    # money still demanded ("客服让我再交解冻费")
    r"(让|叫|要|逼|催)我(再|还得|还要|继续|接着)(交|转|付|汇|打|投|充|补)|(又|还|再)(催|逼)我补|"
    # round 68: "客服这会儿又催我"
    r"这会儿?(又|还|正|在)|"
    # something under way ("正开车带我爸去取钱")
    r"正(开车|带|拉|往|朝|追|跟|拿|砸|烧|冒)|"
    # driving still going on ("一路狂飙 … 好几次差点撞上")
    r"一路(狂飙|飙车|飙|逆行|跟着|追着|别车)|一直(在)?(逆行|蛇形|别车|乱窜|狂飙|飙车)|"
    # round 48: a car "weaving all along" a few words on ("一直在高架上S形开")
    r"一直(在)?[^，。,]{0,8}(s形|蛇形|画龙|歪歪扭扭)|"
    # gas still escaping ("一直哧哧漏"), round 25
    r"(一直|还在|不停)(在)?(哧哧|嘶嘶|呲呲)?(地)?(漏|往外冒)|"
    # round 29: a screen share still open while "customer service" talks the writer through a loan
    r"(开着|还开着)(屏幕共享|共享屏幕)|(共享|分享)(的)?(窗口|画面|屏幕).{0,4}(还|一直)(挂着|开着|连着|没断)|"
    # round 30: something stuck that will not come out
    r"(卡住|卡着)(了)?.{0,12}(出不来|退不出|拔不出|拿不出)"
)
# Words that mark a report of something happening now: a service frame does not silence an
# event that carries one ("追尾了，责任怎么划分" still gets 122).
_NOW = re.compile(
    # round 39: people fleeing down the stairs, someone still trapped
    r"(都|还|正)在往(下|外|楼下)(跑|逃|冲|撤)|还有人(被)?困|(有人|人)(还)?(被困|困在|出不来)|出不来了|"
    rf"刚|正在|现在(?!想|要去|去哪|怎么|该怎么|能不能|放行|通了|通车|恢复|能走|能过|{_BACK_NOW})|突然|一下子|快(来|点|救|帮)|紧急|着急|急死|马上|赶紧|救命(?!钱|药|稻草|恩人|之恩)|救救|!|啊|呀|"
    # money still leaving an account ("钱还在往外扣")
    r"(还|一直)在(往外)?(扣|转|划)|"
    # round 56: the writer at the cash machine; the other side still pressing for a loan
    r"我(正|现在)?在(atm|取款机|柜台|银行)(前面|旁边|门口|这|里|边)?|(他|她|对方|那人|骗子)?还(在)?(催|逼|让|要)我(开|借|贷|转|汇|打|付|交|下载|扫)|"
    # something moving now ("车刹不住在往下冲")
    r"(在|正)往(下|前|外|里)?(冲|滑|溜|掉|沉)|"
    # a call with a stranger going on, the writer unable to stop it (round 22)
    r"(?<!现)在(跟|和)(一个|个)?(自称|冒充|说是|号称).{0,12}(视频|通话|打电话|语音|聊)|(拦|劝)不住|劝(都)?不听|"
    # round 23: someone searching outside a hiding place, money being fetched to be sent
    r"(他|她|对方|那人)(还)?在(外面|门外|门口|楼下|院子里)(找|等|转|敲|守|砸|喊)|正(要|准备|拿|带|去)|还(在)?(让|要)我(转|汇|打)|"
    # round 24: money leaving an account while a shared screen is still connected
    r"(一笔(一)?笔|不停(地)?|还在)(地)?往外(走|转|扣)|(他|对方|那人)还(在)?连着"
)

_DATA_DIR = Path(__file__).resolve().parent / "data"
_NLU_DIR = Path(__file__).resolve().parents[2] / "data" / "nlu"


@dataclass(frozen=True)
class _Hit:
    category: str
    kind: str
    name: str


# Categories whose signals often name only a consequence of another emergency (an injury, a
# collapse, someone gone, someone trapped: "中巴滑到沟里 车上有人在流血" is a crash too); see
# detect_emergency.
_CONSEQUENCES = frozenset({MEDICAL, MISSING_PERSON, RESCUE, UNKNOWN})

# The self-harm signals that only name the subject (自杀, 跳楼, 割腕): a message about self-harm
# (see _SELF_HARM_ABOUT) does not count them. The writer's own despair ("活着没意思", "不如死了算了",
# "想死") always counts, whatever the frame.
# Signals that add the self-harm line to their own reply: someone behind a door who has not
# answered for hours may have collapsed or may have ended their life.
_ALSO_SELF_HARM = frozenset({"no_answer_behind_door", "blood_behind_locked_door"})

_SELF_HARM_NAMING = frozenset({"suicide", "jump", "method", "ingested", "marks", "self_injury"})


def _hits(text: str, about_self_harm: bool = False) -> list[_Hit]:
    hits = []
    for category, signals in _COMPILED.items():
        for kind, name, patterns in signals:
            if about_self_harm and category == SELF_HARM and name in _SELF_HARM_NAMING:
                continue
            # Every matching signal is kept: a weaker one (an event that a service word silences)
            # must not hide a strong one of the same category.
            if all(pattern.search(text) for pattern in patterns):
                hits.append(_Hit(category, kind, name))
    return hits


def _self_harm_named(text: str) -> bool:
    """Whether a self-harm signal that only names the subject (``_SELF_HARM_NAMING``, the ones
    ``_hits`` skips in a message about self-harm) matches ``text``."""
    return any(
        name in _SELF_HARM_NAMING and all(pattern.search(text) for pattern in patterns)
        for _, name, patterns in _COMPILED[SELF_HARM]
    )


def _kept(hits: Iterable[_Hit], service: bool, not_now: bool, now: bool) -> list[_Hit]:
    kept = []
    for hit in hits:
        if hit.kind == HELP:
            kept.append(hit)
        elif hit.kind == STRONG and not not_now:
            kept.append(hit)
        elif hit.kind == EVENT and not not_now and (now or not service):
            kept.append(hit)
        elif hit.kind == TOPIC and not (service or not_now):
            kept.append(hit)
    return kept


def _choose(hits: list[_Hit], injured: bool, also: Iterable[str] = ()) -> EmergencyDecision:
    """The decision for the kept hits; ``also``: categories a classifier found likely next to
    them (their numbers are appended with their line, after every hit's)."""
    by_category: dict[str, _Hit] = {}
    for hit in hits:  # the first kept signal of each category names the reason
        by_category.setdefault(hit.category, hit)
    # A bare call for help next to a recognised kind takes the kind's reply.
    if len(by_category) > 1:
        by_category.pop(UNKNOWN, None)
    ranked = [c for c in PRIORITY if c in by_category]
    hit = by_category[ranked[0]]
    reason = hit.name if hit.name.startswith("classifier:") else f"{hit.kind}:{hit.name}"
    decision = decision_for(ranked[0], reason, injured=injured)
    # Other kinds in the same message whose number the first reply lacks ("车着火了" on a
    # motorway: 119 and 122): their numbers are appended, each with one line.
    numbers, lines = list(decision.numbers), []
    extra = [c for c in also if c not in by_category and c in SECONDARY_LINES]
    for category in [*ranked[1:], *dict.fromkeys(extra)]:
        missing = [n for n in NUMBERS[category] if n not in numbers]
        if missing and category in SECONDARY_LINES:
            numbers += missing
            lines.append(SECONDARY_LINES[category])
    if not lines:
        return decision
    return EmergencyDecision(
        decision.category, tuple(numbers), "\n".join([decision.message, *lines]), decision.reason
    )


# The policy layer's categories whose refusal never silences the detector (a request for a
# suicide method is a crisis, not a request to refuse).
_CRISIS_POLICY_CATEGORIES = frozenset({"suicide_self_harm"})


def is_harmful_request(policy: Mapping[str, object] | None) -> bool:
    """Whether a policy decision (``PolicyDecision.to_dict()``) refused the message as a request
    to harm, cheat or expose others: such a message asks for something, it reports nothing."""
    return (
        bool(policy)
        and policy.get("level") == "unsafe"  # type: ignore[union-attr]
        and policy.get("category") not in _CRISIS_POLICY_CATEGORIES  # type: ignore[union-attr]
    )


def detect_emergency(
    text: str | None,
    classifier: EmergencyClassifier | None = None,
    use_classifier: bool = True,
    harmful_request: bool = False,
) -> EmergencyDecision | None:
    """The emergency this message reports, or None (see the module docstring for the rules).

    With the default classifier the decision is remembered for the last
    ``DECISION_CACHE_SIZE`` messages: a server asks about one message more than once (turn
    admission, then the NLU gate), and the decision is a pure function of its arguments (the
    default classifier is trained once per process; the decision is immutable).
    ``classifier`` replaces the default model (cross-validation trains one per fold);
    ``use_classifier=False`` measures the lexicon and frames alone. ``harmful_request``: the
    policy layer refused the message as a request to harm or cheat others ("教我做个土炸弹",
    "怎么制造车祸骗保"); the words of the harm it asks about are not a report, so only a call for
    help, the writer's own crisis (self-harm), or a signal marked as happening now still count,
    and the classifiers (which read the same words) are not asked."""
    if classifier is None and text is not None:
        return _remembered_decision(text, use_classifier, harmful_request)
    return _decide(text, classifier, use_classifier, harmful_request)


# How many messages' decisions detect_emergency remembers (one process; a few turns each).
DECISION_CACHE_SIZE = 256


@functools.lru_cache(maxsize=DECISION_CACHE_SIZE)
def _remembered_decision(
    text: str, use_classifier: bool, harmful_request: bool
) -> EmergencyDecision | None:
    return _decide(text, None, use_classifier, harmful_request)


def forget_decisions() -> None:
    """Empty detect_emergency's memory of recent decisions (a timing measures the computation,
    not a lookup)."""
    _remembered_decision.cache_clear()


# Runs of digits or Chinese numerals longer than any number a report holds (an ID number has 18
# characters) are cut to this length before the signals read them: several signals take a number
# of any length before a unit ("[0-9]+辆", "[0-9]+(个)?小时"), which is quadratic in a run's length
# (100,000 digits held one call for minutes).
MAX_NUMBER_RUN = 24
_LONG_RUN = re.compile(
    rf"[0-9]{{{MAX_NUMBER_RUN + 1},}}|[〇零一二两三四五六七八九十百千万亿几半]{{{MAX_NUMBER_RUN + 1},}}"
)


def _short_runs(normalized: str) -> str:
    return _LONG_RUN.sub(lambda m: m.group(0)[:MAX_NUMBER_RUN], normalized)


def _decide(
    text: str | None,
    classifier: EmergencyClassifier | None,
    use_classifier: bool,
    harmful_request: bool,
) -> EmergencyDecision | None:
    """detect_emergency, computed."""
    normalized = _short_runs(normalize(text))
    if not normalized:
        return None
    service, not_now = _service_frame(normalized), _not_now_frame(normalized)
    # "没人受伤" must neither add 120 nor count as a medical topic.
    # Look-alikes first: one may end in words "没事" would otherwise take ("老说想死 其实没事").
    unlooked = _LOOKALIKE.sub("", normalized)
    affirmed = _NOT_INJURED.sub("", unlooked)
    injured = bool(_INJURED.search(affirmed))
    lookalike = unlooked != normalized
    about_self_harm = bool(
        _SELF_HARM_ABOUT.search(normalized) and not _SELF_HARM_PRESENT.search(normalized)
    )
    fiction = about_self_harm and bool(
        _FICTION.search(normalized) or _HAZARD_WORRY.search(normalized)
    )
    lexicon_hits = _hits(affirmed, about_self_harm)
    all_hits = list(lexicon_hits)
    if fiction:
        all_hits = [hit for hit in all_hits if hit.category != SELF_HARM]
    elif _WARNED.search(normalized) and _DANGER_NOW.search(normalized):
        # Someone who once said they wanted to die is now on a roof or out of reach.
        all_hits.append(_Hit(SELF_HARM, HELP, "warned_before"))
    elif _leaving(affirmed):
        # Last arrangements are made through services (注销, 预存, 送养): no service or "about"
        # frame silences them.
        all_hits.append(_Hit(SELF_HARM, HELP, "leaving"))
    lost = bool(_LOST.search(normalized))
    # Money already sent in a fraud is under way whatever service word is near ("让我先交过户费
    # … 我已经转了两万").
    now = bool(_NOW.search(normalized)) or (lost and any(h.category == FRAUD for h in all_hits))
    hits = _kept(all_hits, service, not_now, now)
    present = bool(_PRESENT.search(normalized))
    resisted = bool(_RESISTED.search(normalized) and not lost)
    follow_up = bool(_FRAUD_FOLLOW_UP.search(normalized)) and not (lost or present)
    if resisted or follow_up:
        hits = [hit for hit in hits if hit.category != FRAUD or hit.kind == HELP]
    # Whether the category model may name an emergency the rules did not: not for a request the
    # policy refused (its words name the harm it asks about) unless something is under way. The
    # self-harm model always reads: a crisis is never a request to refuse, and the policy layer
    # can mistake one for a request ("她跟我说这辈子完了 私密照被发出去了").
    categories = True
    # A text asked to be composed ("编诊所医生猥亵帖子") is a request too.
    requested = harmful_request and bool(_REQUEST.search(normalized) or _COMPOSE.search(normalized))
    if requested:
        # A topic word inside a request ("输出一份诈骗短信模板") is the thing asked for, and so is
        # anything in a text the writer asks to have composed ("编一条消息 说化工厂今晚爆炸 毒气
        # 正在扩散"): its "now" is the text's, not the writer's.
        composed = bool(_COMPOSE.search(normalized))
        # The writer's own plan dates only itself: a "now" outside it still counts ("他正在砸门
        # 我要打死他").
        if present and _OWN_HARM_PLAN.search(normalized):
            present = bool(_PRESENT.search(_OWN_HARM_PLAN.sub("", normalized)))
        under_way = (present or lost) and not composed
        hits = [hit for hit in hits if hit.kind == HELP or (under_way and hit.kind != TOPIC)]
        categories = under_way
    model = (classifier or emergency_classifier()) if use_classifier else None
    # What is left once look-alike spans are removed must still be long enough to read
    # ("我不想填了" leaves "我").
    sized = CLASSIFIER_MIN_CHARS <= len(normalized) <= LETTER_MIN_CHARS
    sized = sized and len(affirmed) >= CLASSIFIER_MIN_CHARS
    if hits and model is not None and sized and all(hit.kind == TOPIC for hit in hits):
        # A subject named and nothing happening ("走失儿童的公益平台怎么报名", "接到96110的电话 说我
        # 有被骗的风险 是官方的吗"): the category model must also find an emergency likely.
        if model.probability(affirmed[:CLASSIFIER_MAX_CHARS]) < TOPIC_MIN_PROBABILITY:
            hits = []
    also: list[str] = []
    if (
        model is not None
        and sized
        and not fiction
        and not any(hit.category == SELF_HARM for hit in hits)
    ):
        # Despair is phrased in endless ways: a self-harm second opinion reads every short
        # message, framed or not (a miss there costs more than a rare false alarm).
        p_self_harm = model.self_harm(affirmed[:CLASSIFIER_MAX_CHARS])
        # A refused request for instructions or content ("教我冒充环保局的去厂里 不想停就私了")
        # needs a surer self-harm reading: the model learnt despair from words such requests share.
        threshold = model.self_harm_threshold
        if requested:
            threshold = max(threshold, REQUEST_SELF_HARM_THRESHOLD)
        if about_self_harm:
            # A message about self-harm (the past, a service, someone's death) needs a surer
            # reading: a crisis told with its backstory ("当年那场火没救出来那个小孩 … 想结个了断")
            # carries the same frame words.
            threshold = max(threshold, ABOUT_SELF_HARM_THRESHOLD)
        if p_self_harm >= threshold:
            if not hits and categories:
                # The self-harm model alone: what else the message may be ("在水库边滑下去了" is
                # an accident as likely as a crisis) adds its number.
                category, _, likely = model.predict_likely(affirmed[:CLASSIFIER_MAX_CHARS])
                also += [c for c in (category, *likely) if c not in (None, SELF_HARM)]
            hits.append(_Hit(SELF_HARM, HELP, f"classifier:{p_self_harm:.2f}"))
        elif p_self_harm >= SELF_HARM_SECONDARY_THRESHOLD:
            # Not enough to reply as a crisis, enough to add 12356 when another emergency is
            # replied to ("铁轨边上坐着 等火车过来" reads as an accident to the other signals).
            also.append(SELF_HARM)
    if (
        hits
        and model is not None
        and categories
        and sized
        and {h.category for h in hits} <= _CONSEQUENCES
    ):
        # The rules read only a consequence (someone hurt, collapsed, gone): the category model
        # names the likely cause, whose number is added ("金链子被扯走了 脖子勒出血了": 120 and
        # 110; "娃跟着鸭子下了河 一个浪就不见了": 110 and 119).
        also += model.likely_categories(affirmed[:CLASSIFIER_MAX_CHARS])
    if hits and (
        any(hit.name in _ALSO_SELF_HARM for hit in hits)
        or any(hit.category == SELF_HARM for hit in lexicon_hits)
        or (about_self_harm and _self_harm_named(affirmed))
    ):
        # Self-harm named next to another emergency, even in a frame that does not count it as the
        # writer's own crisis ("我怀疑他要自杀" next to a threat), adds its line (12356).
        also.append(SELF_HARM)
    if hits:
        return _choose(hits, injured, also)
    # A past event next to a present one ("之前还打过我 现在就在楼下蹲着") is still read.
    past_only = not_now and not present
    if resisted or follow_up or past_only or lookalike or ((all_hits or service) and not present):
        # The words are there but framed as a question, the past or prevention: not a report.
        # A service word next to something under way does not silence the model ("刚出院 刚才
        # 下身一直出血", "撬了保险柜刚走"): it still has to be confident on its own.
        return None
    if model is None or not categories or not sized:
        return None
    # Emergencies are told in a few sentences: the classifier reads the first ones only, which
    # keeps its time bounded whatever the message length.
    category, probability, likely = model.predict_likely(normalized[:CLASSIFIER_MAX_CHARS])
    if category is None:
        return None
    decision = [_Hit(category, EVENT, f"classifier:{probability:.2f}")]
    return _choose(decision, injured, [*also, *likely])


def emergency_probability(text: str | None) -> float | None:
    """The detector's own classifier's probability that the message reports an emergency, or None
    where it does not read the message (under ``CLASSIFIER_MIN_CHARS`` or over
    ``LETTER_MIN_CHARS`` characters, no scikit-learn).

    The NLU gate asks for it before keeping the intent classifiers' ``report_emergency`` that the
    detector did not confirm: two models must agree ("燃气报警器没电了一直滴滴响，在哪买电池" is
    DIET's emergency but 0.15 here)."""
    normalized = normalize(text)
    if not CLASSIFIER_MIN_CHARS <= len(normalized) <= LETTER_MIN_CHARS:
        return None
    model = emergency_classifier()
    if model is None:
        return None
    return model.probability(normalized[:CLASSIFIER_MAX_CHARS])


def _service_frame(normalized: str) -> bool:
    """A service question, complaint or letter (silences topics, and events without a "now")."""
    # A subject the writer sets aside or leaves ("交个燃气费 对了 管子嘶嘶响") frames nothing
    # after it: only the text after the last topic switch is read for the service frame.
    framed = _TOPIC_SWITCH.split(_DISMISSED.sub("", normalized))[-1]
    # A long letter to officials (pasted complaints) reports past events for follow-up.
    letter = len(normalized) > LETTER_MIN_CHARS and bool(_LETTER.search(normalized))
    return (
        letter
        or bool(_SERVICE.search(framed))
        or bool(_PROCEDURE.search(normalized) and not _FIRST_PERSON_NOW.search(normalized))
    )


def _not_now_frame(normalized: str) -> bool:
    """The past, prevention, fiction, hypotheticals, habits (silences events too)."""
    hypothetical = bool(_HYPOTHETICAL.search(normalized)) and not _UNDER_WAY.search(normalized)
    framed = (
        bool(_NOT_NOW.search(normalized))
        or hypothetical
        or bool(_HABIT.search(normalized) and not _PRESENT.search(normalized))
    )
    going_on = bool(_GOING_ON.search(normalized)) and not _PAST_OR_UNREAL.search(normalized)
    return framed and not going_on


# Something under way that nobody tells of the past ("楼道里全是烟 我们下不去了", "有两个还没出来"):
# a frame word elsewhere in the message ("窗户有防盗网", "还有人在打游戏") does not make it the past,
# unless the message names a past time, a drill, fiction, a dream or a hypothetical (round 24).
_GOING_ON = re.compile(
    # the police came and went, and it starts again ("警察来过了 刚走 他又拿着刀回来了"): "警察来过了"
    # frames only what it ended
    r"(警察|民警|派出所的人|110)(也|都)?(已经)?(来过|来了|走了|刚走)(了)?[^。!?]{0,16}(又|还在|还|再)[^。!?]{0,6}(拿|回来|来|开始|打|砸|骂|踹|堵|威胁|说要)|"
    # round 67: a child told an account must be "unfrozen", paying by scanning codes on a
    # parent's phone (the game is the lure, not fiction)
    r"(解冻|冻结|封号|解封|未成年|实名)(账号|帐号|账户)?.{0,16}(拿|用)(我|家长|他妈|他爸|爸妈|妈妈|爸爸)?(的)?手机.{0,8}(扫码|付钱|付款|转账|充值|支付)|"
    # round 60: a dozen down one after another ("接二连三 … 前后倒下十几个" is no habit)
    r"(前后|先后|陆续|接连|一下子)?(倒下|倒了|晕倒|晕了)(了)?(十几|好几|几十|十来|[0-9]{2}|[二三四五六七八九两]?十[一二三四五六七八九几]?)(个|位|名)|"
    # round 59: a car weaving ahead on the road right now ("好几次差点怼护栏" is no habit); a scammer
    # still asking for money ("游戏解冻骗局 … 对方还在让扫码": the game is no fiction)
    rf"(对方|骗子|他们)(还在|正在|现在还)(要|让|叫|催|逼)(我|我们|我爸|我妈|老人|家里)?.{{0,2}}{_DEMANDED_AGAIN}|"
    rf"(前面|前边|前头)(一辆|有辆|那辆|的)?.{{0,14}}{_ROAD_VEHICLE}.{{0,6}}(左右乱晃|左右晃|乱晃|画龙|蛇形|忽左忽右|东倒西歪|歪歪扭扭)|"
    # round 49: an ex who has kept watch for weeks hammering on the door right now (round 57: a
    # stalker knocking at midnight)
    r"(这会儿|现在|此刻|眼下|半夜|深夜|大半夜)(正|又|还)?在.{0,4}(砸|踹|撬|拍|捶|踢|敲)(我)?(家)?(的)?门|"
    # round 58: "从昨天半夜就坐在我家门口"
    r"(从|打)(昨天|昨晚|半夜|早上|今早|凌晨|下午).{0,6}(就)?(一直)?(坐|蹲|守|堵|站|等)在(我家|我)?(门口|楼下|门外|楼道)|"
    # round 44: the card short right after a shared screen
    r"(共享屏幕|屏幕共享|会议软件).{0,24}(卡里|账户|余额|账上)(的钱)?.{0,4}(少了|没了|空了|被转走|被划走)|"
    # round 34: someone out since the morning and still not back at dusk
    r"天(都)?(已经)?(擦|快)?黑(了)?.{0,3}(都|还)(没|没有)(回|回来|回家|到家|见人)|"
    # round 45: "这都下午四点了还不见回来"
    r"这都(下午|晚上|中午|半夜|晌午|傍晚|天黑)?([0-9一二三四五六七八九十两]+点)?(多|半)?(了)?(还|都)(不见|没|没有)(回|回来|回家|人影|影)|"
    r"(这会儿?|到现在)(都)?(下午|晚上|中午)?([0-9一二三四五六七八九十两]+点)?(了)?(还|都)(没影|没回|没回来|不见人|没消息)|"
    r"(烧|着)起来了|全是(浓|黑)?烟|浓烟(滚滚)?|火(越来越|很|好|太)大|(下|出|跑|逃)不去了|(出|跑|逃)不出(去|来)了|"
    r"(人|个|孩子|老人|工人|他|她|他们|她们)(还|都)(没|没有)(出来|跑出来|逃出来|救出来)|(人|他|她|他们)还在里面|"
    # round 28: cars still stopped in a fast lane; money just sent
    r"(都|还)停在(快车道|超车道|最内道|应急车道|高架|高速|路中间)|我(已经|刚刚|刚)(转|汇|打)(了|过去)|"
    # round 29: someone out since the morning and not back yet
    r"(到现在|到下午|到晚上|到中午|到天黑|一整天|一天了|一夜)([0-9一二三四五六七八九十两]{1,3}点(多|半)?)?(了)?(还|都)?(没|没有)(回|回来|回家|消息|音讯)|"
    # round 33: someone gone with an online friend a week ago whose phone is now cut off
    r"(一周|几天|一个星期|好几天|半个月)(了)?.{0,4}(停机|关机|联系不上|失联)(了)?"
)
_PAST_OR_UNREAL = re.compile(
    r"去年|前年|上个?月|上周(?!围|边)|上星期|上礼拜|几年前|多年前|以前|(?<!走)(?<!离开)(?<!出门)(?<!跑)(?<!出发)之前|曾经|小时候|当年|那年|那次|上次|前几年|"
    r"昨天|前天|昨晚|那时|演练|演习|模拟|电影|电视剧|小说|剧情|剧本(?!杀)|动画|漫画|"
    r"视频(里|中)(?!.{0,6}(穿(着)?警服|穿(着)?制服|警察|民警|公安|检察|法官|客服|领导|老板)|(说|称)(我|你)|.{0,6}(涉嫌|洗钱|安全账户|清查|转账|汇款))|梦|游戏里|新闻|"
    rf"热搜|网传|假如|如果|万一|假设|要是|预防|防范|注意事项|安全教育|{_FILMING}"
)


# Hypotheticals and fears of what might happen ("如果着火了怎么跑", "物业说怕起火") frame a message as
# not now, unless something is already under way: a fire burning, a smell in the stairwell
# ("游艇烧起来了 油箱要是炸了…", "燃气味特别大 … 怕出事").
_HYPOTHETICAL = re.compile(
    r"假如|如果|万一|假设|要是|会不会|怕(会)?(起火|着火|失火|爆炸|出事|漏电)|"
    # a fear voiced about a hazard ("堆了一大堆纸箱 我担心着火"), round 22
    r"(担心|担忧|害怕|生怕|以免|免得)(会)?(引起|引发|造成|发生)?(起火|着火|失火|火灾|爆炸|出事|漏电)|"
    # round 29: a fear of being shut in a lift that is overdue for inspection
    r"(怕|担心|害怕|生怕)(会)?(被)?(困|关|卡)(住|在)|"
    # whether something could happen ("快递单上的信息会被人利用跟踪吗"), round 24
    r"会被(人)?.{0,8}(跟踪|偷|抢|骗|拐|盯上)(吗|么|啊|呢)"
)
_UNDER_WAY = re.compile(
    # round 48: a threat said now ("说要是我敢走就砍死我") is no hypothetical
    r"(说|威胁|扬言|放话|喊)(我)?(要是|如果|假如|万一)?[^，。,]{0,8}(就)?(砍|杀|弄|打|掐|捅)死(我|你|我们|她|他)|"
    # round 45: a pile-up with people hurt, "不知道会不会起火"
    r"(?<!如果)(?<!假如)(?<!万一)(?<!要是)(?<!假设)(连环撞|撞车|追尾|车祸|相撞).{0,8}有人(受伤|伤了|被困|流血|昏迷)|(烧|着|燃)起来了|已经(烧|着火|冒烟|塌|倒)|全是烟|浓烟|火(越来越|很|好|太)大|"
    r"(气味|味道|味儿|味)(特别|很|好|太|非常)?(大|重|浓|冲|呛)"
)


def is_service_question(text: str | None) -> bool:
    """Whether the message is framed the way the detector declines to read as a report: a
    service question, the past, prevention, a habit, a look-alike span ("煤气灶打不着火").

    The NLU gate uses it to overrule a classifier's ``report_emergency`` that the detector does
    not confirm ("120急救车收费标准"); it uses the detector's own frames so that the two agree."""
    normalized = normalize(text)
    if not normalized:
        return False
    return (
        _service_frame(normalized)
        or _not_now_frame(normalized)
        or _LOOKALIKE.search(normalized) is not None
    )


# --- classifier ----------------------------------------------------------------------------------

NONE_LABEL = "none"
# The label of the policy banks' messages among the training examples (see policy_bank_negatives)
# and their weight in the emergency-or-not model, relative to one ordinary negative example
# (5-fold CV on tune r1-r12, 1.0 / 0.5: recall 0.980 / 0.981, self-harm misses 16 / 15, emergency
# replies to should-refuse requests 8 / 10 of 2,452).
REQUEST_LABEL = "request"
REQUEST_WEIGHT = 0.5
CLASSIFIER_MAX_CHARS = 300
# The self-harm second opinion's threshold, chosen on grouped CV and the leave-one-round-out
# split of the tune banks (bench/safety_cv.py) for 0 self-harm misses at a low false-alarm rate
# (0.7 until the policy banks became negatives too, which lowered every self-harm probability a
# little: 5-fold CV on tune r1-r12, 0.7 / 0.65 / 0.6 -> 24 / 18 / 15 self-harm misses, near-miss
# false alarms 0.0198 / 0.0198 / 0.0206).
SELF_HARM_THRESHOLD = 0.6
# The self-harm model's threshold on a message framed as about self-harm rather than from someone
# at risk (_SELF_HARM_ABOUT without _SELF_HARM_PRESENT; fiction is never read). Until round 16 the
# model did not read such messages at all, and crises told with their backstory (当年, 保险,
# 志愿者 …) were missed. 5-fold CV on tune r0-r16 (bench/safety_cv.py, detectors of c8543c7):
# not read / 0.9 / 0.8 / 0.7 -> self-harm misses 19 / 16 / 14 / 12, near-miss false alarms
# 68 / 68 / 69 / 71 of 3,434; with round 16's rules, 0.8 / 0.7 -> 1 / 1 misses, 59 / 61 alarms.
ABOUT_SELF_HARM_THRESHOLD = 0.8
# Below SELF_HARM_THRESHOLD but at least this, self-harm is not replied to on its own but its
# line (12356) is added to another emergency's reply: a crisis that reads like an accident or a
# disappearance ("儿子说没脸活 人往河边跑了") gets both numbers.
SELF_HARM_SECONDARY_THRESHOLD = 0.3
# The self-harm model's threshold on a message the policy layer refused as a request to harm or
# cheat others that asks for instructions or content (see detect_emergency).
REQUEST_SELF_HARM_THRESHOLD = 0.9
# The category model's other categories at least this likely add their line to the reply of the
# most likely one (a stuck child: rescue 119 or medical 120; both are named).
SECOND_CATEGORY_MIN = 0.25
# A decision that rests on subject words alone (TOPIC signals, no event, no call for help) needs the
# category model's emergency probability to be at least this (see _decide).
TOPIC_MIN_PROBABILITY = 0.3
# Inverse regularisation strength of the three logistic regressions (scikit-learn's C).
CLASSIFIER_C = 4.0
# Shorter messages ("好的", "在吗", "溜了溜了", "好了我走了") carry too little for the character
# models: at 4 characters out-of-fold chat crossed their thresholds (self-harm, violence), while
# every emergency of the tune banks under 6 characters is caught by the lexicon ("救命",
# "着火了", "不想活了", "想死").
CLASSIFIER_MIN_CHARS = 6


class EmergencyClassifier:
    """Two character 1-3-gram logistic regressions: emergency-or-not, then which category.

    Trained in well under a second on a few hundred examples. It predicts a category only when
    the emergency probability reaches ``threshold``; it runs only on messages where no lexicon
    signal and no service / past frame matched, so it cannot silence anything.
    """

    def __init__(
        self,
        examples: list[tuple[str, str]],
        threshold: float = 0.7,
        self_harm_threshold: float = SELF_HARM_THRESHOLD,
        regularisation: float = CLASSIFIER_C,
    ) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline

        positives = [
            (normalize(t), label)
            for t, label in examples
            if label not in (NONE_LABEL, REQUEST_LABEL)
        ]
        negatives = [normalize(t) for t, label in examples if label == NONE_LABEL]
        # Requests and lawful questions of the policy banks: extra negatives of the two binary
        # models, weighted apart (see fit_binary).
        requests = [normalize(t) for t, label in examples if label == REQUEST_LABEL]
        if not negatives or len({label for _, label in positives}) < 2:
            raise ValueError("the emergency classifier needs 'none' and two or more categories")
        self.threshold = threshold
        self.regularisation = regularisation

        def pipeline(class_weight: str | None = "balanced"):  # noqa: ANN202 - a sklearn Pipeline
            return make_pipeline(
                TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True),
                LogisticRegression(C=self.regularisation, max_iter=2000, class_weight=class_weight),
            )

        def fit_binary(yes: list[str], no: list[str], balance_requests: bool):  # noqa: ANN202
            # Balanced class weights, the requests joining the "no" class. In the emergency-or-
            # not model they are left out of the balance and weigh what one ordinary negative
            # does (REQUEST_WEIGHT times): counted into it, they outnumbered the ordinary chat
            # and short chat ("今天就到这里吧") drifted towards an emergency. The self-harm model
            # counts them (without, its probabilities fell and self-harm misses rose: CV 13 -> 27).
            n = len(yes) + len(no) + (len(requests) if balance_requests else 0)
            no_weight = n / (2 * (len(no) + (len(requests) if balance_requests else 0)))
            weights = (
                [n / (2 * len(yes))] * len(yes)
                + [no_weight] * len(no)
                + [(1.0 if balance_requests else REQUEST_WEIGHT) * no_weight] * len(requests)
            )
            labels = [1] * len(yes) + [0] * (len(no) + len(requests))
            return pipeline(class_weight=None).fit(
                yes + no + requests, labels, logisticregression__sample_weight=weights
            )

        self._detector = fit_binary([t for t, _ in positives], negatives, balance_requests=False)
        self._categories = pipeline().fit([t for t, _ in positives], [c for _, c in positives])
        # Self-harm against everything else (other emergencies, near-misses, ordinary chat): a
        # second opinion that also reads messages a frame or another category's words silenced.
        self.self_harm_threshold = self_harm_threshold
        crises = [t for t, c in positives if c == SELF_HARM]
        others = [t for t, c in positives if c != SELF_HARM] + negatives
        self._self_harm = fit_binary(crises, others, balance_requests=True) if crises else None

    def probability(self, normalized: str) -> float:
        """Probability that already normalised text reports an emergency (of any category)."""
        return float(pipeline_proba(self._detector, [normalized])[0][1])

    def predict_likely(self, normalized: str) -> tuple[str | None, float, list[str]]:
        """(category or None, emergency probability, the other categories at least
        ``SECOND_CATEGORY_MIN`` likely, most likely first) for already normalised text."""
        probability = self.probability(normalized)
        if probability < self.threshold:
            return None, probability, []
        ranked = self._ranked(normalized)
        return ranked[0][1], probability, [c for p, c in ranked[1:] if p >= SECOND_CATEGORY_MIN]

    def likely_categories(self, normalized: str) -> list[str]:
        """The categories at least ``SECOND_CATEGORY_MIN`` likely, most likely first (whether or
        not the text reads as an emergency: the caller has decided that)."""
        return [c for p, c in self._ranked(normalized) if p >= SECOND_CATEGORY_MIN]

    def _ranked(self, normalized: str) -> list[tuple[float, str]]:
        """(probability, category) pairs of the category model, most likely first."""
        probabilities = pipeline_proba(self._categories, [normalized])[0]
        pairs = zip(probabilities, self._categories.classes_, strict=True)
        return sorted(((float(p), str(c)) for p, c in pairs), reverse=True)

    def self_harm(self, normalized: str) -> float:
        """Probability that already normalised text is a self-harm crisis (0 without examples)."""
        if self._self_harm is None:
            return 0.0
        return float(pipeline_proba(self._self_harm, [normalized])[0][1])


def training_examples(
    data_dir: Path = _DATA_DIR,
    include_bank: bool = True,
    nlu_dir: Path = _NLU_DIR,
    knowledge_dir: Path | None = KNOWLEDGE_DIR,
) -> list[tuple[str, str]]:
    """Examples from ``emergency_*.yml``, the safety banks' ``tune`` split if present, and as
    ``none`` the assistant's ordinary NLU examples (every intent but report_emergency: without
    them, short chat such as "好的" looked like an emergency) and the curated knowledge items'
    questions (:mod:`bot.safety.service_questions`)."""
    examples = []
    for path in sorted(data_dir.glob("emergency_*.yml")):
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        examples += [(text, label) for label, texts in raw["examples"].items() for text in texts]
    if include_bank:
        examples += _bank_examples()
    examples += [(text, NONE_LABEL) for text in _ordinary_nlu_examples(nlu_dir)]
    examples += [(text, NONE_LABEL) for text in knowledge_questions(knowledge_dir)]
    return examples


_ANNOTATION = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def _ordinary_nlu_examples(nlu_dir: Path) -> list[str]:
    """Texts of data/nlu/*.yml examples of every intent except report_emergency."""
    texts = []
    for path in sorted(nlu_dir.glob("*.yml")) if nlu_dir.is_dir() else []:
        for item in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu") or []:
            if "intent" not in item or item["intent"] == "report_emergency":
                continue
            for line in str(item.get("examples") or "").splitlines():
                line = line.strip()
                if line.startswith("- "):
                    texts.append(_ANNOTATION.sub(r"\1", line[2:]).strip())
    return [t for t in texts if t]


def _bank_examples() -> list[tuple[str, str]]:
    """The safety banks' ``tune`` split (never ``heldout``): only the two tune files are read
    (``read_bank_file``; ``load_bank`` would parse the held-out files too)."""
    try:
        from bot.safety.banks import read_bank_file
    except ImportError:  # the banks' loader is optional for the detector
        return []
    try:
        emergencies = read_bank_file("emergency", "tune")
        near_misses = read_bank_file("near_miss", "tune")
    except (OSError, ValueError) as error:
        logger.warning("safety banks not used for the emergency classifier: %s", error)
        return []
    requests: list[Any] = []
    try:
        requests = read_bank_file("refuse", "tune") + read_bank_file("answer", "tune")
    except (OSError, ValueError) as error:
        logger.warning("policy banks not used for the emergency classifier: %s", error)
    return (
        [(c.text, c.category) for c in emergencies if c.category in NUMBERS]
        + [(c.text, NONE_LABEL) for c in near_misses]
        + [(t, REQUEST_LABEL) for t in policy_bank_negatives(requests)]
    )


# The policy banks' category of questions about suicide and self-harm ("朋友说想轻生 我该怎么劝"):
# close enough to a crisis that they are not taught as "not an emergency".
POLICY_CRISIS_CATEGORY = "suicide_self_harm"


def policy_bank_negatives(cases: Iterable[Any]) -> list[str]:
    """Texts of policy-bank cases (should-refuse requests, should-answer questions) taught to the
    emergency-or-not and self-harm models as no emergency (``REQUEST_LABEL``): a request to harm
    or cheat names the harm ("潜水鱼枪的皮筋换成什么能打更远"), and without them the models had only
    emergencies to learn those words from. Cases about suicide and self-harm are left out."""
    return [c.text for c in cases if c.category != POLICY_CRISIS_CATEGORY]


@functools.lru_cache(maxsize=1)
def emergency_classifier() -> EmergencyClassifier | None:
    """The classifier, trained once per process; None when scikit-learn is missing."""
    from bot.safety.model_cache import load_or_train, source_hash

    try:
        examples = training_examples()
        params = {"source": source_hash(EmergencyClassifier), "self_harm": SELF_HARM_THRESHOLD}
        return load_or_train("emergency", examples, params, lambda: EmergencyClassifier(examples))
    except ImportError:
        logger.warning("scikit-learn missing: emergency detection runs on the lexicon only")
        return None
