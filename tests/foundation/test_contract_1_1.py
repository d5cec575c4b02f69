"""Contract 1.1: programme intakes and the caseworker roster, through reader, cache and export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.bundle.issues import BundleError
from desktop_app.bundle.reader import read_bundle
from desktop_app.cache.connection import open_cache
from desktop_app.cache.exporter import export_bundle
from desktop_app.cache.records import load_all
from desktop_app.cache.schema import MIGRATIONS, _migration_7_programme_places
from tests.foundation.bundle_factory import caseworkers, programmes, write_bundle
from tests.foundation.conftest import do_import


def test_intakes_and_roster_are_cached_as_columns(imported) -> None:
    p01 = next(p for p in load_all(imported, "programmes") if p["id"] == "P01")
    assert p01["intakes"][:2] == [
        {"start": "2026-01-12", "places": 20},
        {"start": "2026-02-09", "places": 16},
    ]
    assert imported.execute("SELECT extra FROM programmes WHERE id = 'P01'").fetchone()[0] is None
    roster = load_all(imported, "caseworkers")
    assert [c["id"] for c in roster] == ["W1", "W2"]
    assert roster[1]["languages"][1] == {"code": "ar", "cefr": "native"}
    assert roster[0]["caseload"][:2] == ["C00000", "C00002"]


def test_unknown_nested_fields_of_1_1_records_survive_a_round_trip(tmp_path: Path) -> None:
    progs = programmes()
    progs[0]["intakes"][1]["room"] = "B2"
    roster = caseworkers(4)
    roster[1]["desk"] = "2.14"
    source = write_bundle(tmp_path / "b", n=4, programmes=progs, caseworkers=roster)
    db = open_cache(tmp_path / "c.sqlite")
    report = do_import(db, source)
    assert sorted(str(i) for i in report.unknown_fields) == [
        "caseworkers.jsonl:2:desk: unknown field (kept verbatim)",
        "programmes.jsonl:1:intakes[1].room: unknown field (kept verbatim)",
    ]
    export_bundle(db, tmp_path / "out")
    out = tmp_path / "out"
    assert json.loads((out / "programmes.jsonl").open().readline()) == progs[0]
    assert [json.loads(line) for line in (out / "caseworkers.jsonl").open()] == roster
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert manifest["contract_version"] == "1.1"


def test_a_caseload_naming_an_unknown_citizen_refuses_the_bundle(tmp_path: Path) -> None:
    roster = caseworkers(3)
    roster[0]["caseload"].append("GHOST")
    folder = write_bundle(tmp_path / "b", n=3, caseworkers=roster)
    db = open_cache(tmp_path / "c.sqlite")
    with pytest.raises(BundleError) as caught:
        do_import(db, folder)
    assert [str(e) for e in caught.value.errors] == [
        "caseworkers.jsonl:1:caseload[2]: no such citizen"
    ]
    assert db["citizens"].count == 0


def test_two_intakes_on_one_day_and_negative_places_are_named_errors(tmp_path: Path) -> None:
    progs = programmes()
    progs[0]["intakes"].append({"start": "2026-01-12", "places": 4})
    progs[1]["intakes"] = [{"start": "2026-04-01", "places": -1}]
    folder = write_bundle(tmp_path / "b", n=3, programmes=progs)
    with pytest.raises(BundleError) as caught:
        read_bundle(folder)
    messages = [str(e) for e in caught.value.errors]
    assert any(m.startswith("programmes.jsonl:2:intakes[0].places: Expected `int` >= 0")
               for m in messages), messages
    assert "programmes.jsonl:1:intakes[3].start: a second intake on 2026-01-12 (intakes[0])" in (
        messages
    )


def test_a_cache_that_kept_intakes_as_unknown_fields_is_migrated(tmp_path: Path) -> None:
    """Before schema 7, a 1.1 bundle's `intakes` were kept verbatim in `extra`."""
    path = tmp_path / "old.sqlite"
    db = open_cache(path)
    db.execute(f"PRAGMA user_version = {MIGRATIONS.index(_migration_7_programme_places)}")
    db.execute("DROP TABLE caseworker_assignments")
    db.execute("DROP TABLE caseworkers")
    db.execute("DROP TABLE place_plan")
    db.execute("DROP INDEX idx_enrolments_programme_start")
    db.execute("ALTER TABLE programmes DROP COLUMN intakes")
    intakes = [{"start": "2026-01-12", "places": 20}]
    db.execute(
        "INSERT INTO programmes (id, capacity, extra) VALUES ('P01', 20, ?), ('P02', 5, ?)",
        (json.dumps({"intakes": intakes, "colour": "red"}), json.dumps({"intakes": intakes})),
    )
    db.close()
    db = open_cache(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    rows = db.execute("SELECT id, intakes, extra FROM programmes ORDER BY id").fetchall()
    assert [(r[0], json.loads(r[1]), r[2]) for r in rows] == [
        ("P01", intakes, '{"colour":"red"}'),
        ("P02", intakes, None),
    ]
    assert "caseworkers" in db.table_names()
