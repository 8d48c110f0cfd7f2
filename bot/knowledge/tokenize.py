"""Chinese tokenisation for retrieval: Jieba with the knowledge base's aliases as a user dictionary.

Each :class:`Tokenizer` owns its own ``jieba.Tokenizer`` instance, so adding the aliases of one
knowledge base never changes tokenisation elsewhere (Rasa's JiebaTokenizer uses the global one).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

import jieba

# Function words and question fillers that carry no retrieval signal. Aspect words (材料, 多少钱)
# are deliberately kept: they are matched against fact text.
STOPWORDS = frozenset(
    """
    的 了 吗 呢 吧 啊 呀 哦 嗯 么 是 在 我 你 他 她 它 我们 你们 他们 要 想 请问 请 问 一下 下 这个 那个
    这 那 就 都 也 还 和 与 或 及 把 被 给 让 对 从 到 为 以 可以 能 能不能 可不可以 怎么 怎么样 如何 什么
    哪些 哪个 有 没有 有没有 需要 应该 该 会 得 地 着 过 个 些 不 没 您 您好 你好 谢谢 麻烦 去 来 哪 哪里
    哪儿 然后 过来 一直 现在 今年 已经 自己 咱 咱们 啥 咋 吗 嘛 呗 多 很 太 好 行 一个 一张 这种 那种
    里 上 中 时候 的话 如果 但是 可是 所以 因为 还是 或者 以及 之后 以后 之前 以前 请教 咨询一下
    那要 那么 那就 还要 就要 这要 我要 也要 都要 又要 那我 那你 那这个 那个 这样 那样
    不是 是不是 这么 这样子 一起 这时 这时候 另外 不行 行不行 行吗 好几 好几个 顺便 问问 问下 还能 能否 是否
    一般 大概 这边 那边
    """.split()
)
# Colloquial words mapped to the wording used in service guides (both are kept as tokens), so a
# question phrased the way citizens talk still meets the official text. Every key of two or more
# characters is also a word of the tokenizer's dictionary, so Jieba keeps it whole ("住房钱", not
# 住房 / 钱). A key is added only where its reading is the same in every service: "睡不着" is no
# synonym of 失眠 (a noise complaint says it as often as a plea for counselling).
SYNONYMS = {
    "社会保障卡": "社保卡",
    "社保卡": "社会保障卡",
    "身分证": "身份证",
    "驾照": "驾驶证",
    "半夜": "夜间",
    "深夜": "夜间",
    "工地": "施工",
    "噪音": "噪声",
    "吵": "噪声",
    "医保卡": "社保卡",
    "房租": "租金",
    "租房子": "租房",
    "工钱": "工资",
    "欠薪": "拖欠工资",
    "辞退": "解除劳动合同",
    "开除": "解除劳动合同",
    "上户口": "出生登记",
    "报户口": "出生登记",
    "领证": "结婚登记",
    "打针": "接种",
    "打疫苗": "接种",
    "退休金": "养老金",
    "低保": "最低生活保障",
    "公租房": "公共租赁住房",
    "看病": "就医",
    "转": "转移",
    "挪": "转移",
    "挪过来": "转移",
    "裁员": "失业",
    "被裁": "失业",
    "裁了": "失业",
    "没工作": "失业",
    "毒瘾": "吸毒",
    "法援": "法律援助",
    "hiv": "艾滋病",
    "大夫": "医生",
    "住房钱": "住房公积金",
    "配租": "公共租赁住房",
    "剩饭剩菜": "厨余垃圾",
    "不分类": "垃圾分类",
    "结账": "结算",
    "推销电话": "骚扰电话",
    "通讯录": "个人信息",
    "高危行为": "艾滋病",
    "输赢": "赌博",
    "推销": "骚扰电话",
    "外地": "异地",
    "户籍": "户口",
    "换卡": "补换",
    "困难补助": "最低生活保障",
    # people without an employer pay their own pension ("我是开网约车的 没单位 自己交")
    "没单位": "灵活就业",
    "没有单位": "灵活就业",
    "自由职业": "灵活就业",
    "自由职业者": "灵活就业",
    "打零工": "灵活就业",
    # reaching pension age
    "到年龄": "到龄",
    "到了年龄": "到龄",
    # a vaccination record book, a card's broken chip, someone to talk to (not "睡不着": noise
    # keeps people awake too)
    "接种本": "预防接种证",
    "疫苗本": "预防接种证",
    "芯片": "补换",
    "找人聊聊": "心理咨询",
    "找个人聊聊": "心理咨询",
}
_PUNCT_RE = re.compile(
    r"[\s\u3000，。！？、；：“”‘’（）《》【】—…·,.!?;:'\"()\[\]<>/\\|~`@#$%^&*+=_-]+"
)

logging.getLogger("jieba").setLevel(logging.WARNING)
jieba.setLogLevel(logging.WARNING)


class Tokenizer:
    """Jieba tokenizer with extra words (aliases, item names); lowercases Latin text."""

    def __init__(self, user_words: Iterable[str] = ()):
        self._jieba = jieba.Tokenizer()
        self._jieba.initialize()
        # The colloquial keys of SYNONYMS are words too, so Jieba never splits one (the length
        # check below leaves out the one-character keys).
        for word in (*user_words, *SYNONYMS):
            word = word.strip()
            if 2 <= len(word) <= 20 and not _PUNCT_RE.search(word):
                # A high frequency makes Jieba keep the alias as one token.
                self._jieba.add_word(word, freq=20000)

    def words(self, text: str) -> list[str]:
        """Jieba's precise-mode dictionary words of ``text``, every character kept (joined they
        give back ``text``); no word is guessed (a string the dictionary lacks stays in single
        characters)."""
        return list(self._jieba.cut(text, HMM=False))

    def tokens(self, text: str, keep_stopwords: bool = False) -> list[str]:
        """Search-mode tokens (long words plus their sub-words) without punctuation/stopwords."""
        text = text.lower()
        out = []
        for piece in _PUNCT_RE.split(text):
            if not piece:
                continue
            for tok in self._jieba.cut_for_search(piece):
                tok = tok.strip()
                if not tok or (not keep_stopwords and tok in STOPWORDS):
                    continue
                out.append(tok)
                if tok in SYNONYMS:
                    out += self._synonym_tokens(SYNONYMS[tok])
        return out

    def _synonym_tokens(self, target: str) -> list[str]:
        """A synonym's target and its search-mode sub-words: a long official term
        (最低生活保障) then also meets item names that contain it (最低生活保障业务进度查询)."""
        subs = [s for s in self._jieba.cut_for_search(target) if len(s) > 1 and s not in STOPWORDS]
        return [target, *(s for s in dict.fromkeys(subs) if s != target)]

    def segments(self, text: str) -> list[list[str]]:
        """Jieba's precise-mode words of ``text`` (lowercased), one list per stretch between
        punctuation marks."""
        out = []
        for piece in _PUNCT_RE.split(text.lower()):
            words = [w for w in self._jieba.cut(piece) if w.strip()] if piece else []
            if words:
                out.append(words)
        return out
