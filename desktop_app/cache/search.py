"""Case search: instant full-text search over citizen name, id and CV text, with filters."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only `execute` is used: a plain sqlite3 connection serves as well
    import sqlite_utils

_TOKEN = re.compile(r"\w+", re.UNICODE)
NAME_COLUMNS = "id name search_name"
# How many unranked hits each phase considers: enough for any name; CV words are common.
MATCH_CAPS = {NAME_COLUMNS: 2000, "cv_text": 300}


@dataclass(frozen=True)
class SearchFilters:
    open_cases_only: bool = True
    preferred_language: str | None = None
    min_age: int | None = None
    max_age: int | None = None
    unemployed_months_at_least: int | None = None
    postcode_prefix: str | None = None


@dataclass(frozen=True)
class CaseRow:
    citizen_id: str
    name: str
    birth_year: int | None
    postcode: str | None
    unemployed_since: str | None
    preferred_language: str | None
    closed: bool


def fts_query(text: str) -> str | None:
    """Each word must match as a prefix; quoting keeps FTS5 syntax out of user input."""
    tokens = _TOKEN.findall(text)
    if not tokens:
        return None
    return " AND ".join('"' + t.replace('"', '""') + '"*' for t in tokens)


def search_cases(
    db: sqlite_utils.Database,
    text: str = "",
    filters: SearchFilters | None = None,
    *,
    limit: int = 200,
    today: dt.date | None = None,
) -> list[CaseRow]:
    filters = filters or SearchFilters()
    today = today or dt.date.today()
    where: list[str] = []
    params: list[object] = []
    if filters.open_cases_only:
        where.append("c.case_closed IS NULL AND c.left_caseload IS NULL")
    if filters.preferred_language:
        where.append("c.preferred_language = ?")
        params.append(filters.preferred_language)
    if filters.min_age is not None:
        where.append("c.birth_year <= ?")
        params.append(today.year - filters.min_age)
    if filters.max_age is not None:
        where.append("c.birth_year >= ?")
        params.append(today.year - filters.max_age)
    if filters.unemployed_months_at_least is not None:
        cutoff = today - dt.timedelta(days=round(30.44 * filters.unemployed_months_at_least))
        where.append("c.unemployed_since <= ?")
        params.append(cutoff.isoformat())
    if filters.postcode_prefix:
        where.append("c.postcode LIKE ? ESCAPE '\\'")
        escaped = filters.postcode_prefix.replace("\\", "\\\\").replace("%", "\\%")
        params.append(escaped.replace("_", "\\_") + "%")
    columns = (
        "c.id, c.name, c.birth_year, c.postcode, c.unemployed_since, c.preferred_language, "
        "(c.case_closed IS NOT NULL OR c.left_caseload IS NOT NULL)"
    )
    match = fts_query(text)
    condition = f"WHERE {' AND '.join(where)}" if where else ""
    if match is None:
        sql = f"SELECT {columns} FROM citizens c {condition} ORDER BY c.name, c.id LIMIT ?"
        return _case_rows(db.execute(sql, [*params, limit]).fetchall())
    rows: list[tuple[object, ...]] = []
    seen: set[object] = set()
    # Names and ids first (what caseworkers type), then CV text. Each phase takes the first
    # hits unranked: ranking every hit of a short, common prefix is what makes search slow.
    for scope, cap in MATCH_CAPS.items():
        hits = f"SELECT rowid AS hit FROM citizens_fts WHERE citizens_fts MATCH ? LIMIT {cap}"
        # CROSS JOIN fixes the plan: hits first, then rowid lookups (never a name-index scan).
        sql = (
            f"SELECT {columns} FROM ({hits}) AS hits CROSS JOIN citizens c "
            f"ON c.rowid = hits.hit {condition} ORDER BY c.name, c.id LIMIT ?"
        )
        for row in db.execute(sql, [f"{{{scope}}} : ({match})", *params, limit]):
            if row[0] not in seen and len(rows) < limit:
                seen.add(row[0])
                rows.append(row)
        if len(rows) >= limit:
            break
    return _case_rows(rows)


def _case_rows(rows: list[tuple[object, ...]]) -> list[CaseRow]:
    return [CaseRow(r[0], r[1] or "", r[2], r[3], r[4], r[5], bool(r[6])) for r in rows]
