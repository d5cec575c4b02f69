"""What was shown, as stored JSON: the shape `reports.inputs.suggestions_from_mapping` reads.

Stored with each decision (inside its snapshot) and in the `suggestions_shown` audit entry, so
a sheet printed later explains the suggestions the caseworker actually saw, not a re-score by a
newer model. Besides the numbers it keeps what a citizen may contest: the input values the
model was given (`inputs`, null = not recorded), the abstention codes with the facts they name,
each programme's eligibility checks (rule codes, not sentences) and the personalisation verdict.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Mapping
from typing import Any

import numpy as np

from desktop_app.scoring.eligibility import Eligibility
from desktop_app.scoring.model import NONE_ARM
from desktop_app.scoring.personalisation import Personalisation
from desktop_app.scoring.schema import FeatureSchema
from desktop_app.scoring.suggestion import CaseSuggestion

PAYLOAD_FORMAT = 2  # 1: before codes (abstain_reason text, eligibility as an English rule)


def input_hash(features: np.ndarray, model_version: str) -> str:
    """SHA-256 over the model version and the exact feature row the model was given."""
    row = np.ascontiguousarray(features, dtype=np.float64)
    return hashlib.sha256(model_version.encode() + b"\x1f" + row.tobytes()).hexdigest()


def _plain(value: Any) -> Any:
    """JSON-safe: floats rounded, NaN as null, numpy scalars as Python numbers."""
    if value is None:
        return None
    if isinstance(value, bool | np.bool_):
        return bool(value)
    if isinstance(value, int | np.integer):
        return int(value)
    if isinstance(value, float | np.floating):
        number = float(value)
        return None if math.isnan(number) else round(number, 6)
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return str(value)


def eligibility_json(eligibility: Eligibility) -> dict[str, Any]:
    return {"status": eligibility.status,
            "checks": [{"rule": c.rule, "required": _plain(c.required),
                        "actual": _plain(c.actual), "passed": c.passed}
                       for c in eligibility.checks]}


def suggestion_payload(case: CaseSuggestion, programmes: Mapping[str, Mapping[str, Any]],
                       model_version: str, *, features: np.ndarray | None = None,
                       schema: FeatureSchema | None = None,
                       personalisation: Personalisation | None = None) -> dict[str, Any]:
    arms: dict[str, Any] = {}
    for arm in case.arms:
        estimate = arm.estimates.get(case.horizon)
        if estimate is None or arm.arm == NONE_ARM:
            continue
        names = (programmes.get(arm.arm) or {}).get("name") or {}
        arms[arm.arm] = {
            "names": {str(k): str(v) for k, v in names.items()} if isinstance(names, Mapping)
            else {},
            "baseline": _plain(estimate.baseline),
            "effect": _plain(estimate.effect),
            "interval": [_plain(estimate.low), _plain(estimate.high)],
            "waiting_weeks": _plain(arm.waiting_weeks),
            "eligible": arm.eligible,
            "eligibility": eligibility_json(arm.eligibility),
            # [feature, contribution, value, recorded]: recorded False = a missing input
            "reasons": [[r.feature, _plain(r.contribution), _plain(r.value), r.recorded]
                        for r in arm.reasons],
        }
    inputs = None
    if features is not None and schema is not None:
        inputs = {name: _plain(features[i]) for i, name in enumerate(schema.names)}
    payload: dict[str, Any] = {
        "payload_format": PAYLOAD_FORMAT,
        "model_version": model_version,
        "horizon_weeks": round(case.horizon),
        "date": case.date,
        "suggested": None if case.abstained else case.suggested,
        "abstained": case.abstained,
        "abstentions": [r.to_json() for r in case.abstain_reasons],
        "personalisation": personalisation.to_json() if personalisation else None,
        "arms": arms,
        "inputs": inputs,
    }
    if schema is not None and schema.subjective_attributes:  # declared beyond the naming rule
        payload["subjective_attributes"] = list(schema.subjective_attributes)
    if case.places_counted:  # what the card showed about places, and what it changed
        payload["places_counted"] = True
        payload["suggested_ignoring_places"] = case.suggested_ignoring_places
        for arm in case.arms:
            info = arm.places
            if info is not None and arm.arm in payload["arms"]:
                payload["arms"][arm.arm]["places"] = {
                    "known": info.known, "left": info.places_left, "queue": info.queue,
                    "next_start": info.next_start, "full": info.full,
                    "price": round(info.price, 6)}
    return payload
