"""Cross-fitted doubly robust learner of each programme's effect against "no programme".

For arm a the pseudo-outcome is
    phi = mu_a - mu_0 + 1[T=a] (Y - mu_a) / e_a - 1[T=none] (Y - mu_0) / e_0
with cross-fitted nuisances; its conditional mean is the effect, so a regression of phi on the
features estimates the effect for a citizen (Kennedy 2023). Guards against extreme estimates:
inverse weights use max(e, clip); rows where the arm or "none" is practically never chosen
(e < trim) or where the rules exclude the arm do not teach that arm's effect.

The regression starts from a pooled plug-in contrast (see plugin.py) and only corrects it.
Uncertainty comes from half-samples of citizens (each member sees a random half; half-sampling
without replacement has about the variance of the full-sample estimator).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import lightgbm as lgb
import numpy as np

from training.suggestions import boosting


@dataclass
class ArmEffect:
    arm: int
    point: lgb.Booster
    members: list[lgb.Booster]
    rows: int  # rows that taught this arm's effect
    trimmed: int  # eligible rows dropped for lack of overlap
    member_masks: list[np.ndarray] = field(default_factory=list)  # training rows per member


def pseudo_outcome(y: np.ndarray, arm: np.ndarray, mu: np.ndarray, e: np.ndarray, a: int,
                   clip: float) -> np.ndarray:
    treated = (arm == a).astype(float)
    control = (arm == 0).astype(float)
    ea = np.maximum(e[:, a], clip)
    e0 = np.maximum(e[:, 0], clip)
    return (mu[:, a] - mu[:, 0] + treated * (y - mu[:, a]) / ea
            - control * (y - mu[:, 0]) / e0)


def effect_rows(y: np.ndarray, eligible: np.ndarray, e: np.ndarray, a: int,
                trim: float) -> tuple[np.ndarray, int]:
    """Rows that may teach arm a's effect, and how many eligible rows overlap trimming removed."""
    base = ~np.isnan(y) & (eligible[:, a] == 1)
    overlap = (e[:, a] >= trim) & (e[:, 0] >= trim)
    return base & overlap, int((base & ~overlap).sum())


def effect_params(leaves: int, min_leaf: int, threads: int) -> dict:
    return {"objective": "regression", "num_leaves": leaves, "max_depth": 4,
            "min_data_in_leaf": min_leaf, "lambda_l2": 10.0, "learning_rate": 0.05,
            "num_threads": threads}


# Small on purpose: the app explains this ensemble with TreeSHAP for every programme at once
# (cost grows with leaves x depth^3), within 20 ms per citizen.
DISTIL_PARAMS = {"objective": "regression", "num_leaves": 8, "max_depth": 4,
                 "min_data_in_leaf": 20, "learning_rate": 0.15, "lambda_l2": 1.0}
DISTIL_ROUNDS = 150


def fit_arm_effect(X: np.ndarray, phi: np.ndarray, rows: np.ndarray, citizens: np.ndarray,
                   a: int, trimmed: int, start: np.ndarray, *, members: int, rounds: int,
                   leaves: int, min_leaf: int, threads: int, seed: int) -> ArmEffect:
    """Correct the plug-in contrast `start` towards phi, then distil start + correction into
    one small ensemble (what the app shows and explains). Members hold corrections only: the
    app uses their spread, which the shared start does not change."""
    params = effect_params(leaves, min_leaf, threads)
    Xa, phia, ga, sa = X[rows], phi[rows], citizens[rows], start[rows]
    # Choose the number of rounds on held-out citizens: MSE against phi ranks effect models
    # like MSE against the unknown true effect (their difference is a constant).
    probe = boosting.fit(Xa, phia, params, rounds, seed, groups=ga, init_score=sa)
    n_rounds = max(1, boosting.best_rounds(probe, rounds))
    correction = boosting.fit(Xa, phia, params, n_rounds, seed, early_stopping=False,
                              init_score=sa)
    target = sa + correction.predict(Xa)
    distil = {**DISTIL_PARAMS, "num_threads": threads}
    point = boosting.fit_refit(Xa, target, distil, DISTIL_ROUNDS, seed, ga)
    unique = np.unique(ga)
    rng = np.random.default_rng(seed + 101)
    boosters, masks = [], []
    for m in range(members):
        half = set(rng.choice(unique, size=len(unique) // 2, replace=False))
        mask = np.fromiter((g in half for g in ga), dtype=bool, count=len(ga))
        boosters.append(boosting.fit(Xa[mask], phia[mask], params, n_rounds, seed + m + 1,
                                     early_stopping=False, init_score=sa[mask]))
        masks.append(mask)
    return ArmEffect(a, point, boosters, int(rows.sum()), trimmed, masks)
