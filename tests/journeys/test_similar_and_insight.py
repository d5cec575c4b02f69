"""Citizens like this one, and outcome rates / time-to-work curves by factor."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from desktop_app.journeys.events import make_event_log
from desktop_app.journeys.insight import CAVEAT, FACTORS, insight_by_factor
from desktop_app.journeys.similar import NOTICE, similar_citizens
from desktop_app.journeys.time_to_work import outcome_within, time_to_work
from tests.journeys.sample_records import sample_records


def _population() -> tuple:
    # Two clusters: low schooling people mostly stay unemployed, high schooling mostly work.
    rng = np.random.default_rng(3)
    n = 200
    school = np.where(np.arange(n) < 100, 8, 14) + rng.integers(-1, 2, n)
    outcome = np.where(np.arange(n) < 100, "unemployed", "employed")
    outcome[::10] = "education"
    ids = [f"p{i}" for i in range(n)]
    cases = pd.DataFrame(
        {"school_years": school.astype(float), "age": 30.0, "outcome": outcome},
        index=pd.Index(ids, name="case_id"),
    )
    path = np.where(np.arange(n) < 100, "language_course", "work_trial")
    events = pd.DataFrame(
        {
            "case_id": np.repeat(ids, 2),
            "activity": np.column_stack([path, outcome]).ravel(),
            "start": np.tile(pd.to_datetime(["2023-01-01", "2023-06-01"]), n),
        }
    )
    return make_event_log(events, cases), ids


def test_similar_citizens_describe_their_neighbours_outcomes() -> None:
    log, ids = _population()
    result = similar_citizens(
        {"school_years": 8, "age": 30},
        log,
        k=20,
        features=("school_years", "age"),
        exclude=[ids[0]],
    )
    assert result.kind == "descriptive" and "not a recommendation" in result.notice
    assert result.notice == NOTICE
    assert len(result.neighbours) == 20
    assert all(n.citizen_id != ids[0] for n in result.neighbours)
    assert all(int(n.citizen_id[1:]) < 100 for n in result.neighbours)  # the low cluster
    assert sum(result.outcome_counts.values()) == 20
    assert sum(result.outcome_shares.values()) == pytest.approx(1)
    assert result.outcome_shares["unemployed"] == pytest.approx(0.9, abs=0.1)
    assert result.variants[0][0][0] == "language_course"
    distances = [n.distance for n in result.neighbours]
    assert distances == sorted(distances)


def test_similar_citizens_refuse_protected_features_and_empty_profiles() -> None:
    log, _ = _population()
    with pytest.raises(ValueError, match="gender"):
        similar_citizens({}, log, features=("gender",))
    # Nothing known about the citizen: nobody can be called similar.
    assert similar_citizens({}, log, features=("school_years",)).neighbours == ()


def test_time_to_work_follows_the_contract_outcome() -> None:
    follow = time_to_work(sample_records())
    assert set(follow.index) == {"c1", "c2"}  # c3 has no origin
    assert follow.loc["c1", "days"] == 273 and bool(follow.loc["c1", "found_work"])
    # c2's only work is subsidised: censored at the latest date in the records.
    assert follow.loc["c2", "days"] == 214 and not follow.loc["c2", "found_work"]
    within = outcome_within(follow, 52)
    assert within["c1"] == 1 and np.isnan(within["c2"])  # c2 not followed for 52 weeks
    assert outcome_within(follow, 26).tolist() == [0.0, 0.0]


def test_insight_by_school_years_carries_rates_curves_and_caveat() -> None:
    insight = insight_by_factor(sample_records(), "school_years", horizon_weeks=52)
    assert insight.kind == "association" and insight.caveat == CAVEAT
    assert "not effects" in insight.caveat
    by_group = {g.group: g for g in insight.groups}
    assert set(by_group) == {"under 10", "10-12"}
    assert (by_group["under 10"].rate, by_group["under 10"].in_work) == (1.0, 1)
    assert by_group["10-12"].rate is None and by_group["10-12"].followed_to_horizon == 0
    curves = {c.label: c for c in insight.curves}
    assert curves["under 10"].times.tolist() == [0, 39]  # 273 days = 39 weeks
    assert curves["10-12"].n_events == 0


def test_every_factor_runs() -> None:
    for factor in FACTORS:
        insight = insight_by_factor(sample_records(), factor)
        assert sum(g.citizens for g in insight.groups) == 2
    with pytest.raises(KeyError, match="unknown factor"):
        insight_by_factor(sample_records(), "gender")


def test_a_prepared_similarity_index_gives_the_same_neighbours() -> None:
    """The cohort prepares the population once; a case then finds exactly the neighbours it
    found when the population was scanned again for it, the excluded citizen included."""
    from desktop_app.journeys.similar import similarity_index

    log, ids = _population()
    features = ("school_years", "age")
    index = similarity_index(log, features)
    for profile, excluded in (({"school_years": 8, "age": 30}, [ids[0]]),
                              ({"school_years": 16, "age": 50}, [ids[150], ids[151]]),
                              ({"age": 41}, [])):
        fresh = similar_citizens(profile, log, k=15, features=features, exclude=excluded)
        prepared = similar_citizens(profile, log, k=15, features=features, exclude=excluded,
                                    index=index)
        assert prepared == fresh
        assert not {n.citizen_id for n in prepared.neighbours} & set(excluded)
    with pytest.raises(ValueError, match="other features"):
        similar_citizens({}, log, features=("age",), index=index)
    with pytest.raises(ValueError, match="gender"):
        similarity_index(log, ("gender", "age"))
