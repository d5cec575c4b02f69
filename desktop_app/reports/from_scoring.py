"""Adapter: the scoring package's `CaseSuggestion` -> the sheet's `SuggestionSet`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop_app.reports.inputs import ProgrammeEstimate, Reason, SuggestionSet
from desktop_app.scoring.suggestion import CaseSuggestion


def suggestion_set(case: CaseSuggestion, programmes: Mapping[str, Mapping[str, Any]],
                   model_version: str) -> SuggestionSet:
    """Keep, per programme arm, the primary-horizon estimate, its interval and its reasons."""
    estimates = []
    for arm in case.arms:
        est = arm.estimates.get(case.horizon)
        if est is None or arm.arm == "none":
            continue
        names = (programmes.get(arm.arm) or {}).get("name") or {}
        estimates.append(ProgrammeEstimate(
            programme_id=arm.arm,
            names={str(k): str(v) for k, v in names.items()} if isinstance(names, Mapping)
            else {},
            baseline=est.baseline, effect=est.effect, interval=(est.low, est.high),
            waiting_weeks=arm.waiting_weeks, eligible=arm.eligible,
            eligibility_rule=arm.eligibility.reason(),
            reasons=tuple(Reason(r.feature, r.contribution) for r in arm.reasons),
        ))
    missing = any(r.code == "missing_key_data" for r in case.abstain_reasons)
    return SuggestionSet(
        model_version=model_version, horizon_weeks=round(case.horizon), estimates=estimates,
        suggested=case.suggested, abstained=case.abstained,
        abstain_reason=("missing_data" if missing else "outside_support")
        if case.abstained else None,
    )
