"""Adapter for wide state-sequence tables (one row per person, one column per period).

Registers and survey panels often come as "status in month m" tables; the mvad school-to-work
data (McVicar & Anyadike-Danes, 712 young people in Northern Ireland, Jul 1993 - Jun 1999) is
one. Each cell becomes one event lasting its period, so the shared journey code (variants,
process maps, spells) reads these tables exactly as it reads citizen journeys.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from desktop_app.journeys.events import EventLog, EventLogError, make_event_log

MVAD_FIRST_MONTH = "1993-07-01"
MVAD_MONTHS = 72


def from_state_table(
    table: pd.DataFrame,
    *,
    id_column: str,
    period_columns: Sequence[str],
    period_starts: pd.DatetimeIndex,
    period_end: pd.Timestamp,
    case_columns: Sequence[str] = (),
) -> EventLog:
    """Turns a wide table into an event log; empty cells are gaps, not a state."""
    if len(period_columns) != len(period_starts):
        raise EventLogError("one start date is needed per period column")
    absent = [c for c in [id_column, *period_columns, *case_columns] if c not in table.columns]
    if absent:
        raise EventLogError(f"state table lacks column(s): {', '.join(absent)}")
    states = table[list(period_columns)].to_numpy(dtype=object)
    n_people, n_periods = states.shape
    bounds = np.append(period_starts.to_numpy(), np.datetime64(period_end, "ns"))
    present = pd.notna(states).ravel()
    events = pd.DataFrame(
        {
            "case_id": np.repeat(table[id_column].to_numpy(), n_periods)[present],
            "activity": pd.Categorical(states.ravel()[present].astype(str)),
            "start": np.tile(bounds[:-1], n_people)[present],
            "end": np.tile(bounds[1:], n_people)[present],
        }
    )
    cases = table.set_index(id_column)[list(case_columns)].rename_axis("case_id")
    return make_event_log(events, cases)


def load_mvad(path: Path) -> EventLog:
    """Loads mvad.csv (columns id, weight, covariates, Jul.93 .. Jun.99) as an event log.

    Case attributes: the survey covariates, plus `outcome` = the state in the last month, so
    variant outcome shares read "how did people on this path end up in June 1999".
    """
    table = pd.read_csv(path)
    months = pd.date_range(MVAD_FIRST_MONTH, periods=MVAD_MONTHS, freq="MS")
    period_columns = [m.strftime("%b.%y") for m in months]
    covariates = [c for c in table.columns if c not in ("id", *period_columns)]
    table = table.assign(outcome=table[period_columns[-1]])
    return from_state_table(
        table,
        id_column="id",
        period_columns=period_columns,
        period_starts=months,
        period_end=months[-1] + pd.offsets.MonthBegin(1),
        case_columns=[*covariates, "outcome"],
    )
