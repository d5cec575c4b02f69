"""Hostile and unlucky bundles at the edges of the contract (issue 15, findings 1, 2, 11, 13,
14): each is refused whole with a message naming what is wrong, the cache is unchanged, and
nothing outside the bundle folder is read or written."""

from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path

import pytest

from desktop_app.admin.cli import main
from desktop_app.bundle.issues import BundleError
from desktop_app.bundle.reader import read_bundle
from desktop_app.cache.audit import AuditLog
from desktop_app.cache.connection import open_cache
from desktop_app.cache.exporter import export_bundle
from desktop_app.cache.importer import import_bundle
from tests.conftest import write_audit_key
from tests.foundation.bundle_factory import citizens, write_bundle

KEY = b"e" * 32
SECRET = "root:x:0:0:TOP-SECRET-LINE:/root:/bin/bash\n"


@pytest.fixture
def world(tmp_path: Path, wayfinder_home: Path):  # type: ignore[no-untyped-def]
    """A cache imported from a 40-citizen bundle, the key where the commands find it, and a
    file outside every bundle that must never be read."""
    cache = tmp_path / "cache.sqlite"
    write_audit_key(wayfinder_home, KEY)
    assert main(["import", str(write_bundle(tmp_path / "first", n=40)), "--cache", str(cache),
                 "--quiet"]) == 0
    secret = tmp_path / "outside" / "passwd"
    secret.parent.mkdir()
    secret.write_text(SECRET)
    return cache, secret


def snapshot(cache: Path) -> tuple:
    db = open_cache(cache, create=False)
    try:
        tables = [r[0] for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%'")]
        return tuple(tuple(db.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall())
                     for t in tables)
    finally:
        db.close()


def refused(cache: Path, bundle: Path, capsys, *extra: str) -> str:  # type: ignore[no-untyped-def]
    """Import `bundle` expecting a clear refusal (exit 2, no traceback, cache unchanged)."""
    before = snapshot(cache)
    capsys.readouterr()
    code = main(["import", str(bundle), "--cache", str(cache), "--quiet", *extra])
    err = capsys.readouterr().err
    assert code == 2, err
    assert "Traceback" not in err and err.startswith("wayfinder-admin: error: ")
    assert snapshot(cache) == before, "a refused bundle changed the cache"
    return err


def newer(tmp_path: Path, name: str, **kwargs) -> Path:  # type: ignore[no-untyped-def]
    return write_bundle(tmp_path / name, n=kwargs.pop("n", 40),
                        exported_at="2026-02-01T00:00:00Z", **kwargs)


# --- finding 1: regular files only, nothing followed; kept names safe; export confined ------

@pytest.mark.parametrize("name", ["notes.txt", "citizens.jsonl", "manifest.json"])
def test_a_symbolic_link_is_refused_and_not_followed(world, tmp_path, capsys, name) -> None:  # type: ignore[no-untyped-def]
    cache, secret = world
    bundle = newer(tmp_path, "b")
    (bundle / name).unlink(missing_ok=True)
    (bundle / name).symlink_to(secret)
    err = refused(cache, bundle, capsys)
    assert f"{name}: is a symbolic link" in err and "regular files only" in err
    assert b"TOP-SECRET-LINE" not in b"".join(p.read_bytes() for p in tmp_path.glob("cache*"))


def test_a_link_to_the_laptops_own_audit_key_is_refused(world, tmp_path, capsys,
                                                         wayfinder_home) -> None:  # type: ignore[no-untyped-def]
    cache, _ = world
    bundle = newer(tmp_path, "b")
    (bundle / "key.bin").symlink_to(wayfinder_home / "keys" / "audit.key")
    assert "key.bin: is a symbolic link" in refused(cache, bundle, capsys)


def test_a_hard_linked_file_is_refused(world, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    cache, secret = world
    bundle = newer(tmp_path, "b")
    os.link(secret, bundle / "passwd.txt")
    assert "passwd.txt: is a hard link" in refused(cache, bundle, capsys)


def test_a_fifo_is_refused_without_blocking(world, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    cache, _ = world
    bundle = newer(tmp_path, "b")
    os.mkfifo(bundle / "decisions.jsonl.pipe")
    os.unlink(bundle / "outcomes.jsonl")
    os.mkfifo(bundle / "outcomes.jsonl")  # a reader that followed it would wait forever
    err = refused(cache, bundle, capsys)
    assert "outcomes.jsonl: is a FIFO" in err


def test_a_device_is_refused(world, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    cache, _ = world
    bundle = newer(tmp_path, "b")
    try:
        os.mknod(bundle / "zero.bin", stat.S_IFCHR | 0o600, os.makedev(1, 5))
    except PermissionError:
        pytest.skip("creating a device node needs CAP_MKNOD")
    assert "zero.bin: is a device" in refused(cache, bundle, capsys)


def test_a_folder_named_like_a_contract_file_is_refused(world, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    cache, _ = world
    bundle = newer(tmp_path, "b")
    (bundle / "decisions.jsonl").unlink()
    (bundle / "decisions.jsonl").mkdir()
    assert "decisions.jsonl: is a folder" in refused(cache, bundle, capsys)


@pytest.mark.parametrize("misnamed, meant", [
    ("decisions.json", "decisions.jsonl"), ("Citizens.jsonl", "citizens.jsonl"),
    ("outcomes.JSONL", "outcomes.jsonl"), ("Manifest.json", "manifest.json"),
])
def test_a_misnamed_contract_file_is_an_error(world, tmp_path, capsys, misnamed, meant) -> None:  # type: ignore[no-untyped-def]
    cache, _ = world
    bundle = newer(tmp_path, "b")
    source = bundle / (meant if (bundle / meant).exists() else "decisions.jsonl")
    if misnamed.lower() == meant:  # a case-only rename: copy, so both spellings exist
        shutil.copy(source, bundle / f"{misnamed}.tmp")
        os.replace(bundle / f"{misnamed}.tmp", bundle / misnamed)
    else:
        os.replace(source, bundle / misnamed)
    err = refused(cache, bundle, capsys)
    assert f"{misnamed}: looks like the contract file {meant}" in err


@pytest.mark.parametrize("name", ["a\\..\\..\\x.txt", "con.txt", "tab\there.txt", "x" * 200])
def test_an_unknown_file_with_an_unsafe_name_is_refused(world, tmp_path, capsys, name) -> None:  # type: ignore[no-untyped-def]
    cache, _ = world
    bundle = newer(tmp_path, "b")
    (bundle / name).write_text("x")
    assert "name that cannot be kept" in refused(cache, bundle, capsys)


def test_an_unknown_file_over_the_size_cap_is_refused(world, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    cache, _ = world
    bundle = newer(tmp_path, "b")
    with (bundle / "scan.pdf").open("wb") as handle:
        handle.truncate((16 << 20) + 1)
    assert "scan.pdf: unknown file of 16,777,217 bytes" in refused(cache, bundle, capsys)


def test_a_safe_unknown_file_is_still_kept_and_exported(world, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    cache, _ = world
    bundle = newer(tmp_path, "b")
    (bundle / "notat-økonomi (2).txt").write_text("kept")
    (bundle / ".DS_Store").write_text("finder")  # hidden files are no part of a bundle
    (bundle / "..\\..\\x.txt").write_text("hidden, with separators in its name")
    capsys.readouterr()
    assert main(["import", str(bundle), "--cache", str(cache), "--quiet"]) == 0
    said = capsys.readouterr().out
    assert "hidden file(s) ignored, not kept: '..\\\\..\\\\x.txt', '.DS_Store'" in said
    out = tmp_path / "export"
    assert main(["export", str(out), "--cache", str(cache)]) == 0
    assert (out / "notat-økonomi (2).txt").read_text() == "kept"
    assert not (out / ".DS_Store").exists()


def test_export_writes_only_inside_its_folder(world, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    """A cache written by an older version may hold a kept file named '../../x'."""
    cache, _ = world
    db = open_cache(cache, create=False)
    absolute = str(tmp_path / "absolute.txt")
    for name in ("../../escaped.txt", absolute, "citizens.jsonl", "ok.txt"):
        db.execute("INSERT INTO bundle_extra_files (name, content) VALUES (?, ?)",
                   (name, b"extra"))
    out = tmp_path / "deep" / "er" / "export"
    counts = export_bundle(db, out)
    db.close()
    assert not (tmp_path / "deep" / "escaped.txt").exists()
    assert not Path(absolute).exists()
    assert (out / "ok.txt").read_bytes() == b"extra"
    assert (out / "citizens.jsonl").read_bytes() != b"extra"  # never over a contract file
    assert sorted(counts.skipped_files) == sorted(["../../escaped.txt", absolute,
                                                   "citizens.jsonl"])
    capsys.readouterr()
    assert main(["export", str(tmp_path / "again"), "--cache", str(cache)]) == 0
    assert "not written: kept file '../../escaped.txt'" in capsys.readouterr().err


def test_a_file_swapped_for_a_link_after_the_scan_is_refused_at_read(tmp_path) -> None:
    from desktop_app.bundle.folder import UnsafeFile, read_regular_file

    target = tmp_path / "real.jsonl"
    target.write_text("{}\n")
    link = tmp_path / "citizens.jsonl"
    link.symlink_to(target)
    with pytest.raises(UnsafeFile, match="symbolic link"):
        read_regular_file(link)
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    with pytest.raises(UnsafeFile, match="FIFO"):
        read_regular_file(fifo)


# --- finding 2: a snapshot cannot silently empty the caseload; future manifests ----------

def _snapshot_bundle(tmp_path: Path, name: str, rows: list[dict]) -> Path:
    bundle = newer(tmp_path, name, citizens=rows, **{s: [] for s in (
        "decisions", "enrolments", "appointments", "outcomes", "assessments")})
    manifest = json.loads((bundle / "manifest.json").read_text())
    manifest["full_snapshot"] = True
    (bundle / "manifest.json").write_text(json.dumps(manifest))
    return bundle


@pytest.mark.parametrize("kept", [0, 20], ids=["empty citizens file", "cut in half"])
def test_a_shrinking_snapshot_is_refused_until_the_count_is_confirmed(
        world, tmp_path, capsys, kept) -> None:  # type: ignore[no-untyped-def]
    cache, _ = world
    bundle = _snapshot_bundle(tmp_path, "snap", citizens(40)[:kept])
    gone = 40 - kept
    err = refused(cache, bundle, capsys)
    assert f"would mark {gone} of the 40 cases" in err
    assert f"--confirm-departures {gone}" in err
    assert "cut-off citizens.jsonl" in err
    # a wrong count is refused too
    err = refused(cache, bundle, capsys, "--confirm-departures", str(gone - 1))
    assert f"but {gone - 1} departures were confirmed" in err
    assert main(["import", str(bundle), "--cache", str(cache), "--quiet",
                 "--confirm-departures", str(gone)]) == 0
    db = open_cache(cache, create=False)
    left = db.execute("SELECT count(*) FROM citizens WHERE left_caseload IS NOT NULL")
    assert left.fetchone()[0] == gone
    db.close()


def test_a_small_departure_needs_no_confirmation_and_the_share_is_configurable(
        world, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    cache, _ = world
    bundle = _snapshot_bundle(tmp_path, "snap", citizens(40)[:36])  # 4 of 40 = 10%: allowed
    assert main(["import", str(bundle), "--cache", str(cache), "--quiet"]) == 0
    smaller = _snapshot_bundle(tmp_path, "snap2", citizens(40)[:34])  # 2 of 36 more = 6%
    refused(cache, smaller, capsys, "--max-departure-share", "5")


def test_a_manifest_dated_in_the_future_is_refused(world, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    cache, _ = world
    bundle = write_bundle(tmp_path / "future", n=40, exported_at="9999-12-31T00:00:00Z")
    err = refused(cache, bundle, capsys)
    assert "manifest.json:1:exported_at: 9999-12-31T00:00:00Z lies in the future" in err
    assert main(["import", str(newer(tmp_path, "real")), "--cache", str(cache),
                 "--quiet"]) == 0  # real bundles still import


def test_a_future_date_already_imported_is_named_when_real_bundles_look_older(
        world, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    cache, _ = world
    db = open_cache(cache, create=False)  # imported by an older version, before the check
    db.execute("UPDATE imports SET exported_at = '9999-12-31T00:00:00Z'")
    db.close()
    err = refused(cache, newer(tmp_path, "real"), capsys)
    assert "That date lies in the future" in err and "--allow-older" in err


# --- finding 11: one key once per object -----------------------------------------------

def _edit_line(bundle: Path, name: str, index: int, text: str) -> None:
    path = bundle / name
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[index] = text
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.parametrize("line, key", [
    ('{"id": "C00000", "name": "A", "id": "C00099"}', "id"),
    ('{"id": "C00000", "attributes": {"kids": 1, "kids": 2}}', "kids"),
    ('{"id": "C00000", "x": "\\u003a", "name": "A", "name": "B"}', "name"),
    ('{"id": "C00000", "languages": [{"code": "da", "code": "en"}]}', "code"),
])
def test_a_key_repeated_inside_one_object_is_refused(world, tmp_path, capsys, line, key) -> None:  # type: ignore[no-untyped-def]
    cache, _ = world
    bundle = newer(tmp_path, "b")
    _edit_line(bundle, "citizens.jsonl", 0, line)
    err = refused(cache, bundle, capsys)
    assert f"citizens.jsonl:1:{key}: the key '{key}' appears twice in one object" in err


def test_a_repeated_key_in_the_manifest_is_refused(world, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    cache, _ = world
    bundle = newer(tmp_path, "b")
    (bundle / "manifest.json").write_text(
        '{"exported_at": "2026-02-01T00:00:00Z", "full_snapshot": false, '
        '"full_snapshot": true}')
    assert "manifest.json:1:full_snapshot: the key 'full_snapshot' appears twice" in refused(
        cache, bundle, capsys)


# --- finding 14 (bundle part): clear messages, never a traceback -----------------------

def test_a_byte_order_mark_is_named(world, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    cache, _ = world
    bundle = newer(tmp_path, "b")
    path = bundle / "citizens.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    err = refused(cache, bundle, capsys)
    assert "citizens.jsonl:1: the file starts with a byte-order mark (BOM)" in err
    assert "invalid character" not in err
    path.write_bytes(path.read_bytes()[3:].decode().encode("utf-16"))
    assert "is UTF-16 text" in refused(cache, bundle, capsys)


def test_a_line_of_spaces_is_a_blank_line(world, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    cache, _ = world
    bundle = newer(tmp_path, "b")
    path = bundle / "citizens.jsonl"
    lines = path.read_text().splitlines()
    path.write_text("\n".join([lines[0], "   \t ", *lines[1:]]) + "\n")
    assert main(["import", str(bundle), "--cache", str(cache), "--quiet"]) == 0


@pytest.mark.parametrize("field, value, named", [
    ("birth_year", 10**30, "birth_year"),
    ("attributes", {"kids": 10**30}, "attributes.kids"),
    ("shoe_size", -(10**25), "shoe_size"),
])
def test_a_huge_integer_is_named(world, tmp_path, capsys, field, value, named) -> None:  # type: ignore[no-untyped-def]
    cache, _ = world
    rows = citizens(40)
    rows[2][field] = value
    err = refused(cache, newer(tmp_path, "b", citizens=rows), capsys)
    assert f"citizens.jsonl:3:{named}: number too large" in err


def test_a_huge_integer_in_a_typed_programme_field_is_named(world, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    cache, _ = world
    bundle = newer(tmp_path, "b")
    rows = [json.loads(line) for line in (bundle / "programmes.jsonl").read_text().splitlines()]
    rows[0]["capacity"] = 10**30
    (bundle / "programmes.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    assert "programmes.jsonl:1:capacity: number too large" in refused(cache, bundle, capsys)


@pytest.mark.parametrize("depth", [65, 1000, 5000])
def test_deep_nesting_is_named(world, tmp_path, capsys, depth) -> None:  # type: ignore[no-untyped-def]
    cache, _ = world
    bundle = newer(tmp_path, "b")
    _edit_line(bundle, "citizens.jsonl", 0,
               '{"id": "C00000", "deep": ' + "[" * depth + "]" * depth + "}")
    assert "citizens.jsonl:1" in (err := refused(cache, bundle, capsys))
    assert "nested more than 64 levels deep" in err


def test_a_failed_first_encrypted_import_can_be_retried(tmp_path, memory_keyring, capsys,
                                                        monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Finding 13: the key made for the failed attempt no longer blocks the corrected one."""
    monkeypatch.delenv("WAYFINDER_CACHE_PASSPHRASE", raising=False)
    cache = tmp_path / "enc.sqlite"
    broken = write_bundle(tmp_path / "broken", n=5)
    (broken / "citizens.jsonl").write_text('{"id": "C00000", "birth_year": "old"}\n')
    assert main(["import", str(broken), "--cache", str(cache), "--encrypt", "--quiet"]) == 2
    assert not cache.exists() and not list(tmp_path.glob(".enc.sqlite*"))
    assert memory_keyring.secrets == {}
    assert main(["import", str(write_bundle(tmp_path / "fixed", n=5)), "--cache", str(cache),
                 "--encrypt", "--quiet"]) == 0, capsys.readouterr().err
    db = open_cache(cache, create=False)  # found in the keyring, under the cache's own name
    assert db["citizens"].count == 5
    db.close()
    assert [account for _, account in memory_keyring.secrets] == [str(cache.resolve())]


def test_a_bundle_read_in_process_gives_the_same_errors(tmp_path) -> None:
    """The library path (training, tests) refuses like the command."""
    bundle = write_bundle(tmp_path / "b", n=3)
    (bundle / "link.txt").symlink_to(bundle / "citizens.jsonl")
    with pytest.raises(BundleError, match="link.txt: is a symbolic link"):
        read_bundle(bundle)
    db = open_cache(tmp_path / "c.sqlite")
    (bundle / "link.txt").unlink()
    import_bundle(db, read_bundle(bundle), audit=AuditLog(db, KEY), actor="t")
    db.close()
