"""Logistic regression on standardised, mean-imputed features.

A logistic model is calibrated by construction on data like its training data, its
coefficients give each appointment's main reasons directly, and it needs no tree converter.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sklearn.linear_model import LogisticRegression


@dataclass(frozen=True)
class LogisticParams:
    mean: np.ndarray  # imputation value and centre, per column
    scale: np.ndarray
    coef: np.ndarray
    intercept: float

    def predict(self, x: np.ndarray) -> np.ndarray:
        """P(attended), the same arithmetic as the exported ONNX graph (for checks)."""
        z = (np.where(np.isnan(x), self.mean, x) - self.mean) / self.scale
        return 1 / (1 + np.exp(-(z @ self.coef + self.intercept)))


def fit_logistic(x: np.ndarray, y: np.ndarray, l2_strength: float) -> LogisticParams:
    mean = np.nanmean(x, axis=0)
    mean = np.where(np.isfinite(mean), mean, 0.0)
    filled = np.where(np.isnan(x), mean, x)
    scale = filled.std(axis=0)
    scale = np.where(scale > 0, scale, 1.0)
    z = (filled - mean) / scale
    model = LogisticRegression(
        C=1 / (l2_strength * len(y)) if l2_strength else np.inf, max_iter=2000
    )
    model.fit(z, y)
    return LogisticParams(
        mean.astype(np.float64),
        scale.astype(np.float64),
        model.coef_[0].astype(np.float64),
        float(model.intercept_[0]),
    )
