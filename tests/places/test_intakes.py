"""Places per intake, the queue served first, and the wait for a citizen decided now."""

from __future__ import annotations

import datetime as dt

from desktop_app.places.intakes import places_by_programme

DAY = dt.date(2026, 11, 2)  # a Monday
PROGRAMME = {"id": "P04", "capacity": 24, "waiting_weeks": 3,
             "intakes": [{"start": "2026-11-23", "places": 2}, {"start": "2026-12-07"},
                         {"start": "2026-10-05", "places": 24}]}


def _places(enrolments, decided=None, programme=PROGRAMME):
    return places_by_programme([programme], enrolments, decided or {}, DAY)["P04"]


def test_enrolments_on_an_intake_take_its_places_and_past_intakes_are_not_shown():
    places = _places([("P04", "2026-11-23", "planned"), ("P04", "2026-11-23", "planned"),
                      ("P04", "2026-12-07", "planned"), ("P04", "2026-10-05", "active")])
    assert [(i.start.isoformat(), i.places, i.booked, i.left) for i in places.intakes] == [
        ("2026-11-23", 2, 2, 0), ("2026-12-07", 24, 1, 23)]  # places null: the capacity
    assert places.places_left == 23 and places.queue == 0 and not places.full
    assert places.wait_weeks(DAY) == 5.0  # 2026-12-07 is the first intake with a place


def test_queue_overbooking_and_decisions_here_take_the_next_places_first():
    places = _places([("P04", "2026-11-23", "planned")] * 3  # one more than its places
                     + [("P04", "2026-11-10", "planned"),  # on no intake: waiting
                        ("P04", "2026-11-23", "dropped"), ("P04", "2026-11-23", "no_show")],
                     decided={"P04": 2})
    assert places.queue == 4  # 1 overbooked + 1 waiting + 2 decided in the app
    assert [(i.booked, i.promised, i.left) for i in places.intakes] == [(2, 0, 0), (0, 4, 20)]


def test_booking_fills_an_intake_then_the_next_and_a_full_programme_says_so():
    small = {**PROGRAMME, "intakes": [{"start": "2026-11-23", "places": 1},
                                      {"start": "2026-12-21", "places": 1}]}
    places = _places([], programme=small)
    assert places.wait_weeks(DAY) == 3.0
    places = places.book()
    assert places.wait_weeks(DAY) == 7.0  # the first intake filled: the wait moves
    places = places.book()
    assert places.full and places.wait_weeks(DAY) is None and places.places_left == 0


def test_a_programme_without_intakes_has_unknown_unlimited_places():
    places = _places([("P04", "2026-11-23", "planned")], programme={"id": "P04",
                                                                    "waiting_weeks": 2.5})
    assert not places.known and not places.full
    assert places.wait_weeks(DAY) == 2.5
    assert places.book() == places
