"""Import a validated bundle into the case cache, all or nothing.

Checks that need the cache (references to citizens and programmes, the bundle being no older
than the last one imported) run before the first write; the writes then happen in one
transaction, so a refused or interrupted import leaves the cache exactly as it was.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import operator
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from desktop_app.bundle.contract import FILES_BY_STEM, FileSpec
from desktop_app.bundle.issues import MAX_REPORTED_ERRORS, BundleError, BundleIssue
from desktop_app.bundle.reader import Bundle, BundleStream
from desktop_app.cache.audit import AuditLog
from desktop_app.cache.connection import transaction
from desktop_app.cache.rows import row_builder, upsert_sql
from desktop_app.protection.it_log import watch

Progress = Callable[[str, int, int], None]
BATCH = 50_000
_CITIZEN_ID = operator.itemgetter("citizen_id")
_PROGRAMME_ID = operator.methodcaller("get", "programme_id")
# A full snapshot may mark at most this share of the cases in the caseload as having left,
# unless the person importing names the count (an empty or cut-off citizens.jsonl otherwise
# empties the caseload, and the retention purge later deletes it).
DEFAULT_DEPARTURE_SHARE = 0.10
# A bundle dated further ahead than this is refused: it would make every real bundle "older".
FUTURE_TOLERANCE = dt.timedelta(days=1)


@dataclass
class ImportReport:
    import_id: int
    new: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)  # in the bundle, same as cached
    unknown_fields: list[BundleIssue] = field(default_factory=list)
    unknown_files: list[str] = field(default_factory=list)
    ignored_files: list[str] = field(default_factory=list)
    left_caseload: int = 0

    def summary(self) -> str:
        parts = [
            f"{stem}: {self.new.get(stem, 0):,} new, {self.updated.get(stem, 0):,} updated, "
            f"{self.unchanged.get(stem, 0):,} unchanged"
            for stem in self.new
        ]
        if self.left_caseload:
            parts.append(f"{self.left_caseload:,} citizens marked as having left the caseload")
        if self.unknown_fields:
            parts.append(f"{len(self.unknown_fields):,} unknown field(s) kept verbatim")
        if self.unknown_files:
            parts.append("unknown file(s) kept verbatim: " + ", ".join(self.unknown_files))
        if self.ignored_files:
            parts.append("hidden file(s) ignored, not kept: "
                         + ", ".join(repr(name) for name in self.ignored_files))
        return "\n".join(parts)


class OlderBundleError(Exception):
    """The bundle was exported before the newest bundle already imported."""


class DeparturesRefused(Exception):
    """A full snapshot would mark more cases as having left than allowed or confirmed."""

    def __init__(self, departures: int, in_caseload: int, share: float,
                 confirmed: int | None) -> None:
        self.departures = departures
        percent = 100 * departures / max(in_caseload, 1)
        if confirmed is None:
            why = (f"more than the {share:.0%} a snapshot may take away unconfirmed. An empty "
                   "or cut-off citizens.jsonl looks exactly like this.")
        else:
            why = f"but {confirmed:,} departures were confirmed."
        super().__init__(
            f"this full snapshot would mark {departures:,} of the {in_caseload:,} cases in the "
            f"caseload ({percent:.0f}%) as having left, {why} Nothing was imported. If these "
            f"departures are real, import again with --confirm-departures {departures}."
        )


def import_bundle(
    db: sqlite_utils.Database,
    bundle: Bundle | BundleStream,
    *,
    audit: AuditLog,
    actor: str,
    progress: Progress | None = None,
    allow_older: bool = False,
    confirm_departures: int | None = None,
    max_departure_share: float = DEFAULT_DEPARTURE_SHARE,
    now: dt.datetime | None = None,
) -> ImportReport:
    """Import a bundle (read whole, or streamed file by file) in one transaction.

    A streamed bundle is validated while it is written; any error in any file rolls the
    whole transaction back, so the cache ends exactly as it was. A full snapshot that would
    mark more than `max_departure_share` of the caseload as having left is refused unless
    `confirm_departures` names exactly that count.
    """
    exported_at = _exported_at(bundle)
    if bundle.errors:
        raise BundleError(list(bundle.errors))
    _check_not_future(exported_at, now or dt.datetime.now(dt.UTC))
    if not allow_older:
        _check_not_older(db, exported_at)
    departures = _DepartureRule(max_departure_share, confirm_departures)
    citizens = _ids(db, "citizens")
    programmes = _ids(db, "programmes")
    # A large page cache keeps index maintenance in memory during a bulk import, and the
    # references are checked here (file:line:field) before any row is written, so SQLite's
    # per-row foreign-key lookups are switched off for the import and on again after it.
    db.execute("PRAGMA cache_size = -262144")
    db.execute("PRAGMA foreign_keys = OFF")
    try:
        return _import(db, bundle, audit, actor, progress, exported_at, citizens, programmes,
                       departures)
    finally:
        db.execute("PRAGMA foreign_keys = ON")


def _import(
    db: sqlite_utils.Database,
    bundle: Bundle | BundleStream,
    audit: AuditLog,
    actor: str,
    progress: Progress | None,
    exported_at: str | None,
    citizens: set[str],
    programmes: set[str],
    departures: _DepartureRule,
) -> ImportReport:
    with transaction(db):
        in_caseload = _count_in_caseload(db)
        import_id = _record_import(db, bundle, exported_at)
        report = ImportReport(import_id)
        listed: list[str] = []
        index_after = _count(db, "citizens") == 0 and _pause_search_index(db)
        for stem, slices in itertools.groupby(bundle.slices(), key=lambda s: s[0].stem):
            before = _count(db, stem)
            seen = written = 0
            for spec, records, lines in slices:
                _take_references(spec, records, lines, bundle.errors, citizens, programmes,
                                 listed)
                seen += len(records)
                if not bundle.errors:  # else keep validating the rest, but write nothing more
                    written += _upsert(db, stem, records, import_id, progress)
            report.new[stem] = _count(db, stem) - before
            report.updated[stem] = written - report.new[stem]
            report.unchanged[stem] = seen - written
        if bundle.errors:
            raise BundleError(list(bundle.errors))
        if index_after:
            _resume_search_index(db, index_after)
        if report.updated.get("citizens"):
            # Updated rows leave the search index in many small segments; merging them (about
            # a second at 100,000 citizens) keeps case search fast after a re-import.
            db.execute("INSERT INTO citizens_fts(citizens_fts) VALUES ('optimize')")
        report.unknown_fields = list(bundle.unknown_fields)
        report.ignored_files = list(getattr(bundle, "ignored_files", []))
        for name, content in bundle.unknown_files.items():
            db.execute(
                "INSERT INTO bundle_extra_files (name, content, import_id) VALUES (?, ?, ?) "
                "ON CONFLICT(name) DO UPDATE SET content = excluded.content, "
                "import_id = excluded.import_id",
                (name, content, import_id),
            )
            report.unknown_files.append(name)
        for key, value in bundle.manifest.items():
            db.execute(
                "INSERT INTO bundle_manifest (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, ensure_ascii=False)),
            )
        if bundle.manifest.get("full_snapshot"):
            report.left_caseload = _mark_left_caseload(db, listed, exported_at)
            departures.check(report.left_caseload, in_caseload)
        _finish_import_record(db, import_id, report)
        audit.append(
            actor,
            "import",
            payload={
                "import_id": import_id,
                "source": str(bundle.path),
                "exported_at": exported_at,
                "new": report.new,
                "updated": report.updated,
                "left_caseload": report.left_caseload,
                "departures_confirmed": departures.confirmed,
            },
        )
    return report


def _pause_search_index(db: sqlite_utils.Database) -> str:
    """Into an empty caseload, citizens are indexed for search once at the end: one bulk
    'rebuild' is about three times faster than the insert trigger row by row. Returns the
    trigger's SQL, to create it again (inside the import's transaction: a refused import
    rolls this back too)."""
    row = db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                     "AND name = 'citizens_ai'").fetchone()
    if row is None:
        return ""
    db.execute("DROP TRIGGER citizens_ai")
    return str(row[0])


def _resume_search_index(db: sqlite_utils.Database, trigger_sql: str) -> None:
    db.execute("INSERT INTO citizens_fts(citizens_fts) VALUES ('rebuild')")
    db.execute(trigger_sql)


def _take_references(
    spec: FileSpec,
    records: list[dict[str, Any]],
    lines: list[int],
    errors: list[BundleIssue],
    citizens: set[str],
    programmes: set[str],
    listed: list[str],
) -> None:
    """Learn the ids a file brings (citizens, programmes) and check the ones it refers to."""
    if spec.stem == "citizens":
        ids = [r["id"] for r in records]
        listed += ids
        citizens.update(ids)
        # Their ids and names must never reach the IT log, whatever logs them later.
        watch(v for r in records for v in (r.get("id"), r.get("name")))
    elif spec.stem == "programmes":
        programmes.update(r["id"] for r in records)
    elif spec.stem == "caseworkers":
        errors.extend(_caseload_errors(records, lines, citizens))
    elif spec.parent:
        errors.extend(_reference_errors(spec, records, lines, citizens, programmes))


def _finish_import_record(db: sqlite_utils.Database, import_id: int, report: ImportReport) -> None:
    counts = {stem: report.new[stem] + report.updated[stem] for stem in report.new}
    db.execute(
        "UPDATE imports SET counts = ?, unknown_fields = ? WHERE id = ?",
        (json.dumps(counts), len(report.unknown_fields), import_id),
    )


def _count(db: sqlite_utils.Database, table: str) -> int:
    return int(db.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])


def _upsert(
    db: sqlite_utils.Database,
    stem: str,
    records: list[dict[str, Any]],
    import_id: int,
    progress: Progress | None,
) -> int:
    """Insert or update `records`; returns how many rows were inserted or changed."""
    spec = FILES_BY_STEM[stem]
    build = row_builder(spec)
    sql = upsert_sql(spec)
    total, written = len(records), 0
    for start in range(0, total, BATCH):
        chunk = records[start : start + BATCH]
        # rows the statement itself wrote (not the search index's triggers)
        written += db.conn.executemany(sql, [build(r, import_id) for r in chunk]).rowcount
        if progress:
            progress(spec.filename, min(start + BATCH, total), total)
    return written


@dataclass(frozen=True)
class _DepartureRule:
    share: float
    confirmed: int | None

    def check(self, departures: int, in_caseload: int) -> None:
        if self.confirmed is not None:
            if departures != self.confirmed:
                raise DeparturesRefused(departures, in_caseload, self.share, self.confirmed)
            return
        if departures > self.share * in_caseload:
            raise DeparturesRefused(departures, in_caseload, self.share, None)


def _count_in_caseload(db: sqlite_utils.Database) -> int:
    return int(db.execute("SELECT count(*) FROM citizens WHERE left_caseload IS NULL")
               .fetchone()[0])


def _check_not_future(exported_at: str | None, now: dt.datetime) -> None:
    if exported_at is None:
        return
    if _as_instant(exported_at) > now + FUTURE_TOLERANCE:
        raise BundleError([BundleIssue(
            "manifest.json", 1, "exported_at",
            f"{exported_at} lies in the future (this computer's clock says "
            f"{now.isoformat(timespec='seconds')}); check the exporting system's clock. A "
            "future date would make every later bundle look older")])


def _exported_at(bundle: Bundle | BundleStream) -> str | None:
    value = bundle.manifest.get("exported_at")
    return str(value) if value is not None else None


def _check_not_older(db: sqlite_utils.Database, exported_at: str | None) -> None:
    if exported_at is None:
        return
    newest = db.execute("SELECT max(exported_at) FROM imports").fetchone()[0]
    if newest and _as_instant(exported_at) < _as_instant(newest):
        future = _as_instant(newest) > dt.datetime.now(dt.UTC) + FUTURE_TOLERANCE
        hint = (" That date lies in the future: a bundle with a wrong date was imported "
                "earlier; once this bundle is checked, import it with --allow-older."
                if future else " Use --allow-older if that is really intended.")
        raise OlderBundleError(
            f"this bundle was exported at {exported_at}, before the newest bundle already "
            f"imported ({newest}); importing it would overwrite newer data.{hint}"
        )


def _as_instant(text: str) -> dt.datetime:
    value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def _record_import(
    db: sqlite_utils.Database, bundle: Bundle | BundleStream, exported_at: str | None
) -> int:
    manifest = bundle.manifest
    cursor = db.execute(
        "INSERT INTO imports (imported_at, source, exported_at, municipality, source_system, "
        "full_snapshot, counts) VALUES (?, ?, ?, ?, ?, ?, '{}')",
        (
            dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            str(bundle.path),
            exported_at,
            manifest.get("municipality"),
            manifest.get("source_system"),
            int(bool(manifest.get("full_snapshot"))),
        ),
    )
    return int(cursor.lastrowid or 0)


def _mark_left_caseload(
    db: sqlite_utils.Database, listed_ids: list[str], exported_at: str | None
) -> int:
    listed = [(citizen_id,) for citizen_id in listed_ids]
    db.execute("CREATE TEMP TABLE IF NOT EXISTS listed_citizens (id TEXT PRIMARY KEY)")
    db.execute("DELETE FROM listed_citizens")
    db.conn.executemany("INSERT INTO listed_citizens (id) VALUES (?)", listed)
    day = (exported_at or dt.date.today().isoformat())[:10]
    cursor = db.execute(
        "UPDATE citizens SET left_caseload = ? WHERE left_caseload IS NULL "
        "AND id NOT IN (SELECT id FROM listed_citizens)",
        (day,),
    )
    db.execute(
        "UPDATE citizens SET left_caseload = NULL WHERE id IN (SELECT id FROM listed_citizens)"
    )
    db.execute("DELETE FROM listed_citizens")
    return cursor.rowcount


def _ids(db: sqlite_utils.Database, table: str) -> set[str]:
    return {row[0] for row in db.execute(f'SELECT id FROM "{table}"')}


def _reference_errors(
    spec: FileSpec,
    records: list[dict[str, Any]],
    lines: list[int],
    citizens: set[str],
    programmes: set[str],
) -> list[BundleIssue]:
    """Every record must belong to a known citizen, and name a known programme."""
    errors: list[BundleIssue] = []
    named_programmes = set(map(_PROGRAMME_ID, records))
    named_programmes.discard(None)
    if citizens.issuperset(map(_CITIZEN_ID, records)) and programmes.issuperset(
            named_programmes):
        return errors  # all known (the common case, checked in C)
    for record, line in zip(records, lines, strict=True):
        if record["citizen_id"] not in citizens:
            errors.append(BundleIssue(spec.filename, line, "citizen_id", "no such citizen"))
        programme = record.get("programme_id")
        if programme is not None and programme not in programmes:
            errors.append(BundleIssue(spec.filename, line, "programme_id", "no such programme"))
        if len(errors) >= MAX_REPORTED_ERRORS:
            break
    return errors


def _caseload_errors(
    records: list[dict[str, Any]], lines: list[int], citizens: set[str]
) -> list[BundleIssue]:
    """A caseworker's caseload may name only citizens the cache (or this bundle) holds."""
    errors: list[BundleIssue] = []
    for record, line in zip(records, lines, strict=True):
        for index, citizen_id in enumerate(record.get("caseload") or ()):
            if citizen_id not in citizens:
                errors.append(
                    BundleIssue("caseworkers.jsonl", line, f"caseload[{index}]", "no such citizen")
                )
            if len(errors) >= MAX_REPORTED_ERRORS:
                return errors
    return errors
