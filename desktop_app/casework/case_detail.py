"""The database work behind the case screens, as plain functions (no Qt).

They run on the cache worker's thread, but take a database and return plain data, so tests
can call them directly. `CaseDetail` is everything the case view needs for one citizen.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

import sqlite_utils

from desktop_app.cache.records import CitizenRecords, load_citizen
from desktop_app.cache.search import CaseRow, SearchFilters, search_cases
from desktop_app.cases.completeness import Completeness, completeness
from desktop_app.casework.cache_facts import CacheFacts, cache_facts, exported_at
from desktop_app.casework.case_summary import CacheSummary, summarise
from desktop_app.casework.job_matches import jobs_detail
from desktop_app.casework.suggestions import CaseSuggestions, LoadedModel, suggest_for_case
from desktop_app.decisions.objections import objection_active
from desktop_app.journeys.case_journey import CaseJourney, journey_or_none
from desktop_app.matching.case_matching import JobsDetail
from desktop_app.places.case_places import case_places

__all__ = [
    "CacheFacts", "CacheSummary", "CaseDetail", "cache_facts", "case_detail", "exported_at",
    "find_cases", "summarise",
]


@dataclass(frozen=True)
class CaseDetail:
    records: CitizenRecords
    completeness: Completeness
    programmes: tuple[dict[str, Any], ...]
    suggestions: CaseSuggestions = field(
        default_factory=lambda: CaseSuggestions("no_model", None))
    objection: bool = False
    latest_decision: dict[str, Any] | None = None  # the last decision recorded in the app
    journey: CaseJourney | None = None  # timeline, similar citizens, attendance band
    jobs: JobsDetail | None = None  # skill profile, vacancy matches, alternatives


def find_cases(db: sqlite_utils.Database, text: str,
               filters: SearchFilters | dict[str, Any]) -> list[CaseRow]:
    if isinstance(filters, dict):
        filters = SearchFilters(**filters)
    return search_cases(db, text, filters, limit=200)


def latest_app_decision(db: sqlite_utils.Database, citizen_id: str) -> dict[str, Any] | None:
    cursor = db.execute(
        "SELECT id, decided_at, caseworker_id, programme_id, suggested_programme_id, "
        "followed_suggestion, reason_code FROM app_decisions WHERE citizen_id = ? "
        "ORDER BY decided_at DESC, id DESC LIMIT 1", (citizen_id,))
    row = cursor.fetchone()
    if row is None:
        return None
    return dict(zip([d[0] for d in cursor.description], row, strict=True))


def with_app_decisions(db: sqlite_utils.Database, records: CitizenRecords) -> CitizenRecords:
    """The records with the decisions recorded in the app added to the bundle's (for the
    journey only: scoring reads the bundle's history as of the export date)."""
    rows = db.execute(
        "SELECT decided_at, programme_id, caseworker_id FROM app_decisions "
        "WHERE citizen_id = ? ORDER BY decided_at, id", (records.citizen_id,)).fetchall()
    if not rows:
        return records
    added = [{"citizen_id": records.citizen_id, "date": str(decided_at)[:10],
              "programme_id": programme_id, "caseworker_id": caseworker_id}
             for decided_at, programme_id, caseworker_id in rows]
    history = {**records.history, "decisions": [*records.history.get("decisions", []), *added]}
    return replace(records, history=history)


def case_detail(db: sqlite_utils.Database, citizen_id: str,
                model: LoadedModel | None = None,
                facts: CacheFacts | None = None) -> CaseDetail | None:
    records = load_citizen(db, citizen_id)
    if records is None:
        return None
    facts = facts or cache_facts(db)
    programmes = facts.programmes
    objection = objection_active(db, citizen_id)
    loaded = model or LoadedModel(None, None, None)
    places = case_places(db, loaded.version) if loaded.model is not None and not objection \
        else None
    suggestions = suggest_for_case(loaded, records.citizen, records.history, programmes,
                                   facts.exported_at, objection, places)
    return CaseDetail(records, completeness(records.citizen), programmes, suggestions,
                      objection, latest_app_decision(db, citizen_id),
                      journey=journey_or_none(db, with_app_decisions(db, records),
                                              objection=objection),
                      jobs=jobs_detail(db, records.citizen))
