"""What the sheet needs, read from a decision's (or proposal's) stored snapshot.

The snapshot (`decisions/snapshot.py`) holds what the caseworker was shown; these thin types
read it (and the older stored shapes) so that an old decision is explained with the suggestions
that were actually shown, never a re-score by a newer model.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop_app.scoring.support import Abstention


class SheetInputError(ValueError):
    """Input for the sheet is incomplete or malformed; the message names the field."""


@dataclass(frozen=True)
class Reason:
    feature: str  # a feature name from the model's feature schema
    contribution: float  # change of the displayed chance caused by this feature
    value: float | None = None  # the input value (None: not recorded)
    recorded: bool = True  # False: the input was missing or imputed (not the citizen's data)


@dataclass(frozen=True)
class RuleCheck:
    rule: str  # e.g. "min_school_years", "min_language_cefr.da"
    required: Any
    actual: Any
    passed: bool | None


@dataclass(frozen=True)
class Eligibility:
    status: bool | None  # True eligible, False not, None some rule could not be checked
    checks: tuple[RuleCheck, ...] = ()


@dataclass(frozen=True)
class ProgrammeEstimate:
    """The model's estimate for one programme for this citizen."""

    programme_id: str
    names: Mapping[str, str]  # language -> name, as in programmes.jsonl
    baseline: float  # chance of work/education without a programme (0..1)
    effect: float  # change of that chance with this programme
    interval: tuple[float, float]  # 90% interval of the effect
    waiting_weeks: float | None = None
    eligible: bool | None = True
    eligibility: Eligibility | None = None
    reasons: Sequence[Reason] = ()


@dataclass(frozen=True)
class Personalisation:
    significant: bool
    best_single: str | None = None


@dataclass(frozen=True)
class SuggestionSet:
    """Everything the model said about one citizen at one time."""

    model_version: str
    horizon_weeks: int
    estimates: Sequence[ProgrammeEstimate]
    suggested: str | None  # programme id, None = no programme / abstained
    abstained: bool = False
    abstentions: tuple[Abstention, ...] = ()
    personalisation: Personalisation | None = None
    inputs: Mapping[str, float | None] | None = None  # the values the model was given
    subjective: tuple[str, ...] = ()  # attributes the model's schema declares subjective

    def estimate(self, programme_id: str | None) -> ProgrammeEstimate | None:
        return next((e for e in self.estimates if e.programme_id == programme_id), None)


@dataclass(frozen=True)
class ObjectionInput:
    since: str | None  # ISO time the objection was recorded
    shown_before: bool = False  # suggestions had been put before a caseworker before it


@dataclass(frozen=True)
class ComputerPart:
    """What the computer did for a decision or proposal (a stored snapshot, read)."""

    state: str  # snapshot.COMPUTER_STATES, or "unknown" for decisions from before snapshots
    suggestions: SuggestionSet | None = None
    model_status: str = "ready"
    objection: ObjectionInput | None = None  # objection when the decision was made
    eligibility: Eligibility | None = None  # the chosen programme's rules
    country: str | None = None


@dataclass(frozen=True)
class RecordedDecision:
    """A decision recorded in the app (`app_decisions`); only citizen-facing fields."""

    decided_at: str
    caseworker_id: str
    programme_id: str | None  # None = no programme chosen
    suggested_programme_id: str | None = None
    reason_code: str | None = None
    job_referrals: Sequence[str] = field(default_factory=tuple)  # vacancy titles or ids
    decision_id: int | None = None
    caseworker_name: str | None = None  # the name printed; None: "your caseworker"


def _number(data: Mapping[str, Any], key: str, where: str) -> float:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise SheetInputError(f"{where}: field '{key}' must be a number (got {value!r})")
    return float(value)


def _optional_number(value: Any) -> float | None:
    return None if value is None or isinstance(value, bool) else float(value)


def eligibility_from_mapping(data: Any) -> Eligibility | None:
    if not isinstance(data, Mapping):
        return None
    checks = tuple(
        RuleCheck(str(c.get("rule")), c.get("required"), c.get("actual"), c.get("passed"))
        for c in data.get("checks") or () if isinstance(c, Mapping))
    status = data.get("status")
    return Eligibility(None if status is None else bool(status), checks)


def _reason(raw: Any) -> Reason:
    if isinstance(raw, Mapping):
        return Reason(str(raw["feature"]), float(raw["contribution"]),
                      _optional_number(raw.get("value")), bool(raw.get("recorded", True)))
    feature, contribution = str(raw[0]), float(raw[1])
    value = _optional_number(raw[2]) if len(raw) > 2 else None
    recorded = bool(raw[3]) if len(raw) > 3 else (value is not None or len(raw) <= 2)
    return Reason(feature, contribution, value, recorded)


def estimate_from_mapping(pid: str, data: Mapping[str, Any], where: str) -> ProgrammeEstimate:
    interval = data.get("interval")
    if not (isinstance(interval, Sequence) and len(interval) == 2):
        raise SheetInputError(f"{where}: field 'interval' must be [low, high]")
    names = data.get("names") or {}
    return ProgrammeEstimate(
        programme_id=pid,
        names={str(k): str(v) for k, v in names.items()} if isinstance(names, Mapping) else {},
        baseline=_number(data, "baseline", where),
        effect=_number(data, "effect", where),
        interval=(float(interval[0]), float(interval[1])),
        waiting_weeks=_optional_number(data.get("waiting_weeks")),
        eligible=data.get("eligible"),
        eligibility=eligibility_from_mapping(data.get("eligibility")),
        reasons=tuple(_reason(r) for r in data.get("reasons") or ()),
    )


def suggestions_from_mapping(data: Mapping[str, Any]) -> SuggestionSet:
    """Read the stored payload (`decisions.payload.suggestion_payload`, formats 1 and 2)."""
    arms = data.get("arms")
    if not isinstance(arms, Mapping):
        raise SheetInputError("suggestions: field 'arms' must be an object")
    if not data.get("model_version"):
        raise SheetInputError("suggestions: field 'model_version' is missing")
    abstentions = tuple(Abstention.from_json(a) for a in data.get("abstentions") or ())
    if not abstentions and data.get("abstained") and data.get("abstain_reason"):
        legacy = {"missing_data": "missing_key_data", "outside_support": "outside_training_range"}
        abstentions = (Abstention(legacy.get(str(data["abstain_reason"]), "unknown")),)
    part = data.get("personalisation")
    inputs = data.get("inputs")
    return SuggestionSet(
        model_version=str(data["model_version"]),
        horizon_weeks=int(data.get("horizon_weeks") or 26),
        estimates=tuple(
            estimate_from_mapping(str(pid), arm, f"suggestions.arms.{pid}")
            for pid, arm in arms.items()
        ),
        suggested=None if data.get("abstained") else data.get("suggested"),
        abstained=bool(data.get("abstained", False)),
        abstentions=abstentions,
        personalisation=Personalisation(bool(part.get("significant")), part.get("best_single"))
        if isinstance(part, Mapping) else None,
        inputs={str(k): _optional_number(v) for k, v in inputs.items()}
        if isinstance(inputs, Mapping) else None,
        subjective=tuple(str(a) for a in data.get("subjective_attributes") or ()),
    )


def computer_from_snapshot(snapshot: Mapping[str, Any] | None,
                           legacy_suggestions: Mapping[str, Any] | None = None) -> ComputerPart:
    """The snapshot stored with a decision; decisions recorded before snapshots existed are
    read from their stored suggestions, or else say that what was shown is not known."""
    if snapshot is None:
        if legacy_suggestions:
            sugg = suggestions_from_mapping(legacy_suggestions)
            return ComputerPart("abstained" if sugg.abstained else "shown", sugg)
        return ComputerPart("unknown")
    suggestions = snapshot.get("suggestions")
    objection = snapshot.get("objection")
    return ComputerPart(
        state=str(snapshot.get("computer") or "unknown"),
        suggestions=suggestions_from_mapping(suggestions) if suggestions else None,
        model_status=str(snapshot.get("model_status") or "ready"),
        objection=ObjectionInput(objection.get("since"), bool(objection.get("shown_before")))
        if isinstance(objection, Mapping) else None,
        eligibility=eligibility_from_mapping(snapshot.get("eligibility")),
        country=snapshot.get("country"),
    )
