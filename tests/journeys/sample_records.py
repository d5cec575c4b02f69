"""A small hand-written set of contract records whose journeys are worked out by hand."""

from __future__ import annotations

from desktop_app.journeys.records import JourneyRecords, journey_records

CITIZENS = [
    {
        "id": "c1",
        "birth_year": 1990,
        "gender": "f",
        "country_of_birth": "SY",
        "school_years": 9,
        "basic_skills": {"literacy": 2, "numeracy": 3, "digital": 2},
        "languages": [{"code": "da", "cefr": "A2"}, {"code": "ar", "cefr": "native"}],
        "unemployed_since": "2023-01-01",
    },
    {
        "id": "c2",
        "birth_year": 1985,
        "school_years": 12,
        "basic_skills": {"literacy": 4, "numeracy": 4, "digital": 5},
        "languages": [{"code": "da", "cefr": "native"}],
        "unemployed_since": "2023-03-01",
    },
    {"id": "c3", "birth_year": 2000, "languages": [{"code": "da", "cefr": "native"}]},
]
PROGRAMMES = [
    {"id": "p1", "kind": "language_course", "name": {"en": "Danish for adults", "da": "Dansk"}},
    {"id": "p2", "kind": "work_trial", "name": {"da": "Virksomhedspraktik"}},
    {"id": "p3", "kind": "wage_subsidy"},
]
ENROLMENTS = [
    {
        "citizen_id": "c1",
        "programme_id": "p1",
        "start": "2023-02-01",
        "end": "2023-05-01",
        "status": "completed",
        "attendance_rate": 0.9,
    },
    {
        "citizen_id": "c1",
        "programme_id": "p2",
        "start": "2023-06-15",
        "end": "2023-08-15",
        "status": "dropped",
        "attendance_rate": 0.4,
    },
    {
        "citizen_id": "c1",
        "programme_id": "p3",
        "start": "2023-10-01",
        "end": None,
        "status": "planned",
    },
    {
        "citizen_id": "c2",
        "programme_id": "p2",
        "start": "2023-04-01",
        "end": "2023-05-01",
        "status": "completed",
        "attendance_rate": 1.0,
    },
]
APPOINTMENTS = [
    {"citizen_id": "c1", "date": "2023-01-10", "kind": "meeting", "attended": True},
    {"citizen_id": "c1", "date": "2023-03-10", "kind": "meeting", "attended": False},
    {"citizen_id": "c1", "date": "2023-06-01", "kind": "meeting", "attended": True},
    {"citizen_id": "c2", "date": "2023-03-05", "kind": "meeting", "attended": True},
]
OUTCOMES = [
    {"citizen_id": "c1", "start": "2023-01-01", "end": "2023-09-30", "status": "unemployed"},
    {
        "citizen_id": "c1",
        "start": "2023-10-01",
        "end": None,
        "status": "employed",
        "subsidised": False,
    },
    {"citizen_id": "c2", "start": "2023-03-01", "end": "2023-05-01", "status": "unemployed"},
    {
        "citizen_id": "c2",
        "start": "2023-05-02",
        "end": "2023-09-01",
        "status": "employed",
        "subsidised": True,
    },
]
DECISIONS = [
    {"citizen_id": "c1", "date": "2023-01-15", "programme_id": "p1"},
    {"citizen_id": "c1", "date": "2023-06-01", "programme_id": "p2"},
    {"citizen_id": "c1", "date": "2023-09-01", "programme_id": None},
]


def sample_records() -> JourneyRecords:
    return journey_records(
        citizens=CITIZENS,
        programmes=PROGRAMMES,
        enrolments=ENROLMENTS,
        appointments=APPOINTMENTS,
        outcomes=OUTCOMES,
        decisions=DECISIONS,
    )
