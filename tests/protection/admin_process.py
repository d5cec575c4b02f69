"""Run `wayfinder-admin` in a child process under hard conditions: a full disk, or without
root's power to ignore file permissions (so a read-only file or folder is read-only even in a
root CI).

A full disk is real where the machine allows it: the cache is copied onto a small tmpfs in a
private mount namespace of the child (`unshare --mount`), so writes fail with ENOSPC, and the
file is copied back afterwards. Elsewhere a file-size limit stands in (writes fail with
EFBIG, which SQLite reports as a disk I/O error rather than "full")."""

from __future__ import annotations

import os
import resource
import shlex
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DAC_CAPS = "-dac_override,-dac_read_search,-fowner"


def run_admin(*args: str, file_size_limit: int | None = None, honour_permissions: bool = False,
              env: dict[str, str] | None = None,
              timeout: float = 180) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "desktop_app.admin.cli", *args]
    if honour_permissions and os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: permissions cannot be enforced")
        command = [setpriv, f"--inh-caps={DAC_CAPS}", f"--bounding-set={DAC_CAPS}", "--",
                   *command]

    def limit() -> None:
        if file_size_limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit, file_size_limit))

    return subprocess.run(command, cwd=PROJECT_ROOT, env={**os.environ, **(env or {})},
                          capture_output=True, text=True, timeout=timeout,
                          preexec_fn=limit)


@cache
def can_mount_a_small_disk() -> bool:
    if sys.platform != "linux" or os.geteuid() != 0 or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "--mount", "sh", "-c",
                            "mount -t tmpfs -o size=64k tmpfs /mnt"], capture_output=True)
    return probe.returncode == 0


def run_admin_on_a_full_disk(cache_file: Path, *args: str,
                             room: int) -> tuple[subprocess.CompletedProcess[str], bool]:
    """Run with `cache_file` on a disk with `room` bytes free beyond it (its -wal and -shm
    files come along, and the state the command left is copied back). Returns the result and
    whether the disk was really full (tmpfs) or a file-size limit stood in."""
    files = sorted(cache_file.parent.glob(cache_file.name + "*"))
    used = sum(p.stat().st_size for p in files)
    if not can_mount_a_small_disk():
        args_here = [a.replace("{cache}", str(cache_file)) for a in args]
        return run_admin(*args_here, file_size_limit=cache_file.stat().st_size + room), False
    disk = cache_file.parent / ".small-disk"
    disk.mkdir(exist_ok=True)
    inside = disk / cache_file.name
    out, err, rc = (cache_file.parent / f".small-disk.{n}" for n in ("out", "err", "rc"))
    command = shlex.join([sys.executable, "-m", "desktop_app.admin.cli",
                          *(a.replace("{cache}", str(inside)) for a in args)])
    script = "\n".join([
        "set -e",
        f"mount -t tmpfs -o size={used + room} tmpfs {shlex.quote(str(disk))}",
        *(f"cp -p {shlex.quote(str(p))} {shlex.quote(str(disk))}/" for p in files),
        "set +e",
        f"{command} > {shlex.quote(str(out))} 2> {shlex.quote(str(err))}",
        f"echo $? > {shlex.quote(str(rc))}",
        *(f"rm -f {shlex.quote(str(p))}" for p in files),
        f"cp -p {shlex.quote(str(disk))}/{shlex.quote(cache_file.name)}* "
        f"{shlex.quote(str(cache_file.parent))}/",
    ])
    subprocess.run(["unshare", "--mount", "sh", "-c", script], cwd=PROJECT_ROOT, check=True,
                   timeout=300)
    result = subprocess.CompletedProcess(command, int(rc.read_text()), out.read_text(),
                                         err.read_text())
    for path in (out, err, rc):
        path.unlink()
    disk.rmdir()
    return result, True


def assert_clear_failure(result: subprocess.CompletedProcess[str], *phrases: str) -> str:
    """A non-zero exit with one sentence on stderr naming what is wrong; no traceback."""
    assert result.returncode != 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    assert "\nwayfinder-admin: error: " in "\n" + result.stderr, result.stderr  # after notes
    for phrase in phrases:
        assert phrase in result.stderr, (phrase, result.stderr)
    return result.stderr
