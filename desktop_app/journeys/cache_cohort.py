"""The whole caseload's journeys, read from the case cache once per open cache.

"Citizens like this one" and the insight window compare one citizen with everyone in the
cache. Reading every record through the contract dicts takes seconds, so this reads only the
columns journeys use, straight into frames, and keeps the result per open database (a new
cache, or the same file reopened after an import, is a new `Database` and gets a new cohort).
The attendance model is verified and loaded at the same moment, so a case load never repeats
the offline signature check.
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import pandas as pd
import sqlite_utils

from desktop_app.journeys.attendance import MODEL_FILE, AttendanceModel, AttendanceModelError
from desktop_app.journeys.cohort import journey_log
from desktop_app.journeys.events import EventLog
from desktop_app.journeys.records import JourneyRecords, journey_records
from desktop_app.journeys.similar import SimilarityIndex, similarity_index
from desktop_app.journeys.variants import VariantTable, variants

log = logging.getLogger(__name__)

ATTENDANCE_FILE = MODEL_FILE
# Citizen columns the journey code reads; JSON ones are decoded. Never gender or birth country.
CITIZEN_COLUMNS = (
    "id",
    "birth_year",
    "years_in_country",
    "school_years",
    "education_isced",
    "unemployed_since",
    "case_closed",
)
CITIZEN_JSON_COLUMNS = ("languages", "basic_skills")
HISTORY_SQL = {
    "enrolments": 'SELECT citizen_id, programme_id, start, "end", status, attendance_rate '
    "FROM enrolments",
    "appointments": "SELECT citizen_id, date, kind, attended FROM appointments",
    "outcomes": 'SELECT citizen_id, start, "end", status, subsidised FROM outcomes',
    "decisions": "SELECT citizen_id, date, programme_id FROM decisions",
}
# The cohort compares a case with at most this many citizens: an evenly spread sample of a
# larger caseload (every k-th citizen in import order) describes how journeys end just as
# well, and keeps the first case, memory and each comparison bounded whatever the caseload.
COHORT_LIMIT = 25_000


@dataclass(frozen=True)
class AttendanceStatus:
    """The installed attendance model, or why there is none (`state` is a code for the view).

    state: "ready", "not_installed" (no model, or a model without the attendance file),
    "withdrawn" or "unavailable" (failed verification or loading; `detail` says why).
    """

    state: str
    model: AttendanceModel | None = None
    version: int | None = None
    detail: str = ""


@dataclass(frozen=True)
class JourneyCohort:
    records: JourneyRecords
    log: EventLog
    variant_table: VariantTable
    attendance: AttendanceStatus
    similarity: SimilarityIndex  # "citizens like this one", prepared once per cohort


_cohorts: WeakKeyDictionary[sqlite_utils.Database, JourneyCohort] = WeakKeyDictionary()
_lock = threading.Lock()


def cohort_for(db: sqlite_utils.Database, model_store: Path | None = None) -> JourneyCohort:
    """The cohort of `db`, built on first use and reused for every later case."""
    with _lock:
        cohort = _cohorts.get(db)
        if cohort is None:
            records = cohort_records(db)
            log_ = journey_log(records)
            cohort = JourneyCohort(
                records, log_, variants(log_), installed_attendance_model(model_store),
                similarity_index(log_),
            )
            _cohorts[db] = cohort
        return cohort


def cohort_records(db: sqlite_utils.Database, limit: int = COHORT_LIMIT) -> JourneyRecords:
    """The journey tables of the cohort (no assessments: the cohort analyses do not use them).

    Every citizen when the caseload has at most `limit` citizens, else every k-th one.
    """
    total = int(db.execute("SELECT count(*) FROM citizens").fetchone()[0])
    step = max(1, -(-total // limit))
    sample = f"rowid % {step} = 0" if step > 1 else "1"
    citizens = _frame(
        db,
        f"SELECT {', '.join((*CITIZEN_COLUMNS, *CITIZEN_JSON_COLUMNS))} FROM citizens "
        f"WHERE {sample}",
    )
    for column in CITIZEN_JSON_COLUMNS:
        citizens[column] = [_json(v) for v in citizens[column]]
    programmes = _frame(db, "SELECT id, name, kind FROM programmes")
    programmes["name"] = [_json(v) for v in programmes["name"]]
    in_sample = f" WHERE citizen_id IN (SELECT id FROM citizens WHERE {sample})"
    history = {
        name: _frame(db, sql + (in_sample if step > 1 else "")) for name, sql in HISTORY_SQL.items()
    }
    for name in ("appointments",):
        history[name]["attended"] = history[name]["attended"].map(_flag)
    history["outcomes"]["subsidised"] = history["outcomes"]["subsidised"].map(_flag)
    return journey_records(citizens=citizens, programmes=programmes, **history)


def installed_attendance_model(model_store: Path | None = None) -> AttendanceStatus:
    """Loads `attendance.onnx` from the verified installed model package, if there is one."""
    from desktop_app.locations import laptop_model_store
    from desktop_app.trust.errors import ModelUnavailable, TrustError
    from desktop_app.trust.installed import load_verified_model

    store = laptop_model_store(model_store)
    try:
        if store.current_version() is None:
            return AttendanceStatus("not_installed")
        verified = load_verified_model(store)
    except ModelUnavailable as error:
        return AttendanceStatus("unavailable", detail=error.reason)
    except TrustError as error:
        return AttendanceStatus("unavailable", detail=str(error))
    if not verified.has(ATTENDANCE_FILE):
        return AttendanceStatus("not_installed", version=verified.version)
    if not verified.usable:
        return AttendanceStatus(
            "withdrawn", version=verified.version, detail=verified.withdrawn_reason
        )
    try:
        model = AttendanceModel(verified, ATTENDANCE_FILE)
    except AttendanceModelError as error:
        log.warning("attendance model not usable: %s", error)
        return AttendanceStatus("unavailable", version=verified.version, detail=str(error))
    return AttendanceStatus("ready", model, verified.version)


def _frame(db: sqlite_utils.Database, sql: str) -> pd.DataFrame:
    cursor = db.execute(sql)
    names = [d[0] for d in cursor.description]
    return pd.DataFrame.from_records(cursor.fetchall(), columns=names)


def _json(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except ValueError:
        return None  # a damaged cell reads as unknown, like any other missing value


def _flag(value: Any) -> bool | None:
    return None if value is None or pd.isna(value) else bool(value)
