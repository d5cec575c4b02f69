"""Honest evaluation of a model directory on a bundle (never on citizens it was trained on).

Policy values of "follow the top eligible suggestion", the caseworkers' observed choices, the
best single programme (chosen on the training data and recorded in the model), and no
programme; cross-fitted doubly robust on the evaluation citizens alone, 95% intervals from a
bootstrap clustered by citizen; the same with capacity limits (no programme suggested more
often than caseworkers used it here), and `within_places` (within_places.py): the allocation
with prices beside greedy and the caseworkers' choices in the same places. With a truth file:
oracle gain share, top-1 agreement, interval coverage and, within places, the best achievable
and the share of it reached.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from desktop_app.scoring.bundle_source import BundleData
from desktop_app.scoring.model import NONE_ARM, SuggestionModel
from desktop_app.scoring.records import group_by_citizen
from desktop_app.scoring.suggester import Suggester
from desktop_app.scoring.suggestion import CaseSuggestion
from desktop_app.scoring.support import NO_COMPARISON_GROUP, OUTSIDE_TRAINING_RANGE
from desktop_app.trust.package_files import FolderPackage, PackageFiles
from training.suggestions.citizen_hashes import hash_id, training_citizens
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
from training.suggestions.within_places import (
    choices_within_places,
    dr_values,
    true_values,
    within_places_block,
)

CLIP = 0.02


class EvaluationError(Exception):
    pass


@dataclass(frozen=True)
class EvaluationRows:
    """Row figures at the primary horizon, for the local check: one row per evaluated decision
    with an observed outcome and a programme the model knows."""

    weeks: float
    citizens: np.ndarray
    days: np.ndarray  # ordinal day of the decision
    y: np.ndarray  # observed outcome
    gain: np.ndarray  # doubly robust score: suggested minus observed
    predicted: np.ndarray  # the model's chance under the programme received (nan: unknown)
    all_decisions: int  # every evaluated decision, with or without an outcome
    outside: int  # of those, the model abstained: outside the training data / no comparison

    @property
    def outside_share(self) -> float:
        return self.outside / max(1, self.all_decisions)


def evaluate_model(model_dir: Path | PackageFiles, data: BundleData, key: bytes | None,
                   truth: Path | None = None, seed: int = 0, draws: int = 500,
                   folds: int = 3) -> dict[str, Any]:
    """`key`: the id key, only to leave out the model's training citizens (None or another
    municipality's key: nobody can be recognised, nothing is left out; the result says so)."""
    return evaluate_with_rows(model_dir, data, key, truth, seed, draws, folds)[0]


def evaluate_with_rows(model_dir: Path | PackageFiles, data: BundleData, key: bytes | None,
                       truth: Path | None = None, seed: int = 0, draws: int = 500,
                       folds: int = 3) -> tuple[dict[str, Any], EvaluationRows]:
    """`evaluate_model`'s result and the primary horizon's row figures. `model_dir`: a model
    folder, or the files of a verified installed package."""
    package = FolderPackage(model_dir) if isinstance(model_dir, Path | str) else model_dir
    model = SuggestionModel(package)
    trained = training_citizens(package.read_bytes("training_citizens.json"), key)
    records = group_by_citizen(data.records)
    kept = records if not trained.hashes else {
        cid: rec for cid, rec in records.items() if hash_id(key, cid) not in trained.hashes}
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
        "training_citizens": {"key_matches": trained.key_matches,
                              "left_out": len(records) - len(kept), "note": trained.note},
        "abstention_rate": float(np.mean([s.abstained for s in suggestions])),
        "suggestion_rates": _rates(suggestions, model.arms),
    }
    effect, allowed = _effects(model, suggestions)
    abstained = np.array([s.abstained for s in suggestions], dtype=bool)
    all_capacity = capacity_choice(effect, allowed, np.bincount(arm[arm >= 0],
                                                               minlength=len(model.arms)))
    capacity_arms = [model.arms[c] for c in all_capacity]
    by_horizon = {}
    for weeks in sorted(model.horizons):
        y = np.array([outcome_within(rec, d, weeks) if is_observed(rec, d, weeks, end)
                      else np.nan for rec, d in cases])
        block = _dr_block(model, suggestions, X, arm, y, citizens, weeks, seed, draws, folds,
                          effect, allowed, abstained)
        within_dr = block.pop("_within_places")
        row_figures = block.pop("_rows")
        by_horizon[f"{weeks:g}"] = block
        if weeks == model.primary_horizon:
            result.update(block)
            primary_within = within_dr
            primary_rows = _rows(row_figures, cases, weeks, suggestions)
    result["by_horizon"] = by_horizon
    within_truth = None
    if truth is not None:
        table = load_truth(truth)
        within_truth = _within_places_truth(model, suggestions, observed, table, effect,
                                            allowed, abstained, arm)
        for key_name, weeks in (("p", model.primary_horizon), ("p52", 52.0)):
            metrics = truth_metrics(suggestions, observed, table, key_name, weeks,
                                    capacity_arms if key_name == "p" else None)
            if key_name == "p":
                result.update({k: metrics.get(k) for k in ("oracle_gain_share",
                                                           "top1_agreement")})
                result["truth"] = metrics
            elif metrics.get("matched_decisions"):
                result["truth_52"] = metrics
    result["within_places"] = within_places_block(
        primary_within, within_truth, np.bincount(arm[arm >= 0], minlength=len(model.arms)),
        model.arms)
    return result, primary_rows


def _rows(figures: dict[str, np.ndarray], cases: list, weeks: float,
          suggestions: list[CaseSuggestion]) -> EvaluationRows:
    mask = figures["mask"]
    outside = sum(1 for s in suggestions if s.abstained and any(
        r.code in (OUTSIDE_TRAINING_RANGE, NO_COMPARISON_GROUP) for r in s.abstain_reasons))
    return EvaluationRows(
        weeks, np.array([rec.citizen_id for (rec, _), m in zip(cases, mask, strict=True) if m],
                        dtype=object),
        np.array([d for (_, d), m in zip(cases, mask, strict=True) if m]), figures["y"],
        figures["gain"], figures["predicted"], len(suggestions), outside)


def _within_places_truth(model: SuggestionModel, suggestions: list[CaseSuggestion],
                         observed: list[str], table: dict, effect: np.ndarray,
                         allowed: np.ndarray, abstained: np.ndarray,
                         arm: np.ndarray) -> dict[str, Any] | None:
    """True values of the allocations within places, on the decisions the truth covers."""
    keep, p_rows, eligible_rows = [], [], []
    for k, s in enumerate(suggestions):
        t = table.get((s.citizen_id, s.date))
        if t is None or "p" not in t or arm[k] < 0:
            continue
        keep.append(k)
        p_rows.append([t["p"].get(a, np.nan) for a in model.arms])
        allowed_true = set(t.get("eligible") or ()) | {NONE_ARM}
        eligible_rows.append([a in allowed_true and a in t["p"] for a in model.arms])
    if not keep:
        return None
    rows = np.array(keep)
    p = np.nan_to_num(np.array(p_rows, dtype=float), nan=-1.0)
    eligible = np.array(eligible_rows, dtype=bool)
    choices = choices_within_places(effect[rows], allowed[rows], abstained[rows], arm[rows])
    out = true_values(p, eligible, choices, arm[rows])
    out["matched_decisions"] = len(rows)
    return out


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
              allowed: np.ndarray, abstained: np.ndarray) -> dict[str, Any]:
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
    predicted = np.array([s.arms[a].estimates[weeks].p for s, a in zip(kept, ar, strict=True)])
    block = {
        "decisions_with_outcome": int(rows.sum()),
        "policy_value": {k: boot[k] for k in ("suggested", "observed", "best_single", "none",
                                              "suggested_with_capacity")},
        "best_single_arm": entry["best_single_arm"],
        "gain_vs_best_single": gain, "gain_vs_observed": boot["gain_vs_observed"],
        "personalisation_significant": bool(gain["ci_low"] > 0),
        "_within_places": dr_values(
            gamma, choices_within_places(effect[rows], allowed[rows], abstained[rows], ar),
            yr, cr, draws, seed),
        "_rows": {"mask": rows, "y": yr.astype(float), "gain": values["gain_vs_observed"],
                  "predicted": predicted},
    }
    return block
