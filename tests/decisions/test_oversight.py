"""Oversight: acceptance and override rates per caseworker and overall, rubber-stamp warning."""

from __future__ import annotations

import datetime as dt

from desktop_app.decisions.record import DecisionInput, record_decision
from desktop_app.oversight.rates import MIN_DECISIONS, RUBBER_STAMP_THRESHOLD, oversight_report
from tests.decisions.conftest import NOON, Cache


def decide(cache: Cache, caseworker: str, *, follow: bool | None, day: int = 0) -> None:
    """One decision: follow=None means no suggestion was shown."""
    programme = "P01" if follow in (True, None) else "P02"
    record_decision(cache.db, cache.audit, DecisionInput(
        citizen_id=f"C{day % 12:05d}", caseworker_id=caseworker, programme_id=programme,
        suggestion_shown=follow is not None, suggested_programme_id="P01",
        reason_code=None if follow is not False else "citizen_wish",
        reason_text=None if follow is not False else "The citizen wants the Danish course",
    ), now=NOON + dt.timedelta(days=day))


def test_rates_per_caseworker_and_overall(cache: Cache) -> None:
    for day in range(6):  # anna: 6 shown, 4 accepted, 2 overridden, 1 without suggestion
        decide(cache, "anna", follow=day < 4, day=day)
    decide(cache, "anna", follow=None, day=6)
    for day in range(3):  # bo: 3 shown, all accepted
        decide(cache, "bo", follow=True, day=day)

    report = oversight_report(cache.db, "2026-03-01", "2026-04-01")

    anna, bo = report.rows
    assert (anna.caseworker_id, anna.decisions, anna.with_suggestion, anna.accepted,
            anna.overridden) == ("anna", 7, 6, 4, 2)
    assert anna.acceptance == 4 / 6 and anna.override_rate == 2 / 6
    assert (bo.caseworker_id, bo.decisions, bo.accepted, bo.overridden) == ("bo", 3, 3, 0)
    assert bo.acceptance == 1.0
    assert bo.rubber_stamp is False  # 100% but only 3 decisions: too few to say
    overall = report.overall
    assert (overall.caseworker_id, overall.decisions, overall.with_suggestion,
            overall.accepted, overall.overridden) == ("", 10, 9, 7, 2)
    assert overall.acceptance == 7 / 9
    assert report.warnings == ()


def test_the_period_bounds_are_since_inclusive_until_exclusive(cache: Cache) -> None:
    for day in range(5):  # 2026-03-02 .. 2026-03-06
        decide(cache, "anna", follow=True, day=day)

    report = oversight_report(cache.db, "2026-03-03", "2026-03-05")

    assert report.overall.decisions == 2
    assert oversight_report(cache.db, "2026-04-01", "2026-05-01").rows == ()
    empty = oversight_report(cache.db, "2026-04-01", "2026-05-01").overall
    assert (empty.decisions, empty.acceptance, empty.rubber_stamp) == (0, None, False)


def test_rubber_stamp_warning_above_95_percent_from_the_minimum_count(cache: Cache) -> None:
    assert (RUBBER_STAMP_THRESHOLD, MIN_DECISIONS) == (0.95, 10)
    for day in range(MIN_DECISIONS - 1):
        decide(cache, "cy", follow=True, day=day)
    decide(cache, "cy", follow=None, day=20)  # not shown: does not count towards the minimum

    below_minimum = oversight_report(cache.db, "2026-01-01", "2027-01-01")
    assert below_minimum.rows[0].with_suggestion == MIN_DECISIONS - 1
    assert below_minimum.warnings == ()

    decide(cache, "cy", follow=True, day=9)  # the 10th shown suggestion, all accepted
    decide(cache, "dee", follow=True, day=1)
    at_minimum = oversight_report(cache.db, "2026-01-01", "2027-01-01")
    cy = next(r for r in at_minimum.rows if r.caseworker_id == "cy")
    assert (cy.with_suggestion, cy.acceptance, cy.rubber_stamp) == (10, 1.0, True)
    assert [r.caseworker_id for r in at_minimum.warnings] == ["cy", ""]  # and overall (11/11)


def test_exactly_95_percent_is_not_a_warning_but_just_above_is(cache: Cache) -> None:
    for day in range(19):
        decide(cache, "eve", follow=True, day=day)
    decide(cache, "eve", follow=False, day=19)  # 19 of 20 = 95.0%

    row = oversight_report(cache.db, "2026-01-01", "2027-01-01").rows[0]
    assert (row.accepted, row.with_suggestion) == (19, 20)
    assert row.rubber_stamp is False

    decide(cache, "eve", follow=True, day=20)  # 20 of 21 = 95.2%
    row = oversight_report(cache.db, "2026-01-01", "2027-01-01").rows[0]
    assert row.rubber_stamp is True
