"""Programme places in the demo (contract 1.1): planned intakes, their bookings and queues.

Called from `generate.py` after the simulation; the simulation itself never sees places (the
known truth is unchanged). For the planning period (26 weeks from the export) each programme
gets intakes sized to what caseworkers used in the last 26 weeks, times a supply ratio (some
programmes are tight), at most `capacity` places per intake. Bookings are planned enrolments
on intake dates: the simulation's own planned enrolments first, then citizens of the active
caseload who are eligible, densely for the next intakes and thinning out later. A tight
programme also has a queue: planned enrolments dated on no intake (waiting for a place).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from training.demo.calendar import OBSERVED_UNTIL, day, iso
from training.demo.journey_rows import cid_text
from training.demo.journeys import Journeys
from training.demo.population import Population
from training.demo.programmes import ARMS, PROGRAMMES, eligibility

EXPORT_DAY = day(OBSERVED_UNTIL) + 1
PLANNING_DAYS = 182
# Places over the planning period as a share of what caseworkers used in the last 26 weeks.
SUPPLY_RATIO = {"P01": 0.9, "P04": 0.75, "P06": 0.9, "P07": 1.0, "P10": 0.8}
DEFAULT_SUPPLY = 1.15
QUEUE_SHARE = 0.25  # queue of a tight programme, as a share of its shortfall
MIN_INTERVAL_WEEKS = 2
MIN_INTAKES = 4  # a small municipality still has several (smaller) intakes


@dataclass(frozen=True)
class Intake:
    arm: int  # index into ARMS
    day: int
    places: int


def _first_monday(on_or_after: int) -> int:
    # Day 0 (1970-01-01) was a Thursday: Monday is day % 7 == 4.
    return on_or_after + (4 - on_or_after) % 7


def intake_schedule(journeys: Journeys) -> list[Intake]:
    """Every programme's intakes in the planning period, sized to recent use."""
    e = journeys.enrolments
    recent = (e["start"] > EXPORT_DAY - PLANNING_DAYS) & (e["start"] < EXPORT_DAY)
    used = np.bincount(e["arm"][recent], minlength=len(ARMS))
    out: list[Intake] = []
    for a, programme in enumerate(PROGRAMMES, start=1):
        total = max(1, round(SUPPLY_RATIO.get(programme.id, DEFAULT_SUPPLY) * used[a]))
        wanted = max(MIN_INTAKES, int(np.ceil(total / programme.capacity)))
        interval = max(MIN_INTERVAL_WEEKS, (PLANNING_DAYS // 7) // max(wanted, 1))
        first = _first_monday(EXPORT_DAY + 7 * programme.waiting_weeks)
        days = list(range(first, EXPORT_DAY + PLANNING_DAYS, 7 * interval)) or [first]
        places = min(programme.capacity, max(1, int(np.ceil(total / len(days)))))
        out.extend(Intake(a, d, places) for d in days)
    return out


def _active_caseload(journeys: Journeys) -> np.ndarray:
    """Citizens whose unemployment spell is open at the export and who are in no programme."""
    s = journeys.spells
    open_spell = np.unique(s["cid"][(s["end"] >= 10**7) & (s["start"] <= EXPORT_DAY)])
    e = journeys.enrolments
    busy = e["cid"][e["status"] <= 1]  # planned or active
    return np.setdiff1d(open_spell, busy)


def _eligible_at_export(pop: Population, journeys: Journeys, cids: np.ndarray) -> np.ndarray:
    f = journeys.final
    health = pop.health[cids] + (pop.health_change_day[cids] <= EXPORT_DAY)
    return eligibility(pop.sy[cids], pop.isced[cids], f["lang"][cids], health, f["lit"][cids],
                       f["num"][cids], f["dig"][cids])


def plan_places(rng: np.random.Generator, pop: Population, journeys: Journeys,
                enrolments: list[dict], prefix: str = "C"
                ) -> tuple[dict[str, list[dict]], list[dict]]:
    """(intakes per programme id, enrolment rows with the bookings and queues added).

    The simulation's planned enrolments move onto the first intake on or after their start
    that has a place left; with none left they stay where they are, in the queue."""
    intakes = intake_schedule(journeys)
    left = {(i.arm, i.day): i.places for i in intakes}
    by_arm: dict[int, list[Intake]] = {}
    for intake in intakes:
        by_arm.setdefault(intake.arm, []).append(intake)
    arm_of = {arm: a for a, arm in enumerate(ARMS)}
    rows: list[dict] = []
    booked: set[str] = set()
    for row in enrolments:
        if row["status"] == "planned":
            a = arm_of[row["programme_id"]]
            start = day(row["start"])
            slot = next((i for i in by_arm[a] if i.day >= start and left[(a, i.day)] > 0), None)
            if slot is not None:
                left[(a, slot.day)] -= 1
                row = {**row, "start": iso(slot.day)}
            booked.add(row["citizen_id"])
        rows.append(row)
    free = np.array([c for c in _active_caseload(journeys) if cid_text(c, prefix) not in booked])
    rng.shuffle(free)
    eligible = _eligible_at_export(pop, journeys, free) if free.size else np.zeros((0, len(ARMS)))
    taken = np.zeros(free.size, dtype=bool)
    new_rows: list[dict] = []

    def take(a: int, count: int, start: int) -> None:
        pool = np.flatnonzero(eligible[:, a] & ~taken)[:count]
        taken[pool] = True
        for k in pool:
            new_rows.append({"citizen_id": cid_text(free[k], prefix), "programme_id": ARMS[a],
                             "start": iso(start), "end": None, "status": "planned",
                             "attendance_rate": None})

    for intake in intakes:
        weeks_ahead = (intake.day - EXPORT_DAY) / 7
        share = np.clip(1.05 - weeks_ahead / 16 + rng.normal(0, 0.1), 0.0, 1.0)
        already = intake.places - left[(intake.arm, intake.day)]
        take(intake.arm, max(0, round(share * intake.places) - already), intake.day)
    e = journeys.enrolments
    recent = (e["start"] > EXPORT_DAY - PLANNING_DAYS) & (e["start"] < EXPORT_DAY)
    used = np.bincount(e["arm"][recent], minlength=len(ARMS))
    for a, programme in enumerate(PROGRAMMES, start=1):
        ratio = SUPPLY_RATIO.get(programme.id, DEFAULT_SUPPLY)
        if ratio < 1:
            take(a, max(1, round(QUEUE_SHARE * (1 - ratio) * used[a])), EXPORT_DAY)
    rows.extend(new_rows)
    rows.sort(key=lambda r: (r["citizen_id"], r["start"], r["programme_id"]))
    plan = {p.id: [{"start": iso(i.day), "places": i.places} for i in by_arm[a]]
            for a, p in enumerate(PROGRAMMES, start=1)}
    return plan, rows
