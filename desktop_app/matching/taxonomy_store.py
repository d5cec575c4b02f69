"""The taxonomy file: ESCO occupations, skills, ISCO groups and their labels, in SQLite.

Reference data shared by every caseload, so it lives in its own file (default
`desktop_app.locations.default_taxonomy_path()`), with its own numbered migrations
(`PRAGMA user_version`) and WAL. Written only by `import-esco`; the app reads it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

import sqlite_utils

from desktop_app.cache.connection import transaction


class TaxonomyError(Exception):
    """The taxonomy file cannot be used; the message says what to do."""


def _migration_1(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE occupations (uri TEXT PRIMARY KEY, isco_code TEXT, status TEXT);
        CREATE TABLE skills (uri TEXT PRIMARY KEY, skill_type TEXT, status TEXT);
        CREATE TABLE isco_groups (uri TEXT PRIMARY KEY, code TEXT, status TEXT);
        -- kind: preferred | alt | hidden; position keeps ESCO's label order
        CREATE TABLE labels (
            concept_uri TEXT NOT NULL, language TEXT NOT NULL, kind TEXT NOT NULL,
            position INTEGER NOT NULL, label TEXT NOT NULL,
            PRIMARY KEY (concept_uri, language, kind, position)
        ) WITHOUT ROWID;
        CREATE TABLE occupation_skills (
            occupation_uri TEXT NOT NULL, skill_uri TEXT NOT NULL,
            relation TEXT NOT NULL CHECK (relation IN ('essential', 'optional')),
            PRIMARY KEY (occupation_uri, skill_uri)
        ) WITHOUT ROWID;
        CREATE INDEX occupation_skills_by_skill ON occupation_skills (skill_uri);
        CREATE TABLE imports (
            id INTEGER PRIMARY KEY, imported_at TEXT NOT NULL, source TEXT NOT NULL,
            languages TEXT NOT NULL, occupations INTEGER, skills INTEGER, relations INTEGER
        );
        """
    )


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [_migration_1]
SCHEMA_VERSION = len(MIGRATIONS)


def open_taxonomy(path: Path | str, *, create: bool = True) -> sqlite_utils.Database:
    """Open (creating or migrating as needed) the taxonomy file at `path`."""
    path = Path(path)
    if not path.exists() and not create:
        raise TaxonomyError(f"no taxonomy at {path}; import one with 'wayfinder-admin import-esco'")
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    db = sqlite_utils.Database(conn)
    try:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA busy_timeout = 5000")
        current = int(db.execute("PRAGMA user_version").fetchone()[0])
        if current > SCHEMA_VERSION:
            raise TaxonomyError(
                f"the taxonomy {path} has schema version {current}, newer than this Wayfinder "
                f"understands ({SCHEMA_VERSION}); install the newer Wayfinder version"
            )
        if current < SCHEMA_VERSION:
            with transaction(db):
                for number in range(current, SCHEMA_VERSION):
                    MIGRATIONS[number](db)
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except sqlite3.DatabaseError as error:
        conn.close()
        raise TaxonomyError(f"the taxonomy {path} cannot be read ({error})") from error
    except TaxonomyError:
        conn.close()
        raise
    return db


def occupation_labels(
    db: sqlite_utils.Database, languages: Sequence[str] | None = None
) -> list[tuple[str, str, str]]:
    """(occupation URI, label, language), each occupation's preferred labels first.

    The title ranker relies on that order: a concept's first label counts as its preferred one.
    """
    where, params = _language_filter(languages)
    return [
        (row[0], row[1], row[2])
        for row in db.execute(
            "SELECT l.concept_uri, l.label, l.language FROM labels l "
            f"JOIN occupations o ON o.uri = l.concept_uri {where} "
            "ORDER BY l.concept_uri, l.kind = 'hidden', l.kind = 'alt', "
            "l.language, l.position",
            params,
        )
    ]


def skill_labels(
    db: sqlite_utils.Database, languages: Sequence[str] | None = None
) -> list[tuple[str, str, str]]:
    """(skill URI, label, language) for every label of every skill (hidden ones included)."""
    where, params = _language_filter(languages)
    return [
        (row[0], row[1], row[2])
        for row in db.execute(
            "SELECT l.concept_uri, l.label, l.language FROM labels l "
            f"JOIN skills s ON s.uri = l.concept_uri {where} ORDER BY 1, l.kind, l.position",
            params,
        )
    ]


def preferred_label(
    db: sqlite_utils.Database, uri: str, language: str, fallback: str = "en"
) -> str:
    """The concept's preferred label in `language`, else in `fallback`, else the URI itself."""
    for lang in (language, fallback):
        row = db.execute(
            "SELECT label FROM labels "
            "WHERE concept_uri = ? AND language = ? AND kind = 'preferred'",
            (uri, lang),
        ).fetchone()
        if row:
            return str(row[0])
    return uri


def occupation_skills(db: sqlite_utils.Database) -> list[tuple[str, str, bool]]:
    """(occupation URI, skill URI, essential?) for every relation."""
    return [
        (row[0], row[1], row[2] == "essential")
        for row in db.execute(
            "SELECT occupation_uri, skill_uri, relation FROM occupation_skills ORDER BY 1, 2"
        )
    ]


def occupation_isco_codes(db: sqlite_utils.Database) -> dict[str, str]:
    return {row[0]: row[1] or "" for row in db.execute("SELECT uri, isco_code FROM occupations")}


def _language_filter(languages: Sequence[str] | None) -> tuple[str, list[str]]:
    if not languages:
        return "", []
    marks = ", ".join("?" for _ in languages)
    return f"WHERE l.language IN ({marks})", list(languages)
