"""Insight for team leads: outcome rates and time-to-work curves by one factor.

Groups citizens by a factor (school years, basic skills, host-language level, number of
programmes, appointment attendance), and per group gives the share in work or education
within a horizon (with a Wilson interval) and a Kaplan–Meier time-to-work curve. These are
associations in past data, never effects, and every result says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from math import sqrt

import numpy as np
import pandas as pd

from desktop_app.journeys.profile import citizen_profiles
from desktop_app.journeys.records import JourneyRecords
from desktop_app.journeys.survival import SurvivalCurve, kaplan_meier
from desktop_app.journeys.time_to_work import outcome_within, time_to_work

CAVEAT = (
    "These figures describe associations in past data, not effects. Citizens in different "
    "groups differ in many other ways, and counts such as programmes taken or attendance build "
    "up over a longer journey. For the likely effect of a programme on one citizen, see the "
    "suggestions model."
)
UNKNOWN = "unknown"


@dataclass(frozen=True)
class Factor:
    """A profile column cut into readable groups at `edges` (left-closed)."""

    column: str
    title: str
    edges: tuple[float, ...]
    labels: tuple[str, ...]

    def groups(self, values: pd.Series) -> pd.Series:
        cut = pd.cut(values, bins=[-np.inf, *self.edges, np.inf], labels=self.labels, right=False)
        return cut.astype(object).where(values.notna(), UNKNOWN)


FACTORS: dict[str, Factor] = {
    "school_years": Factor(
        "school_years", "Years of school", (10, 13), ("under 10", "10-12", "13 or more")
    ),
    "basic_skills": Factor(
        "basic_skills",
        "Basic skills (mean of 1-5 scores)",
        (2.5, 3.5),
        ("low (under 2.5)", "middle", "high (3.5 or more)"),
    ),
    "host_language": Factor(
        "host_language_level",
        "Host-language level",
        (3, 5, 7),
        ("A1-A2", "B1-B2", "C1-C2", "native"),
    ),
    "previous_programmes": Factor(
        "previous_programmes", "Programmes taken", (1, 2, 3), ("none", "1", "2", "3 or more")
    ),
    "attendance": Factor(
        "appointment_attendance",
        "Appointments attended",
        (0.7, 0.9),
        ("under 70%", "70-89%", "90% or more"),
    ),
}


@dataclass(frozen=True)
class GroupOutcome:
    group: str
    citizens: int
    followed_to_horizon: int
    in_work: int
    rate: float | None
    low: float | None
    high: float | None


@dataclass(frozen=True)
class FactorInsight:
    factor: str
    title: str
    horizon_weeks: float
    groups: tuple[GroupOutcome, ...]
    curves: tuple[SurvivalCurve, ...]  # time in weeks; `found_work()` gives the rising curve
    kind: str = "association"
    caveat: str = field(default=CAVEAT)


def insight_by_factor(
    records: JourneyRecords,
    factor: str,
    *,
    horizon_weeks: float = 26,
    language: str | None = None,
) -> FactorInsight:
    """Outcome rates within `horizon_weeks` and time-to-work curves per group of `factor`."""
    if factor not in FACTORS:
        raise KeyError(f"unknown factor '{factor}'; choose one of {', '.join(FACTORS)}")
    spec = FACTORS[factor]
    follow_up = time_to_work(records)
    profiles = citizen_profiles(records, language=language).reindex(follow_up.index)
    groups = spec.groups(profiles[spec.column])
    within = outcome_within(follow_up, horizon_weeks)
    results, curves = [], []
    order = [g for g in (*spec.labels, UNKNOWN) if (groups == g).any()]
    for group in order:
        members = (groups == group).to_numpy()
        known = within[members].dropna()
        hits = int(known.sum())
        rate, low, high = _wilson(hits, len(known))
        results.append(GroupOutcome(group, int(members.sum()), len(known), hits, rate, low, high))
        curves.append(
            kaplan_meier(
                follow_up["days"].to_numpy()[members] / 7,
                follow_up["found_work"].to_numpy()[members],
                label=group,
            )
        )
    return FactorInsight(factor, spec.title, horizon_weeks, tuple(results), tuple(curves))


def _wilson(hits: int, n: int, z: float = 1.959963984540054) -> tuple[float | None, ...]:
    if n == 0:
        return None, None, None
    p = hits / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return p, max(0.0, centre - half), min(1.0, centre + half)
