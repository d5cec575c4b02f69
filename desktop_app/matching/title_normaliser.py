"""The app's job-title normaliser: a free-text previous job title -> one ESCO occupation.

Built once over the taxonomy's occupation labels (all languages). For one citizen it ranks over
the labels in the citizen's languages first: abbreviations are expanded with words of those
languages' labels (so Danish "lagermedarb." becomes "lagermedarbejder", not the Norwegian
"lagermedarbeider"), and labels in those languages win near-ties (or, as an option, are the only
ones ranked). With a title encoder (the one in the verified model package, or one IT configured,
`sentence_encoder.py`), every label's score is a blend of the lexical score and the encoder's
cosine similarity, so a title in a language the taxonomy lacks still finds its occupation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import numpy as np

from desktop_app.matching.abbreviations import AbbreviationExpander
from desktop_app.matching.esco_csv import language_code
from desktop_app.matching.title_language import has_letters
from desktop_app.matching.title_ranker import RankerSettings, TitleRanker

if TYPE_CHECKING:
    from desktop_app.matching.sentence_encoder import SentenceEncoder

CANDIDATES = 50  # occupations returned per title
# Preference for labels in the citizen's languages. Small on purpose: on the demo's title
# variants a strict filter lost Danish titles that match a Norwegian label best (0.83 -> 0.71
# accuracy), while 0.02 keeps them and still settles near-ties the citizen's way.
LANGUAGE_BONUS = 0.02


@dataclass(frozen=True)
class NormalisedTitle:
    occupation: str  # ESCO URI
    label: str  # the label that matched
    language: str
    score: float


class TitleNormaliser:
    def __init__(
        self,
        occupation_labels: Sequence[tuple[str, str, str]],
        encoder: SentenceEncoder | None = None,
        encoder_weight: float | None = None,
    ) -> None:
        """`occupation_labels`: (URI, label, language), each occupation's preferred first.

        `encoder_weight` None: the share set on the MELO development split (RankerSettings).
        """
        self._entries = list(occupation_labels)
        labels = [label for _, label, _ in self._entries]
        settings = RankerSettings()
        if encoder_weight is not None:
            settings = replace(settings, encoder_weight=encoder_weight)
        self._ranker = TitleRanker(
            labels, [uri for uri, _, _ in self._entries], settings, encoder=encoder
        )
        self._languages = np.array([language for _, _, language in self._entries], dtype=object)
        self._expanders: dict[tuple[str, ...], AbbreviationExpander] = {}

    def _expander(self, languages: tuple[str, ...]) -> AbbreviationExpander:
        """Built on first use and kept: learned from the labels in `languages` (() = all)."""
        if languages not in self._expanders:
            labels = [t for _, t, lang in self._entries if not languages or lang in languages]
            self._expanders[languages] = AbbreviationExpander(labels or [])
        return self._expanders[languages]

    def rank(
        self, title: str, languages: Sequence[str] = (), *, only_languages: bool = False
    ) -> list[NormalisedTitle]:
        """Candidate occupations for `title`, best first, at most CANDIDATES of them.

        Labels in `languages` come first on equal footing (a small bonus, LANGUAGE_BONUS);
        with `only_languages` the other labels are left out altogether.
        """
        if not has_letters(title):  # blank, or digits and signs: no occupation, not a guess
            return []
        wanted = tuple(sorted({language_code(code) for code in languages if code}))
        query = self._expander(wanted).expand(title)
        if wanted and query == title:  # nothing learned in those languages: try them all
            query = self._expander(()).expand(title)
        scores = self._ranker.label_scores([query])[0]
        in_language = np.isin(self._languages, wanted) if wanted else np.ones(len(scores), bool)
        order_key = scores + LANGUAGE_BONUS * in_language
        if only_languages:
            order_key = np.where(in_language, order_key, -np.inf)
        seen: set[str] = set()
        ranked: list[NormalisedTitle] = []
        for i in np.argsort(-order_key, kind="stable"):
            if not np.isfinite(order_key[i]) or len(ranked) >= CANDIDATES:
                break
            uri, label, language = self._entries[i]
            if uri not in seen:  # one line per occupation: its best label
                seen.add(uri)
                ranked.append(NormalisedTitle(uri, label, language, float(scores[i])))
        return ranked

    def best(
        self, title: str, languages: Sequence[str] = (), min_score: float = 0.5
    ) -> NormalisedTitle | None:
        """The occupation for `title` when its best label scores at least `min_score`."""
        ranked = self.rank(title, languages)
        return ranked[0] if ranked and ranked[0].score >= min_score else None
