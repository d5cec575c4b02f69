"""Synthetic suggestions for the places tests (the shapes the suggester returns)."""

from __future__ import annotations

from desktop_app.scoring.eligibility import Eligibility
from desktop_app.scoring.suggestion import ArmSuggestion, CaseSuggestion, HorizonEstimate

HORIZON = 26.0


def case(citizen_id: str, effects: dict[str, float], eligible: dict[str, bool] | None = None,
         waiting: dict[str, float] | None = None) -> CaseSuggestion:
    """A case with 'none' plus one arm per entry of `effects` (baseline 0.3)."""
    eligible = eligible or {}
    waiting = waiting or {}
    arms = [ArmSuggestion("none", Eligibility(True), True,
                          {HORIZON: HorizonEstimate(HORIZON, 0.3, 0.0, 0.0, 0.0, 0.3)})]
    for arm, effect in effects.items():
        estimate = HorizonEstimate(HORIZON, 0.3 + effect, effect, effect - 0.05, effect + 0.05,
                                   0.3)
        arms.append(ArmSuggestion(arm, Eligibility(eligible.get(arm, True)), True,
                                  {HORIZON: estimate}, waiting.get(arm)))
    candidates = [a for a in arms if a.eligible is True]
    best = max(candidates, key=lambda a: a.estimates[HORIZON].effect)
    return CaseSuggestion(citizen_id, "2026-11-01", HORIZON, arms,
                          None if best.arm == "none" else best.arm, abstained=False)
