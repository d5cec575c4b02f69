"""Text normalisation for job titles and occupation labels, shared by every lexical matcher.

Job titles come from registers and CVs in many languages, with compounds ("pizzabakker"),
inflections ("lærere"/"lærer"), spelling variants ("Tømrer"/"Toemrer"), abbreviations and
punctuation noise. Everything here is language-general: no word lists for one language, so that
a language we never tuned on is treated as well as the ones we did.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator

# Letters that NFKD does not decompose; mapped so that "ø"/"oe" and "ß"/"ss" meet.
_SPECIAL_FOLDS = str.maketrans(
    {"æ": "ae", "ø": "oe", "œ": "oe", "ß": "ss", "ð": "d", "þ": "th", "ł": "l", "đ": "d", "ı": "i"}
)
_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)
_DIGITS_ONLY = re.compile(r"^\d+$")

# Inflectional endings shared by the Germanic languages of our users (da/no/sv/nl/de/en) and
# harmless elsewhere: stripping only happens when a stem of >= 4 letters remains.
_SUFFIXES = tuple(
    sorted(
        (
            "erne",
            "ene",
            "ende",
            "ers",
            "er",
            "en",
            "et",
            "es",
            "e",
            "s",
            "ar",
            "or",
            "arna",
            "orna",
            "na",
            "ne",
            "ten",
            "tje",
            "tjes",
            "je",
            "jes",
            "nen",
        ),
        key=len,
        reverse=True,
    )
)
_MIN_STEM = 4


def fold(text: str) -> str:
    """Lower-case, strip diacritics and turn punctuation into single spaces."""
    lowered = text.casefold().translate(_SPECIAL_FOLDS)
    decomposed = unicodedata.normalize("NFKD", lowered)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", stripped.replace("_", " ")).strip()


def words(text: str) -> list[str]:
    """Folded word tokens; bare numbers are dropped (grades, codes)."""
    return [w for w in fold(text).split() if not _DIGITS_ONLY.match(w)]


def stem(word: str) -> str:
    """Remove one common inflectional ending, keeping a stem of at least four letters."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
            return word[: -len(suffix)]
    return word


def char_ngrams(text: str, low: int, high: int) -> Iterator[str]:
    """Character n-grams inside word boundaries (like scikit-learn's `char_wb`)."""
    for word in fold(text).split():
        padded = f" {word} "
        for n in range(low, high + 1):
            if len(padded) < n:
                break
            for start in range(len(padded) - n + 1):
                yield padded[start : start + n]


def split_compound(word: str, vocabulary: set[str], min_part: int = 3) -> list[str]:
    """Split `word` into two known parts (optionally joined by a linking s/e), else [].

    Germanic compounds name a job by gluing words ("pizza|bakker", "sikkerheds|chef"); the
    corpus usually spells the head word separately, so the parts are what should match.
    """
    best: list[str] = []
    best_len = 0
    for cut in range(min_part, len(word) - min_part + 1):
        head, tail = word[:cut], word[cut:]
        if tail not in vocabulary:
            continue
        for candidate in (head, head[:-1] if head[-1:] in "se" else ""):
            if len(candidate) >= min_part and candidate in vocabulary:
                # prefer the longest head: "salgs|chef" over "sal|gschef"
                if len(candidate) > best_len:
                    best, best_len = [candidate, tail], len(candidate)
                break
    return best


def expand_tokens(tokens: Iterable[str], vocabulary: set[str]) -> list[str]:
    """Tokens plus their stems, the known parts of compounds, and adjacent pairs joined when
    the corpus writes them as one word ("pizza-bager" -> "pizzabager")."""
    tokens = list(tokens)
    out: list[str] = []
    for first, second in itertools.pairwise(tokens):
        if first + second in vocabulary:
            out.append(first + second)
    for token in tokens:
        out.append(token)
        stemmed = stem(token)
        if stemmed != token:
            out.append(stemmed)
        if len(token) >= 7:
            for part in split_compound(token, vocabulary):
                out.append(part)
    return out
