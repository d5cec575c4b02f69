"""A citizen's skill profile: which ESCO skills, where each came from, what the caseworker said.

Sources: previous occupations (their essential and optional skills), skills recorded in the case
system, and skills named in CV text. A skill keeps every source that supports it, so the view
can show why it is there; the caseworker can confirm or remove each one. A removed skill stays
in the profile (so the decision is visible and survives a rebuild) but no longer counts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from desktop_app.matching.skill_finder import SkillFinder
from desktop_app.matching.skill_taxonomy import SkillTaxonomy
from desktop_app.matching.title_ranker import TitleRanker

if TYPE_CHECKING:
    from desktop_app.matching.title_normaliser import TitleNormaliser

SOURCE_ESSENTIAL = "occupation_essential"
SOURCE_OPTIONAL = "occupation_optional"
SOURCE_RECORDED = "recorded"
SOURCE_CV = "cv"
SOURCE_CV_FILE = "cv_file"  # a CV file the caseworker added in the app; detail "file: words"


@dataclass(frozen=True)
class SkillSource:
    kind: str  # one of the SOURCE_* names
    detail: str  # occupation URI, CV snippet, or "" for recorded skills


@dataclass(frozen=True)
class ProfileSkill:
    uri: str
    sources: tuple[SkillSource, ...]
    status: str = "suggested"  # suggested | confirmed | removed

    @property
    def counts(self) -> bool:
        return self.status != "removed"


@dataclass
class SkillProfile:
    skills: dict[str, ProfileSkill] = field(default_factory=dict)
    occupations: list[str] = field(default_factory=list)  # previous occupations, ESCO URIs

    def add(self, uri: str, source: SkillSource) -> None:
        current = self.skills.get(uri)
        if current is None:
            self.skills[uri] = ProfileSkill(uri, (source,))
        elif source not in current.sources:
            self.skills[uri] = replace(current, sources=(*current.sources, source))

    def confirm(self, uri: str) -> None:
        self.skills[uri] = replace(self.skills[uri], status="confirmed")

    def remove(self, uri: str) -> None:
        self.skills[uri] = replace(self.skills[uri], status="removed")

    def active(self) -> set[str]:
        """Skill URIs that count for matching (everything not removed by the caseworker)."""
        return {uri for uri, skill in self.skills.items() if skill.counts}

    def apply_decisions(self, decisions: Mapping[str, str]) -> None:
        """Re-apply stored caseworker decisions (uri -> confirmed | removed) after a rebuild."""
        for uri, status in decisions.items():
            if uri in self.skills and status in {"confirmed", "removed"}:
                self.skills[uri] = replace(self.skills[uri], status=status)


def citizen_languages(citizen: Mapping[str, Any]) -> list[str]:
    """The citizen's language codes: preferred language first, then the recorded ones."""
    codes = [str(citizen.get("preferred_language") or "")]
    for entry in citizen.get("languages") or []:
        if isinstance(entry, Mapping) and entry.get("code"):
            codes.append(str(entry["code"]))
    return [code for code in dict.fromkeys(codes) if code]


def previous_occupations(
    citizen: Mapping[str, Any],
    ranker: TitleRanker | None,
    occupation_uris: list[str],
    min_score: float = 0.5,
    normaliser: TitleNormaliser | None = None,
) -> list[str]:
    """ESCO occupations of previous jobs: as coded, else the free-text title normalised
    (with `normaliser`, the citizen's languages' labels first; else with `ranker`)."""
    found: list[str] = []
    languages: Sequence[str] = citizen_languages(citizen)
    for job in citizen.get("previous_jobs") or []:
        uri = job.get("esco_occupation")
        if not uri and job.get("title") and normaliser is not None:
            hit = normaliser.best(str(job["title"]), languages, min_score)
            uri = hit.occupation if hit else None
        elif not uri and ranker is not None and job.get("title"):
            best = ranker.rank([str(job["title"])], top=1)[0]
            if best and best[0].score >= min_score:
                uri = occupation_uris[best[0].element]
        if uri and uri not in found:
            found.append(uri)
    return found


def build_profile(
    citizen: Mapping[str, Any],
    taxonomy: SkillTaxonomy,
    finder: SkillFinder | None = None,
    ranker: TitleRanker | None = None,
    extra_cv_texts: Iterable[str] = (),
    normaliser: TitleNormaliser | None = None,
    cv_file_skills: Iterable[tuple[str, str, str]] = (),
) -> SkillProfile:
    """The profile from a contract-shaped citizen dict (see the exchange bundle contract).

    Free-text titles are normalised by `normaliser`, else by `ranker`, which must rank
    `taxonomy.occupation_labels` (in that order); `extra_cv_texts` are texts of CV files
    searched now, `cv_file_skills` (skill URI, file name, matched words) those found earlier.
    """
    profile = SkillProfile()
    label_uris = [uri for uri, _, _ in taxonomy.occupation_labels]
    profile.occupations = previous_occupations(citizen, ranker, label_uris, normaliser=normaliser)
    for occupation in profile.occupations:
        for uri in taxonomy.essential.get(occupation, []):
            profile.add(uri, SkillSource(SOURCE_ESSENTIAL, occupation))
        for uri in taxonomy.optional.get(occupation, []):
            profile.add(uri, SkillSource(SOURCE_OPTIONAL, occupation))
    for uri in citizen.get("skills") or []:
        profile.add(str(uri), SkillSource(SOURCE_RECORDED, ""))
    if finder is not None:
        texts = [citizen.get("cv_text") or "", *extra_cv_texts]
        for text in texts:
            for hit in finder.find(text):
                profile.add(hit.uri, SkillSource(SOURCE_CV, hit.snippet))
    for uri, file_name, snippet in cv_file_skills:
        profile.add(uri, SkillSource(SOURCE_CV_FILE, f"{file_name}: {snippet}"))
    return profile
