"""The case cache's schema, built by numbered migrations (`PRAGMA user_version`).

Migration 1 creates one table per bundle file (contract fields as columns, nested values as
JSON, unknown fields in `extra`), the app's own tables (decisions recorded in the app,
objections to profiling, imports) and the append-only audit log, plus FTS5 search over
citizen name, id and CV text. A later version adds a function to MIGRATIONS; never edit one.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

from desktop_app.bundle.contract import FILES, FILES_BY_STEM, FileSpec
from desktop_app.cache.columns import columns_of

Migration = Callable[[sqlite_utils.Database], None]


# Contract 1.1 added these; migration 1 builds the 1.0 tables, migration 7 adds them.
_ADDED_IN_1_1_FILES = frozenset({"caseworkers"})
_ADDED_IN_1_1_FIELDS = {"programmes": frozenset({"intakes"})}


def _create_bundle_table(db: sqlite_utils.Database, spec: FileSpec,
                         skip: frozenset[str] = frozenset()) -> None:
    columns = {c.name: c.sql_type for c in columns_of(spec) if c.name not in skip}
    lines = [f'"{name}" {sql_type}' for name, sql_type in columns.items()]
    lines.append('"extra" TEXT')  # unknown top-level fields, verbatim JSON object
    lines.append('"import_id" INTEGER REFERENCES imports(id)')
    if spec.stem == "citizens":
        lines.append('"left_caseload" TEXT')  # set when a full snapshot no longer lists it
        lines.append('"search_name" TEXT')  # name spellings for search (rows.search_name)
    not_null = ", ".join(f'"{k}"' for k in spec.key)
    lines.append(f"PRIMARY KEY ({not_null})")
    if spec.parent:
        lines.append('FOREIGN KEY ("citizen_id") REFERENCES citizens(id) ON DELETE CASCADE')
    for key_field in spec.key:
        lines[list(columns).index(key_field)] += " NOT NULL"
    # Child tables are keyed by (citizen_id, ...): WITHOUT ROWID keeps one B-tree, not two.
    suffix = " WITHOUT ROWID" if spec.parent else ""
    db.execute(f'CREATE TABLE "{spec.stem}" (\n  ' + ",\n  ".join(lines) + "\n)" + suffix)


def _bundle_tables(db: sqlite_utils.Database) -> None:
    for spec in FILES:
        if spec.stem not in _ADDED_IN_1_1_FILES:
            _create_bundle_table(db, spec, _ADDED_IN_1_1_FIELDS.get(spec.stem, frozenset()))
    db.execute("CREATE INDEX idx_citizens_name ON citizens(name, id)")
    db.execute("CREATE INDEX idx_decisions_date ON decisions(date)")
    db.execute("CREATE INDEX idx_vacancies_occupation ON vacancies(esco_occupation)")


def _app_tables(db: sqlite_utils.Database) -> None:
    db.execute(
        """CREATE TABLE imports (
            id INTEGER PRIMARY KEY,
            imported_at TEXT NOT NULL,
            source TEXT NOT NULL,
            exported_at TEXT,
            municipality TEXT,
            source_system TEXT,
            full_snapshot INTEGER NOT NULL DEFAULT 0,
            counts TEXT NOT NULL,
            unknown_fields INTEGER NOT NULL DEFAULT 0
        )"""
    )
    db.execute(
        """CREATE TABLE bundle_extra_files (
            name TEXT PRIMARY KEY,
            content BLOB NOT NULL,
            import_id INTEGER REFERENCES imports(id)
        )"""
    )
    db.execute("CREATE TABLE bundle_manifest (key TEXT PRIMARY KEY, value TEXT)")
    db.execute(
        """CREATE TABLE app_decisions (
            id INTEGER PRIMARY KEY,
            citizen_id TEXT NOT NULL REFERENCES citizens(id) ON DELETE CASCADE,
            decided_at TEXT NOT NULL,
            caseworker_id TEXT NOT NULL,
            programme_id TEXT,
            suggested_programme_id TEXT,
            followed_suggestion INTEGER,
            reason_code TEXT,
            reason_text TEXT,
            own_assessment TEXT,
            job_referrals TEXT NOT NULL DEFAULT '[]',
            model_version TEXT,
            input_hash TEXT,
            suggestions TEXT,
            exported_at TEXT
        )"""
    )
    db.execute("CREATE INDEX idx_app_decisions_citizen ON app_decisions(citizen_id, decided_at)")
    db.execute(
        """CREATE TABLE profiling_objections (
            citizen_id TEXT PRIMARY KEY REFERENCES citizens(id) ON DELETE CASCADE,
            objected_at TEXT NOT NULL,
            caseworker_id TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1
        )"""
    )
    db.execute(
        """CREATE TABLE audit_log (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            citizen_id TEXT,
            model_version TEXT,
            input_hash TEXT,
            payload TEXT NOT NULL DEFAULT '{}',
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        )"""
    )
    # Append-only: the database itself refuses edits and deletions of audit entries.
    db.execute(
        """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
           BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"""
    )
    db.execute(
        """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
           BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"""
    )


def _search_index(db: sqlite_utils.Database) -> None:
    # Same layout as sqlite-utils' enable_fts (so Table.search works), written out by hand so
    # that it runs inside the migration's transaction.
    db.execute(
        """CREATE VIRTUAL TABLE citizens_fts USING fts5(
            id, name, search_name, cv_text,
            content=citizens, tokenize='unicode61 remove_diacritics 2'
        )"""
    )
    db.execute(
        """CREATE TRIGGER citizens_ai AFTER INSERT ON citizens BEGIN
             INSERT INTO citizens_fts(rowid, id, name, search_name, cv_text)
             VALUES (new.rowid, new.id, new.name, new.search_name, new.cv_text);
           END"""
    )
    db.execute(
        """CREATE TRIGGER citizens_ad AFTER DELETE ON citizens BEGIN
             INSERT INTO citizens_fts(citizens_fts, rowid, id, name, search_name, cv_text)
             VALUES ('delete', old.rowid, old.id, old.name, old.search_name, old.cv_text);
           END"""
    )
    db.execute(
        """CREATE TRIGGER citizens_au
           AFTER UPDATE OF id, name, search_name, cv_text ON citizens BEGIN
             INSERT INTO citizens_fts(citizens_fts, rowid, id, name, search_name, cv_text)
             VALUES ('delete', old.rowid, old.id, old.name, old.search_name, old.cv_text);
             INSERT INTO citizens_fts(rowid, id, name, search_name, cv_text)
             VALUES (new.rowid, new.id, new.name, new.search_name, new.cv_text);
           END"""
    )


def _migration_1(db: sqlite_utils.Database) -> None:
    _app_tables(db)
    _bundle_tables(db)
    _search_index(db)


def _migration_2_audit_protection(db: sqlite_utils.Database) -> None:
    """Audit entries name citizens by a keyed pseudonym the chain covers; retention checkpoint.

    New entries (chain_format 2) hash `citizen_ref` (a keyed hash of the citizen id) instead of
    the id, so a purge can blank `citizen_id` without breaking the chain.
    """
    db.execute("ALTER TABLE audit_log ADD COLUMN citizen_ref TEXT")
    db.execute("ALTER TABLE audit_log ADD COLUMN chain_format INTEGER NOT NULL DEFAULT 1")
    db.execute("CREATE INDEX idx_audit_log_citizen ON audit_log(citizen_id)")
    db.execute("CREATE INDEX idx_audit_log_citizen_ref ON audit_log(citizen_ref)")
    db.execute(
        """CREATE TABLE audit_checkpoint (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            seq INTEGER NOT NULL,
            hash TEXT NOT NULL,
            at TEXT NOT NULL,
            removed INTEGER NOT NULL,
            signature TEXT NOT NULL
        )"""
    )


def _migration_3_skill_choices(db: sqlite_utils.Database) -> None:
    """The caseworker's say on a citizen's skill profile (Jobs tab), kept across imports.

    `skill_choices`: a skill confirmed or removed (no row: as suggested). `cv_file_skills`: the
    skills found in a CV file the caseworker added, with the words that matched; the file's
    text itself is not kept.
    """
    db.execute(
        """CREATE TABLE skill_choices (
            citizen_id TEXT NOT NULL REFERENCES citizens(id) ON DELETE CASCADE,
            skill_uri TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('confirmed', 'removed')),
            decided_at TEXT NOT NULL,
            caseworker_id TEXT NOT NULL,
            PRIMARY KEY (citizen_id, skill_uri)
        ) WITHOUT ROWID"""
    )
    db.execute(
        """CREATE TABLE cv_file_skills (
            citizen_id TEXT NOT NULL REFERENCES citizens(id) ON DELETE CASCADE,
            file_name TEXT NOT NULL,
            skill_uri TEXT NOT NULL,
            snippet TEXT NOT NULL,
            added_at TEXT NOT NULL,
            caseworker_id TEXT NOT NULL,
            PRIMARY KEY (citizen_id, file_name, skill_uri)
        ) WITHOUT ROWID"""
    )


def _migration_4_audit_payload_digest(db: sqlite_utils.Database) -> None:
    """Audit chain_format 3 covers a keyed digest of the payload, not the payload itself, so
    a retention purge can also drop free text (a reason a caseworker typed) from the entries
    of a purged case while the chain still verifies."""
    db.execute("ALTER TABLE audit_log ADD COLUMN payload_digest TEXT")


def _migration_5_cache_identity(db: sqlite_utils.Database) -> None:
    """`cache_meta`: the cache's random id (named by every audit head written outside it), the
    id of the audit key its trail is written with, and work a purge left pending. Objections
    get `exported_at`, like decisions: both go back to the case system before a purge."""
    db.execute("CREATE TABLE cache_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute("INSERT INTO cache_meta (key, value) "
               "VALUES ('cache_id', lower(hex(randomblob(16))))")
    db.execute("ALTER TABLE profiling_objections ADD COLUMN exported_at TEXT")


def _migration_6_decision_snapshots(db: sqlite_utils.Database) -> None:
    """What the caseworker was shown, kept with the decision; proposals with their own id.

    `app_decisions.snapshot`: the decision snapshot (`decisions/snapshot.py`: the computer's
    state, model version, numbers, reasons, eligibility, abstention codes, objection, input
    values), part of the decision record. `caseworker_name`: the name printed on the citizen's
    sheet as who decided. `proposals`: the snapshot behind a proposal sheet (a sheet printed
    before any decision), so it can be printed again with the same content.
    """
    db.execute("ALTER TABLE app_decisions ADD COLUMN snapshot TEXT")
    db.execute("ALTER TABLE app_decisions ADD COLUMN caseworker_name TEXT")
    db.execute(
        """CREATE TABLE proposals (
            id INTEGER PRIMARY KEY,
            citizen_id TEXT NOT NULL REFERENCES citizens(id) ON DELETE CASCADE,
            created_at TEXT NOT NULL,
            caseworker_id TEXT NOT NULL,
            snapshot TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX idx_proposals_citizen ON proposals(citizen_id, id)")


def _migration_7_programme_places(db: sqlite_utils.Database) -> None:
    """Contract 1.1: programme intakes get their own column and the caseworker roster a table.

    A 1.1 bundle imported before this version kept `intakes` verbatim among the unknown fields
    (`extra`); it is moved into the new column, so nothing imported earlier is lost. Caseworker
    assignments made in the app (`caseworker_assignments`) are kept across imports until the
    case system's roster shows them. `place_plan` keeps the latest allocation's prices.
    """
    db.execute('ALTER TABLE programmes ADD COLUMN "intakes" TEXT')
    db.execute(
        """UPDATE programmes SET intakes = json_extract(extra, '$.intakes'),
               extra = nullif(json_remove(extra, '$.intakes'), '{}')
           WHERE extra IS NOT NULL AND json_type(extra, '$.intakes') IS NOT NULL"""
    )
    _create_bundle_table(db, FILES_BY_STEM["caseworkers"])
    db.execute(
        """CREATE TABLE caseworker_assignments (
            id INTEGER PRIMARY KEY,
            citizen_id TEXT NOT NULL REFERENCES citizens(id) ON DELETE CASCADE,
            caseworker_id TEXT NOT NULL,
            proposed_caseworker_id TEXT,
            assigned_at TEXT NOT NULL,
            assigned_by TEXT NOT NULL,
            reasons TEXT NOT NULL DEFAULT '[]',
            exported_at TEXT
        )"""
    )
    db.execute(
        "CREATE INDEX idx_caseworker_assignments_citizen "
        "ON caseworker_assignments(citizen_id, assigned_at)"
    )
    # The latest allocation over the planning period: prices per place and aggregate
    # figures only (no row per citizen), recomputed when intakes or bookings change.
    db.execute(
        """CREATE TABLE place_plan (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            computed_at TEXT NOT NULL,
            as_of TEXT NOT NULL,
            model_version TEXT,
            fingerprint TEXT NOT NULL,
            plan TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX idx_enrolments_programme_start ON enrolments(programme_id, start)")


MIGRATIONS: tuple[Migration, ...] = (
    _migration_1,
    _migration_2_audit_protection,
    _migration_3_skill_choices,
    _migration_4_audit_payload_digest,
    _migration_5_cache_identity,
    _migration_6_decision_snapshots,
    _migration_7_programme_places,
)
SCHEMA_VERSION = len(MIGRATIONS)
