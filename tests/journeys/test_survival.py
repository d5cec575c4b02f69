"""Kaplan–Meier against hand-computed and textbook figures."""

from __future__ import annotations

import numpy as np
import pytest

from desktop_app.journeys.survival import kaplan_meier


def test_small_example_computed_by_hand() -> None:
    # Times 2, 3, 3+, 5, 8+ ("+" censored). At t=2: 5 at risk, 1 event -> S = 4/5.
    # At t=3: 4 at risk (the one censored at 3 still counts), 1 event -> S = 0.8 * 3/4 = 0.6.
    # At t=5: 2 at risk, 1 event -> S = 0.3. Greenwood sums: 1/20, +1/12, +1/2.
    # Log-log band: S ** exp(+-1.96 * sqrt(sum) / |ln S|).
    curve = kaplan_meier(np.array([2, 3, 3, 5, 8]), np.array([1, 1, 0, 1, 0], dtype=bool))
    assert curve.times.tolist() == [0, 2, 3, 5]
    assert curve.at_risk.tolist() == [5, 5, 4, 2]
    assert curve.events.tolist() == [0, 1, 1, 1]
    assert curve.survival == pytest.approx([1, 0.8, 0.6, 0.3])
    assert curve.std_error == pytest.approx([0, 0.178885, 0.219089, 0.238747], abs=1e-6)
    assert curve.lower == pytest.approx([1, 0.203809, 0.125730, 0.012302], abs=1e-6)
    assert curve.upper == pytest.approx([1, 0.969180, 0.881756, 0.719218], abs=1e-6)
    assert curve.median_time() == 5
    assert curve.at(4.9) == pytest.approx(0.6)
    found, low, high = curve.found_work()
    assert found[-1] == pytest.approx(0.7) and low[-1] < found[-1] < high[-1]


def test_freireich_six_mp_arm_matches_textbook() -> None:
    # Gehan (1965) 6-MP leukaemia remission data; KM and Greenwood standard errors as printed
    # in Klein & Moeschberger, "Survival Analysis", table 4.1A.
    times = [6, 6, 6, 6, 7, 9, 10, 10, 11, 13, 16, 17, 19, 20, 22, 23, 25, 32, 32, 34, 35]
    events = [1, 1, 1, 0, 1, 0, 1, 0, 0, 1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0]
    curve = kaplan_meier(np.array(times), np.array(events, dtype=bool))
    assert curve.times[1:].tolist() == [6, 7, 10, 13, 16, 22, 23]
    expected_s = [0.857, 0.807, 0.753, 0.690, 0.627, 0.538, 0.448]
    expected_se = [0.0764, 0.0869, 0.0963, 0.1068, 0.1141, 0.1282, 0.1346]
    assert curve.survival[1:] == pytest.approx(expected_s, abs=5e-4)
    assert curve.std_error[1:] == pytest.approx(expected_se, abs=5e-4)
    assert curve.median_time() == 23
    assert np.all(curve.lower <= curve.survival) and np.all(curve.survival <= curve.upper)


def test_everyone_has_the_event_ends_at_zero_without_a_band() -> None:
    curve = kaplan_meier(np.array([1.0, 2.0]), np.array([True, True]))
    assert curve.survival[-1] == 0
    assert np.isnan(curve.lower[-1]) and np.isnan(curve.upper[-1])


def test_bad_input_is_refused() -> None:
    with pytest.raises(ValueError, match="same length"):
        kaplan_meier(np.array([1.0]), np.array([True, False]))
    with pytest.raises(ValueError, match="not negative"):
        kaplan_meier(np.array([-1.0]), np.array([True]))
