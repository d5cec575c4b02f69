"""One word per concept in each interface language, as the glossaries say.

`desktop_app/i18n/glossary_<code>.json` holds, per language, the word chosen for each concept
(programme, journey, decision, citizen, ...) with the variants the translation review found
and ruled out, variants that must not appear at all, and the few texts that are rightly the
same as in English. These tests read the committed .ts files: a message whose English source
names a concept must use the chosen word and none of the ruled-out ones.
"""

from __future__ import annotations

import json
import re

import pytest

from tests.gui.conftest import I18N_DIR
from tests.gui.test_i18n import messages

LANGUAGES = ("da", "nb", "nl")


def glossary(code: str) -> dict:  # type: ignore[type-arg]
    return json.loads((I18N_DIR / f"glossary_{code}.json").read_text(encoding="utf-8"))


def translations(code: str) -> list[tuple[str, str, str]]:
    """(context, source, translation) for every form of every message, '&' removed."""
    found = []
    for (context, source), message in messages(I18N_DIR / f"wayfinder_{code}.ts").items():
        forms = [f.text or "" for f in message.iter("numerusform")] or \
            [message.find("translation").text or ""]
        found.extend((context, source, form.replace("&", "")) for form in forms)
    return found


def word(variant: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(variant), re.IGNORECASE)


@pytest.mark.parametrize("code", LANGUAGES)
def test_each_concept_has_its_one_word(code: str) -> None:
    problems = []
    for term in glossary(code)["terms"]:
        when = re.compile(term["when"], re.IGNORECASE)
        unless = re.compile(term["unless"], re.IGNORECASE) if term.get("unless") else None
        for context, source, text in translations(code):
            if not when.search(source) or (unless and unless.search(source)):
                continue
            if not any(use.lower() in text.lower() for use in term["use"]):
                problems.append(f"{term['concept']}: {context} | {source!r} -> {text!r} "
                                f"lacks {term['use']}")
            for avoid in term.get("avoid", ()):
                if word(avoid).search(text):
                    problems.append(f"{term['concept']}: {context} | {text!r} uses {avoid!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("code", LANGUAGES)
def test_forbidden_variants_never_appear(code: str) -> None:
    problems = []
    for entry in glossary(code)["forbidden"]:
        pattern = re.compile(entry["pattern"])
        problems += [f"{context} | {text!r}: {entry['pattern']!r} -> {entry['instead']!r}"
                     for context, _source, text in translations(code) if pattern.search(text)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("code", LANGUAGES)
def test_texts_equal_to_english_are_the_listed_ones(code: str) -> None:
    """A translation equal to its English source is a leftover unless the glossary says the
    word is the same in this language (and each listed word is still used as such)."""
    same = glossary(code)["same_as_english"]
    equal = {text for _context, source, text in translations(code)
             if text == source.replace("&", "")}
    listed = {entry.replace("&", "") for entry in same}
    assert equal <= listed | {"Wayfinder"}, sorted(equal - listed)
