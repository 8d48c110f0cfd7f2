"""Character TF-IDF features of the safety classifiers, without scikit-learn's per-call refit check.

scikit-learn 1.1's ``TfidfTransformer.transform`` checks that it is fitted by asking for its
``idf_`` property, which rebuilds the inverse-document-frequency vector from the diagonal matrix
it keeps (a sum and a copy over the whole character n-gram vocabulary) on every call: about 0.7 ms
per message and model, more than the prediction itself, and every message goes through four such
models (policy layer, emergency detector, its category and self-harm models; issue 13).
:func:`tfidf_features` applies the same steps to the same fitted vectorizer (counts, sublinear
tf, idf, norm) without that check; ``tests/safety/test_tfidf.py`` compares it with
``vectorizer.transform`` element by element.

:func:`predict_proba` is a linear classifier's ``predict_proba`` with its coefficients laid out
column-major once: ``LogisticRegression`` multiplies the sparse features by ``coef_.T``, which
for a row-major ``coef_`` of several classes scipy copies into a contiguous array on every call
(the whole vocabulary times the classes: another 0.3 ms per message). Same numbers, no copy.
"""

from __future__ import annotations

from typing import Any

import numpy as np


def tfidf_features(vectorizer: Any, texts: list[str]) -> Any:
    """``vectorizer.transform(texts)`` for a fitted ``TfidfVectorizer`` (a sparse matrix)."""
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.preprocessing import normalize

    tfidf = vectorizer._tfidf
    counts = CountVectorizer.transform(vectorizer, texts).astype(np.float64)
    if tfidf.sublinear_tf:
        np.log(counts.data, counts.data)
        counts.data += 1
    if tfidf.use_idf:
        counts = counts * tfidf._idf_diag
    if tfidf.norm:
        counts = normalize(counts, norm=tfidf.norm, copy=False)
    return counts


def predict_proba(classifier: Any, features: Any) -> Any:
    """``classifier.predict_proba(features)`` for a fitted linear model (``coef_``), its
    coefficients made column-major on the first call."""
    coef = getattr(classifier, "coef_", None)
    if coef is not None and not coef.flags.f_contiguous:
        classifier.coef_ = np.asfortranarray(coef)
    return classifier.predict_proba(features)


def pipeline_proba(pipeline: Any, texts: list[str]) -> Any:
    """``predict_proba`` of a fitted ``make_pipeline(TfidfVectorizer(...), classifier)``."""
    vectorizer, classifier = pipeline[0], pipeline[-1]
    return predict_proba(classifier, tfidf_features(vectorizer, texts))
