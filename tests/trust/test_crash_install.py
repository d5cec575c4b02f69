"""Must-hold: the installer killed (SIGKILL) mid-install leaves the previous model working."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.trust.conftest import World

PROJECT_ROOT = Path(__file__).resolve().parents[2]

# The child runs a real update and parks at the chosen point so the kill lands exactly there.
CHILD = r"""
import sys, time
from pathlib import Path
share, store, root_file, marker, point = sys.argv[1:6]
from desktop_app.trust import update, model_store

def park():
    Path(marker).write_text("here")
    time.sleep(120)

if point == "download":
    original = update.Updater.download_target
    def download_target(self, *args, **kwargs):
        result = original(self, *args, **kwargs)
        park()
        return result
    update.Updater.download_target = download_target
else:  # after the version folder is renamed into place, before the pointer switches
    def commit_version(self, staged, version):
        import os
        os.replace(staged, self.version_dir(version))
        park()
    model_store.ModelStore.commit_version = commit_version

update.check_for_updates(Path(share), Path(store), trust_root=Path(root_file).read_bytes())
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("point", ["download", "commit"])
def test_kill_during_install_keeps_previous_model(installed_v1: World, point: str) -> None:
    world = installed_v1
    world.add(2, weight=5.0)
    world.publish()
    root_file = world.base / "root.json"
    root_file.write_bytes(world.root_bytes)
    marker = world.base / f"parked-{point}"
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            CHILD,
            str(world.share),
            str(world.store.root),
            str(root_file),
            str(marker),
            point,
        ],
        cwd=PROJECT_ROOT,
        env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)},
    )
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert child.poll() is None, "installer exited before reaching the kill point"
            assert time.monotonic() < deadline, "installer never reached the kill point"
            time.sleep(0.05)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    model = world.load()  # the previous model still verifies and loads
    assert model.version == 1
    from desktop_app.trust.session import open_inference_session

    assert open_inference_session(model) is not None
    # the next update cleans up and completes
    result = world.update()
    assert result.installed_version == 2
    assert world.load().version == 2
    leftovers = [p.name for p in world.store.root.iterdir() if p.name.startswith(".")]
    assert leftovers == []
