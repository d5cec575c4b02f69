"""Level adjustment for selection on unobservables under proportional selection (Oster 2019).

Caseworkers see things the data do not record (motivation, closeness to work) and tend to send
people who would have found work anyway to some programmes. No estimator that assumes "no
hidden confounders" can remove that bias, and ranking on it would favour programmes by who
gets them rather than by what they do — the opposite of what the suggestions are for.

Oster's bias-adjusted effect assumes the unrecorded reasons select like the recorded ones do
(`delta` = 1: equally strongly) and that a model with everything relevant would explain at
most `r_max_factor` times the outcome variance the recorded features explain. Per programme,
on the decisions that teach its effect (programme or "none"):
    short:  beta_s = difference in outcome rates,           R2_s = R^2 of the outcome on it
    full:   beta_f = doubly robust effect on those who got it (all features; the same
            estimand as the raw difference),   R2_f = R^2 of the cross-fitted outcome model
            under the arm actually received
    beta* = beta_f - delta * (beta_s - beta_f) * (R2_max - R2_f) / (R2_f - R2_s),
    R2_max = min(1, r_max_factor * R2_f).
The shift beta* - beta_f moves the whole effect function of that programme (its shape, learned
by the R-learner, is kept). It is capped at the movement the recorded features caused
(|beta_s - beta_f|), and it is zero when the features explain too little to extrapolate from
or when `delta` is 0 (the setting turns the adjustment off). Every figure goes to the model
card, so a reader can see which effects rest on this assumption and by how much.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np

MIN_R2_GAIN = 0.005  # below this the recorded features say too little to extrapolate from


@dataclass(frozen=True)
class SelectionAdjustment:
    arm: str
    rows: int
    beta_short: float
    beta_full: float
    r2_short: float
    r2_full: float
    shift: float  # added to the programme's effect everywhere

    @property
    def adjusted(self) -> float:
        return self.beta_full + self.shift

    def to_json(self) -> dict:
        return {**asdict(self), "adjusted": self.adjusted}


def r_squared(y: np.ndarray, fitted: np.ndarray) -> float:
    total = float(np.sum((y - y.mean()) ** 2))
    return 1.0 - float(np.sum((y - fitted) ** 2)) / total if total > 0 else 0.0


def oster_shift(beta_short: float, beta_full: float, r2_short: float, r2_full: float,
                delta: float, r_max_factor: float) -> float:
    """beta* - beta_full, capped at |beta_short - beta_full|; 0 when not identifiable."""
    gain = r2_full - r2_short
    if delta == 0 or gain < MIN_R2_GAIN:
        return 0.0
    r2_max = min(1.0, r_max_factor * r2_full)
    movement = beta_short - beta_full
    shift = -delta * movement * (r2_max - r2_full) / gain
    return float(np.clip(shift, -abs(movement), abs(movement)))


def dr_att(y: np.ndarray, treated: np.ndarray, mu0: np.ndarray, share: np.ndarray) -> float:
    """Doubly robust effect on those who got the programme (normalised odds weights)."""
    residual = y - mu0
    odds = share / (1 - share)
    control = ~treated
    return float(residual[treated].mean()
                 - np.sum(odds[control] * residual[control]) / np.sum(odds[control]))


def selection_adjustment(arm_name: str, y: np.ndarray, arm: np.ndarray, a: int,
                         rows: np.ndarray, mu: np.ndarray, e: np.ndarray, clip: float,
                         delta: float, r_max_factor: float) -> SelectionAdjustment:
    """`rows`: decisions that may teach arm a's effect (eligible, overlapping, observed);
    `mu`: cross-fitted chance under each arm; `e`: cross-fitted propensities."""
    pair = rows & ((arm == a) | (arm == 0))
    treated = arm[pair] == a
    yp = y[pair]
    if treated.all() or not treated.any():
        return SelectionAdjustment(arm_name, int(pair.sum()), 0.0, 0.0, 0.0, 0.0, 0.0)
    rate_1, rate_0 = float(yp[treated].mean()), float(yp[~treated].mean())
    beta_short = rate_1 - rate_0
    r2_short = r_squared(yp, np.where(treated, rate_1, rate_0))
    r2_full = r_squared(yp, np.where(treated, mu[pair, a], mu[pair, 0]))
    share = np.clip(e[pair, a] / np.maximum(e[pair, a] + e[pair, 0], 1e-12), clip, 1 - clip)
    # The raw difference compares those who got it with those who did not, so it is an
    # effect-on-the-treated plus selection; compare it with the same estimand. Otherwise
    # caseworkers choosing the people a programme helps most would count as confounding.
    beta_full = dr_att(yp, treated, mu[pair, 0], share)
    shift = oster_shift(beta_short, beta_full, r2_short, r2_full, delta, r_max_factor)
    return SelectionAdjustment(arm_name, int(pair.sum()), beta_short, beta_full, r2_short,
                               r2_full, shift)
