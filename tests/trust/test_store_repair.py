"""Found by the attack run: what an update does with a store someone changed.

Only a version whose files match the newly verified metadata counts as installed. An
attacker-signed version planted in the store (with the pointer moved to it) must not raise the
anti-rollback floor to its number (that would lock out every real version below it), and the
update puts back the version the laptop should have: the highest it ever installed."""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop_app.trust.install_state import load_state
from desktop_app.trust.model_store import ModelStore
from tests.trust.conftest import Keys, World, new_repository


def plant_attacker_version(world: World, tmp_path: Path, keys: Keys, version: int = 9) -> None:
    attacker = Keys(keys.attacker[:3], *keys.attacker[3:6], [], [])
    evil = World(tmp_path / "evil", attacker, new_repository(tmp_path / "evil-repo", attacker),
                 tmp_path / "evil-share", ModelStore(tmp_path / "evil-store"))
    (tmp_path / "evil").mkdir()
    evil.add(version)
    evil.publish()
    evil.update()
    shutil.copytree(evil.store.version_dir(version), world.store.version_dir(version))
    world.store.pointer_path.write_text(f"v{version}\n")


def test_planted_version_does_not_raise_the_floor(
    installed_v1: World, tmp_path: Path, keys: Keys
) -> None:
    world = installed_v1
    plant_attacker_version(world, tmp_path, keys)
    result = world.update()
    assert result.installed_version == 1 and "reinstalled" in result.message
    assert load_state(world.store.state_path).highest_model_version == 1
    assert world.load().version == 1
    world.add(2)
    world.publish()
    assert world.update().installed_version == 2  # a real version 2 is not locked out


def test_pointer_moved_back_is_repaired_by_an_update(installed_v1: World) -> None:
    world = installed_v1
    world.add(2)
    world.publish()
    world.update()
    world.store.pointer_path.write_text("v1\n")
    result = world.update()
    assert result.installed_version == 2 and result.status == "installed"
    assert world.load().version == 2


def test_damaged_pointer_is_repaired_by_an_update(installed_v1: World) -> None:
    world = installed_v1
    world.store.pointer_path.write_text("../../etc")
    result = world.update()
    assert result.installed_version == 1 and "reinstalled" in result.message
    assert world.load().version == 1
