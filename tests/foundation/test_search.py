"""Case search over name, id and CV text, with filters; user text never becomes FTS syntax."""

from __future__ import annotations

import datetime as dt

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
