"""THE feature builder: one decision's model inputs from a citizen's records, as of its date.

Used by training (central) and by the app, so they can never disagree. Only data dated on or
before the decision enters; anything unknown is NaN, never 0. Gender, country of birth, names
and free text are never read here.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from typing import Any

import numpy as np

from desktop_app.scoring.asof import languages_known, value_as_of
from desktop_app.scoring.history import history_values
from desktop_app.scoring.levels import as_number, cefr_level, health_level
from desktop_app.scoring.records import CitizenRecords
from desktop_app.scoring.schema import AttributeSpec, FeatureSchema, FeatureSpec

NAN = math.nan
DAYS_PER_YEAR = 365.25

# (name, type, meaning, source). Order here is the column order of every model.
BASE_FEATURES: tuple[tuple[str, str, str, str], ...] = (
    ("age", "number", "age in years at the decision", "citizens.birth_year"),
    ("years_in_country", "number", "years lived in the country at the decision",
     "citizens.years_in_country (as of manifest.exported_at)"),
    ("school_years", "number", "years of school actually attended", "school_years"),
    ("education_isced", "number", "highest completed education (ISCED 0-8)", "education_isced"),
    ("literacy", "number", "reading skills (1-5)", "basic_skills.literacy"),
    ("numeracy", "number", "numeracy skills (1-5)", "basic_skills.numeracy"),
    ("digital", "number", "digital skills (1-5)", "basic_skills.digital"),
    ("host_language_level", "number",
     "level in the host language (A1=1 .. C2=6, native=7, 0 = not among known languages)",
     "languages.<host>"),
    ("languages_count", "count", "number of languages recorded", "languages"),
    ("driving_licence", "flag", "holds a driving licence", "driving_licence"),
    ("mobility_km", "number", "how far the citizen will travel (km)", "mobility_km"),
    ("weeks_unemployed", "number", "weeks in the current unemployment spell",
     "unemployed_since (dated or snapshot), else the outcomes' unemployed spell"),
    ("weeks_employed_2y", "number", "weeks in unsubsidised work in the 2 years before",
     "outcomes"),
    ("weeks_subsidised_2y", "number", "weeks in subsidised work in the 2 years before",
     "outcomes"),
    ("weeks_education_2y", "number", "weeks in education in the 2 years before", "outcomes"),
    ("weeks_sick_2y", "number", "weeks on sick leave in the 2 years before", "outcomes"),
    ("previous_jobs", "count", "jobs held before the decision", "previous_jobs"),
    ("years_experience", "number", "years of work experience before the decision",
     "previous_jobs"),
    ("years_since_last_job", "number", "years since the last job ended", "previous_jobs"),
    ("prior_decisions", "count", "earlier follow-up decisions", "decisions"),
    ("prior_programme_decisions", "count", "earlier decisions for a programme", "decisions"),
    ("weeks_since_last_decision", "number", "weeks since the previous decision", "decisions"),
    ("dropped_enrolments", "count", "earlier programmes dropped or not attended", "enrolments"),
    ("enrolment_attendance", "number", "mean attendance in earlier programmes", "enrolments"),
    ("appointments_12m", "count", "appointments in the year before", "appointments"),
    ("appointment_attendance_12m", "number", "share of appointments attended in the year before",
     "appointments"),
)
HEALTH_FEATURE = ("health_limitation", "number", "health limitation (0 none, 1 partial, "
                  "2 significant)", "health_limitation")
KEY_FEATURES = ("age", "school_years", "host_language_level", "weeks_unemployed")


def make_schema(
    *,
    host_language: str | None,
    benefit_codes: tuple[str, ...],
    programme_kinds: tuple[str, ...],
    attributes: tuple[AttributeSpec, ...],
    include_health: bool,
    prior_arms: tuple[str, ...] = (),
) -> FeatureSchema:
    """The full column list for a model, given vocabularies fixed at training time."""
    specs = [FeatureSpec(*row) for row in BASE_FEATURES]
    if include_health:
        specs.append(FeatureSpec(*HEALTH_FEATURE, special_category=True))
    for kind in programme_kinds:
        specs.append(FeatureSpec(f"prior_programme:{kind}", "count",
                                 f"earlier enrolments in a programme of kind {kind}",
                                 "enrolments + programmes.kind"))
    # Earlier caseworkers' choices carry their judgement of things the data does not record.
    for arm in prior_arms:
        specs.append(FeatureSpec(f"prior_decision:{arm}", "count",
                                 f"earlier decisions for programme {arm}", "decisions"))
    for code in benefit_codes:
        specs.append(FeatureSpec(f"benefit={code}", "indicator", f"receives benefit {code}",
                                 "benefit"))
    for attribute in attributes:
        source = f"attributes.{attribute.name}"
        if attribute.categories:
            specs.extend(FeatureSpec(f"attr:{attribute.name}={c}", "indicator",
                                     f"attribute {attribute.name} is {c}", source)
                         for c in attribute.categories)
        else:
            specs.append(FeatureSpec(f"attr:{attribute.name}", "number",
                                     f"attribute {attribute.name}", source))
    return FeatureSchema(
        features=specs, host_language=host_language, benefit_codes=benefit_codes,
        programme_kinds=programme_kinds, prior_arms=prior_arms, attributes=attributes,
        include_health=include_health,
        key_features=KEY_FEATURES,
    )


class FeatureBuilder:
    """Builds rows for one schema; `programme_kinds` maps programme id -> kind."""

    def __init__(self, schema: FeatureSchema, programme_kinds: Mapping[str, str],
                 exported_at: dt.date | None) -> None:
        self.schema = schema
        self.names = schema.names
        self.programme_kinds = dict(programme_kinds)
        self.exported_at = exported_at.toordinal() if exported_at else None

    def row(self, records: CitizenRecords, decision_date: dt.date | int) -> np.ndarray:
        day = decision_date if isinstance(decision_date, int) else decision_date.toordinal()
        values = self.values(records, day)
        return np.array([values.get(n, NAN) for n in self.names], dtype=np.float64)

    def values(self, records: CitizenRecords, day: int) -> dict[str, float]:
        out = self._profile(records, day)
        out.update(history_values(records, day, self.programme_kinds,
                                  self.schema.programme_kinds, self.schema.prior_arms))
        self._categorical(records, day, out)
        return out

    def _profile(self, rec: CitizenRecords, day: int) -> dict[str, float]:
        def num(field: str) -> float:
            value = as_number(value_as_of(rec, field, day))
            return NAN if value is None else value

        date = dt.date.fromordinal(day)
        year = date.year + (date.timetuple().tm_yday - 1) / 366
        birth = as_number(rec.citizen.get("birth_year"))
        out = {
            "age": NAN if birth is None else year - birth - 0.5,  # born mid-year on average
            "school_years": num("school_years"),
            "education_isced": num("education_isced"),
            "literacy": num("basic_skills.literacy"),
            "numeracy": num("basic_skills.numeracy"),
            "digital": num("basic_skills.digital"),
            "driving_licence": num("driving_licence"),
            "mobility_km": num("mobility_km"),
        }
        in_country = as_number(value_as_of(rec, "years_in_country", day))
        if in_country is not None and self.exported_at is not None \
                and not rec.assessments.get("years_in_country"):
            in_country = max(0.0, in_country - (self.exported_at - day) / DAYS_PER_YEAR)
        elif not rec.assessments.get("years_in_country"):
            in_country = None  # a snapshot without its date cannot be placed in time
        out["years_in_country"] = NAN if in_country is None else in_country
        out["host_language_level"] = self._host_language_level(rec, day)
        languages = rec.citizen.get("languages")
        out["languages_count"] = float(len(languages)) if isinstance(languages, list) else NAN
        if self.schema.include_health:
            health = health_level(value_as_of(rec, "health_limitation", day))
            out["health_limitation"] = NAN if health is None else float(health)
        return out

    def _host_language_level(self, rec: CitizenRecords, day: int) -> float:
        host = self.schema.host_language
        if not host:
            return NAN
        field = f"languages.{host}"
        raw = value_as_of(rec, field, day)
        level = cefr_level(raw)
        if level is not None:
            return float(level)
        # A known language list without the host language means: does not speak it yet.
        if raw is None and not rec.assessments.get(field) and languages_known(rec):
            return 0.0
        return NAN

    def _categorical(self, rec: CitizenRecords, day: int, out: dict[str, float]) -> None:
        benefit = value_as_of(rec, "benefit", day)
        for code in self.schema.benefit_codes:
            out[f"benefit={code}"] = NAN if benefit is None else float(str(benefit) == code)
        for attribute in self.schema.attributes:
            raw: Any = value_as_of(rec, f"attributes.{attribute.name}", day)
            if attribute.categories:
                for category in attribute.categories:
                    key = f"attr:{attribute.name}={category}"
                    out[key] = NAN if raw is None else float(str(raw) == category)
            else:
                number = as_number(raw)
                out[f"attr:{attribute.name}"] = NAN if number is None else number
