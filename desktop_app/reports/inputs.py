"""What the sheet needs from the model and from the recorded decision (thin input types).

The scoring package produces richer objects; `from_mapping` adapters accept the JSON shape
stored with a decision in `app_decisions.suggestions`, so an old decision is explained with
the suggestions that were actually shown, not a re-score by a newer model.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any


class SheetInputError(ValueError):
    """Input for the sheet is incomplete or malformed; the message names the field."""


@dataclass(frozen=True)
class Reason:
    feature: str  # a feature name from the model's feature schema
    contribution: float  # change of the displayed chance caused by this feature


@dataclass(frozen=True)
class ProgrammeEstimate:
    """The model's estimate for one programme (or "none") for this citizen."""

    programme_id: str
    names: Mapping[str, str]  # language -> name, as in programmes.jsonl
    baseline: float  # chance of work/education without a programme (0..1)
    effect: float  # change of that chance with this programme
    interval: tuple[float, float]  # 90% interval of the effect
    waiting_weeks: float | None = None
    eligible: bool | None = True
    eligibility_rule: str = ""
    reasons: Sequence[Reason] = ()

    def name_in(self, lang: str) -> tuple[str, str]:
        """(name, language of that name): the sheet's language, else English, else any."""
        for code in (lang, "en", *sorted(self.names)):
            text = self.names.get(code)
            if text:
                return str(text), code
        return self.programme_id, "und"


@dataclass(frozen=True)
class SuggestionSet:
    """Everything the model said about one citizen at one time."""

    model_version: str
    horizon_weeks: int
    estimates: Sequence[ProgrammeEstimate]
    suggested: str | None  # programme id, None = no programme / abstained
    abstained: bool = False
    abstain_reason: str | None = None  # "outside_support" | "missing_data"

    def estimate(self, programme_id: str | None) -> ProgrammeEstimate | None:
        return next((e for e in self.estimates if e.programme_id == programme_id), None)


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


def _number(data: Mapping[str, Any], key: str, where: str) -> float:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise SheetInputError(f"{where}: field '{key}' must be a number (got {value!r})")
    return float(value)


def estimate_from_mapping(pid: str, data: Mapping[str, Any], where: str) -> ProgrammeEstimate:
    interval = data.get("interval")
    if not (isinstance(interval, Sequence) and len(interval) == 2):
        raise SheetInputError(f"{where}: field 'interval' must be [low, high]")
    reasons = [
        Reason(str(r[0]), float(r[1])) if isinstance(r, Sequence)
        else Reason(str(r["feature"]), float(r["contribution"]))
        for r in data.get("reasons") or ()
    ]
    names = data.get("names") or {}
    return ProgrammeEstimate(
        programme_id=pid,
        names={str(k): str(v) for k, v in names.items()} if isinstance(names, Mapping) else {},
        baseline=_number(data, "baseline", where),
        effect=_number(data, "effect", where),
        interval=(float(interval[0]), float(interval[1])),
        waiting_weeks=data.get("waiting_weeks"),
        eligible=data.get("eligible"),
        eligibility_rule=str(data.get("rule") or ""),
        reasons=tuple(reasons),
    )


def suggestions_from_mapping(data: Mapping[str, Any]) -> SuggestionSet:
    """Read the stored JSON shape: {model_version, horizon_weeks, suggested, abstained, arms}."""
    arms = data.get("arms")
    if not isinstance(arms, Mapping):
        raise SheetInputError("suggestions: field 'arms' must be an object")
    if not data.get("model_version"):
        raise SheetInputError("suggestions: field 'model_version' is missing")
    return SuggestionSet(
        model_version=str(data["model_version"]),
        horizon_weeks=int(data.get("horizon_weeks") or 26),
        estimates=tuple(
            estimate_from_mapping(str(pid), arm, f"suggestions.arms.{pid}")
            for pid, arm in arms.items()
        ),
        suggested=data.get("suggested"),
        abstained=bool(data.get("abstained", False)),
        abstain_reason=data.get("abstain_reason"),
    )
