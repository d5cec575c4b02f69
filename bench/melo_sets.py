"""A MELO-format folder read once: corpus, concepts, queries, relevance and the languages."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop_app.matching import melo_files
from desktop_app.matching import title_evaluation as te
from desktop_app.matching.title_language import (
    detect_language,
    language_of_elements,
    titles_in_other_language,
)


@dataclass
class MeloSet:
    name: str
    corpus: list[tuple[str, str]]  # (element id, label)
    concepts: list[str]  # concept URI per corpus element
    queries: list[tuple[str, str]]  # (query id, title)
    relevant: dict[str, set[str]]
    language: str  # of the labels
    query_language: str
    cross_language: bool  # decided as `titles rank` decides it (shared words)

    def split(self, split: str) -> list[tuple[str, str]]:
        """ "dev" (tuning queries), "reported" (the rest) or "all"."""
        if split == "all":
            return self.queries
        return [q for q in self.queries if te.is_development_query(q[0]) == (split == "dev")]


def read_melo_set(folder: Path) -> MeloSet:
    corpus = melo_files.read_pairs(folder / "corpus_elements.tsv")
    mapping = dict(melo_files.read_pairs(folder / "concept_mapping.tsv"))
    queries = melo_files.read_pairs(folder / "queries.tsv")
    language = language_of_elements(e for e, _ in corpus) or detect_language(t for _, t in corpus)
    return MeloSet(
        folder.name,
        corpus,
        [mapping[e] for e, _ in corpus],
        queries,
        melo_files.read_qrels(folder / "annotations.tsv"),
        language,
        detect_language(t for _, t in queries),
        titles_in_other_language((t for _, t in queries), (label for _, label in corpus)),
    )
