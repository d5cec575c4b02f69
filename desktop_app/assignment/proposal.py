"""An explained proposal of a caseworker for a citizen.

Each caseworker on the roster is scored on four things, each giving a reason code the view
turns into words (the core returns codes, never prose):
- a shared meeting language: the citizen's preferred language (3), else another language the
  citizen speaks at B1 or better (1); none shared: an interpreter is needed (-3);
- specialism fit to the citizen's situation: youth (under 30), newcomers (under 5 years in the
  country), health (a recorded health limitation), long_term_unemployed (52 weeks or more),
  employer_contact (under 26 weeks, with work experience): 2 per need met;
- caseload balance: up to 2 for free room on the caseload, -4 when it is full;
- continuity: 2.5 for the citizen's current (or last deciding) caseworker.
With the team lead's setting on, a caseworker's "own effect" (own_effect.py) adds 10 x its
shrunk estimate, only when it has enough cases. Gender and country of birth are never read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop_app.assignment.own_effect import OwnEffect
from desktop_app.assignment.roster import Caseworker

PREFERRED_LANGUAGE, OTHER_LANGUAGE, NO_LANGUAGE = 3.0, 1.0, -3.0
SPECIALISM, ROOM, FULL, CONTINUITY, OWN_EFFECT = 2.0, 2.0, -4.0, 2.5, 10.0
SPOKEN_LEVELS = frozenset({"B1", "B2", "C1", "C2", "native"})
# Norwegian written standards and the macrolanguage meet in one meeting language.
SAME_LANGUAGE = {"nb": "no", "nn": "no", "no": "no"}


@dataclass(frozen=True)
class Reason:
    code: str  # shared_language, interpreter_needed, specialism, caseload, caseload_full,
    #            continuity, own_effect
    detail: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Candidate:
    caseworker_id: str
    display_name: str
    score: float
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class Proposal:
    citizen_id: str
    candidates: tuple[Candidate, ...]  # best first
    current: tuple[str, ...]  # the citizen's caseworker(s) now

    @property
    def proposed(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None


def _language(code: object) -> str | None:
    if not isinstance(code, str) or not code:
        return None
    primary = code.split("-")[0].lower()
    return SAME_LANGUAGE.get(primary, primary)


def citizen_languages(citizen: Mapping[str, Any]) -> tuple[str | None, frozenset[str]]:
    """(preferred meeting language, other languages spoken at B1 or better)."""
    spoken = set()
    for item in citizen.get("languages") or ():
        if isinstance(item, dict) and item.get("cefr") in SPOKEN_LEVELS:
            code = _language(item.get("code"))
            if code:
                spoken.add(code)
    return _language(citizen.get("preferred_language")), frozenset(spoken)


def needs(citizen: Mapping[str, Any], as_of: dt.date) -> frozenset[str]:
    """The specialisms the citizen's recorded situation calls for."""
    out = set()
    birth_year = citizen.get("birth_year")
    if isinstance(birth_year, int) and as_of.year - birth_year < 30:
        out.add("youth")
    years = citizen.get("years_in_country")
    if isinstance(years, int | float) and years < 5:
        out.add("newcomers")
    if citizen.get("health_limitation") in ("partial", "significant"):
        out.add("health")
    since = citizen.get("unemployed_since")
    weeks = None
    if isinstance(since, str):
        try:
            weeks = (as_of - dt.date.fromisoformat(since[:10])).days / 7
        except ValueError:
            weeks = None
    if weeks is not None and weeks >= 52:
        out.add("long_term_unemployed")
    if weeks is not None and weeks < 26 and citizen.get("previous_jobs"):
        out.add("employer_contact")
    return frozenset(out)


def score_caseworker(worker: Caseworker, citizen: Mapping[str, Any], wanted: frozenset[str],
                     current: frozenset[str], own: OwnEffect | None) -> Candidate:
    preferred, spoken = citizen_languages(citizen)
    worker_languages = frozenset(filter(None, map(_language, worker.languages)))
    reasons: list[Reason] = []
    score = 0.0
    if preferred and preferred in worker_languages:
        score += PREFERRED_LANGUAGE
        reasons.append(Reason("shared_language", {"language": preferred, "preferred": True}))
    elif shared := sorted(spoken & worker_languages):
        score += OTHER_LANGUAGE
        reasons.append(Reason("shared_language", {"language": shared[0], "preferred": False}))
    else:
        score += NO_LANGUAGE
        reasons.append(Reason("interpreter_needed", {"language": preferred}))
    for specialism in sorted(wanted & worker.specialisms):
        score += SPECIALISM
        reasons.append(Reason("specialism", {"specialism": specialism}))
    room = worker.room
    if room is not None and worker.max_caseload:
        if room <= 0:
            score += FULL
            reasons.append(Reason("caseload_full", {"caseload": len(worker.caseload),
                                                    "max": worker.max_caseload}))
        else:
            score += ROOM * room / worker.max_caseload
            reasons.append(Reason("caseload", {"caseload": len(worker.caseload),
                                               "max": worker.max_caseload}))
    if worker.id in current:
        score += CONTINUITY
        reasons.append(Reason("continuity", {}))
    if own is not None and own.estimate is not None:
        score += OWN_EFFECT * own.estimate
        reasons.append(Reason("own_effect", {"estimate": own.estimate, "low": own.low,
                                             "high": own.high, "cases": own.cases}))
    return Candidate(worker.id, worker.display_name, round(score, 6), tuple(reasons))


def propose(citizen: Mapping[str, Any], roster: Mapping[str, Caseworker], as_of: dt.date,
            continuity: frozenset[str] = frozenset(),
            own_effects: Mapping[str, OwnEffect] | None = None) -> Proposal:
    """Every caseworker on the roster scored for `citizen`, best first (ties by id).
    `own_effects` is None unless the team lead turned the setting on."""
    citizen_id = str(citizen["id"])
    current = frozenset(w.id for w in roster.values() if citizen_id in w.caseload) | continuity
    wanted = needs(citizen, as_of)
    candidates = [
        score_caseworker(worker, citizen, wanted, current,
                         (own_effects or {}).get(worker.id))
        for worker in roster.values()
    ]
    candidates.sort(key=lambda c: (-c.score, c.caseworker_id))
    return Proposal(citizen_id, tuple(candidates), tuple(sorted(current)))
