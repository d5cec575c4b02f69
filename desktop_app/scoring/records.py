"""One citizen's contract-shaped records, pre-parsed once for fast as-of-date queries.

Dates become proleptic ordinals (`date.toordinal()`) so that feature building for tens of
thousands of decisions compares integers instead of parsing strings again and again.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

CITIZEN_FILES = ("assessments", "decisions", "enrolments", "appointments", "outcomes")


def to_ordinal(value: Any) -> int | None:
    """ISO date (or datetime) string / date object -> ordinal; None for missing."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().toordinal()
    if isinstance(value, dt.date):
        return value.toordinal()
    return dt.date.fromisoformat(str(value)[:10]).toordinal()


@dataclass(frozen=True)
class Spell:
    start: int
    end: int | None  # None = still running
    status: str
    subsidised: bool | None


@dataclass(frozen=True)
class Enrolment:
    programme_id: str
    start: int
    end: int | None
    status: str | None
    attendance_rate: float | None


@dataclass
class CitizenRecords:
    """Everything known about one citizen; lists are sorted by date."""

    citizen: dict[str, Any]
    assessments: dict[str, list[tuple[int, Any]]] = field(default_factory=dict)
    decisions: list[tuple[int, str | None]] = field(default_factory=list)
    enrolments: list[Enrolment] = field(default_factory=list)
    appointments: list[tuple[int, bool | None]] = field(default_factory=list)
    outcomes: list[Spell] = field(default_factory=list)

    @property
    def citizen_id(self) -> str:
        return str(self.citizen["id"])


def citizen_records(
    citizen: Mapping[str, Any], related: Mapping[str, Iterable[Mapping[str, Any]]]
) -> CitizenRecords:
    """Build one citizen's records from the rows of the citizen-keyed files."""
    rec = CitizenRecords(citizen=dict(citizen))
    dated: dict[str, list[tuple[int, Any]]] = defaultdict(list)
    for row in related.get("assessments", ()):
        day = to_ordinal(row.get("date"))
        if day is not None and row.get("field"):
            dated[str(row["field"])].append((day, row.get("value")))
    rec.assessments = {name: sorted(values, key=lambda v: v[0]) for name, values in dated.items()}
    rec.decisions = sorted(
        (d, row.get("programme_id"))
        for row in related.get("decisions", ())
        if (d := to_ordinal(row.get("date"))) is not None
    )
    rec.enrolments = sorted(
        (
            Enrolment(
                str(row.get("programme_id")),
                start,
                to_ordinal(row.get("end")),
                row.get("status"),
                row.get("attendance_rate"),
            )
            for row in related.get("enrolments", ())
            if (start := to_ordinal(row.get("start"))) is not None
        ),
        key=lambda e: e.start,
    )
    rec.appointments = sorted(
        (d, row.get("attended"))
        for row in related.get("appointments", ())
        if (d := to_ordinal(row.get("date"))) is not None
    )
    rec.outcomes = sorted(
        (
            Spell(start, to_ordinal(row.get("end")), str(row.get("status")), row.get("subsidised"))
            for row in related.get("outcomes", ())
            if (start := to_ordinal(row.get("start"))) is not None
        ),
        key=lambda s: s.start,
    )
    return rec


def group_by_citizen(records: Mapping[str, list[dict[str, Any]]]) -> dict[str, CitizenRecords]:
    """Split a bundle's records (file stem -> rows) into one `CitizenRecords` per citizen."""
    related: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for stem in CITIZEN_FILES:
        for row in records.get(stem, ()):
            related[str(row.get("citizen_id"))][stem].append(row)
    return {
        str(c["id"]): citizen_records(c, related.get(str(c["id"]), {}))
        for c in records.get("citizens", ())
    }
