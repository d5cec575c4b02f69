"""Alternative occupations: other sectors the citizen's skills reach, and courses that close gaps.

An alternative is an occupation outside the ISCO major groups of the citizen's previous jobs
whose skills the citizen largely has (rarity-weighted coverage, optional skills at half weight).
Each carries its gap (essential skills missing, then optional ones) and the programmes whose
`skills_taught` close the essential gap, chosen greedily so few programmes close most of it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from desktop_app.matching.skill_taxonomy import SkillTaxonomy


@dataclass(frozen=True)
class GapCourse:
    programme_id: str
    closes: tuple[str, ...]  # the gap skills this programme teaches


@dataclass(frozen=True)
class Alternative:
    occupation: str
    isco_code: str
    overlap: float  # 0..1, weighted share of the occupation's skills the citizen has
    matched: tuple[str, ...]
    missing_essential: tuple[str, ...]
    missing_optional: tuple[str, ...]
    courses: tuple[GapCourse, ...]
    still_missing: tuple[str, ...]  # essential gap skills no programme teaches


def _skill_rarity(taxonomy: SkillTaxonomy) -> dict[str, float]:
    counts: dict[str, int] = {}
    occupations = set(taxonomy.essential) | set(taxonomy.optional)
    for table in (taxonomy.essential, taxonomy.optional):
        for skills in table.values():
            for skill in set(skills):
                counts[skill] = counts.get(skill, 0) + 1
    n = len(occupations)
    return {skill: math.log((1 + n) / (1 + c)) + 1.0 for skill, c in counts.items()}


def gap_courses(
    gaps: Sequence[str], programmes: Iterable[Mapping[str, Any]]
) -> tuple[tuple[GapCourse, ...], tuple[str, ...]]:
    """Programmes that close `gaps` (greedy set cover), and the gaps none of them closes."""
    teaches = {
        str(p["id"]): [s for s in gaps if s in set(p.get("skills_taught") or [])]
        for p in programmes
        if p.get("id") is not None
    }
    open_gaps = list(gaps)
    chosen: list[GapCourse] = []
    while open_gaps:
        best_id, best = max(
            ((pid, [s for s in skills if s in open_gaps]) for pid, skills in teaches.items()),
            key=lambda item: len(item[1]),  # ties: the first programme listed
            default=("", []),
        )
        if not best:
            break
        chosen.append(GapCourse(best_id, tuple(best)))
        open_gaps = [s for s in open_gaps if s not in best]
    return tuple(chosen), tuple(open_gaps)


def find_alternatives(
    skills: Iterable[str],
    current_occupations: Sequence[str],
    taxonomy: SkillTaxonomy,
    programmes: Sequence[Mapping[str, Any]] = (),
    top: int = 10,
    min_overlap: float = 0.3,
    optional_share: float = 0.5,
) -> list[Alternative]:
    have = set(skills)
    rarity = _skill_rarity(taxonomy)
    excluded_groups = {taxonomy.major_group(o) for o in current_occupations} - {""}
    candidates: list[Alternative] = []
    for occupation in sorted(set(taxonomy.essential) | set(taxonomy.optional)):
        if occupation in current_occupations:
            continue
        if taxonomy.major_group(occupation) in excluded_groups:
            continue
        essential = list(dict.fromkeys(taxonomy.essential.get(occupation, [])))
        optional = [
            s for s in dict.fromkeys(taxonomy.optional.get(occupation, [])) if s not in essential
        ]
        need = sum(rarity[s] for s in essential) + optional_share * sum(rarity[s] for s in optional)
        met = sum(rarity[s] for s in essential if s in have)
        met += optional_share * sum(rarity[s] for s in optional if s in have)
        overlap = met / need if need else 0.0
        if overlap < min_overlap:
            continue
        missing = tuple(s for s in essential if s not in have)
        courses, still_missing = gap_courses(missing, programmes)
        candidates.append(
            Alternative(
                occupation=occupation,
                isco_code=taxonomy.isco_codes.get(occupation, ""),
                overlap=overlap,
                matched=tuple(s for s in (*essential, *optional) if s in have),
                missing_essential=missing,
                missing_optional=tuple(s for s in optional if s not in have),
                courses=courses,
                still_missing=still_missing,
            )
        )
    candidates.sort(key=lambda a: (-a.overlap, len(a.still_missing), a.occupation))
    return candidates[:top]
