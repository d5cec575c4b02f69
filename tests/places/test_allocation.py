"""The allocation within places (HiGHS) against brute force, its prices, and the property
that suggestions followed by everyone never overbook an intake."""

from __future__ import annotations

import datetime as dt
import itertools

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.places.allocation import allocate, priced_choice
from desktop_app.places.fit import fit_to_places
from desktop_app.places.intakes import places_by_programme
from tests.places.cases import case

DAY = dt.date(2026, 11, 2)


def _brute_force(value, allowed, places):
    n, arms = value.shape
    best = -np.inf
    for combo in itertools.product(range(arms), repeat=n):
        choice = np.array(combo)
        if not all(c == 0 or allowed[i, c] for i, c in enumerate(choice)):
            continue
        if any((choice == a).sum() > places[a] for a in range(1, arms)):
            continue
        best = max(best, value[np.arange(n), choice].sum())
    return best


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 10_000))
def test_the_allocation_is_the_best_whole_assignment_within_the_places(seed):
    rng = np.random.default_rng(seed)
    n, arms = int(rng.integers(1, 6)), int(rng.integers(2, 4))
    value = rng.normal(0, 1, (n, arms))
    value[:, 0] = 0.0
    allowed = rng.random((n, arms)) < 0.8
    places = np.concatenate([[np.inf], rng.integers(0, 3, arms - 1).astype(float)])
    result = allocate(value, allowed, places)
    assert np.allclose(result.share, np.round(result.share))  # a whole assignment
    assert abs(result.total - _brute_force(value, allowed, places)) < 1e-7
    assert all(result.used()[a] <= places[a] + 1e-9 for a in range(1, arms))


def test_a_scarce_place_gets_a_price_and_goes_where_it_adds_most():
    value = np.array([[0.0, 0.10, 0.04], [0.0, 0.08, 0.07], [0.0, 0.05, 0.01]])
    allowed = np.ones_like(value, dtype=bool)
    result = allocate(value, allowed, np.array([np.inf, 1.0, 5.0]))
    assert result.choice.tolist() == [1, 2, 2]
    assert result.prices[2] == 0.0  # the plentiful programme costs nothing
    assert 0.04 <= result.prices[1] <= 0.06  # one more P1 place: 0.05 - 0.01 ... 0.10 - 0.04
    # Value minus price ranks each citizen's allocated programme first (ties are possible
    # exactly at the price: the citizens whose choice sets it).
    net = value - result.prices[None, :]
    assert np.allclose(net[np.arange(3), result.choice], net.max(axis=1))
    assert priced_choice(value, allowed, result.prices)[0] == 1


def test_weights_count_expected_decisions():
    value = np.array([[0.0, 0.1], [0.0, 0.1], [0.0, 0.1], [0.0, 0.1]])
    result = allocate(value, np.ones((4, 2), bool), np.array([np.inf, 1.0]),
                      weights=np.full(4, 0.5))
    assert abs(result.used(np.full(4, 0.5))[1] - 1.0) < 1e-9
    assert result.prices[1] > 0


programme_st = st.fixed_dictionaries({
    "places": st.lists(st.integers(0, 4), min_size=1, max_size=4),
    "booked": st.lists(st.integers(0, 5), min_size=4, max_size=4),
    "queue": st.integers(0, 3),
    "wait": st.integers(0, 4),
})


@settings(max_examples=120, deadline=None)
@given(programmes=st.lists(programme_st, min_size=1, max_size=4),
       caseload=st.lists(st.lists(st.floats(-0.05, 0.2, allow_nan=False), min_size=4,
                                  max_size=4), min_size=1, max_size=25),
       eligible_seed=st.integers(0, 1000), order_seed=st.integers(0, 1000))
def test_suggestions_followed_by_everyone_never_overbook_an_intake(
        programmes, caseload, eligible_seed, order_seed):
    rng = np.random.default_rng(eligible_seed)
    records, enrolments = [], []
    for k, spec in enumerate(programmes):
        pid = f"P{k + 1}"
        intakes = [{"start": (DAY + dt.timedelta(weeks=2 + 3 * j)).isoformat(), "places": p}
                   for j, p in enumerate(spec["places"])]
        records.append({"id": pid, "waiting_weeks": spec["wait"], "intakes": intakes})
        for j, intake in enumerate(intakes):
            enrolments += [(pid, intake["start"], "planned")] * spec["booked"][j]
        enrolments += [(pid, "2026-10-01", "planned")] * spec["queue"]
    by_id = {r["id"]: r for r in records}
    places = places_by_programme(records, enrolments, {}, DAY)
    before = {pid: p.queue for pid, p in places.items()}
    ids = list(by_id)
    # Prices from the allocation over the whole caseload, as the plan computes them.
    value = np.zeros((len(caseload), len(ids) + 1))
    value[:, 1:] = np.array([row[:len(ids)] for row in caseload])
    allowed = rng.random(value.shape) < 0.8
    capacity = np.array([np.inf] + [places[pid].places_left for pid in ids], dtype=float)
    prices = dict(zip(ids, allocate(value, allowed, capacity).prices[1:], strict=True))
    for i in np.random.default_rng(order_seed).permutation(len(caseload)):
        suggestion = case(f"C{i}", dict(zip(ids, value[i, 1:], strict=True)),
                          {pid: bool(allowed[i, k + 1]) for k, pid in enumerate(ids)})
        fit_to_places(suggestion, places, prices, DAY, by_id)
        if suggestion.suggested is not None:
            places[suggestion.suggested] = places[suggestion.suggested].book()
    for pid, programme in places.items():
        assert programme.queue == before[pid]  # nobody was sent to a full programme
        for intake in programme.intakes:
            assert intake.booked + intake.promised <= intake.places
