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
