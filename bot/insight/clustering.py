"""Topics in complaint texts: masked Chinese tokens, TF-IDF, LSA, k-means, labels from top terms.

The pipeline (fixed seeds, so the same texts give the same topics):

1. **Mask first.** Every text goes through :func:`bot.pii.redact` (phones, resident IDs, ticket ids,
   names in self-introductions and "李女士"-style forms become placeholders) and
   :func:`bot.privacy.masking.mask_text` (bank cards, legacy IDs) before it is tokenised, so no
   identifier can become a feature or a label.
2. **Tokens.** jieba with part-of-speech tags; kept are content words of two or more characters
   (nouns, verbs, adjectives, idioms, place and organisation names) that contain no digit, no Latin
   letter (placeholders, "A3区"-style anonymised places) and are not in :data:`STOP_WORDS`
   (function words and the hotline's boilerplate: 您好, 反映, 有关部门 ...). Person names that jieba
   tags ``nr*`` are dropped as well, so a name that escapes the masking never labels a topic.
3. **Vectors.** TF-IDF over those tokens (sublinear tf, terms in at least 2 texts and at most half
   of them), reduced by truncated SVD (LSA, :data:`LSA_DIMENSIONS`) and L2-normalised, so k-means
   on them clusters by cosine similarity.
4. **k.** Given, or chosen by the mean silhouette (cosine) of the k-means clustering over
   ``k_range`` (default 3..12, capped at a fifth of the texts): the highest wins, ties to the
   smaller k. The silhouette never sees a label.
5. **Labels.** The :data:`LABEL_TERMS` terms with the largest mean TF-IDF weight in a topic.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from bot.pii import redact
from bot.privacy.masking import mask_text

SEED = 0
LSA_DIMENSIONS = 100
LABEL_TERMS = 3
DEFAULT_K_RANGE = range(3, 13)
# Fewer texts than this are one topic: k-means on a handful of complaints finds noise.
MIN_TEXTS = 10
# Silhouette on large sets: scored on a fixed random sample of this many texts.
SILHOUETTE_SAMPLE = 2000

# jieba POS tags kept (prefix match): nouns (not person names), verbs, adjectives, idioms, fixed
# expressions, abbreviations, nominal verbs/adjectives.
_KEPT_POS = ("n", "v", "a", "i", "l", "j")
_DROPPED_POS = ("nr",)
_HAS_DIGIT_OR_LATIN = re.compile(r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ*＊<>]")

# Function words jieba tags as content words, and the boilerplate every hotline message shares.
STOP_WORDS = frozenset(
    """
    您好 你好 请问 谢谢 感谢 领导 尊敬 市长 书记 反映 反应 投诉 举报 咨询 建议 希望 要求 请求 恳请 强烈
    问题 情况 事情 现象 有关 相关 部门 有关部门 相关部门 政府 市政府 单位 工作人员 市民 群众 老百姓 网友
    本人 我们 你们 他们 大家 自己 现在 目前 已经 没有 还是 就是 这个 那个 一个 这样 那样 什么 怎么
    为什么 可以 能够 需要 应该 不能 不会 没法 进行 存在 出现 发生 造成 导致 解决 处理 回复 答复
    落实 尽快 及时 关注 重视 调查 核实 了解 知道 认为 觉得 表示 告知 得到 给予 帮助 支持 留言 来信
    时候 时间 期间 之前 之后 以后 以来 至今 今年 去年 每天 一直 多次 经常 非常 特别 严重 很多 很大
    所有 其他 其中 另外 以及 并且 而且 但是 因为 所以 如果 虽然 还有 只有 作为 通过 根据 关于 对于
    是否 有没有 能否 为何 如何 地方 方面 地址 具体 一下 一些 有些 多年 几年 一年 个月 这些 那些
    规定 依法 合法 正常 实际 真的 不是 只是 想要 说明 提出 引起 影响 情形 所谓 部分 之间 全部 方式
    """.split()
)


def mask_for_analysis(text: str) -> str:
    """``text`` with every identifier replaced or masked (what the clustering may see)."""
    return mask_text(redact(text or ""))


def tokens(text: str) -> list[str]:
    """The content tokens of one text, after masking (see the module docstring)."""
    import jieba.posseg

    kept: list[str] = []
    for pair in jieba.posseg.lcut(mask_for_analysis(text)):
        word, flag = pair.word.strip(), pair.flag
        if len(word) < 2 or word in STOP_WORDS or _HAS_DIGIT_OR_LATIN.search(word):
            continue
        if flag.startswith(_DROPPED_POS) or not flag.startswith(_KEPT_POS):
            continue
        kept.append(word)
    return kept


@dataclass(frozen=True)
class Topic:
    """One cluster: its number, the texts in it (indices) and the terms that label it."""

    id: int
    terms: tuple[str, ...]
    members: tuple[int, ...]

    @property
    def label(self) -> str:
        return "、".join(self.terms) if self.terms else "（无主题词）"

    @property
    def size(self) -> int:
        return len(self.members)


@dataclass(frozen=True)
class Clustering:
    """Which topic each text is in, the topics, and how k was found."""

    assignments: tuple[int, ...]
    topics: tuple[Topic, ...]
    k: int
    k_criterion: str
    silhouettes: dict[int, float] = field(default_factory=dict)


def _vectorise(token_lists: Sequence[list[str]]):
    from sklearn.feature_extraction.text import TfidfVectorizer

    n = len(token_lists)
    vectoriser = TfidfVectorizer(
        analyzer=lambda doc: doc,  # already tokenised
        min_df=2 if n >= MIN_TEXTS else 1,
        max_df=0.5 if n >= MIN_TEXTS else 1.0,
        sublinear_tf=True,
    )
    try:
        matrix = vectoriser.fit_transform(token_lists)
    except ValueError:  # no term left after min_df/max_df
        return None, []
    return matrix, vectoriser.get_feature_names_out()


def _lsa(matrix) -> np.ndarray:
    from sklearn.decomposition import TruncatedSVD
    from sklearn.preprocessing import normalize

    dimensions = min(LSA_DIMENSIONS, matrix.shape[0] - 1, matrix.shape[1] - 1)
    if dimensions < 2:
        return normalize(matrix.toarray())
    reduced = TruncatedSVD(n_components=dimensions, random_state=SEED).fit_transform(matrix)
    return normalize(reduced)


def _kmeans(points: np.ndarray, k: int) -> np.ndarray:
    from sklearn.cluster import KMeans

    return KMeans(n_clusters=k, n_init=10, random_state=SEED).fit_predict(points)


def _silhouette(points: np.ndarray, labels: np.ndarray) -> float:
    from sklearn.metrics import silhouette_score

    if len(set(labels.tolist())) < 2:
        return -1.0
    sample = min(SILHOUETTE_SAMPLE, len(labels))
    return float(
        silhouette_score(points, labels, metric="cosine", sample_size=sample, random_state=SEED)
    )


def _relabel(labels: np.ndarray) -> np.ndarray:
    """Number topics by size (0 = largest, ties by first member) so output is stable."""
    order = sorted(
        set(labels.tolist()), key=lambda c: (-(labels == c).sum(), np.argmax(labels == c))
    )
    mapping = {old: new for new, old in enumerate(order)}
    return np.array([mapping[c] for c in labels.tolist()], dtype=int)


def _label_terms(matrix, names, members: np.ndarray) -> tuple[str, ...]:
    if not len(members) or matrix.shape[1] == 0:
        return ()
    weights = np.asarray(matrix[members].mean(axis=0)).ravel()
    top = [i for i in np.argsort(-weights, kind="stable") if weights[i] > 0][:LABEL_TERMS]
    return tuple(str(names[i]) for i in top)


def cluster_texts(
    texts: Sequence[str],
    *,
    k: int | None = None,
    k_range: Iterable[int] = DEFAULT_K_RANGE,
    progress: bool = False,
) -> Clustering:
    """Cluster ``texts`` into topics (``k`` given, or chosen by silhouette over ``k_range``)."""
    iterate = _progress(progress)
    token_lists = [tokens(t) for t in iterate(texts, "tokenising")]
    return cluster_tokens(token_lists, k=k, k_range=k_range, progress=progress)


def cluster_tokens(
    token_lists: Sequence[list[str]],
    *,
    k: int | None = None,
    k_range: Iterable[int] = DEFAULT_K_RANGE,
    progress: bool = False,
) -> Clustering:
    """:func:`cluster_texts` on texts already split by :func:`tokens`."""
    if k is not None and k < 1:
        raise ValueError(f"k must be at least 1, got {k}")
    iterate = _progress(progress)
    n = len(token_lists)
    if n == 0:
        return Clustering((), (), 0, "no texts")
    matrix, names = _vectorise(token_lists) if any(token_lists) else (None, [])
    if matrix is None or matrix.shape[1] < 2 or n < MIN_TEXTS or k == 1:
        labels = np.zeros(n, dtype=int)
        chosen, criterion, scores = 1, f"fewer than {MIN_TEXTS} texts or no terms", {}
        if k == 1:
            criterion = "given"
    else:
        points = _lsa(matrix)
        scores = {}
        if k is not None:
            chosen, criterion = min(k, n), "given"
            labels = _kmeans(points, chosen)
        else:
            # At least five texts per topic on average; two topics when k_range asks for more.
            candidates = [c for c in k_range if 2 <= c <= max(2, n // 5)] or [2]
            best = None
            for c in iterate(candidates, "choosing k"):
                found = _kmeans(points, c)
                scores[c] = _silhouette(points, found)
                if best is None or scores[c] > best[0] + 1e-12:
                    best = (scores[c], c, found)
            _, chosen, labels = best
            criterion = f"max mean cosine silhouette over k in {candidates[0]}..{candidates[-1]}"
    labels = _relabel(labels)
    topics = tuple(
        Topic(
            id=c,
            terms=_label_terms(matrix, names, np.flatnonzero(labels == c))
            if matrix is not None
            else (),
            members=tuple(np.flatnonzero(labels == c).tolist()),
        )
        for c in range(int(labels.max()) + 1 if n else 0)
    )
    return Clustering(tuple(labels.tolist()), topics, int(chosen), criterion, scores)


def _progress(enabled: bool):
    def iterate(items, description: str):
        if not enabled:
            return items
        from tqdm import tqdm

        return tqdm(items, desc=description, leave=False)

    return iterate
