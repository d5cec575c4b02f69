"""Scoring the open case on the cache worker's thread (plain functions, no Qt).

The model is loaded once per worker, only from a VERIFIED install (`load_verified_model`);
when that fails the reason is kept and shown, and the rest of the app carries on. A citizen's
objection to profiling (GDPR Art. 21) means the case is not scored at all.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from desktop_app.scoring.model import ModelError, SuggestionModel
from desktop_app.scoring.suggestion import CaseSuggestion
from desktop_app.trust.errors import ModelUnavailable, TrustError
from desktop_app.trust.installed import VerifiedModel

log = logging.getLogger(__name__)

ModelLoader = Callable[[], VerifiedModel]


@dataclass(frozen=True)
class Personalisation:
    """Whether following the suggestions beat giving everyone the best single programme."""

    significant: bool
    estimate: float
    low: float
    high: float
    best_single: str | None


@dataclass(frozen=True)
class LoadedModel:
    model: SuggestionModel | None
    version: str | None
    unavailable: str | None  # why there are no suggestions (a sentence), None when usable
    personalisation: Personalisation | None = None


@dataclass(frozen=True)
class CaseSuggestions:
    state: str  # "shown" | "no_model" | "objection"
    message: str | None  # the reason when not shown
    case: CaseSuggestion | None = None
    model_version: str | None = None
    input_hash: str | None = None
    payload: dict[str, Any] | None = None  # what is shown, as stored with the decision
    personalisation: Personalisation | None = None


def _personalisation(card: Mapping[str, Any]) -> Personalisation | None:
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


def load_model(loader: ModelLoader) -> LoadedModel:
    try:
        verified = loader()
        if not verified.usable:
            return LoadedModel(None, str(verified.version),
                               f"Model version {verified.version} was withdrawn: "
                               f"{verified.withdrawn_reason}")
        model = SuggestionModel(verified.directory)
        card_path = verified.directory / "model_card.json"
        card = json.loads(card_path.read_text(encoding="utf-8")) if card_path.is_file() else {}
        card.setdefault("personalisation", model.manifest.get("personalisation"))
        return LoadedModel(model, str(verified.version), None, _personalisation(card))
    except ModelUnavailable as error:
        return LoadedModel(None, None, str(error))
    except (TrustError, ModelError, OSError, ValueError, KeyError) as error:
        log.exception("the installed suggestion model cannot be used")
        return LoadedModel(None, None, f"The installed model cannot be used: {error}")


def export_date(exported_at: str | None) -> dt.date | None:
    """The bundle manifest's `exported_at` (stored as JSON text in the cache) as a date."""
    if not exported_at:
        return None
    text = exported_at.strip().strip('"')
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def scoring_day(exported_at: str | None) -> dt.date:
    """The data's as-of date: the bundle's export date, else today."""
    return export_date(exported_at) or dt.date.today()


def suggest_for_case(loaded: LoadedModel, citizen: Mapping[str, Any],
                     history: Mapping[str, Sequence[Mapping[str, Any]]],
                     programmes: Sequence[Mapping[str, Any]], exported_at: str | None,
                     objection: bool) -> CaseSuggestions:
    if objection:
        return CaseSuggestions("objection", None)
    if loaded.model is None or loaded.version is None:
        return CaseSuggestions("no_model", loaded.unavailable)
    from desktop_app.decisions.payload import input_hash, suggestion_payload
    from desktop_app.scoring.records import citizen_records
    from desktop_app.scoring.suggester import Suggester

    by_id = {str(p["id"]): dict(p) for p in programmes}
    day = scoring_day(exported_at)
    suggester = Suggester(loaded.model, by_id, export_date(exported_at))
    records = citizen_records(dict(citizen), {k: list(v) for k, v in history.items()})
    case_input = [(records, day.toordinal())]
    X = suggester.features(case_input)
    case = suggester.score(case_input, X=X)[0]
    return CaseSuggestions(
        "shown", None, case, loaded.version, input_hash(X[0], loaded.version),
        suggestion_payload(case, by_id, loaded.version), loaded.personalisation)
