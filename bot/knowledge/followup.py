"""Which item a message in a running conversation is about: stay with the item under discussion,
or move to another one.

An elliptical follow-up ("在哪里办", "标准是多少", "有时间限制吗", "租金多少钱") keeps the current item
(the ``service_item`` slot); the retriever is not asked to re-guess the topic from three words. The
conversation moves only when the message clearly points elsewhere:

1. it *names* another item (the shared alias matcher: "那公积金贷款要带什么材料");
2. it asks for a fine-grained aspect the current item does not offer and an item about the same
   thing does ("低保申请交上去了怎么查进度" -> 最低生活保障业务进度查询);
3. it is an explicit switch ("那公积金呢", "那护照呢") whose words the current item's name does not
   explain: the best item for the message read together with the current item's name whose name
   does, so that "那公积金呢" after 医保关系转移 goes to 公积金转移, not to any 公积金 item;
   an aside ("顺便问下…") and the same question asked about something else ("医保是不是也要这么转一下")
   are read the same way (``_PREFIX_RE``, ``_ALSO_RE``);
4. or it is a full question (at least ``NEW_TOPIC_MIN_CHARS``) whose content words the current
   item does not explain and another item's name does (a new question, not a follow-up).

The decision itself (:func:`decide_follow_up`) is a pure function of the message, the current item
and the candidates with their precomputed signals, so it is tested without an index; the
retriever (:meth:`bot.knowledge.retrieval.KnowledgeRetriever.resolve`) computes the signals.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.knowledge.aspects import detect_aspects

# "那公积金呢", "公积金的呢", "那换护照呢": a message that proposes another topic.
_SWITCH_RE = re.compile(r"^(那|那么|还有|另外)?.{1,16}(呢|的呢|怎么样|怎么说)[？?。！!\s]*$")
_PREFIX_RE = re.compile(r"^(那么|那|还有|另外|顺便(问下|问一下|问问|说下|说一下)?)")
# "医保是不是也要这么转一下", "孩子的也是这样吗": the same question about something else, which
# moves only when another item's name explains that something (see decide_follow_up).
_ALSO_RE = re.compile(
    r"^(那么|那)?[^，,。？?！!]{1,10}?(是不是|是否)?也(要|能|可以|得|需要|是|有|能不能|要不要|会|一样|这样)"
)

# Share of the message's content words (IDF-weighted) the current item must explain for the
# message to be a follow-up about it.
EXPLAINED = 0.5
# A message shorter than this (letters and digits) without a name or switch marker is a
# follow-up ("要排队多久"), never a new topic.
NEW_TOPIC_MIN_CHARS = 8


# A short question that asks for one aspect of a service and names nothing else ("有时间限制吗",
# "几点有人接", "收费吗", "在哪里办"): a follow-up about the item under discussion, whatever intent the
# classifiers guessed for three words out of context (custom_components.follow_up_intent).
ASPECT_QUESTION_MAX_CHARS = NEW_TOPIC_MIN_CHARS
_QUESTION_RE = re.compile(
    r"[吗呢么嘛？?]\W*$|几|多少|多久|多长|哪|什么|啥|怎么|咋|是否|能不能|可不可以|要不要|有没有|需不需要|用不用"
)


def is_aspect_question(message: str | None) -> bool:
    """Whether ``message`` is a short question for an aspect of a service (see above)."""
    text = (message or "").strip()
    letters = re.sub(r"[\W_]+", "", text)
    if not letters or len(letters) > ASPECT_QUESTION_MAX_CHARS or not _QUESTION_RE.search(text):
        return False
    return bool(detect_aspects(text))


@dataclass(frozen=True)
class Candidate:
    """An item the message might be about, with the signals the decision needs."""

    id: str
    relevance: float  # calibrated relevance of the item for the message alone, in [0, 1]
    covers_message: float  # IDF-weighted share of the message's content words in the item
    actions: frozenset[str] = frozenset()  # fine-grained aspects the item's name spells out
    named: bool = False  # the message names this item (alias match)
    # Rank (0 = best) among the items found for the message read together with the current
    # item's name; -1 when not among them.
    related_rank: int = -1
    # The same share in the item's name and aliases only ("clearly names" the item).
    title_covers_message: float = 0.0
    # Share of the current item's name words in this item's name and aliases (related topic).
    covers_current: float = 0.0


@dataclass(frozen=True)
class FollowUpDecision:
    item_id: str | None
    via_context: bool  # stayed with the current item
    switched: bool  # moved away from the current item
    # "no_context", "elliptical", "named", "aspect", "explicit_switch", "new_topic", "unrelated"
    reason: str


def is_switch(message: str) -> bool:
    """Whether the message proposes another topic ("那公积金呢")."""
    return bool(_SWITCH_RE.match(message.strip()))


def decide_follow_up(
    message: str,
    current: Candidate | None,
    candidates: Sequence[Candidate],
    asked_actions: frozenset[str] = frozenset(),
    has_content: bool = True,
    switch_score: float = 0.6,
    asks_aspect: bool = True,
    content_words: int = 2,
) -> FollowUpDecision:
    """Stay with ``current`` or move to one of ``candidates`` (best first); see the module doc.

    ``has_content``: whether the message has content words at all (beyond aspect words and
    fillers); ``current.covers_message`` says how much of that content the current item explains.
    ``asks_aspect``: whether the message asks for an aspect (材料, 多久, 在哪, ...); a message with
    content words the current item does not explain that asks for none, and is not a short
    question ("会保密吗"), is not a follow-up ("今天天气怎么样"): it is decided as without context
    (and may well find nothing). ``content_words``: how many content words the message has; one
    word left next to an aspect question ("多长时间能有结果": 结果) names no new topic.
    """
    others = [c for c in candidates if current is None or c.id != current.id]
    if current is None:
        top = candidates[0] if candidates else None
        return FollowUpDecision(top.id if top else None, False, False, "no_context")

    def move(c: Candidate, reason: str) -> FollowUpDecision:
        return FollowUpDecision(c.id, False, True, reason)

    stay = FollowUpDecision(current.id, True, False, "elliptical")
    related = sorted((c for c in others if c.related_rank >= 0), key=lambda c: c.related_rank)
    named = [c for c in others if c.named]
    if named:
        # Several named items ("公积金" in 公积金贷款 and 公积金转移): the one the conversation
        # leads to, else the most relevant.
        return move(
            min(named, key=lambda c: (c.related_rank < 0, c.related_rank, -c.relevance)), "named"
        )
    missing = asked_actions - current.actions
    if missing:
        for c in related:
            # a related item that offers it, or one whose name explains the message
            # ("另外我驾照明年到期了 换证提前多久可以换" after 交通违法)
            if c.actions & missing and (
                c.covers_current >= EXPLAINED or c.title_covers_message >= EXPLAINED - 1e-9
            ):
                return move(c, "aspect")
    if not has_content:
        return stay
    text = message.strip()
    if (is_switch(text) or _PREFIX_RE.match(text) or _ALSO_RE.match(text)) and (
        current.title_covers_message < EXPLAINED
    ):
        # Best the item related to the current one, else the best for the message alone.
        explained = [c for c in (*related, *others) if c.title_covers_message >= EXPLAINED]
        if explained:
            return move(explained[0], "explicit_switch")
    if current.covers_message >= EXPLAINED or current.title_covers_message >= EXPLAINED:
        return stay
    best = others[0] if others else None
    short = len(re.sub(r"\W", "", message)) < NEW_TOPIC_MIN_CHARS
    if (
        best is not None
        and not short
        and not (asks_aspect and content_words < 2)
        and best.relevance >= switch_score
        and best.title_covers_message >= EXPLAINED
    ):
        return move(best, "new_topic")
    if asks_aspect or (short and not is_switch(message)):
        return stay
    top = candidates[0] if candidates else None
    if top is not None:
        # Items the message alone cannot tell apart ("那要是以后丢了怎么挂失": every 挂失 item
        # covers it alike): the conversation's current topic decides.
        tied = [
            c for c in candidates if c.relevance >= top.relevance - 1e-9 and c.related_rank >= 0
        ]
        if tied:
            top = min(tied, key=lambda c: c.related_rank)
    if top is None or top.id == current.id:
        return FollowUpDecision(top.id if top else None, False, False, "unrelated")
    return FollowUpDecision(top.id, False, True, "unrelated")
