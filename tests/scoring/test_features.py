"""The feature builder: as-of rules, missing stays missing, no future data, no protected data."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np

from desktop_app.scoring.features import FeatureBuilder, make_schema
from desktop_app.scoring.records import citizen_records
from desktop_app.scoring.schema import AttributeSpec, FeatureSchema

DAY = dt.date(2022, 6, 1)


def schema(include_health: bool = False) -> FeatureSchema:
    return make_schema(host_language="da", benefit_codes=("dagpenge",),
                       programme_kinds=("language_course",),
                       attributes=(AttributeSpec("children"), AttributeSpec("region", ("N",))),
                       include_health=include_health)


def citizen(**extra):
    base = {"id": "C1", "birth_year": 1990, "gender": "f", "country_of_birth": "SO",
            "languages": [{"code": "so", "cefr": "native"}, {"code": "da", "cefr": "B2"}],
            "school_years": 9, "basic_skills": {"literacy": 2, "numeracy": 3},
            "health_limitation": "partial", "benefit": "dagpenge",
            "attributes": {"children": 2, "region": "N"}}
    base.update(extra)
    return base


def build(rec, day=DAY, include_health=False, exported=dt.date(2026, 1, 1)):
    s = schema(include_health)
    values = FeatureBuilder(s, {"P1": "language_course"}, exported).row(rec, day)
    return dict(zip(s.names, values, strict=True))


def test_dated_assessment_wins_over_snapshot_and_only_up_to_the_decision():
    rec = citizen_records(citizen(), {"assessments": [
        {"citizen_id": "C1", "date": "2021-01-01", "field": "languages.da", "value": "A1"},
        {"citizen_id": "C1", "date": "2023-01-01", "field": "languages.da", "value": "B2"},
        {"citizen_id": "C1", "date": "2022-06-01", "field": "basic_skills.numeracy", "value": 4},
    ]})
    row = build(rec)
    assert row["host_language_level"] == 1.0  # A1 on the decision day, not the later B2
    assert row["numeracy"] == 4.0  # dated on the decision day itself counts
    assert row["literacy"] == 2.0  # no dated values: snapshot everywhere
    early = build(rec, dt.date(2020, 6, 1))
    assert math.isnan(early["host_language_level"])  # dated field, nothing dated yet


def test_missing_stays_missing_never_zero():
    rec = citizen_records({"id": "C2"}, {})
    row = build(rec)
    for name in ("age", "school_years", "literacy", "host_language_level", "mobility_km",
                 "weeks_unemployed", "weeks_employed_2y", "benefit=dagpenge", "attr:children"):
        assert math.isnan(row[name]), name
    assert row["prior_decisions"] == 0.0  # a count of known (absent) history is a real zero


def test_host_language_absent_from_a_known_list_is_level_zero():
    rec = citizen_records(citizen(languages=[{"code": "ar", "cefr": "native"}]), {})
    assert build(rec)["host_language_level"] == 0.0


def test_nothing_after_the_decision_changes_the_row():
    related = {
        "decisions": [{"citizen_id": "C1", "date": "2021-03-01", "programme_id": "P1"}],
        "enrolments": [{"citizen_id": "C1", "programme_id": "P1", "start": "2021-04-01",
                        "end": "2021-07-01", "status": "dropped", "attendance_rate": 0.3}],
        "outcomes": [{"citizen_id": "C1", "start": "2021-01-01", "end": None,
                      "status": "unemployed"}],
        "appointments": [{"citizen_id": "C1", "date": "2022-01-10", "kind": "m",
                          "attended": True}],
    }
    before = build(citizen_records(citizen(), related))
    later = {k: [*v] for k, v in related.items()}
    later["decisions"].append({"citizen_id": "C1", "date": "2022-09-01", "programme_id": "P1"})
    later["enrolments"].append({"citizen_id": "C1", "programme_id": "P1", "start": "2022-07-01",
                                "status": "completed", "attendance_rate": 1.0})
    later["outcomes"].append({"citizen_id": "C1", "start": "2022-08-01", "status": "employed"})
    later["appointments"].append({"citizen_id": "C1", "date": "2022-07-01", "kind": "m",
                                  "attended": False})
    after = build(citizen_records(citizen(), later))
    assert before.keys() == after.keys()
    for name in before:
        assert before[name] == after[name] or (math.isnan(before[name])
                                               and math.isnan(after[name])), name
    assert before["prior_programme:language_course"] == 1.0
    assert before["dropped_enrolments"] == 1.0
    assert before["weeks_unemployed"] > 60


def test_protected_attributes_are_never_inputs_and_health_only_when_allowed():
    specs = schema().features
    assert not any(f.name in ("gender", "country_of_birth") for f in specs)
    assert not any("gender" in f.source or "country_of_birth" in f.source for f in specs)
    names = [f.name for f in specs]
    assert "health_limitation" not in names
    with_health = schema(include_health=True)
    spec = next(f for f in with_health.features if f.name == "health_limitation")
    assert spec.special_category
    rec = citizen_records(citizen(), {})
    assert build(rec, include_health=True)["health_limitation"] == 1.0


def test_schema_round_trips_through_json(tmp_path):
    s = schema(True)
    s.save(tmp_path / "feature_schema.json")
    loaded = FeatureSchema.load(tmp_path / "feature_schema.json")
    assert loaded.names == s.names and loaded.attributes == s.attributes
    rec = citizen_records(citizen(), {})
    a = FeatureBuilder(s, {}, None).row(rec, DAY)
    b = FeatureBuilder(loaded, {}, None).row(rec, DAY)
    assert np.array_equal(a, b, equal_nan=True)


def test_a_dated_unemployed_since_ends_when_work_or_education_starts_after_it():
    """Demo citizen C000001: "unemployed since 2024-02-12" was recorded on that day, then work
    from 2024-08-19 to now; the snapshot says no current unemployment. Two years later the
    dated value is not the start of a current spell: the input is not recorded (so no reason
    on screen or sheet can say "how long you have been out of work"), never 145 weeks."""
    related = {
        "assessments": [{"citizen_id": "C1", "date": "2024-02-12", "field": "unemployed_since",
                         "value": "2024-02-12"}],
        "outcomes": [
            {"citizen_id": "C1", "start": "2024-02-12", "end": "2024-08-19",
             "status": "unemployed", "subsidised": False},
            {"citizen_id": "C1", "start": "2024-08-19", "end": None, "status": "employed",
             "subsidised": False},
        ],
    }
    rec = citizen_records(citizen(unemployed_since=None), related)
    assert math.isnan(build(rec, dt.date(2026, 11, 27))["weeks_unemployed"])
    # while the spell was current, the dated start counts (more precise than the spell list)
    assert build(rec, dt.date(2024, 3, 16))["weeks_unemployed"] == (
        dt.date(2024, 3, 16) - dt.date(2024, 2, 12)).days / 7
    # unemployed again later, with no new dated start: the new spell from the outcomes
    related["outcomes"][1]["end"] = "2025-01-06"
    related["outcomes"].append({"citizen_id": "C1", "start": "2025-01-06", "end": None,
                                "status": "unemployed", "subsidised": False})
    rec = citizen_records(citizen(unemployed_since=None), related)
    assert build(rec, dt.date(2025, 3, 3))["weeks_unemployed"] == 8.0
