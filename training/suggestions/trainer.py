"""Train a suggestion model from a bundle: nuisances, R-learner effects per arm, both horizons.

Citizens in the holdout share never enter training; evaluation and the model card use them.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from typing import Any

import lightgbm as lgb
import numpy as np

from desktop_app.scoring.bundle_source import BundleData
from training.central.distributed_fit import estimated_bytes, pooled_fold_distributed
from training.central.engine import Engine, LocalEngine
from training.central.progress import Progress
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
from training.suggestions.nuisance import OUTCOME_PARAMS, assemble_propensity, propensity_fold
from training.suggestions.plugin import PooledFit, assemble_pooled, levels, pooled_fold
from training.suggestions.r_learner import (
    ArmEffect,
    EffectInputs,
    correction_fold,
    correction_params,
    distil_effect,
    effect_inputs,
    effect_rows,
)
from training.suggestions.selection_adjustment import SelectionAdjustment, selection_adjustment

log = logging.getLogger(__name__)


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
    distributed_fits: list[str] = field(default_factory=list)  # trained with lightgbm.dask

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


def train_model(data: BundleData | None, config: TrainingConfig, seed: int,
                progress: Progress | None = None, table: DecisionTable | None = None,
                engine: Engine | None = None) -> TrainedModel:
    """Cross-fitted nuisances and per-programme effects for every horizon. The independent
    fits (folds, programmes, horizons) are tasks of `engine` (default: this process, in
    order); each is deterministic for its arguments, so any engine gives the same model."""
    engine = engine or LocalEngine()
    progress = progress or Progress.quiet()
    if table is None:
        if data is None:
            raise TrainingError("nothing to train on: neither a bundle nor a decision table")
        progress.note("building the decision table")
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
    # Integer codes in the citizens' sorted order: every split by citizen draws exactly as it
    # would from the ids, without sending millions of strings to every task.
    _, codes = np.unique(train.citizen, return_inverse=True)
    progress.note(f"propensity and outcome models ({n_arms} arms, {len(train.X)} decisions, "
             f"{config.folds} folds, {len(config.horizons)} horizons)")
    X, arm, fold_h, code_h = (engine.share(v) for v in (train.X, train.arm, folds, codes))
    ks = [int(k) for k in np.unique(folds)]
    threads = config.threads
    propensity_tasks = [engine.submit(propensity_fold, X, arm, n_arms, fold_h, code_h,
                                      config.nuisance_rounds, seed, threads, k, k == ks[0],
                                      key=f"propensity-fold{k}") for k in ks]
    pooled_tasks, baseline_tasks = {}, {}
    budget = _fit_budget(engine, config)
    distributed: list[str] = []
    for weeks in config.horizons:
        y = train.y[weeks]
        y_h = engine.share(y)
        pooled_tasks[weeks] = []
        for k in range(int(folds.max()) + 1):
            rows = int((~np.isnan(y) & (folds != k)).sum())
            name = f"pooled-h{weeks:g}-fold{k}"
            if budget is not None and estimated_bytes(rows, train.X.shape[1] + n_arms) > budget:
                progress.note(f"{name}: {rows} decisions outgrow one worker; training it "
                              "across all workers (lightgbm.dask)")
                booster = pooled_fold_distributed(
                    engine.client, train.X, train.arm, y, n_arms, folds, codes, seed, k,
                    probe_rows=max(1000, budget // estimated_bytes(1, train.X.shape[1] + n_arms)))
                distributed.append(name)
                pooled_tasks[weeks].append(engine.submit(_with_levels, booster, X, n_arms,
                                                         key=f"{name}-levels"))
            else:
                pooled_tasks[weeks].append(engine.submit(pooled_fold, X, arm, y_h, n_arms, fold_h,
                                                         code_h, seed, threads, k, key=name))
        none_rows = (train.arm == 0) & ~np.isnan(y)
        baseline_tasks[weeks] = engine.submit(
            _baseline, X, y_h, none_rows, code_h, config.nuisance_rounds, seed, threads,
            key=f"baseline-h{weeks:g}")
    first = engine.wait([*propensity_tasks, *(t for ts in pooled_tasks.values() for t in ts),
                         *baseline_tasks.values()], "nuisance models", progress, unit="fits")
    e, propensity_model = assemble_propensity(folds, n_arms, ks, first[:len(ks)])
    model = TrainedModel(config, seed, table, train_mask, holdout, propensity_model, e,
                         distributed_fits=distributed)
    done = len(ks)
    pooled, baselines = {}, {}
    for weeks in config.horizons:
        parts = first[done:done + len(pooled_tasks[weeks])]
        done += len(parts)
        pooled[weeks] = assemble_pooled(folds, parts)
    for weeks in config.horizons:
        baselines[weeks] = first[done]
        done += 1
    # The pooled levels now live in `pooled` only (neither here nor on the workers).
    del first, parts
    engine.release([*propensity_tasks, *(t for ts in pooled_tasks.values() for t in ts),
                    *baseline_tasks.values()])
    progress.note("programme effects (R-learner corrections, then distillation)")
    # Each programme's inputs go to the cluster as soon as they are prepared; the driver keeps
    # only its name and selection adjustment (a million citizens: 24 programmes' inputs are
    # ~4 GB), and a horizon's pooled starts once its programmes are sent.
    sent: list[_SentArm] = []
    for weeks in config.horizons:
        for a in range(1, n_arms):
            plan = _arm_plan(train, e, pooled[weeks], weeks, a, config, seed + 1000 * a)
            sent.append(_send_arm(engine, plan, X, code_h, fold_h, config.effect_rounds))
            del plan
        pooled[weeks].starts.clear()
    flat = [c for arm in sent for c in arm.corrections]
    distilled = [arm.distilled for arm in sent]
    engine.wait(flat, "programme effects: corrections", progress, unit="fits")
    results = engine.wait(distilled, "programme effects: distillation", progress,
                          unit="programmes")
    engine.release([*flat, *distilled])
    for weeks in config.horizons:
        mine = [(arm, result) for arm, result in zip(sent, results, strict=True)
                if arm.weeks == weeks]
        model.horizons.append(_horizon_fit(train, e, pooled[weeks], baselines[weeks], mine,
                                           folds, weeks, config))
    return model


@dataclass
class _Distillation:
    """What one programme's distillation task needs besides its starts and corrections."""

    a: int
    rows: np.ndarray
    trimmed: int
    phi: np.ndarray  # doubly robust scores on the taught rows
    shift: float
    seed: int
    threads: int
    feature_names: list[str]


@dataclass
class _ArmPlan:
    """Everything one programme's effect stage needs, prepared in the driver."""

    weeks: float
    name: str
    inputs: EffectInputs
    starts: list[np.ndarray]  # fold-k pooled contrasts for this arm, all training rows
    distillation: _Distillation
    adjustment: SelectionAdjustment
    params: dict
    seed: int


@dataclass
class _SentArm:
    """What the driver keeps of a programme once its inputs are on the cluster."""

    weeks: float
    name: str
    adjustment: SelectionAdjustment
    corrections: list[Any]  # task handles, one per fold
    distilled: Any  # task handle: (ArmEffect, calibration)


def _send_arm(engine: Engine, plan: _ArmPlan, X: Any, citizens: Any, folds: Any,
              rounds: int) -> _SentArm:
    """Sends a programme's inputs (each once) and submits its corrections and distillation."""
    inputs = engine.put(plan.inputs)
    starts = [engine.put(start) for start in plan.starts]
    corrections = [
        engine.submit(correction_fold, X, inputs, folds, start, k, plan.params, rounds,
                      plan.seed, key=f"correction-h{plan.weeks:g}-{plan.name}-fold{k}")
        for k, start in enumerate(starts)]
    distilled = engine.submit(_distil_and_calibrate, X, citizens, folds,
                              engine.put(plan.distillation), len(starts), *starts,
                              *corrections, key=f"distil-h{plan.weeks:g}-{plan.name}")
    return _SentArm(plan.weeks, plan.name, plan.adjustment, corrections, distilled)


def _arm_plan(train: DecisionTable, e: np.ndarray, pooled: PooledFit, weeks: float, a: int,
              config: TrainingConfig, seed: int) -> _ArmPlan:
    y = train.y[weeks]
    arm_name = train.arms[a]
    mu = pooled.oof
    rows, trimmed = effect_rows(y, train.eligible, e, a, config.propensity_trim)
    if rows.sum() < 2 * config.effect_min_leaf:
        raise TrainingError(f"programme {arm_name}: only {int(rows.sum())} eligible decisions "
                            "with overlap; too few to estimate its effect")
    observed = np.nan_to_num(y)
    phi = pseudo_outcome(observed, train.arm, mu, e, a, config.propensity_clip)
    adjustment = selection_adjustment(arm_name, observed, train.arm, a, rows, mu, e,
                                      config.propensity_clip, config.unobserved_selection_delta,
                                      config.r_max_factor)
    distillation = _Distillation(a, rows, trimmed, phi[rows], adjustment.shift, seed,
                                 config.threads, [f.name for f in train.schema.features])
    return _ArmPlan(
        weeks, arm_name,
        effect_inputs(observed, train.arm, mu, e, a, rows, config.propensity_clip),
        [start[:, a].copy() for start in pooled.starts], distillation, adjustment,
        correction_params(config.effect_leaves, config.effect_min_leaf, config.threads), seed)


def _fit_budget(engine: Engine, config: TrainingConfig) -> int | None:
    """Bytes one fit may take on a worker before it is trained across workers (None: never)."""
    if not hasattr(engine, "worker_memory"):
        return None
    if config.distributed_fit_bytes is not None:
        return config.distributed_fit_bytes
    memory = engine.worker_memory()
    return None if memory is None else memory // 2


def _with_levels(booster: lgb.Booster, X: np.ndarray, n_arms: int) -> tuple[lgb.Booster,
                                                                              np.ndarray]:
    return booster, levels(booster, X, n_arms)


def _baseline(X: np.ndarray, y: np.ndarray, none_rows: np.ndarray, citizens: np.ndarray,
              rounds: int, seed: int, threads: int):
    return boosting.fit_refit(X[none_rows], y[none_rows],
                              {**OUTCOME_PARAMS, "num_threads": threads}, rounds, seed,
                              citizens[none_rows])


def _distil_and_calibrate(X: np.ndarray, citizens: np.ndarray, folds: np.ndarray,
                          plan: _Distillation, n_folds: int,
                          *starts_then_corrections) -> tuple[ArmEffect, dict]:
    starts = list(starts_then_corrections[:n_folds])
    corrections = list(starts_then_corrections[n_folds:])
    effect = distil_effect(X, citizens, folds, plan.rows, plan.trimmed, plan.a, starts,
                           corrections, threads=plan.threads, seed=plan.seed, shift=plan.shift)
    calib = calibration(plan.phi, effect.oof, citizens[plan.rows], X[plan.rows],
                        plan.feature_names)
    return effect, calib


def _horizon_fit(train: DecisionTable, e: np.ndarray, pooled: PooledFit, baseline: lgb.Booster,
                 arms: list[tuple[_SentArm, tuple[ArmEffect, dict]]], folds: np.ndarray,
                 weeks: float, config: TrainingConfig) -> HorizonFit:
    y = train.y[weeks]
    effects, extras, details, spreads, adjustments = [], {}, {}, {}, []
    for plan, (effect, calib) in arms:
        adjustments.append(plan.adjustment)
        extras[plan.name] = calib["extra_sd"]
        details[plan.name] = {**calib, "rounds": effect.rounds}
        spreads[plan.name] = float(np.sqrt(effect.replicate_var))
        effects.append(effect)
    mu = pooled.oof
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
