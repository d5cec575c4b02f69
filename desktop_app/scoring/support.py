"""When to abstain: key data missing, or the case lies outside what the training data covered.

An abstention reads "no suggestion — use your judgement" in the app; the reasons say why.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from desktop_app.scoring.schema import FeatureSchema

RANGE_MARGIN = 0.1  # a value this share of the training range beyond its ends is "outside"


def missing_key_features(x: np.ndarray, schema: FeatureSchema) -> list[str]:
    names = schema.names
    return [n for n in schema.key_features if n in names and math.isnan(x[names.index(n)])]


def outside_training_range(x: np.ndarray, schema: FeatureSchema,
                           ranges: dict[str, list[float]]) -> list[str]:
    out = []
    for i, name in enumerate(schema.names):
        if name not in ranges or math.isnan(x[i]):
            continue
        low, high = ranges[name]
        margin = RANGE_MARGIN * max(high - low, 1e-9)
        if x[i] < low - margin or x[i] > high + margin:
            out.append(f"{name} = {x[i]:.4g} (training data: {low:.4g} to {high:.4g})")
    return out


def abstention_reasons(x: np.ndarray, propensity: np.ndarray, schema: FeatureSchema,
                       manifest: dict[str, Any]) -> list[str]:
    """Why this case gets no suggestion; empty when a suggestion can be made."""
    rules = manifest.get("abstention", {})
    reasons = []
    missing = missing_key_features(x, schema)
    if len(missing) >= int(rules.get("max_missing_key_features", 2)):
        reasons.append("key data missing: " + ", ".join(missing))
    outside = outside_training_range(x, schema, rules.get("feature_ranges", {}))
    if outside:
        reasons.append("outside the training data: " + "; ".join(outside))
    trim = float(rules.get("propensity_trim", 0.0))
    if propensity[0] < trim:
        reasons.append("people like this almost never stay without a programme in the training "
                       "data, so no effect can be estimated")
    return reasons
