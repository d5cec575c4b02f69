"""History features of a decision: spells, jobs, earlier decisions, programmes, appointments.

Everything is counted strictly before the decision day, so nothing that happens at or after
the meeting can leak into the inputs.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from desktop_app.scoring.asof import value_as_of
from desktop_app.scoring.records import CitizenRecords, to_ordinal

NAN = math.nan
TWO_YEARS = 728
ONE_YEAR = 365
DROPPED = {"dropped", "no_show"}
LEFT_UNEMPLOYMENT = {"employed", "education"}  # outcome statuses that end a spell out of work


def history_values(rec: CitizenRecords, day: int, programme_kinds: Mapping[str, str],
                   kinds: tuple[str, ...], prior_arms: tuple[str, ...] = ()) -> dict[str, float]:
    out: dict[str, float] = {}
    out.update(_spell_values(rec, day))
    out.update(_job_values(rec, day))
    earlier = [(d, p) for d, p in rec.decisions if d < day]
    out["prior_decisions"] = float(len(earlier))
    out["prior_programme_decisions"] = float(sum(1 for _, p in earlier if p))
    out["weeks_since_last_decision"] = (day - earlier[-1][0]) / 7 if earlier else NAN
    for arm in prior_arms:
        out[f"prior_decision:{arm}"] = float(sum(1 for _, p in earlier if p == arm))
    started = [e for e in rec.enrolments if e.start < day]
    out["dropped_enrolments"] = float(sum(1 for e in started if e.status in DROPPED))
    rates = [e.attendance_rate for e in started if e.attendance_rate is not None]
    out["enrolment_attendance"] = sum(rates) / len(rates) if rates else NAN
    for kind in kinds:
        out[f"prior_programme:{kind}"] = float(
            sum(1 for e in started if programme_kinds.get(e.programme_id) == kind)
        )
    recent = [a for d, a in rec.appointments if day - ONE_YEAR <= d < day]
    out["appointments_12m"] = float(len(recent))
    known = [a for a in recent if a is not None]
    out["appointment_attendance_12m"] = sum(known) / len(known) if known else NAN
    return out


def _spell_values(rec: CitizenRecords, day: int) -> dict[str, float]:
    weeks = {"employed": 0.0, "subsidised": 0.0, "education": 0.0, "sick": 0.0}
    window_start = day - TWO_YEARS
    unemployed_start: int | None = None
    for spell in rec.outcomes:
        if spell.start >= day:
            break
        end = day if spell.end is None else min(spell.end, day)
        overlap = max(0, end - max(spell.start, window_start))
        if spell.status == "employed":
            weeks["subsidised" if spell.subsidised else "employed"] += overlap / 7
        elif spell.status in weeks:
            weeks[spell.status] += overlap / 7
        if spell.status == "unemployed" and (spell.end is None or spell.end >= day):
            unemployed_start = spell.start
    if not rec.outcomes:
        values = {f"weeks_{k}_2y": NAN for k in weeks}
    else:
        values = {f"weeks_{k}_2y": v for k, v in weeks.items()}
    # A recorded (dated) start of the current spell is more precise than the spell list, as
    # long as that spell is still current: work or education that began after it ended it
    # (a start recorded two years ago is not "how long you have been out of work" now).
    since = to_ordinal(value_as_of(rec, "unemployed_since", day))
    if since is not None and since <= day and not _left_unemployment(rec, since, day):
        unemployed_start = since
    values["weeks_unemployed"] = NAN if unemployed_start is None else (day - unemployed_start) / 7
    return values


def _left_unemployment(rec: CitizenRecords, since: int, day: int) -> bool:
    """True when work or education began after `since` (and by `day`): the spell that
    started then is over, even if the citizen is out of work again (a new spell)."""
    return any(spell.status in LEFT_UNEMPLOYMENT and since < spell.start <= day
               for spell in rec.outcomes)


def _job_values(rec: CitizenRecords, day: int) -> dict[str, float]:
    jobs = rec.citizen.get("previous_jobs")
    if not isinstance(jobs, list):
        return {"previous_jobs": NAN, "years_experience": NAN, "years_since_last_job": NAN}
    count, days_worked, last_end = 0, 0, None
    for job in jobs:
        if not isinstance(job, dict):
            continue
        start, end = to_ordinal(job.get("from")), to_ordinal(job.get("to"))
        if start is not None and start >= day:
            continue  # a job that began after the decision is not history yet
        count += 1
        if start is not None:
            stop = day if end is None else min(end, day)
            days_worked += max(0, stop - start)
        if end is not None and end < day:
            last_end = end if last_end is None else max(last_end, end)
    return {
        "previous_jobs": float(count),
        "years_experience": days_worked / 365.25,
        "years_since_last_job": NAN if last_end is None else (day - last_end) / 365.25,
    }
