"""Ranks occupation labels (and so occupations) for free-text job titles; offline and small.

Method (lexical + taxonomy, and the title encoder when one is given):
0. abbreviated words ("lagermedarb.") are first expanded with words of the corpus;
1. character n-gram TF-IDF cosine over diacritic-folded text, in two n-gram ranges, which copes
   with spelling variants and partial compounds in any language;
2. word BM25 over stemmed words, where an unknown query compound is also split into words the
   corpus knows ("pizzabakker" -> "pizza", "bakker");
3. a weighted sum of both per label; with a title encoder (`training/titles`, shipped in the
   signed model package) its cosine similarity is blended in, with a larger share when the
   titles are in another language than the labels (lexical overlap then means little);
   then per concept (labels that share a concept URI): the
   best label's score plus a small share of the concept's next-best labels, since a title that
   resembles several names of one occupation is more likely that occupation;
4. output: each concept's best label in concept order first, the concepts' other labels after
   them, so that one occupation's ten synonyms do not push the next occupation out of view.
Ties between equal scores prefer a concept matched by its preferred (first-listed) label, then
ESCO occupations over ISCO groups, then deeper ISCO groups.
The weights were set on the development split of MELO only (see `bench/bench_matching.py`).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from desktop_app.matching import title_text
from desktop_app.matching.abbreviations import AbbreviationExpander
from desktop_app.matching.sparse_index import Bm25Index, TfidfIndex
from desktop_app.matching.title_language import WordForms, base_language, merged_vocabulary

if TYPE_CHECKING:
    from desktop_app.matching.sentence_encoder import SentenceEncoder


@dataclass(frozen=True)
class RankerSettings:
    char_ranges: tuple[tuple[int, int], ...] = ((2, 4), (3, 5))
    bm25_weight: float = 0.1
    second_label_weight: float = 0.0
    preferred_label_bonus: float = 0.05
    batch_size: int = 128
    lemma_char: bool = True  # one more char n-gram index over the lemmatised title
    # share of the title encoder's cosine in a label's score (the rest is lexical), when the
    # titles are in the taxonomy's language and when they are not; set on the MELO dev split
    # only with the shipped encoder (python -m bench.tune_title_hybrid; rule and table there)
    encoder_weight: float = 0.8
    encoder_weight_cross: float = 0.75


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
        language: str = "",
        *,
        encoder: SentenceEncoder | None = None,
        query_language: str = "",
        cross_language: bool | None = None,
    ) -> None:
        """`cross_language`: the titles are in another language than the labels; None: decide
        from `language` and `query_language` (different, both known)."""
        self.settings = settings or RankerSettings()
        self.language = language
        if cross_language is None:
            cross_language = bool(
                language
                and query_language
                and base_language(language) != base_language(query_language)
            )
        self.cross_language = cross_language
        self._forms = WordForms(language)
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
        if self.settings.lemma_char:
            low, high = self.settings.char_ranges[-1]
            self._char_indexes.append(
                TfidfIndex(
                    self._labels,
                    lambda text: title_text.char_ngrams(self._forms.lemmatised(text), low, high),
                )
            )
        self._vocabulary = merged_vocabulary(self._labels, self._forms)
        self._bm25 = Bm25Index(self._labels, self._word_features)
        self._abbreviations = AbbreviationExpander(self._labels)
        self._encoder = encoder
        self._label_vectors = encoder.encode(self._labels) if encoder is not None else None

    @property
    def encoder_weight(self) -> float:
        """The encoder's share in this ranker (0 without an encoder)."""
        if self._encoder is None:
            return 0.0
        if self.cross_language:
            return self.settings.encoder_weight_cross
        return self.settings.encoder_weight

    def _word_features(self, text: str) -> list[str]:
        raw = self._forms.raw_words(text)
        folded = [title_text.fold(w).replace(" ", "") for w in raw]
        out = [a + b for a, b in itertools.pairwise(folded) if a + b in self._vocabulary]
        for word, plain in zip(raw, folded, strict=True):
            out.extend(self._forms.forms(word))
            if len(plain) >= 7:
                out.extend(title_text.split_compound(plain, self._vocabulary))
        return out

    def expanded(self, queries: Sequence[str]) -> list[str]:
        """Queries with abbreviated words written out from the labels' words."""
        return [self._abbreviations.expand(q) for q in queries]

    def lexical_scores(self, queries: Sequence[str]) -> np.ndarray:
        """(queries x labels) lexical similarity in [0, 1] of already expanded queries."""
        char = sum(index.scores(queries) for index in self._char_indexes)
        char = char / len(self._char_indexes)
        bm25 = self._bm25.scores(queries)
        top = bm25.max(axis=1, keepdims=True)
        bm25 = np.divide(bm25, top, out=np.zeros_like(bm25), where=top > 0)
        w = self.settings.bm25_weight
        return np.asarray((1.0 - w) * char + w * bm25)

    def encoder_scores(self, queries: Sequence[str]) -> np.ndarray | None:
        """(queries x labels) cosine of the title encoder, clipped to [0, 1]; None without."""
        if self._encoder is None or self._label_vectors is None:
            return None
        cosine = self._encoder.encode(list(queries)) @ self._label_vectors.T
        return np.clip(cosine, 0.0, 1.0)

    def blend(self, lexical: np.ndarray, cosine: np.ndarray | None, share: float) -> np.ndarray:
        """The label scores: lexical and encoder mixed, preferred labels slightly ahead."""
        fused = lexical if cosine is None else (1.0 - share) * lexical + share * cosine
        fused = fused.copy()
        fused[:, self._preferred_label] *= 1.0 + self.settings.preferred_label_bonus
        return fused / (1.0 + self.settings.preferred_label_bonus)

    def label_scores(self, queries: Sequence[str]) -> np.ndarray:
        """(queries x labels) similarity in [0, 1]."""
        queries = self.expanded(queries)
        return self.blend(
            self.lexical_scores(queries), self.encoder_scores(queries), self.encoder_weight
        )

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
        return self.rank_scores(self.label_scores(queries), top)

    def rank_scores(self, label_scores: np.ndarray, top: int = 100) -> list[list[RankedLabel]]:
        """The ranking `rank` gives, from label scores already computed."""
        fused, best_label = self.concept_scores(label_scores)
        results = []
        for row in range(label_scores.shape[0]):
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
