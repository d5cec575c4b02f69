"""Export the case cache as a bundle (the inverse of the importer, lossless).

Everything is written inside one fresh folder that replaces `out` at the end. Kept unknown
files are written only under names the importer would accept today (`is_safe_kept_name`),
never over a contract file, and with O_EXCL: a name an older version let into the cache
(`../../x`) is skipped and reported, so nothing is written outside the folder.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from desktop_app.bundle.contract import CONTRACT_VERSION, FILES
from desktop_app.bundle.folder import MANIFEST, is_safe_kept_name
from desktop_app.bundle.writer import atomic_folder, write_jsonl
from desktop_app.cache import meta
from desktop_app.cache.audit import format_head, read_head
from desktop_app.cache.rows import record_from_row, select_sql
from desktop_app.private_files import PRIVATE_FILE

_CONTRACT_NAMES = frozenset({MANIFEST, *(spec.filename for spec in FILES)})


@dataclass
class BundleExport:
    counts: dict[str, int] = field(default_factory=dict)
    skipped_files: list[str] = field(default_factory=list)  # kept files with unsafe names

    def items(self):  # type: ignore[no-untyped-def]
        return self.counts.items()


def export_bundle(
    db: sqlite_utils.Database, out: Path, *, overwrite: bool = False, now: dt.datetime | None = None
) -> BundleExport:
    """Write every bundle table, the manifest and kept unknown files to `out`."""
    result = BundleExport()
    counts = result.counts
    with atomic_folder(out, overwrite=overwrite) as folder:
        for spec in FILES:
            if not db.execute(f'SELECT 1 FROM "{spec.stem}" LIMIT 1').fetchone():
                continue
            rows = db.execute(select_sql(spec))
            counts[spec.stem] = write_jsonl(
                folder / spec.filename, (record_from_row(spec, row) for row in rows)
            )
        for name, content in db.execute("SELECT name, content FROM bundle_extra_files"):
            if not is_safe_kept_name(name) or name in _CONTRACT_NAMES:
                result.skipped_files.append(name)
                continue
            _write_new(folder / name, content)
        stored = db.execute("SELECT key, value FROM bundle_manifest")
        manifest = {key: json.loads(value) for key, value in stored}
        manifest["contract_version"] = CONTRACT_VERSION
        manifest["exported_at"] = (now or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds")
        manifest["full_snapshot"] = False  # the cache may hold citizens who left the caseload
        manifest.setdefault("source_system", "wayfinder")
        # The audit chain head at export time: an outside copy `audit verify` can check against.
        manifest["audit_head"] = format_head(read_head(db))
        manifest["audit_cache"] = meta.cache_id(db)  # whose head it is
        (folder / MANIFEST).write_text(
            json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True) + "\n",
            encoding="utf-8",
        )
    return result


def _write_new(path: Path, content: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                 PRIVATE_FILE)
    with os.fdopen(fd, "wb") as handle:
        handle.write(content)
