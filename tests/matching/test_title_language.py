"""Lemmas and stems come from simplemma and Snowball, per language; Bokmål and Nynorsk both."""

from __future__ import annotations

import pytest

from desktop_app.matching.title_language import (
    WordForms,
    detect_language,
    language_of_elements,
)
from desktop_app.matching.title_ranker import TitleRanker


@pytest.mark.parametrize(
    ("language", "word", "lemma"),
    [
        ("da", "lærere", "laerer"),
        ("nl", "verpleegkundigen", "verpleegkundige"),
        ("sv", "sjuksköterskor", "sjukskoterska"),
        ("nb", "lærere", "laerer"),
        ("no", "sykepleiere", "sykepleier"),
        ("nn", "lærarar", "laerar"),
        ("en", "drivers", "driver"),
    ],
)
def test_lemmas_from_simplemma(language: str, word: str, lemma: str) -> None:
    assert WordForms(language).lemma(word) == lemma


def test_norwegian_tries_both_written_standards() -> None:
    # a Nynorsk plural is still brought to its lemma by a Bokmål taxonomy, and the other way
    assert WordForms("nb").lemma("lærarar") == "laerar"
    assert WordForms("nn").lemma("lærere") == "laerer"


def test_snowball_stem_is_among_the_forms() -> None:
    forms = WordForms("da").forms("lagermedarbejdere")
    assert forms[0] == "lagermedarbejdere"
    assert "lagermedarbejd" in forms  # Snowball Danish


def test_unknown_language_gets_the_general_stem() -> None:
    forms = WordForms("xx").forms("bakers")
    assert forms == ("bakers", "baker")


def test_languages_from_element_ids_or_detected() -> None:
    assert language_of_elements(["C000001_da_000", "C000002_da_001"]) == "da"
    assert language_of_elements(["a", "b"]) == ""
    dutch = ["verpleegkundige in de thuiszorg", "medewerker van de klantenservice"] * 20
    assert detect_language(dutch) == "nl"
    norwegian = ["sykepleier i hjemmetjenesten", "lærer i grunnskolen og ikke"] * 20
    assert detect_language(norwegian) == "no"
    assert detect_language([]) == ""


def test_inflected_title_finds_its_lemma_label() -> None:
    labels = ["sykepleier", "lærer", "lastebilsjåfør"]
    ranker = TitleRanker(labels, ["urn:nurse", "urn:teacher", "urn:driver"], language="no")
    assert [hits[0].element for hits in ranker.rank(["sykepleierne", "lærarane"], top=1)] == [0, 1]


def test_shared_words_tell_titles_in_another_language() -> None:
    from desktop_app.matching.title_language import titles_in_other_language, word_coverage

    labels = ["lagermedarbejder", "social- og sundhedsassistent", "bager"]
    assert word_coverage(["Lagermedarbejder", "bager og konditor"], labels) == 0.75
    assert not titles_in_other_language(["lagermedarbejder", "bager"], labels)
    assert titles_in_other_language(["warehouse worker", "baker"], labels)
    assert word_coverage([], labels) == 0.0


def test_titles_in_a_script_no_label_uses_are_counted() -> None:
    from desktop_app.matching.title_language import scripts_no_label_uses

    labels = ["magazijnmedewerker", "verpleegkundige", "kok"]
    titles = ["warehouse worker", "عامل مستودع", "ممرضة", "кухар", "kok (m/v)", "42"]
    assert scripts_no_label_uses(titles, labels) == {"Arabic": 2, "Cyrillic": 1}
    assert scripts_no_label_uses(["عامل مستودع"], ["عامل", "nurse"]) == {}
