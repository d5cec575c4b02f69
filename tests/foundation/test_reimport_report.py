"""Re-importing a bundle reports what changed: an identical bundle updates nothing (it said
"20,000 updated"), and a bundle with one changed citizen updates exactly that one."""

from __future__ import annotations

import json
from pathlib import Path

from desktop_app.bundle.reader import read_bundle
from desktop_app.cache.audit import AuditLog
from desktop_app.cache.connection import open_cache
from desktop_app.cache.importer import import_bundle
from tests.foundation.bundle_factory import write_bundle


def test_an_identical_bundle_updates_nothing_and_one_change_updates_one(tmp_path: Path) -> None:
    bundle = write_bundle(tmp_path / "bundle", n=40)
    db = open_cache(tmp_path / "cache.sqlite")
    audit = AuditLog(db, b"k" * 32)
    first = import_bundle(db, read_bundle(bundle), audit=audit, actor="test")
    assert first.new["citizens"] == 40 and first.updated["citizens"] == 0

    again = import_bundle(db, read_bundle(bundle), audit=audit, actor="test")
    assert again.new["citizens"] == 0
    assert again.updated == {stem: 0 for stem in again.new}
    assert again.unchanged["citizens"] == 40
    assert "citizens: 0 new, 0 updated, 40 unchanged" in again.summary()

    path = bundle / "citizens.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    rows[3]["mobility_km"] = 99.0
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    changed = import_bundle(db, read_bundle(bundle), audit=audit, actor="test")
    assert (changed.new["citizens"], changed.updated["citizens"]) == (0, 1)
    assert changed.unchanged["citizens"] == 39
    row = db.execute("SELECT mobility_km FROM citizens WHERE id = ?", (rows[3]["id"],))
    assert row.fetchone()[0] == 99.0
    db.close()
