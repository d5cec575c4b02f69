"""The first screen straight from SQLite (standard library only), before pandas has loaded.

The storage modules use `sqlite_utils`, which imports pandas (about 0.3 s). For the window to be
usable quickly, the worker opens the cache read-only with `sqlite3`, sends the summary and the
first page of open cases (what an empty search shows), and only then opens it for real.
The page itself is `search_cases` with no text, run on that plain connection.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop_app.cache.search import CaseRow, SearchFilters, search_cases
from desktop_app.casework.case_summary import CacheSummary, summarise

__all__ = ["CacheSummary", "first_page", "open_read_only", "summarise"]


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
               ) -> list[CaseRow]:
    """What an empty search shows, through the same query code (`search_cases`)."""
    return search_cases(conn, "", SearchFilters(open_cases_only=open_only), limit=limit)  # type: ignore[arg-type]
