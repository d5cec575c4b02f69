"""CV-like noise for training titles: what registers and CVs do to an occupation's name.

Each operation mimics something seen in real titles: capitals and lower case mixed, letters
written without their diacritics ("Tomrer", "Toemrer"), one typing error, a long word cut off
with a full stop ("lagermedarb."), compounds written apart or hyphenated ("pizza bager",
"pizza-bager"), a word left out, and additions that do not change the job (gender markers,
seniority, employment form). All draws come from the `random.Random` passed in, so a seed fixes
every noisy title.
"""

from __future__ import annotations

import random
import unicodedata

_GENDER = ("(m/v)", "(m/k)", "m/w/d", "(f/m)", "(m/f/x)", "(k/m)", "m/v/x")
_ADDITIONS = (
    "senior",
    "junior",
    "trainee",
    "erfaren",
    "ervaren",
    "erfarna",
    "deltid",
    "fuldtid",
    "vikar",
    "freelance",
    "parttime",
    "fulltime",
    "heltid",
    "ZZP",
)
_TRANSLITERATIONS = {"æ": "ae", "ø": "oe", "å": "aa", "ä": "ae", "ö": "oe", "ü": "ue", "é": "e"}
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _strip_diacritics(text: str, rng: random.Random) -> str:
    if rng.random() < 0.5:
        return "".join(_TRANSLITERATIONS.get(ch, ch) for ch in text)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("ø", "o")


def _typo(text: str, rng: random.Random) -> str:
    positions = [i for i, ch in enumerate(text) if ch.isalpha()]
    if len(positions) < 5:
        return text
    i = rng.choice(positions[1:])
    op = rng.randrange(4)
    if op == 0:  # a letter left out
        return text[:i] + text[i + 1 :]
    if op == 1:  # a letter doubled
        return text[:i] + text[i] + text[i:]
    if op == 2 and i + 1 < len(text) and text[i + 1].isalpha():  # two letters swapped
        return text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return text[:i] + rng.choice(_LETTERS) + text[i + 1 :]


def _abbreviate(words: list[str], rng: random.Random) -> list[str]:
    long = [i for i, w in enumerate(words) if len(w) >= 8 and w.isalpha()]
    if not long:
        return words
    i = rng.choice(long)
    keep = rng.randint(3, min(7, len(words[i]) - 3))
    return [*words[:i], words[i][:keep] + ".", *words[i + 1 :]]


def _join_or_split(words: list[str], rng: random.Random) -> list[str]:
    if len(words) >= 2 and rng.random() < 0.5:
        i = rng.randrange(len(words) - 1)
        joiner = rng.choice(("", "-"))
        return [*words[:i], words[i] + joiner + words[i + 1].lower(), *words[i + 2 :]]
    long = [i for i, w in enumerate(words) if len(w) >= 10 and w.isalpha()]
    if not long:
        return words
    i = rng.choice(long)
    cut = rng.randint(4, len(words[i]) - 4)
    return [*words[:i], words[i][:cut], words[i][cut:], *words[i + 1 :]]


def _drop_word(words: list[str], rng: random.Random) -> list[str]:
    if len(words) < 3:
        return words
    i = rng.randrange(1, len(words))  # the first word usually names the job: keep it
    return words[:i] + words[i + 1 :]


def _recase(text: str, rng: random.Random) -> str:
    choice = rng.randrange(3)
    if choice == 0:
        return text.lower()
    if choice == 1:
        return text.upper()
    return text[:1].upper() + text[1:]


def add_noise(title: str, rng: random.Random, strength: float = 1.0) -> str:
    """`title` with a few CV-like changes; `strength` scales how likely each one is."""
    words = title.split()

    def chance(p: float) -> bool:
        return rng.random() < p * strength

    if chance(0.15):
        words = _drop_word(words, rng)
    if chance(0.2):
        words = _join_or_split(words, rng)
    if chance(0.15):
        words = _abbreviate(words, rng)
    if chance(0.15):
        words = (
            [rng.choice(_ADDITIONS), *words]
            if rng.random() < 0.5
            else [*words, rng.choice(_ADDITIONS)]
        )
    if chance(0.1):
        words = [*words, rng.choice(_GENDER)]
    text = " ".join(words)
    if chance(0.2):
        text = _typo(text, rng)
    if chance(0.2):
        text = _strip_diacritics(text, rng)
    if chance(0.3):
        text = _recase(text, rng)
    return text
