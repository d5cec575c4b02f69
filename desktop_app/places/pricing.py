"""The plan for the planning period: the allocation over the expected caseload, each
programme's price per place, and the figures a team lead plans with. Computed locally from the
case cache and the installed model (no network); kept in the cache (`place_plan`, aggregates
only, `plan.py`) and recomputed when intakes, bookings or the model change.

Each citizen of the expected caseload (`caseload.py`) is one decision in the period with
weight min(1, horizon / 26 weeks) (follow-up meetings fall about every 26 weeks). Their
values are the estimated 26-week effects of the programmes they are eligible for (abstained
cases are left to the caseworker and take no planned place), with the waiting time counted,
within the free places of the intakes that start in the period after the queue.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import numpy as np
import sqlite_utils

from desktop_app.cache.records import load_all
from desktop_app.places.allocation import allocate
from desktop_app.places.cache_places import places_fingerprint, planning_day, read_places
from desktop_app.places.caseload import active_caseload_ids, caseload_records
from desktop_app.places.fit import wait_factor
from desktop_app.places.groups import group_balance
from desktop_app.places.plan import PlacePlan, ProgrammePlan
from desktop_app.scoring.model import NONE_ARM, SuggestionModel
from desktop_app.scoring.suggester import Suggester

DECISION_INTERVAL_WEEKS = 26.0
BATCH = 500  # citizens scored at a time (progress is reported after each batch)


def compute_plan(db: sqlite_utils.Database, model: SuggestionModel, model_version: str | None,
                 *, horizon_weeks: float = DECISION_INTERVAL_WEEKS,
                 as_of: dt.date | None = None, now: dt.datetime | None = None,
                 progress: Callable[[str, int, int], None] | None = None) -> PlacePlan:
    """`progress(stage, done, in_all)`: "scoring" after each batch of citizens, then
    "allocating" once before the solver runs."""
    as_of = as_of or planning_day(db)
    places = read_places(db, as_of)
    programmes = {str(p["id"]): p for p in load_all(db, "programmes")}
    until = as_of + dt.timedelta(weeks=horizon_weeks)
    ids = active_caseload_ids(db, as_of)
    records = caseload_records(db, ids)
    suggester = Suggester(model, programmes, as_of)
    cases = []
    for start in range(0, len(records), BATCH):
        chunk = [(r, as_of.toordinal()) for r in records[start:start + BATCH]]
        cases.extend(suggester.score(chunk, explain=False))
        if progress is not None:
            progress("scoring", len(cases), len(records))
    arms = model.arms
    horizon = model.primary_horizon
    n = len(cases)
    value = np.full((n, len(arms)), -np.inf)
    low = np.zeros((n, len(arms)))
    high = np.zeros((n, len(arms)))
    allowed = np.zeros((n, len(arms)), dtype=bool)
    value[:, 0] = 0.0
    abstained = np.array([c.abstained for c in cases], dtype=bool)
    for a, arm in enumerate(arms):
        if arm == NONE_ARM:
            continue
        info = places.get(arm)
        wait = info.wait_weeks(as_of) if info is not None else None
        stated = (programmes.get(arm) or {}).get("waiting_weeks")
        factor = wait_factor(wait, float(stated) if isinstance(stated, int | float) else None,
                             horizon)
        for i, case in enumerate(cases):
            suggestion = case.arms[a]
            ok = (suggestion.eligible is True and suggestion.supported
                  and not case.abstained and not (info is not None and info.full))
            if ok:
                estimate = suggestion.estimates[horizon]
                allowed[i, a] = True
                value[i, a] = estimate.effect * factor
                low[i, a], high[i, a] = estimate.low * factor, estimate.high * factor
    capacity = np.full(len(arms), np.inf)
    for a, arm in enumerate(arms):
        info = places.get(arm)
        if a > 0 and info is not None and info.known:
            capacity[a] = float(info.left_until(until))
    weight = min(1.0, horizon_weeks / DECISION_INTERVAL_WEEKS)
    weights = np.full(n, weight)
    if progress is not None:
        progress("allocating", n, n)
    result = allocate(value, allowed, capacity, weights)
    share = result.share * weights[:, None]
    plan = PlacePlan(
        as_of.isoformat(), horizon_weeks,
        (now or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds"), model_version,
        places_fingerprint(places), n, int(abstained.sum()), float(weights.sum()))
    finite_value = np.where(np.isfinite(value), value, 0.0)
    for a, arm in enumerate(arms):
        if a == 0:
            continue
        plan.programmes[arm] = ProgrammePlan(
            arm, None if not np.isfinite(capacity[a]) else float(capacity[a]),
            float(share[:, a].sum()), float(result.prices[a]),
            float((share[:, a] * finite_value[:, a]).sum()),
            float((share[:, a] * low[:, a]).sum()), float((share[:, a] * high[:, a]).sum()))
    plan.expected_gain = sum(p.expected_gain for p in plan.programmes.values())
    plan.gain_low = sum(p.gain_low for p in plan.programmes.values())
    plan.gain_high = sum(p.gain_high for p in plan.programmes.values())
    plan.balance = group_balance(db, [c.citizen_id for c in cases], share, finite_value, as_of)
    return plan
