"""Time from the start of unemployment to unsubsidised work or regular education.

The event follows the contract's default outcome: an outcome spell with status "employed"
(not subsidised) or "education" starting on or after the origin. The origin is the citizen's
`unemployed_since`, else their first "unemployed" spell, else their first decision. Citizens
who have not found work are censored at case closure or at the records' latest date.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from desktop_app.journeys.records import JourneyRecords


def time_to_work(records: JourneyRecords) -> pd.DataFrame:
    """One row per citizen with a known origin: origin, days, found_work (event flag)."""
    citizens = records.citizens
    origin = pd.Series(
        citizens.get("unemployed_since"), index=citizens.index, dtype="datetime64[ns]"
    )
    spells = records.outcomes
    unemployed = spells[spells["status"] == "unemployed"].groupby("citizen_id")["start"].min()
    first_decision = records.decisions.groupby("citizen_id")["date"].min()
    origin = origin.fillna(unemployed.reindex(origin.index))
    origin = origin.fillna(first_decision.reindex(origin.index))
    origin = origin.dropna()

    subsidised = spells["subsidised"].fillna(False).astype(bool)
    success = spells[
        ((spells["status"] == "employed") & ~subsidised) | (spells["status"] == "education")
    ]
    success = success[success["citizen_id"].isin(origin.index)]
    after_origin = success["start"] >= origin.reindex(success["citizen_id"]).to_numpy()
    first_success = success[after_origin.to_numpy()].groupby("citizen_id")["start"].min()

    closed = pd.Series(citizens.get("case_closed"), index=citizens.index, dtype="datetime64[ns]")
    censor = closed.reindex(origin.index).fillna(records.as_of).clip(upper=records.as_of)
    found = first_success.reindex(origin.index)
    end = found.fillna(censor)
    days = (end - origin).dt.days.astype(float)
    frame = pd.DataFrame({"origin": origin, "days": days, "found_work": found.notna()})
    # A citizen censored before their own origin has no follow-up to count.
    return frame[frame["days"].to_numpy() >= 0].rename_axis("citizen_id")


def outcome_within(frame: pd.DataFrame, weeks: float) -> pd.Series:
    """True/False for work within `weeks` of the origin; NaN if followed for less and no work."""
    horizon = weeks * 7
    hit = frame["found_work"] & (frame["days"] <= horizon)
    known = hit | (frame["days"] >= horizon)
    return hit.astype(float).where(known.to_numpy(), np.nan)
