"""The job-title ranker on a small hand-made corpus: variants, compounds, concept grouping."""

from __future__ import annotations

import pytest

from desktop_app.matching import title_text
from desktop_app.matching.title_ranker import TitleRanker

OCC = "http://data.europa.eu/esco/occupation/"
CORPUS = [
    ("bager", OCC + "baker"),
    ("brødbager", OCC + "baker"),
    ("pizzabager", OCC + "pizzaiolo"),
    ("tømrer", OCC + "carpenter"),
    ("bygningstømrer", OCC + "carpenter"),
    ("sygeplejerske", OCC + "nurse"),
    ("social- og sundhedsassistent", OCC + "care-assistant"),
    ("lagerarbejder", OCC + "warehouse"),
    ("Lagerarbejde", "http://data.europa.eu/esco/isco/C9321"),
    ("chef for salg", OCC + "sales-manager"),
]


@pytest.fixture(scope="module")
def ranker() -> TitleRanker:
    return TitleRanker([label for label, _ in CORPUS], [uri for _, uri in CORPUS])


def top_concept(ranker: TitleRanker, query: str) -> str:
    return CORPUS[ranker.rank([query], top=3)[0][0].element][1]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Tomrer", "carpenter"),  # diacritic dropped
        ("toemrer", "carpenter"),  # transliterated
        ("Sygeplejersker", "nurse"),  # plural
        ("Pizza-bager", "pizzaiolo"),
        ("salgschef", "sales-manager"),  # compound whose parts the corpus spells apart
        ("LAGERARBEJDER", "warehouse"),
    ],
)
def test_variants_find_their_occupation(ranker: TitleRanker, query: str, expected: str) -> None:
    assert top_concept(ranker, query) == OCC + expected


def test_each_concept_appears_once_before_any_second_label(ranker: TitleRanker) -> None:
    hits = ranker.rank(["bager"], top=len(CORPUS))[0]
    concepts = [CORPUS[h.element][1] for h in hits]
    n_concepts = len({uri for _, uri in CORPUS})
    assert len(set(concepts[:n_concepts])) == n_concepts
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert sorted(h.element for h in hits) == list(range(len(CORPUS)))


def test_equal_labels_prefer_the_occupation_over_the_isco_group() -> None:
    ranker = TitleRanker(
        ["Lagerarbejde", "lagerarbejde"], ["http://data.europa.eu/esco/isco/C93", OCC + "warehouse"]
    )
    assert ranker.rank(["lagerarbejde"], top=1)[0][0].element == 1


def test_compound_split_uses_known_words_and_linking_s() -> None:
    vocabulary = {"salg", "chef", "sikkerhed", "pizza", "bager"}
    assert title_text.split_compound("salgschef", vocabulary) == ["salg", "chef"]
    assert title_text.split_compound("pizzabager", vocabulary) == ["pizza", "bager"]
    assert title_text.split_compound("xylofonist", vocabulary) == []


def test_fold_and_stem() -> None:
    assert title_text.fold("Ældre-Plejer, Århus") == "aeldre plejer arhus"
    assert title_text.stem("laerere") == "laerer"
    assert title_text.stem("bil") == "bil"
