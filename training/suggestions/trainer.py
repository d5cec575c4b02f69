"""Train a suggestion model from a bundle: nuisances, R-learner effects per arm, both horizons.

Citizens in the holdout share never enter training; evaluation and the model card use them.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import lightgbm as lgb
import numpy as np

from desktop_app.scoring.bundle_source import BundleData
from training.suggestions import boosting
from training.suggestions.config import TrainingConfig
from training.suggestions.dataset import DecisionTable, build_table
from training.suggestions.folds import citizen_folds, holdout_citizens
from training.suggestions.intervals import (
    PRIOR_DF,
    calibration,
    pseudo_outcome,
    replicate_scale,
    z_value,
)
from training.suggestions.nuisance import OUTCOME_PARAMS, cross_fit_propensity
from training.suggestions.plugin import cross_fit_pooled
from training.suggestions.r_learner import ArmEffect, effect_rows, fit_arm_effect
from training.suggestions.selection_adjustment import SelectionAdjustment, selection_adjustment

log = logging.getLogger(__name__)
Progress = Callable[[str], None]


class TrainingError(Exception):
    """The data cannot support a model (e.g. an arm with too few decisions)."""


@dataclass
class HorizonFit:
    weeks: float
    baseline: lgb.Booster
    effects: list[ArmEffect]  # aligned with arms[1:]
    interval: dict[str, Any]
    best_single: str
    arm_values: dict[str, float]  # DR value of "this arm when eligible" on training rows
    rows: int
    mu: np.ndarray  # cross-fitted chance of the outcome per arm (training rows)
    selection: list[SelectionAdjustment] = field(default_factory=list)  # per programme


@dataclass
class TrainedModel:
    config: TrainingConfig
    seed: int
    table: DecisionTable  # all decisions (training and holdout)
    train_mask: np.ndarray
    holdout: set[str]
    propensity_model: lgb.Booster
    propensity_oof: np.ndarray  # cross-fitted, training rows
    horizons: list[HorizonFit] = field(default_factory=list)

    @property
    def arms(self) -> list[str]:
        return self.table.arms

    @property
    def train(self) -> DecisionTable:
        return self.table.subset(self.train_mask)


def check_arm_counts(table: DecisionTable, weeks: float, minimum: int) -> None:
    observed = ~np.isnan(table.y[weeks])
    counts = np.bincount(table.arm[observed], minlength=len(table.arms))
    thin = [f"{arm} ({counts[i]})" for i, arm in enumerate(table.arms) if counts[i] < minimum]
    if thin:
        raise TrainingError(
            f"too few decisions with an observed {weeks:g}-week outcome to estimate: "
            + ", ".join(thin) + f"; at least {minimum} are needed per arm (including 'none'). "
            "Merge or drop these programmes, or export more history.")


def train_model(data: BundleData, config: TrainingConfig, seed: int,
                progress: Progress = lambda _: None,
                table: DecisionTable | None = None) -> TrainedModel:
    if table is None:
        progress("building the decision table")
        table = build_table(data, config)
    if len(table.X) == 0:
        raise TrainingError("the bundle has no decisions (decisions.jsonl) to learn from")
    if (table.arm < 0).any():
        raise TrainingError("a decision names a programme id that could not be mapped")
    holdout = holdout_citizens(table.citizen, config.holdout_share, seed)
    train_mask = np.fromiter((c not in holdout for c in table.citizen), bool, len(table.citizen))
    train = table.subset(train_mask)
    for weeks in config.horizons:
        check_arm_counts(train, weeks, config.min_decisions_per_arm)
    n_arms = len(table.arms)
    folds = citizen_folds(train.citizen, config.folds, seed)
    progress(f"propensity ({n_arms} arms, {len(train.X)} decisions, {config.folds} folds)")
    e, propensity_model = cross_fit_propensity(train.X, train.arm, n_arms, folds,
                                               train.citizen, config.nuisance_rounds, seed,
                                               config.threads)
    model = TrainedModel(config, seed, table, train_mask, holdout, propensity_model, e)
    for weeks in config.horizons:
        progress(f"{weeks:g}-week horizon")
        model.horizons.append(_fit_horizon(train, e, folds, weeks, config, seed))
    return model


def _fit_horizon(train: DecisionTable, e: np.ndarray, folds: np.ndarray, weeks: float,
                 config: TrainingConfig, seed: int) -> HorizonFit:
    y = train.y[weeks]
    n_arms = len(train.arms)
    pooled = cross_fit_pooled(train.X, train.arm, y, n_arms, folds, train.citizen, seed,
                              config.threads)
    mu = pooled.oof
    none_rows = (train.arm == 0) & ~np.isnan(y)
    baseline = boosting.fit_refit(train.X[none_rows], y[none_rows],
                                  {**OUTCOME_PARAMS, "num_threads": config.threads},
                                  config.nuisance_rounds, seed, train.citizen[none_rows])
    effects, extras, details, spreads, adjustments = [], {}, {}, {}, []
    for a in range(1, n_arms):
        arm = train.arms[a]
        rows, trimmed = effect_rows(y, train.eligible, e, a, config.propensity_trim)
        if rows.sum() < 2 * config.effect_min_leaf:
            raise TrainingError(f"programme {arm}: only {int(rows.sum())} eligible decisions "
                                "with overlap; too few to estimate its effect")
        phi = pseudo_outcome(np.nan_to_num(y), train.arm, mu, e, a, config.propensity_clip)
        adjustment = selection_adjustment(arm, np.nan_to_num(y), train.arm, a, rows, mu, e,
                                          config.propensity_clip,
                                          config.unobserved_selection_delta,
                                          config.r_max_factor)
        adjustments.append(adjustment)
        effect = fit_arm_effect(
            train.X, np.nan_to_num(y), train.arm, train.citizen, folds, pooled, e, a, rows,
            trimmed, clip=config.propensity_clip, rounds=config.effect_rounds,
            leaves=config.effect_leaves, min_leaf=config.effect_min_leaf,
            threads=config.threads, seed=seed + 1000 * a, shift=adjustment.shift)
        calib = calibration(phi[rows], effect.oof, train.citizen[rows], train.X[rows],
                            [f.name for f in train.schema.features])
        extras[arm], details[arm] = calib["extra_sd"], {**calib, "rounds": effect.rounds}
        spreads[arm] = float(np.sqrt(effect.replicate_var))
        effects.append(effect)
    values = _arm_values(y, train.arm, mu, e, train.eligible, config.propensity_clip)
    named = {train.arms[a]: v for a, v in enumerate(values)}
    scale = replicate_scale(int(folds.max()) + 1)
    interval = {"level": config.interval_level, "z": z_value(config.interval_level),
                "scale": dict.fromkeys(spreads, scale), "extra_sd": extras,
                "mean_spread": spreads, "prior_df": PRIOR_DF, "calibration": details}
    return HorizonFit(weeks, baseline, effects, interval, max(named, key=named.get), named,
                      int((~np.isnan(y)).sum()), mu, adjustments)


def _arm_values(y: np.ndarray, arm: np.ndarray, mu: np.ndarray, e: np.ndarray,
                eligible: np.ndarray, clip: float) -> list[float]:
    """DR value of 'give arm a to everyone eligible for it, others as decided' per arm."""
    ok = ~np.isnan(y)
    y, arm, mu, e, eligible = y[ok], arm[ok], mu[ok], e[ok], eligible[ok]
    out = []
    for a in range(mu.shape[1]):
        gamma = mu[:, a] + (arm == a) * (y - mu[:, a]) / np.maximum(e[:, a], clip)
        out.append(float(np.where(eligible[:, a] == 1, gamma, y).mean()))
    return out


def training_period(table: DecisionTable, mask: np.ndarray) -> dict[str, str]:
    days = table.day[mask]
    return {"from": dt.date.fromordinal(int(days.min())).isoformat(),
            "to": dt.date.fromordinal(int(days.max())).isoformat()}
