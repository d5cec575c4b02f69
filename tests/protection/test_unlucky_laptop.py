"""An unlucky laptop (issue 15, findings 7-10, 14, 17): damaged pages, a full disk, read-only
files, killed runs and backups. One way to fail: a sentence naming what is wrong and what to
do, a non-zero exit, never a traceback; nothing half-done left under a real name."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.cache.audit import AuditLog
from desktop_app.cache.connection import open_cache, transaction
from desktop_app.reports.builder import build_sheet
from desktop_app.reports.export import export_sheet, record_export
from tests.conftest import write_audit_key
from tests.foundation.bundle_factory import citizens, write_bundle
from tests.protection.admin_process import (
    PROJECT_ROOT,
    assert_clear_failure,
    run_admin,
    run_admin_on_a_full_disk,
)
from tests.protection.conftest import CLOSED_ID, CLOSED_NAME, build_bundle
from tests.reports.sample import request

KEY = b"u" * 32
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX limits and modes")


def big_citizens(n: int) -> list[dict]:
    rows = citizens(n)
    for i, row in enumerate(rows):
        row["cv_text"] = f"Erfaring nummer {i}: " + "lager og truck " * 60
    return rows


@pytest.fixture
def laptop(tmp_path: Path, wayfinder_home: Path) -> Path:
    """A cache of 400 citizens (with a closed case) imported by the command."""
    write_audit_key(wayfinder_home, KEY)
    rows = big_citizens(400)
    rows[3].update(name=CLOSED_NAME, case_closed="2020-03-01")
    cache = tmp_path / "cache.sqlite"
    result = run_admin("import", str(write_bundle(tmp_path / "b", n=400, citizens=rows)),
                       "--cache", str(cache), "--quiet")
    assert result.returncode == 0, result.stderr
    return cache


def _raw(cache: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(cache.parent.glob(cache.name + "*")))


def damage_table(cache: Path, table: str) -> None:
    """Overwrite the root page of `table` with garbage (what a failing disk does)."""
    db = open_cache(cache, create=False)
    page = db.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    size = db.execute("PRAGMA page_size").fetchone()[0]
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    with cache.open("r+b") as handle:
        handle.seek((page - 1) * size + 8)
        handle.write(os.urandom(size - 8))


# --- finding 7: damaged pages --------------------------------------------------------------

def test_damaged_pages_fail_doctor_export_and_import_clearly(laptop, tmp_path) -> None:  # type: ignore[no-untyped-def]
    damage_table(laptop, "outcomes")
    doctor = run_admin("doctor", "--cache", str(laptop))
    assert doctor.returncode == 1 and "Traceback" not in doctor.stderr, doctor.stderr
    line = next(x for x in doctor.stdout.splitlines() if x.startswith("[FAIL] case cache"))
    assert "damaged" in line and line.count("Recover a cache") == 1
    assert "*** in database" not in line  # SQLite's header line is not a finding
    assert_clear_failure(run_admin("export", str(tmp_path / "out"), "--cache", str(laptop)),
                         "is damaged", "Recover a cache", "nothing was exported")
    assert not (tmp_path / "out").exists()
    err = assert_clear_failure(
        run_admin("import", str(write_bundle(tmp_path / "b2", n=400, citizens=big_citizens(400),
                                             exported_at="2026-02-01T00:00:00Z")),
                  "--cache", str(laptop), "--quiet"),
        "is damaged", "Nothing was imported")
    assert "cannot rollback" not in err


def test_doctor_names_the_recovery_once_when_the_cache_cannot_even_open(laptop) -> None:  # type: ignore[no-untyped-def]
    """Found by the outside trial: many damaged pages fail the open itself; the FAIL line
    pointed to the recovery section twice."""
    db = open_cache(laptop, create=False)
    page = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'citizens'").fetchone()[0]
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    with laptop.open("r+b") as handle:
        handle.seek(0)
        size = int.from_bytes(handle.read(18)[16:18], "big")
        handle.seek(size)  # page 2 onwards: the schema page (1) stays readable
        handle.write(os.urandom(size * (page + 40)))
    doctor = run_admin("doctor", "--cache", str(laptop))
    assert doctor.returncode == 1 and "Traceback" not in doctor.stderr, doctor.stderr
    line = next(x for x in doctor.stdout.splitlines() if x.startswith("[FAIL] case cache"))
    assert "damaged" in line and line.count("Recover a cache") == 1, line


# --- finding 8: purge on a nearly full disk ---------------------------------------------

def test_a_purge_whose_vacuum_fails_says_so_and_finishes_on_the_next_run(laptop) -> None:  # type: ignore[no-untyped-def]
    assert CLOSED_NAME.encode() in _raw(laptop)
    result, really_full = run_admin_on_a_full_disk(
        laptop, "purge", "--older-than", "30", "--cache", "{cache}", room=256 << 10)
    err = assert_clear_failure(result, "1 case(s) were deleted", "could not then be compacted",
                               "run `wayfinder-admin purge --older-than 30` again")
    assert ("is full" if really_full else "full") in err and result.returncode == 4
    doctor = run_admin("doctor", "--cache", str(laptop))
    assert "[warn] purge:" in doctor.stdout and "could not compact" in doctor.stdout
    again = run_admin("purge", "--older-than", "30", "--cache", str(laptop))
    assert again.returncode == 0, again.stderr
    assert "finished the compaction an earlier purge could not complete" in again.stdout
    assert CLOSED_NAME.encode() not in _raw(laptop)
    assert "[warn] purge" not in run_admin("doctor", "--cache", str(laptop)).stdout


def test_purge_refuses_while_app_work_is_unexported(laptop, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.decisions.objections import set_objection
    from desktop_app.decisions.record import DecisionInput, record_decision

    db = open_cache(laptop, create=False)
    audit = AuditLog(db, KEY)
    record_decision(db, audit, DecisionInput(CLOSED_ID, "anna", "P01", suggestion_shown=False))
    set_objection(db, audit, citizen_id=CLOSED_ID, caseworker_id="anna", active=True)
    db.close()
    err = assert_clear_failure(run_admin("purge", "--older-than", "30", "--cache", str(laptop)),
                               "1 decision(s) and 1 objection(s) to profiling",
                               "export-decisions", "--discard-unexported")
    assert "Nothing was purged" in err and CLOSED_NAME.encode() in _raw(laptop)
    assert run_admin("export-decisions", str(tmp_path / "out"), "--cache",
                     str(laptop)).returncode == 0
    lines = (tmp_path / "out" / "objections_app.jsonl").read_text().splitlines()
    assert json.loads(lines[0])["objects_to_profiling"] is True
    done = run_admin("purge", "--older-than", "30", "--cache", str(laptop))
    assert done.returncode == 0, done.stderr
    assert CLOSED_NAME.encode() not in _raw(laptop)


# --- finding 9: a sheet only together with its audit entry -------------------------------

def test_no_sheet_appears_when_its_audit_entry_cannot_be_written(tmp_path) -> None:
    db = open_cache(tmp_path / "cache.sqlite")
    audit = AuditLog(db, KEY)
    with transaction(db):
        audit.append("t", "note")
    db.execute("PRAGMA query_only = ON")  # what a read-only cache file does to writes
    target = tmp_path / "out" / "sheet.pdf"

    def log_export(result):  # type: ignore[no-untyped-def]
        with transaction(db):
            record_export(audit, "W1", result, citizen_id="C1", model_version="v1")

    with pytest.raises(Exception, match="readonly|read-only"):
        export_sheet(build_sheet(request("en")), target, log_export)
    assert list(target.parent.iterdir()) == []  # no sheet, no temporary file
    db.execute("PRAGMA query_only = OFF")
    assert db.execute("SELECT count(*) FROM audit_log WHERE action = 'sheet_exported'"
                      ).fetchone()[0] == 0
    db.close()


def test_the_sheet_command_on_a_read_only_cache_writes_no_sheet(tmp_path, wayfinder_home) -> None:  # type: ignore[no-untyped-def]
    """The command line's path: the cache opens (read-only), the sheet renders, the audit
    entry cannot be written, so no PDF may appear."""
    from desktop_app.assets_path import demo_repository
    from desktop_app.smoke.bundle import write_smoke_bundle

    manifest = json.loads(next((demo_repository() / "targets" / "model").glob(
        "*/*.manifest.json")).read_text())
    bundle = write_smoke_bundle(tmp_path / "bundle", [a for a in manifest["arms"]
                                                      if a != "none"], {})
    cache = tmp_path / "cache.sqlite"
    assert run_admin("import", str(bundle), "--cache", str(cache), "--quiet").returncode == 0
    # the sheet explains the verified installed model only (issue 16): IT installs it first
    assert run_admin("models", "update", "--from", str(demo_repository())).returncode == 0
    db = open_cache(cache, create=False)
    citizen = db.execute("SELECT id FROM citizens ORDER BY id LIMIT 1").fetchone()[0]
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    os.chmod(cache, 0o444)
    out = tmp_path / "sheets" / "sheet.pdf"
    out.parent.mkdir()
    try:
        result = run_admin("sheet", citizen, "--lang", "en", "--out", str(out), "--cache",
                           str(cache), "--country", "DK", honour_permissions=True)
    finally:
        os.chmod(cache, 0o600)
    assert_clear_failure(result, "read-only", "no sheet was written")
    assert list(out.parent.iterdir()) == []  # neither the sheet nor a temporary file


# --- finding 10: private files ---------------------------------------------------------

def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_files_the_app_creates_are_private(tmp_path, wayfinder_home) -> None:  # type: ignore[no-untyped-def]
    old = os.umask(0o022)  # a typical laptop's default: world-readable files
    try:
        result = run_admin("import", str(write_bundle(tmp_path / "b", n=5)), "--quiet")
        assert result.returncode == 0, result.stderr
        assert run_admin("export", str(tmp_path / "exp")).returncode == 0
        db = open_cache(tmp_path / "library" / "c.sqlite")  # the library path, same rules
        db.execute("CREATE TABLE t (x)")
        db.close()
    finally:
        os.umask(old)
    cache = wayfinder_home / "case-cache.sqlite"
    for path in [cache, *cache.parent.glob("case-cache.sqlite-*"),
                 wayfinder_home / "keys" / "audit.key", wayfinder_home / "logs" / "wayfinder.log",
                 tmp_path / "library" / "c.sqlite", *(tmp_path / "exp").iterdir()]:
        assert _mode(path) == 0o600, path
    for folder in (wayfinder_home, wayfinder_home / "keys", wayfinder_home / "logs",
                   tmp_path / "library", tmp_path / "exp"):
        assert _mode(folder) == 0o700, folder


def test_a_world_readable_cache_from_an_earlier_version_is_made_private(tmp_path) -> None:
    db = open_cache(tmp_path / "c.sqlite")
    db.close()
    os.chmod(tmp_path / "c.sqlite", 0o644)
    open_cache(tmp_path / "c.sqlite", create=False).close()
    assert _mode(tmp_path / "c.sqlite") == 0o600


# --- finding 14: disk full, read-only file and folder -------------------------------------

def test_an_import_on_a_full_disk_is_named_and_changes_nothing(laptop, tmp_path) -> None:  # type: ignore[no-untyped-def]
    bundle = write_bundle(tmp_path / "b2", n=3000, citizens=big_citizens(3000),
                          exported_at="2026-02-01T00:00:00Z")
    result, really_full = run_admin_on_a_full_disk(
        laptop, "import", str(bundle), "--cache", "{cache}", "--quiet", room=256 << 10)
    if really_full:
        assert_clear_failure(result, "is full", "free some space", "Nothing was imported")
    else:
        assert_clear_failure(result, "full", "Nothing was imported")
    db = open_cache(laptop, create=False)
    assert db["citizens"].count == 400
    assert db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    db.close()


def test_a_read_only_cache_file_is_named(laptop, tmp_path) -> None:  # type: ignore[no-untyped-def]
    for path in laptop.parent.glob(laptop.name + "*"):
        os.chmod(path, 0o444)
    try:
        result = run_admin("import", str(write_bundle(tmp_path / "b2", n=400,
                                                      exported_at="2026-02-01T00:00:00Z")),
                           "--cache", str(laptop), "--quiet", honour_permissions=True)
        assert_clear_failure(result, "read-only", "permissions")
        assert "damaged" not in result.stderr
    finally:
        for path in laptop.parent.glob(laptop.name + "*"):
            os.chmod(path, 0o600)


def test_a_read_only_folder_is_named_not_called_damaged(laptop, tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "ro"
    folder.mkdir()
    cache = folder / "cache.sqlite"
    cache.write_bytes(laptop.read_bytes())  # a checkpointed copy: no -wal beside it
    os.chmod(folder, 0o555)
    try:
        result = run_admin("export-decisions", str(tmp_path / "o"), "--cache", str(cache),
                           honour_permissions=True)
        err = assert_clear_failure(result, "permissions")
        assert "damaged" not in err and "restore" not in err.lower()
        new = run_admin("import", str(write_bundle(tmp_path / "b3", n=3)), "--cache",
                        str(folder / "new.sqlite"), "--quiet", honour_permissions=True)
        assert_clear_failure(new, "Permission denied", str(folder / "new.sqlite"))
        assert ".importing" not in new.stderr  # the cache it was asked for, not a temp name
    finally:
        os.chmod(folder, 0o755)


# --- finding 17: backup, leftovers ---------------------------------------------------------

def test_backup_of_a_plain_cache(laptop, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "backups" / "cache-monday.sqlite"
    result = run_admin("backup", str(out), "--cache", str(laptop))
    assert result.returncode == 0, result.stderr
    assert "plain" in result.stdout and _mode(out) == 0o600
    copy = open_cache(out, create=False)
    assert copy["citizens"].count == 400
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    copy.close()
    assert_clear_failure(run_admin("backup", str(out), "--cache", str(laptop)), "--force")
    assert run_admin("backup", str(out), "--cache", str(laptop), "--force").returncode == 0
    db = open_cache(laptop, create=False)
    assert db.execute("SELECT count(*) FROM audit_log WHERE action = 'cache_backed_up'"
                      ).fetchone()[0] == 2
    db.close()


def test_a_fresh_backup_verifies_against_the_os_log(laptop, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Found by the outside trial: the backup's own audit entry came after the copy, so the
    IT guide's retirement step (keep a backup, verify it against the collected heads) always
    reported the backup as cut off."""
    os_log = tmp_path / "os-log.txt"
    env = {"WAYFINDER_TEST_OS_LOG": str(os_log)}
    out = tmp_path / "backups" / "retired.sqlite"
    assert run_admin("backup", str(out), "--cache", str(laptop), env=env).returncode == 0
    result = run_admin("audit", "verify", "--cache", str(out), "--heads", str(os_log), env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "audit log intact" in result.stdout and "cut off" not in result.stdout
    copy = open_cache(out, create=False)
    assert copy.execute("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1"
                        ).fetchone()[0] == "cache_backed_up"
    copy.close()
    again = run_admin("audit", "verify", "--cache", str(laptop), "--heads", str(os_log), env=env)
    assert again.returncode == 0, again.stdout + again.stderr


def test_backup_of_an_encrypted_cache(tmp_path, wayfinder_home) -> None:  # type: ignore[no-untyped-def]
    env = {"WAYFINDER_CACHE_PASSPHRASE": "correct horse battery staple"}
    cache = tmp_path / "enc.sqlite"
    assert run_admin("import", str(build_bundle(tmp_path / "b")), "--cache", str(cache),
                     "--encrypt", "--quiet", env=env).returncode == 0
    out = tmp_path / "enc-backup.sqlite"
    result = run_admin("backup", str(out), "--cache", str(cache), env=env)
    assert result.returncode == 0, result.stderr
    assert "encrypted, same key" in result.stdout and out.stat().st_size > 0
    assert b"SQLite format 3" not in out.read_bytes()[:16]
    assert CLOSED_NAME.encode() not in out.read_bytes()
    from desktop_app.protection.keys import passphrase_key

    copy = open_cache(out, create=False, key=passphrase_key(env["WAYFINDER_CACHE_PASSPHRASE"]))
    assert copy["citizens"].count == 30
    copy.close()
    without = run_admin("backup", str(tmp_path / "x.sqlite"), "--cache", str(cache),
                        env={"WAYFINDER_CACHE_PASSPHRASE": ""})
    assert_clear_failure(without, "no key was found")
    assert not (tmp_path / "x.sqlite").exists()


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_leftovers_of_killed_runs_are_removed_at_the_next_start(laptop, tmp_path) -> None:  # type: ignore[no-untyped-def]
    temp = tmp_path / "tmp"
    temp.mkdir()
    dead, alive = _dead_pid(), os.getpid()
    stale = [laptop.with_name(f".{laptop.name}.importing-{dead}"),
             laptop.with_name(f".{laptop.name}.importing-{dead}-wal"),
             laptop.with_name(f".{laptop.name}.importing"),
             laptop.with_name(f".backup.sqlite.partial-{dead}"),
             temp / f"wayfinder-sheet-{dead}-abc123"]
    kept = [laptop.with_name(f".{laptop.name}.importing-{alive}"),
            temp / f"wayfinder-sheet-{alive}-def456", temp / "someone-else-123"]
    for path in stale + kept:
        if path.name.startswith("wayfinder-sheet") or path.name.startswith("someone"):
            (path / "models").mkdir(parents=True)
            (path / "models" / "model.onnx").write_bytes(b"x" * 1000)
        else:
            path.write_bytes(b"partial")
    result = run_admin("doctor", "--cache", str(laptop), env={"TMPDIR": str(temp)})
    assert "Traceback" not in result.stderr
    assert [p for p in stale if p.exists()] == []
    assert all(p.exists() for p in kept)


def test_a_killed_first_import_leaves_nothing_after_the_next_start(tmp_path) -> None:
    bundle = write_bundle(tmp_path / "b", n=20000, citizens=big_citizens(20000))
    cache = tmp_path / "new" / "cache.sqlite"
    child = subprocess.Popen([sys.executable, "-m", "desktop_app.admin.cli", "import",
                              str(bundle), "--cache", str(cache), "--quiet"],
                             cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while not list(cache.parent.glob(".cache.sqlite.importing-*")):
        assert child.poll() is None and time.monotonic() < deadline, "import never started"
        time.sleep(0.05)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert not cache.exists() and list(cache.parent.glob(".cache.sqlite.importing-*"))
    run_admin("doctor", "--cache", str(cache))
    assert list(cache.parent.iterdir()) == []
