"""One citizen's swim-lane timeline from contract records."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from desktop_app.journeys.records import RecordsError, journey_records
from desktop_app.journeys.timeline import citizen_timeline
from tests.journeys.sample_records import ENROLMENTS, sample_records


def test_lanes_hold_the_citizens_records() -> None:
    timeline = citizen_timeline(sample_records(), "c1")
    programmes = timeline.lane("programmes")
    assert [(p.label, p.status) for p in programmes] == [
        ("Danish for adults", "completed"),
        ("Virksomhedspraktik", "dropped"),
        ("wage_subsidy", "planned"),
    ]
    assert programmes[1].attendance_rate == pytest.approx(0.4)
    assert programmes[2].end is None
    assert [d.label for d in timeline.lane("decisions")] == [
        "Danish for adults",
        "Virksomhedspraktik",
        "no programme",
    ]
    assert [a.attended for a in timeline.lane("appointments")] == [True, False, True]
    assert timeline.appointment_attendance == pytest.approx(2 / 3)
    outcomes = timeline.lane("outcomes")
    assert [(o.status, o.subsidised) for o in outcomes] == [
        ("unemployed", None),
        ("employed", False),
    ]
    assert timeline.window_start == date(2023, 1, 1)
    assert timeline.window_end == date(2023, 10, 1)


def test_gaps_are_idle_stretches_between_programmes_and_work() -> None:
    gaps = citizen_timeline(sample_records(), "c1").lane("gaps")
    assert [(g.start, g.end) for g in gaps] == [
        (date(2023, 1, 1), date(2023, 2, 1)),
        (date(2023, 5, 1), date(2023, 6, 15)),
        (date(2023, 8, 15), date(2023, 10, 1)),
    ]
    assert gaps[1].label == "45 days"
    assert citizen_timeline(sample_records(), "c1", min_gap_days=40).lane("gaps")[0].start == date(
        2023, 5, 1
    )


def test_citizen_without_records_gets_an_empty_timeline() -> None:
    timeline = citizen_timeline(sample_records(), "c3")
    assert timeline.items == ()
    assert timeline.appointment_attendance is None


def test_frames_and_records_give_the_same_timeline() -> None:
    from tests.journeys import sample_records as s

    frames = journey_records(
        citizens=pd.DataFrame(s.CITIZENS),
        programmes=pd.DataFrame(s.PROGRAMMES),
        enrolments=pd.DataFrame(s.ENROLMENTS),
        appointments=pd.DataFrame(s.APPOINTMENTS),
        outcomes=pd.DataFrame(s.OUTCOMES),
        decisions=pd.DataFrame(s.DECISIONS),
    )
    assert citizen_timeline(frames, "c1") == citizen_timeline(sample_records(), "c1")


def test_bad_date_is_refused_naming_table_row_and_field() -> None:
    broken = [dict(ENROLMENTS[0]), {**ENROLMENTS[1], "start": "15/06/2023"}]
    with pytest.raises(RecordsError, match=r"enrolments row 2: field 'start'.*15/06/2023"):
        journey_records(enrolments=broken)


def test_missing_key_is_refused() -> None:
    with pytest.raises(RecordsError, match=r"appointments row 1: key field 'kind'"):
        journey_records(appointments=[{"citizen_id": "c1", "date": "2023-01-01"}])
