"""Finds ESCO skills named in free text (CV text) by matching skill labels in any language.

A label matches where its words occur in the text as a consecutive phrase, after diacritic
folding and stemming ("kørte truck" finds "køre truck"). Very short single-word labels are
skipped: they match by accident far more often than they name a competence.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop_app.matching import title_text

MIN_SINGLE_WORD = 5


@dataclass(frozen=True)
class FoundSkill:
    uri: str
    label: str  # the skill label that matched
    language: str
    snippet: str  # the words of the text that matched


def _content_words(text: str) -> list[str]:
    # one-letter words ("a", "i", "å") are articles or particles in most of our languages
    return [w for w in title_text.words(text) if len(w) > 1]


def _key(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(title_text.stem(w) for w in words)


class SkillFinder:
    def __init__(self, skill_labels: Iterable[tuple[str, str, str]]) -> None:
        # first stemmed word -> [(stemmed words, uri, label, language)], longest phrase first
        self._by_first: dict[str, list[tuple[tuple[str, ...], str, str, str]]] = {}
        for uri, label, language in skill_labels:
            key = _key(_content_words(label))
            if not key or (len(key) == 1 and len(key[0]) < MIN_SINGLE_WORD):
                continue
            self._by_first.setdefault(key[0], []).append((key, uri, label, language))
        for entries in self._by_first.values():
            entries.sort(key=lambda entry: -len(entry[0]))

    def find(self, text: str) -> list[FoundSkill]:
        """Skills named in `text`, each once (its first, longest match), in text order."""
        words = _content_words(text)
        stems = _key(words)
        found: dict[str, FoundSkill] = {}
        for start, first in enumerate(stems):
            for key, uri, label, language in self._by_first.get(first, ()):
                if uri in found or stems[start : start + len(key)] != key:
                    continue
                snippet = " ".join(words[start : start + len(key)])
                found[uri] = FoundSkill(uri, label, language, snippet)
        return list(found.values())
