"""Attacks on delegated publishers. Each forges what a compromised (or careless) municipality
could put on the share, with the keys that municipality really holds, and runs the real
laptop update. Every attack must be refused with a message naming what is wrong, leave the
laptop's model store byte-identical, and leave the good model in use."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from securesystemslib.signer import CryptoSigner
from tuf.api.metadata import Metadata, TargetFile, Targets

from desktop_app.trust.errors import ModelUnavailable, UpdateRefused
from desktop_app.trust.model_store import ModelStore
from desktop_app.trust.package_info import custom_data
from desktop_app.trust.update import check_for_updates
from tests.trust.conftest import PERIOD, Keys, World, make_model
from tests.trust.delegated_world import Delegated, build_delegated, tree_digest, world_now
from training.signing.central_repository import write_metadata
from training.signing.delegations import change_publisher_keys, revoke_publisher


@pytest.fixture
def delegated(world: World, keys: Keys) -> Delegated:
    d = build_delegated(world, keys)
    d.add_shared(5)
    d.add_for("odense", 10)
    d.add_for("aarhus", 11)
    d.publish()
    return d


@pytest.fixture
def laptops(delegated: Delegated) -> dict[str, ModelStore]:
    stores = {name: delegated.laptop(name) for name in ("odense", "aarhus")}
    for name, store in stores.items():
        delegated.update(store, name)
    return stores


def forge_delegate(
    d: Delegated,
    role: str,
    signers: list[CryptoSigner],
    change: Callable[[Targets], None],
    *,
    as_file_of: str | None = None,
) -> None:
    """Write a new version of `role`'s metadata changed by `change`, signed by `signers`
    (whatever keys the attacker holds), then let the national snapshot and timestamp
    automation sign the new state, and copy everything to the share WITHOUT the publish
    checks (a compromised publishing machine)."""
    repo = d.repo
    md = repo.latest(role)
    md.signed.version += 1
    change(md.signed)
    md.signatures.clear()
    for signer in signers:
        md.sign(signer, append=True)
    write_metadata(repo.metadata_dir, md, as_file_of or role)
    snapshot_md = repo._stage_snapshot(repo.latest("targets"), world_now())
    snapshot_md.sign(d.world.keys.snapshot)
    write_metadata(repo.metadata_dir, snapshot_md)
    timestamp_md = repo._stage_timestamp(snapshot_md, world_now())
    timestamp_md.sign(d.world.keys.timestamp)
    write_metadata(repo.metadata_dir, timestamp_md)
    copy_to_share(repo.path, d.world.share)


def copy_to_share(repo_path: Path, share: Path) -> None:
    for sub in ("targets", "metadata"):
        shutil.copytree(repo_path / sub, share / sub, dirs_exist_ok=True)


def package_target(d: Delegated, path: str, version: int, folder_name: str) -> TargetFile:
    """A real model file as target `path` (stored content-addressed in the repository)."""
    folder = make_model(d.world.base / folder_name, weight=9.0, extra_files=False)
    source = folder / "model.onnx"
    with source.open("rb") as handle:
        target = TargetFile.from_data(path, handle, ["sha256"])
    target.unrecognized_fields["custom"] = custom_data(version, PERIOD, "2026-12-06T00:00:00")
    parent, _, name = path.rpartition("/")
    stored = d.repo.targets_dir / parent / f"{target.hashes['sha256']}.{name}"
    stored.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, stored)
    return target


def add_targets(d: Delegated, version: int, paths: list[str]) -> Callable[[Targets], None]:
    def change(targets: Targets) -> None:
        for i, path in enumerate(paths):
            targets.targets[path] = package_target(d, path, version, f"forged-{version}-{i}")
    return change


def refused(d: Delegated, store: ModelStore, publisher: str, *expected: str) -> str:
    """Run the update; it must be refused naming `expected`, and change nothing."""
    before = tree_digest(store.root)
    version_before = d.load(store).version
    with pytest.raises(UpdateRefused) as caught:
        d.update(store, publisher)
    message = str(caught.value)
    for text in expected:
        assert text in message, message
    assert tree_digest(store.root) == before, f"the store changed ({message})"
    model = d.load(store)
    assert model.version == version_before and model.usable
    return message


def test_a_municipality_cannot_publish_for_another(delegated, laptops) -> None:
    odense_key = delegated.publisher_keys["odense"]
    forge_delegate(delegated, "odense", [odense_key],
                   add_targets(delegated, 30, ["publishers/aarhus/30/model.onnx"]))
    refused(delegated, laptops["odense"], "odense",
            "publisher 'odense'", "signs publishers/aarhus/30/model.onnx",
            "outside its delegated paths publishers/odense/*/*")
    # aarhus's laptop never even reads odense's metadata: its model stays, nothing installed
    result = delegated.update(laptops["aarhus"], "aarhus")
    assert result.installed_version == 11 and 30 not in result.available_versions
    assert delegated.load(laptops["aarhus"]).version == 11


def test_a_municipality_cannot_sign_another_municipality_metadata(delegated, laptops) -> None:
    """odense's key signs aarhus.json (a new package, or a withdrawal of aarhus's model)."""
    odense_key = delegated.publisher_keys["odense"]
    forge_delegate(delegated, "aarhus", [odense_key],
                   add_targets(delegated, 31, ["publishers/aarhus/31/model.onnx"]))
    refused(delegated, laptops["aarhus"], "aarhus", "aarhus", "signature check failed")


def test_a_municipality_cannot_withdraw_for_another(delegated, laptops) -> None:
    odense_key = delegated.publisher_keys["odense"]

    def withdraw_11(targets: Targets) -> None:
        for target in targets.targets.values():
            target.unrecognized_fields["custom"]["wayfinder"]["withdrawn"] = True
            target.unrecognized_fields["custom"]["wayfinder"]["withdrawn_reason"] = "sabotage"

    forge_delegate(delegated, "aarhus", [odense_key], withdraw_11)
    refused(delegated, laptops["aarhus"], "aarhus", "signature check failed")
    assert not delegated.load(laptops["aarhus"]).withdrawn


def test_a_municipality_cannot_withdraw_another_by_listing_its_paths(delegated, laptops) -> None:
    odense_key = delegated.publisher_keys["odense"]

    def list_aarhus_withdrawn(targets: Targets) -> None:
        target = package_target(delegated, "publishers/aarhus/11/model.onnx", 11, "w11")
        target.unrecognized_fields["custom"]["wayfinder"]["withdrawn"] = True
        targets.targets[target.path] = target

    forge_delegate(delegated, "odense", [odense_key], list_aarhus_withdrawn)
    refused(delegated, laptops["odense"], "odense", "outside its delegated paths")
    result = delegated.update(laptops["aarhus"], "aarhus")
    assert result.status == "up-to-date" and not delegated.load(laptops["aarhus"]).withdrawn


def test_a_municipality_cannot_sign_top_level_targets(delegated, laptops) -> None:
    odense_key = delegated.publisher_keys["odense"]
    forge_delegate(delegated, "targets", [odense_key],
                   add_targets(delegated, 40, ["model/40/model.onnx"]))
    refused(delegated, laptops["odense"], "odense", "targets", "signature check failed")


@pytest.mark.parametrize("path", [
    "publishers/odense/41/sub/model.onnx",   # a folder: deeper than the pattern
    "publishers/odense/../aarhus/41/model.onnx",
    "model/41/model.onnx",                   # a shared model's path
    "publishers/odense-x/41/model.onnx",     # a prefix of another name
])
def test_path_pattern_escapes_are_refused(delegated, laptops, path: str) -> None:
    odense_key = delegated.publisher_keys["odense"]
    forge_delegate(delegated, "odense", [odense_key], add_targets(delegated, 41, [path]))
    refused(delegated, laptops["odense"], "odense", "outside its delegated paths")


def test_threshold_not_met(delegated, laptops, keys: Keys) -> None:
    second = keys.spare[2]
    change_publisher_keys(delegated.repo, "odense", keys.online, add=[second.public_key],
                          threshold=2)
    delegated.repo.sign_role_step("odense", [delegated.publisher_keys["odense"], second])
    delegated.repo.sign_online(keys.online, world_now())
    delegated.publish()
    assert delegated.update(laptops["odense"], "odense").installed_version == 10
    # one of the two keys alone signs a new package
    forge_delegate(delegated, "odense", [delegated.publisher_keys["odense"]],
                   add_targets(delegated, 42, ["publishers/odense/42/model.onnx"]))
    refused(delegated, laptops["odense"], "odense", "odense", "signature check failed")


def test_a_rotated_out_key_is_refused(delegated, laptops, keys: Keys) -> None:
    old, new = delegated.publisher_keys["odense"], keys.spare[1]
    change_publisher_keys(delegated.repo, "odense", keys.online, add=[new.public_key],
                          remove=[old.public_key.keyid])
    delegated.repo.sign_role_step("odense", [new])
    delegated.repo.sign_online(keys.online, world_now())
    delegated.publish()
    assert delegated.update(laptops["odense"], "odense").installed_version == 10
    forge_delegate(delegated, "odense", [old],
                   add_targets(delegated, 43, ["publishers/odense/43/model.onnx"]))
    refused(delegated, laptops["odense"], "odense", "odense", "signature check failed")


def test_a_revoked_publisher_package_is_refused(delegated, laptops, keys: Keys) -> None:
    revoke_publisher(delegated.repo, "odense", keys.online)
    delegated.publish()
    result = delegated.update(laptops["odense"], "odense")
    assert result.status == "withdrawn"
    # the revoked publisher keeps signing with its (still valid) key: ignored, not installed
    forge_delegate(delegated, "odense", [delegated.publisher_keys["odense"]],
                   add_targets(delegated, 44, ["publishers/odense/44/model.onnx"]))
    result = delegated.update(laptops["odense"], "odense")
    assert 44 not in result.available_versions and result.status == "withdrawn"
    # the installed package of the revoked publisher is not used at start
    with pytest.raises(ModelUnavailable, match="older than what this laptop already verified"):
        delegated.load(laptops["odense"])


def test_replaying_an_older_share_after_revocation_is_refused(delegated, laptops, keys) -> None:
    old_share = delegated.world.keep_share("before-revocation")
    revoke_publisher(delegated.repo, "odense", keys.online)
    delegated.publish()
    delegated.update(laptops["odense"], "odense")
    before = tree_digest(laptops["odense"].root)
    with pytest.raises(UpdateRefused, match="rollback"):
        check_for_updates(old_share, laptops["odense"], trust_root=delegated.world.root_bytes,
                          publisher="odense")
    assert tree_digest(laptops["odense"].root) == before


def test_a_version_two_publishers_sign_is_refused(delegated, laptops) -> None:
    odense_key = delegated.publisher_keys["odense"]
    forge_delegate(delegated, "odense", [odense_key],
                   add_targets(delegated, 5, ["publishers/odense/5/model.onnx"]))
    refused(delegated, laptops["odense"], "odense", "model version 5 is signed by two publishers")


def test_a_publisher_cannot_delegate_further(delegated, laptops, keys: Keys) -> None:
    from tuf.api.metadata import DelegatedRole, Delegations

    odense_key = delegated.publisher_keys["odense"]

    def delegate(targets: Targets) -> None:
        targets.delegations = Delegations(keys={}, roles={
            "sub": DelegatedRole("sub", [], 1, True, paths=["publishers/odense/*/*"])})
        targets.add_key(keys.attacker[4].public_key, "sub")

    forge_delegate(delegated, "odense", [odense_key], delegate)
    refused(delegated, laptops["odense"], "odense", "publishers may not delegate")


def test_a_delegate_file_edited_on_the_share_is_refused(delegated) -> None:
    """A delegate file whose bytes differ from what the snapshot names (a fresh laptop, which
    has no cached copy to fall back on) is refused and nothing is installed."""
    share_file = max((delegated.world.share / "metadata").glob("*.odense.json"),
                     key=lambda p: int(p.name.split(".")[0]))
    md = Metadata.from_file(str(share_file))
    md.signed.targets.clear()
    share_file.write_bytes(md.to_bytes())
    fresh = delegated.laptop("fresh")
    with pytest.raises(UpdateRefused, match="odense"):
        delegated.update(fresh, "odense")
    assert fresh.current_version() is None
