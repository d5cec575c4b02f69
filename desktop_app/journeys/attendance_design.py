"""The attendance model's input matrix, built the same way in training and in the app.

Turns raw appointment features (see `attendance_features`) into numeric columns with simple,
generic shapes: one indicator per appointment kind, long waits and counts on a log scale,
distances capped at commuting range. Missing values stay NaN; the model fills them with the
training mean inside the ONNX graph, so the app never has to guess.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

DISTANCE_CAP_KM = 50.0
NO_SHOW_CAP = 5

READABLE = {
    "age": "age",
    "weeks_unemployed_log": "time unemployed",
    "previous_appointments_log": "number of earlier appointments",
    "previous_no_shows": "earlier missed appointments",
    "distance_km": "distance to the appointment",
    "host_language_level": "host-language level",
    "health_partial": "partial health limitation",
    "health_significant": "significant health limitation",
}


@dataclass(frozen=True)
class DesignSpec:
    """What the model was trained on: kinds (first = reference), health, attributes."""

    kinds: tuple[str, ...]
    allow_health: bool
    attributes: tuple[str, ...] = ()

    @property
    def columns(self) -> tuple[str, ...]:
        names = [f"kind_{k}" for k in self.kinds[1:]]
        names += [
            "age",
            "weeks_unemployed_log",
            "previous_appointments_log",
            "previous_no_shows",
            "distance_km",
            "host_language_level",
        ]
        if self.allow_health:
            names += ["health_partial", "health_significant"]
        names += [f"attr_{a}" for a in self.attributes]
        return tuple(names)


def readable(column: str) -> str:
    """A caseworker's words for a model column (for "main reasons")."""
    if column.startswith("kind_"):
        return f"appointment type: {column[5:].replace('_', ' ')}"
    if column.startswith("attr_"):
        return column[5:].replace("_", " ")
    return READABLE.get(column, column)


def design_matrix(raw: pd.DataFrame, spec: DesignSpec) -> np.ndarray:
    """float32 matrix (rows of `raw`, `spec.columns`), NaN where unknown."""
    cols: dict[str, np.ndarray] = {}
    kind = raw["kind"].astype(str).to_numpy()
    for k in spec.kinds[1:]:
        cols[f"kind_{k}"] = (kind == k).astype(float)
    cols["age"] = raw["age"].to_numpy(float)
    cols["weeks_unemployed_log"] = np.log1p(
        np.clip(raw["weeks_unemployed"].to_numpy(float), 0, None) / 26
    )
    cols["previous_appointments_log"] = np.log1p(raw["previous_appointments"].to_numpy(float))
    cols["previous_no_shows"] = np.minimum(raw["previous_no_shows"].to_numpy(float), NO_SHOW_CAP)
    cols["distance_km"] = np.minimum(raw["distance_km"].to_numpy(float), DISTANCE_CAP_KM)
    cols["host_language_level"] = raw["host_language_level"].to_numpy(float)
    if spec.allow_health:
        health = raw["health"].to_numpy(float)
        with np.errstate(invalid="ignore"):
            cols["health_partial"] = np.where(np.isnan(health), np.nan, health == 1)
            cols["health_significant"] = np.where(np.isnan(health), np.nan, health == 2)
    for name in spec.attributes:
        cols[f"attr_{name}"] = raw[f"attr_{name}"].to_numpy(float)
    return np.column_stack([cols[c] for c in spec.columns]).astype(np.float32)


def kinds_in(raw: pd.DataFrame, order: Sequence[str] = ()) -> tuple[str, ...]:
    """Appointment kinds seen, most common first (the most common is the reference)."""
    counts = raw["kind"].astype(str).value_counts()
    return tuple(order) if order else tuple(counts.index)
