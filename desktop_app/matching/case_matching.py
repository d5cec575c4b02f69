"""Job matching for one open case: skill profile, ranked vacancies and alternatives (no Qt).

`MatchingContext` holds what is the same for every case of one cache: the taxonomy, the vacancy
index, the skill finder, postcode centroids and the programmes. It is built once per cache (and
rebuilt only when the cache imports new data or the taxonomy file changes) by `context_for`,
which the cache worker calls; `jobs_for_case` then costs a few milliseconds per case.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from desktop_app.cache.records import load_all
from desktop_app.locations import default_taxonomy_path
from desktop_app.matching.alternatives import Alternative, find_alternatives
from desktop_app.matching.geo import locate, postcode_centroids
from desktop_app.matching.sentence_encoder import (
    SentenceEncoder,
    configured_weight,
    installed_title_encoder,
    load_configured_encoder,
)
from desktop_app.matching.skill_choices import CaseChoices
from desktop_app.matching.skill_finder import SkillFinder
from desktop_app.matching.skill_profile import ProfileSkill, build_profile
from desktop_app.matching.skill_taxonomy import SkillTaxonomy
from desktop_app.matching.taxonomy_store import TaxonomyError, open_taxonomy
from desktop_app.matching.title_normaliser import TitleNormaliser
from desktop_app.matching.vacancy_ranking import JobMatch, VacancyIndex

log = logging.getLogger(__name__)
TOP_MATCHES = 20
TOP_ALTERNATIVES = 8
_STATUS_ORDER = {"confirmed": 0, "suggested": 1, "removed": 2}
# the profile lists skills the record supports before those only read in a CV
_SOURCE_ORDER = {"recorded": 0, "occupation_essential": 1, "occupation_optional": 2}


@dataclass(frozen=True)
class JobsDetail:
    """What the Jobs tab shows for one case; `unavailable` set means the rest is empty."""

    unavailable: str = ""  # "no_taxonomy" | "taxonomy_error" | ""
    taxonomy_path: str = ""
    problem: str = ""  # the error's sentence when the taxonomy cannot be read
    skills: tuple[ProfileSkill, ...] = ()
    occupations: tuple[str, ...] = ()
    matches: tuple[JobMatch, ...] = ()
    alternatives: tuple[Alternative, ...] = ()
    cv_files: tuple[str, ...] = ()
    vacancy_count: int = 0
    mobility_km: float | None = None
    home_known: bool = False
    encoder: str = ""  # name of the sentence encoder blended in, "" when lexical only
    # concept URI -> language -> preferred label; shared by every case of the context
    labels: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    def label(self, uri: str, language: str) -> str:
        names = self.labels.get(uri) or {}
        code = "no" if language in {"nb", "nn"} else language
        return names.get(code) or names.get("en") or next(iter(names.values()), uri)


def _preferred_labels(taxonomy: SkillTaxonomy) -> dict[str, dict[str, str]]:
    labels: dict[str, dict[str, str]] = {}
    for uri, label, language in (*taxonomy.occupation_labels, *taxonomy.skill_labels):
        labels.setdefault(uri, {}).setdefault(language, label)  # first = preferred
    return labels


class MatchingContext:
    def __init__(
        self,
        taxonomy: SkillTaxonomy,
        vacancies: Sequence[Mapping[str, Any]],
        centroids: Mapping[str, tuple[float, float]],
        programmes: Sequence[Mapping[str, Any]],
        encoder: SentenceEncoder | None = None,
        encoder_weight: float | None = None,
    ) -> None:
        self.taxonomy = taxonomy
        self.centroids = dict(centroids)
        self.programmes = list(programmes)
        self.index = VacancyIndex(vacancies, taxonomy, self.centroids)
        self.finder = SkillFinder(taxonomy.skill_labels)
        self.labels = _preferred_labels(taxonomy)
        self.encoder = encoder
        self.encoder_weight = encoder_weight
        self._normaliser: TitleNormaliser | None = None
        self._lock = threading.Lock()

    @property
    def normaliser(self) -> TitleNormaliser:
        """Built on first need (~0.2 s): most previous jobs arrive already coded."""
        with self._lock:
            if self._normaliser is None:
                self._normaliser = TitleNormaliser(
                    self.taxonomy.occupation_labels, self.encoder, self.encoder_weight
                )
            return self._normaliser

    def jobs_for_case(self, citizen: Mapping[str, Any], choices: CaseChoices) -> JobsDetail:
        needs_titles = any(
            job.get("title") and not job.get("esco_occupation")
            for job in citizen.get("previous_jobs") or []
        )
        profile = build_profile(
            citizen,
            self.taxonomy,
            self.finder,
            normaliser=self.normaliser if needs_titles else None,
            cv_file_skills=choices.cv_file_skills,
        )
        profile.apply_decisions(choices.decisions)
        active = profile.active()
        home = locate(citizen, self.centroids)
        mobility = citizen.get("mobility_km")
        matches = self.index.rank(
            active,
            profile.occupations,
            home,
            float(mobility) if mobility else None,
            top=TOP_MATCHES,
        )
        alternatives = find_alternatives(
            active, profile.occupations, self.taxonomy, self.programmes, top=TOP_ALTERNATIVES
        )
        skills = sorted(
            profile.skills.values(),
            key=lambda s: (
                _STATUS_ORDER.get(s.status, 1),
                min(_SOURCE_ORDER.get(source.kind, 3) for source in s.sources),
                s.uri,
            ),
        )
        return JobsDetail(
            skills=tuple(skills),
            occupations=tuple(profile.occupations),
            matches=tuple(matches),
            alternatives=tuple(alternatives),
            cv_files=choices.cv_files,
            vacancy_count=len(self.index),
            mobility_km=float(mobility) if mobility else None,
            home_known=home is not None,
            encoder=self.encoder.name if self.encoder is not None else "",
            labels=self.labels,
        )


def taxonomy_path_for(cache_file: str) -> Path:
    """The taxonomy the app uses: the default location, else the file next to the cache."""
    default = default_taxonomy_path()
    if default.is_file() or not cache_file:
        return default
    beside = Path(cache_file).parent / "taxonomy.sqlite"
    return beside if beside.is_file() else default


_contexts: dict[tuple[Any, ...], MatchingContext | JobsDetail] = {}
_contexts_lock = threading.Lock()


def context_for(db: sqlite_utils.Database) -> MatchingContext | JobsDetail:
    """The context for this cache, built once; a JobsDetail saying why when there is none."""
    cache_file = str(db.execute("PRAGMA database_list").fetchone()[2] or "")
    path = taxonomy_path_for(cache_file)
    stamp = path.stat().st_mtime_ns if path.is_file() else 0
    latest_import = db.execute("SELECT max(id) FROM imports").fetchone()[0]
    key = (cache_file, str(path), stamp, latest_import)
    with _contexts_lock:
        if key not in _contexts:
            _contexts.clear()  # one open cache at a time; the old context can go
            _contexts[key] = _build(db, path)
        return _contexts[key]


def _build(db: sqlite_utils.Database, path: Path) -> MatchingContext | JobsDetail:
    if not path.is_file():
        return JobsDetail(unavailable="no_taxonomy", taxonomy_path=str(path))
    try:
        taxonomy_db = open_taxonomy(path, create=False)
        try:
            taxonomy = SkillTaxonomy.from_store(taxonomy_db)
        finally:
            taxonomy_db.close()
    except TaxonomyError as error:
        return JobsDetail(unavailable="taxonomy_error", taxonomy_path=str(path), problem=str(error))
    if not taxonomy.occupation_labels:
        return JobsDetail(unavailable="no_taxonomy", taxonomy_path=str(path))
    # the title encoder of the verified model package; else one IT configured by hand
    encoder, weight = installed_title_encoder(), None
    if encoder is None:
        encoder = load_configured_encoder()
        weight = configured_weight() if encoder is not None else None
    return MatchingContext(
        taxonomy,
        load_all(db, "vacancies"),
        postcode_centroids(load_all(db, "postcodes")),
        load_all(db, "programmes"),
        encoder,
        weight,
    )
