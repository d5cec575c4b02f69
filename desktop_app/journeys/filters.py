"""Cohort filters: narrow an event log by period, programme, outcome or profile.

Each filter returns a new `EventLog` holding whole journeys of the selected cases (except
`in_period(..., clip=True)`, which keeps only the events inside the period), so a process map
of a filtered cohort still shows where people came from and went next.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

import numpy as np
import pandas as pd

from desktop_app.journeys.events import EventLog


def restrict_to_cases(log: EventLog, case_ids: Collection[Any]) -> EventLog:
    keep = log.events["case_id"].isin(
        list(case_ids) if not isinstance(case_ids, pd.Index) else case_ids
    )
    events = log.events[keep.to_numpy()].reset_index(drop=True)
    cases = log.cases[log.cases.index.isin(events["case_id"].unique())]
    return EventLog(events, cases)


def in_period(log: EventLog, start: Any, end: Any, *, clip: bool = False) -> EventLog:
    """Journeys with any event overlapping [start, end]; with `clip`, only those events."""
    lo, hi = pd.Timestamp(start), pd.Timestamp(end)
    overlaps = ((log.events["start"] <= hi) & (log.events["end"] >= lo)).to_numpy()
    if clip:
        events = log.events[overlaps].reset_index(drop=True)
        return EventLog(events, log.cases[log.cases.index.isin(events["case_id"].unique())])
    return restrict_to_cases(log, log.events.loc[overlaps, "case_id"].unique())


def with_activity(log: EventLog, activities: Collection[str]) -> EventLog:
    """Journeys that passed through any of `activities` (e.g. a programme kind)."""
    hit = log.events["activity"].isin(list(activities)).to_numpy()
    return restrict_to_cases(log, log.events.loc[hit, "case_id"].unique())


def with_outcome(log: EventLog, outcomes: Collection[str], *, column: str = "outcome") -> EventLog:
    """Journeys whose case outcome is one of `outcomes`."""
    selected = log.cases.index[log.cases[column].isin(list(outcomes)).to_numpy()]
    return restrict_to_cases(log, selected)


Condition = Any | tuple[float | None, float | None] | Collection[Any] | Callable[[pd.Series], Any]


def with_profile(log: EventLog, **conditions: Condition) -> EventLog:
    """Journeys whose case attributes meet every condition.

    A condition is a value (equality), a `(low, high)` tuple (inclusive range, None = open),
    a list/set (membership) or a function of the column returning a boolean mask.
    Cases with the attribute missing are left out: unknown never matches.
    """
    mask = np.ones(len(log.cases), dtype=bool)
    for column, condition in conditions.items():
        if column not in log.cases.columns:
            raise KeyError(f"no case attribute '{column}' to filter on")
        values = log.cases[column]
        if callable(condition):
            hit = np.asarray(condition(values), dtype=bool)
        elif isinstance(condition, tuple) and len(condition) == 2:
            low, high = condition
            hit = values.notna().to_numpy().copy()
            if low is not None:
                hit &= (values >= low).fillna(False).to_numpy()
            if high is not None:
                hit &= (values <= high).fillna(False).to_numpy()
        elif isinstance(condition, list | set | frozenset):
            hit = values.isin(list(condition)).to_numpy()
        else:
            hit = (values == condition).fillna(False).to_numpy()
        mask &= hit
    return restrict_to_cases(log, log.cases.index[mask])
