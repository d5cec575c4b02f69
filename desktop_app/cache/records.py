"""Read one citizen's data back in the contract's shape (the same dicts a bundle holds).

The feature builder, matching and journeys take these shapes, whether the data came from a
bundle (training) or from the cache (the app), so the two can never disagree.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from desktop_app.bundle.contract import FILES_BY_STEM
from desktop_app.cache.rows import record_from_row, select_sql

HISTORY_FILES = ("assessments", "decisions", "enrolments", "appointments", "outcomes")


@dataclass
class CitizenRecords:
    citizen: dict[str, Any]
    left_caseload: str | None = None
    history: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    @property
    def citizen_id(self) -> str:
        return str(self.citizen["id"])


def load_citizen(db: sqlite_utils.Database, citizen_id: str) -> CitizenRecords | None:
    spec = FILES_BY_STEM["citizens"]
    row = db.execute(select_sql(spec, "WHERE id = ?"), (citizen_id,)).fetchone()
    if row is None:
        return None
    left = db.execute("SELECT left_caseload FROM citizens WHERE id = ?", (citizen_id,)).fetchone()
    records = CitizenRecords(record_from_row(spec, row), left[0] if left else None)
    for stem in HISTORY_FILES:
        history_spec = FILES_BY_STEM[stem]
        rows = db.execute(select_sql(history_spec, "WHERE citizen_id = ?"), (citizen_id,))
        records.history[stem] = [record_from_row(history_spec, r) for r in rows]
    return records


def load_all(db: sqlite_utils.Database, stem: str) -> list[dict[str, Any]]:
    """Every record of one bundle file (programmes, vacancies, postcodes ...)."""
    spec = FILES_BY_STEM[stem]
    return [record_from_row(spec, row) for row in db.execute(select_sql(spec))]


def manifest_value(db: sqlite_utils.Database, key: str) -> Any:
    """A value of the last imported bundle's manifest (kept as JSON text in the cache)."""
    row = db.execute("SELECT value FROM bundle_manifest WHERE key = ?", (key,)).fetchone()
    return json.loads(row[0]) if row and row[0] is not None else None


def export_date(db: sqlite_utils.Database) -> dt.date | None:
    """The day the case system exported the data: features are computed as of then."""
    value = manifest_value(db, "exported_at")
    return dt.date.fromisoformat(str(value)[:10]) if value else None
