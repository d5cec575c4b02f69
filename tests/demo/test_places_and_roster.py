"""Contract 1.1 in the demo: intakes sized to use, bookings within places, queues, a roster."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from desktop_app.bundle.reader import read_bundle

pytestmark = pytest.mark.xdist_group("demo")


def _rows(demo: Path, name: str) -> list[dict]:
    with (demo / "bundle" / f"{name}.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def test_the_demo_bundle_is_a_valid_1_1_bundle(demo_a):
    bundle = read_bundle(demo_a / "bundle")
    assert bundle.manifest["contract_version"] == "1.1"
    assert bundle.count("caseworkers") == 39
    assert not [i for i in bundle.unknown_fields if i.file in ("programmes.jsonl",
                                                               "caseworkers.jsonl")]


def test_bookings_take_places_and_never_overbook_an_intake(demo_a):
    programmes = _rows(demo_a, "programmes")
    planned = [e for e in _rows(demo_a, "enrolments") if e["status"] == "planned"]
    on_intake = Counter((e["programme_id"], e["start"]) for e in planned)
    queued = Counter(e["programme_id"] for e in planned
                     if (e["programme_id"], e["start"]) not in {
                         (p["id"], i["start"]) for p in programmes for i in p["intakes"]})
    booked_share = []
    for programme in programmes:
        intakes = programme["intakes"]
        assert intakes, programme["id"]
        assert intakes == sorted(intakes, key=lambda i: i["start"])
        assert all("2026-11-01" < i["start"] < "2027-06-01" for i in intakes)
        for intake in intakes:
            assert 1 <= intake["places"] <= programme["capacity"]
            booked = on_intake[(programme["id"], intake["start"])]
            assert booked <= intake["places"], (programme["id"], intake)
        first = intakes[0]
        booked_share.append(on_intake[(programme["id"], first["start"])] / first["places"])
    assert sum(booked_share) / len(booked_share) > 0.6  # the next intakes are mostly booked
    assert sum(queued[p] for p in ("P01", "P04", "P06", "P10")) > 0  # tight ones have queues
    citizens = Counter(e["citizen_id"] for e in planned)
    assert max(citizens.values()) == 1  # nobody is booked twice


def test_roster_speaks_the_citizens_languages_and_holds_open_cases(demo_a):
    roster = _rows(demo_a, "caseworkers")
    citizens = {c["id"]: c for c in _rows(demo_a, "citizens")}
    assert {c["id"] for c in roster} == {f"CW{k:02d}" for k in range(1, 40)}
    spoken = {lang["code"] for c in roster for lang in c["languages"]}
    assert {"da", "en", "ar", "uk", "so", "ti"} <= spoken
    assigned = [cid for c in roster for cid in c["caseload"]]
    assert len(assigned) == len(set(assigned)) > 0
    assert all(cid in citizens and "case_closed" not in citizens[cid] for cid in assigned)
    assert all(c["specialisms"] and c["max_caseload"] >= 5 for c in roster)
    decided_by = {d["caseworker_id"] for d in _rows(demo_a, "decisions")}
    assert "CW40" in decided_by  # CW40 has left: their open cases wait for a caseworker
