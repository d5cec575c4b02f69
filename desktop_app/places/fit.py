"""Fit one citizen's suggestions to the places there are.

Each eligible, supported programme is valued at its estimated effect with the waiting time
counted, minus the price of a place (from the allocation over the planning period's expected
caseload, `pricing.py`); the suggestion is the programme with the highest value above zero
("no programme" is worth zero). A programme whose known intakes have no place left is never
suggested. When an intake fills up, the wait for the next citizen grows, so the next
suggestions move even before the prices are recomputed.

Waiting time: the effects were estimated for the programme's usual wait (`waiting_weeks`).
Each week of wait beyond it pushes the effect later, and that share of it (extra weeks /
horizon weeks) is taken to fall outside the horizon.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from desktop_app.places.intakes import ProgrammePlaces
from desktop_app.scoring.model import NONE_ARM
from desktop_app.scoring.suggestion import ArmPlaces, ArmSuggestion, CaseSuggestion


def wait_factor(wait_weeks: float | None, usual_weeks: float | None, horizon: float) -> float:
    """Share of the estimated effect that still falls within the horizon after the wait."""
    if wait_weeks is None or horizon <= 0:
        return 1.0
    extra = max(0.0, wait_weeks - (usual_weeks or 0.0))
    return max(0.0, 1.0 - extra / horizon)


def arm_places(arm: ArmSuggestion, places: ProgrammePlaces | None, price: float,
               horizon: float, as_of: dt.date, usual_weeks: float | None) -> ArmPlaces:
    effect = arm.estimates[horizon].effect
    if places is None or not places.known:
        wait = arm.waiting_weeks
        return ArmPlaces(False, None, 0, None, False, price,
                         effect * wait_factor(wait, usual_weeks, horizon) - price)
    free = places.next_free
    wait = places.wait_weeks(as_of)
    value = effect * wait_factor(wait, usual_weeks, horizon) - price
    return ArmPlaces(True, places.places_left, places.queue,
                     free.start.isoformat() if free else None, places.full, price, value)


def fit_to_places(case: CaseSuggestion, places: Mapping[str, ProgrammePlaces],
                  prices: Mapping[str, float], as_of: dt.date,
                  programmes: Mapping[str, Mapping[str, Any]]) -> CaseSuggestion:
    """Set each programme's places and re-choose `suggested` within them (in place)."""
    horizon = case.horizon
    case.suggested_ignoring_places = case.suggested
    case.places_counted = True
    best, best_value = None, 0.0
    for arm in case.arms:
        if arm.arm == NONE_ARM:
            continue
        stated = (programmes.get(arm.arm) or {}).get("waiting_weeks")
        usual = float(stated) if isinstance(stated, int | float) else None
        info = arm_places(arm, places.get(arm.arm), float(prices.get(arm.arm, 0.0)), horizon,
                          as_of, usual)
        arm.places = info
        if info.known:
            arm.waiting_weeks = places[arm.arm].wait_weeks(as_of)
        if arm.eligible is not True or not arm.supported or info.full:
            continue
        if info.value > best_value:
            best, best_value = arm.arm, info.value
    if not case.abstained:
        case.suggested = best
    return case
