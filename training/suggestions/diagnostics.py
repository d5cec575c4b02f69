"""Sample sizes and propensity-overlap diagnostics for the model card."""

from __future__ import annotations

from typing import Any

import numpy as np

from training.suggestions.trainer import TrainedModel


def suppress(count: int, minimum: int) -> int | str:
    """Counts below the minimum cell size are shown as '<minimum', never exactly."""
    return count if count >= minimum else f"<{minimum}"


def sample_sizes(model: TrainedModel) -> list[dict[str, Any]]:
    train, minimum = model.train, model.config.min_cell
    holdout_arm = model.table.arm[~model.train_mask]
    rows = []
    for a, arm in enumerate(model.arms):
        row: dict[str, Any] = {
            "arm": arm,
            "training_decisions": suppress(int((train.arm == a).sum()), minimum),
            "holdout_decisions": suppress(int((holdout_arm == a).sum()), minimum),
        }
        for weeks, y in train.y.items():
            seen = (train.arm == a) & ~np.isnan(y)
            row[f"observed_{weeks:g}w"] = suppress(int(seen.sum()), minimum)
            row[f"positive_{weeks:g}w"] = suppress(int(np.nansum(y[seen])), minimum)
        rows.append(row)
    return rows


def overlap_diagnostics(model: TrainedModel) -> list[dict[str, Any]]:
    """Per programme: how the estimated chance of being chosen is spread among those who got
    it and those who did not (eligible only), and what trimming removed."""
    train, e = model.train, model.propensity_oof
    trim, clip = model.config.propensity_trim, model.config.propensity_clip
    out = []
    for a, arm in enumerate(model.arms):
        eligible = train.eligible[:, a] == 1
        treated = eligible & (train.arm == a)
        others = eligible & (train.arm != a)
        weights = 1 / np.maximum(e[treated, a], clip)
        ess = float(weights.sum() ** 2 / (weights ** 2).sum()) if len(weights) else 0.0
        row = {
            "arm": arm,
            "eligible_decisions": int(eligible.sum()),
            "chosen_propensity_quantiles": _quantiles(e[treated, a]),
            "not_chosen_propensity_quantiles": _quantiles(e[others, a]),
            "share_below_trim": float((e[eligible, a] < trim).mean()) if eligible.any() else None,
            "share_clipped": float((e[treated, a] < clip).mean()) if treated.any() else None,
            "effective_sample_size": ess,
        }
        out.append(row)
    return out


def _quantiles(values: np.ndarray) -> dict[str, float] | None:
    if len(values) == 0:
        return None
    q = np.quantile(values, [0.0, 0.01, 0.05, 0.5, 0.95, 0.99, 1.0])
    return dict(zip(("min", "p01", "p05", "median", "p95", "p99", "max"), map(float, q),
                    strict=True))
