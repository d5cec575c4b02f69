"""Abbreviations learned from the corpus, and the citizen's languages first."""

from __future__ import annotations

from desktop_app.matching.abbreviations import AbbreviationExpander
from desktop_app.matching.skill_taxonomy import SkillTaxonomy
from desktop_app.matching.title_normaliser import TitleNormaliser


def test_abbreviations_expand_to_corpus_words() -> None:
    expander = AbbreviationExpander(
        ["pædagogmedhjælper", "lagermedarbejder", "lagerchef", "lagermedarbejder i byggemarked"]
    )
    assert expander.expand("pæd.medhjælper") == "paedagogmedhjaelper"
    assert expander.expand("lagermedarb.") == "lagermedarbejder"  # the most used completion
    assert expander.expand("tømrer") == "tømrer"  # no full stop, nothing to expand
    assert expander.expand("xyz.") == "xyz."  # nothing in the corpus explains it
    assert expander.expand("a. lagerchef") == "a. lagerchef"  # initials are left alone


def test_language_preference_and_filter(taxonomy: SkillTaxonomy) -> None:
    normaliser = TitleNormaliser(taxonomy.occupation_labels)
    danish = normaliser.best("lagermedarb.", ["da"])
    assert danish is not None and danish.label == "lagermedarbejder" and danish.language == "da"
    norwegian = normaliser.best("lagermedarb.", ["nb"])  # ESCO's code for Norwegian is "no"
    assert norwegian is not None and norwegian.language == "no"
    assert danish.occupation == norwegian.occupation
    only_dutch = normaliser.rank("lagermedarbejder", ["nl"], only_languages=True)
    assert only_dutch and {hit.language for hit in only_dutch} == {"nl"}
    assert normaliser.best("qqqq zzzz", ["da"]) is None  # nothing good enough: no guess


def test_a_title_without_letters_gets_no_occupation(taxonomy: SkillTaxonomy) -> None:
    normaliser = TitleNormaliser(taxonomy.occupation_labels)
    for title in ("", "   ", "1234", "-/-"):
        assert normaliser.rank(title, ["da"]) == []
        assert normaliser.best(title, ["da"], min_score=0.0) is None
