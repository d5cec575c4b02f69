"""Must-hold: the trust root is built in; no user setting, config or environment variable can
swap it; a production build refuses the demo root."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import desktop_app.trust.update as update_module
from desktop_app.trust import trust_root
from desktop_app.trust.errors import ModelUnavailable, TrustRootError, UpdateRefused
from desktop_app.trust.installed import load_verified_model
from desktop_app.trust.model_store import ModelStore
from desktop_app.trust.trust_root import (
    DEMO_MARKER,
    DEMO_ROOT_FILE,
    PRODUCTION_ROOT_FILE,
    ROOTS_DIR,
    builtin_trust_root,
)
from tests.trust.conftest import Keys, World, new_repository

TRUST_SOURCES = Path(trust_root.__file__).parent


def test_demo_build_trusts_the_shipped_demo_root() -> None:
    signed = json.loads(builtin_trust_root("demo"))["signed"]
    assert signed["_type"] == "root" and signed[DEMO_MARKER] is True
    assert signed["roles"]["root"]["threshold"] == 2 and len(signed["roles"]["root"]["keyids"]) == 3
    demo_key_ids = {
        json.loads(p.read_text())["keyid"]
        for p in (ROOTS_DIR.parents[2] / "training" / "demo_keys").glob("DEMO-root-*.public.json")
    }
    assert set(signed["roles"]["root"]["keyids"]) == demo_key_ids


def test_production_build_without_root_refuses(tmp_path: Path) -> None:
    shutil.copyfile(ROOTS_DIR / DEMO_ROOT_FILE, tmp_path / DEMO_ROOT_FILE)
    with pytest.raises(TrustRootError, match="production build has no trust root"):
        builtin_trust_root("production", tmp_path)


def test_production_build_refuses_demo_root(tmp_path: Path) -> None:
    shutil.copyfile(ROOTS_DIR / DEMO_ROOT_FILE, tmp_path / DEMO_ROOT_FILE)
    shutil.copyfile(ROOTS_DIR / DEMO_ROOT_FILE, tmp_path / PRODUCTION_ROOT_FILE)
    with pytest.raises(TrustRootError, match="refuses the demo trust root"):
        builtin_trust_root("production", tmp_path)


def test_production_build_refuses_root_with_demo_keys(tmp_path: Path) -> None:
    shutil.copyfile(ROOTS_DIR / DEMO_ROOT_FILE, tmp_path / DEMO_ROOT_FILE)
    raw = json.loads((ROOTS_DIR / DEMO_ROOT_FILE).read_text())
    del raw["signed"][DEMO_MARKER]  # marker stripped, keys still DEMO
    (tmp_path / PRODUCTION_ROOT_FILE).write_text(json.dumps(raw))
    with pytest.raises(TrustRootError, match="contains DEMO key"):
        builtin_trust_root("production", tmp_path)


def test_production_build_accepts_own_root(tmp_path: Path, keys: Keys) -> None:
    shutil.copyfile(ROOTS_DIR / DEMO_ROOT_FILE, tmp_path / DEMO_ROOT_FILE)
    repo = new_repository(tmp_path / "repo", keys)
    shutil.copyfile(repo.metadata_dir / "1.root.json", tmp_path / PRODUCTION_ROOT_FILE)
    assert (
        builtin_trust_root("production", tmp_path)
        == (repo.metadata_dir / "1.root.json").read_bytes()
    )


def test_unknown_flavour_refused() -> None:
    with pytest.raises(TrustRootError, match="unknown build flavour"):
        builtin_trust_root("staging")


def test_trust_modules_read_no_environment_or_settings() -> None:
    for path in TRUST_SOURCES.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        for word in (
            "os.environ",
            "getenv",
            "QSettings",
            "desktop_app.locations",
            "app_data_dir",
            "expanduser",
            "Path.home",
        ):
            assert word not in text, f"{path.name} consults {word}: trust must not be configurable"


def test_user_configuration_cannot_swap_the_trust_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, keys: Keys
) -> None:
    """An attacker-made repository, with its root planted wherever a user could put it and
    every plausible environment variable pointing at it, is still refused."""
    attacker = Keys(keys.attacker[:3], *keys.attacker[3:6], [], [])
    evil = World(
        tmp_path,
        attacker,
        new_repository(tmp_path / "evil-repo", attacker),
        tmp_path / "evil-share",
        ModelStore(tmp_path / "home" / "models"),
    )
    evil.add(9)
    evil.publish()
    evil_root = evil.repo.metadata_dir / "1.root.json"
    home = tmp_path / "home"
    monkeypatch.setenv("WAYFINDER_HOME", str(home))
    for name in (
        "WAYFINDER_TRUST_ROOT",
        "WAYFINDER_ROOT",
        "WAYFINDER_BUILD_FLAVOUR",
        "TUF_ROOT",
        "WAYFINDER_MODEL_ROOT",
    ):
        monkeypatch.setenv(name, str(evil_root))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    store = ModelStore(home / "models")
    store.ensure()
    # planted as python-tuf's cached root, as a "config" root and next to the store
    (store.metadata_dir / "root_history").mkdir(parents=True)
    for planted in (
        store.metadata_dir / "root.json",
        store.metadata_dir / "root_history" / "1.root.json",
        store.metadata_dir / "root_history" / "2.root.json",
        home / "trust_root.json",
        home / "root.json",
    ):
        shutil.copyfile(evil_root, planted)
    (home / "settings.json").write_text(json.dumps({"trust_root": str(evil_root)}))
    before = (ROOTS_DIR / DEMO_ROOT_FILE).read_bytes()

    assert builtin_trust_root() == before  # the default path ignores all of the above
    with pytest.raises(UpdateRefused, match="signature check failed|root"):
        update_module.check_for_updates(evil.share, store)  # default trust root: built in
    assert store.current_version() is None
    with pytest.raises(ModelUnavailable):
        load_verified_model(store)


def test_planted_installed_model_with_forged_metadata_refused(
    tmp_path: Path, installed_v1: World, keys: Keys
) -> None:
    """Copying an attacker-signed package into the store (as a user could) is refused at start."""
    attacker = Keys(keys.attacker[:3], *keys.attacker[3:6], [], [])
    evil = World(
        tmp_path / "e",
        attacker,
        new_repository(tmp_path / "e-repo", attacker),
        tmp_path / "e-share",
        ModelStore(tmp_path / "e-store"),
    )
    (tmp_path / "e").mkdir()
    evil.add(9)
    evil.publish()
    evil.update()
    shutil.copytree(evil.store.version_dir(9), installed_v1.store.version_dir(9))
    installed_v1.store.pointer_path.write_text("v9\n")
    with pytest.raises(ModelUnavailable, match="timestamp.json is signed by 0 of the 1 required"):
        installed_v1.load()
