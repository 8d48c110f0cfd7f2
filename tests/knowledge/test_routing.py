"""bot.knowledge.routing: when a message of another intent is answered from the knowledge base."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine

from bot.knowledge.retrieval import Hit
from bot.knowledge.routing import (
    GRIEVANCE_ASPECTS,
    RouteThresholds,
    asks_a_question,
    asks_for_a_person,
    asks_to_file,
    clear_winner,
    confident_hit,
    fraction_fields,
    is_cancel_request,
    reads_as_question,
)
from bot.knowledge.service import KnowledgeService
from bot.settings import SettingsError, load_settings

THRESHOLDS = RouteThresholds(min_score=0.75, min_similarity=0.45, min_relevance=0.3)


def _hit(score: float, relevance: float, item: str = "x") -> Hit:
    return Hit(item, item, score, relevance, ("bm25",))


def test_with_a_dense_source_the_similarity_decides() -> None:
    hits = [_hit(0.9, 0.1, "a"), _hit(0.5, 0.9, "b")]
    assert confident_hit(hits, THRESHOLDS, similarity=0.6).id == "a"
    assert confident_hit(hits, THRESHOLDS, similarity=0.44) is None  # ranked first, but far
    assert confident_hit([_hit(0.74, 1.0)], THRESHOLDS, similarity=0.9) is None  # weak rank
    assert confident_hit([_hit(0.75, 0.0)], THRESHOLDS, similarity=0.45) is not None  # bounds


def test_without_a_dense_source_the_relevance_decides() -> None:
    assert confident_hit([_hit(0.9, 0.3)], THRESHOLDS, similarity=None) is not None
    assert confident_hit([_hit(0.9, 0.29)], THRESHOLDS, similarity=None) is None
    assert confident_hit([_hit(0.7, 1.0)], THRESHOLDS, similarity=None) is None
    assert confident_hit([], THRESHOLDS, similarity=None) is None


def test_a_question_of_enough_words_covered_enough_is_confident_however_far() -> None:
    """A question (who handles it, where, how) whose best item covers a fifth of its four or
    more content words is confident even where the dense encoder puts the item far."""
    best = [_hit(0.9, 0.2, "a")]
    assert confident_hit(best, THRESHOLDS, similarity=0.3, question_words=4).id == "a"
    assert confident_hit(best, THRESHOLDS, similarity=0.3, question_words=3) is None  # too short
    assert confident_hit([_hit(0.9, 0.19)], THRESHOLDS, similarity=0.3, question_words=6) is None
    assert confident_hit([_hit(0.74, 1.0)], THRESHOLDS, similarity=0.3, question_words=9) is None
    # not a question (question_words=0): the similarity still decides
    assert confident_hit([_hit(0.9, 1.0)], THRESHOLDS, similarity=0.3) is None


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("老公喝了酒就动手打我，我能找谁帮忙", True),
        ("楼下有人好像在贩卖毒品，打什么电话反映", True),
        ("儿子染上毒瘾了，哪里可以自愿戒", True),
        ("社保卡补办要几天?", True),
        ("隔壁装修周末一大早就开电钻", False),
        ("好的谢谢", False),
    ],
)
def test_asks_a_question(text: str, asks: bool) -> None:
    assert asks_a_question(text) is asks


@pytest.mark.parametrize("bad", [-0.1, 1.5, "0.5", None, True])
@pytest.mark.parametrize("field", fraction_fields())
def test_thresholds_are_validated(field: str, bad) -> None:
    good = {"min_score": 0.5, "min_similarity": 0.5, "min_relevance": 0.5}
    with pytest.raises(ValueError, match=f"{field} must be a number within"):
        RouteThresholds(**{**good, field: bad})


@pytest.mark.parametrize("bad", [0, -1, 2.5, "4", True])
def test_question_words_are_validated(bad) -> None:
    with pytest.raises(ValueError, match="question_min_words must be an integer"):
        RouteThresholds(
            min_score=0.5, min_similarity=0.5, min_relevance=0.5, question_min_words=bad
        )


def test_settings_carry_the_thresholds() -> None:
    settings = load_settings(env={})
    retrieval = settings.retrieval
    assert (retrieval.route_min_score, retrieval.route_min_similarity) == (0.75, 0.45)
    assert retrieval.route_min_relevance == 0.3
    assert (retrieval.route_question_min_relevance, retrieval.route_question_min_words) == (0.2, 4)
    assert RouteThresholds.from_settings(retrieval) == THRESHOLDS == RouteThresholds.from_settings()
    with pytest.raises(SettingsError, match="retrieval.route_min_score"):
        load_settings(env={"BOT_RETRIEVAL_ROUTE_MIN_SCORE": "2"})
    with pytest.raises(SettingsError, match="retrieval.route_question_min_words"):
        load_settings(env={"BOT_RETRIEVAL_ROUTE_QUESTION_MIN_WORDS": "0"})
    assert (retrieval.route_min_margin, retrieval.route_margin_min_similarity) == (0.27, 0.25)
    with pytest.raises(SettingsError, match="retrieval.route_min_margin"):
        load_settings(env={"BOT_RETRIEVAL_ROUTE_MIN_MARGIN": "2"})


def test_a_clear_winner_leads_the_second_by_the_margin() -> None:
    hits = [_hit(0.9, 0.1, "a"), _hit(0.6, 0.5, "b")]
    assert clear_winner(hits, THRESHOLDS, similarity=0.3, question_words=4).id == "a"
    assert clear_winner(hits, THRESHOLDS, similarity=None, question_words=4).id == "a"
    assert clear_winner(hits, THRESHOLDS, similarity=0.3, question_words=3) is None  # too short
    assert clear_winner(hits, THRESHOLDS, similarity=0.24, question_words=9) is None  # too far
    close = [_hit(0.9, 0.1, "a"), _hit(0.64, 0.5, "b")]
    assert clear_winner(close, THRESHOLDS, similarity=0.9, question_words=9) is None  # lead 0.26
    uncovered = [_hit(0.9, 0.0, "a"), _hit(0.3, 0.5, "b")]
    assert clear_winner(uncovered, THRESHOLDS, similarity=0.9, question_words=9) is None
    assert clear_winner([_hit(0.74, 0.5), _hit(0.1, 0.1)], THRESHOLDS, 0.9, 9) is None  # weak
    assert clear_winner([_hit(0.9, 0.5)], THRESHOLDS, similarity=0.9, question_words=9) is None
    off = RouteThresholds(min_score=0.75, min_similarity=0.45, min_relevance=0.3, min_margin=0.0)
    assert clear_winner(hits, off, similarity=0.9, question_words=9) is None


@pytest.mark.parametrize(
    "text",
    [
        "我要投诉隔壁饭馆油烟",
        "帮我登记一下，路灯坏了",
        "举报一下，河边有人偷倒垃圾",
        "想反映个情况",
        "我要报修",
        "投诉：公交车不到站就开走",
        "我想提个建议，公园晚上太黑",
    ],
)
def test_explicit_requests_go_to_the_form(text: str) -> None:
    assert asks_to_file(text)


@pytest.mark.parametrize(
    "text",
    [
        "我要投诉物业乱收停车费，应该找哪个部门",  # asks who handles it
        "开发商迟迟不交房去哪投诉",
        "工资被拖了两个月怎么维权",
        "半夜工地打桩吵得睡不着",  # a grievance told without asking to file
        "楼下的垃圾站臭得不行，归谁管",
        "装修队把楼道弄得全是灰，打什么电话反映",
    ],
)
def test_grievances_and_questions_are_not_explicit_requests(text: str) -> None:
    assert not asks_to_file(text)


@pytest.mark.parametrize(
    "text",
    [
        "取消",
        "算了不办了",
        "先不弄了",
        "别登记了",
        "不约了",
        "停",
        "stop",
        "我改主意了",
        "这个作废",
    ],
)
def test_cancel_requests(text: str) -> None:
    assert is_cancel_request(text)


@pytest.mark.parametrize(
    "text", ["想给孩子办一张社保卡", "停车场收费标准是多少", "公积金怎么提取", "驾照到期换证"]
)
def test_service_questions_are_not_cancel_requests(text: str) -> None:
    assert not is_cancel_request(text)


@pytest.fixture(scope="module")
def service(curated_db) -> KnowledgeService:
    return KnowledgeService(create_engine(curated_db, future=True), route=THRESHOLDS)


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("我家闺女刚满一岁，想给她弄张社会保障卡", "ss_card_apply"),
        ("家里老人八十多岁了，能领高龄补贴吗", "elderly_allowance"),
        ("在外地交的公积金想转到这边来", "hpf_transfer"),
        ("重度残疾的家人每个月能领护理补贴吗", "disability_subsidy"),
    ],
)
def test_confident_answers_for_clear_service_questions(service, text: str, item: str) -> None:
    answer = service.confident_answer(text)
    assert answer is not None and answer.found and answer.item_id == item
    assert answer.sources == [item]


@pytest.mark.parametrize(
    "text",
    [
        "今天天气怎么样",
        "给我讲个笑话",
        "不预约了，取消吧",
        "你是机器人吗",
        "帮我写一首诗",
        "好的谢谢",
    ],
)
def test_no_confident_answer_for_chat(service, text: str) -> None:
    assert service.confident_answer(text) is None


def test_a_service_question_in_other_words_is_answered_from_a_clear_winner(service) -> None:
    # under the 0.2 relevance cut (0.09, 0.10), far from the dense encoder's threshold, but no
    # other item comes close (leads 0.46, 0.53); with no margin they are told "not found"
    cases = [
        ("物叶停了我家的水 就因为少交了一个月钱 他们有这个权利吗", "property_dispute"),
        ("交通为法过了十五天没去处理 会有什么后果", "traffic_violation"),
    ]
    off = RouteThresholds(min_score=0.75, min_similarity=0.45, min_relevance=0.3, min_margin=0.0)
    no_margin = KnowledgeService(service.engine, service.config, service.min_score, off)
    for text, item in cases:
        answer = service.answer(text)
        assert answer.found and answer.item_id == item, text
        assert not no_margin.answer(text).found, text
    # chat filed as a service question leads with some item by far, covering none of its words
    assert not service.answer("最近买什么股票好 有没有推荐的").found


@pytest.mark.parametrize(
    ("text", "item"),
    [
        # questions asking who handles a grievance, in words the dense encoder puts far
        ("喝醉了的丈夫又对我动手，有哪里能帮我", "domestic_violence_help"),
        ("小区里好像有人贩毒，该打什么电话反映", "drug_gambling_report"),
    ],
)
def test_a_question_about_a_grievance_is_answered(service, text: str, item: str) -> None:
    answer = service.confident_answer(text, GRIEVANCE_ASPECTS)
    assert answer is not None and answer.item_id == item


def test_a_grievance_gets_who_handles_it(service) -> None:
    answer = service.confident_answer("公司拖欠我两个月工资了，老板一直不给", GRIEVANCE_ASPECTS)
    assert answer is not None and answer.item_id == "labor_arbitration"
    assert answer.aspects == list(GRIEVANCE_ASPECTS)
    assert "办理部门：" in answer.text and "所需材料" not in answer.text


def test_an_aspect_the_message_asks_for_wins(service) -> None:
    answer = service.confident_answer("申请劳动仲裁要准备哪些材料", GRIEVANCE_ASPECTS)
    assert answer is not None and answer.aspects == ["materials"]


@pytest.mark.parametrize(
    ("text", "item"),
    [
        # few of the question's words are in the item's text (relevance under min_score), but the
        # item ranks first and is close under the dense encoder: answered, not "not found"
        ("把医保从老家转过来怎么弄", "medical_transfer"),
    ],
)
def test_a_confident_item_is_answered_below_min_score(service, text: str, item: str) -> None:
    resolution = service.retriever.resolve(text)
    assert resolution.item is not None and resolution.score < service.min_score
    answer = service.answer(text)
    assert answer.found and answer.item_id == item


@pytest.mark.parametrize("text", ["给我讲个笑话", "最近买什么股票好", "今天天气怎么样"])
def test_chat_is_still_not_found(service, text: str) -> None:
    assert not service.answer(text).found


def test_a_request_for_a_person_is_recognised() -> None:
    assert asks_for_a_person("转人工") and asks_for_a_person("我要找你们工作人员")
    assert not asks_for_a_person("职工医保关系从老家转到示例市怎么申请")


@pytest.mark.parametrize(
    ("context", "text"),
    [
        # elliptical follow-ups the intent classifiers file as nlu_fallback or out_of_scope
        ("medical_reimburse", "出院的时候直接结算吗"),
        ("domestic_violence_help", "妇联能陪我去吗"),
        ("noise_complaint", "晚上几点以后算扰民啊"),
        ("hpf_loan", "那我老婆能一起贷吗"),
        ("hpf_loan", "要多久"),
    ],
)
def test_a_follow_up_is_answered_from_the_item_under_discussion(
    service, context: str, text: str
) -> None:
    answer = service.confident_answer(text, context_item=context)
    assert answer is not None and answer.found and answer.item_id == context


@pytest.mark.parametrize(
    ("context", "text"),
    [
        ("noise_complaint", "今天天气怎么样"),  # not about the item
        ("hpf_loan", "iPhone 17多少钱"),  # an aspect, but of something else
        ("hpf_loan", "帮我写个Python程序"),
        ("noise_complaint", "单位不给交社保，怎么投诉"),  # names another item's topic
        ("medical_reimburse", "好的谢谢"),  # asks nothing
        ("medical_reimburse", "真的吗"),  # no content word and no aspect
    ],
)
def test_other_messages_are_not_follow_ups(service, context: str, text: str) -> None:
    assert service.follow_up_answer(text, context) is None


def _nlu_examples(intent: str) -> list[str]:
    """The hotline's own NLU examples of ``intent`` (data/nlu, annotations stripped)."""
    from pathlib import Path

    from bot.finetune.nlu_yaml import load_nlu_files

    nlu_dir = Path(__file__).resolve().parents[2] / "data" / "nlu"
    return [e.text for e in load_nlu_files(sorted(nlu_dir.glob("*.yml"))) if e.intent == intent]


@pytest.mark.parametrize("context", ["noise_complaint", "hpf_loan", "medical_reimburse"])
def test_the_hotlines_chat_examples_are_never_follow_ups(service, context: str) -> None:
    """What the routed intents' actions see (out_of_scope, and cancel or request_human without a
    cancel word or a person named) is never answered from the item under discussion."""
    texts = _nlu_examples("out_of_scope")
    texts += [t for t in _nlu_examples("cancel") if not is_cancel_request(t)]
    texts += [t for t in _nlu_examples("request_human") if not asks_for_a_person(t)]
    assert len(texts) > 50
    answered = [t for t in texts if service.follow_up_answer(t, context) is not None]
    assert answered == []


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("妇联能陪我去吗", True),
        ("留了电话会不会被泄露啊", True),
        ("是否需要本人到场", True),
        ("有没有人管", True),
        ("城北靠河边那块", False),
        ("南湖区", False),
        ("13800138000", False),
    ],
)
def test_reads_as_question_includes_a_not_a_questions(text: str, asks: bool) -> None:
    assert reads_as_question(text) is asks
