"""The anti-rollback memory in an administrator-only location, when IT configures one.

With `[updates] state_dir` in the system configuration, install-state.json lives there: the
user cannot lower it (a rollback in the user's own store is still refused), and updates are
installed by IT as administrator (the user's update is refused before anything changes)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from desktop_app.trust.errors import ModelUnavailable, UpdateRefused
from desktop_app.trust.install_state import load_state
from desktop_app.trust.installed import load_verified_model
from desktop_app.trust.model_store import ModelStore
from desktop_app.trust.update import check_for_updates
from tests.trust.conftest import World

PROJECT_ROOT = Path(__file__).resolve().parents[2]
NOBODY = 65534


def admin_store(world: World, state_dir: Path) -> ModelStore:
    return ModelStore(world.store.root, state_dir)


def test_state_moves_to_the_admin_folder_and_the_store_copy_is_ignored(
    installed_v1: World, tmp_path: Path
) -> None:
    world = installed_v1
    store = admin_store(world, tmp_path / "admin")
    world.add(2)
    world.publish()
    assert check_for_updates(world.share, store, trust_root=world.root_bytes).installed_version == 2
    assert load_state(store.state_path).highest_model_version == 2
    # the user lowers the copy in their own store and moves the pointer back: still a rollback
    (world.store.root / "install-state.json").write_text(json.dumps({"highest_model_version": 0}))
    world.store.pointer_path.write_text("v1\n")
    with pytest.raises(ModelUnavailable, match="older than version 2"):
        load_verified_model(store, trust_root=world.root_bytes)


def test_first_update_with_an_admin_folder_starts_from_the_store_copy(
    installed_v1: World, tmp_path: Path
) -> None:
    world = installed_v1
    store = admin_store(world, tmp_path / "admin")
    assert load_verified_model(store, trust_root=world.root_bytes).version == 1
    assert check_for_updates(world.share, store, trust_root=world.root_bytes).status == "up-to-date"
    assert load_state(store.state_path).highest_model_version == 1


def test_update_without_write_access_is_refused_before_anything_changes(
    installed_v1: World, tmp_path: Path, monkeypatch
) -> None:
    world = installed_v1
    store = admin_store(world, tmp_path / "admin")
    monkeypatch.setattr(os, "access", lambda path, mode, **_k: mode != os.W_OK)
    (tmp_path / "admin").mkdir()
    with pytest.raises(UpdateRefused, match=r"administrator-only folder .*installed by IT as "
                                            r"administrator"):
        check_for_updates(world.share, store, trust_root=world.root_bytes)


CHILD = r"""
import json, sys
from pathlib import Path
from desktop_app.trust.errors import TrustError
from desktop_app.trust.installed import load_verified_model
from desktop_app.trust.install_state import save_state, load_state
from desktop_app.trust.model_store import ModelStore
from desktop_app.trust.update import check_for_updates
share, store_dir, state_dir, root_file = sys.argv[1:5]
root = Path(root_file).read_bytes()
store = ModelStore(Path(store_dir), Path(state_dir))
out = {"loaded": load_verified_model(store, trust_root=root).version}
try:
    check_for_updates(Path(share), store, trust_root=root)
    out["update"] = "installed"
except TrustError as error:
    out["update"] = str(error)
try:
    state = load_state(store.state_path)
    state.highest_model_version = 0
    save_state(store.state_path, state)
    out["lowered"] = True
except OSError as error:
    out["lowered"] = type(error).__name__
print(json.dumps(out))
"""


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0 or not shutil.which(
    "setpriv"), reason="needs root to run the user's side as another account")
def test_real_user_account_cannot_update_or_lower_the_record(installed_v1: World) -> None:
    world = installed_v1
    world.add(2)
    world.publish()
    base = Path(tempfile.mkdtemp(prefix="wayfinder-admin-state-"))
    try:
        base.chmod(0o755)
        share, store_dir, state_dir = base / "share", base / "store", base / "admin"
        shutil.copytree(world.share, share)
        shutil.copytree(world.store.root, store_dir)
        state_dir.mkdir(mode=0o755)
        state_dir.chmod(0o755)
        shutil.copyfile(world.store.state_path, state_dir / "install-state.json")
        (state_dir / "install-state.json").chmod(0o644)
        (base / "root.json").write_bytes(world.root_bytes)
        (base / "root.json").chmod(0o644)
        for path in [store_dir, *store_dir.rglob("*")]:
            os.chown(path, NOBODY, NOBODY, follow_symlinks=False)
            path.chmod(0o755 if path.is_dir() else 0o644)
        for path in [share, *share.rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)

        def as_user() -> dict:
            done = subprocess.run(
                ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups",
                 sys.executable, "-c", CHILD, str(share), str(store_dir), str(state_dir),
                 str(base / "root.json")],
                cwd=PROJECT_ROOT, env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT),
                                       "HOME": str(base)},
                capture_output=True, text=True, timeout=120)
            assert done.returncode == 0, done.stderr
            return json.loads(done.stdout)

        seen = as_user()
        assert seen["loaded"] == 1
        assert "administrator-only folder" in seen["update"]
        assert seen["lowered"] == "PermissionError"
        assert load_state(state_dir / "install-state.json").highest_model_version == 1
        # IT, as administrator (with the private umask every Wayfinder command sets), installs
        # the update into the machine-wide store; the user's app then reads it
        store = ModelStore(store_dir, state_dir)
        old_umask = os.umask(0o077)
        try:
            result = check_for_updates(share, store, trust_root=world.root_bytes)
        finally:
            os.umask(old_umask)
        assert result.installed_version == 2
        assert as_user()["loaded"] == 2
    finally:
        shutil.rmtree(base, ignore_errors=True)
