"""Ordered scales from the contract (CEFR levels, health limitation) as numbers."""

from __future__ import annotations

from typing import Any

CEFR_ORDER = {"A1": 1, "A2": 2, "B1": 3, "B2": 4, "C1": 5, "C2": 6, "native": 7}
HEALTH_ORDER = {"none": 0, "partial": 1, "significant": 2}


def cefr_level(value: Any) -> int | None:
    """CEFR label -> 1..7 (native = 7); None when absent or not a known label."""
    if value is None:
        return None
    text = str(value).strip()
    return CEFR_ORDER.get("native" if text.lower() == "native" else text.upper())


def health_level(value: Any) -> int | None:
    if value is None:
        return None
    return HEALTH_ORDER.get(str(value).strip().lower())


def as_number(value: Any) -> float | None:
    """Number, bool or numeric string -> float; None for anything else (never a silent 0)."""
    if value is None or isinstance(value, dict | list):
        return None
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(str(value))
    except ValueError:
        return None
