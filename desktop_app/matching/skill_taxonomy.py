"""The taxonomy in memory, as matching needs it: occupation -> skills, labels, ISCO codes.

Loaded once from the taxonomy file (`from_store`) or built directly (tests, demo). Skill and
occupation URIs are given dense integer indexes here so that ranking can use sparse matrices.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import sqlite_utils

from desktop_app.matching import taxonomy_store as store


@dataclass
class SkillTaxonomy:
    essential: dict[str, list[str]] = field(default_factory=dict)  # occupation -> skills
    optional: dict[str, list[str]] = field(default_factory=dict)
    isco_codes: dict[str, str] = field(default_factory=dict)  # occupation -> "7115"
    # (uri, label, language); an occupation's preferred labels come first
    occupation_labels: list[tuple[str, str, str]] = field(default_factory=list)
    skill_labels: list[tuple[str, str, str]] = field(default_factory=list)
    skill_index: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.index_skills(uri for uri, _, _ in self.skill_labels)
        for skills in (*self.essential.values(), *self.optional.values()):
            self.index_skills(skills)

    def index_skills(self, uris: Iterable[str]) -> None:
        """Give every new skill URI the next free index (vacancies may name unknown skills)."""
        for uri in uris:
            if uri not in self.skill_index:
                self.skill_index[uri] = len(self.skill_index)

    def label(self, uri: str, language: str = "en") -> str:
        """Preferred label in `language`, else English, else any, else the URI."""
        fallback = ""
        for concept, label, lang in self._labels_of(uri):
            if concept == uri and lang == language:
                return label
            if lang == "en" and not fallback:
                fallback = label
            fallback = fallback or label
        return fallback or uri

    def _labels_of(self, uri: str) -> list[tuple[str, str, str]]:
        if not hasattr(self, "_first_labels"):
            first: dict[str, list[tuple[str, str, str]]] = {}
            seen: set[tuple[str, str]] = set()
            for entry in (*self.occupation_labels, *self.skill_labels):
                if (entry[0], entry[2]) not in seen:  # first label per language = preferred
                    seen.add((entry[0], entry[2]))
                    first.setdefault(entry[0], []).append(entry)
            self._first_labels = first
        return self._first_labels.get(uri, [])

    def major_group(self, occupation: str) -> str:
        """ISCO major group (first digit), or "" when unknown."""
        return self.isco_codes.get(occupation, "")[:1]

    @classmethod
    def from_store(cls, db: sqlite_utils.Database) -> SkillTaxonomy:
        essential: dict[str, list[str]] = {}
        optional: dict[str, list[str]] = {}
        for occupation, skill, is_essential in store.occupation_skills(db):
            (essential if is_essential else optional).setdefault(occupation, []).append(skill)
        skill_rows = db.execute(
            "SELECT l.concept_uri, l.label, l.language FROM labels l JOIN skills s "
            "ON s.uri = l.concept_uri ORDER BY 1, l.language, l.kind != 'preferred', "
            "l.kind, l.position"
        ).fetchall()
        return cls(
            essential=essential,
            optional=optional,
            isco_codes=store.occupation_isco_codes(db),
            occupation_labels=store.occupation_labels(db),
            skill_labels=[(r[0], r[1], r[2]) for r in skill_rows],
        )
