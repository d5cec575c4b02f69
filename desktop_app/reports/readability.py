"""Readability of the sheet's prose: LIX (da, nb, nn), Flesch-Douma (nl) and Flesch (en).

Each passage ends a sentence (headings and list items are sentence-like units, as LIX counts
them). Identifiers, programme names and the integrity line are not prose and are left out.
Syllables are counted as vowel groups, which is the usual approximation for these formulas.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_app.reports.sheet import PROSE_KINDS, ExplanationSheet

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)")
_VOWELS = {
    "en": "aeiouy", "nl": "aeiouyéèëïöü", "da": "aeiouyæøå", "nb": "aeiouyæøå",
    "nn": "aeiouyæøå",
}
_DUTCH_DIGRAPHS = re.compile(r"(aa|ee|oo|uu|ie|oe|ou|au|ei|ij|ui|eu)")


@dataclass(frozen=True)
class Readability:
    words: int
    sentences: int
    long_words: int  # more than six letters (LIX)
    syllables: int

    @property
    def words_per_sentence(self) -> float:
        return self.words / max(1, self.sentences)

    @property
    def lix(self) -> float:
        return self.words_per_sentence + 100 * self.long_words / max(1, self.words)

    @property
    def flesch(self) -> float:
        per_word = self.syllables / max(1, self.words)
        return 206.835 - 1.015 * self.words_per_sentence - 84.6 * per_word

    @property
    def flesch_douma(self) -> float:
        return 206.84 - 0.77 * (100 * self.syllables / max(1, self.words)) \
            - 0.93 * self.words_per_sentence


def syllables(word: str, lang: str) -> int:
    word = word.lower()
    if lang == "nl":
        word = _DUTCH_DIGRAPHS.sub("a", word)
    vowels = _VOWELS.get(lang, "aeiouy")
    groups = len(re.findall(f"[{vowels}]+", word))
    if lang == "en" and word.endswith("e") and not word.endswith(("le", "ee")) and groups > 1:
        groups -= 1  # silent final e
    return max(1, groups)


def measure_text(passages: list[str], lang: str) -> Readability:
    words = sentences = long_words = syll = 0
    for text in passages:
        found = _WORD.findall(text)
        if not found:
            continue
        words += len(found)
        long_words += sum(1 for w in found if len(w) > 6)
        syll += sum(syllables(w, lang) for w in found)
        inner = len(_SENTENCE_END.findall(text.rstrip(".!?:; ")))
        sentences += inner + 1
    return Readability(words, sentences, long_words, syll)


def measure(sheet: ExplanationSheet) -> Readability:
    prose = [p.text for p in sheet.passages() if p.kind in PROSE_KINDS and p.lang == sheet.lang]
    return measure_text(prose, sheet.lang)
