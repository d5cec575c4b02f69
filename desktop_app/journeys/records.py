"""Journey records: the exchange-bundle tables a journey is built from, typed and indexed.

Accepts each table as contract-shaped records (a list of dicts, as in the bundle's JSON lines)
or as a DataFrame with the contract's columns. Dates are parsed once; per-citizen tables are
indexed and sorted by citizen so one citizen's rows are a cheap slice. A missing key field or
an unreadable date is refused with the table, row and field named.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import pandas as pd

Table = pd.DataFrame | Iterable[Mapping[str, Any]] | None

# Key fields (must be present and non-empty) and date fields, per contract table.
KEYS: dict[str, tuple[str, ...]] = {
    "citizens": ("id",),
    "programmes": ("id",),
    "enrolments": ("citizen_id", "programme_id", "start"),
    "appointments": ("citizen_id", "date", "kind"),
    "outcomes": ("citizen_id", "start", "status"),
    "decisions": ("citizen_id", "date"),
    "assessments": ("citizen_id", "date", "field"),
}
DATES: dict[str, tuple[str, ...]] = {
    "citizens": ("unemployed_since", "case_closed"),
    "programmes": (),
    "enrolments": ("start", "end"),
    "appointments": ("date",),
    "outcomes": ("start", "end"),
    "decisions": ("date",),
    "assessments": ("date",),
}
COLUMNS: dict[str, tuple[str, ...]] = {
    "citizens": ("id",),
    "programmes": ("id", "name", "kind"),
    "enrolments": ("citizen_id", "programme_id", "start", "end", "status", "attendance_rate"),
    "appointments": ("citizen_id", "date", "kind", "attended"),
    "outcomes": ("citizen_id", "start", "end", "status", "subsidised", "hours_per_week"),
    "decisions": ("citizen_id", "date", "programme_id", "caseworker_id"),
    "assessments": ("citizen_id", "date", "field", "value"),
}
PER_CITIZEN = ("enrolments", "appointments", "outcomes", "decisions", "assessments")


class RecordsError(ValueError):
    """A table breaks the contract; the message names table, row and field."""


@dataclass(frozen=True)
class JourneyRecords:
    """Typed contract tables. Per-citizen tables are indexed by `citizen_id`, sorted by date."""

    citizens: pd.DataFrame
    programmes: pd.DataFrame
    enrolments: pd.DataFrame
    appointments: pd.DataFrame
    outcomes: pd.DataFrame
    decisions: pd.DataFrame
    assessments: pd.DataFrame

    def for_citizen(self, table: str, citizen_id: str) -> pd.DataFrame:
        """One citizen's rows of a per-citizen table (empty frame when there are none)."""
        frame: pd.DataFrame = getattr(self, table)
        if citizen_id not in frame.index:
            return frame.iloc[0:0]
        rows = frame.loc[[citizen_id]]
        return rows

    def programme_label(self, programme_id: str, language: str) -> str:
        """Display name of a programme in `language` (else any name, its kind, its id)."""
        labels = self._labels.get(language)
        if labels is None:
            labels = {
                str(pid): _label(names, kind, str(pid), language)
                for pid, names, kind in zip(
                    self.programmes["id"],
                    self.programmes["name"],
                    self.programmes["kind"],
                    strict=True,
                )
            }
            self._labels[language] = labels
        return labels.get(programme_id, programme_id)

    @cached_property
    def _labels(self) -> dict[str, dict[str, str]]:
        return {}

    @cached_property
    def as_of(self) -> pd.Timestamp:
        """The latest date seen anywhere: the horizon of open spells and censoring."""
        dates = [
            self.enrolments["start"].max(),
            self.enrolments["end"].max(),
            self.appointments["date"].max(),
            self.outcomes["start"].max(),
            self.outcomes["end"].max(),
            self.decisions["date"].max(),
        ]
        known = [d for d in dates if pd.notna(d)]
        return max(known) if known else pd.Timestamp.now().normalize()


def journey_records(
    *,
    citizens: Table = None,
    programmes: Table = None,
    enrolments: Table = None,
    appointments: Table = None,
    outcomes: Table = None,
    decisions: Table = None,
    assessments: Table = None,
) -> JourneyRecords:
    """Builds `JourneyRecords` from records or frames; absent tables become empty ones."""
    given = {
        "citizens": citizens,
        "programmes": programmes,
        "enrolments": enrolments,
        "appointments": appointments,
        "outcomes": outcomes,
        "decisions": decisions,
        "assessments": assessments,
    }
    return JourneyRecords(**{name: _prepare(name, table) for name, table in given.items()})


def read_bundle_tables(folder: Path) -> JourneyRecords:
    """Reads the journey tables of a bundle folder (JSON lines) without importing it.

    For analysis and training on exported bundles; the app itself reads from the case cache.
    """
    tables: dict[str, list[dict[str, Any]]] = {}
    for name in KEYS:
        path = folder / f"{name}.jsonl"
        rows: list[dict[str, Any]] = []
        if path.exists():
            with path.open(encoding="utf-8") as handle:
                for number, line in enumerate(handle, start=1):
                    if not line.strip():
                        continue
                    try:
                        rows.append(json.loads(line))
                    except json.JSONDecodeError as exc:
                        raise RecordsError(
                            f"{path.name} line {number}: not JSON ({exc.msg})"
                        ) from exc
        tables[name] = rows
    return journey_records(**tables)


def _label(names: Any, kind: Any, programme_id: str, language: str) -> str:
    if isinstance(names, dict) and names:
        return str(names.get(language) or next(iter(names.values())))
    return str(kind) if isinstance(kind, str) and kind else programme_id


def _prepare(name: str, table: Table) -> pd.DataFrame:
    if table is None or (isinstance(table, list | tuple) and not table):
        # a citizen often has no rows in a table; preparing an empty frame costs ~4 ms of
        # pandas on the cache worker per table and case, so it is made once and copied
        if name not in _EMPTY:
            _EMPTY[name] = _prepare_table(name, None)
        return _EMPTY[name].copy()
    return _prepare_table(name, table)


_EMPTY: dict[str, pd.DataFrame] = {}


def _prepare_table(name: str, table: Table) -> pd.DataFrame:
    if table is None:
        frame = pd.DataFrame(columns=list(COLUMNS[name]))
    elif isinstance(table, pd.DataFrame):
        index_is_key = table.index.name in KEYS[name] and table.index.name not in table.columns
        frame = table.reset_index(drop=not index_is_key)
    else:
        frame = pd.DataFrame.from_records(list(table))
    for column in (*COLUMNS[name], *DATES[name]):
        if column not in frame.columns:
            frame[column] = None
    for key in KEYS[name]:
        empty = frame[key].isna().to_numpy()
        if empty.any():
            row = int(empty.argmax()) + 1
            raise RecordsError(f"{name} row {row}: key field '{key}' is missing")
    for column in DATES[name]:
        frame[column] = _dates(frame[column], name, column)
    if name in ("citizens", "programmes"):
        frame["id"] = frame["id"].astype(str)
        return frame.set_index("id", drop=False).rename_axis("id")
    frame["citizen_id"] = frame["citizen_id"].astype(str)
    order = [KEYS[name][0], DATES[name][0]]
    frame = frame.sort_values(order, kind="stable")
    return frame.set_index("citizen_id", drop=False).rename_axis("citizen_key")


def _dates(column: pd.Series, table: str, field: str) -> pd.Series:
    parsed = pd.to_datetime(column, errors="coerce", format="ISO8601")
    unreadable = (parsed.isna() & column.notna()).to_numpy()
    if unreadable.any():
        row = int(unreadable.argmax())
        raise RecordsError(
            f"{table} row {row + 1}: field '{field}' is not an ISO 8601 date: {column.iloc[row]!r}"
        )
    return parsed
