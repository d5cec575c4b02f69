"""Interval half-widths in the app: replicate spread, moderated by the arm's mean spread,
plus the calibration allowance in quadrature."""

from __future__ import annotations

import numpy as np
import pytest

from desktop_app.scoring.model import interval_half_width

Z = 1.6448536269514722


def _interval(prior_df: float, extra: float = 0.0) -> dict:
    return {"z": Z, "scale": {"P1": 1.0}, "extra_sd": {"P1": extra},
            "mean_spread": {"P1": 0.03}, "prior_df": prior_df}


def test_without_moderation_the_width_is_z_times_the_spread():
    members = np.array([[[0.10, 0.12, 0.14]]])
    width = interval_half_width(_interval(0.0), ["P1"], members)
    assert width[0, 0] == pytest.approx(Z * 0.02)


def test_moderation_pulls_a_noisy_spread_towards_the_arm_mean():
    tight = np.array([[[0.1, 0.1, 0.1]]])  # three equal replicates: spread 0 by chance
    width = interval_half_width(_interval(8.0), ["P1"], tight)
    assert width[0, 0] == pytest.approx(Z * 0.03 * np.sqrt(8 / 10))
    huge = interval_half_width(_interval(1e9), ["P1"], np.array([[[0.0, 0.5, 1.0]]]))
    assert huge[0, 0] == pytest.approx(Z * 0.03, rel=1e-6)


def test_calibration_allowance_adds_in_quadrature():
    members = np.array([[[0.10, 0.12, 0.14]]])
    width = interval_half_width(_interval(0.0, extra=0.02), ["P1"], members)
    assert width[0, 0] == pytest.approx(Z * np.sqrt(0.02 ** 2 + 0.02 ** 2))
