"""Held-out metrics for a probability model: ROC-AUC, PR-AUC, calibration slope/intercept."""

from __future__ import annotations

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score


def calibration(y: np.ndarray, p: np.ndarray) -> tuple[float, float]:
    """Slope and intercept of y ~ logit(p) (1 and 0 for a perfectly calibrated model)."""
    clipped = np.clip(p, 1e-6, 1 - 1e-6)
    logit = np.log(clipped / (1 - clipped)).reshape(-1, 1)
    fit = LogisticRegression(C=np.inf, max_iter=1000).fit(logit, y)
    return float(fit.coef_[0, 0]), float(fit.intercept_[0])


def evaluate(y_attended: np.ndarray, p_attend: np.ndarray) -> dict[str, float]:
    """Metrics on attendance; PR-AUC is for the rarer, actionable event: the no-show."""
    slope, intercept = calibration(y_attended, p_attend)
    return {
        "n": len(y_attended),
        "attendance_rate": float(np.mean(y_attended)),
        "roc_auc": float(roc_auc_score(y_attended, p_attend)),
        "pr_auc_no_show": float(average_precision_score(1 - y_attended, 1 - p_attend)),
        "calibration_slope": slope,
        "calibration_intercept": intercept,
        "mean_predicted": float(np.mean(p_attend)),
    }
