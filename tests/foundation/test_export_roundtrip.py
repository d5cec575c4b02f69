"""import → export → import is lossless."""

from __future__ import annotations

from pathlib import Path

from desktop_app.bundle.contract import FILES
from desktop_app.cache.connection import open_cache
from desktop_app.cache.exporter import export_bundle
from tests.foundation.bundle_factory import citizens, write_bundle
from tests.foundation.conftest import do_import


def _table_contents(db, table: str) -> list[tuple]:  # type: ignore[no-untyped-def]
    columns = [c for c in db[table].columns_dict if c != "import_id"]
    quoted = ", ".join(f'"{c}"' for c in columns)
    return db.execute(f'SELECT {quoted} FROM "{table}" ORDER BY 1, 2, 3').fetchall()


def test_import_export_import_is_lossless(tmp_path: Path) -> None:
    rows = citizens(12)
    rows[3]["favourite_colour"] = "blue"
    rows[4]["languages"].append({"code": "ar", "cefr": "native", "script": "arabic"})
    rows[5]["attributes"] = {"x": 1.5, "flag": True, "label": "æøå"}
    source = write_bundle(tmp_path / "source", n=12, citizens=rows)
    (source / "extra_file.jsonl").write_text('{"anything": [1, 2]}\n')
    first = open_cache(tmp_path / "first.sqlite")
    do_import(first, source)
    export_bundle(first, tmp_path / "exported")
    second = open_cache(tmp_path / "second.sqlite")
    do_import(second, tmp_path / "exported")
    for spec in FILES:
        assert _table_contents(first, spec.stem) == _table_contents(second, spec.stem), spec.stem
    assert (tmp_path / "exported" / "extra_file.jsonl").read_text() == '{"anything": [1, 2]}\n'
    export_bundle(second, tmp_path / "again")
    for spec in FILES:
        name = spec.filename
        assert (tmp_path / "exported" / name).read_bytes() == (
            tmp_path / "again" / name
        ).read_bytes()


def test_export_refuses_to_overwrite_without_force(tmp_path: Path, imported) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("x")
    import pytest

    with pytest.raises(FileExistsError):
        export_bundle(imported, out)
    assert (out / "keep.txt").exists()
    export_bundle(imported, out, overwrite=True)
    assert (out / "citizens.jsonl").exists() and not (out / "keep.txt").exists()
