"""Evaluation that counts places: the policy value when every programme has only the places
caseworkers actually used on the evaluated decisions.

Three allocations of the same places, side by side:
- `allocated`: the app's policy, the allocation with prices (desktop_app.places.allocation)
  over the estimated effects, i.e. each decision ranked by estimated effect minus the price of
  a place;
- `greedy`: largest estimated effect first until a programme's places run out;
- `observed`: the caseworkers' own choices (they used exactly these places).
Decisions on which the model abstains keep the caseworker's choice (and its place) in all three.
Values are doubly robust on the decisions with an observed outcome (95% intervals from the
citizen-clustered bootstrap). With a known truth: the true value of each, the best achievable
within the same places (the allocation over the TRUE chances and true eligibility) and the
share of the achievable gain over the caseworkers' choices that each reaches.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from desktop_app.places.allocation import allocate
from training.suggestions.policy_value import capacity_choice, chosen, clustered_bootstrap

POLICIES = ("allocated", "greedy", "observed")


def choices_within_places(effect: np.ndarray, allowed: np.ndarray, abstained: np.ndarray,
                          observed: np.ndarray) -> dict[str, np.ndarray]:
    """Arm index per decision for each policy, all within the places caseworkers used.

    effect, allowed: (n, arms), column 0 = none; abstained: (n,) bool; observed: (n,) arm."""
    arms = effect.shape[1]
    places = np.bincount(observed, minlength=arms).astype(float)
    held = np.bincount(observed[abstained], minlength=arms).astype(float)
    free = ~abstained
    left = places - held
    left[0] = np.inf
    value = np.where(allowed, effect, -np.inf)
    value[:, 0] = 0.0
    out = {name: observed.copy() for name in POLICIES}
    if free.any():
        out["allocated"][free] = allocate(value[free], allowed[free], left).choice
        out["greedy"][free] = capacity_choice(effect[free], allowed[free], left)
    return out


def dr_values(gamma: np.ndarray, choices: dict[str, np.ndarray], y: np.ndarray,
              citizens: np.ndarray, draws: int, seed: int) -> dict[str, dict[str, float]]:
    rows = {name: (y.astype(float) if name == "observed" else chosen(gamma, choice))
            for name, choice in choices.items()}
    rows["allocated_vs_observed"] = rows["allocated"] - rows["observed"]
    rows["allocated_vs_greedy"] = rows["allocated"] - rows["greedy"]
    return clustered_bootstrap(rows, citizens, draws, seed)


def true_values(p: np.ndarray, eligible: np.ndarray, choices: dict[str, np.ndarray],
                observed: np.ndarray) -> dict[str, Any]:
    """p, eligible: (n, arms) true chances and true eligibility (column 0 = none). A choice the
    truth does not allow falls back to the caseworker's (as in the other truth metrics)."""
    n = len(observed)
    rows = np.arange(n)
    places = np.bincount(observed, minlength=p.shape[1]).astype(float)
    places[0] = np.inf
    best = allocate(np.where(eligible, p, -np.inf), eligible, places)
    achievable = float(p[rows, best.choice].mean())
    base = float(p[rows, observed].mean())
    out: dict[str, Any] = {"achievable": achievable, "observed": base}
    for name, choice in choices.items():
        if name == "observed":
            continue
        pick = np.where(eligible[rows, choice], choice, observed)
        value = float(p[rows, pick].mean())
        share = (value - base) / (achievable - base) if achievable > base else None
        out[name] = {"value": value, "share_of_achievable": share}
    return out


def within_places_block(dr: dict[str, dict[str, float]], truth: dict[str, Any] | None,
                        places: np.ndarray, arms: list[str]) -> dict[str, Any]:
    """The `within_places` object of `evaluate --json`."""
    block: dict[str, Any] = {
        "places": {arm: int(places[a]) for a, arm in enumerate(arms) if a > 0},
        "value": dr["allocated"],
        "greedy": {"value": dr["greedy"]},
        "observed": {"value": dr["observed"]},
        "gain_vs_observed": dr["allocated_vs_observed"],
        "gain_vs_greedy": dr["allocated_vs_greedy"],
    }
    if truth is not None:
        block["true_value"] = truth["allocated"]["value"]
        block["achievable"] = truth["achievable"]
        block["share_of_achievable"] = truth["allocated"]["share_of_achievable"]
        block["greedy"]["true_value"] = truth["greedy"]["value"]
        block["greedy"]["share_of_achievable"] = truth["greedy"]["share_of_achievable"]
        block["observed"]["true_value"] = truth["observed"]
        block["truth_matched_decisions"] = truth["matched_decisions"]
    return block
