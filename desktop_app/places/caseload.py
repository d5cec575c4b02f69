"""The expected caseload of the planning period, read from the case cache in bulk.

Citizens still in the caseload (not closed, not left), not in work or education on the
planning day, with no programme running or booked and no programme decided in the app since
the export, and who have not objected to profiling (GDPR Art. 21: they are never scored).
Their records come in the contract's shape, so the feature builder sees what training saw.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

import sqlite_utils

from desktop_app.bundle.contract import FILES_BY_STEM
from desktop_app.cache.rows import record_from_row, select_sql
from desktop_app.scoring.records import CITIZEN_FILES, CitizenRecords, citizen_records

_ACTIVE = """
SELECT c.id FROM citizens c
WHERE c.left_caseload IS NULL AND (c.case_closed IS NULL OR c.case_closed > :day)
  AND NOT EXISTS (SELECT 1 FROM profiling_objections o
                  WHERE o.citizen_id = c.id AND o.active = 1)
  AND NOT EXISTS (SELECT 1 FROM enrolments e WHERE e.citizen_id = c.id
                  AND (e.status = 'planned' OR (e.status = 'active'
                       AND (e."end" IS NULL OR e."end" >= :day))))
  AND NOT EXISTS (SELECT 1 FROM outcomes s WHERE s.citizen_id = c.id
                  AND s.status IN ('employed', 'education') AND s.start <= :day
                  AND (s."end" IS NULL OR s."end" > :day))
  AND NOT EXISTS (SELECT 1 FROM app_decisions d WHERE d.citizen_id = c.id
                  AND d.programme_id IS NOT NULL AND substr(d.decided_at, 1, 10) >= :day)
ORDER BY c.id
"""


def active_caseload_ids(db: sqlite_utils.Database, day: dt.date) -> list[str]:
    return [row[0] for row in db.execute(_ACTIVE, {"day": day.isoformat()})]


def caseload_records(db: sqlite_utils.Database, ids: list[str]) -> list[CitizenRecords]:
    """The records of `ids`, in that order, in one query per bundle file."""
    db.execute("CREATE TEMP TABLE IF NOT EXISTS planning_ids (id TEXT PRIMARY KEY)")
    db.execute("DELETE FROM planning_ids")
    db.conn.executemany("INSERT INTO planning_ids (id) VALUES (?)", [(i,) for i in ids])
    try:
        spec = FILES_BY_STEM["citizens"]
        citizens = {
            record["id"]: record
            for record in (record_from_row(spec, row) for row in db.execute(
                select_sql(spec, "WHERE id IN (SELECT id FROM planning_ids)")))
        }
        related: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(
            lambda: defaultdict(list))
        for stem in CITIZEN_FILES:
            history = FILES_BY_STEM[stem]
            rows = db.execute(select_sql(
                history, "WHERE citizen_id IN (SELECT id FROM planning_ids)"))
            for row in rows:
                record = record_from_row(history, row)
                related[record["citizen_id"]][stem].append(record)
    finally:
        db.execute("DELETE FROM planning_ids")
    return [citizen_records(citizens[i], related.get(i, {})) for i in ids if i in citizens]
