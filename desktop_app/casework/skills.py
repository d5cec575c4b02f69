"""Counting a citizen's skills the way the Overview shows them (no Qt)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from desktop_app.matching.skill_profile import SOURCE_RECORDED

if TYPE_CHECKING:
    from desktop_app.matching.case_matching import JobsDetail


def skill_count(jobs: JobsDetail | None, citizen: Mapping[str, Any]) -> int:
    """Skills the case system recorded and the caseworker kept, plus those the caseworker
    confirmed; without a skill profile, the case system's list."""
    if jobs is None or jobs.unavailable or not jobs.skills:
        return len(citizen.get("skills") or [])
    return sum(1 for skill in jobs.skills if skill.status == "confirmed" or (
        skill.status != "removed" and any(s.kind == SOURCE_RECORDED for s in skill.sources)))
