"""The faults the outside run found (findings 4-7), and the design points of issue 16."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta

from tests.trust.attack_run.lab import (
    GOOD,
    PERIOD,
    PROJECT_ROOT,
    Lab,
    attack,
    demo_signers,
    flip,
    library_update,
    publish_package,
    share_file,
    tiny_model,
)


# -- operations the issue named as faults ---------------------------------------------------------
@attack("faults", "two updates at once (finding 4)", kind="other")
def _(lab: Lab) -> tuple[int, str]:
    root_file = lab.base / "root.json"
    from desktop_app.trust.trust_root import builtin_trust_root

    root_file.write_bytes(builtin_trust_root("demo"))
    marker, release = lab.base / "parked", lab.base / "release"
    child = subprocess.Popen(
        [sys.executable, "-c", PARKED_UPDATE, str(lab.share), str(lab.store), str(root_file),
         str(marker), str(release)], cwd=PROJECT_ROOT,
        env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while not marker.exists() and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        code, out = lab.update()
    finally:
        release.write_text("go")
        child_out, _child_err = child.communicate(timeout=120)
    told = code != 0 and "an update is already running" in out
    first_ok = child.returncode == 0 and "installed model version 3" in child_out
    return (1 if told and first_ok else 0), f"{out} | first update: {child_out.strip()}"


PARKED_UPDATE = r"""
import sys, time
from pathlib import Path
share, store, root_file, marker, release = sys.argv[1:6]
from desktop_app.trust import update
original = update.Updater.download_target
def download_target(self, *args, **kwargs):
    result = original(self, *args, **kwargs)
    Path(marker).write_text("here")
    while not Path(release).exists():
        time.sleep(0.05)
    return result
update.Updater.download_target = download_target
print(update.check_for_updates(Path(share), Path(store),
                               trust_root=Path(root_file).read_bytes()).message)
"""

KILLED_UPDATE = PARKED_UPDATE.replace(
    'while not Path(release).exists():\n        time.sleep(0.05)', 'time.sleep(120)')


def _killed() -> None:
    @attack("faults", "SIGKILL during an install (after a download)", kind="other")
    def _(lab: Lab) -> tuple[int, str]:
        from desktop_app.trust.trust_root import builtin_trust_root

        root_file = lab.base / "root.json"
        root_file.write_bytes(builtin_trust_root("demo"))
        marker = lab.base / "parked"
        child = subprocess.Popen(
            [sys.executable, "-c", KILLED_UPDATE, str(lab.share), str(lab.store),
             str(root_file), str(marker), str(lab.base / "never")], cwd=PROJECT_ROOT,
            env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)})
        deadline = time.monotonic() + 60
        while not marker.exists() and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        code, out = lab.verify()
        still_v2 = code == 0 and GOOD in out
        return (1 if still_v2 else 0), f"after the kill: {out}"


if sys.platform != "win32":
    _killed()


@attack("faults", "corrupted share file of the right size, re-published (finding 5)",
        kind="other")
def _(lab: Lab) -> tuple[int, str]:
    from training.signing.publish import publish

    flip(share_file(lab, 3))
    first, out = lab.update()
    publish(lab.repo(), lab.share)
    second, out2 = lab.update()
    ok = first != 0 and second == 0 and "installed model version 3" in out2
    return (1 if ok else 0), f"{out} | after re-publishing: {out2}"


@attack("faults", "publishing a package every laptop refuses (finding 6)", kind="central")
def _(lab: Lab) -> tuple[int, str]:
    from training.signing.central_repository import SigningError
    from training.signing.packages import add_package

    targets = lab.repo().latest("targets").signed.version
    try:
        add_package(lab.repo(), tiny_model(lab.base / "bad", 1.0, domain="com.microsoft"), 4,
                    demo_signers(), PERIOD)
    except SigningError as error:
        unburnt = lab.repo().latest("targets").signed.version == targets
        return (1 if unburnt else 0), f"add refused: {error}"
    return 0, "signed"


@attack("faults", "update with the clock in the future, then corrected (finding 7)",
        kind="other")
def _(lab: Lab) -> tuple[int, str]:
    code, out = library_update(lab, clock=datetime.now(UTC) + timedelta(days=5))
    assert code == 0, out
    locked, message = lab.update()
    reset, reset_out = lab.cli("models", "clock-reset", "--reason", "clock was 5 days ahead")
    after, after_out = lab.update()
    ok = locked != 0 and "clock-reset" in message and reset == 0 and after == 0
    return (1 if ok else 0), f"{message} | {reset_out} | {after_out}"


@attack("faults", "newest version refused, a good one below it", kind="other")
def _(lab: Lab) -> tuple[int, str]:
    publish_package(lab, tiny_model(lab.base / "bad", 4.0, domain="com.microsoft"), version=4)
    code, out = lab.update()
    ok = code == 0 and "installed model version 3" in out and "version 4 refused" in out
    return (1 if ok else 0), out


@attack("design", "an unencrypted key file on a production repository", kind="central")
def _(lab: Lab) -> tuple[int, str]:
    from training.signing.central_repository import CentralRepository
    from training.signing.keys import generate_key, load_public_key

    for name in ("r1", "r2", "t", "s", "ts"):
        generate_key(lab.base / "k", name, None)
    pub = {n: load_public_key(lab.base / "k" / f"{n}.public.json") for n in ("r1", "r2", "t",
                                                                             "s", "ts")}
    CentralRepository.create(lab.base / "prod", root_keys=[pub["r1"], pub["r2"]],
                             root_threshold=2,
                             role_keys={"targets": [pub["t"]], "snapshot": [pub["s"]],
                                        "timestamp": [pub["ts"]]})
    return lab.cli("models", "sign", lab.base / "prod", "--role", "root", "--key",
                   lab.base / "k" / "r1.private.pem")


@attack("design", "a 1-of-1 root on a production repository", kind="central")
def _(lab: Lab) -> tuple[int, str]:
    from training.signing.keys import generate_key

    generate_key(lab.base / "k", "only", b"a passphrase")
    public = lab.base / "k" / "only.public.json"
    return lab.cli("models", "init", lab.base / "prod", "--root-key", public,
                   "--root-threshold", "1", "--targets-key", public, "--snapshot-key", public,
                   "--timestamp-key", public)


@attack("design", "a root key used where only the targets key may sign", kind="central")
def _(lab: Lab) -> tuple[int, str]:
    root_key = PROJECT_ROOT / "training" / "demo_keys" / "DEMO-root-1.private.pem"
    return lab.cli("models", "add", lab.repo_path, tiny_model(lab.base / "m", 4.0), "--version",
                   "4", "--training-start", "2019-01-01", "--training-end", "2024-12-31",
                   "--key", root_key)


@attack("design", "a production build given the DEMO root", kind="central")
def _(lab: Lab) -> tuple[int, str]:
    from desktop_app.trust.errors import TrustRootError
    from desktop_app.trust.trust_root import DEMO_ROOT_FILE, ROOTS_DIR, builtin_trust_root

    roots = lab.base / "roots"
    roots.mkdir()
    shutil.copyfile(ROOTS_DIR / DEMO_ROOT_FILE, roots / DEMO_ROOT_FILE)
    shutil.copyfile(ROOTS_DIR / DEMO_ROOT_FILE, roots / "production_root.json")
    try:
        builtin_trust_root("production", roots)
    except TrustRootError as error:
        return 1, str(error)
    return 0, "trusted"
