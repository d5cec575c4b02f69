"""Kaplan–Meier survival curves with Greenwood variance and log-log confidence bands.

Pure numpy, so the app needs no statistics library. "Survival" here is still being without
work; `found_work` gives the complementary curve (share in work by time t) that the insight
view draws. Bands use the log-log transform, which keeps them inside [0, 1].
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import NormalDist

import numpy as np


@dataclass(frozen=True)
class SurvivalCurve:
    """A step function: `survival[i]` holds from `times[i]` until the next time.

    Rows are time 0 followed by each distinct time with an event. `at_risk`/`events` are
    counted at that time (0 events at time 0). Bands are NaN where undefined (S = 0).
    """

    label: str
    times: np.ndarray
    at_risk: np.ndarray
    events: np.ndarray
    survival: np.ndarray
    std_error: np.ndarray
    lower: np.ndarray
    upper: np.ndarray
    n: int
    confidence: float

    @property
    def n_events(self) -> int:
        return int(self.events.sum())

    def found_work(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Share who found work by each time, with its band: (1 - S, 1 - upper, 1 - lower)."""
        return 1 - self.survival, 1 - self.upper, 1 - self.lower

    def median_time(self) -> float | None:
        """First time at which half have had the event (None if never reached)."""
        reached = np.flatnonzero(self.survival <= 0.5)
        return float(self.times[reached[0]]) if len(reached) else None

    def at(self, time: float) -> float:
        """Survival probability at `time` (right-continuous step)."""
        return float(self.survival[np.searchsorted(self.times, time, side="right") - 1])


def kaplan_meier(
    durations: np.ndarray, observed: np.ndarray, *, confidence: float = 0.95, label: str = ""
) -> SurvivalCurve:
    """Estimates S(t) from follow-up times and event flags (False = censored at that time).

    Censored at the same time as an event counts as still at risk at that time.
    """
    durations = np.asarray(durations, dtype=float)
    observed = np.asarray(observed, dtype=bool)
    if durations.shape != observed.shape:
        raise ValueError("durations and observed must have the same length")
    if np.isnan(durations).any() or (durations < 0).any():
        raise ValueError("durations must be known and not negative")
    event_times, events = np.unique(durations[observed], return_counts=True)
    order = np.sort(durations)
    at_risk = len(order) - np.searchsorted(order, event_times, side="left")
    factors = 1 - events / at_risk
    survival = np.cumprod(factors)
    with np.errstate(divide="ignore", invalid="ignore"):
        greenwood = np.cumsum(events / (at_risk * (at_risk - events)))
        std_error = survival * np.sqrt(greenwood)
        z = NormalDist().inv_cdf(0.5 + confidence / 2)
        log_s = np.log(survival)
        spread = np.exp(z * np.sqrt(greenwood) / np.abs(log_s))
        lower = survival**spread
        upper = survival ** (1 / spread)
    undefined = survival <= 0
    std_error[undefined] = np.nan
    lower[undefined] = np.nan
    upper[undefined] = np.nan
    return SurvivalCurve(
        label=label,
        times=np.concatenate([[0.0], event_times]),
        at_risk=np.concatenate([[len(order)], at_risk]),
        events=np.concatenate([[0], events]),
        survival=np.concatenate([[1.0], survival]),
        std_error=np.concatenate([[0.0], std_error]),
        lower=np.concatenate([[1.0], lower]),
        upper=np.concatenate([[1.0], upper]),
        n=len(order),
        confidence=confidence,
    )
