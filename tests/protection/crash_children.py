"""Child processes for the SIGKILL tests: each loops over one real operation, printing a line
only after the operation has durably finished, until the parent kills it."""

from __future__ import annotations

import sys
from pathlib import Path


def decisions(cache: str, start: int) -> None:
    from desktop_app.cache.audit import AuditLog
    from desktop_app.cache.connection import open_cache
    from desktop_app.decisions.record import DecisionInput, record_decision

    db = open_cache(cache, create=False)
    audit = AuditLog(db, b"p" * 32)
    citizens = [r[0] for r in db.execute("SELECT id FROM citizens ORDER BY id")]
    print("READY", flush=True)
    n = start
    while True:
        citizen = citizens[n % len(citizens)]
        # the app's own decision save: the decision and its audit entry in one transaction
        record_decision(db, audit, DecisionInput(citizen, "W1", "P01", suggestion_shown=False,
                                                 reason_text=f"decision {n}"))
        print(f"COMMITTED {n}", flush=True)  # COMMIT has returned: this one must survive
        n += 1


def imports(cache: str, bundle: str) -> None:
    from desktop_app.bundle.reader import read_bundle
    from desktop_app.cache.audit import AuditLog
    from desktop_app.cache.connection import open_cache
    from desktop_app.cache.importer import import_bundle

    db = open_cache(cache, create=False)
    audit = AuditLog(db, b"p" * 32)
    print("READY", flush=True)
    while True:
        import_bundle(db, read_bundle(Path(bundle)), audit=audit, actor="t", allow_older=True)
        print("IMPORTED", flush=True)


def sheets(target: str, cache: str) -> None:
    from desktop_app.cache.audit import AuditLog
    from desktop_app.cache.connection import open_cache, transaction
    from desktop_app.reports.builder import build_sheet
    from desktop_app.reports.export import export_sheet, record_export
    from tests.reports.sample import request

    db = open_cache(cache, create=False)
    audit = AuditLog(db, b"p" * 32)
    sheet = build_sheet(request("en"))

    def log_export(result):  # type: ignore[no-untyped-def]
        with transaction(db):  # what the app and `wayfinder-admin sheet` do
            record_export(audit, "W1", result, citizen_id="C00001", model_version="v1")

    print("READY", flush=True)
    while True:
        result = export_sheet(sheet, Path(target), log_export)
        print(f"WRITTEN {result.pdf_sha256}", flush=True)


def install(share: str, store: str, root_file: str) -> None:
    from desktop_app.trust.update import check_for_updates

    print("READY", flush=True)
    result = check_for_updates(Path(share), Path(store), trust_root=Path(root_file).read_bytes())
    print(f"DONE {result.status}", flush=True)


if __name__ == "__main__":
    {"decisions": decisions, "imports": imports, "sheets": sheets, "install": install}[
        sys.argv[1]
    ](*[int(a) if a.isdigit() else a for a in sys.argv[2:]])
