"""Journey speed: process map + variants over one million events; one citizen's timeline.

The event log is synthetic (generated here, seeded): 100 000 cases of about ten events over a
dozen activities, with repeated states so that collapsing has real work to do.
"""

from __future__ import annotations

import time

import numpy as np
import pandas as pd

from desktop_app.journeys.events import EventLog, make_event_log
from desktop_app.journeys.process_map import process_map
from desktop_app.journeys.records import JourneyRecords, journey_records
from desktop_app.journeys.timeline import citizen_timeline
from desktop_app.journeys.variants import variants

N_EVENTS = 1_000_000
N_CASES = 100_000
ACTIVITIES = [
    "unemployed",
    "job_search_training",
    "vocational_course",
    "language_course",
    "basic_skills_course",
    "work_trial",
    "wage_subsidy",
    "mentor",
    "education",
    "health_support",
    "employed",
    "sick",
]


def synthetic_log(n_events: int = N_EVENTS, n_cases: int = N_CASES, seed: int = 8) -> EventLog:
    """A random-walk journey log: each case moves between activities, often staying put."""
    rng = np.random.default_rng(seed)
    case = np.sort(rng.integers(0, n_cases, n_events))
    n_act = len(ACTIVITIES)
    # Sticky walk: 60 % of steps keep the previous activity, so spells have length > 1.
    step = rng.integers(0, n_act, n_events)
    stay = rng.random(n_events) < 0.6
    act = step.copy()
    for i in np.flatnonzero(stay):  # few enough to be quick; order matters for chaining
        if i and case[i] == case[i - 1]:
            act[i] = act[i - 1]
    gaps = rng.integers(7, 120, n_events).astype("timedelta64[D]")
    first = np.ones(n_events, dtype=bool)
    first[1:] = case[1:] != case[:-1]
    offsets = np.cumsum(gaps.astype(np.int64))
    offsets -= np.maximum.accumulate(np.where(first, offsets - gaps.astype(np.int64), 0))
    start = np.datetime64("2015-01-01") + offsets.astype("timedelta64[D]")
    events = pd.DataFrame(
        {
            "case_id": case.astype(np.int64),
            "activity": pd.Categorical.from_codes(act, ACTIVITIES),
            "start": start.astype("datetime64[ns]"),
            "end": (start + gaps).astype("datetime64[ns]"),
        }
    )
    outcome = rng.choice(["employed", "education", "unemployed"], n_cases)
    cases = pd.DataFrame({"outcome": outcome}, index=pd.Index(np.arange(n_cases), name="case_id"))
    return make_event_log(events, cases, assume_sorted=True)


def synthetic_records(n_citizens: int = 20_000, seed: int = 8) -> JourneyRecords:
    """Contract-shaped tables for a large caseload with long histories: 8 enrolments,
    40 appointments, 10 outcome spells and 10 decisions per citizen (the demo municipality
    averages about 3, 15, 5 and 4)."""
    rng = np.random.default_rng(seed)
    ids = np.array([f"c{i:06d}" for i in range(n_citizens)])
    day0 = np.datetime64("2020-01-01")

    def dated(per_citizen: int) -> tuple[np.ndarray, np.ndarray]:
        who = np.repeat(ids, per_citizen)
        when = day0 + rng.integers(0, 1500, len(who)).astype("timedelta64[D]")
        return who, when

    who, when = dated(8)
    enrolments = pd.DataFrame(
        {
            "citizen_id": who,
            "programme_id": rng.choice(["p1", "p2", "p3"], len(who)),
            "start": when,
            "end": when + rng.integers(20, 200, len(who)).astype("timedelta64[D]"),
            "status": rng.choice(["completed", "dropped", "active", "planned"], len(who)),
            "attendance_rate": rng.random(len(who)),
        }
    )
    who, when = dated(40)
    appointments = pd.DataFrame(
        {"citizen_id": who, "date": when, "kind": "meeting", "attended": rng.random(len(who)) < 0.8}
    )
    who, when = dated(10)
    outcomes = pd.DataFrame(
        {
            "citizen_id": who,
            "start": when,
            "end": when + rng.integers(30, 300, len(who)).astype("timedelta64[D]"),
            "status": rng.choice(["unemployed", "employed", "education", "sick"], len(who)),
            "subsidised": rng.random(len(who)) < 0.2,
        }
    )
    who, when = dated(10)
    decisions = pd.DataFrame(
        {"citizen_id": who, "date": when, "programme_id": rng.choice(["p1", "p2", None], len(who))}
    )
    citizens = pd.DataFrame({"id": ids, "unemployed_since": day0})
    programmes = pd.DataFrame(
        {"id": ["p1", "p2", "p3"], "kind": ["language_course", "work_trial", "mentor"]}
    )
    decisions = decisions.drop_duplicates(["citizen_id", "date"])
    return journey_records(
        citizens=citizens,
        programmes=programmes,
        enrolments=enrolments,
        appointments=appointments,
        outcomes=outcomes,
        decisions=decisions,
    )


def _best_of(repeats: int, func) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - started)
    return best


def run(report) -> None:
    log = synthetic_log()
    seconds = _best_of(3, lambda: (process_map(log), variants(log)))
    report.add(
        "journeys",
        "process map + variants, 1M events",
        seconds,
        "s",
        target="< 2 s",
        passed=seconds < 2.0,
        note=f"{len(log):,} events, {N_CASES:,} cases, best of 3",
    )
    records = synthetic_records()
    rng = np.random.default_rng(1)
    sample = rng.choice(records.citizens.index.to_numpy(), 200, replace=False)
    citizen_timeline(records, sample[0])  # first call warms pandas' index engines
    timings = []
    for citizen_id in sample:
        started = time.perf_counter()
        citizen_timeline(records, citizen_id)
        timings.append(time.perf_counter() - started)
    worst_ms, median_ms = max(timings) * 1000, float(np.median(timings)) * 1000
    report.add(
        "journeys",
        "one citizen's timeline (worst of 200)",
        worst_ms,
        "ms",
        target="< 50 ms",
        passed=worst_ms < 50,
        note=f"median {median_ms:.1f} ms; caseload of {len(records.citizens):,} citizens, "
        f"{len(records.appointments):,} appointments",
    )
