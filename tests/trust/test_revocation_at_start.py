"""Finding 3: start-up verification honours key revocation.

After a targets key is revoked (root v2), a package re-signed with the revoked key under the
older root chain (root v1 only) must not load. The kept metadata of the installed version is
refreshed whenever a newer root or targets is verified, so the good model keeps loading, and a
withdrawal published after the revocation still shows as a withdrawal."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop_app.trust.errors import ModelUnavailable
from desktop_app.trust.install_state import load_state
from desktop_app.trust.model_store import ModelStore
from tests.trust.conftest import PERIOD, World, make_model
from training.signing.central_repository import CentralRepository, utc_now
from training.signing.packages import add_package, withdraw
from training.signing.publish import publish
from training.signing.root_changes import revoke_key


def revoke_targets_key(world: World) -> None:
    keys = world.keys
    missing = revoke_key(world.repo, "targets", keys.targets.public_key.keyid,
                         [*keys.root[:2], keys.spare[0], keys.snapshot, keys.timestamp],
                         replacement=keys.spare[0].public_key)
    assert missing == []
    world.publish()


def plant_package_signed_under_old_root(world: World, old_repo: Path, tmp_path: Path) -> None:
    """What a thief of the revoked targets key can build: root v1 only, version 9."""
    evil_repo = CentralRepository(old_repo)
    folder = make_model(tmp_path / "evil-model", weight=-5.0)
    keys = world.keys
    add_package(evil_repo, folder, 9, [keys.targets, keys.snapshot, keys.timestamp], PERIOD)
    share = tmp_path / "evil-share"
    publish(evil_repo, share)
    scratch = World(tmp_path, keys, evil_repo, share, ModelStore(tmp_path / "scratch-store"))
    assert scratch.update().installed_version == 9  # a fresh store only knows root v1
    shutil.copytree(scratch.store.version_dir(9), world.store.version_dir(9))
    world.store.pointer_path.write_text("v9\n")


def test_package_resigned_with_revoked_key_refused_at_start(
    installed_v1: World, tmp_path: Path
) -> None:
    world = installed_v1
    before_revocation = tmp_path / "repo-before-revocation"
    shutil.copytree(world.repo.path, before_revocation)
    revoke_targets_key(world)
    assert world.update().status == "up-to-date"
    assert load_state(world.store.state_path).metadata_versions["root"] == 2
    assert world.load().version == 1  # the kept metadata was refreshed to root v2

    plant_package_signed_under_old_root(world, before_revocation, tmp_path)
    with pytest.raises(ModelUnavailable, match=r"root version 1\) is older than what this "
                                               r"laptop already verified \(root version 2\).*"
                                               r"revoked.*models update"):
        world.load()


def test_kept_metadata_refreshed_when_targets_is_renewed(installed_v1: World) -> None:
    world = installed_v1
    world.repo.renew({"targets"}, world.all_signers)
    world.publish()
    assert world.update().status == "up-to-date"
    state = load_state(world.store.state_path)
    kept = world.store.version_dir(1) / "signed-metadata" / "targets.json"
    assert f'"version": {state.metadata_versions["targets"]}' in kept.read_text()
    assert world.load().version == 1


def test_kept_metadata_older_than_recorded_targets_refused(installed_v1: World) -> None:
    world = installed_v1
    old_kept = world.base / "old-kept"
    shutil.copytree(world.store.version_dir(1) / "signed-metadata", old_kept)
    world.repo.renew({"targets"}, world.all_signers)
    world.publish()
    world.update()
    kept = world.store.version_dir(1) / "signed-metadata"
    shutil.rmtree(kept)
    shutil.copytree(old_kept, kept)  # put back the metadata from before the renewal
    with pytest.raises(ModelUnavailable, match=r"targets version 2\) is older than what "
                                               r"this laptop already verified \(targets "
                                               r"version 3\)"):
        world.load()


def test_withdrawal_after_revocation_still_shows_as_withdrawal(installed_v1: World) -> None:
    world = installed_v1
    revoke_targets_key(world)
    world.update()
    withdraw(world.repo, 1, "trained on a broken extract", world.all_signers)
    world.publish()
    result = world.update()
    assert result.status == "withdrawn"
    model = world.load()
    assert model.withdrawn and model.withdrawn_reason == "trained on a broken extract"
    shutil.rmtree(world.store.metadata_dir)  # the cache may go; the kept metadata says it too
    assert world.load().withdrawn


def test_version_no_longer_listed_is_not_used(installed_v1: World) -> None:
    world = installed_v1
    targets = world.repo.latest("targets")
    for path in [p for p in targets.signed.targets if p.startswith("model/1/")]:
        del targets.signed.targets[path]
    world.repo.commit_targets(targets, world.all_signers, utc_now())
    world.publish()
    result = world.update()
    assert result.status == "withdrawn" and "no longer listed" in result.message
    with pytest.raises(ModelUnavailable, match="targets version"):
        world.load()
