"""The generic event log, process map, variants and filters on small worked examples."""

from __future__ import annotations

import pandas as pd
import pytest

from desktop_app.journeys.cohort import SUBSIDISED_WORK, journey_log
from desktop_app.journeys.events import EventLogError, collapse_repeats, make_event_log
from desktop_app.journeys.filters import in_period, with_activity, with_outcome, with_profile
from desktop_app.journeys.process_map import process_map
from desktop_app.journeys.variants import variants
from tests.journeys.sample_records import sample_records


def _log(rows, outcomes=None):
    events = pd.DataFrame(rows, columns=["case_id", "activity", "start", "end"])
    cases = None
    if outcomes:
        cases = pd.DataFrame({"outcome": outcomes}).rename_axis("case_id")
    return make_event_log(events, cases)


ROWS = [
    ("a", "course", "2024-01-01", "2024-01-31"),
    ("a", "course", "2024-02-01", "2024-02-29"),
    ("a", "job", "2024-03-10", "2024-06-30"),
    ("b", "course", "2024-01-01", "2024-03-31"),
    ("b", "job", "2024-04-01", "2024-04-30"),
    ("c", "trial", "2024-02-01", "2024-02-10"),
    ("c", "course", "2024-02-11", "2024-03-01"),
]


def test_collapse_merges_runs_and_keeps_their_extent() -> None:
    spells = collapse_repeats(_log(ROWS)).events
    first = spells.iloc[0]
    assert (first["case_id"], first["activity"], first["n_events"]) == ("a", "course", 2)
    assert first["end"] == pd.Timestamp("2024-02-29")
    assert len(spells) == 6


def test_process_map_counts_and_median_times() -> None:
    pm = process_map(_log(ROWS))
    assert pm.edge_counts() == {"course -> job": 2, "trial -> course": 1}
    edge = pm.edges.set_index(["source", "target"]).loc[("course", "job")]
    # a: Jan 1 -> Mar 10 = 69 days; b: Jan 1 -> Apr 1 = 91 days; median 80.
    assert edge["median_time"] == pd.Timedelta(days=80)
    # gaps: a waits Feb 29 -> Mar 10 (10 days), b waits one day; median 5.5.
    assert edge["median_gap"] == pd.Timedelta(days=5.5)
    assert edge["cases"] == 2
    assert pm.start_counts.to_dict() == {"course": 2, "trial": 1}
    assert pm.activities.loc["course", "events"] == 3  # after collapsing
    uncollapsed = process_map(_log(ROWS), collapse=False)
    assert uncollapsed.edge_counts()["course -> course"] == 1


def test_variants_with_outcome_shares() -> None:
    table = variants(_log(ROWS, {"a": "work", "b": "unemployed", "c": "work"}))
    assert table.top() == [(("course", "job"), 2), (("trial", "course"), 1)]
    assert table.outcome_shares.loc[0].to_dict() == {"unemployed": 0.5, "work": 0.5}
    assert table.case_variant.to_dict() == {"a": 0, "b": 0, "c": 1}


def test_event_log_refuses_holes_with_the_row_named() -> None:
    with pytest.raises(EventLogError, match="row 1: field 'activity'"):
        _log([("a", "x", "2024-01-01", None), ("a", None, "2024-01-02", None)])
    with pytest.raises(EventLogError, match="'end' is before 'start'"):
        _log([("a", "x", "2024-02-01", "2024-01-01")])
    with pytest.raises(EventLogError, match="lacks column"):
        make_event_log(pd.DataFrame({"case_id": [1]}))


def test_cohort_log_from_contract_records() -> None:
    log = journey_log(sample_records())
    table = variants(log)
    paths = dict(
        zip(table.case_variant.index, table.table["variant"][table.case_variant], strict=True)
    )
    assert paths["c1"] == ("unemployed", "language_course", "work_trial", "employed")
    assert paths["c2"] == ("unemployed", "work_trial", SUBSIDISED_WORK)
    assert log.cases.loc["c1", "outcome"] == "employed"
    assert log.cases.loc["c2", "outcome"] == SUBSIDISED_WORK
    assert "gender" not in log.cases.columns and "country_of_birth" not in log.cases.columns
    assert log.cases.loc["c1", "host_language_level"] == 2  # A2 in Danish
    assert log.cases.loc["c1", "previous_programmes"] == 2  # planned one not counted
    edge = (
        process_map(log)
        .edges.set_index(["source", "target"])
        .loc[("unemployed", "language_course")]
    )
    assert edge["median_time"] == pd.Timedelta(days=31)
    assert edge["median_gap"] == pd.Timedelta(0)  # the course runs inside the spell


def test_filters_select_whole_journeys() -> None:
    log = journey_log(sample_records())
    assert set(with_activity(log, ["language_course"]).case_ids) == {"c1"}
    assert set(with_outcome(log, ["employed"]).case_ids) == {"c1"}
    assert set(with_profile(log, school_years=(10, None)).case_ids) == {"c2"}
    assert set(with_profile(log, school_years=[9, 12]).case_ids) == {"c1", "c2"}
    late = in_period(log, "2023-09-05", "2023-12-31")
    assert set(late.case_ids) == {"c1"} and len(late) == 4
    clipped = in_period(log, "2023-09-05", "2023-12-31", clip=True)
    assert list(clipped.events["activity"]) == ["unemployed", "employed"]
    with pytest.raises(KeyError, match="gender"):
        with_profile(log, gender="f")
