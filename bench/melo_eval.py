"""Evaluates the title ranker and the char TF-IDF baseline on one MELO set (bench and tests).

The baseline is scikit-learn's `TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 4))` with
cosine similarity (the best of the n-gram ranges (1,1)..(3,5) we tried; the default (1,1) is
far weaker), ranking every label on its own, ties in corpus order. scikit-learn is training-only,
so this lives in bench, never in `desktop_app`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from desktop_app.matching import melo_files
from desktop_app.matching import title_evaluation as te
from desktop_app.matching.title_ranker import TitleRanker

MELO_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "melo"
MELO_SETS = ("dnk_q_da_c_da", "nld_q_nl_c_nl")
TOP = 100


@dataclass
class MeloResult:
    name: str
    split: str
    ours: np.ndarray  # reciprocal ranks per query
    baseline: np.ndarray


def _baseline_rankings(
    corpus: list[tuple[str, str]], queries: list[tuple[str, str]]
) -> dict[str, list[str]]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectoriser = TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 4))
    documents = vectoriser.fit_transform([label for _, label in corpus])
    ranked: dict[str, list[str]] = {}
    for start in range(0, len(queries), 256):
        batch = queries[start : start + 256]
        scores = (vectoriser.transform([t for _, t in batch]) @ documents.T).toarray()
        for row, (query_id, _) in enumerate(batch):
            order = np.argsort(-scores[row], kind="stable")[:TOP]
            ranked[query_id] = [corpus[i][0] for i in order]
    return ranked


def evaluate(name: str, split: str, limit: int | None = None) -> MeloResult:
    """`split` is "dev" (tuning queries), "reported" (the rest) or "all"."""
    folder = MELO_DIR / name
    corpus = melo_files.read_pairs(folder / "corpus_elements.tsv")
    mapping = dict(melo_files.read_pairs(folder / "concept_mapping.tsv"))
    queries = melo_files.read_pairs(folder / "queries.tsv")
    if split != "all":
        queries = [q for q in queries if te.is_development_query(q[0]) == (split == "dev")]
    queries = queries[:limit]
    relevant = melo_files.read_qrels(folder / "annotations.tsv")
    ranker = TitleRanker([label for _, label in corpus], [mapping[e] for e, _ in corpus])
    hits = ranker.rank([title for _, title in queries], top=TOP)
    ours = {q: [corpus[h.element][0] for h in hs] for (q, _), hs in zip(queries, hits, strict=True)}
    ids = [q for q, _ in queries]
    return MeloResult(
        name,
        split,
        te.reciprocal_ranks(ours, relevant, ids),
        te.reciprocal_ranks(_baseline_rankings(corpus, queries), relevant, ids),
    )
