"""Cross-fitted R-learner of each programme's effect against "no programme".

Replicate k of the pipeline (one per cross-fitting fold) uses only citizens outside fold k:
its pooled outcome model (plugin.py) gives a start contrast s_k(x) per programme, and a
pairwise R-learner (Nie & Wager 2021) corrects it on decisions for the programme or "none":
    minimise sum (Y - m(x) - (T - e(x)) tau(x))^2,
    e = P(programme | programme or none, x),  m = (1 - e) mu_none + e mu_programme,
with cross-fitted nuisances (Robinson's residuals make the loss insensitive to their errors).
Written as a weighted regression (target (Y - m)/(T - e), weight (T - e)^2) with s_k as the
init score, boosting with early stopping on held-out citizens moves the start only as far as
the data support: where a programme has few decisions, its effect stays close to the pooled
model, which borrows strength from all arms.

The shipped effect is the mean of the replicates (a bagged estimate with about the variance of
one full-sample fit), distilled into one small ensemble per programme for the app; each
replicate is distilled too and shipped as an interval member. Rows where the rules exclude the
programme or where it or "none" is practically never chosen (e < trim) teach nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

import lightgbm as lgb
import numpy as np

from training.suggestions import boosting
from training.suggestions.plugin import PooledFit


@dataclass
class ArmEffect:
    arm: int
    point: lgb.Booster
    members: list[lgb.Booster]  # one distilled replicate per cross-fitting fold
    rows: int  # rows that taught this arm's effect
    trimmed: int  # eligible rows dropped for lack of overlap
    oof: np.ndarray  # per taught row: the effect from the replicate that never saw it
    replicate_var: float  # mean spread^2 of the replicates over the taught rows
    rounds: int = 0  # correction rounds chosen on the held-out folds
    shift: float = 0.0  # selection-on-unobservables adjustment in the shipped effect


def effect_rows(y: np.ndarray, eligible: np.ndarray, e: np.ndarray, a: int,
                trim: float) -> tuple[np.ndarray, int]:
    """Rows that may teach arm a's effect, and how many eligible rows overlap trimming removed."""
    base = ~np.isnan(y) & (eligible[:, a] == 1)
    overlap = (e[:, a] >= trim) & (e[:, 0] >= trim)
    return base & overlap, int((base & ~overlap).sum())


def correction_params(leaves: int, min_leaf: int, threads: int) -> dict:
    # Weights are (T - e)^2, so a leaf's hessian is its effective number of comparisons;
    # requiring min_leaf * 2/3 of it keeps every leaf's effect estimate stable (a third of
    # that with depth 4 measured worse on the demo: top-1 0.38 against 0.42).
    return {"objective": "regression", "num_leaves": leaves, "max_depth": 3,
            "min_data_in_leaf": 20, "min_sum_hessian_in_leaf": min_leaf * 2 / 3,
            "lambda_l2": 10.0, "learning_rate": 0.1, "feature_fraction": 0.8,
            "num_threads": threads}


# Small on purpose: the app explains this ensemble with TreeSHAP for every programme at once
# (cost grows with leaves x depth^2), within 20 ms per citizen.
DISTIL_PARAMS = {"objective": "regression", "num_leaves": 8, "max_depth": 4,
                 "min_data_in_leaf": 20, "learning_rate": 0.15, "lambda_l2": 1.0}
DISTIL_ROUNDS = 150


@dataclass
class EffectInputs:
    """What programme a's correction learns from: the R-loss as a weighted regression."""

    pair: np.ndarray  # rows that teach it: eligible, overlapping, programme a or "none"
    target: np.ndarray  # (Y - m) / (T - e) on those rows, 0 elsewhere
    weight: np.ndarray  # (T - e)^2


def effect_inputs(y: np.ndarray, arm: np.ndarray, mu: np.ndarray, e: np.ndarray, a: int,
                  rows: np.ndarray, clip: float) -> EffectInputs:
    pair = rows & ((arm == a) | (arm == 0))
    share = np.clip(e[:, a] / np.maximum(e[:, a] + e[:, 0], 1e-12), clip, 1 - clip)
    residual = y - ((1 - share) * mu[:, 0] + share * mu[:, a])
    treated = (arm == a) - share
    return EffectInputs(pair, np.where(pair, residual / treated, 0.0), treated ** 2)


def fit_arm_effect(X: np.ndarray, y: np.ndarray, arm: np.ndarray, citizens: np.ndarray,
                   folds: np.ndarray, pooled: PooledFit, e: np.ndarray, a: int,
                   rows: np.ndarray, trimmed: int, *, clip: float, rounds: int, leaves: int,
                   min_leaf: int, threads: int, seed: int, shift: float = 0.0) -> ArmEffect:
    """`shift` (selection_adjustment.py) moves the shipped point and interval members; the
    out-of-fold effects stay unshifted, for calibration against doubly robust scores."""
    inputs = effect_inputs(y, arm, pooled.oof, e, a, rows, clip)
    params = correction_params(leaves, min_leaf, threads)
    n_folds = int(folds.max()) + 1
    starts = [pooled.starts[k][:, a] for k in range(n_folds)]
    corrections = [correction_fold(X, inputs, folds, starts[k], k, params, rounds, seed)
                   for k in range(n_folds)]
    return distil_effect(X, citizens, folds, rows, trimmed, a, starts, corrections,
                         threads=threads, seed=seed, shift=shift)


def correction_fold(X: np.ndarray, inputs: EffectInputs, folds: np.ndarray, start: np.ndarray,
                    k: int, params: dict, rounds: int,
                    seed: int) -> tuple[lgb.Booster, np.ndarray]:
    """One cross-fitting task: the correction of replicate k (fit on the other folds), and its
    R-loss on fold k after each round, weighted by fold k's share of the loss."""
    fit_rows, check = inputs.pair & (folds != k), inputs.pair & (folds == k)
    booster, curve = _fit_scored(X, inputs.target, inputs.weight, start, fit_rows, check, params,
                                 rounds, seed + k)
    return booster, curve * inputs.weight[check].sum()


def distil_effect(X: np.ndarray, citizens: np.ndarray, folds: np.ndarray, rows: np.ndarray,
                  trimmed: int, a: int, starts: list[np.ndarray],
                  corrections: list[tuple[lgb.Booster, np.ndarray]], *, threads: int,
                  seed: int, shift: float = 0.0) -> ArmEffect:
    """The replicates (start + correction) on the taught rows, distilled into the shipped point
    ensemble and one member per replicate. `starts[k]`: fold-k pooled contrasts for arm a."""
    # One number of rounds for all replicates, chosen on the summed held-out-fold R-loss:
    # every taught decision is scored once, far steadier than a small validation slice.
    best = int(np.argmin(np.sum([curve for _, curve in corrections], axis=0))) + 1
    Xa = X[rows]
    n_folds = len(corrections)
    replicates = np.zeros((n_folds, int(rows.sum())))
    oof = np.zeros(int(rows.sum()))
    fold_a = folds[rows]
    for k, (booster, _) in enumerate(corrections):
        replicates[k] = starts[k][rows] + booster.predict(Xa, num_iteration=best)
        oof[fold_a == k] = replicates[k, fold_a == k]
    distil = {**DISTIL_PARAMS, "num_threads": threads}
    target = replicates.mean(axis=0) + shift
    # Rounds by early stopping on held-out citizens, then the point ensemble and one member
    # per replicate on all taught rows, binned once for the four fits.
    probe = boosting.fit(Xa, target, distil, DISTIL_ROUNDS, seed, groups=citizens[rows])
    n_rounds = max(10, boosting.best_rounds(probe, DISTIL_ROUNDS))
    binned = boosting.Binned(Xa)
    point = binned.fit(target, distil, n_rounds, seed)
    members = [binned.fit(replicate + shift, distil, n_rounds, seed + 7 + k)
               for k, replicate in enumerate(replicates)]
    spread = float(replicates.var(axis=0, ddof=1).mean()) if len(replicates) > 1 else 0.0
    return ArmEffect(a, point, members, int(rows.sum()), trimmed, oof, spread, best, shift)


def _fit_scored(X: np.ndarray, target: np.ndarray, weight: np.ndarray, start: np.ndarray,
                fit_rows: np.ndarray, check: np.ndarray, params: dict, rounds: int,
                seed: int) -> tuple[lgb.Booster, np.ndarray]:
    """A correction booster trained on `fit_rows` for all `rounds`, and its weighted R-loss
    on the held-out `check` rows after each round."""
    full = {**boosting.BASE_PARAMS, **params, "seed": seed, "metric": "l2"}
    train_set = lgb.Dataset(X[fit_rows], target[fit_rows], weight=weight[fit_rows],
                            init_score=start[fit_rows], free_raw_data=False)
    check_set = lgb.Dataset(X[check], target[check], weight=weight[check],
                            init_score=start[check], reference=train_set)
    record: dict = {}
    booster = lgb.train(full, train_set, num_boost_round=rounds, valid_sets=[check_set],
                        valid_names=["check"], callbacks=[lgb.record_evaluation(record)])
    return booster, np.asarray(record["check"]["l2"])
