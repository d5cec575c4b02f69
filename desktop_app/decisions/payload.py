"""What was shown, as stored JSON: the shape `reports.inputs.suggestions_from_mapping` reads.

Stored with each decision and in the `suggestions_shown` audit entry, so a sheet printed later
explains the suggestions the caseworker actually saw, not a re-score by a newer model.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

import numpy as np

from desktop_app.reports.from_scoring import suggestion_set
from desktop_app.scoring.suggestion import CaseSuggestion


def input_hash(features: np.ndarray, model_version: str) -> str:
    """SHA-256 over the model version and the exact feature row the model was given."""
    row = np.ascontiguousarray(features, dtype=np.float64)
    return hashlib.sha256(model_version.encode() + b"\x1f" + row.tobytes()).hexdigest()


def suggestion_payload(case: CaseSuggestion, programmes: Mapping[str, Mapping[str, Any]],
                       model_version: str) -> dict[str, Any]:
    shown = suggestion_set(case, programmes, model_version)
    return {
        "model_version": shown.model_version,
        "horizon_weeks": shown.horizon_weeks,
        "date": case.date,
        "suggested": shown.suggested,
        "abstained": shown.abstained,
        "abstain_reason": shown.abstain_reason,
        "arms": {
            e.programme_id: {
                "names": dict(e.names),
                "baseline": round(e.baseline, 6),
                "effect": round(e.effect, 6),
                "interval": [round(e.interval[0], 6), round(e.interval[1], 6)],
                "waiting_weeks": e.waiting_weeks,
                "eligible": e.eligible,
                "rule": e.eligibility_rule,
                "reasons": [[r.feature, round(r.contribution, 6)] for r in e.reasons],
            }
            for e in shown.estimates
        },
    }
