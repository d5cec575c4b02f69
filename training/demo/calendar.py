"""Day arithmetic for the generator: dates are ints (days since 1970-01-01) until written."""

from __future__ import annotations

from datetime import date, timedelta

EPOCH = date(1970, 1, 1)
FIRST_DECISION = "2018-01-01"
LAST_DECISION = "2025-12-31"
OBSERVED_UNTIL = "2026-10-31"  # outcome spells are observed up to this day
EXPORTED_AT = "2026-11-01T00:00:00Z"


def day(iso: str) -> int:
    return (date.fromisoformat(iso) - EPOCH).days


_BASE = day("1940-01-01")
_ISO = [(EPOCH + timedelta(days=_BASE + i)).isoformat() for i in range(day("2030-12-31") - _BASE)]


def iso(d: int) -> str:
    """ISO text of a day number (fast table lookup)."""
    return _ISO[int(d) - _BASE]


def year_of(days):
    """Calendar year of day numbers (vectorised; exact)."""
    import numpy as np

    return np.asarray(days, dtype="datetime64[D]").astype("datetime64[Y]").astype(int) + 1970
