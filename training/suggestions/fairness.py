"""Fairness audit on the held-out citizens (fairlearn), for the model card.

- how often each programme kind is suggested, per gender, origin group and age band;
- calibration of the predicted chance under the arm actually received, per group;
- per group, the doubly robust effect of the most suggested programmes against the predicted;
- how strongly each feature alone (and all together) predicts origin (proxy strength).
Groups below the minimum size are flagged and their figures withheld.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
from fairlearn.metrics import MetricFrame, selection_rate
from sklearn.metrics import roc_auc_score

from desktop_app.scoring.bundle_source import BundleData
from training.suggestions.trainer import TrainedModel

MIN_GROUP = 50  # below this, group figures are too noisy to show
DRAWS = 200


AUDIT_FIELDS = ("id", "gender", "country_of_birth", "birth_year")


def citizen_groups(citizens: list[dict[str, Any]]) -> dict[str, dict[str, str]]:
    """Audit groups of every citizen (training and held out), from the fields in AUDIT_FIELDS
    (never model inputs)."""
    home = Counter(c.get("country_of_birth") for c in citizens if c.get("country_of_birth"))
    home_country = home.most_common(1)[0][0] if home else None
    out = {}
    for c in citizens:
        country = c.get("country_of_birth")
        out[str(c["id"])] = {
            "gender": c.get("gender") or "unknown",
            "origin": "unknown" if not country else
            ("born in country" if country == home_country else "born abroad"),
            "birth_year": c.get("birth_year"),
        }
    return out


def age_band(birth_year: Any, day: int) -> str:
    if birth_year is None:
        return "unknown"
    import datetime as dt

    age = dt.date.fromordinal(int(day)).year - int(birth_year)
    return "under 30" if age < 30 else ("30-49" if age < 50 else "50+")


def fairness_audit(model: TrainedModel, data: BundleData, model_dir: Path,
                   min_cell: int, audit_citizens: list[dict[str, Any]] | None = None
                   ) -> dict[str, Any]:
    """`data`: at least the held-out citizens' records; `audit_citizens`: AUDIT_FIELDS of every
    citizen (default: `data`'s citizens, when it holds the whole bundle)."""
    from desktop_app.scoring.model import SuggestionModel
    from desktop_app.scoring.records import group_by_citizen
    from desktop_app.scoring.suggester import Suggester
    from desktop_app.trust.package_files import FolderPackage

    holdout = model.table.subset(~model.train_mask)
    if len(holdout.X) == 0:
        return {"note": "no held-out citizens; fairness audit skipped"}
    groups = citizen_groups(audit_citizens if audit_citizens is not None
                            else data.records.get("citizens", []))
    app_model = SuggestionModel(FolderPackage(model_dir))
    records = group_by_citizen({"citizens": [c for c in data.records["citizens"]
                                             if str(c["id"]) in model.holdout],
                                **{k: v for k, v in data.records.items() if k != "citizens"}})
    cases = [(records[str(c)], int(d)) for c, d in zip(holdout.citizen, holdout.day, strict=True)]
    suggester = Suggester(app_model, data.programmes(), data.exported_at)
    suggestions = suggester.score(cases, explain=False, X=holdout.X.astype(np.float64))
    kinds = {pid: str(p.get("kind") or pid) for pid, p in data.programmes().items()}
    suggested_kind = np.array(["abstained" if s.abstained else
                               (kinds.get(s.suggested, s.suggested) if s.suggested else "none")
                               for s in suggestions])
    facets = {
        "gender": np.array([groups[str(c)]["gender"] for c in holdout.citizen]),
        "origin": np.array([groups[str(c)]["origin"] for c in holdout.citizen]),
        "age_band": np.array([age_band(groups[str(c)]["birth_year"], d)
                              for c, d in zip(holdout.citizen, holdout.day, strict=True)]),
    }
    weeks = app_model.primary_horizon
    y = holdout.y[weeks]
    predicted = np.array([s.arms[a].estimates[weeks].p if a >= 0 else np.nan
                          for s, a in zip(suggestions, holdout.arm, strict=True)])
    audit: dict[str, Any] = {"min_group_size": MIN_GROUP, "min_cell": min_cell, "facets": {}}
    for facet, values in facets.items():
        audit["facets"][facet] = {
            "suggestion_rates": _suggestion_rates(suggested_kind, values, min_cell),
            "calibration": _calibration(predicted, y, values, holdout.citizen, min_cell),
            "group_effects": _group_effects(model, suggestions, values,
                                            _train_facet(model, groups, facet), weeks),
        }
    audit["origin_proxies"] = _proxies(model, facets["origin"], holdout.X)
    return audit


def _suggestion_rates(kind: np.ndarray, group: np.ndarray, min_cell: int) -> dict[str, Any]:
    out = {}
    for k in sorted(set(kind)):
        frame = MetricFrame(metrics={"rate": selection_rate, "count": _count},
                            y_true=(kind == k).astype(int), y_pred=(kind == k).astype(int),
                            sensitive_features=group)
        rows = frame.by_group
        out[k] = {str(g): (float(rows.loc[g, "rate"]) if _size(group, g) >= MIN_GROUP
                           else "group too small")
                  for g in rows.index}
    return out


def _count(y_true: np.ndarray, y_pred: np.ndarray) -> int:
    return int(np.sum(y_pred))


def _size(group: np.ndarray, value: Any) -> int:
    return int((group == value).sum())


def _calibration(predicted: np.ndarray, y: np.ndarray, group: np.ndarray,
                 citizens: np.ndarray, min_cell: int) -> dict[str, Any]:
    ok = ~np.isnan(y) & ~np.isnan(predicted)
    out = {}
    rng = np.random.default_rng(0)
    for g in sorted(set(group[ok])):
        rows = ok & (group == g)
        n = int(rows.sum())
        if n < MIN_GROUP:
            out[str(g)] = {"n": n if n >= min_cell else f"<{min_cell}",
                           "flag": "group too small"}
            continue
        gap = y[rows] - predicted[rows]
        _, idx = np.unique(citizens[rows], return_inverse=True)
        sums, counts = np.bincount(idx, gap), np.bincount(idx)
        draws = rng.multinomial(len(sums), np.full(len(sums), 1 / len(sums)), size=DRAWS)
        boot = (draws @ sums) / (draws @ counts)
        out[str(g)] = {"n": n, "predicted": float(predicted[rows].mean()),
                       "observed": float(y[rows].mean()),
                       "gap": float(gap.mean()), "gap_ci": [float(np.quantile(boot, 0.025)),
                                                            float(np.quantile(boot, 0.975))]}
    return out


def _train_facet(model: TrainedModel, groups: dict[str, dict[str, Any]],
                 facet: str) -> np.ndarray:
    train = model.train
    if facet == "age_band":
        return np.array([age_band(groups[str(c)]["birth_year"], d)
                         for c, d in zip(train.citizen, train.day, strict=True)])
    return np.array([groups[str(c)][facet] for c in train.citizen])


def _group_effects(model: TrainedModel, suggestions: list, group: np.ndarray,
                   train_group: np.ndarray, weeks: float) -> dict[str, Any]:
    """Mean predicted effect per group for the three most suggested programmes, beside the
    DR effect on the training data (cross-fitted) of the same group."""
    counts = Counter(s.suggested for s in suggestions if s.suggested)
    top = [a for a, _ in counts.most_common(3)]
    train = model.train
    fit = next(f for f in model.horizons if f.weeks == weeks)
    y = np.nan_to_num(train.y[weeks])
    observed = ~np.isnan(train.y[weeks])
    e, clip = model.propensity_oof, model.config.propensity_clip
    out: dict[str, Any] = {}
    for arm in top:
        a = model.arms.index(arm)
        row: dict[str, Any] = {}
        for g in sorted(set(group)):
            mask = (group == g)
            predicted = [s.arms[a].estimates[weeks].effect for s, m in
                         zip(suggestions, mask, strict=True) if m and s.arms[a].eligible]
            rows = observed & (train.eligible[:, a] == 1) & (train_group == g)
            if len(predicted) < MIN_GROUP or rows.sum() < MIN_GROUP:
                row[str(g)] = "group too small"
                continue
            g1 = fit.mu[rows, a] + (train.arm[rows] == a) * (y[rows] - fit.mu[rows, a]) \
                / np.maximum(e[rows, a], clip)
            g0 = fit.mu[rows, 0] + (train.arm[rows] == 0) * (y[rows] - fit.mu[rows, 0]) \
                / np.maximum(e[rows, 0], clip)
            diff = g1 - g0
            se = float(diff.std() / np.sqrt(len(diff)))
            row[str(g)] = {"predicted_effect": float(np.mean(predicted)),
                           "dr_effect": float(diff.mean()),
                           "dr_ci": [float(diff.mean() - 1.96 * se),
                                     float(diff.mean() + 1.96 * se)]}
        out[arm] = row
    return out


def _proxies(model: TrainedModel, origin: np.ndarray, X: np.ndarray) -> dict[str, Any]:
    known = origin != "unknown"
    target = (origin[known] == "born abroad").astype(int)
    if len(set(target)) < 2:
        return {"note": "origin not available in both groups"}
    out = {}
    for i, spec in enumerate(model.table.schema.features):
        column = X[known, i]
        filled = np.where(np.isnan(column), np.nanmedian(column) if
                          (~np.isnan(column)).any() else 0.0, column)
        if np.all(filled == filled[0]):
            continue
        auc = roc_auc_score(target, filled)
        out[spec.name] = round(abs(auc - 0.5) * 2, 3)  # 0 no proxy .. 1 perfect proxy
    ranked = dict(sorted(out.items(), key=lambda kv: -kv[1]))
    return {"measure": "2|AUC-0.5| of each feature alone for born abroad vs born in country",
            "features": ranked}
