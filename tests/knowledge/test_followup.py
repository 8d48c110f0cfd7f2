"""Follow-ups that stick: the pure decision and the retriever's use of it in conversations."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.knowledge.aliases import AliasMatcher
from bot.knowledge.evaluation import evaluate_conversations, load_conversations
from bot.knowledge.followup import Candidate, decide_follow_up, is_switch
from bot.nlu.linker import ServiceItemIndex

HERE = Path(__file__).resolve().parent
CURRENT = Candidate("public_rental_housing", 1.0, 0.0, frozenset())


def test_elliptical_follow_up_stays_even_when_another_item_matches_its_words() -> None:
    # "租金多少钱": 租房提取公积金 matches 租金 well, but nothing names it.
    other = Candidate("hpf_withdraw_rent", 0.9, 1.0, related_rank=0)
    decision = decide_follow_up("租金多少钱", CURRENT, [other])
    assert decision.item_id == "public_rental_housing" and decision.via_context
    assert decision.reason == "elliptical"


def test_message_without_content_words_stays() -> None:
    other = Candidate("vaccination", 1.0, 1.0)
    decision = decide_follow_up("有时间限制吗", CURRENT, [other], has_content=False)
    assert decision.via_context and not decision.switched


def test_naming_another_item_moves() -> None:
    named = Candidate("hpf_loan", 0.5, 1.0, named=True)
    decision = decide_follow_up("那公积金贷款呢", CURRENT, [Candidate("x", 0.9, 1.0), named])
    assert decision.item_id == "hpf_loan" and decision.switched and decision.reason == "named"


def test_explicit_switch_takes_the_item_related_to_the_current_one() -> None:
    current = Candidate("medical_transfer", 1.0, 0.0)
    loan = Candidate("hpf_loan", 0.9, 1.0, title_covers_message=1.0, related_rank=1)
    transfer = Candidate("hpf_transfer", 0.8, 1.0, title_covers_message=1.0, related_rank=0)
    decision = decide_follow_up("那公积金呢", current, [loan, transfer])
    assert decision.item_id == "hpf_transfer" and decision.reason == "explicit_switch"


def test_explicit_switch_needs_an_item_that_explains_the_message() -> None:
    current = Candidate("medical_transfer", 1.0, 0.0)
    weak = Candidate("hpf_transfer", 0.8, 0.2, title_covers_message=0.2, related_rank=0)
    assert decide_follow_up("那公积金呢", current, [weak]).via_context
    # The current item's own name explains the message: no switch ("那社保卡呢" about 社保卡).
    own = Candidate("medical_transfer", 1.0, 1.0, title_covers_message=1.0)
    other = Candidate("hpf_transfer", 0.8, 1.0, title_covers_message=1.0, related_rank=0)
    assert decide_follow_up("那医保关系呢", own, [other]).via_context


def test_asking_for_progress_moves_to_the_progress_item() -> None:
    current = Candidate("subsistence_allowance", 1.0, 0.6, frozenset())
    progress = Candidate(
        "dibao_progress", 0.7, 0.6, frozenset({"progress"}), covers_current=1.0, related_rank=0
    )
    decision = decide_follow_up(
        "申请交上去了怎么查进度", current, [progress], asked_actions=frozenset({"progress"})
    )
    assert decision.item_id == "dibao_progress" and decision.reason == "aspect"
    # A progress item about something else ("驾驶人考试预约") is no reason to move.
    unrelated = Candidate("exam", 0.9, 1.0, frozenset({"progress"}), related_rank=0)
    assert decide_follow_up(
        "查进度", current, [unrelated], asked_actions=frozenset({"progress"})
    ).via_context
    # Asking for an aspect the current item already offers stays.
    current_progress = Candidate("dibao_progress", 1.0, 0.6, frozenset({"progress"}))
    other = Candidate("x", 0.9, 0.9, frozenset({"progress"}), covers_current=1.0, related_rank=0)
    assert decide_follow_up(
        "进度怎么查", current_progress, [other], asked_actions=frozenset({"progress"})
    ).via_context


def test_a_long_new_question_moves_but_a_short_one_does_not() -> None:
    current = Candidate("ss_card_apply", 1.0, 0.0)
    school = Candidate("school_enrollment", 0.9, 1.0, title_covers_message=0.8)
    assert decide_follow_up("孩子明年上小学怎么报名", current, [school]).reason == "new_topic"
    assert decide_follow_up("要排队多久", current, [school]).via_context


def test_without_a_current_item_the_best_candidate_is_taken() -> None:
    decision = decide_follow_up("社保卡丢了", None, [Candidate("ss_card_replace", 0.9, 1.0)])
    assert decision.item_id == "ss_card_replace" and not decision.via_context
    assert decide_follow_up("你好", None, []).item_id is None


@pytest.mark.parametrize(
    ("message", "switch"),
    [("那公积金呢", True), ("那护照呢？", True), ("医保呢", True), ("要多久", False)],
)
def test_switch_marker(message, switch) -> None:
    assert is_switch(message) is switch


def test_the_linker_and_the_retriever_share_one_matcher(curated_retriever) -> None:
    assert isinstance(curated_retriever.aliases, AliasMatcher)
    assert issubclass(ServiceItemIndex, AliasMatcher)
    pairs = [(s, it.id) for it in curated_retriever.items for s in (it.name, *it.aliases)]
    linker = ServiceItemIndex(pairs)
    for text in ("社保卡挂矢了怎么办", "公积金带款怎么申请", "我想办居住证"):
        linked = {m.item_id for m in linker.find(text)}
        assert linked, text
        assert linked <= set(curated_retriever.aliases.item_scores(text)), text


def test_follow_ups_on_curated_conversations(curated_retriever) -> None:
    """Conversations about curated items only (both splits), resolved turn by turn."""
    known = curated_retriever.by_id.keys()
    convs = [
        c
        for c in load_conversations(HERE / "conversations.yml")
        if all(t.ids & known for t in c.turns)
    ]
    assert len(convs) >= 40
    result = evaluate_conversations(curated_retriever, convs)
    assert result.follow_up_accuracy >= 0.9, result.misses


def test_issue_examples_stick(curated_retriever) -> None:
    for first, follow_up, item in (
        ("驾照快到期了", "在哪里换", "driver_license_renew"),
        ("低保怎么申请", "标准是多少", "subsistence_allowance"),
        ("新生儿怎么上户口", "有时间限制吗", "birth_registration"),
        ("公租房申请条件是什么", "租金多少钱", "public_rental_housing"),
    ):
        opened = curated_retriever.resolve(first)
        assert opened.item.id == item, first
        res = curated_retriever.resolve(follow_up, context_item=item, last_aspects=opened.aspects)
        assert res.item.id == item and res.via_context, follow_up


def test_explicit_switch_keeps_the_last_aspects(curated_retriever) -> None:
    res = curated_retriever.resolve(
        "那公积金呢", context_item="medical_transfer", last_aspects=["time_limit"]
    )
    assert res.item.id == "hpf_transfer" and res.switched
    assert res.aspects == ["time_limit"]


def test_one_word_beside_an_aspect_question_names_no_new_topic() -> None:
    # "审批下来大概多长时间出结果": 结果 is all that is left, and a catalogue item named
    # "…结果查询" covers it entirely; the question is about the current item's time limit.
    current = Candidate("labor_arbitration", 1.0, 0.0)
    other = Candidate("results_lookup", 1.0, 1.0, title_covers_message=1.0)
    kept = decide_follow_up("审批下来大概多长时间出结果", current, [other], content_words=1)
    assert kept.via_context, kept
    moved = decide_follow_up(
        "出生医学证明多久能拿到", current, [other], content_words=3, asks_aspect=True
    )
    assert moved.item_id == "results_lookup" and moved.reason == "new_topic"


def test_the_current_topic_breaks_a_tie_the_message_cannot() -> None:
    # "以后要是弄丢了怎么补": every 补办 item covers the message alike; the one found next to the
    # current item's name is meant.
    current = Candidate("ss_card_apply", 1.0, 0.0)
    unrelated = Candidate("disability_card_replace", 0.3, 0.3, frozenset({"replace"}))
    related = Candidate("ss_card_replace", 0.3, 0.3, frozenset({"replace"}), related_rank=0)
    decision = decide_follow_up(
        "以后要是弄丢了怎么补", current, [unrelated, related], asks_aspect=False
    )
    assert decision.item_id == "ss_card_replace", decision


@pytest.mark.parametrize(
    "message", ["我俩都是外地户口 能在这办吗", "外地人可以申请吗", "在这里办还是回老家办"]
)
def test_asking_whether_one_may_apply_here_is_an_eligibility_question(message: str) -> None:
    from bot.knowledge.aspects import detect_aspects

    assert "eligibility" in detect_aspects(message)


@pytest.mark.parametrize(
    "message",
    [
        "顺便问下孩子上户口的事",  # an announced aside
        "医保是不是也要这么转一下",  # the same question about something else
        "那孩子的医保也是这时候一起办吗",
    ],
)
def test_an_aside_or_the_same_question_about_something_else_moves_to_the_item_named(
    message: str,
) -> None:
    current = Candidate("hpf_transfer", 1.0, 0.0)
    named_by_title = Candidate("medical_transfer", 0.3, 0.6, title_covers_message=0.6)
    decision = decide_follow_up(message, current, [named_by_title], asks_aspect=False)
    assert decision.item_id == "medical_transfer" and decision.reason == "explicit_switch"


def test_the_same_question_about_someone_else_stays_when_no_item_is_named() -> None:
    # "孩子的也是这样吗": nothing's name explains 孩子; the current item answers it.
    current = Candidate("medical_reimburse", 1.0, 0.0)
    weak = Candidate("school_enrollment", 0.3, 0.3, title_covers_message=0.3)
    assert decide_follow_up("孩子的也是这样吗", current, [weak]).via_context


def test_a_fine_grained_aspect_moves_to_an_item_whose_name_explains_the_message() -> None:
    # "另外我驾照明年到期了 换证提前多久可以换" after 交通违法: 驾驶证期满换证 offers renewal and its
    # name explains half the message, though it shares no word with 交通违法.
    current = Candidate("traffic_violation", 1.0, 0.2)
    renew = Candidate(
        "driver_license_renew",
        0.58,
        0.58,
        frozenset({"renew"}),
        title_covers_message=0.5,
        related_rank=0,
    )
    decision = decide_follow_up(
        "另外我驾照明年到期了 换证提前多久可以换",
        current,
        [renew],
        asked_actions=frozenset({"renew"}),
        content_words=6,
    )
    assert decision.item_id == "driver_license_renew" and decision.reason == "aspect"
