"""Evaluates the title ranker and the char TF-IDF baseline on one MELO-format set.

The baseline is scikit-learn's `TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 4))` with
cosine similarity (the best of the n-gram ranges (1,1)..(3,5) we tried; the default (1,1) is
far weaker), ranking every label on its own, ties in corpus order. scikit-learn is training-only,
so this lives in bench, never in `desktop_app`.

The title encoder is the one shipped in the signed model repository `models_onnx/`, installed
into a temporary model store through the laptop's verified update path (so the bench measures
exactly what a laptop would run), or the folder named by WAYFINDER_TITLE_ENCODER.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from bench.melo_sets import MeloSet, read_melo_set
from desktop_app.matching import title_evaluation as te
from desktop_app.matching.sentence_encoder import (
    SentenceEncoder,
    installed_title_encoder,
    load_encoder_folder,
)
from desktop_app.matching.title_ranker import TitleRanker

PROJECT = Path(__file__).resolve().parents[1]
MELO_DIR = Path(os.environ.get("WAYFINDER_MELO_DIR") or PROJECT.parent / "shared/data/melo")
SHIPPED_REPOSITORY = PROJECT / "models_onnx"
TOP = 100


@dataclass
class MeloResult:
    name: str
    split: str
    ours: np.ndarray  # reciprocal ranks per query (hybrid when an encoder is given)
    baseline: np.ndarray  # char TF-IDF
    lexical: np.ndarray | None = None  # ours without the encoder
    language: str = ""
    query_language: str = ""


def melo_sets(folder: Path = MELO_DIR) -> list[Path]:
    """Every MELO-format set under `folder` (or `folder` itself when it is one)."""
    if (folder / "queries.tsv").is_file():
        return [folder]
    return sorted(p for p in folder.iterdir() if (p / "queries.tsv").is_file())


@cache
def shipped_encoder() -> SentenceEncoder | None:
    """The encoder a laptop gets from `models_onnx/` (verified install), or the override."""
    override = os.environ.get("WAYFINDER_TITLE_ENCODER")
    if override:
        return load_encoder_folder(Path(override))
    from desktop_app.trust.update import check_for_updates

    with tempfile.TemporaryDirectory(prefix="bench-title-encoder-") as store:
        check_for_updates(SHIPPED_REPOSITORY, Path(store))
        return installed_title_encoder(Path(store))


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


def _rankings(
    melo: MeloSet, ranker: TitleRanker, queries: list[tuple[str, str]], with_encoder: bool
) -> dict[str, list[str]]:
    ranked: dict[str, list[str]] = {}
    share = ranker.encoder_weight if with_encoder else 0.0
    for start in range(0, len(queries), 128):
        batch = queries[start : start + 128]
        expanded = ranker.expanded([t for _, t in batch])
        cosine = ranker.encoder_scores(expanded) if with_encoder else None
        hits = ranker.rank_scores(ranker.blend(ranker.lexical_scores(expanded), cosine, share))
        for (query_id, _), row in zip(batch, hits, strict=True):
            ranked[query_id] = [melo.corpus[h.element][0] for h in row]
    return ranked


def evaluate_set(
    melo: MeloSet,
    split: str,
    encoder: SentenceEncoder | None,
    limit: int | None = None,
    with_lexical: bool = False,
) -> MeloResult:
    """`split` is "dev" (tuning queries), "reported" (the rest) or "all"."""
    queries = melo.split(split)[:limit]
    ranker = TitleRanker(
        [label for _, label in melo.corpus],
        melo.concepts,
        language=melo.language,
        encoder=encoder,
        query_language=melo.query_language,
        cross_language=melo.cross_language,
    )
    ids = [q for q, _ in queries]
    ours = te.reciprocal_ranks(_rankings(melo, ranker, queries, True), melo.relevant, ids)
    lexical = None
    if with_lexical and encoder is not None:
        lexical = te.reciprocal_ranks(_rankings(melo, ranker, queries, False), melo.relevant, ids)
    baseline = te.reciprocal_ranks(_baseline_rankings(melo.corpus, queries), melo.relevant, ids)
    return MeloResult(melo.name, split, ours, baseline, lexical, melo.language, melo.query_language)


def evaluate(
    name: str, split: str, limit: int | None = None, *, use_encoder: bool = False
) -> MeloResult:
    """One set of MELO_DIR by name (tests); lexical only unless `use_encoder`."""
    encoder = shipped_encoder() if use_encoder else None
    return evaluate_set(read_melo_set(MELO_DIR / name), split, encoder, limit)
