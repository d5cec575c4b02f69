"""The figures a team lead plans with, as plain data (the planning view only presents them).

Per programme for the planning period: places in its next intakes, booked, waiting (queue),
proposed by the latest plan, left; the price of a place; the expected extra people in work
or education from the proposed places, with an interval; and the plan's balance across groups
(gender, origin, age: audit only). Places come live from the cache; the proposal comes from
the stored plan (`pricing.py`), flagged when bookings changed after it was computed.

The interval of the expected extra people in work adds up each citizen's 90% interval (the
low ends, and the high ends): as wide as it gets if the model errs the same way for everyone,
which is the honest assumption for one model's estimates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from desktop_app.cache.records import load_all
from desktop_app.places.cache_places import places_fingerprint, planning_day, read_places
from desktop_app.places.plan import load_plan

NEXT_INTAKES = 4


@dataclass(frozen=True)
class IntakeFigures:
    start: dt.date
    places: int
    booked: int
    queue_takes: int  # places the queue will take
    left: int


@dataclass(frozen=True)
class ProgrammeFigures:
    programme_id: str
    names: dict[str, str]
    known: bool  # False: no intakes in the data
    intakes: tuple[IntakeFigures, ...]  # the next intakes in the planning period
    places: int  # in the planning period
    booked: int
    queue: int
    left: int
    proposed: float | None  # places the plan proposes to use (None: no plan)
    price: float | None
    expected_gain: float | None
    gain_low: float | None
    gain_high: float | None

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names.get("en") or next(
            iter(self.names.values()), self.programme_id)


@dataclass(frozen=True)
class PlanningFigures:
    as_of: dt.date
    until: dt.date
    programmes: tuple[ProgrammeFigures, ...]
    plan_computed_at: str | None = None  # None: no plan computed yet
    plan_current: bool = False
    model_version: str | None = None
    caseload: int | None = None
    expected_gain: float | None = None
    gain_low: float | None = None
    gain_high: float | None = None
    balance: tuple[dict[str, Any], ...] = field(default_factory=tuple)


def planning_figures(db: sqlite_utils.Database, *, horizon_weeks: float = 26.0,
                     next_intakes: int = NEXT_INTAKES) -> PlanningFigures:
    as_of = planning_day(db)
    until = as_of + dt.timedelta(weeks=horizon_weeks)
    places = read_places(db, as_of)
    plan = load_plan(db)
    names = {str(p["id"]): {k: str(v) for k, v in (p.get("name") or {}).items()}
             for p in load_all(db, "programmes")}
    rows = []
    for pid, info in places.items():
        period = [i for i in info.intakes if i.start <= until]
        planned = plan.programmes.get(pid) if plan else None
        rows.append(ProgrammeFigures(
            pid, names.get(pid, {}), info.known,
            tuple(IntakeFigures(i.start, i.places, i.booked, i.promised, i.left)
                  for i in period[:next_intakes]),
            sum(i.places for i in period), sum(i.booked for i in period), info.queue,
            sum(i.left for i in period),
            planned.proposed if planned else None, planned.price if planned else None,
            planned.expected_gain if planned else None, planned.gain_low if planned else None,
            planned.gain_high if planned else None))
    if plan is None:
        return PlanningFigures(as_of, until, tuple(rows))
    current = plan.as_of == as_of.isoformat() and plan.fingerprint == places_fingerprint(places)
    return PlanningFigures(
        as_of, until, tuple(rows), plan.computed_at, current, plan.model_version,
        plan.caseload, plan.expected_gain, plan.gain_low, plan.gain_high, tuple(plan.balance))
