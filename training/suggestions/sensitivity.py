"""Sensitivity of the top effects to unobserved confounding (E-values, VanderWeele & Ding 2017).

For each programme the doubly robust average effect among eligible citizens (cross-fitted, on
the training data) is turned into a risk ratio against "no programme". Its E-value is the
minimum strength of association (risk-ratio scale) that a hidden confounder would need with
both the choice of the programme and the outcome to explain the effect away entirely; the
E-value of the confidence bound says how strong it must be to make the effect compatible
with zero.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from training.suggestions.trainer import TrainedModel

TOP = 5


def e_value(risk_ratio: float) -> float:
    if not math.isfinite(risk_ratio) or risk_ratio <= 0:
        return float("nan")
    rr = risk_ratio if risk_ratio >= 1 else 1 / risk_ratio
    return rr + math.sqrt(rr * (rr - 1))


def arm_effects(model: TrainedModel, h: int = 0) -> list[dict[str, Any]]:
    """DR average effect (against none) per programme among eligible rows, clustered SE."""
    fit, train, e = model.horizons[h], model.train, model.propensity_oof
    y = train.y[fit.weeks]
    clip = model.config.propensity_clip
    observed = ~np.isnan(y)
    out = []
    for a in range(1, len(model.arms)):
        rows = observed & (train.eligible[:, a] == 1)
        yr, arm, mu, er = np.nan_to_num(y[rows]), train.arm[rows], fit.mu[rows], e[rows]
        g1 = mu[:, a] + (arm == a) * (yr - mu[:, a]) / np.maximum(er[:, a], clip)
        g0 = mu[:, 0] + (arm == 0) * (yr - mu[:, 0]) / np.maximum(er[:, 0], clip)
        diff = g1 - g0
        _, groups = np.unique(train.citizen[rows], return_inverse=True)
        sums = np.bincount(groups, diff - diff.mean())
        se = float(np.sqrt((sums ** 2).sum()) / len(diff))
        out.append({"arm": model.arms[a], "rows": int(rows.sum()), "effect": float(diff.mean()),
                    "ci_low": float(diff.mean() - 1.96 * se),
                    "ci_high": float(diff.mean() + 1.96 * se), "baseline": float(g0.mean())})
    return out


def sensitivity_analysis(model: TrainedModel) -> dict[str, Any]:
    effects = sorted(arm_effects(model), key=lambda r: -r["effect"])
    rows = []
    for r in effects[:TOP]:
        base = max(r["baseline"], 1e-6)
        rr = (base + r["effect"]) / base
        bound = r["ci_low"] if r["effect"] > 0 else r["ci_high"]
        crosses_zero = r["ci_low"] <= 0 <= r["ci_high"]
        rr_bound = (base + bound) / base
        rows.append({**r, "risk_ratio": rr, "e_value": e_value(rr),
                     "e_value_ci": 1.0 if crosses_zero else e_value(rr_bound)})
    fit = model.horizons[0]
    return {"method": "E-value (VanderWeele & Ding 2017) of the doubly robust average effect "
                      "among eligible citizens, risk-ratio scale, training data",
            "horizon_weeks": fit.weeks, "top_effects": rows,
            "selection_adjustment": {
                "delta": model.config.unobserved_selection_delta,
                "r_max_factor": model.config.r_max_factor,
                "arms": [adjustment.to_json() for adjustment in fit.selection]}}
