"""Balance of the allocation across groups: gender, origin and age (AUDIT ONLY).

These attributes are read here, after the allocation, to show whether places go to some groups
more than others; they never enter the model, the prices or the allocation (a test holds
this). Origin is "born in the country" (the most common country of birth in the cache) or
"born abroad". Groups with fewer than MIN_CELL citizens show no figures, so no one can be
singled out.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from typing import Any

import numpy as np
import sqlite_utils

MIN_CELL = 10
AGE_BANDS = ((0, 30, "under_30"), (30, 50, "30_49"), (50, 200, "50_plus"))


def _age_band(birth_year: Any, day: dt.date) -> str:
    if not isinstance(birth_year, int):
        return "unknown"
    age = day.year - birth_year
    return next((name for low, high, name in AGE_BANDS if low <= age < high), "unknown")


def group_balance(db: sqlite_utils.Database, ids: list[str], share: np.ndarray,
                  value: np.ndarray, day: dt.date) -> list[dict[str, Any]]:
    """Per group: citizens, expected share proposed a programme, expected extra people in work
    per 100 citizens. `share` (n, arms) is each citizen's allocation, `value` the effects."""
    if not ids:
        return []
    home = db.execute(
        "SELECT country_of_birth FROM citizens WHERE country_of_birth IS NOT NULL "
        "GROUP BY country_of_birth ORDER BY count(*) DESC LIMIT 1").fetchone()
    home_country = home[0] if home else None
    rows = {
        r[0]: r[1:] for r in db.execute(
            "SELECT id, gender, country_of_birth, birth_year FROM citizens "
            "WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(ids),))
    }
    proposed = share[:, 1:].sum(axis=1)
    gain = (share * value).sum(axis=1)
    labels: dict[str, list[str]] = {"gender": [], "origin": [], "age": []}
    for citizen_id in ids:
        gender, country, birth_year = rows.get(citizen_id, (None, None, None))
        labels["gender"].append(gender or "unknown")
        labels["origin"].append("unknown" if country is None else
                                "born_here" if country == home_country else "born_abroad")
        labels["age"].append(_age_band(birth_year, day))
    out: list[dict[str, Any]] = []
    for dimension, values in labels.items():
        array = np.array(values, dtype=object)
        for group, count in sorted(Counter(values).items()):
            entry: dict[str, Any] = {"dimension": dimension, "group": group, "citizens": count,
                                     "caseload_share": count / len(ids)}
            if count >= MIN_CELL:
                mask = array == group
                entry["proposed_share"] = float(proposed[mask].mean())
                entry["gain_per_100"] = float(100 * gain[mask].mean())
            else:
                entry["proposed_share"] = entry["gain_per_100"] = None
            out.append(entry)
    return out

