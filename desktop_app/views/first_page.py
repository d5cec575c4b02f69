"""The first screen straight from SQLite (standard library only), before pandas has loaded.

The storage modules use `sqlite_utils`, which imports pandas (about 0.3 s). For the window to be
usable quickly, the worker opens the cache read-only with `sqlite3`, sends the summary and the
first page of open cases (what an empty search shows), and only then opens it for real.
`tests/gui/test_first_page.py` checks that this page equals `search_cases` with no text.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop_app.views.case_summary import CacheSummary, summarise

__all__ = ["CacheSummary", "FirstPageRow", "first_page", "open_read_only", "summarise"]

COLUMNS = (
    "c.id, c.name, c.birth_year, c.postcode, c.unemployed_since, c.preferred_language, "
    "(c.case_closed IS NOT NULL OR c.left_caseload IS NOT NULL)"
)


@dataclass(frozen=True)
class FirstPageRow:
    """Same fields as `desktop_app.cache.search.CaseRow` (the table model reads attributes)."""

    citizen_id: str
    name: str
    birth_year: int | None
    postcode: str | None
    unemployed_since: str | None
    preferred_language: str | None
    closed: bool


def open_read_only(path: Path | str) -> sqlite3.Connection | None:
    """A read-only connection when the file is an initialised case cache, else None (the full
    open then reports what is wrong)."""
    path = Path(path)
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                               check_same_thread=False)
    except sqlite3.Error:
        return None
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        has_citizens = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'citizens'"
        ).fetchone()
    except sqlite3.Error:
        conn.close()
        return None
    if not version or not has_citizens:
        conn.close()
        return None
    return conn


def is_first_page_request(text: str, filters: dict[str, object]) -> bool:
    """An empty search with only the open-cases filter: what the window asks for at start."""
    rest = {k: v for k, v in filters.items() if k != "open_cases_only"}
    return not text.strip() and not any(v is not None for v in rest.values())


def first_page(conn: sqlite3.Connection, *, open_only: bool, limit: int = 200
               ) -> list[FirstPageRow]:
    where = "WHERE c.case_closed IS NULL AND c.left_caseload IS NULL" if open_only else ""
    sql = f"SELECT {COLUMNS} FROM citizens c {where} ORDER BY c.name, c.id LIMIT ?"
    return [FirstPageRow(r[0], r[1] or "", r[2], r[3], r[4], r[5], bool(r[6]))
            for r in conn.execute(sql, (limit,))]
