"""What one case needs to fit its suggestions to the places: the places right now and the
prices of the latest plan (for the installed model; without one, places still count)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import sqlite_utils

from desktop_app.places.cache_places import places_fingerprint, planning_day, read_places
from desktop_app.places.intakes import ProgrammePlaces
from desktop_app.places.plan import load_plan


@dataclass(frozen=True)
class CasePlaces:
    places: dict[str, ProgrammePlaces]
    as_of: dt.date
    prices: dict[str, float] = field(default_factory=dict)
    plan_computed_at: str | None = None  # None: no plan for this model (prices count 0)
    plan_current: bool = False  # False: bookings or intakes changed since the plan


def case_places(db: sqlite_utils.Database, model_version: str | None) -> CasePlaces | None:
    """None when no programme has intakes in the data (places are then unknown, as before)."""
    as_of = planning_day(db)
    places = read_places(db, as_of)
    if not any(p.known for p in places.values()):
        return None
    plan = load_plan(db)
    if plan is None or plan.model_version != model_version or model_version is None:
        return CasePlaces(places, as_of)
    current = plan.as_of == as_of.isoformat() and plan.fingerprint == places_fingerprint(places)
    return CasePlaces(places, as_of, plan.prices, plan.computed_at, current)
