"""The database work behind the case screens, as plain functions (no Qt).

They run on the cache worker's thread, but take a database and return plain data, so tests
can call them directly. `CaseDetail` is everything the case view needs for one citizen.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlite_utils

from desktop_app.cache.records import CitizenRecords, load_all, load_citizen
from desktop_app.cache.search import CaseRow, SearchFilters, search_cases
from desktop_app.cases.completeness import Completeness, completeness
from desktop_app.journeys.case_journey import CaseJourney, journey_or_none


@dataclass(frozen=True)
class CacheSummary:
    """What the window shows once the cache is open: size and the filter choices."""

    path: str
    citizen_count: int
    languages: tuple[str, ...]


@dataclass(frozen=True)
class CaseDetail:
    records: CitizenRecords
    completeness: Completeness
    programmes: tuple[dict[str, Any], ...]
    journey: CaseJourney | None = None  # timeline, similar citizens, attendance band


def summarise(db: sqlite_utils.Database, path: str) -> CacheSummary:
    count = db.execute("SELECT count(*) FROM citizens").fetchone()[0]
    rows = db.execute(
        "SELECT DISTINCT preferred_language FROM citizens "
        "WHERE preferred_language IS NOT NULL ORDER BY preferred_language"
    ).fetchall()
    return CacheSummary(path, int(count), tuple(str(r[0]) for r in rows))


def find_cases(db: sqlite_utils.Database, text: str, filters: SearchFilters) -> list[CaseRow]:
    return search_cases(db, text, filters, limit=200)


def case_detail(db: sqlite_utils.Database, citizen_id: str) -> CaseDetail | None:
    records = load_citizen(db, citizen_id)
    if records is None:
        return None
    programmes = tuple(load_all(db, "programmes"))
    return CaseDetail(
        records, completeness(records.citizen), programmes, journey=journey_or_none(db, records)
    )
