"""`wayfinder-admin sheet` stays a short command (issue 19: <= 0.6 s in all): printing a sheet
whose snapshot records the country loads no model, and neither pandas nor NumPy (sqlite-utils
would import them only to map their types, which the cache never asks for; the sheet reads
abstention codes without NumPy). `make bench` times the command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from desktop_app.bundle.reader import read_bundle
from desktop_app.cache.audit import AuditLog
from desktop_app.cache.connection import open_cache, transaction
from desktop_app.cache.importer import import_bundle
from desktop_app.decisions.snapshot import NO_MODEL, WhatWasShown
from desktop_app.reports.case_sheet import store_proposal
from tests.conftest import write_audit_key
from tests.foundation.bundle_factory import write_bundle

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("pandas", "numpy", "onnxruntime", "onnx", "tuf", "sklearn", "PySide6")
RUN = ("import json, sys; from desktop_app.admin.cli import main; code = main(sys.argv[1:]); "
       f"print(json.dumps([code, sorted(m for m in {HEAVY!r} if m in sys.modules)]))")


def test_sheet_of_a_stored_snapshot_loads_no_model_pandas_or_numpy(tmp_path: Path) -> None:
    cache = tmp_path / "cache.sqlite"
    db = open_cache(cache)
    import_bundle(db, read_bundle(write_bundle(tmp_path / "bundle")),
                  audit=AuditLog(db, b"k" * 32), actor="test")
    with transaction(db):
        proposal = store_proposal(db, "C00003", "W1", WhatWasShown(NO_MODEL, country="DK"))
    db.close()
    home = tmp_path / "home"
    write_audit_key(home, b"k" * 32)
    out = tmp_path / "sheet.pdf"
    done = subprocess.run(
        [sys.executable, "-c", RUN, "sheet", "C00003", "--lang", "da", "--out", str(out),
         "--cache", str(cache), "--proposal", str(proposal)],
        env={**os.environ, "WAYFINDER_HOME": str(home)}, cwd=ROOT, capture_output=True,
        text=True, timeout=120, check=False)
    code, loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert code == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert loaded == []
