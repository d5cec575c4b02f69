"""Interval half-widths for the effects: half-sample spread plus a calibration allowance.

The members' spread measures sampling noise. Smoothing bias is not in it, so each arm also
gets an allowance from the out-of-bag calibration of its effect model: regressing the doubly
robust pseudo-outcome on the out-of-bag effect (best linear predictor, Chernozhukov et al.)
gives a slope beta (1 = effects right in scale) and a mean offset; the implied error
sd = sqrt(var(effect) (beta-1)^2 + offset^2), each term debiased by its own squared standard
error, is added in quadrature to the spread.
"""

from __future__ import annotations

from statistics import NormalDist

import numpy as np

from training.suggestions.dr_learner import ArmEffect


def out_of_bag(effect: ArmEffect, X: np.ndarray, start: np.ndarray) -> np.ndarray:
    """Each row's effect (plug-in start + member correction) from the members that did not
    see it (NaN if all saw it)."""
    total = np.zeros(len(X))
    count = np.zeros(len(X))
    for booster, mask in zip(effect.members, effect.member_masks, strict=True):
        unseen = ~mask
        total[unseen] += booster.predict(X[unseen])
        count[unseen] += 1
    with np.errstate(invalid="ignore"):
        return start + total / count


def calibration(phi: np.ndarray, oob: np.ndarray, point: np.ndarray,
                citizens: np.ndarray) -> dict[str, float]:
    ok = ~np.isnan(oob)
    phi, oob, point, citizens = phi[ok], oob[ok], point[ok], citizens[ok]
    centred = oob - oob.mean()
    variance = float(np.mean(centred ** 2))
    offset = float(phi.mean() - oob.mean())
    # Cluster-robust (by citizen) standard errors of the offset and the slope.
    _, groups = np.unique(citizens, return_inverse=True)
    n_groups = groups.max() + 1 if len(groups) else 1
    offset_se = float(np.sqrt(np.bincount(groups, phi - phi.mean(), n_groups).var()
                              * n_groups) / len(phi))
    if variance > 1e-12:
        beta = float(np.mean(centred * (phi - phi.mean())) / variance)
        resid = (phi - phi.mean()) - beta * centred
        score = np.bincount(groups, centred * resid, n_groups)
        beta_se = float(np.sqrt((score ** 2).sum()) / (len(phi) * variance))
    else:
        beta, beta_se = 1.0, 0.0
    spread_var = float(point.var())
    slope_term = max(0.0, (beta - 1.0) ** 2 - beta_se ** 2) * spread_var
    offset_term = max(0.0, offset ** 2 - offset_se ** 2)
    return {"beta": beta, "beta_se": beta_se, "offset": offset, "offset_se": offset_se,
            "extra_sd": float(np.sqrt(slope_term + offset_term))}


def z_value(level: float) -> float:
    return NormalDist().inv_cdf(0.5 + level / 2)
