"""Knowledge answers for service questions the intent classifiers filed under another intent.

Rasa's intent decides the dialogue, but a citizen's question is sometimes classified as
``out_of_scope`` ("我奶奶85岁了，政府有没有高龄补助"), ``nlu_fallback``, ``cancel`` with nothing to
cancel ("我刚来上班，想弄一张社会保障卡"), ``request_human`` that names no person ("职工医保关系从
老家转到示例市怎么申请"), or ``file_complaint`` when it describes a grievance but
asks who handles it ("小区停车场收入不公开去哪投诉", "老板拖了我三个月工资一直不给"). The actions of
those intents ask this module whether the knowledge base *confidently* knows the answer, and answer
from it when it does; otherwise they do what they did before. The safety gates run before any of
this in the NLU pipeline, so an emergency or a refused request never reaches it.

"Confident" is stricter than the ``min_score`` of an ordinary question: the best hit must rank
high in the fused score *and* be close to the message under the dense encoder (its raw cosine
similarity, which unlike the fused score is not normalised per query, so chat that merely shares a
word with an item stays far: "不投诉了，取消吧" 0.30, "养什么花好养" 0.31). Without a dense source the
best item must instead cover enough of the message's content words (``relevance``). The defaults
(``retrieval.route_*``, :mod:`bot.settings`) were chosen on the tune split of the knowledge
questions and the hotline's own NLU examples (README "Knowledge base", round 5).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

from bot.settings import RetrievalSettings

if TYPE_CHECKING:  # the NLU pipeline reads asks_a_question without loading the retriever
    from bot.knowledge.retrieval import Hit

# The parts of a guide a grievance gets when it asks for none: who handles it and how to reach them
# ("老板拖了我三个月工资一直不给" -> the department, the steps, the phone and the online channel of
# 劳动争议仲裁与欠薪), not the application materials.
GRIEVANCE_ASPECTS = ("department", "steps", "phone", "online")

# Words that ask to stop or drop something: such a ``cancel`` is a cancel, whatever it names
# ("不预约了", "公积金不办了").
_CANCEL_CUE = re.compile(
    r"取消|撤销|撤回|作废|不要|不用|不想|不需要|算了|别|终止|中止|停下|停止|^\W*停\W*$|不办|结束"
    r"|关闭|退出|放弃|打住|改主意|拉倒|不\w{0,3}了|^\W*(?:stop|cancel|quit|exit)\b",
    re.IGNORECASE,
)

# An explicit request to file a complaint or report ("我要投诉", "帮我登记一下", "举报一下") ...
_FILING_REQUEST = re.compile(
    r"(?:要|想|想要|需要|准备|打算|得|来|再)(?:去)?(?:投诉|举报|检举|反映|报修|报个修|登记|申诉"
    r"|提(?:个|一个|点)?(?:意见|建议|诉求))"
    r"|有(?:个|一个|点)?(?:意见|建议|诉求)要提|^\W*(?:建议|反映问题)"
    r"|帮(?:我|忙)(?:\S{0,3})?(?:投诉|举报|反映|登记|记录|记一下|报修|上报)"
    r"|(?:投诉|举报|反映|报修|登记)(?:一下|下)"
    r"|给我(?:登记|记录|记一下)"
    r"|^(?:投诉|举报|报修)"
)
# ... unless the message asks who handles it or how ("去哪投诉", "我要投诉物业，应该找哪个部门").
_WHO_HANDLES = re.compile(
    r"(?:去|到|找|向|跟|和|给)(?:哪|谁|什么部门|什么地方|什么单位)"
    r"|(?:怎么|如何|怎样|咋)(?:样)?(?:投诉|举报|反映|维权|处理|解决|办)"
    r"|归谁管|谁管|谁来管|哪个部门|哪个单位|什么部门|什么电话|打什么|打哪个|电话(?:是)?多少"
    r"|有没有人管|能不能管|可以投诉吗|能投诉吗|管不管"
)


@dataclass(frozen=True)
class RouteThresholds:
    """How sure the retriever must be before a message of another intent is answered (the
    defaults and their meaning: ``retrieval.route_*`` in :mod:`bot.settings`)."""

    min_score: float
    min_similarity: float
    min_relevance: float
    question_min_relevance: float = 0.2
    question_min_words: int = 4
    min_margin: float = 0.27
    margin_min_similarity: float = 0.25

    @classmethod
    def from_settings(cls, retrieval: RetrievalSettings | None = None) -> RouteThresholds:
        """The thresholds of ``retrieval`` (default: the settings' defaults)."""
        retrieval = retrieval or RetrievalSettings()
        return cls(
            min_score=retrieval.route_min_score,
            min_similarity=retrieval.route_min_similarity,
            min_relevance=retrieval.route_min_relevance,
            question_min_relevance=retrieval.route_question_min_relevance,
            question_min_words=retrieval.route_question_min_words,
            min_margin=retrieval.route_min_margin,
            margin_min_similarity=retrieval.route_margin_min_similarity,
        )

    def __post_init__(self) -> None:
        for name in fraction_fields():
            value = getattr(self, name)
            number = isinstance(value, int | float) and not isinstance(value, bool)
            if not number or not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be a number within [0, 1], got {value!r}")
        words = self.question_min_words
        if not isinstance(words, int) or isinstance(words, bool) or words < 1:
            raise ValueError(f"question_min_words must be an integer >= 1, got {words!r}")


def fraction_fields() -> tuple[str, ...]:
    """The thresholds that are fractions within [0, 1]: every float field of RouteThresholds."""
    return tuple(f.name for f in fields(RouteThresholds) if f.type in ("float", float))


def confident_hit(
    hits: Sequence[Hit],
    thresholds: RouteThresholds,
    similarity: float | None,
    question_words: int = 0,
) -> Hit | None:
    """The best hit when it is confident, else None. ``similarity``: the best hit's dense cosine
    similarity to the message, None without a dense source (then ``relevance`` decides).
    ``question_words``: the message's content words when it asks a question (:func:`asks_a_question`),
    else 0; a question of enough words whose best item covers enough of them is confident however
    far the dense encoder puts it ("楼下有人好像在贩卖毒品，打什么电话反映": similarity 0.42)."""
    if not hits or hits[0].score < thresholds.min_score:
        return None
    best = hits[0]
    if (
        question_words >= thresholds.question_min_words
        and best.relevance >= thresholds.question_min_relevance
    ):
        return best
    if similarity is not None:
        return best if similarity >= thresholds.min_similarity else None
    return best if best.relevance >= thresholds.min_relevance else None


def clear_winner(
    hits: Sequence[Hit],
    thresholds: RouteThresholds,
    similarity: float | None,
    question_words: int = 0,
) -> Hit | None:
    """The best hit when it leads the second by at least ``thresholds.min_margin`` in the fused
    score, the message is a question of at least ``thresholds.question_min_words`` content words
    (see :func:`confident_hit`), the best item covers at least one of them and, with a dense
    source (``similarity`` not None), is at least ``thresholds.margin_min_similarity`` close to
    the message; else None. Only a message already filed as a service question is answered this
    way (:meth:`bot.knowledge.service.KnowledgeService.answer`); a margin of 0 turns it off."""
    if thresholds.min_margin <= 0 or len(hits) < 2 or hits[0].score < thresholds.min_score:
        return None
    best = hits[0]
    if question_words < thresholds.question_min_words or best.relevance <= 0:
        return None
    if similarity is not None and similarity < thresholds.margin_min_similarity:
        return None
    return best if best.score - hits[1].score >= thresholds.min_margin else None


# A question asked: who handles it, where, how, whether, how much ("我能找谁帮忙", "哪里可以自愿戒").
_QUESTION = re.compile(
    _WHO_HANDLES.pattern
    + r"|找谁|哪里|哪儿|在哪|去哪|什么|怎么|如何|多少|能不能|可不可以|可以|吗|么|谁|哪个|有没有|咋|\?|？"
)


def asks_a_question(text: str | None) -> bool:
    """Whether the message asks something (see :func:`confident_hit`)."""
    return bool(_QUESTION.search(text or ""))


# Beyond the question words: an A-not-A question ("会不会", "要不要", "是不是") or 是否.
_A_NOT_A = re.compile(r"(.)[不没]\1|是否")


def reads_as_question(text: str | None) -> bool:
    """Whether the message asks anything at all: :func:`asks_a_question` or an A-not-A question
    (a form's slot is not filled from a question, see ``actions.conversation.raw_value_for``)."""
    return asks_a_question(text) or bool(_A_NOT_A.search(text or ""))


def is_cancel_request(text: str | None) -> bool:
    """Whether the message asks to stop or drop something (then it is never answered)."""
    return bool(_CANCEL_CUE.search(text or ""))


# Words that ask for a person ("转人工", "我要找工作人员", "让真人来"): such a ``request_human`` is
# handed over, whatever else it says. Without one, a service question the classifiers took for a
# request for a person ("职工医保关系从老家转到示例市怎么申请": 转 read as 转人工) may be answered.
_PERSON_CUE = re.compile(
    r"人工|真人|活人|客服|工作人员|接线员|坐席|专员|值班|领导|负责人|话务员|转接|"
    r"(?:找|叫|让|换|要|跟|和|同)(?:个|一个)?(?:人|你们的人)|人(?:来|接|说|聊)|机器人|"
    r"\b(?:human|agent|person|operator)\b",
    re.IGNORECASE,
)


def asks_for_a_person(text: str | None) -> bool:
    """Whether the message names a person to talk to (then it is handed over, never answered)."""
    return bool(_PERSON_CUE.search(text or ""))


def asks_to_file(text: str | None) -> bool:
    """Whether the message explicitly asks to file a complaint or report, without asking who
    handles it: such a message goes straight to the complaint form. A grievance told without
    that request, or one that asks where to complain, gets the guide and an offer to file."""
    text = text or ""
    return bool(_FILING_REQUEST.search(text)) and not _WHO_HANDLES.search(text)
