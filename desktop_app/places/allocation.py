"""The best allocation of citizens to programmes within the places there are, and the price
of a place in each programme (the dual of its capacity), with SciPy's HiGHS.

    maximise   sum_i w_i * sum_a value[i, a] * x[i, a]
    subject to sum_a x[i, a] = 1                    every citizen gets one arm (0 = none)
               sum_i w_i * x[i, a] <= places[a]     for every programme with known places
               0 <= x[i, a] <= 1, x[i, a] = 0 where the arm is not allowed

A citizen i's decision counts with weight w_i (the chance that it falls in the planning
period; 1 when every row is one decision). With unit weights the constraint matrix is that of
a transportation problem (totally unimodular), so the simplex vertex HiGHS returns is a whole
assignment. The price of a place in programme a is the shadow price of its capacity: how
much total value one more place would add. Ranking one citizen's arms by value minus price
reproduces the allocation (complementary slackness), which is why the price can be shown to
caseworkers who meet citizens one at a time.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


class AllocationError(Exception):
    """The solver did not find an allocation (it should always find one: none is allowed)."""


@dataclass(frozen=True)
class Allocation:
    choice: np.ndarray  # (n,) arm index per row (0 = none)
    share: np.ndarray  # (n, arms) fractional solution (whole numbers for unit weights)
    prices: np.ndarray  # (arms,) value of one more place; 0 for none and unlimited arms
    total: float  # objective: sum of w_i * value of the chosen arms

    def used(self, weights: np.ndarray | None = None) -> np.ndarray:
        w = np.ones(len(self.choice)) if weights is None else weights
        return (self.share * w[:, None]).sum(axis=0)


def allocate(value: np.ndarray, allowed: np.ndarray, places: np.ndarray,
             weights: np.ndarray | None = None) -> Allocation:
    """Allocate rows to arms. `value`, `allowed`: (n, arms), column 0 = no programme (always
    allowed); `places`: (arms,) with np.inf for arms whose places are unlimited or unknown."""
    from scipy import sparse  # imported here: opening a case never needs the solver
    from scipy.optimize import linprog

    value = np.asarray(value, dtype=float)
    n, arms = value.shape
    allowed = np.asarray(allowed, dtype=bool).copy()
    allowed[:, 0] = True
    allowed &= np.isfinite(value)
    places = np.asarray(places, dtype=float)
    w = np.ones(n) if weights is None else np.asarray(weights, dtype=float)
    if n == 0:
        return Allocation(np.zeros(0, dtype=np.int64), np.zeros((0, arms)), np.zeros(arms), 0.0)
    rows, cols = np.nonzero(allowed)
    k = len(rows)
    cost = -(w[rows] * value[rows, cols])
    a_eq = sparse.csr_matrix((np.ones(k), (rows, np.arange(k))), shape=(n, k))
    limited = [a for a in range(1, arms) if np.isfinite(places[a])]
    position = {a: j for j, a in enumerate(limited)}
    in_limited = np.isin(cols, limited)
    a_ub = sparse.csr_matrix(
        (w[rows[in_limited]],
         ([position[int(c)] for c in cols[in_limited]], np.flatnonzero(in_limited))),
        shape=(len(limited), k))
    result = linprog(
        cost, A_ub=a_ub if limited else None,
        b_ub=np.maximum(places[limited], 0.0) if limited else None,
        A_eq=a_eq, b_eq=np.ones(n), bounds=(0.0, 1.0), method="highs-ds")
    if result.status != 0:
        raise AllocationError(f"the allocation could not be solved: {result.message}")
    share = np.zeros((n, arms))
    share[rows, cols] = result.x
    prices = np.zeros(arms)
    if limited:
        prices[limited] = np.maximum(-np.asarray(result.ineqlin.marginals), 0.0)
    choice = share.argmax(axis=1)
    return Allocation(choice, share, prices, float(-result.fun))


def priced_choice(value: np.ndarray, allowed: np.ndarray, prices: np.ndarray) -> np.ndarray:
    """Each row's best arm by value minus the price of a place (0 = none when nothing beats
    it). Ties go to the lower arm index, so 'none' wins a tie."""
    net = np.where(allowed, value - prices[None, :], -np.inf)
    net[:, 0] = value[:, 0]
    return net.argmax(axis=1)
