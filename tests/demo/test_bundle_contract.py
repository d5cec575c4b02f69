"""The demo bundle keeps the contract: valid JSON lines, keys, references, dates, region."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from training.demo.region import BBOX

pytestmark = pytest.mark.xdist_group("demo")

KEYS = {
    "citizens": ("id",),
    "assessments": ("citizen_id", "date", "field"),
    "programmes": ("id",),
    "decisions": ("citizen_id", "date"),
    "enrolments": ("citizen_id", "programme_id", "start"),
    "appointments": ("citizen_id", "date", "kind"),
    "outcomes": ("citizen_id", "start"),
    "vacancies": ("id",),
    "postcodes": ("postcode",),
    "caseworkers": ("id",),
}


def load(demo, name):
    with (demo / "bundle" / f"{name}.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


@pytest.fixture(scope="module")
def bundle(demo_a):
    return {name: load(demo_a, name) for name in KEYS}


def test_every_line_has_its_keys_and_keys_are_unique(bundle):
    for name, key in KEYS.items():
        rows = bundle[name]
        assert rows, name
        for row in rows:
            assert all(row.get(k) is not None for k in key), (name, row)
        counts = Counter(tuple(row[k] for k in key) for row in rows)
        assert max(counts.values()) == 1, name
    assert all(row["status"] in {"employed", "education", "unemployed", "sick", "other"}
               for row in bundle["outcomes"])


def test_references_point_to_existing_citizens_and_programmes(bundle):
    citizens = {row["id"] for row in bundle["citizens"]}
    programmes = {row["id"] for row in bundle["programmes"]}
    for name in ("assessments", "decisions", "enrolments", "appointments", "outcomes"):
        assert {row["citizen_id"] for row in bundle[name]} <= citizens, name
    assert {r["programme_id"] for r in bundle["decisions"]} - {None} <= programmes
    assert {r["programme_id"] for r in bundle["enrolments"]} <= programmes
    assert any(r["programme_id"] is None for r in bundle["decisions"])


def test_dates_lie_in_the_data_period(bundle):
    assert all("2018-01-01" <= r["date"] <= "2025-12-31" for r in bundle["decisions"])
    assert all("1990-01-01" <= r["date"] <= "2026-10-31" for r in bundle["assessments"])
    assert all(r["date"] <= "2026-10-31" for r in bundle["appointments"])
    assert all(r["start"] <= "2026-10-31" for r in bundle["outcomes"])
    for row in bundle["outcomes"]:
        assert row["end"] is None or row["end"] > row["start"]


def test_snapshot_equals_latest_dated_assessment(bundle):
    latest = {}
    for row in sorted(bundle["assessments"], key=lambda r: r["date"]):
        latest[(row["citizen_id"], row["field"])] = row["value"]
    checked = 0
    for citizen in bundle["citizens"]:
        cid = citizen["id"]
        for skill, value in (citizen.get("basic_skills") or {}).items():
            if (cid, f"basic_skills.{skill}") in latest:
                assert latest[(cid, f"basic_skills.{skill}")] == value
                checked += 1
        for lang in citizen.get("languages") or []:
            if lang["code"] == "da" and (cid, "languages.da") in latest:
                assert latest[(cid, "languages.da")] == lang["cefr"]
                checked += 1
    assert checked > 500
    raised = Counter(r["field"] for r in bundle["assessments"] if r["date"] >= "2018-06-01")
    assert raised["languages.da"] > 0 and raised["basic_skills.literacy"] > 0


def test_missing_values_are_absent_not_zero(bundle):
    citizens = bundle["citizens"]
    assert 0.05 < sum("school_years" not in c for c in citizens) / len(citizens) < 0.4
    assert sum("basic_skills" not in c for c in citizens) > 0
    assert all(c.get("school_years", 1) is not None for c in citizens)


def test_previous_jobs_use_the_demo_taxonomy(bundle, demo_a):
    import csv

    with (demo_a / "esco" / "occupations_en.csv").open(encoding="utf-8") as handle:
        uris = {row["conceptUri"] for row in csv.DictReader(handle)}
    jobs = [j for c in bundle["citizens"] for j in c.get("previous_jobs", [])]
    assert len(jobs) > 300
    assert {j["esco_occupation"] for j in jobs} <= uris
    assert {v["esco_occupation"] for v in bundle["vacancies"]} <= uris
    assert len({c["preferred_language"] for c in bundle["citizens"]}) >= 6


def test_vacancies_stay_in_the_region(bundle):
    lat_min, lon_min, lat_max, lon_max = BBOX
    postcodes = {p["postcode"] for p in bundle["postcodes"]}
    assert 40 <= len(postcodes) <= 80
    with_coords = [v for v in bundle["vacancies"] if v["lat"] is not None]
    assert len(with_coords) < len(bundle["vacancies"])  # some carry a postcode only
    for vacancy in bundle["vacancies"]:
        assert vacancy["postcode"] in postcodes
    for vacancy in with_coords:
        assert lat_min <= vacancy["lat"] <= lat_max and lon_min <= vacancy["lon"] <= lon_max


def test_small_demo_bundle_imports_cleanly(demo_a, tmp_path, monkeypatch, capsys):
    import sqlite3

    from desktop_app.admin.cli import main

    monkeypatch.setenv("WAYFINDER_HOME", str(tmp_path / "home"))
    cache = tmp_path / "cache.sqlite"
    assert main(["import", str(demo_a / "bundle"), "--cache", str(cache), "--quiet"]) == 0
    assert "unknown field" not in capsys.readouterr().err.lower()
    with sqlite3.connect(cache) as db:
        n_decisions = db.execute("SELECT count(*) FROM decisions").fetchone()[0]
    with (demo_a / "bundle" / "decisions.jsonl").open(encoding="utf-8") as handle:
        assert n_decisions == sum(1 for _ in handle)
