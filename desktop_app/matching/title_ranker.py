"""Ranks occupation labels (and so occupations) for free-text job titles; offline and small.

Method (lexical + taxonomy, no neural model):
0. abbreviated words ("lagermedarb.") are first expanded with words of the corpus;
1. character n-gram TF-IDF cosine over diacritic-folded text, in two n-gram ranges, which copes
   with spelling variants and partial compounds in any language;
2. word BM25 over stemmed words, where an unknown query compound is also split into words the
   corpus knows ("pizzabakker" -> "pizza", "bakker");
3. a weighted sum of both per label, then per concept (labels that share a concept URI): the
   best label's score plus a small share of the concept's next-best labels, since a title that
   resembles several names of one occupation is more likely that occupation;
4. output: each concept's best label in concept order first, the concepts' other labels after
   them, so that one occupation's ten synonyms do not push the next occupation out of view.
Ties between equal scores prefer a concept matched by its preferred (first-listed) label, then
ESCO occupations over ISCO groups, then deeper ISCO groups.
The weights were set on the development split of MELO only (see `bench/bench_matching.py`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from desktop_app.matching import title_text
from desktop_app.matching.abbreviations import AbbreviationExpander
from desktop_app.matching.sparse_index import Bm25Index, TfidfIndex


@dataclass(frozen=True)
class RankerSettings:
    char_ranges: tuple[tuple[int, int], ...] = ((2, 4), (3, 5))
    bm25_weight: float = 0.1
    second_label_weight: float = 0.0
    preferred_label_bonus: float = 0.05
    batch_size: int = 128


@dataclass(frozen=True)
class RankedLabel:
    element: int  # index into the labels given to the ranker
    score: float


def _uri_specificity(uri: str) -> tuple[int, int]:
    """Sort key for ties: ESCO occupations first, then ISCO groups from deepest to broadest."""
    if "/isco/" in uri:
        return (1, -len(uri.rsplit("/", 1)[-1]))
    return (0, 0)


class TitleRanker:
    """Built once over a label corpus; ranks any number of queries against it."""

    def __init__(
        self,
        labels: Sequence[str],
        concepts: Sequence[str] | None = None,
        settings: RankerSettings | None = None,
    ) -> None:
        self.settings = settings or RankerSettings()
        self._labels = list(labels)
        concept_ids = list(concepts) if concepts is not None else [str(i) for i in self._labels]
        if len(concept_ids) != len(self._labels):
            raise ValueError("labels and concepts must have the same length")
        uniques, self._concept_of = np.unique(
            np.asarray(concept_ids, dtype=object), return_inverse=True
        )
        self._n_concepts = len(uniques)
        self._by_concept = np.argsort(self._concept_of, kind="stable")
        self._group_of_position = self._concept_of[self._by_concept]
        self._group_starts = np.flatnonzero(
            np.r_[True, self._group_of_position[1:] != self._group_of_position[:-1]]
        )
        # a concept's first label in corpus order is its preferred label (MELO and ESCO order)
        self._preferred_label = self._by_concept[self._group_starts]
        tie_keys = [_uri_specificity(str(uri)) for uri in uniques]
        self._concept_tie = np.array([k[0] * 100 + k[1] for k in tie_keys], dtype=np.float64)
        self._char_indexes = [
            TfidfIndex(
                self._labels, lambda text, lo=lo, hi=hi: title_text.char_ngrams(text, lo, hi)
            )
            for lo, hi in self.settings.char_ranges
        ]
        self._vocabulary = {w for label in self._labels for w in title_text.words(label)}
        self._vocabulary |= {title_text.stem(w) for w in self._vocabulary}
        self._bm25 = Bm25Index(self._labels, self._word_features)
        self._abbreviations = AbbreviationExpander(self._labels)

    def _word_features(self, text: str) -> list[str]:
        return title_text.expand_tokens(title_text.words(text), self._vocabulary)

    def label_scores(self, queries: Sequence[str]) -> np.ndarray:
        """(queries x labels) similarity in [0, 1]."""
        queries = [self._abbreviations.expand(q) for q in queries]
        char = sum(index.scores(queries) for index in self._char_indexes)
        char = char / len(self._char_indexes)
        bm25 = self._bm25.scores(queries)
        top = bm25.max(axis=1, keepdims=True)
        bm25 = np.divide(bm25, top, out=np.zeros_like(bm25), where=top > 0)
        w = self.settings.bm25_weight
        fused = (1.0 - w) * char + w * bm25
        fused[:, self._preferred_label] *= 1.0 + self.settings.preferred_label_bonus
        return fused / (1.0 + self.settings.preferred_label_bonus)

    def concept_scores(self, label_scores: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Per concept: fused score (queries x concepts) and the index of its best label."""
        grouped = label_scores[:, self._by_concept]
        best = np.maximum.reduceat(grouped, self._group_starts, axis=1)
        is_best = grouped >= best[:, self._group_of_position]
        positions = np.where(is_best, np.arange(grouped.shape[1]), grouped.shape[1])
        first_best = np.minimum.reduceat(positions, self._group_starts, axis=1)
        np.put_along_axis(grouped, first_best, -np.inf, axis=1)
        second = np.maximum.reduceat(grouped, self._group_starts, axis=1)
        w = self.settings.second_label_weight
        fused = (best + w * np.clip(second, 0.0, None)) / (1.0 + w)
        return fused, self._by_concept[first_best]

    def rank(self, queries: Sequence[str], top: int = 100) -> list[list[RankedLabel]]:
        """For each query, the `top` best labels with scores (higher is better)."""
        results: list[list[RankedLabel]] = []
        for start in range(0, len(queries), self.settings.batch_size):
            batch = list(queries[start : start + self.settings.batch_size])
            results.extend(self._rank_batch(batch, top))
        return results

    def _rank_batch(self, queries: list[str], top: int) -> list[list[RankedLabel]]:
        label_scores = self.label_scores(queries)
        fused, best_label = self.concept_scores(label_scores)
        results = []
        for row in range(len(queries)):
            not_preferred = best_label[row] != self._preferred_label
            concept_order = np.lexsort((self._concept_tie, not_preferred, -fused[row]))
            ranked = [
                RankedLabel(int(best_label[row, c]), float(fused[row, c]))
                for c in concept_order[:top]
            ]
            if len(ranked) < top:
                ranked.extend(self._other_labels(row, label_scores, fused, best_label, top))
            results.append(ranked[:top])
        return results

    def _other_labels(
        self,
        row: int,
        label_scores: np.ndarray,
        fused: np.ndarray,
        best_label: np.ndarray,
        top: int,
    ) -> list[RankedLabel]:
        """Labels that are not their concept's best, after all best labels (score shifted < 0)."""
        is_best = np.zeros(len(self._labels), dtype=bool)
        is_best[best_label[row]] = True
        others = np.flatnonzero(~is_best)
        key = fused[row, self._concept_of[others]] + 1e-6 * label_scores[row, others]
        chosen = others[np.argsort(-key, kind="stable")[:top]]
        return [RankedLabel(int(e), float(fused[row, self._concept_of[e]]) - 1.0) for e in chosen]
