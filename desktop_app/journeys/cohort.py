"""Citizen journeys as an event log: programmes and labour-market spells per citizen.

Turns `JourneyRecords` into the generic `EventLog`: each started enrolment is one event named
by its programme kind (or programme id), each outcome spell one event named by its status,
with subsidised work kept apart ("employed (subsidised)") because the contract's outcome counts
only unsubsidised work. Case attributes: the citizen's profile features plus `outcome`, the
status of their latest spell.
"""

from __future__ import annotations

from typing import Literal

import pandas as pd

from desktop_app.journeys.events import EventLog, make_event_log
from desktop_app.journeys.profile import citizen_profiles
from desktop_app.journeys.records import JourneyRecords
from desktop_app.journeys.timeline import ATTENDED_STATUSES

SUBSIDISED_WORK = "employed (subsidised)"


def outcome_state(status: pd.Series, subsidised: pd.Series) -> pd.Series:
    """Activity name of an outcome spell; subsidised work is its own state."""
    is_subsidised = subsidised.fillna(False).astype(bool)
    return status.where(~(is_subsidised & (status == "employed")), SUBSIDISED_WORK)


def journey_log(
    records: JourneyRecords,
    *,
    programmes_by: Literal["kind", "programme"] = "kind",
    language: str | None = None,
) -> EventLog:
    """Builds the cohort event log (one case per citizen with any enrolment or outcome)."""
    as_of = records.as_of
    enrolments = records.enrolments[records.enrolments["status"].isin(ATTENDED_STATUSES)]
    if programmes_by == "kind" and "kind" in records.programmes.columns:
        kinds = records.programmes["kind"]
        activity = enrolments["programme_id"].map(kinds).fillna(enrolments["programme_id"])
    else:
        activity = enrolments["programme_id"]
    programme_events = pd.DataFrame(
        {
            "case_id": enrolments["citizen_id"].to_numpy(),
            "activity": activity.astype(str).to_numpy(),
            "start": enrolments["start"].to_numpy(),
            "end": enrolments["end"].fillna(as_of).clip(lower=enrolments["start"]).to_numpy(),
            "source": "enrolment",
        }
    )
    spells = records.outcomes
    spell_events = pd.DataFrame(
        {
            "case_id": spells["citizen_id"].to_numpy(),
            "activity": outcome_state(spells["status"], spells["subsidised"]).to_numpy(),
            "start": spells["start"].to_numpy(),
            "end": spells["end"].fillna(as_of).clip(lower=spells["start"]).to_numpy(),
            "source": "outcome",
        }
    )
    events = pd.concat([programme_events, spell_events], ignore_index=True)
    cases = citizen_profiles(records, language=language).rename_axis("case_id")
    latest = spell_events.sort_values("start", kind="stable").groupby("case_id")["activity"].last()
    cases["outcome"] = latest.reindex(cases.index)
    return make_event_log(events, cases)
