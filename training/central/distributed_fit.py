"""A pooled-outcome fold too large for one worker, trained data-parallel with `lightgbm.dask`.

The fold's rows are spread over the workers as a Dask array; LightGBM's data-parallel tree
learner sums each worker's histograms. `lightgbm.dask` has no early stopping, so the number of
rounds is chosen first, as in every other fit, by early stopping on held-out citizens, but on a
sample of citizens small enough for one worker. Not bit-identical to a single-process fit (the
histograms are summed across processes); the model card names every such fit.
"""

from __future__ import annotations

import math
from typing import Any

import lightgbm as lgb
import numpy as np

from training.suggestions import boosting
from training.suggestions.plugin import PARAMS, ROUNDS, with_arm

# LightGBM's own names -> the scikit-learn names lightgbm.dask's estimators take.
_SKLEARN_NAMES = {"feature_fraction": "colsample_bytree", "bagging_fraction": "subsample",
                  "bagging_freq": "subsample_freq", "lambda_l2": "reg_lambda",
                  "min_data_in_leaf": "min_child_samples", "verbosity": "verbose"}


def estimated_bytes(rows: int, columns: int) -> int:
    """What a fit on float32 rows holds at its peak: its rows, their copy with the arm columns,
    LightGBM's binned copy and gradients (measured at about 3x the rows' own size)."""
    return int(3 * rows * columns * 4)


def sample_citizens(citizens: np.ndarray, max_rows: int, seed: int) -> np.ndarray:
    """Row mask of whole citizens, about `max_rows` rows (all rows when fewer)."""
    if len(citizens) <= max_rows:
        return np.ones(len(citizens), bool)
    unique = np.unique(citizens)
    keep = max(20, int(len(unique) * max_rows / len(citizens)))
    chosen = np.random.default_rng(seed).choice(unique, size=min(keep, len(unique)),
                                                replace=False)
    return np.isin(citizens, chosen)


def _sklearn_params(params: dict[str, Any]) -> dict[str, Any]:
    return {_SKLEARN_NAMES.get(k, k): v for k, v in params.items()
            if k not in ("objective", "seed", "num_threads")}


def pooled_fold_distributed(client: Any, X: np.ndarray, arm: np.ndarray, y: np.ndarray,
                            n_arms: int, folds: np.ndarray, citizens: np.ndarray, seed: int,
                            k: int, probe_rows: int) -> lgb.Booster:
    """The fold-k pooled model (plugin.pooled_fold), fitted across all workers."""
    import dask.array as da
    from lightgbm.dask import DaskLGBMRegressor

    rows = np.flatnonzero(~np.isnan(y) & (folds != k))
    params = {**boosting.BASE_PARAMS, **PARAMS}
    sample = rows[sample_citizens(citizens[rows], probe_rows, seed + k)]
    probe = boosting.fit(with_arm(X[sample], arm[sample], n_arms), y[sample],
                         {**params, "num_threads": 1}, ROUNDS, seed + k,
                         groups=citizens[sample])
    rounds = boosting.best_rounds(probe, ROUNDS)
    data = with_arm(X[rows], arm[rows], n_arms)
    workers = max(1, len(client.scheduler_info()["workers"]))
    chunk = math.ceil(len(rows) / workers)
    features = da.from_array(data, chunks=(chunk, data.shape[1]))
    labels = da.from_array(y[rows], chunks=(chunk,))
    features, labels = client.persist([features, labels])
    model = DaskLGBMRegressor(client=client, objective=params["objective"],
                              n_estimators=rounds, random_state=seed + k,
                              tree_learner="data", **_sklearn_params(params))
    model.fit(features, labels)
    booster = model.booster_
    booster.best_iteration = 0  # the fixed rounds are all kept (no early stopping here)
    return booster
