"""The generic event log every journey analysis works on.

An event log is a tidy frame with one row per event: `case_id`, `activity`, `start`, `end`
(`end` may equal `start` for point events). Case-level facts (how the journey ended, profile
features) live in a separate `cases` frame indexed by case id. Citizen journeys built from the
exchange bundle, the mvad school-to-work sequences and synthetic benchmark logs all become this
one shape, so the process map, variants and spell code is shared by all of them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

EVENT_COLUMNS = ("case_id", "activity", "start", "end")


class EventLogError(ValueError):
    """An event log cannot be built from the given rows; the message names the problem."""


@dataclass(frozen=True)
class EventLog:
    """Events sorted by case and start time, plus optional case attributes.

    `events.activity` is categorical so that maps and variants can work on integer codes.
    `cases` is indexed by `case_id`; a column `outcome` (if present) is what variant outcome
    shares and outcome filters use.
    """

    events: pd.DataFrame
    cases: pd.DataFrame = field(default_factory=lambda: _no_cases())

    @property
    def case_ids(self) -> np.ndarray:
        return self.events["case_id"].unique()

    def __len__(self) -> int:
        return len(self.events)


def make_event_log(
    events: pd.DataFrame | Sequence[Mapping[str, Any]],
    cases: pd.DataFrame | None = None,
    *,
    assume_sorted: bool = False,
) -> EventLog:
    """Validates, types and sorts events into an `EventLog`.

    Rows with a missing case id, activity or start are refused (not silently dropped), because
    a journey with holes in it would misstate the path. A missing `end` means a point event.
    """
    frame = events if isinstance(events, pd.DataFrame) else pd.DataFrame(list(events))
    missing = [c for c in ("case_id", "activity", "start") if c not in frame.columns]
    if missing:
        raise EventLogError(f"event log lacks column(s): {', '.join(missing)}")
    frame = frame.copy() if "end" in frame.columns else frame.assign(end=frame["start"])
    for column in ("case_id", "activity", "start"):
        bad = frame[column].isna().to_numpy()
        if bad.any():
            row = int(np.flatnonzero(bad)[0])
            raise EventLogError(f"event row {row}: field '{column}' is empty")
    frame["start"] = _as_time(frame["start"], "start")
    frame["end"] = _as_time(frame["end"], "end").fillna(frame["start"])
    backwards = (frame["end"] < frame["start"]).to_numpy()
    if backwards.any():
        row = int(np.flatnonzero(backwards)[0])
        raise EventLogError(f"event row {row}: 'end' is before 'start'")
    if not isinstance(frame["activity"].dtype, pd.CategoricalDtype):
        frame["activity"] = frame["activity"].astype(str).astype("category")
    if not assume_sorted:
        frame = frame.sort_values(["case_id", "start", "end"], kind="stable")
    frame = frame.reset_index(drop=True)
    extra = [c for c in frame.columns if c not in EVENT_COLUMNS]
    frame = frame[list(EVENT_COLUMNS) + extra]
    if cases is None:
        cases = pd.DataFrame(index=pd.Index(frame["case_id"].unique(), name="case_id"))
    elif cases.index.name != "case_id":
        has_column = "case_id" in cases.columns
        cases = cases.set_index("case_id") if has_column else cases.rename_axis("case_id")
    return EventLog(frame, cases)


def _no_cases() -> pd.DataFrame:
    return pd.DataFrame(index=pd.Index([], name="case_id"))


def _as_time(column: pd.Series, name: str) -> pd.Series:
    if pd.api.types.is_datetime64_any_dtype(column) or pd.api.types.is_numeric_dtype(column):
        return column
    try:
        return pd.to_datetime(column)
    except (ValueError, TypeError) as exc:
        raise EventLogError(f"field '{name}' holds a value that is not a date: {exc}") from exc


def case_boundaries(case_codes: np.ndarray) -> np.ndarray:
    """Boolean mask: True where a new case begins in a case-sorted array."""
    first = np.ones(len(case_codes), dtype=bool)
    if len(case_codes) > 1:
        first[1:] = case_codes[1:] != case_codes[:-1]
    return first


def collapse_repeats(log: EventLog) -> EventLog:
    """Merges consecutive events of the same activity within a case into one spell.

    The spell starts with its first event and ends with the last; `n_events` counts the merged
    events (for monthly state sequences this is the spell length in months).
    """
    ev = log.events
    if ev.empty:
        return EventLog(ev.assign(n_events=pd.Series(dtype="int64")), log.cases)
    case_codes = pd.factorize(ev["case_id"], sort=False)[0]
    act = ev["activity"].cat.codes.to_numpy()
    new_case = case_boundaries(case_codes)
    new_spell = new_case.copy()
    new_spell[1:] |= act[1:] != act[:-1]
    starts = np.flatnonzero(new_spell)
    ends = np.append(starts[1:], len(ev)) - 1
    end_values = ev["end"].to_numpy()
    # The spell ends when its latest event ends (events may overlap in contract data).
    spell_end = np.maximum.reduceat(end_values, starts) if len(starts) else end_values[:0]
    spells = ev.iloc[starts][list(EVENT_COLUMNS)].reset_index(drop=True)
    spells["end"] = spell_end
    spells["n_events"] = ends - starts + 1
    return EventLog(spells, log.cases)
