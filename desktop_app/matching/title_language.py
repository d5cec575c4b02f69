"""Language processing for job titles from well-kept libraries: lemmas and Snowball stems.

- Lemmas: `simplemma` (MIT; dictionaries for da, nb, nn, sv, nl, en, de and ~45 more), so
  "lærere" -> "lærer", "verpleegkundigen" -> "verpleegkundige", "sjuksköterskor" ->
  "sjuksköterska". Norwegian is tried as Bokmål, then Nynorsk (or the other way round for `nn`),
  so titles in either written standard meet the taxonomy's words.
- Stems: the Snowball algorithms (`snowballstemmer`, BSD) for the same languages.
- A language neither library knows gets the language-general stem of `title_text`, so a title
  in any language is still handled, only less finely.

Words go in as written (lower-cased, diacritics kept: the dictionaries need them) and come out
folded (`title_text.fold`), ready for the indexes.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

import simplemma
import snowballstemmer

from desktop_app.matching import title_text

# taxonomy / citizen language code -> simplemma languages, tried in order
LEMMA_LANGUAGES: dict[str, tuple[str, ...]] = {
    "da": ("da",),
    "no": ("nb", "nn"),
    "nb": ("nb", "nn"),
    "nn": ("nn", "nb"),
    "sv": ("sv",),
    "nl": ("nl",),
    "en": ("en",),
    "de": ("de",),
    "fr": ("fr",),
    "es": ("es",),
    "it": ("it",),
    "pt": ("pt",),
    "pl": ("pl",),
    "fi": ("fi",),
    "uk": ("uk",),
    "ru": ("ru",),
    "ar": ("ar",),
    "tr": ("tr",),
}
SNOWBALL_LANGUAGES: dict[str, str] = {
    "da": "danish",
    "no": "norwegian",
    "nb": "norwegian",
    "nn": "norwegian",
    "sv": "swedish",
    "nl": "dutch",
    "en": "english",
    "de": "german",
    "fr": "french",
    "es": "spanish",
    "it": "italian",
    "pt": "portuguese",
    "fi": "finnish",
    "ru": "russian",
    "ar": "arabic",
    "tr": "turkish",
}
_RAW_WORD = re.compile(r"\w+", re.UNICODE)
log = logging.getLogger(__name__)


def missing_dictionaries() -> list[str]:
    """simplemma dictionaries of LEMMA_LANGUAGES that are not installed (a frozen build)."""
    folder = resources.files("simplemma") / "strategies" / "dictionaries" / "data"
    wanted = sorted({code for codes in LEMMA_LANGUAGES.values() for code in codes})
    return [code for code in wanted if not (folder / f"{code}.plzma").is_file()]


def base_language(code: str) -> str:
    """'nb-NO' -> 'nb', 'NL' -> 'nl'."""
    return code.strip().lower().replace("_", "-").split("-", 1)[0]


class WordForms:
    """Lemma and stem of words in one language (or language-general when it is unknown)."""

    def __init__(self, language: str = "") -> None:
        code = base_language(language) if language else ""
        self.language = code
        self._lemma_languages = LEMMA_LANGUAGES.get(code, ())
        if self._lemma_languages:
            try:
                simplemma.lemmatize("a", lang=self._lemma_languages)
            except (OSError, ValueError, KeyError) as error:  # a dictionary is not there
                log.warning("no lemmas for %s titles: %s", code, error)
                self._lemma_languages = ()
        name = SNOWBALL_LANGUAGES.get(code)
        self._stemmer = snowballstemmer.stemmer(name) if name else None
        self.forms = lru_cache(maxsize=200_000)(self._forms)

    def _forms(self, word: str) -> tuple[str, ...]:
        """(folded word, folded lemma, folded stem) without repeats, for a lower-case word."""
        folded = title_text.fold(word).replace(" ", "")
        out = [folded]
        if self._lemma_languages:
            lemma = simplemma.lemmatize(word, lang=self._lemma_languages).lower()
            out.append(title_text.fold(lemma).replace(" ", ""))
        if self._stemmer is not None:
            out.append(title_text.fold(self._stemmer.stemWord(word)).replace(" ", ""))
        else:
            out.append(title_text.stem(folded))
        return tuple(dict.fromkeys(f for f in out if f))

    def lemma(self, word: str) -> str:
        forms = self.forms(word.lower())
        return forms[1] if self._lemma_languages and len(forms) > 1 else forms[0]

    def raw_words(self, text: str) -> list[str]:
        """Lower-case words as written (no bare numbers)."""
        return [w for w in _RAW_WORD.findall(text.casefold().replace("_", " ")) if not w.isdigit()]

    def lemmatised(self, text: str) -> str:
        """The title with each word replaced by its folded lemma ("lærere" -> "laerer")."""
        return " ".join(self.lemma(w) for w in self.raw_words(text))

    def word_forms(self, text: str) -> list[str]:
        """Every form of every word of `text`: folded word, lemma, stem (for word indexes)."""
        return [form for w in self.raw_words(text) for form in self.forms(w)]


def merged_vocabulary(labels: Iterable[str], forms: WordForms) -> set[str]:
    """Every folded word, lemma and stem of the taxonomy's labels (for compound splitting)."""
    return {form for label in labels for form in forms.word_forms(label)}


# languages a title list is guessed among when nobody says which it is
DETECTABLE = ("da", "nb", "nn", "sv", "nl", "en", "de", "fr", "es", "it", "pt", "pl", "fi")
_ELEMENT_LANGUAGE = re.compile(r"_([a-z]{2})_\d+$")


def language_of_elements(element_ids: Iterable[str]) -> str:
    """The language MELO-style element ids name ("C000001_da_000" -> "da"), else ""."""
    found = {m.group(1) for e in element_ids if (m := _ELEMENT_LANGUAGE.search(e))}
    return found.pop() if len(found) == 1 else ""


def detect_language(texts: Iterable[str], sample: int = 2000) -> str:
    """The language of a list of titles by simplemma's detector on a sample; "" if unsure.

    Norwegian comes back as "no" (the taxonomy's code), whichever written standard won.
    """
    chosen = [t for _, t in zip(range(sample), texts, strict=False)]
    if not chosen:
        return ""
    scores = simplemma.langdetect(" . ".join(chosen), lang=DETECTABLE)
    best, share = scores[0]
    if best == "unk" or share < 0.2:
        return ""
    return "no" if best in {"nb", "nn"} else best


CROSS_LANGUAGE_COVERAGE = 0.5


def word_coverage(titles: Iterable[str], labels: Iterable[str]) -> float:
    """Share of the titles' words that occur in the labels (folded); 0.0 with no words.

    Titles in the labels' language reuse their words (0.75-0.80 on the Danish and Dutch MELO
    sets); titles in another language barely do (0.12-0.13 against English labels; Danish
    titles against Norwegian labels 0.31). Unlike a language detector it cannot mistake
    Norwegian for Danish, and it needs no language names at all.
    """
    vocabulary = {w for label in labels for w in title_text.words(label)}
    found = total = 0
    for title in titles:
        for word in title_text.words(title):
            total += 1
            found += word in vocabulary
    return found / total if total else 0.0


def titles_in_other_language(titles: Iterable[str], labels: Iterable[str]) -> bool:
    """True when the titles share too few words with the labels to be in their language."""
    return word_coverage(titles, labels) < CROSS_LANGUAGE_COVERAGE


def has_letters(title: str) -> bool:
    """False for a blank title or one of digits and signs only ("1234", "-/-"): nothing to match."""
    return any(char.isalpha() for char in title)


def main_script(text: str) -> str:
    """The writing system of most of `text`'s letters ("Latin", "Arabic", "Cyrillic", ...,
    from the Unicode character names), or "" when it has no letters."""
    scripts = Counter(
        unicodedata.name(char, "?").split(" ", 1)[0].title() for char in text if char.isalpha()
    )
    return scripts.most_common(1)[0][0] if scripts else ""


def scripts_no_label_uses(titles: Iterable[str], labels: Iterable[str]) -> dict[str, int]:
    """Titles written in a script none of the labels is written in, counted per script.

    Such a title ("عامل مستودع" against Dutch labels) shares no letter with the taxonomy, so the
    lexical ranker cannot match it, and a title encoder trained on the taxonomy's labels has
    not seen that script either: whatever ranks first is noise, and the user must be told.
    """
    known = {main_script(label) for label in labels}
    counts = Counter(script for script in map(main_script, titles) if script not in known | {""})
    return dict(counts)
