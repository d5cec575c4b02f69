"""A case cache's history as `BundleData`, in memory, for the local check (nothing written)."""

from __future__ import annotations

import json

import sqlite_utils

from desktop_app.bundle.contract import FILES
from desktop_app.cache.rows import record_from_row, select_sql
from desktop_app.scoring.bundle_source import BundleData


def cache_history(db: sqlite_utils.Database) -> BundleData:
    """Every bundle table of the cache, with the manifest it was imported with (its export
    date is the day the history ends)."""
    records = {spec.stem: [record_from_row(spec, row) for row in db.execute(select_sql(spec))]
               for spec in FILES}
    manifest = {key: json.loads(value)
                for key, value in db.execute("SELECT key, value FROM bundle_manifest")}
    from pathlib import Path

    return BundleData(Path(db.conn.execute("PRAGMA database_list").fetchone()[2] or "cache"),
                      manifest, records)
