"""Eligibility: eligible, not eligible with the failing rule, or unknown (never suggested)."""

from __future__ import annotations

import datetime as dt

from desktop_app.scoring.eligibility import check_eligibility
from desktop_app.scoring.records import citizen_records

DAY = dt.date(2022, 6, 1).toordinal()


def person(**fields):
    return citizen_records({"id": "C1", **fields}, {})


def programme(**rules):
    return {"id": "P", "prerequisites": rules}


def test_all_rules_met():
    rec = person(school_years=10, education_isced=3, health_limitation="none",
                 basic_skills={"literacy": 3, "numeracy": 4},
                 languages=[{"code": "da", "cefr": "B1"}])
    result = check_eligibility(programme(
        min_school_years=9, min_education_isced=2, max_health_limitation="partial",
        min_basic_skills={"literacy": 3}, min_language_cefr={"da": "A2"}), rec, DAY)
    assert result.status is True


def test_failing_rule_is_named():
    rec = person(school_years=7, languages=[{"code": "da", "cefr": "A1"}])
    result = check_eligibility(programme(min_school_years=9, min_language_cefr={"da": "B1"}),
                               rec, DAY)
    assert result.status is False
    assert {c.rule for c in result.failed} == {"min_school_years", "min_language_cefr.da"}
    assert "min_school_years 9 (citizen: 7)" in result.reason()


def test_missing_data_or_unknown_rule_makes_it_unknown():
    assert check_eligibility(programme(min_school_years=9), person(), DAY).status is None
    unknown_rule = check_eligibility(programme(min_driving_years=2), person(), DAY)
    assert unknown_rule.status is None and "cannot be checked" in unknown_rule.reason()


def test_a_failed_rule_beats_an_unknown_one():
    rec = person(school_years=5)
    assert check_eligibility(programme(min_school_years=9, max_health_limitation="none"),
                             rec, DAY).status is False


def test_language_missing_from_a_known_list_fails_and_dated_levels_count():
    rec = citizen_records({"id": "C1", "languages": [{"code": "ar", "cefr": "native"}]}, {})
    assert check_eligibility(programme(min_language_cefr={"da": "A2"}), rec, DAY).status is False
    dated = citizen_records({"id": "C1", "languages": [{"code": "da", "cefr": "B2"}]}, {
        "assessments": [{"citizen_id": "C1", "date": "2023-01-01", "field": "languages.da",
                         "value": "B2"},
                        {"citizen_id": "C1", "date": "2020-01-01", "field": "languages.da",
                         "value": "A1"}]})
    # On the decision day the citizen was A1; the B2 came later.
    assert check_eligibility(programme(min_language_cefr={"da": "A2"}), dated,
                             DAY).status is False
