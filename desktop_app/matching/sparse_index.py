"""Sparse term indexes (TF-IDF cosine and BM25) over short texts, built with numpy/scipy only.

The laptop app may not import scikit-learn, and occupation labels are short, so a small
dictionary-based vectoriser is all that is needed. Queries are scored against every document at
once with one sparse matrix product.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import numpy as np
import scipy.sparse as sp

Analyzer = Callable[[str], Iterable[str]]


def _count_matrix(
    texts: Sequence[str], analyzer: Analyzer, vocabulary: dict[str, int], grow: bool
) -> sp.csr_matrix:
    indptr = [0]
    indices: list[int] = []
    data: list[float] = []
    for text in texts:
        counts: dict[int, int] = {}
        for feature in analyzer(text):
            index = vocabulary.get(feature)
            if index is None:
                if not grow:
                    continue
                index = vocabulary[feature] = len(vocabulary)
            counts[index] = counts.get(index, 0) + 1
        indices.extend(counts)
        data.extend(counts.values())
        indptr.append(len(indices))
    shape = (len(texts), len(vocabulary))
    return sp.csr_matrix((np.asarray(data, dtype=np.float64), indices, indptr), shape=shape)


def _l2_normalise(matrix: sp.csr_matrix) -> sp.csr_matrix:
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sp.csr_matrix(sp.diags(1.0 / norms) @ matrix)


class TfidfIndex:
    """Cosine similarity of TF-IDF vectors (smooth idf, optional sublinear tf)."""

    def __init__(self, documents: Sequence[str], analyzer: Analyzer, sublinear_tf: bool = True):
        self._analyzer = analyzer
        self._sublinear = sublinear_tf
        self._vocabulary: dict[str, int] = {}
        counts = _count_matrix(documents, analyzer, self._vocabulary, grow=True)
        document_frequency = np.bincount(counts.indices, minlength=counts.shape[1])
        self._idf = np.log((1 + len(documents)) / (1 + document_frequency)) + 1.0
        self._documents_t = sp.csr_matrix(self._weigh(counts).T)

    def _weigh(self, counts: sp.csr_matrix) -> sp.csr_matrix:
        weighted = counts.copy()
        if self._sublinear:
            weighted.data = 1.0 + np.log(weighted.data)
        return _l2_normalise(sp.csr_matrix(weighted @ sp.diags(self._idf)))

    def scores(self, queries: Sequence[str]) -> np.ndarray:
        """Dense (queries x documents) cosine similarities."""
        counts = _count_matrix(queries, self._analyzer, self._vocabulary, grow=False)
        return np.asarray((self._weigh(counts) @ self._documents_t).todense())


class Bm25Index:
    """Okapi BM25 of each document for each query (query terms counted once)."""

    def __init__(
        self, documents: Sequence[str], analyzer: Analyzer, k1: float = 1.2, b: float = 0.75
    ):
        self._analyzer = analyzer
        self._vocabulary: dict[str, int] = {}
        counts = _count_matrix(documents, analyzer, self._vocabulary, grow=True)
        n_docs = counts.shape[0]
        document_frequency = np.bincount(counts.indices, minlength=counts.shape[1])
        idf = np.log(1.0 + (n_docs - document_frequency + 0.5) / (document_frequency + 0.5))
        lengths = np.asarray(counts.sum(axis=1)).ravel()
        average = max(float(lengths.mean()), 1e-9) if n_docs else 1.0
        row_of = np.repeat(np.arange(n_docs), np.diff(counts.indptr))
        tf = counts.data
        norm = k1 * (1.0 - b + b * lengths[row_of] / average)
        weights = counts.copy()
        weights.data = idf[counts.indices] * tf * (k1 + 1.0) / (tf + norm)
        self._documents_t = sp.csr_matrix(weights.T)

    def scores(self, queries: Sequence[str]) -> np.ndarray:
        counts = _count_matrix(queries, self._analyzer, self._vocabulary, grow=False)
        counts.data[:] = 1.0
        return np.asarray((counts @ self._documents_t).todense())
