"""Places of every programme as the case cache holds them right now (no network).

Read from the imported programmes (`intakes`), the imported enrolments, and the programmes
decided in the app since the data's export that the case system has not booked yet (the
latest decision per citizen, with no enrolment in that programme starting on or after it).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import sqlite_utils

from desktop_app.cache.records import export_date, load_all
from desktop_app.places.intakes import ProgrammePlaces, places_by_programme

_DECIDED_HERE = """
SELECT d.programme_id, count(*) FROM app_decisions d
WHERE d.programme_id IS NOT NULL AND substr(d.decided_at, 1, 10) >= ?
  AND d.id = (SELECT max(id) FROM app_decisions WHERE citizen_id = d.citizen_id)
  AND NOT EXISTS (SELECT 1 FROM enrolments e WHERE e.citizen_id = d.citizen_id
                  AND e.programme_id = d.programme_id AND e.start >= substr(d.decided_at, 1, 10))
GROUP BY d.programme_id
"""


def planning_day(db: sqlite_utils.Database) -> dt.date:
    """The day places are counted from: the data's export day (else today)."""
    return export_date(db) or dt.date.today()


def decided_here(db: sqlite_utils.Database, since: dt.date) -> dict[str, int]:
    return {str(pid): int(n) for pid, n in db.execute(_DECIDED_HERE, (since.isoformat(),))}


def read_places(db: sqlite_utils.Database, as_of: dt.date | None = None
                ) -> dict[str, ProgrammePlaces]:
    as_of = as_of or planning_day(db)
    enrolments = db.execute(
        "SELECT programme_id, start, status FROM enrolments "
        "WHERE start >= ? OR status = 'planned'", (as_of.isoformat(),))
    return places_by_programme(load_all(db, "programmes"), enrolments,
                               decided_here(db, as_of), as_of)


def places_fingerprint(places: dict[str, ProgrammePlaces]) -> str:
    """Changes whenever an intake, a booking or the queue changes (prices are then stale)."""
    state = {pid: [p.queue, [(i.start.isoformat(), i.places, i.booked) for i in p.intakes]]
             for pid, p in sorted(places.items())}
    return hashlib.sha256(json.dumps(state).encode()).hexdigest()[:16]
