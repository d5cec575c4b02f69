"""A bundle file is read, checked and imported a slice of lines at a time (bounded memory):
every check still sees the whole file, and line numbers stay those of the file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.bundle import reader
from desktop_app.bundle.issues import BundleError
from desktop_app.bundle.reader import open_bundle, read_bundle
from desktop_app.cache.audit import AuditLog
from desktop_app.cache.connection import open_cache
from desktop_app.cache.importer import import_bundle
from tests.foundation.bundle_factory import citizens, history, write_bundle

AUDIT_KEY = b"k" * 32


@pytest.fixture
def tiny_slices(monkeypatch: pytest.MonkeyPatch) -> None:
    """Slices of about two lines: every file of the test bundles spans many slices."""
    monkeypatch.setattr(reader, "SLICE_BYTES", 700)


def _table_rows(path: Path) -> dict[str, list[tuple]]:
    db = open_cache(path)
    tables = ("citizens", "programmes", "decisions", "enrolments", "appointments", "outcomes",
              "assessments", "caseworkers", "postcodes", "vacancies")
    rows = {t: sorted(db.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    db.close()
    return rows


def _stream_import(folder: Path, cache: Path):  # type: ignore[no-untyped-def]
    db = open_cache(cache)
    try:
        return import_bundle(db, open_bundle(folder), audit=AuditLog(db, AUDIT_KEY), actor="t")
    finally:
        db.close()


def test_many_slices_read_the_same_records_and_lines_as_one(tmp_path, monkeypatch):
    folder = write_bundle(tmp_path / "b", n=60)
    whole = read_bundle(folder)
    monkeypatch.setattr(reader, "SLICE_BYTES", 700)
    sliced = read_bundle(folder)
    assert sliced.records == whole.records
    assert sliced.lines == whole.lines
    assert len(list(open_bundle(folder).slices())) > 2 * len(whole.records)


def test_many_slices_import_the_same_rows_and_report(tmp_path, monkeypatch):
    folder = write_bundle(tmp_path / "b", n=60)
    one = _stream_import(folder, tmp_path / "one.sqlite")
    monkeypatch.setattr(reader, "SLICE_BYTES", 700)
    many = _stream_import(folder, tmp_path / "many.sqlite")
    assert (many.new, many.updated, many.unchanged) == (one.new, one.updated, one.unchanged)
    assert _table_rows(tmp_path / "many.sqlite") == _table_rows(tmp_path / "one.sqlite")
    again = _stream_import(folder, tmp_path / "many.sqlite")
    assert sum(again.updated.values()) == 0 and again.unchanged == one.new


def test_a_key_repeated_in_a_later_slice_names_both_lines(tmp_path, tiny_slices):
    rows = citizens(40)
    rows.append(dict(rows[1]))
    folder = write_bundle(tmp_path / "b", n=40, citizens=rows)
    with pytest.raises(BundleError, match=r"citizens.jsonl:41:id: duplicate key "
                                          r"\('C00001',\) \(line 2\)"):
        read_bundle(folder)


def test_errors_in_later_slices_keep_the_file_line_numbers(tmp_path, tiny_slices):
    folder = write_bundle(tmp_path / "b", n=40)
    lines = (folder / "appointments.jsonl").read_text(encoding="utf-8").splitlines()
    lines.insert(20, "")  # a blank line shifts every later line number by one
    lines[33] = lines[33].replace('"meeting"', "17")
    lines[37] = lines[37].replace('"C00036"', '"C99999"')
    (folder / "appointments.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(BundleError) as caught:
        _stream_import(folder, tmp_path / "cache.sqlite")
    found = [str(e) for e in caught.value.errors]
    assert found[0].startswith("appointments.jsonl:34:kind: Expected `str`, got `int`")
    assert "appointments.jsonl:38:citizen_id: no such citizen" in found


def test_an_error_in_the_last_slice_leaves_the_cache_as_it_was(tmp_path, tiny_slices):
    cache = tmp_path / "cache.sqlite"
    _stream_import(write_bundle(tmp_path / "first", n=10), cache)
    before = _table_rows(cache)
    changed = history(40)
    changed["outcomes"][-1]["citizen_id"] = "C77777"
    folder = write_bundle(tmp_path / "second", n=40, exported_at="2026-02-01T00:00:00Z",
                          **changed)
    with pytest.raises(BundleError, match=r"outcomes.jsonl:40:citizen_id: no such citizen"):
        _stream_import(folder, cache)
    assert _table_rows(cache) == before


def test_a_line_longer_than_a_slice_and_no_final_newline(tmp_path, tiny_slices):
    rows = citizens(5)
    rows[2]["cv_text"] = "lang erfaring " * 400  # ~5,600 bytes: eight slices' worth
    folder = write_bundle(tmp_path / "b", n=5, citizens=rows)
    path = folder / "citizens.jsonl"
    path.write_bytes(path.read_bytes().rstrip(b"\n"))
    bundle = read_bundle(folder)
    assert [r["cv_text"] for r in bundle.records["citizens"]] == [r["cv_text"] for r in rows]
    assert bundle.lines["citizens"] == [1, 2, 3, 4, 5]


def test_an_empty_file_is_still_a_file_of_the_bundle(tmp_path, tiny_slices):
    folder = write_bundle(tmp_path / "b", n=5)
    (folder / "vacancies.jsonl").write_bytes(b"")
    report = _stream_import(folder, tmp_path / "cache.sqlite")
    assert report.new["vacancies"] == 0
    assert "vacancies: 0 new" in report.summary()


def test_a_byte_order_mark_is_named_with_slices(tmp_path, tiny_slices):
    folder = write_bundle(tmp_path / "b", n=5)
    path = folder / "decisions.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    with pytest.raises(BundleError, match="decisions.jsonl:1: the file starts with a byte-order"):
        read_bundle(folder)


def test_unknown_fields_in_later_slices_are_named_with_their_lines(tmp_path, tiny_slices):
    rows = citizens(12)
    rows[10]["shoe_size"] = 44
    folder = write_bundle(tmp_path / "b", n=12, citizens=rows)
    bundle = read_bundle(folder)
    assert [(u.file, u.line, u.field) for u in bundle.unknown_fields] == [
        ("citizens.jsonl", 11, "shoe_size")]
    assert json.loads(json.dumps(bundle.records["citizens"][10]))["shoe_size"] == 44
