"""Findings 5 and 6: `publish` repairs a corrupted share file of the right size, and neither
`add` nor `publish` lets through a package that every laptop would refuse."""

from __future__ import annotations

import pytest

from desktop_app.trust.errors import UpdateRefused
from desktop_app.trust.package_info import packages_in
from tests.trust.conftest import PERIOD, World, make_model
from training.signing.central_repository import SigningError
from training.signing.packages import add_package, withdraw


def test_republish_repairs_a_corrupted_share_file_of_the_same_size(installed_v1: World) -> None:
    world = installed_v1
    world.add(2, weight=2.0)
    world.publish()
    path = world.share_target(2)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01  # same name, same size, wrong content
    path.write_bytes(bytes(data))
    with pytest.raises(UpdateRefused, match="does not match its signed"):
        world.update()  # the laptop refuses it ...
    world.publish()  # ... and the runbook's remedy works
    assert world.update().installed_version == 2


def test_add_refuses_a_package_laptops_would_refuse_without_burning_the_version(
    installed_v1: World,
) -> None:
    world = installed_v1
    targets_before = world.repo.latest("targets").signed.version
    bad = make_model(world.base / "bad", domain="com.microsoft")
    with pytest.raises(SigningError, match=r"model version 2 would be refused by every laptop: "
                                           r".*'com\.microsoft'"):
        add_package(world.repo, bad, 2, world.all_signers, PERIOD)
    assert world.repo.latest("targets").signed.version == targets_before
    assert not (world.repo.targets_dir / "model" / "2").exists()
    world.add(2)  # the version number is still free
    world.publish()
    assert world.update().installed_version == 2


def test_add_refuses_a_manifest_naming_a_file_laptops_will_not_load(world: World) -> None:
    folder = make_model(world.base / "m")
    (folder / "manifest.json").write_text('{"horizons": [], "arms": ["none"], '
                                          '"primary_horizon": 26, "propensity_file": "../x.onnx",'
                                          ' "members": 1}')
    (folder / "feature_schema.json").write_text('{"version": 1, "features": []}')
    with pytest.raises(SigningError, match=r"model version 1 would not load on a laptop"):
        add_package(world.repo, folder, 1, world.all_signers, PERIOD)


def test_publish_refuses_a_signed_unsafe_version_before_writing(
    installed_v1: World, monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    world = installed_v1
    # signed by an older tool that had no laptop checks
    monkeypatch.setattr("training.signing.packages.check_as_laptop", lambda *_a, **_k: None)
    add_package(world.repo, make_model(world.base / "bad", opset=12), 2, world.all_signers,
                PERIOD)
    monkeypatch.undo()
    fresh = tmp_path / "fresh-share"
    with pytest.raises(SigningError, match=r"not published: model version 2 would be refused "
                                           r"by every laptop: .*opset 12.*models withdraw"):
        world.publish_to(fresh)
    assert not fresh.exists()
    withdraw(world.repo, 2, "exported with an untested opset", world.all_signers)
    world.publish_to(fresh)  # withdrawn versions are never installed, so not checked
    assert packages_in(world.repo.latest("targets").signed.targets)[2].withdrawn
