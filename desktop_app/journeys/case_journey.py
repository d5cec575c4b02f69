"""Everything the Journey tab shows for one citizen, computed on the cache worker's thread.

`case_journey(db, records)` takes the citizen's records as the case view already loaded them
(contract dicts) and returns plain data: the swim-lane timeline, "citizens like this one"
(from the cohort kept per open cache) and, when an attendance model is installed, the no-show
band with its main reasons for the citizen's next meeting. For a citizen who objects to
profiling (GDPR Art. 21) only the timeline is prepared: no attendance model is run and no
similar citizens are looked up (`attendance_state` "objection", `objection` True).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from desktop_app.journeys.attendance import AttendanceRisk
from desktop_app.journeys.cache_cohort import AttendanceStatus, JourneyCohort, cohort_for
from desktop_app.journeys.profile import citizen_profiles
from desktop_app.journeys.records import JourneyRecords, RecordsError, journey_records
from desktop_app.journeys.similar import SimilarCitizens, similar_citizens
from desktop_app.journeys.timeline import CitizenTimeline, citizen_timeline

if TYPE_CHECKING:
    import sqlite_utils

    from desktop_app.cache.records import CitizenRecords

log = logging.getLogger(__name__)
NEXT_MEETING_KIND = "meeting"


@dataclass(frozen=True)
class CaseJourney:
    """`attendance_state` is the model's state (see `AttendanceStatus`) or "closed" (no band
    for a closed case); `attendance` holds upcoming appointments, else the next meeting."""

    timeline: CitizenTimeline
    similar: SimilarCitizens | None
    attendance_state: str
    attendance: tuple[AttendanceRisk, ...] = ()
    attendance_detail: str = ""
    attendance_hypothetical: bool = False  # True: no appointment is booked; a meeting on `date`
    model_version: int | None = None
    cohort_size: int = 0
    objection: bool = False  # the citizen objects to profiling: no band, no similar citizens


def case_journey(
    db: sqlite_utils.Database, records: CitizenRecords, model_store: Path | None = None,
    *, objection: bool = False,
) -> CaseJourney:
    cohort = cohort_for(db, model_store)
    citizen = citizen_records(records, cohort.records.programmes)
    cid = records.citizen_id
    # The cache's latest date closes open spells, so every case is drawn to the same day.
    timeline = citizen_timeline(citizen, cid, as_of=cohort.records.as_of.date())
    if objection:
        return CaseJourney(timeline=timeline, similar=None, attendance_state="objection",
                           cohort_size=len(cohort.log.cases), objection=True)
    return CaseJourney(
        timeline=timeline,
        similar=_similar(cohort, citizen, cid),
        cohort_size=len(cohort.log.cases),
        **_attendance(cohort.attendance, citizen, cid, cohort.records.as_of),
    )


def citizen_records(records: CitizenRecords, programmes: pd.DataFrame) -> JourneyRecords:
    """One citizen's contract records as `JourneyRecords` (programmes from the cohort)."""
    history = {
        name: records.history.get(name, [])
        for name in ("enrolments", "appointments", "outcomes", "decisions", "assessments")
    }
    return journey_records(citizens=[records.citizen], programmes=programmes, **history)


def _similar(cohort: JourneyCohort, citizen: JourneyRecords, cid: str) -> SimilarCitizens | None:
    cases = cohort.log.cases
    if cid in cases.index:
        profile: dict[str, Any] = cases.loc[cid].to_dict()
    else:
        profile = citizen_profiles(citizen).iloc[0].to_dict()
    result = similar_citizens(
        profile, cohort.log, exclude=[cid], variant_table=cohort.variant_table,
        index=cohort.similarity,
    )
    return result if result.neighbours else None


def _attendance(
    status: AttendanceStatus, citizen: JourneyRecords, cid: str, as_of: pd.Timestamp
) -> dict[str, Any]:
    found: dict[str, Any] = {
        "attendance_state": status.state,
        "attendance_detail": status.detail,
        "model_version": status.version,
    }
    if status.model is None:
        return found
    closed = citizen.citizens["case_closed"].iloc[0]
    if pd.notna(closed) and closed <= as_of:
        return {**found, "attendance_state": "closed"}
    booked = citizen.appointments
    upcoming = booked[booked["attended"].isna() & (booked["date"] >= as_of)]
    hypothetical = upcoming.empty
    if hypothetical:
        upcoming = pd.DataFrame({"citizen_id": [cid], "date": [as_of], "kind": [NEXT_MEETING_KIND]})
    try:
        risks = status.model.score(citizen, upcoming.reset_index(drop=True))
    except (RecordsError, ValueError) as error:
        log.warning("attendance band for %s not computed: %s", cid, error)
        return {**found, "attendance_state": "unavailable", "attendance_detail": str(error)}
    return {**found, "attendance": tuple(risks), "attendance_hypothetical": hypothetical}


def journey_or_none(
    db: sqlite_utils.Database, records: CitizenRecords, model_store: Path | None = None,
    *, objection: bool = False,
) -> CaseJourney | None:
    """`case_journey`, or None (logged) if it fails: a journey problem never blocks the case."""
    try:
        return case_journey(db, records, model_store, objection=objection)
    except Exception:  # the case must still open; the Journey tab says it could not be prepared
        log.exception("journey for case %s not prepared", records.citizen_id)
        return None
