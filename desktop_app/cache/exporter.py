"""Export the case cache as a bundle (the inverse of the importer, lossless)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import sqlite_utils

from desktop_app.bundle.contract import CONTRACT_VERSION, FILES
from desktop_app.bundle.writer import atomic_folder, write_jsonl
from desktop_app.cache.audit import format_head, read_head
from desktop_app.cache.rows import record_from_row, select_sql


def export_bundle(
    db: sqlite_utils.Database, out: Path, *, overwrite: bool = False, now: dt.datetime | None = None
) -> dict[str, int]:
    """Write every bundle table, the manifest and kept unknown files to `out`."""
    counts: dict[str, int] = {}
    with atomic_folder(out, overwrite=overwrite) as folder:
        for spec in FILES:
            if not db.execute(f'SELECT 1 FROM "{spec.stem}" LIMIT 1').fetchone():
                continue
            rows = db.execute(select_sql(spec))
            counts[spec.stem] = write_jsonl(
                folder / spec.filename, (record_from_row(spec, row) for row in rows)
            )
        for name, content in db.execute("SELECT name, content FROM bundle_extra_files"):
            (folder / name).write_bytes(content)
        stored = db.execute("SELECT key, value FROM bundle_manifest")
        manifest = {key: json.loads(value) for key, value in stored}
        manifest["contract_version"] = CONTRACT_VERSION
        manifest["exported_at"] = (now or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds")
        manifest["full_snapshot"] = False  # the cache may hold citizens who left the caseload
        manifest.setdefault("source_system", "wayfinder")
        # The audit chain head at export time: an outside copy `audit verify` can check against.
        manifest["audit_head"] = format_head(read_head(db))
        (folder / "manifest.json").write_text(
            json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True) + "\n",
            encoding="utf-8",
        )
    return counts
