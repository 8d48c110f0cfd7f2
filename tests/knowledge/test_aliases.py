"""The alias matcher: exact names, one typo in a long alias, homophones swapped in by pinyin input."""

from __future__ import annotations

import pytest

from bot.knowledge.aliases import HOMOPHONE_DISTANCE, AliasMatcher

ALIASES = [
    ("公积金", "hpf"),
    ("身份证", "id_card"),
    ("居住证", "residence"),
    ("社保卡", "ss_card"),
    ("医保", "medical"),
    ("灵活就业人员养老保险", "pension_flexible"),
]


@pytest.fixture(scope="module")
def matcher() -> AliasMatcher:
    return AliasMatcher(ALIASES)


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("那边交的公基金怎么弄回来", "hpf"),  # 基 for 积 (ji)
        ("身分证丢了怎么补", "id_card"),  # 分 for 份 (fen)
        ("居注证去哪办", "residence"),  # 注 for 住 (zhu)
        ("社宝卡挂失", "ss_card"),  # 宝 for 保 (bao)
    ],
)
def test_a_homophone_swapped_into_a_short_alias_still_names_the_item(
    matcher: AliasMatcher, text: str, item: str
) -> None:
    mentions = matcher.find(text)
    assert [m.item_id for m in mentions] == [item], mentions
    alias_len = len(mentions[0].alias)
    assert mentions[0].score == pytest.approx(1.0 - HOMOPHONE_DISTANCE / alias_len)


@pytest.mark.parametrize(
    "text",
    [
        "公鸡今天没叫",  # one character shared, the others read differently
        "一保",  # two-character aliases match exactly only
        "伸分正",  # every character swapped: too far
        "工记进",  # all three swapped
    ],
)
def test_other_words_that_sound_alike_in_part_name_nothing(
    matcher: AliasMatcher, text: str
) -> None:
    assert matcher.find(text) == [], text


def test_an_exact_alias_outranks_its_homophone_reading(matcher: AliasMatcher) -> None:
    assert matcher.item_scores("公积金怎么取") == {"hpf": (1.0, 3)}
    assert matcher.item_scores("公基金怎么取")["hpf"][0] < 1.0


def test_a_long_alias_keeps_its_edit_distance_typo(matcher: AliasMatcher) -> None:
    [mention] = matcher.find("灵活就叶人员养老保险怎么交")
    assert mention.item_id == "pension_flexible"
    assert mention.score >= 1.0 - 1.0 / len("灵活就业人员养老保险")


def test_no_typos_allowed_means_no_homophones() -> None:
    strict = AliasMatcher(ALIASES, max_typos=0)
    assert strict.find("公基金怎么取") == []
    assert [m.item_id for m in strict.find("公积金怎么取")] == ["hpf"]


def test_corrected_puts_back_aliases_and_terms_written_with_a_homophone() -> None:
    matcher = AliasMatcher(
        [("公积金转移", "hpf_transfer"), ("身份证", "id_card")], terms=["公积金"]
    )
    # a term names no item on its own ...
    assert matcher.find("公基金怎么转") == []
    # ... but the question is read with the word meant, by every retrieval source
    assert matcher.corrected("那边交的公基金怎么弄回来") == "那边交的公积金怎么弄回来"
    assert matcher.corrected("身分证丢了 公基金也要转") == "身份证丢了 公积金也要转"
    # words written right, and words that only share a reading in part, are left as written
    assert matcher.corrected("公积金转移要多久") == "公积金转移要多久"
    assert matcher.corrected("公鸡今天没叫") == "公鸡今天没叫"


@pytest.fixture(scope="module")
def segmenter():
    from bot.knowledge.tokenize import Tokenizer

    return Tokenizer().words


def test_a_two_character_word_is_put_back_only_with_a_segmenter(segmenter) -> None:
    pairs = [("物业纠纷", "property"), ("低保申请", "allowance")]
    terms = ["物业", "纠纷", "低保", "申请", "补办", "举报", "加水"]
    plain = AliasMatcher(pairs, terms=terms)
    assert plain.corrected("物叶断我家水电") == "物叶断我家水电"
    matcher = AliasMatcher(pairs, terms=terms, segment=segmenter)
    # one homophone in a two-character word the dictionary does not know ("wu ye", "di bao")
    assert matcher.corrected("物叶断我家水电 这样可以吗") == "物业断我家水电 这样可以吗"
    assert matcher.corrected("底保一个月能领多少钱") == "低保一个月能领多少钱"


@pytest.mark.parametrize(
    "text",
    [
        "我家水电费怎么交",  # 家水 (jia shui) straddles 我家 and 水电: no 加水
        "在税务局报的项目要注销",  # 局报 (ju bao) is the end of 税务局: no 举报
        "算了，不办了",  # 不办 (bu ban): a negation is never repaired into 补办
        "执业证怎么注销",  # 执业 is a word of its own, though 职业 reads the same
    ],
)
def test_a_two_character_repair_leaves_words_and_straddles_alone(segmenter, text: str) -> None:
    matcher = AliasMatcher(
        [("物业纠纷", "property")],
        terms=["物业", "补办", "举报", "加水", "职业"],
        segment=segmenter,
    )
    assert matcher.corrected(text) == text


def test_a_two_character_repair_with_two_candidates_is_no_guess(segmenter) -> None:
    # 物业 and 雾叶 both read "wu ye" and each shares one character with 物叶: no guess
    matcher = AliasMatcher([], terms=["物业", "雾叶"], segment=segmenter)
    assert matcher.corrected("物叶断了") == "物叶断了"
