"""A caseworker's "own effect" (OFF by default, for team leads only): how much more often
than expected their citizens were in work or education within 26 weeks of a decision.

Expected: the rate among all decisions of the same situation stratum (health limitation x age
band at the decision), so a caseworker is not credited for having easier citizens in those
respects; other differences between caseloads remain, which is why the figure is only an
indication. Each raw difference is shrunk towards the mean (empirical Bayes, normal-normal) and
given a 90% interval; with fewer than `min_cases` decisions whose outcome window has ended,
there is no estimate at all and it is never used.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from dataclasses import dataclass

import sqlite_utils

MIN_CASES = 100
HORIZON_DAYS = 182
Z90 = 1.645


@dataclass(frozen=True)
class OwnEffect:
    caseworker_id: str
    cases: int
    estimate: float | None  # shrunk difference from the expected rate (None: too few cases)
    low: float | None
    high: float | None


_OUTCOMES = """
SELECT d.caseworker_id, d.date, c.birth_year, c.health_limitation,
       EXISTS (SELECT 1 FROM outcomes o WHERE o.citizen_id = d.citizen_id
               AND o.status IN ('employed', 'education') AND coalesce(o.subsidised, 0) = 0
               AND o.start > d.date AND o.start <= date(d.date, '+182 days')) AS success
FROM decisions d JOIN citizens c ON c.id = d.citizen_id
WHERE d.caseworker_id IS NOT NULL AND date(d.date, '+182 days') <= ?
"""


def _age_band(birth_year: object, day: str) -> str:
    if not isinstance(birth_year, int):
        return "?"
    age = int(day[:4]) - birth_year
    return "<30" if age < 30 else "30-49" if age < 50 else "50+"


def own_effects(db: sqlite_utils.Database, as_of: dt.date,
                min_cases: int = MIN_CASES) -> dict[str, OwnEffect]:
    rows = db.execute(_OUTCOMES, (as_of.isoformat(),)).fetchall()
    strata: dict[tuple[str, str], list[int]] = defaultdict(list)
    for _cw, day, birth_year, health, success in rows:
        strata[(str(health), _age_band(birth_year, day))].append(int(success))
    expected = {k: sum(v) / len(v) for k, v in strata.items()}
    residuals: dict[str, list[float]] = defaultdict(list)
    for cw, day, birth_year, health, success in rows:
        key = (str(health), _age_band(birth_year, day))
        residuals[str(cw)].append(int(success) - expected[key])
    if not residuals:
        return {}
    pooled = [r for values in residuals.values() for r in values]
    sigma2 = sum(r * r for r in pooled) / max(1, len(pooled) - 1)
    enough = {cw: v for cw, v in residuals.items() if len(v) >= min_cases}
    raw = {cw: sum(v) / len(v) for cw, v in enough.items()}
    noise = {cw: sigma2 / len(v) for cw, v in enough.items()}
    tau2 = 0.0
    if len(raw) >= 2:
        mean_raw = sum(raw.values()) / len(raw)
        spread = sum((x - mean_raw) ** 2 for x in raw.values()) / (len(raw) - 1)
        tau2 = max(0.0, spread - sum(noise.values()) / len(noise))
    out: dict[str, OwnEffect] = {}
    for cw, values in residuals.items():
        if cw not in enough:
            out[cw] = OwnEffect(cw, len(values), None, None, None)
            continue
        weight = tau2 / (tau2 + noise[cw]) if tau2 + noise[cw] > 0 else 0.0
        estimate = weight * raw[cw]
        half = Z90 * math.sqrt(weight * noise[cw])
        out[cw] = OwnEffect(cw, len(values), estimate, estimate - half, estimate + half)
    return out
