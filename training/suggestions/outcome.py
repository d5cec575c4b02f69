"""The model outcome and its censoring, exactly as the contract defines it.

Outcome: in unsubsidised work or regular education at any time within the horizon after the
decision. Subsidised jobs do not count, nor education spells that begin inside a programme
enrolment (the course itself). A decision whose horizon ends after the end of observation
(the export date) is censored: its outcome is unknown, so it is left out for that horizon.
"""

from __future__ import annotations

from desktop_app.scoring.records import CitizenRecords

POSITIVE = {"employed", "education"}


def _inside_programme(rec: CitizenRecords, start: int) -> bool:
    for enrolment in rec.enrolments:
        if enrolment.status == "no_show":
            continue
        end = enrolment.end if enrolment.end is not None else enrolment.start
        if enrolment.start <= start <= end:
            return True
    return False


def outcome_within(rec: CitizenRecords, day: int, horizon_weeks: float) -> int:
    """1 when a counting spell overlaps (day, day + horizon], else 0."""
    stop = day + round(7 * horizon_weeks)
    for spell in rec.outcomes:
        if spell.start > stop:
            break
        if spell.status not in POSITIVE or spell.subsidised:
            continue
        if spell.end is not None and spell.end <= day:
            continue
        if spell.status == "education" and _inside_programme(rec, spell.start):
            continue
        return 1
    return 0


def observation_end(records: dict[str, CitizenRecords], exported_at: int | None) -> int:
    """Last day outcomes are observed: the export date, else the latest recorded date."""
    if exported_at is not None:
        return exported_at
    latest = 0
    for rec in records.values():
        for spell in rec.outcomes:
            latest = max(latest, spell.start, spell.end or 0)
    return latest


def is_observed(rec: CitizenRecords, day: int, horizon_weeks: float, end_of_data: int) -> bool:
    """The whole horizon lies before the end of observation and outcomes are recorded at all."""
    return bool(rec.outcomes) and day + round(7 * horizon_weeks) <= end_of_data
