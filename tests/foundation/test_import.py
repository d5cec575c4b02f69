"""Bundle import: validation, all-or-nothing, updates by key, unknown fields, references."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from desktop_app.bundle.issues import BundleError
from desktop_app.bundle.reader import read_bundle
from desktop_app.cache.connection import open_cache
from desktop_app.cache.importer import DeparturesRefused, OlderBundleError
from tests.foundation.bundle_factory import citizens, write_bundle
from tests.foundation.conftest import do_import


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_valid_bundle_imports_every_file(imported) -> None:
    assert imported["citizens"].count == 30
    assert imported["decisions"].count == 30
    assert imported["enrolments"].count == 20
    assert imported["programmes"].count == 2
    assert imported["vacancies"].count == 1
    assert imported["audit_log"].count == 1
    assert imported.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert imported.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_one_bad_line_refuses_the_bundle_and_leaves_cache_byte_for_byte(
    tmp_path: Path, imported
) -> None:
    cache_file = Path(imported.conn.execute("PRAGMA database_list").fetchone()[2])
    imported.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = _sha(cache_file)
    rows = citizens(40)
    rows[17]["birth_year"] = "nineteen-eighty"
    bad = write_bundle(tmp_path / "bad", n=40, exported_at="2026-02-01T00:00:00Z", citizens=rows)
    with pytest.raises(BundleError) as caught:
        do_import(imported, bad)
    assert [str(e) for e in caught.value.errors] == [
        "citizens.jsonl:18:birth_year: Expected `int | null`, got `str`"
    ]
    imported.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert _sha(cache_file) == before
    assert imported["citizens"].count == 30


def test_every_error_is_named_with_file_line_and_field(tmp_path: Path) -> None:
    folder = write_bundle(tmp_path / "b", n=5)
    lines = (folder / "decisions.jsonl").read_text().splitlines()
    lines[1] = lines[1].replace('"2024-02-01"', '"2024-02-31"')
    lines[3] = '{"citizen_id": "C00003"}'
    lines.insert(4, "not json at all")
    (folder / "decisions.jsonl").write_text("\n".join(lines) + "\n")
    (folder / "outcomes.jsonl").write_text('{"citizen_id": "C00001", "start": "2024-01-01"}\n')
    with pytest.raises(BundleError) as caught:
        read_bundle(folder)
    messages = [str(e) for e in caught.value.errors]
    assert messages[0].startswith("decisions.jsonl:2:date: ")
    assert messages[1] == "decisions.jsonl:4:date: Object missing required field `date`"
    assert messages[2].startswith("decisions.jsonl:5: not valid JSON")
    assert messages[3] == "outcomes.jsonl:1:status: Object missing required field `status`"


def test_nothing_is_created_when_a_new_cache_would_get_a_bad_bundle(tmp_path: Path) -> None:
    from desktop_app.admin.cli import main

    folder = write_bundle(tmp_path / "b", n=3)
    (folder / "citizens.jsonl").write_text('{"id": ""}\n')
    cache = tmp_path / "new.sqlite"
    assert main(["import", str(folder), "--cache", str(cache)]) == 2
    assert not cache.exists()


def test_interrupted_import_rolls_back_everything(tmp_path: Path) -> None:
    db = open_cache(tmp_path / "c.sqlite")
    folder = write_bundle(tmp_path / "b", n=10)

    def explode(name: str, done: int, total: int) -> None:
        if name == "outcomes.jsonl":
            raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        do_import(db, folder, progress=explode)
    assert db["citizens"].count == 0
    assert db["audit_log"].count == 0
    assert db["imports"].count == 0


def test_reimport_updates_by_key_without_duplicates(tmp_path: Path, imported) -> None:
    rows = citizens(35)
    rows[0]["name"] = "Renamed Person"
    newer = write_bundle(
        tmp_path / "newer", n=35, exported_at="2026-03-01T00:00:00Z", citizens=rows
    )
    report = do_import(imported, newer)
    assert report.new["citizens"] == 5
    assert report.updated["citizens"] == 1  # only the renamed one changed
    assert report.unchanged["citizens"] == 29
    assert imported["citizens"].count == 35
    assert imported["decisions"].count == 35
    assert imported["citizens"].get("C00000")["name"] == "Renamed Person"
    assert [r.citizen_id for r in _search(imported, "Renamed")] == ["C00000"]


def test_older_bundle_is_refused_unless_allowed(tmp_path: Path, imported) -> None:
    older = write_bundle(tmp_path / "older", n=3, exported_at="2025-01-01T00:00:00Z")
    with pytest.raises(OlderBundleError, match="before the newest bundle"):
        do_import(imported, older)
    do_import(imported, older, allow_older=True)


def test_full_snapshot_marks_citizens_no_longer_listed(tmp_path: Path, imported) -> None:
    folder = write_bundle(tmp_path / "snap", n=25, exported_at="2026-04-01T00:00:00Z")
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest["full_snapshot"] = True
    (folder / "manifest.json").write_text(json.dumps(manifest))
    # 5 of 30 (17%) is more than a snapshot may take away unconfirmed (10%)
    with pytest.raises(DeparturesRefused, match="--confirm-departures 5"):
        do_import(imported, folder)
    assert imported.execute("SELECT count(*) FROM citizens WHERE left_caseload IS NOT NULL"
                            ).fetchone()[0] == 0
    report = do_import(imported, folder, confirm_departures=5)
    assert report.left_caseload == 5
    left = imported.execute("SELECT id FROM citizens WHERE left_caseload IS NOT NULL").fetchall()
    assert sorted(r[0] for r in left) == [f"C{i:05d}" for i in range(25, 30)]
    assert imported["decisions"].count == 30  # their data stays until the retention purge


def test_unknown_fields_are_reported_and_kept(tmp_path: Path) -> None:
    rows = citizens(2)
    rows[1]["shoe_size"] = 44
    rows[1]["languages"][0]["certificate"] = "PD3"
    folder = write_bundle(tmp_path / "b", n=2, citizens=rows)
    (folder / "caseworker_notes.jsonl").write_text('{"note": "kept"}\n')
    db = open_cache(tmp_path / "c.sqlite")
    report = do_import(db, folder)
    assert [str(i) for i in report.unknown_fields] == [
        "citizens.jsonl:2:shoe_size: unknown field (kept verbatim)",
        "citizens.jsonl:2:languages[0].certificate: unknown field (kept verbatim)",
    ]
    assert report.unknown_files == ["caseworker_notes.jsonl"]
    row = db["citizens"].get("C00001")
    assert json.loads(row["extra"]) == {"shoe_size": 44}
    assert json.loads(row["languages"])[0]["certificate"] == "PD3"


def test_records_must_belong_to_known_citizens_and_programmes(tmp_path: Path) -> None:
    folder = write_bundle(tmp_path / "b", n=3)
    with (folder / "decisions.jsonl").open("a") as handle:
        handle.write('{"citizen_id": "GHOST", "date": "2024-01-01", "programme_id": "P99"}\n')
    db = open_cache(tmp_path / "c.sqlite")
    with pytest.raises(BundleError) as caught:
        do_import(db, folder)
    assert [str(e) for e in caught.value.errors] == [
        "decisions.jsonl:4:citizen_id: no such citizen",
        "decisions.jsonl:4:programme_id: no such programme",
    ]
    assert db["citizens"].count == 0


def test_duplicate_keys_in_one_file_are_errors(tmp_path: Path) -> None:
    rows = citizens(3)
    rows.append(dict(rows[0]))
    folder = write_bundle(tmp_path / "b", n=3, citizens=rows)
    with pytest.raises(BundleError, match=r"citizens.jsonl:4:id: duplicate key \('C00000',\)"):
        read_bundle(folder)


def test_missing_citizens_file_is_refused(tmp_path: Path) -> None:
    folder = write_bundle(tmp_path / "b", n=3)
    (folder / "citizens.jsonl").unlink()
    with pytest.raises(BundleError, match="citizens.jsonl: required file is missing"):
        read_bundle(folder)


def _search(db, text):  # type: ignore[no-untyped-def]
    from desktop_app.cache.search import search_cases

    return search_cases(db, text)


def test_invalid_utf8_anywhere_is_a_named_error(tmp_path: Path) -> None:
    folder = write_bundle(tmp_path / "b", n=2)
    (folder / "manifest.json").write_bytes(b'{"municipality": "\x80"}')
    with pytest.raises(BundleError, match="manifest.json:1: "):
        read_bundle(folder)
    folder = write_bundle(tmp_path / "c", n=2)
    with (folder / "citizens.jsonl").open("ab") as handle:
        handle.write(b'{"id": "C9", "favourite": "\x80"}\n')  # in an unknown field
    with pytest.raises(BundleError, match="citizens.jsonl:3: not valid JSON"):
        read_bundle(folder)
