"""Appointment features use only what was known before the appointment."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from desktop_app.journeys.attendance_features import appointment_features, haversine_km
from desktop_app.journeys.records import journey_records
from tests.journeys import sample_records as s


def _records():
    citizens = [dict(c) for c in s.CITIZENS]
    citizens[0].update(
        lat=55.40, lon=10.40, attributes={"children": 2}, health_limitation="partial"
    )
    programmes = [dict(p) for p in s.PROGRAMMES]
    programmes[0].update(lat=55.50, lon=10.40)
    appointments = [
        *s.APPOINTMENTS,
        {"citizen_id": "c1", "date": "2023-03-10", "kind": "course_session", "attended": True},
    ]
    assessments = [
        {"citizen_id": "c1", "date": "2023-04-01", "field": "languages.da", "value": "B1"}
    ]
    return journey_records(
        citizens=citizens,
        programmes=programmes,
        enrolments=s.ENROLMENTS,
        appointments=appointments,
        outcomes=s.OUTCOMES,
        assessments=assessments,
    )


def test_features_as_of_each_appointment() -> None:
    records = _records()
    rows = records.appointments.reset_index(drop=True)
    features = appointment_features(
        records,
        rows,
        host_language="da",
        meeting_place=(55.40, 10.30),
        allow_health=True,
        attributes=["children"],
    )
    c1 = features[(rows["citizen_id"] == "c1").to_numpy()].reset_index(drop=True)
    c1_rows = rows[rows["citizen_id"] == "c1"].reset_index(drop=True)
    assert c1_rows["date"].dt.strftime("%m-%d").tolist() == ["01-10", "03-10", "03-10", "06-01"]
    assert c1["previous_appointments"].tolist() == [0, 1, 1, 3]
    # Same-day appointments do not see each other's result; the 03-10 no-show counts later.
    assert c1["previous_no_shows"].tolist() == [0, 0, 0, 1]
    assert c1["weeks_unemployed"].iloc[3] == pytest.approx(151 / 7)
    assert c1["age"].tolist() == [33] * 4
    # Danish is dated from April on: missing before (the snapshot describes a later state).
    assert np.isnan(c1["host_language_level"].iloc[0])
    assert c1["host_language_level"].iloc[3] == 3
    assert c1["health"].tolist() == [1] * 4
    assert c1["attr_children"].tolist() == [2] * 4
    meeting_km = haversine_km(55.40, 10.40, 55.40, 10.30)
    course_km = haversine_km(55.40, 10.40, 55.50, 10.40)
    kinds = c1_rows["kind"].tolist()
    course_row = kinds.index("course_session")
    assert c1["distance_km"].iloc[course_row] == pytest.approx(course_km)
    assert c1["distance_km"].iloc[0] == pytest.approx(meeting_km)
    assert 6 < meeting_km < 7 and 11 < course_km < 12


def test_health_is_left_out_unless_allowed_and_protected_fields_never_read() -> None:
    records = _records()
    rows = records.appointments.reset_index(drop=True)
    features = appointment_features(
        records, rows, host_language="da", meeting_place=None, allow_health=False
    )
    assert "health" not in features.columns
    assert not {"gender", "country_of_birth"} & set(features.columns)
    # No meeting place given: only the course session (programme location known) has one.
    kinds = rows["kind"].to_numpy()
    assert features["distance_km"][kinds != "course_session"].isna().all()
    assert features["distance_km"][kinds == "course_session"].notna().all()


def test_future_appointments_do_not_change_past_features() -> None:
    records = _records()
    rows = records.appointments.reset_index(drop=True)
    before = appointment_features(
        records, rows, host_language="da", meeting_place=None, allow_health=True
    )
    later = pd.concat(
        [
            records.appointments,
            pd.DataFrame(
                [
                    {
                        "citizen_id": "c1",
                        "date": pd.Timestamp("2024-01-01"),
                        "kind": "meeting",
                        "attended": False,
                    }
                ]
            ).set_index(pd.Index(["c1"])),
        ]
    )
    changed = journey_records(
        citizens=records.citizens,
        programmes=records.programmes,
        enrolments=records.enrolments,
        appointments=later,
        outcomes=records.outcomes,
        assessments=records.assessments,
    )
    after = appointment_features(
        changed, rows, host_language="da", meeting_place=None, allow_health=True
    )
    pd.testing.assert_frame_equal(before, after)
