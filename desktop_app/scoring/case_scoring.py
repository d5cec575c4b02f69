"""Score one case for the screens, the sheet and the command line: one code path for all.

Returns the suggestion with what is stored as "shown" (`decisions.payload`): the numbers,
reasons, eligibility, abstention codes, personalisation verdict and the input values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop_app.scoring.model import SuggestionModel
from desktop_app.scoring.personalisation import Personalisation
from desktop_app.scoring.suggestion import CaseSuggestion

if TYPE_CHECKING:
    from desktop_app.places.case_places import CasePlaces


@dataclass(frozen=True)
class ScoredCase:
    case: CaseSuggestion
    input_hash: str
    payload: dict[str, Any]


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


def score_case(model: SuggestionModel, version: str, citizen: Mapping[str, Any],
               history: Mapping[str, Sequence[Mapping[str, Any]]],
               programmes: Sequence[Mapping[str, Any]], exported_at: str | None,
               personalisation: Personalisation | None = None,
               places: CasePlaces | None = None) -> ScoredCase:
    """With `places`, the suggestion is fitted to the places there are (places/fit.py)."""
    from desktop_app.decisions.payload import input_hash, suggestion_payload
    from desktop_app.scoring.records import citizen_records
    from desktop_app.scoring.suggester import Suggester

    by_id = {str(p["id"]): dict(p) for p in programmes}
    day = scoring_day(exported_at)
    suggester = Suggester(model, by_id, export_date(exported_at))
    records = citizen_records(dict(citizen), {k: list(v) for k, v in history.items()})
    case_input = [(records, day.toordinal())]
    X = suggester.features(case_input)
    case = suggester.score(case_input, X=X)[0]
    if places is not None:
        from desktop_app.places.fit import fit_to_places

        fit_to_places(case, places.places, places.prices, places.as_of, by_id)
    payload = suggestion_payload(case, by_id, version, features=X[0], schema=model.schema,
                                 personalisation=personalisation)
    return ScoredCase(case, input_hash(X[0], version), payload)
