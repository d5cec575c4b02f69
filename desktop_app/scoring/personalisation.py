"""Whether following personal suggestions beat giving everyone the best single programme.

Read from the model card (evaluation on held-out citizens). When it did not clearly beat one
programme for everyone, the screens and the citizen's sheet say so next to the suggestion.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Personalisation:
    significant: bool
    estimate: float
    low: float
    high: float
    best_single: str | None

    def to_json(self) -> dict[str, Any]:
        return {"significant": self.significant, "best_single": self.best_single}


def personalisation_from_card(card: Mapping[str, Any]) -> Personalisation | None:
    part = card.get("personalisation") or {}
    gain = part.get("gain_vs_best_single")
    if not isinstance(gain, Mapping) or gain.get("estimate") is None:
        return None
    best = card.get("best_single_arm")
    if isinstance(best, Mapping):  # one per horizon: the primary horizon's comes first
        best = next(iter(best.values()), None)
    return Personalisation(bool(part.get("significant")), float(gain["estimate"]),
                           float(gain["ci_low"]), float(gain["ci_high"]),
                           str(best) if best else None)
