"""The plan for the planning period as kept in the case cache (`place_plan`): prices per
place and aggregate figures only, never a row per citizen. Computed by `pricing.py`."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

import sqlite_utils

from desktop_app.cache.connection import transaction
from desktop_app.places.cache_places import places_fingerprint, planning_day, read_places


@dataclass
class ProgrammePlan:
    programme_id: str
    places: float | None  # free places in the period after the queue (None: unknown)
    proposed: float  # expected places the allocation uses
    price: float  # value of one more place (probability points)
    expected_gain: float  # expected extra people in work from the proposed places
    gain_low: float
    gain_high: float


@dataclass
class PlacePlan:
    as_of: str
    horizon_weeks: float
    computed_at: str
    model_version: str | None
    fingerprint: str
    caseload: int  # citizens in the expected caseload (scored)
    abstained: int
    expected_decisions: float
    programmes: dict[str, ProgrammePlan] = field(default_factory=dict)
    expected_gain: float = 0.0
    gain_low: float = 0.0
    gain_high: float = 0.0
    balance: list[dict[str, Any]] = field(default_factory=list)  # audit only (groups.py)

    @property
    def prices(self) -> dict[str, float]:
        return {pid: p.price for pid, p in self.programmes.items()}

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PlacePlan:
        programmes = {pid: ProgrammePlan(**p) for pid, p in data.get("programmes", {}).items()}
        return cls(**{**data, "programmes": programmes})


def store_plan(db: sqlite_utils.Database, plan: PlacePlan) -> None:
    with transaction(db):
        db.execute(
            "INSERT INTO place_plan (id, computed_at, as_of, model_version, fingerprint, plan) "
            "VALUES (1, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
            "computed_at = excluded.computed_at, as_of = excluded.as_of, "
            "model_version = excluded.model_version, fingerprint = excluded.fingerprint, "
            "plan = excluded.plan",
            (plan.computed_at, plan.as_of, plan.model_version, plan.fingerprint,
             json.dumps(plan.to_json(), ensure_ascii=False)),
        )


def load_plan(db: sqlite_utils.Database) -> PlacePlan | None:
    row = db.execute("SELECT plan FROM place_plan WHERE id = 1").fetchone()
    return PlacePlan.from_json(json.loads(row[0])) if row else None


def plan_is_current(db: sqlite_utils.Database, plan: PlacePlan | None,
                    model_version: str | None) -> bool:
    """False when the places (intakes, bookings, queues) or the model changed since."""
    if plan is None or plan.model_version != model_version:
        return False
    as_of = planning_day(db)
    return plan.as_of == as_of.isoformat() and (
        plan.fingerprint == places_fingerprint(read_places(db, as_of)))
