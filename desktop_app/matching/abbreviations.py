"""Expands abbreviated words in job titles with words learned from the label corpus itself.

Registers and CVs shorten long titles: "pæd.medhjælper", "lagermedarb.", "soc. og sundh.ass.".
A word cut off by a full stop is a prefix of the word the writer meant, so the corpus words that
start with it (and, where the abbreviation is glued to a following word, end with that word) are
the candidates; the one most labels use wins. No abbreviation list for any one language is
needed, so a language we never saw is expanded just as well as Danish or Dutch.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable

from desktop_app.matching import title_text

# a run of letters ended by a full stop: the only sign of an abbreviation we trust
_ABBREVIATED = re.compile(r"(\w+)\.", re.UNICODE)
MIN_PREFIX = 2  # "a." or "v." are initials or list markers, not abbreviations


class AbbreviationExpander:
    def __init__(self, labels: Iterable[str]) -> None:
        frequency: Counter[str] = Counter()
        for label in labels:
            frequency.update(set(title_text.words(label)))
        self._frequency = frequency
        self._sorted = sorted(frequency)

    def _with_prefix(self, prefix: str) -> list[str]:
        start = bisect.bisect_left(self._sorted, prefix)
        end = bisect.bisect_left(self._sorted, prefix + "\uffff")
        return [w for w in self._sorted[start:end] if w != prefix]

    def _best(self, candidates: list[str]) -> str | None:
        if not candidates:
            return None
        # most labels first; then the shortest, the least the writer left out
        return min(candidates, key=lambda w: (-self._frequency[w], len(w), w))

    def expand_word(self, prefix: str, glued_to: str = "") -> str | None:
        """The corpus word `prefix` abbreviates (ending in `glued_to` when given), or None."""
        if len(prefix) < MIN_PREFIX or (prefix in self._frequency and not glued_to):
            return None
        candidates = self._with_prefix(prefix)
        if glued_to:
            glued = [w for w in candidates if w.endswith(glued_to) and len(w) > len(glued_to)]
            if glued:
                return self._best(glued)
        return self._best(candidates)

    def expand(self, title: str) -> str:
        """`title` with each abbreviated word replaced by its expansion (others unchanged).

        "pæd.medhjælper" becomes "paedagogmedhjaelper" when the corpus has that word; an
        abbreviation the corpus cannot explain is left as it was.
        """
        if "." not in title:
            return title
        parts: list[str] = []
        position = 0
        for match in _ABBREVIATED.finditer(title):
            if match.start() < position:  # its word was consumed as the previous one's tail
                continue
            prefix = title_text.fold(match.group(1)).replace(" ", "")
            rest = title[match.end() :]
            glued = re.match(r"\w+", rest)
            glued_word = title_text.fold(glued.group(0)) if glued else ""
            expansion = self.expand_word(prefix, glued_word) if prefix else None
            if expansion is None:
                continue
            parts.append(title[position : match.start()])
            if glued_word and expansion.endswith(glued_word):
                parts.append(expansion)
                position = match.end() + len(glued.group(0)) if glued else match.end()
            else:
                parts.append(expansion + " ")
                position = match.end()
        parts.append(title[position:])
        return "".join(parts).strip()
