"""Case search over name, id and CV text, with filters; user text never becomes FTS syntax."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.cache.search import SearchFilters, fts_query, search_cases


def test_search_by_name_prefix_id_and_cv_text(imported) -> None:
    assert {r.citizen_id for r in search_cases(imported, "olena")} == {
        f"C{i:05d}" for i in range(2, 30, 5)
    }
    assert [r.citizen_id for r in search_cases(imported, "C00007")] == ["C00007"]
    assert [r.citizen_id for r in search_cases(imported, "nummer 12")] == ["C00012"]
    assert [r.citizen_id for r in search_cases(imported, "Sorensen 10")] == ["C00010"]


def test_filters(imported) -> None:
    today = dt.date(2026, 1, 1)
    arabic = search_cases(imported, "", SearchFilters(preferred_language="ar"), today=today)
    assert {r.preferred_language for r in arabic} == {"ar"} and len(arabic) == 6
    old = search_cases(imported, "", SearchFilters(min_age=60), today=today)
    assert all(r.birth_year is not None and r.birth_year <= 1966 for r in old) and old
    long_term = SearchFilters(unemployed_months_at_least=30)
    assert search_cases(imported, "", long_term, today=today) == []
    assert len(search_cases(imported, "", SearchFilters(postcode_prefix="50"))) == 30
    assert search_cases(imported, "", SearchFilters(postcode_prefix="5_")) == []


def test_hostile_search_text_is_plain_words(imported) -> None:
    assert fts_query('name:"x" OR * NEAR(') == '"name"* AND "x"* AND "OR"* AND "NEAR"*'
    assert search_cases(imported, '"; DROP TABLE citizens; --') == []
    assert imported["citizens"].count == 30
    assert fts_query("  !!! ") is None


def _triggers(db) -> set[str]:  # type: ignore[no-untyped-def]
    return {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}


def test_first_import_indexes_in_bulk_and_later_imports_row_by_row(tmp_path) -> None:
    """Into an empty caseload the search index is built once at the end (faster than the
    insert trigger row by row); the trigger is back afterwards for every later import."""
    from desktop_app.bundle.issues import BundleError
    from desktop_app.cache.connection import open_cache
    from tests.foundation.bundle_factory import citizens, history, write_bundle
    from tests.foundation.conftest import do_import

    db = open_cache(tmp_path / "cache.sqlite")
    expected = _triggers(db)
    assert "citizens_ai" in expected
    broken = history(5)
    broken["decisions"][0]["citizen_id"] = "C99999"
    with pytest.raises(BundleError):
        do_import(db, write_bundle(tmp_path / "broken", n=5, **broken))
    assert _triggers(db) == expected
    do_import(db, write_bundle(tmp_path / "first", n=20))
    assert _triggers(db) == expected
    assert [r.citizen_id for r in search_cases(db, "nummer 12")] == ["C00012"]
    rows = citizens(25)
    rows[3]["name"] = "Ingrid Fjeldstad"
    do_import(db, write_bundle(tmp_path / "second", n=25, exported_at="2026-02-01T00:00:00Z",
                               citizens=rows))
    assert [r.citizen_id for r in search_cases(db, "nummer 23")] == ["C00023"]  # new
    assert [r.citizen_id for r in search_cases(db, "Fjeldstad")] == ["C00003"]  # changed
    assert db.execute("INSERT INTO citizens_fts(citizens_fts) VALUES('integrity-check')")
    db.close()
