"""Honest evaluation of a model directory on a bundle (never on citizens it was trained on).

Policy values of "follow the top eligible suggestion", the caseworkers' observed choices, the
best single programme (chosen on the training data and recorded in the model), and no
programme; cross-fitted doubly robust on the evaluation citizens alone, 95% intervals from a
bootstrap clustered by citizen; the same with capacity limits (no programme suggested more
often than caseworkers used it here). With a truth file: oracle gain share, top-1 agreement
and interval coverage.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from desktop_app.scoring.bundle_source import BundleData
from desktop_app.scoring.model import NONE_ARM, SuggestionModel
from desktop_app.scoring.records import group_by_citizen
from desktop_app.scoring.suggester import Suggester
from desktop_app.scoring.suggestion import CaseSuggestion
from training.suggestions.citizen_hashes import hash_id, read_hashes
from training.suggestions.folds import citizen_folds
from training.suggestions.nuisance import cross_fit_outcomes, cross_fit_propensity
from training.suggestions.outcome import is_observed, observation_end, outcome_within
from training.suggestions.policy_value import (
    capacity_choice,
    chosen,
    clustered_bootstrap,
    dr_scores,
)
from training.suggestions.truth_metrics import load_truth, truth_metrics

CLIP = 0.02


class EvaluationError(Exception):
    pass


def evaluate_model(model_dir: Path, data: BundleData, key: bytes, truth: Path | None = None,
                   seed: int = 0, draws: int = 500, folds: int = 3) -> dict[str, Any]:
    model = SuggestionModel(model_dir)
    trained = read_hashes(Path(model_dir) / "training_citizens.json", key)
    records = group_by_citizen(data.records)
    kept = {cid: rec for cid, rec in records.items() if hash_id(key, cid) not in trained}
    cases = [(rec, d) for rec in kept.values() for d, _ in rec.decisions]
    if not cases:
        raise EvaluationError("every citizen with decisions in this bundle was used to train "
                              "the model; evaluate on other citizens")
    observed = [p or NONE_ARM for rec in kept.values() for _, p in rec.decisions]
    suggester = Suggester(model, data.programmes(), data.exported_at)
    X = suggester.features(cases)
    suggestions = suggester.score(cases, explain=False, X=X)
    arm = np.array([model.arms.index(a) if a in model.arms else -1 for a in observed])
    citizens = np.array([rec.citizen_id for rec, _ in cases], dtype=object)
    end = observation_end(records, data.exported_at.toordinal() if data.exported_at else None)
    result: dict[str, Any] = {
        "evaluated_citizens": len(kept), "skipped_training_citizens": len(records) - len(kept),
        "evaluated_decisions": len(cases),
        "abstention_rate": float(np.mean([s.abstained for s in suggestions])),
        "suggestion_rates": _rates(suggestions, model.arms),
    }
    effect, allowed = _effects(model, suggestions)
    all_capacity = capacity_choice(effect, allowed, np.bincount(arm[arm >= 0],
                                                               minlength=len(model.arms)))
    capacity_arms = [model.arms[c] for c in all_capacity]
    by_horizon = {}
    for weeks in sorted(model.horizons):
        y = np.array([outcome_within(rec, d, weeks) if is_observed(rec, d, weeks, end)
                      else np.nan for rec, d in cases])
        block = _dr_block(model, suggestions, X, arm, y, citizens, weeks, seed, draws, folds,
                          effect, allowed)
        by_horizon[f"{weeks:g}"] = block
        if weeks == model.primary_horizon:
            result.update(block)
    result["by_horizon"] = by_horizon
    if truth is not None:
        table = load_truth(truth)
        for key_name, weeks in (("p", model.primary_horizon), ("p52", 52.0)):
            metrics = truth_metrics(suggestions, observed, table, key_name, weeks,
                                    capacity_arms if key_name == "p" else None)
            if key_name == "p":
                result.update({k: metrics.get(k) for k in ("oracle_gain_share",
                                                           "top1_agreement")})
                result["truth"] = metrics
            elif metrics.get("matched_decisions"):
                result["truth_52"] = metrics
    return result


def _rates(suggestions: list[CaseSuggestion], arms: list[str]) -> dict[str, float]:
    counts = dict.fromkeys([*arms, "abstained"], 0)
    for s in suggestions:
        counts["abstained" if s.abstained else (s.suggested or NONE_ARM)] += 1
    return {k: v / max(1, len(suggestions)) for k, v in counts.items()}


def _effects(model: SuggestionModel,
             suggestions: list[CaseSuggestion]) -> tuple[np.ndarray, np.ndarray]:
    """(decisions, arms) estimated effects and whether each arm may be suggested."""
    primary = model.primary_horizon
    effect = np.array([[a.estimates[primary].effect for a in s.arms] for s in suggestions])
    allowed = np.array([[a.eligible is True and a.supported and not s.abstained
                         for a in s.arms] for s in suggestions])
    return effect, allowed


def _dr_block(model: SuggestionModel, suggestions: list[CaseSuggestion], X: np.ndarray,
              arm: np.ndarray, y: np.ndarray, citizens: np.ndarray, weeks: float, seed: int,
              draws: int, n_folds: int, effect: np.ndarray,
              allowed: np.ndarray) -> dict[str, Any]:
    rows = ~np.isnan(y) & (arm >= 0)
    n_arms = len(model.arms)
    Xr, ar, yr, cr = X[rows], arm[rows], y[rows], citizens[rows]
    if len(np.unique(cr)) < n_folds * 2:
        raise EvaluationError(f"too few evaluation citizens with an observed {weeks:g}-week "
                              "outcome for a doubly robust evaluation")
    folds = citizen_folds(cr, n_folds, seed)
    e, _ = cross_fit_propensity(Xr, ar, n_arms, folds, cr, 120, seed, 1)
    mu = cross_fit_outcomes(Xr, ar, yr, n_arms, folds, cr, 120, seed, 1)
    mu = np.where(np.isnan(mu), np.nanmean(yr), mu)
    gamma = dr_scores(yr, ar, mu, e, CLIP)
    kept = [s for s, r in zip(suggestions, rows, strict=True) if r]
    index = {a: i for i, a in enumerate(model.arms)}
    suggested = np.array([ar[k] if s.abstained else index[s.suggested or NONE_ARM]
                          for k, s in enumerate(kept)])
    entry = next(h for h in model.manifest["horizons"] if float(h["weeks"]) == weeks)
    best = index[entry["best_single_arm"]]
    eligible_best = np.array([s.arms[best].eligible is True for s in kept])
    best_single = np.where(eligible_best, best, ar)
    capacity = np.bincount(ar, minlength=n_arms)
    with_capacity = capacity_choice(effect[rows], allowed[rows], capacity)
    values = {
        "suggested": chosen(gamma, suggested), "observed": yr.astype(float),
        "best_single": chosen(gamma, best_single), "none": gamma[:, 0],
        "suggested_with_capacity": chosen(gamma, with_capacity),
    }
    values["gain_vs_best_single"] = values["suggested"] - values["best_single"]
    values["gain_vs_observed"] = values["suggested"] - values["observed"]
    boot = clustered_bootstrap(values, cr, draws, seed)
    gain = boot["gain_vs_best_single"]
    block = {
        "decisions_with_outcome": int(rows.sum()),
        "policy_value": {k: boot[k] for k in ("suggested", "observed", "best_single", "none",
                                              "suggested_with_capacity")},
        "best_single_arm": entry["best_single_arm"],
        "gain_vs_best_single": gain, "gain_vs_observed": boot["gain_vs_observed"],
        "personalisation_significant": bool(gain["ci_low"] > 0),
    }
    return block
