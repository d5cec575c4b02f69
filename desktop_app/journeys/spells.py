"""Spells: how long people stay in one state before moving on.

A spell is a run of consecutive events of one activity within a case (see
`collapse_repeats`). Lengths are given both in events (months, for monthly state sequences)
and in elapsed time.
"""

from __future__ import annotations

import pandas as pd

from desktop_app.journeys.events import EventLog, collapse_repeats


def spell_table(log: EventLog) -> pd.DataFrame:
    """One row per spell: case_id, activity, start, end, n_events, duration."""
    spells = collapse_repeats(log).events
    return spells.assign(duration=spells["end"] - spells["start"])


def spell_summary(log: EventLog) -> pd.DataFrame:
    """Per activity: spell count, median and mean spell length in events, median duration."""
    spells = spell_table(log)
    grouped = spells.groupby("activity", observed=True)
    summary = pd.DataFrame(
        {
            "count": grouped.size(),
            "median_events": grouped["n_events"].median(),
            "mean_events": grouped["n_events"].mean(),
            "median_duration": grouped["duration"].median(),
        }
    )
    return summary.sort_values("count", ascending=False, kind="stable")


def state_totals(log: EventLog) -> pd.Series:
    """Number of events per activity (state-months for monthly sequences), largest first."""
    counts = log.events["activity"].value_counts(sort=False)
    return counts[counts > 0].sort_values(ascending=False, kind="stable")
