"""Citizen profile features for cohort filters, "citizens like this one" and insight factors.

Plain numbers per citizen, built from the citizens table and their journey records. Gender and
country of birth are never read here: they are audit-only fields and must not shape which
citizens count as "similar" or how cohorts are cut.
"""

from __future__ import annotations

from collections import Counter

import numpy as np
import pandas as pd

from desktop_app.journeys.records import JourneyRecords

CEFR_LEVELS = {"A1": 1, "A2": 2, "B1": 3, "B2": 4, "C1": 5, "C2": 6, "native": 7}
PROFILE_COLUMNS = (
    "age",
    "school_years",
    "education_isced",
    "basic_skills",
    "host_language_level",
    "years_in_country",
    "previous_programmes",
    "appointment_attendance",
    "months_unemployed",
)


def host_language(records: JourneyRecords) -> str | None:
    """The language most often recorded as native: the country's language in practice."""
    counts: Counter[str] = Counter()
    for languages in records.citizens.get("languages", pd.Series(dtype=object)):
        for entry in languages if isinstance(languages, list) else []:
            if isinstance(entry, dict) and entry.get("cefr") == "native" and entry.get("code"):
                counts[str(entry["code"])] += 1
    return counts.most_common(1)[0][0] if counts else None


def citizen_profiles(records: JourneyRecords, *, language: str | None = None) -> pd.DataFrame:
    """One row per citizen (index id) with the numeric columns in `PROFILE_COLUMNS`.

    Missing data stays NaN (never zero). `previous_programmes` counts programmes the citizen
    started; `appointment_attendance` is the share of appointments attended.
    """
    citizens = records.citizens
    as_of = records.as_of
    lang = language or host_language(records)
    frame = pd.DataFrame(index=citizens.index.rename("citizen_id"))
    frame["age"] = as_of.year - _numeric(citizens, "birth_year")
    frame["school_years"] = _numeric(citizens, "school_years")
    frame["education_isced"] = _numeric(citizens, "education_isced")
    frame["basic_skills"] = [_mean_skill(v) for v in _column(citizens, "basic_skills")]
    frame["host_language_level"] = [_cefr(v, lang) for v in _column(citizens, "languages")]
    frame["years_in_country"] = _numeric(citizens, "years_in_country")
    started = records.enrolments[
        records.enrolments["status"].isin(["active", "completed", "dropped"])
    ]
    frame["previous_programmes"] = (
        started.groupby("citizen_id").size().reindex(frame.index).fillna(0).astype(float)
    )
    attended = pd.to_numeric(records.appointments["attended"], errors="coerce")
    frame["appointment_attendance"] = (
        attended.groupby(records.appointments["citizen_id"]).mean().reindex(frame.index)
    )
    since = _column(citizens, "unemployed_since")
    frame["months_unemployed"] = ((as_of - pd.to_datetime(since)).dt.days / 30.44).to_numpy()
    return frame


def _column(frame: pd.DataFrame, name: str) -> pd.Series:
    return (
        frame[name] if name in frame.columns else pd.Series(None, index=frame.index, dtype=object)
    )


def _numeric(frame: pd.DataFrame, name: str) -> pd.Series:
    return pd.to_numeric(_column(frame, name), errors="coerce")


def _mean_skill(value: object) -> float:
    if not isinstance(value, dict):
        return np.nan
    scores = [v for v in value.values() if isinstance(v, int | float)]
    return float(np.mean(scores)) if scores else np.nan


def _cefr(value: object, language: str | None) -> float:
    if not isinstance(value, list) or language is None:
        return np.nan
    for entry in value:
        if isinstance(entry, dict) and entry.get("code") == language:
            return float(CEFR_LEVELS.get(str(entry.get("cefr")), np.nan))
    return np.nan
