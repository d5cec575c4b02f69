"""Score decisions: features -> ONNX -> eligibility, support, abstention -> suggestions.

The one code path for the app (one case, with reasons) and `wayfinder-admin suggest` (every
decision of a bundle, batched through onnxruntime).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from typing import Any

import numpy as np

from desktop_app.scoring.eligibility import Eligibility, check_eligibility
from desktop_app.scoring.features import FeatureBuilder
from desktop_app.scoring.model import NONE_ARM, SuggestionModel
from desktop_app.scoring.records import CitizenRecords
from desktop_app.scoring.schema import FeatureSpec
from desktop_app.scoring.suggestion import (
    ArmSuggestion,
    CaseSuggestion,
    HorizonEstimate,
    Reason,
)
from desktop_app.scoring.support import abstention_reasons

ALWAYS = Eligibility(True)
NO_RECORD = "programme not in the case data"
Case = tuple[CitizenRecords, int]  # records and the ordinal day of the decision


class Suggester:
    def __init__(self, model: SuggestionModel, programmes: dict[str, dict[str, Any]],
                 exported_at: dt.date | None) -> None:
        self.model = model
        self.programmes = programmes
        kinds = {pid: str(p.get("kind")) for pid, p in programmes.items() if p.get("kind")}
        self.builder = FeatureBuilder(model.schema, kinds, exported_at)
        support = model.manifest.get("abstention", {})
        self.trim = float(support.get("propensity_trim", 0.0))
        self.note = model.manifest.get("personalisation", {}).get("note")

    def features(self, cases: Sequence[Case]) -> np.ndarray:
        width = len(self.model.schema.features)
        if not cases:
            return np.zeros((0, width))
        return np.vstack([self.builder.row(rec, day) for rec, day in cases])

    def score(self, cases: Sequence[Case], explain: bool = True, top_reasons: int = 5,
              X: np.ndarray | None = None) -> list[CaseSuggestion]:
        """Suggestions for `cases`; pass `X` when the feature rows are already built."""
        X = self.features(cases) if X is None else X
        predictions = self.model.predict(X)
        propensity = self.model.propensity(X)
        return [self._case(rec, day, X[i], predictions, i, propensity[i], explain, top_reasons)
                for i, (rec, day) in enumerate(cases)]

    def _eligibility(self, arm: str, rec: CitizenRecords, day: int) -> Eligibility:
        if arm == NONE_ARM:
            return ALWAYS
        programme = self.programmes.get(arm)
        if programme is None:
            return Eligibility(None)
        return check_eligibility(programme, rec, day)

    def _case(self, rec: CitizenRecords, day: int, x: np.ndarray, predictions: dict,
              i: int, propensity: np.ndarray, explain: bool, top: int) -> CaseSuggestion:
        model = self.model
        primary = model.primary_horizon
        arms: list[ArmSuggestion] = []
        for a, arm in enumerate(model.arms):
            estimates = {}
            for weeks, pred in predictions.items():
                base = float(pred.baseline[i])
                if arm == NONE_ARM:
                    estimates[weeks] = HorizonEstimate(weeks, base, 0.0, 0.0, 0.0, base)
                    continue
                k = a - 1
                effect = float(pred.effect[i, k])
                estimates[weeks] = HorizonEstimate(
                    weeks, min(1.0, max(0.0, base + effect)), effect,
                    float(pred.low[i, k]), float(pred.high[i, k]), base)
            waiting = (self.programmes.get(arm) or {}).get("waiting_weeks")
            arms.append(ArmSuggestion(
                arm, self._eligibility(arm, rec, day), bool(propensity[a] >= self.trim),
                estimates, None if waiting is None else float(waiting)))
        reasons = abstention_reasons(x, propensity, model.schema, model.manifest)
        candidates = [s for s in arms if s.eligible is True and s.supported]
        best = max(candidates, key=lambda s: s.estimates[primary].effect) if candidates else None
        suggested = None if reasons or best is None or best.arm == NONE_ARM else best.arm
        if explain:
            self._explain(x, arms, primary, top)
        return CaseSuggestion(
            rec.citizen_id, dt.date.fromordinal(day).isoformat(), primary, arms, suggested,
            abstained=bool(reasons), abstain_reasons=reasons, note=self.note)

    def _explain(self, x: np.ndarray, arms: list[ArmSuggestion], weeks: float, top: int) -> None:
        base, contributions = self.model.explain(x, weeks)
        specs = self.model.schema.features
        for a, arm in enumerate(self.model.arms):
            if arm == NONE_ARM or arms[a].eligible is False:
                continue
            row = contributions[a - 1]
            arms[a].base_value = float(base[a - 1])
            arms[a].reasons = _reasons(x, row, specs, top)


def _reasons(x: np.ndarray, row: np.ndarray, specs: Sequence[FeatureSpec],
             top: int) -> list[Reason]:
    """The largest contributions, until `top` of them come from recorded inputs.

    A missing input still gets a share (the trees send a missing value down one branch), so
    its reason is kept but flagged `recorded=False`; it does not count towards `top`, so a
    case with gaps still gets its main reasons from the data it has."""
    reasons: list[Reason] = []
    kept = 0
    for j in np.argsort(-np.abs(row), kind="stable"):
        if kept >= top or row[j] == 0.0:
            break
        missing = math.isnan(x[j])
        reasons.append(Reason(specs[j].name, specs[j].meaning, None if missing else float(x[j]),
                              float(row[j]), recorded=not missing))
        kept += not missing
    return reasons
