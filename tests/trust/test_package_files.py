"""Finding 2: the app loads only files the safety layer checked, by path inside the verified
package, with names that are single safe components listed in the signed metadata, and
external data resolved inside the package (never against the working directory).

The packages here are the shipped demo model's real files, re-signed with test keys after a
hostile edit (as a compromised signing machine could do)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import numpy as np
import onnx
import pytest

from desktop_app.scoring.model import ModelError, SuggestionModel
from desktop_app.trust.errors import TrustError
from desktop_app.trust.package_files import FolderPackage, safe_file_name
from desktop_app.trust.session import onnx_session
from tests.trust.conftest import PERIOD, World, make_model
from training.signing.packages import add_package

PROJECT_ROOT = Path(__file__).resolve().parents[2]
SHIPPED_TARGETS = PROJECT_ROOT / "models_onnx" / "targets" / "model"


def shipped_model(folder: Path) -> Path:
    """The shipped demo model package as a plain folder (content-address prefixes removed)."""
    (version_dir,) = SHIPPED_TARGETS.iterdir()
    folder.mkdir(parents=True)
    for path in version_dir.iterdir():
        shutil.copyfile(path, folder / path.name.split(".", 1)[1])
    return folder


def sign_and_install(world: World, folder: Path, version: int) -> None:
    """Sign `folder` (the central checks are off: `unchecked_central`), publish, update."""
    add_package(world.repo, folder, version, world.all_signers, PERIOD)
    world.publish()
    assert world.update().installed_version == version


def edit_manifest(folder: Path, change) -> None:  # type: ignore[no-untyped-def]
    path = folder / "manifest.json"
    manifest = json.loads(path.read_text())
    change(manifest)
    path.write_text(json.dumps(manifest))


def test_shipped_model_loads_from_the_verified_package(world: World) -> None:
    sign_and_install(world, shipped_model(world.base / "pkg"), 1)
    verified = world.load()
    model = SuggestionModel(verified)
    assert model.programmes and model.primary_horizon in model.horizons


def test_manifest_naming_an_unchecked_file_is_refused(
    world: World, unchecked_central: None
) -> None:
    folder = shipped_model(world.base / "pkg")
    effects = onnx.load(folder / "effects_h26.onnx")
    effects.graph.node[0].domain = "evil.custom"  # never reaches the safety layer as a .bin
    effects.opset_import.append(onnx.helper.make_opsetid("evil.custom", 1))
    (folder / "effects_h26.bin").write_bytes(effects.SerializeToString())
    (folder / "effects_h26.onnx").unlink()
    edit_manifest(folder, lambda m: m["horizons"][0].update(file="effects_h26.bin"))
    sign_and_install(world, folder, 1)
    with pytest.raises(ModelError, match=r"effects_h26\.bin.*not checked by the ONNX safety"):
        SuggestionModel(world.load())


@pytest.mark.parametrize("name", ["/etc/hostname", "../../outside.onnx", "sub/effects.onnx",
                                  "C:\\Windows\\x.onnx", "", ".hidden.onnx", 7])
def test_manifest_naming_a_path_outside_the_package_is_refused(
    world: World, unchecked_central: None, name: object
) -> None:
    folder = shipped_model(world.base / "pkg")
    outside = world.base / "outside.onnx"
    shutil.copyfile(folder / "propensity.onnx", outside)
    edit_manifest(folder, lambda m: m.update(propensity_file=name))
    sign_and_install(world, folder, 1)
    with pytest.raises(ModelError, match="single file name"):
        SuggestionModel(world.load())


def test_manifest_naming_an_unsigned_file_is_refused(
    world: World, unchecked_central: None
) -> None:
    folder = shipped_model(world.base / "pkg")
    edit_manifest(folder, lambda m: m.update(propensity_file="planted.onnx"))
    sign_and_install(world, folder, 1)
    with pytest.raises(ModelError, match=r"planted\.onnx.*not listed in the signed metadata"):
        SuggestionModel(world.load())


def test_file_changed_after_verification_is_not_loaded(world: World) -> None:
    sign_and_install(world, shipped_model(world.base / "pkg"), 1)
    verified = world.load()
    path = verified.path("propensity.onnx")
    data = bytearray(path.read_bytes())
    data[-1] ^= 1
    path.write_bytes(bytes(data))  # swapped between the start-up check and the load
    with pytest.raises(TrustError, match=r"propensity\.onnx.*changed since it was verified"):
        verified.onnx_bytes("propensity.onnx")


def test_external_data_resolves_inside_the_package_not_the_working_directory(
    installed_v1: World, tmp_path: Path
) -> None:
    world = installed_v1
    world.add(2, external="weights.bin", weight=2.0)  # y = x @ [2, 2, 2]
    world.publish()
    assert world.update().installed_version == 2
    planted = tmp_path / "cwd"
    planted.mkdir()
    (planted / "weights.bin").write_bytes(np.full((3, 1), 1000.0, np.float32).tobytes())
    before = Path.cwd()
    os.chdir(planted)
    try:
        session = onnx_session(world.load(), "model.onnx")
        (out,) = session.run(None, {"x": np.ones((1, 3), np.float32)})
    finally:
        os.chdir(before)
    assert out.tolist() == [[6.0]]


def test_safe_file_names() -> None:
    for good in ("model.onnx", "effects_h26.onnx", "model-card.v2.json"):
        assert safe_file_name(good) == good
    for bad in ("", ".", "..", "a/b", "/x", "x\\y", "c:x", "x\x00", ".x", "x" * 200, None):
        with pytest.raises(TrustError, match="single file name"):
            safe_file_name(bad)


def test_folder_package_applies_the_same_checks(tmp_path: Path) -> None:
    folder = make_model(tmp_path / "m", domain="com.microsoft")
    package = FolderPackage(folder)
    with pytest.raises(TrustError, match="com.microsoft"):
        package.onnx_bytes("model.onnx")
    with pytest.raises(TrustError, match="single file name"):
        package.read_bytes("../m/model.onnx")
    assert json.loads(package.read_bytes("model_card.json")) == {"summary": "demo"}
