"""bot.insight.clustering: topics recovered, personal data never a term, same output every run."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from synthetic import complaints

from bot.insight.clustering import cluster_texts, tokens


def _purity(truth: list[str], clusters: tuple[int, ...]) -> float:
    by_cluster: dict[int, Counter] = {}
    for label, cluster in zip(truth, clusters, strict=True):
        by_cluster.setdefault(cluster, Counter())[label] += 1
    return sum(c.most_common(1)[0][1] for c in by_cluster.values()) / len(truth)


@pytest.fixture(scope="module")
def synthetic():
    return complaints(per_topic=8)


def test_given_k_recovers_the_topics(synthetic) -> None:
    texts, truth = synthetic
    found = cluster_texts(texts, k=4)
    assert found.k == 4 and found.k_criterion == "given"
    assert _purity(truth, found.assignments) >= 0.95
    # every topic is one cluster: each cluster's members share one true topic
    assert len({truth[i] for t in found.topics for i in t.members[:1]}) == 4
    assert sorted(t.size for t in found.topics) == [8, 8, 8, 8]


def test_chosen_k_by_silhouette_separates_the_topics(synthetic) -> None:
    texts, truth = synthetic
    found = cluster_texts(texts)
    assert found.k in found.silhouettes and found.silhouettes[found.k] == max(
        found.silhouettes.values()
    )
    assert _purity(truth, found.assignments) >= 0.9
    assert len(found.topics) == found.k


def test_labels_are_topic_terms_without_personal_data(synthetic) -> None:
    texts, truth = synthetic
    found = cluster_texts(texts, k=4)
    expected = {
        "noise": {"噪音", "扰民", "休息"},
        "water": {"自来水", "停水", "管道", "爆裂"},
        "parking": {"违停", "通道", "车位", "消防通道", "堵塞"},
        "pension": {"养老金", "社保", "退休", "缴费"},
    }
    for topic in found.topics:
        assert len(topic.terms) == 3
        assert set(topic.terms) & expected[truth[topic.members[0]]], topic.terms
        for term in topic.terms:
            assert not re.search(r"\d|\*", term)
            assert "张伟" not in term and "王建国" not in term


def test_tokens_mask_identifiers_and_names() -> None:
    words = tokens("我叫张伟，电话13800138000，身份证110101199003074514，王建国说小区噪音扰民")
    assert "噪音" in words and "扰民" in words
    joined = "".join(words)
    assert not re.search(r"\d", joined)
    assert "张伟" not in joined and "王建国" not in joined


def test_same_texts_same_topics(synthetic) -> None:
    texts, _ = synthetic
    assert cluster_texts(texts, k=4) == cluster_texts(texts, k=4)


def test_few_texts_are_one_topic_and_bad_k_is_refused() -> None:
    found = cluster_texts(["小区噪音扰民", "自来水停水"])
    assert found.k == 1 and found.assignments == (0, 0)
    assert cluster_texts([]).topics == ()
    with pytest.raises(ValueError):
        cluster_texts(["噪音"], k=0)
