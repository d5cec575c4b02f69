"""Finding 4: two updates at once (the app's background check and an IT script). The second one
waits or says "an update is already running"; neither crashes nor reports missing metadata."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from desktop_app.trust.errors import UpdateRefused
from tests.trust.conftest import World

PROJECT_ROOT = Path(__file__).resolve().parents[2]

# A real update that parks right after its first download (holding the store's update lock)
# until the release file appears.
CHILD = r"""
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


def start_parked_update(world: World) -> tuple[subprocess.Popen, Path]:
    root_file = world.base / "root.json"
    root_file.write_bytes(world.root_bytes)
    marker, release = world.base / "parked", world.base / "release"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(world.share), str(world.store.root), str(root_file),
         str(marker), str(release)],
        cwd=PROJECT_ROOT, env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not marker.exists():
        assert child.poll() is None, child.communicate()
        assert time.monotonic() < deadline, "the first update never started downloading"
        time.sleep(0.05)
    return child, release


def store_listing(world: World) -> dict[str, bytes]:
    files = {}
    for path in sorted(world.store.root.rglob("*")):
        if path.is_file() and not path.name.endswith(".lock") and ".check-" not in str(path) \
                and ".staging-" not in str(path):
            files[str(path.relative_to(world.store.root))] = path.read_bytes()
    return files


def test_second_update_is_told_one_is_running(installed_v1: World) -> None:
    world = installed_v1
    world.add(2, weight=2.0)
    world.publish()
    before = store_listing(world)
    child, release = start_parked_update(world)
    try:
        started = time.monotonic()
        with pytest.raises(UpdateRefused, match=r"an update is already running \(process "
                                                 rf"{child.pid}, since .*nothing was changed"):
            world.update()
        assert time.monotonic() - started < 5
        assert store_listing(world) == before
        assert world.load().version == 1
    finally:
        release.write_text("go")
        out, err = child.communicate(timeout=60)
    assert child.returncode == 0, err
    assert "installed model version 2" in out
    assert world.load().version == 2


def test_second_update_waits_for_the_first(installed_v1: World) -> None:
    world = installed_v1
    world.add(2, weight=2.0)
    world.publish()
    child, release = start_parked_update(world)
    timer = threading.Timer(1.0, lambda: release.write_text("go"))
    timer.start()
    try:
        result = world.update(wait_seconds=60)  # waits, then finds version 2 installed
    finally:
        timer.cancel()
        release.write_text("go")
        child.communicate(timeout=60)
    assert result.status == "up-to-date" and result.installed_version == 2


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_update_leaves_no_stale_lock(installed_v1: World) -> None:
    world = installed_v1
    world.add(2, weight=2.0)
    world.publish()
    child, _release = start_parked_update(world)
    os.kill(child.pid, signal.SIGKILL)
    child.communicate(timeout=30)
    assert world.update().installed_version == 2  # the kernel released the dead one's lock


def test_updates_from_two_threads_never_crash(installed_v1: World) -> None:
    world = installed_v1
    world.add(2, weight=2.0)
    world.publish()
    results, errors = [], []

    def run() -> None:
        try:
            results.append(world.update(wait_seconds=60))
        except Exception as error:
            errors.append(error)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert errors == []
    assert sorted(r.status for r in results) == ["installed", "up-to-date", "up-to-date",
                                                 "up-to-date"]
    assert world.load().version == 2
