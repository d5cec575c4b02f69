"""Scoring the open case on the cache worker's thread (plain functions, no Qt).

The model is loaded once per worker, only from a VERIFIED install (`load_verified_model`);
when that fails the reason is kept and shown, and the rest of the app carries on. A citizen's
objection to profiling (GDPR Art. 21) means the case is not scored at all.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop_app.scoring.case_scoring import export_date, score_case, scoring_day
from desktop_app.scoring.model import ModelError, SuggestionModel
from desktop_app.scoring.personalisation import Personalisation, personalisation_from_card
from desktop_app.scoring.suggestion import CaseSuggestion
from desktop_app.trust.errors import ModelUnavailable, TrustError
from desktop_app.trust.installed import VerifiedModel

if TYPE_CHECKING:
    from desktop_app.places.case_places import CasePlaces

log = logging.getLogger(__name__)

ModelLoader = Callable[[], VerifiedModel]


__all__ = ["CaseSuggestions", "LoadedModel", "Personalisation", "export_date", "load_model",
           "scoring_day", "suggest_for_case"]


@dataclass(frozen=True)
class LoadedModel:
    model: SuggestionModel | None
    version: str | None
    unavailable: str | None  # for IT: why there are no suggestions (a sentence)
    personalisation: Personalisation | None = None
    # for the screens: "ready", or a code from trust.errors.MODEL_STATUS_CODES
    status: str = "ready"

    @property
    def status_code(self) -> str:
        """The status; a model-less value built without a code counts as not installed."""
        if self.model is None and self.status == "ready":
            return "not_installed"
        return self.status


@dataclass(frozen=True)
class CaseSuggestions:
    state: str  # "shown" | "no_model" | "objection"
    message: str | None  # for IT: the reason when not shown (a sentence, English)
    case: CaseSuggestion | None = None
    model_version: str | None = None
    input_hash: str | None = None
    payload: dict[str, Any] | None = None  # what is shown, as stored with the decision
    personalisation: Personalisation | None = None
    model_status: str = "ready"  # with state "no_model": a code from MODEL_STATUS_CODES
    country: str | None = None  # whose rights apply (the model's host language), when known


def load_model(loader: ModelLoader) -> LoadedModel:
    try:
        verified = loader()
        if not verified.usable:
            return LoadedModel(None, str(verified.version),
                               f"Model version {verified.version} was withdrawn: "
                               f"{verified.withdrawn_reason}", status="withdrawn")
        model = SuggestionModel(verified)
        card = (json.loads(verified.read_bytes("model_card.json"))
                if verified.has("model_card.json") else {})
        card.setdefault("personalisation", model.manifest.get("personalisation"))
        return LoadedModel(model, str(verified.version), None, personalisation_from_card(card))
    except ModelUnavailable as error:
        return LoadedModel(None, None, str(error), status=error.code)
    except (TrustError, ModelError, OSError, ValueError, KeyError) as error:
        log.exception("the installed suggestion model cannot be used")
        return LoadedModel(None, None, f"The installed model cannot be used: {error}",
                           status="cannot_load")


def suggest_for_case(loaded: LoadedModel, citizen: Mapping[str, Any],
                     history: Mapping[str, Sequence[Mapping[str, Any]]],
                     programmes: Sequence[Mapping[str, Any]], exported_at: str | None,
                     objection: bool, places: CasePlaces | None = None) -> CaseSuggestions:
    """The case's suggestions; with `places`, fitted to the places there are (places/fit.py)."""
    from desktop_app.reports.rights import country_of

    schema = getattr(loaded.model, "schema", None)
    country = country_of(schema.host_language) if schema is not None else None
    if objection:
        return CaseSuggestions("objection", None, country=country)
    if loaded.model is None or loaded.version is None:
        return CaseSuggestions("no_model", loaded.unavailable, model_status=loaded.status_code)
    scored = score_case(loaded.model, loaded.version, citizen, history, programmes, exported_at,
                        loaded.personalisation, places)
    return CaseSuggestions("shown", None, scored.case, loaded.version, scored.input_hash,
                           scored.payload, loaded.personalisation, country=country)
