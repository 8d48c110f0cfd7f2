"""Families the detector missed or over-read on round 5 (retired to tune), each tested with fresh
wordings of the family, not the bank's messages."""

from __future__ import annotations

import pytest

from bot.safety import emergency as em
from bot.safety.emergency import detect_emergency, normalize


class CauseModel:
    """A category model that names a fixed cause; nothing else."""

    self_harm_threshold = em.SELF_HARM_THRESHOLD
    threshold = 0.7

    def __init__(self, cause: str) -> None:
        self.cause = cause

    def self_harm(self, normalized: str) -> float:
        return 0.0

    def probability(self, normalized: str) -> float:
        return 0.9

    def predict_likely(self, normalized: str) -> tuple[str | None, float, list[str]]:
        return self.cause, 0.9, []

    def likely_categories(self, normalized: str) -> list[str]:
        return [self.cause, em.MEDICAL]


@pytest.mark.parametrize(
    ("text", "cause", "numbers"),
    [
        # (round 54's snatch signal now reads "被一个骑车的一把拽走" itself: the consequence alone)
        ("手链一下子被人拽没了 手腕勒出血了", em.ROBBERY, {"110", "120"}),
        ("表哥喝醉了动手 表嫂头磕破了流了好多血", em.DOMESTIC_VIOLENCE, {"110", "120"}),
    ],
)
def test_a_consequence_alone_gets_the_number_of_its_likely_cause(text, cause, numbers) -> None:
    hits = em._hits(normalize(text))
    assert hits and {h.category for h in hits} <= em._CONSEQUENCES
    decision = detect_emergency(text, classifier=CauseModel(cause))
    assert decision is not None and numbers <= set(decision.numbers)


def test_a_cause_the_rules_found_is_not_second_guessed() -> None:
    text = "楼道里一股很重的煤气味 邻居老人倒在门口了"
    decision = detect_emergency(text, classifier=CauseModel(em.ROBBERY))
    assert decision is not None and "110" not in decision.numbers


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("手链被一个骑车的一把拽走 手腕勒出血了", {"120", "110"}),
        ("渣土车把电动车带倒了 骑车的满脸是血", {"120", "122"}),
    ],
)
def test_the_default_model_adds_the_cause_of_an_injury(text, numbers) -> None:
    decision = detect_emergency(text)
    assert decision is not None and numbers <= set(decision.numbers)


@pytest.mark.parametrize(
    ("traditional", "simplified"),
    [("這個損失找誰賠", "这个损失找谁赔"), ("物業說問題還沒處理", "物业说问题还没处理")],
)
def test_common_traditional_characters_are_simplified(traditional, simplified) -> None:
    assert normalize(traditional) == simplified


@pytest.mark.parametrize(
    "text",
    [
        "上個月隔壁失過火 牆被熏黑了 這個損失找誰賠",  # the past, in traditional characters
        "家里燃气表没气了 晚上去哪充",
        "液化气罐快没气了 能送一罐过来吗",
        "好久没见 想死你们了 周末聚聚",
        "想了解一下反家暴的庇护所怎么申请 我是社区的",
        "啥子叫电信诈骗 想问个清楚 给老人讲讲",
        "诈骗的案子早就报过了 卡被冻住了 怎么解冻",
        "楼下车棚电瓶车老被偷 希望加几个摄像头",
        "娃的饭卡丢了 怎么补",
        "官方的反诈号码到底是哪个 怕被假冒的骗",
        "妈妈自杀以后 我在找哀伤辅导 有没有丧亲互助小组",
    ],
)
def test_service_questions_and_the_past_in_new_words_are_not_emergencies(text) -> None:
    assert detect_emergency(text) is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("液化气罐那里嘶嘶地漏气 一屋子的味", "119"),
        ("想问一下 我老公现在正拿刀追着我", "110"),
        ("好想死 活着太累了", "12356"),
        ("我爸突然倒地 叫不醒 想问一下怎么办", "120"),
    ],
)
def test_the_new_frames_do_not_silence_a_report(text, number) -> None:
    decision = detect_emergency(text)
    assert decision is not None and number in decision.numbers


@pytest.mark.parametrize("text", ["这周把自己关在家里复习 考完再出来聚", "他把自己关房里赶稿呢"])
def test_shutting_oneself_in_to_work_is_not_a_crisis(text) -> None:
    assert detect_emergency(text) is None


def test_shutting_oneself_in_with_a_method_is_a_crisis() -> None:
    decision = detect_emergency("我把自己关在车里了 炭盆已经点上")
    assert decision is not None and decision.category == em.SELF_HARM


class LoudSelfHarmModel(CauseModel):
    """A model certain that everything is a self-harm crisis."""

    def self_harm(self, normalized: str) -> float:
        return 0.99

    def predict_likely(self, normalized: str) -> tuple[str | None, float, list[str]]:
        return em.SELF_HARM, 0.99, []


@pytest.mark.parametrize("text", ["溜了溜了", "好了我走了", "算了算了", "在不在呀"])
def test_short_chat_is_not_read_by_the_classifiers(text) -> None:
    assert len(normalize(text)) < em.CLASSIFIER_MIN_CHARS
    assert detect_emergency(text, classifier=LoudSelfHarmModel(em.MEDICAL)) is None


def test_a_short_cry_is_still_caught_by_the_lexicon() -> None:
    for text in ("不想活了", "我想死"):
        decision = detect_emergency(text, classifier=LoudSelfHarmModel(em.MEDICAL))
        assert decision is not None and decision.category == em.SELF_HARM


def test_the_classifiers_read_from_the_minimum_length() -> None:
    text = "今晚就走了别找"
    assert len(normalize(text)) >= em.CLASSIFIER_MIN_CHARS
    decision = detect_emergency(text, classifier=LoudSelfHarmModel(em.MEDICAL))
    assert decision is not None and decision.category == em.SELF_HARM
