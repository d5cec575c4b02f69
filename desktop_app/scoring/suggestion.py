"""What the app shows for one decision: per programme the chance, effect, interval, eligibility,
waiting time and main reasons, and which programme is suggested (or why none is)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop_app.scoring.eligibility import Eligibility
from desktop_app.scoring.support import Abstention


@dataclass(frozen=True)
class Reason:
    """One input's share of a programme's estimated effect (TreeSHAP).

    `recorded` is False when the input was missing (or filled in rather than read from the
    case): the model still routes such a case somewhere, so the input gets a share, but the
    share says nothing about the citizen. Screen and sheet word it as "not recorded" or leave
    it out of the main reasons; they never say the citizen's value raised or lowered anything.
    """

    feature: str
    meaning: str
    value: float | None  # the case's input value (None when missing)
    contribution: float  # change in the effect it accounts for (probability points / 100)
    recorded: bool = True  # False: comes from a missing or imputed input


def recorded_reasons(reasons: Sequence[Reason]) -> list[Reason]:
    """The reasons that come from data the case actually has, largest first."""
    return [r for r in reasons if r.recorded]


def unrecorded_reasons(reasons: Sequence[Reason]) -> list[Reason]:
    """The reasons that come from missing or imputed inputs, largest first."""
    return [r for r in reasons if not r.recorded]


@dataclass(frozen=True)
class HorizonEstimate:
    weeks: float
    p: float  # chance of the outcome with this arm
    effect: float  # change against no programme
    low: float
    high: float
    baseline: float  # chance without a programme


@dataclass(frozen=True)
class ArmPlaces:
    """A programme's places at the moment of choice (desktop_app.places.fit)."""

    known: bool  # False: the data has no intakes for it (places unknown, never limited)
    places_left: int | None  # free places in the upcoming intakes (None when unknown)
    queue: int  # citizens waiting for a place before a citizen decided now
    next_start: str | None  # ISO date of the intake a citizen decided now would join
    full: bool  # no place left in any known intake: not suggested
    price: float  # what a place is worth to the others in the planning period (effect units)
    value: float  # estimated effect with the wait counted, minus the price (ranks suggestions)


@dataclass
class ArmSuggestion:
    arm: str  # programme id or "none"
    eligibility: Eligibility
    supported: bool  # enough comparable people received it in the training data
    estimates: dict[float, HorizonEstimate]
    waiting_weeks: float | None = None
    base_value: float | None = None  # average effect over the training data (explanations)
    reasons: list[Reason] = field(default_factory=list)
    places: ArmPlaces | None = None  # set when suggestions are fitted to the places

    @property
    def eligible(self) -> bool | None:
        return self.eligibility.status


@dataclass
class CaseSuggestion:
    citizen_id: str
    date: str
    horizon: float
    arms: list[ArmSuggestion]
    suggested: str | None  # programme id; None = no programme (or abstained)
    abstained: bool
    abstain_reasons: list[Abstention] = field(default_factory=list)  # codes, with the facts
    note: str | None = None  # e.g. "personalisation not shown to beat one programme for all"
    places_counted: bool = False  # `suggested` was chosen within the places there are
    suggested_ignoring_places: str | None = None  # what the effects alone would suggest

    def arm(self, arm: str) -> ArmSuggestion:
        return next(a for a in self.arms if a.arm == arm)

    def to_json(self) -> dict:
        """The line `wayfinder-admin suggest` writes for this decision."""
        arms = {}
        for a in self.arms:
            estimate = a.estimates[self.horizon]
            arms[a.arm] = {"p": round(estimate.p, 6), "effect": round(estimate.effect, 6),
                           "low": round(estimate.low, 6), "high": round(estimate.high, 6),
                           "eligible": a.eligible}
            if a.places is not None:
                arms[a.arm]["places"] = {
                    "left": a.places.places_left, "queue": a.places.queue,
                    "next_start": a.places.next_start, "full": a.places.full,
                    "price": round(a.places.price, 6), "value": round(a.places.value, 6)}
        out = {"citizen_id": self.citizen_id, "date": self.date, "suggested": self.suggested,
               "abstained": self.abstained,
               "abstain_reasons": [r.to_json() for r in self.abstain_reasons], "arms": arms}
        if self.places_counted:
            out["suggested_ignoring_places"] = self.suggested_ignoring_places
        return out
