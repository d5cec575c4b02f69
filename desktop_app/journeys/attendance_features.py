"""Features of an appointment for the attendance model, from data dated before it.

One function, `appointment_features`, used by central training and by the app, so the two can
never disagree. Every value is as it stood on the appointment date: assessments dated on or
before it (a field with dated values but none yet is missing; a field never dated takes the
snapshot value), the unemployment spell running then, and only *earlier* appointments for the
attendance history. Gender and country of birth are never read. Health is read only when the
caller allows it (the training configuration decides, and the model card says so).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from desktop_app.journeys.profile import CEFR_LEVELS
from desktop_app.journeys.records import JourneyRecords

HEALTH_LEVELS = {"none": 0, "partial": 1, "significant": 2}
EARTH_RADIUS_KM = 6371.0


def appointment_features(
    records: JourneyRecords,
    appointments: pd.DataFrame,
    *,
    host_language: str | None,
    meeting_place: tuple[float, float] | None,
    allow_health: bool,
    attributes: Sequence[str] = (),
) -> pd.DataFrame:
    """Raw features per appointment row (columns citizen_id, date, kind), same row order.

    Columns: kind, age, weeks_unemployed, previous_appointments, previous_no_shows,
    distance_km, host_language_level, health (if allowed), one `attr_<name>` per attribute.
    Missing stays NaN.
    """
    rows = appointments[["citizen_id", "date", "kind"]].reset_index(drop=True)
    rows["citizen_id"] = rows["citizen_id"].astype(str)
    rows["date"] = pd.to_datetime(rows["date"])
    citizens = records.citizens
    out = pd.DataFrame({"kind": rows["kind"].astype(str)})
    birth = pd.to_numeric(rows["citizen_id"].map(_col(citizens, "birth_year")), errors="coerce")
    out["age"] = rows["date"].dt.year - birth
    out["weeks_unemployed"] = _weeks_unemployed(records, rows)
    seen, no_shows = _history(records.appointments, rows)
    out["previous_appointments"] = seen
    out["previous_no_shows"] = no_shows
    out["distance_km"] = _distance(records, rows, meeting_place)
    language = value_as_of(records, rows, f"languages.{host_language}") if host_language else None
    out["host_language_level"] = (
        language.map(lambda v: CEFR_LEVELS.get(str(v), np.nan)).astype(float)
        if language is not None
        else np.nan
    )
    if allow_health:
        health = value_as_of(records, rows, "health_limitation")
        out["health"] = health.map(lambda v: HEALTH_LEVELS.get(str(v), np.nan)).astype(float)
    for name in attributes:
        values = value_as_of(records, rows, f"attributes.{name}")
        out[f"attr_{name}"] = pd.to_numeric(values, errors="coerce").astype(float)
    return out


def value_as_of(records: JourneyRecords, rows: pd.DataFrame, field: str) -> pd.Series:
    """`field` (e.g. `languages.da`, `attributes.children`) as of each row's date."""
    snapshot = rows["citizen_id"].map(_snapshot(records.citizens, field))
    dated = records.assessments
    dated = dated[dated["field"] == field][["citizen_id", "date", "value"]]
    if dated.empty:
        return snapshot
    order = np.argsort(rows["date"].to_numpy(), kind="stable")
    left = rows.iloc[order][["citizen_id", "date"]].assign(_row=order)
    merged = pd.merge_asof(
        left,
        dated.sort_values("date").reset_index(drop=True),
        on="date",
        by="citizen_id",
        direction="backward",
    )
    from_assessments = pd.Series(merged["value"].to_numpy(), index=merged["_row"].to_numpy())
    from_assessments = from_assessments.sort_index()
    has_dated = rows["citizen_id"].isin(set(dated["citizen_id"])).to_numpy()
    return pd.Series(
        np.where(has_dated, from_assessments.to_numpy(), snapshot.to_numpy()), index=rows.index
    )


def _snapshot(citizens: pd.DataFrame, field: str) -> pd.Series:
    head, _, rest = field.partition(".")
    column = _col(citizens, head)
    if not rest:
        return column
    if head == "languages":
        return column.map(
            lambda langs: (
                next(
                    (
                        e.get("cefr")
                        for e in langs or ()
                        if isinstance(e, dict) and e.get("code") == rest
                    ),
                    None,
                )
                if isinstance(langs, list)
                else None
            )
        )
    return column.map(lambda d: d.get(rest) if isinstance(d, dict) else None)


def _weeks_unemployed(records: JourneyRecords, rows: pd.DataFrame) -> np.ndarray:
    """Weeks since the start of the unemployment spell running on the date (NaN if none)."""
    spells = records.outcomes
    spells = spells[spells["status"] == "unemployed"][["citizen_id", "start", "end"]]
    order = np.argsort(rows["date"].to_numpy(), kind="stable")
    left = rows.iloc[order][["citizen_id", "date"]].assign(_row=order)
    merged = pd.merge_asof(
        left,
        spells.sort_values("start").reset_index(drop=True),
        left_on="date",
        right_on="start",
        by="citizen_id",
        direction="backward",
    )
    running = (merged["end"].isna() | (merged["end"] >= merged["date"])).to_numpy()
    day = merged["date"].to_numpy()
    start = np.where(running, merged["start"].to_numpy(), np.datetime64("NaT"))
    # Without outcome spells, the citizen's recorded `unemployed_since` (if already begun).
    since = pd.to_datetime(rows["citizen_id"].map(_col(records.citizens, "unemployed_since")))
    since = since.to_numpy()[merged["_row"].to_numpy()]
    fallback = np.where(since <= day, since, np.datetime64("NaT"))
    start = np.where(np.isnat(start), fallback, start)
    weeks = (day - start) / np.timedelta64(7, "D")
    result = np.empty(len(rows))
    result[merged["_row"].to_numpy()] = weeks
    return result


def _history(history: pd.DataFrame, rows: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Appointments and no-shows strictly before each row's date, per citizen."""
    past = history[["citizen_id", "date", "attended"]].copy()
    past["no_show"] = past["attended"].map(lambda v: v is False or v == 0).astype(int)
    past["known"] = past["attended"].notna().astype(int)
    daily = past.groupby(["citizen_id", "date"], sort=True)[["known", "no_show"]].sum()
    cumulative = daily.groupby(level=0).cumsum().reset_index()
    order = np.argsort(rows["date"].to_numpy(), kind="stable")
    left = rows.iloc[order][["citizen_id", "date"]].assign(_row=order)
    merged = pd.merge_asof(
        left,
        cumulative.sort_values("date"),
        on="date",
        by="citizen_id",
        direction="backward",
        allow_exact_matches=False,
    )
    seen = np.zeros(len(rows))
    no_shows = np.zeros(len(rows))
    seen[merged["_row"].to_numpy()] = merged["known"].fillna(0).to_numpy()
    no_shows[merged["_row"].to_numpy()] = merged["no_show"].fillna(0).to_numpy()
    return seen, no_shows


def _distance(
    records: JourneyRecords, rows: pd.DataFrame, meeting_place: tuple[float, float] | None
) -> np.ndarray:
    """Km from home to the programme running that day (course sessions) or the meeting place."""
    lat = pd.to_numeric(rows["citizen_id"].map(_col(records.citizens, "lat")), errors="coerce")
    lon = pd.to_numeric(rows["citizen_id"].map(_col(records.citizens, "lon")), errors="coerce")
    place_lat = np.full(len(rows), np.nan if meeting_place is None else meeting_place[0])
    place_lon = np.full(len(rows), np.nan if meeting_place is None else meeting_place[1])
    enrolments = records.enrolments[["citizen_id", "programme_id", "start", "end"]]
    if not enrolments.empty:
        order = np.argsort(rows["date"].to_numpy(), kind="stable")
        left = rows.iloc[order][["citizen_id", "date"]].assign(_row=order)
        merged = pd.merge_asof(
            left,
            enrolments.sort_values("start").reset_index(drop=True),
            left_on="date",
            right_on="start",
            by="citizen_id",
            direction="backward",
        )
        running = (merged["end"].isna() | (merged["end"] >= merged["date"])).to_numpy()
        course = rows["kind"].to_numpy()[merged["_row"].to_numpy()] == "course_session"
        programme = merged["programme_id"].where(running & course)
        p_lat = pd.to_numeric(programme.map(_col(records.programmes, "lat")), errors="coerce")
        p_lon = pd.to_numeric(programme.map(_col(records.programmes, "lon")), errors="coerce")
        use = p_lat.notna().to_numpy()
        place_lat[merged["_row"].to_numpy()[use]] = p_lat.to_numpy()[use]
        place_lon[merged["_row"].to_numpy()[use]] = p_lon.to_numpy()[use]
    return haversine_km(lat.to_numpy(float), lon.to_numpy(float), place_lat, place_lon)


def haversine_km(lat1: Any, lon1: Any, lat2: Any, lon2: Any) -> np.ndarray:
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dp, dl = p2 - p1, np.radians(np.asarray(lon2) - np.asarray(lon1))
    a = np.sin(dp / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(a))


def _col(frame: pd.DataFrame, name: str) -> pd.Series:
    return (
        frame[name] if name in frame.columns else pd.Series(None, index=frame.index, dtype=object)
    )
