"""One citizen's journey as swim lanes: decisions, programmes, appointments, outcomes, gaps.

Built from `JourneyRecords` for the caseworker's timeline view. Every item is a plain frozen
dataclass so the view only draws. A gap is a stretch of at least `min_gap_days` inside the
journey window where the citizen was neither in a programme (started, not planned or no-show)
nor in work or education: the waiting time a caseworker wants to see.

Labels come from bundle text (programme names): untrusted, to be shown as plain text only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from types import SimpleNamespace

import pandas as pd

from desktop_app.journeys.records import JourneyRecords

LANES = ("decisions", "programmes", "appointments", "outcomes", "gaps")
# Enrolments that put the citizen in a programme (planned and no-show never started).
ATTENDED_STATUSES = frozenset({"active", "completed", "dropped"})
OCCUPIED_OUTCOMES = frozenset({"employed", "education"})


@dataclass(frozen=True)
class TimelineItem:
    """One bar or marker. `end` None = still open; point items have `end == start`."""

    lane: str
    start: date
    end: date | None
    label: str
    status: str | None = None
    attended: bool | None = None
    attendance_rate: float | None = None
    subsidised: bool | None = None
    programme_id: str | None = None


@dataclass(frozen=True)
class CitizenTimeline:
    citizen_id: str
    window_start: date | None
    window_end: date
    items: tuple[TimelineItem, ...]

    def lane(self, name: str) -> list[TimelineItem]:
        return [item for item in self.items if item.lane == name]

    @property
    def appointment_attendance(self) -> float | None:
        """Share of appointments attended (None when none have a known result)."""
        known = [i.attended for i in self.lane("appointments") if i.attended is not None]
        return sum(known) / len(known) if known else None


def citizen_timeline(
    records: JourneyRecords,
    citizen_id: str,
    *,
    as_of: date | None = None,
    language: str = "en",
    min_gap_days: int = 14,
) -> CitizenTimeline:
    """Builds the swim-lane timeline of one citizen; `as_of` closes open spells (default: the
    latest date in the records)."""
    horizon = pd.Timestamp(as_of) if as_of is not None else records.as_of
    items: list[TimelineItem] = []
    for row in _rows(records, "decisions", citizen_id):
        pid = _text(row.programme_id)
        label = _programme_label(records, pid, language) if pid else "no programme"
        items.append(
            TimelineItem("decisions", _day(row.date), _day(row.date), label, programme_id=pid)
        )
    for row in _rows(records, "enrolments", citizen_id):
        pid = _text(row.programme_id)
        items.append(
            TimelineItem(
                "programmes",
                _day(row.start),
                _day(row.end),
                _programme_label(records, pid, language),
                status=_text(row.status),
                attendance_rate=_number(row.attendance_rate),
                programme_id=pid,
            )
        )
    for row in _rows(records, "appointments", citizen_id):
        items.append(
            TimelineItem(
                "appointments",
                _day(row.date),
                _day(row.date),
                _text(row.kind) or "appointment",
                attended=_flag(row.attended),
            )
        )
    for row in _rows(records, "outcomes", citizen_id):
        items.append(
            TimelineItem(
                "outcomes",
                _day(row.start),
                _day(row.end),
                _text(row.status) or "unknown",
                status=_text(row.status),
                subsidised=_flag(row.subsidised),
            )
        )
    window_start = min((i.start for i in items), default=None)
    citizen = records.citizens.loc[citizen_id] if citizen_id in records.citizens.index else None
    if citizen is not None and pd.notna(citizen.get("unemployed_since")):
        since = _day(citizen["unemployed_since"])
        window_start = min(window_start, since) if window_start else since
    window_end = _day(horizon)
    decided = [i.start for i in items if i.lane == "decisions" and i.start is not None]
    if decided and window_end is not None:  # a decision recorded after the data's last day
        window_end = max(window_end, max(decided))
    if citizen is not None and pd.notna(citizen.get("case_closed")):
        window_end = min(window_end, _day(citizen["case_closed"]))
    if window_start is not None:
        items.extend(_gaps(items, window_start, window_end, min_gap_days))
    items.sort(key=lambda i: (LANES.index(i.lane), i.start))
    return CitizenTimeline(citizen_id, window_start, window_end, tuple(items))


def _gaps(items: list[TimelineItem], first: date, last: date, min_days: int) -> list[TimelineItem]:
    busy = sorted(
        (i.start, i.end or last)
        for i in items
        if (i.lane == "programmes" and i.status in ATTENDED_STATUSES)
        or (i.lane == "outcomes" and i.status in OCCUPIED_OUTCOMES)
    )
    gaps: list[TimelineItem] = []
    cursor = first
    for start, end in [*busy, (last, last)]:
        if (start - cursor).days >= min_days:
            gaps.append(TimelineItem("gaps", cursor, start, f"{(start - cursor).days} days"))
        cursor = max(cursor, end)
    return gaps


def _rows(records: JourneyRecords, table: str, citizen_id: str) -> list[SimpleNamespace]:
    """A citizen's rows as light objects (itertuples builds a namedtuple class per call)."""
    frame = records.for_citizen(table, citizen_id)
    columns = {name: frame[name].tolist() for name in frame.columns if name != "citizen_id"}
    return [
        SimpleNamespace(**dict(zip(columns, values, strict=True)))
        for values in zip(*columns.values(), strict=True)
    ]


def _programme_label(records: JourneyRecords, programme_id: str | None, language: str) -> str:
    return "programme" if programme_id is None else records.programme_label(programme_id, language)


def _day(value: object) -> date | None:
    return None if value is None or pd.isna(value) else pd.Timestamp(value).date()


def _text(value: object) -> str | None:
    return None if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


def _number(value: object) -> float | None:
    return None if value is None or pd.isna(value) else float(value)


def _flag(value: object) -> bool | None:
    return None if value is None or pd.isna(value) else bool(value)
