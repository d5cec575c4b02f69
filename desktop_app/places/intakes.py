"""Places left per intake, queues and the wait for a new citizen (contract 1.1 `intakes`).

An enrolment with a programme's id and a `start` on one of its intake dates takes a place of
that intake (unless it was dropped or a no-show). Waiting for a place (the queue): planned
enrolments dated on no intake, the bookings beyond an intake's places, and programmes decided
in the app that the case system has not booked yet. The queue is served first, in the order
of the intakes; a citizen decided now takes the next place after it. A programme without
intakes in the data has unknown places: it is never limited, and its `waiting_weeks` is the
wait (as before contract 1.1).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

TAKES_NO_PLACE = frozenset({"dropped", "no_show"})
DEFAULT_HORIZON_WEEKS = 26.0


@dataclass(frozen=True)
class IntakePlaces:
    start: dt.date
    places: int
    booked: int  # enrolments on this intake (at most `places`; the rest wait in the queue)
    promised: int = 0  # places the queue will take

    @property
    def left(self) -> int:
        return max(0, self.places - self.booked - self.promised)


@dataclass(frozen=True)
class ProgrammePlaces:
    programme_id: str
    intakes: tuple[IntakePlaces, ...]  # upcoming intakes, in date order
    queue: int  # citizens waiting for a place
    known: bool  # False: the data has no intakes for this programme (places unknown)
    waiting_weeks: float | None  # the programme's stated wait (used when places are unknown)

    @property
    def places(self) -> int:
        return sum(i.places for i in self.intakes)

    @property
    def booked(self) -> int:
        return sum(i.booked for i in self.intakes)

    @property
    def places_left(self) -> int:
        return sum(i.left for i in self.intakes)

    @property
    def next_free(self) -> IntakePlaces | None:
        return next((i for i in self.intakes if i.left > 0), None)

    @property
    def full(self) -> bool:
        """Known places and none left in any known intake."""
        return self.known and self.next_free is None

    def wait_weeks(self, as_of: dt.date) -> float | None:
        """Weeks until a citizen decided now could start (None: no place in known intakes)."""
        if not self.known:
            return self.waiting_weeks
        free = self.next_free
        return None if free is None else max(0.0, (free.start - as_of).days / 7)

    def left_until(self, until: dt.date) -> int:
        return sum(i.left for i in self.intakes if i.start <= until)

    def book(self) -> ProgrammePlaces:
        """The same programme after one more citizen takes the next free place."""
        if not self.known:
            return self
        free = self.next_free
        if free is None:
            return replace(self, queue=self.queue + 1)
        intakes = tuple(replace(i, booked=i.booked + 1) if i is free else i
                        for i in self.intakes)
        return replace(self, intakes=intakes)


def _date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def programme_places(
    programme: Mapping[str, Any],
    on_intake: Mapping[dt.date, int],
    waiting: int,
    as_of: dt.date,
) -> ProgrammePlaces:
    """One programme's upcoming intakes with the queue served first.

    `on_intake`: enrolments per start date that take places; `waiting`: planned enrolments on
    no intake plus programmes decided in the app and not booked yet."""
    pid = str(programme["id"])
    stated = programme.get("waiting_weeks")
    stated_wait = float(stated) if isinstance(stated, int | float) else None
    raw = programme.get("intakes")
    if not raw:
        return ProgrammePlaces(pid, (), 0, False, stated_wait)
    capacity = programme.get("capacity")
    intakes: list[IntakePlaces] = []
    queue = waiting
    for item in sorted(raw, key=lambda i: str(i.get("start"))):
        start = _date(item.get("start"))
        if start is None or start < as_of:
            continue
        places = item.get("places")
        places = int(places if places is not None else capacity or 0)
        taken = on_intake.get(start, 0)
        queue += max(0, taken - places)  # bookings beyond the places wait for another intake
        intakes.append(IntakePlaces(start, places, min(taken, places)))
    serve = queue
    served: list[IntakePlaces] = []
    for intake in intakes:
        promised = min(serve, intake.places - intake.booked)
        serve -= promised
        served.append(replace(intake, promised=promised))
    return ProgrammePlaces(pid, tuple(served), queue, True, stated_wait)


def places_by_programme(
    programmes: Iterable[Mapping[str, Any]],
    enrolments: Iterable[tuple[str, str, str | None]],
    decided_here: Mapping[str, int],
    as_of: dt.date,
) -> dict[str, ProgrammePlaces]:
    """Every programme's places from its intakes, the enrolments (programme_id, start,
    status) and the number of citizens decided in the app but not booked yet."""
    programmes = list(programmes)
    intake_days = {
        str(p["id"]): {d for i in p.get("intakes") or () if (d := _date(i.get("start")))}
        for p in programmes
    }
    on_intake: dict[str, dict[dt.date, int]] = {pid: {} for pid in intake_days}
    waiting: dict[str, int] = dict.fromkeys(intake_days, 0)
    for programme_id, start_text, status in enrolments:
        if programme_id not in intake_days or status in TAKES_NO_PLACE:
            continue
        start = _date(start_text)
        if start is None:
            continue
        if start in intake_days[programme_id]:
            counts = on_intake[programme_id]
            counts[start] = counts.get(start, 0) + 1
        elif status == "planned":
            waiting[programme_id] += 1
    return {
        str(p["id"]): programme_places(
            p, on_intake[str(p["id"])], waiting[str(p["id"])] + decided_here.get(str(p["id"]), 0),
            as_of)
        for p in programmes
    }
