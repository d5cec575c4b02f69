"""When to abstain: key data missing, or the case lies outside what the training data covered.

Each reason is a code with the facts it concerns (schema feature names), never a sentence: the
screens and the citizen's sheet turn codes into words in the reader's language, and name the
missing facts with their own labels. `detail` is for IT and the data team only (values and
training ranges); it never reaches a citizen.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # arrays are only passed through: the sheet reads codes without NumPy
    import numpy as np

    from desktop_app.scoring.schema import FeatureSchema

RANGE_MARGIN = 0.1  # a value this share of the training range beyond its ends is "outside"
MISSING_KEY_DATA = "missing_key_data"
OUTSIDE_TRAINING_RANGE = "outside_training_range"
NO_COMPARISON_GROUP = "no_comparison_group"
ABSTENTION_CODES = (MISSING_KEY_DATA, OUTSIDE_TRAINING_RANGE, NO_COMPARISON_GROUP)


@dataclass(frozen=True)
class Abstention:
    """Why no suggestion is made: a code from ABSTENTION_CODES and the facts concerned."""

    code: str
    features: tuple[str, ...] = ()  # feature names: the missing facts, or those out of range
    detail: str = ""  # for IT: the values and training ranges (English, never on a sheet)

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "features": list(self.features)}

    @classmethod
    def from_json(cls, data: Any) -> Abstention:
        if isinstance(data, str):  # stored by versions before codes: keep it as an unknown code
            return cls(_legacy_code(data))
        features = tuple(str(f) for f in (data.get("features") or ()))
        return cls(str(data.get("code") or "unknown"), features)


def _legacy_code(text: str) -> str:
    lowered = text.lower()
    if "missing" in lowered:
        return MISSING_KEY_DATA
    if "outside" in lowered:
        return OUTSIDE_TRAINING_RANGE
    return NO_COMPARISON_GROUP if "without a programme" in lowered else "unknown"


def missing_key_features(x: np.ndarray, schema: FeatureSchema) -> list[str]:
    names = schema.names
    return [n for n in schema.key_features if n in names and math.isnan(x[names.index(n)])]


def outside_training_range(x: np.ndarray, schema: FeatureSchema,
                           ranges: dict[str, list[float]]) -> list[tuple[str, str]]:
    """(feature, detail for IT) for every value beyond its training range plus the margin."""
    out = []
    for i, name in enumerate(schema.names):
        if name not in ranges or math.isnan(x[i]):
            continue
        low, high = ranges[name]
        margin = RANGE_MARGIN * max(high - low, 1e-9)
        if x[i] < low - margin or x[i] > high + margin:
            out.append((name, f"{name} = {x[i]:.4g} (training data: {low:.4g} to {high:.4g})"))
    return out


def abstention_reasons(x: np.ndarray, propensity: np.ndarray, schema: FeatureSchema,
                       manifest: dict[str, Any]) -> list[Abstention]:
    """Why this case gets no suggestion; empty when a suggestion can be made."""
    rules = manifest.get("abstention", {})
    reasons = []
    missing = missing_key_features(x, schema)
    if len(missing) >= int(rules.get("max_missing_key_features", 2)):
        reasons.append(Abstention(MISSING_KEY_DATA, tuple(missing),
                                  "key data missing: " + ", ".join(missing)))
    outside = outside_training_range(x, schema, rules.get("feature_ranges", {}))
    if outside:
        reasons.append(Abstention(
            OUTSIDE_TRAINING_RANGE, tuple(name for name, _ in outside),
            "outside the training data: " + "; ".join(detail for _, detail in outside)))
    trim = float(rules.get("propensity_trim", 0.0))
    if propensity[0] < trim:
        reasons.append(Abstention(
            NO_COMPARISON_GROUP, (),
            "people like this almost never stay without a programme in the training data, so "
            "no effect can be estimated"))
    return reasons
