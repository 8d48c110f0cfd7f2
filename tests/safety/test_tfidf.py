"""bot.safety.tfidf gives exactly what scikit-learn's TfidfVectorizer.transform gives."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline

from bot.safety.tfidf import pipeline_proba, predict_proba, tfidf_features

TRAIN = ["楼道里着火了", "社保卡怎么补办", "煤气味很重", "公积金提取", "有人晕倒了", "你好"]
TEXTS = ["着火了快来人", "补办社保卡要带什么", "", "完全没见过的字句", "煤气 煤气 煤气"]


@pytest.mark.parametrize(
    "options",
    [
        {"analyzer": "char", "ngram_range": (1, 3), "sublinear_tf": True},
        {"analyzer": "char", "ngram_range": (1, 2), "sublinear_tf": False, "norm": None},
        {"analyzer": "char", "ngram_range": (1, 3), "use_idf": False, "norm": "l1"},
    ],
)
def test_features_equal_sklearns(options: dict) -> None:
    vectorizer = TfidfVectorizer(**options).fit(TRAIN)
    expected = vectorizer.transform(TEXTS).toarray()
    got = tfidf_features(vectorizer, TEXTS).toarray()
    assert got.shape == expected.shape
    np.testing.assert_array_equal(got, expected)


def test_pipeline_probabilities_equal_sklearns() -> None:
    pipeline = make_pipeline(
        TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True),
        LogisticRegression(max_iter=500),
    ).fit(TRAIN, [1, 0, 1, 0, 1, 0])
    np.testing.assert_array_equal(pipeline_proba(pipeline, TEXTS), pipeline.predict_proba(TEXTS))


def test_column_major_coefficients_give_the_same_probabilities() -> None:
    vectorizer = TfidfVectorizer(analyzer="char", ngram_range=(1, 3)).fit(TRAIN)
    model = LogisticRegression(max_iter=500).fit(vectorizer.transform(TRAIN), [0, 1, 2, 1, 0, 2])
    features = vectorizer.transform(TEXTS)
    expected = model.predict_proba(features)
    assert model.coef_.shape[0] == 3 and not model.coef_.flags.f_contiguous
    got = predict_proba(model, features)
    assert model.coef_.flags.f_contiguous
    np.testing.assert_allclose(got, expected, rtol=0, atol=1e-12)
