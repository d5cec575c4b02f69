"""A pooled outcome model over all arms (S-learner) whose arm contrasts start the effect stage.

One LightGBM regression on the features plus a one-hot of the arm learns the part of the
outcome that all arms share from every decision, so each programme's contrast against "none"
rests on far more data than a model of that programme's decisions alone. The doubly robust
stage then corrects these contrasts where the data say they are wrong (Kennedy's DR-learner
with a plug-in start; the pseudo-outcome keeps it orthogonal).
"""

from __future__ import annotations

import numpy as np

from training.suggestions import boosting

PARAMS = {"objective": "regression", "num_leaves": 31, "min_data_in_leaf": 50,
          "learning_rate": 0.05, "feature_fraction": 0.9}
ROUNDS = 1000


def with_arm(X: np.ndarray, arm: np.ndarray | int, n_arms: int) -> np.ndarray:
    onehot = np.zeros((len(X), n_arms))
    onehot[np.arange(len(X)), arm] = 1.0
    return np.hstack([X, onehot])


def contrasts(model, X: np.ndarray, n_arms: int) -> np.ndarray:
    """(n, arms) predicted outcome under each arm minus under "none"."""
    best = model.best_iteration or None
    outcome = np.column_stack([model.predict(with_arm(X, a, n_arms), num_iteration=best)
                               for a in range(n_arms)])
    return outcome - outcome[:, :1]


def cross_fit_contrasts(X: np.ndarray, arm: np.ndarray, y: np.ndarray, n_arms: int,
                        folds: np.ndarray, citizens: np.ndarray, seed: int,
                        threads: int) -> np.ndarray:
    observed = ~np.isnan(y)
    out = np.zeros((len(X), n_arms))
    params = {**PARAMS, "num_threads": threads}
    for k in np.unique(folds):
        train = observed & (folds != k)
        model = boosting.fit(with_arm(X[train], arm[train], n_arms), y[train], params, ROUNDS,
                             seed + int(k), groups=citizens[train])
        out[folds == k] = contrasts(model, X[folds == k], n_arms)
    return out
