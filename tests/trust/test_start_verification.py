"""Must-hold refusals at start: the installed model is re-verified offline every time."""

from __future__ import annotations

import json
import os
import time
from datetime import UTC, datetime, timedelta

import pytest

from desktop_app.trust.errors import ModelUnavailable, UpdateRefused
from desktop_app.trust.install_state import load_state, save_state
from desktop_app.trust.model_store import ModelStore
from tests.trust.conftest import World


def unavailable(world: World, *needles: str) -> str:
    with pytest.raises(ModelUnavailable) as caught:
        world.load()
    for needle in needles:
        assert needle in caught.value.reason, caught.value.reason
    return caught.value.reason


def test_no_model_installed_says_what_to_do(world: World) -> None:
    unavailable(world, "No model is installed", "models update --from")


@pytest.mark.parametrize("how", ["flip", "truncate", "extend"])
def test_altered_installed_file(installed_v1: World, how: str) -> None:
    path = installed_v1.installed_file(1)
    data = bytearray(path.read_bytes())
    if how == "flip":
        data[10] ^= 0x80
    elif how == "truncate":
        data = data[:-1]
    else:
        data += b"!"
    path.write_bytes(bytes(data))
    unavailable(installed_v1, "model.onnx", "hash" if how == "flip" else "signed length")


def test_installed_file_swapped_between_versions(installed_v1: World) -> None:
    installed_v1.add(2, weight=3.0)
    installed_v1.publish()
    installed_v1.update()
    v1 = installed_v1.installed_file(1).read_bytes()
    installed_v1.installed_file(2).write_bytes(v1)
    unavailable(installed_v1, "model.onnx")


def test_installed_signed_metadata_edited(installed_v1: World) -> None:
    path = installed_v1.store.version_dir(1) / "signed-metadata" / "targets.json"
    raw = json.loads(path.read_text())
    raw["signed"]["expires"] = "2099-01-01T00:00:00Z"
    path.write_text(json.dumps(raw))
    unavailable(installed_v1, "targets.json")


def test_extra_file_in_installed_model_refused(installed_v1: World) -> None:
    (installed_v1.installed_file(1).parent / "custom_ops.so").write_bytes(b"\x7fELF")
    unavailable(installed_v1, "custom_ops.so", "not listed in the signed metadata")


def test_expiry_enforced_on_update_not_when_loading(world: World) -> None:
    # timestamp signed so that it expires 3 s from now: valid to install, expired right after
    signed_at = datetime.now(UTC) - timedelta(days=7) + timedelta(seconds=3)
    world.add(1, now=signed_at)
    world.publish(now=signed_at)
    assert world.update().installed_version == 1
    while datetime.now(UTC) <= signed_at + timedelta(days=7):
        time.sleep(0.2)
    model = world.load()  # an expired timestamp does not stop suggestions mid-meeting
    assert model.version == 1
    with pytest.raises(UpdateRefused, match="expired"):
        world.update()


def test_pointer_moved_back_is_a_rollback(installed_v1: World) -> None:
    installed_v1.add(2)
    installed_v1.publish()
    installed_v1.update()
    installed_v1.store.pointer_path.write_text("v1\n")
    unavailable(installed_v1, "older than version 2", "rollback")


def test_symlinked_installed_file_refused(installed_v1: World, tmp_path) -> None:
    path = installed_v1.installed_file(1)
    outside = tmp_path / "elsewhere.onnx"
    outside.write_bytes(path.read_bytes())
    path.unlink()
    path.symlink_to(outside)
    unavailable(installed_v1, "model.onnx", "symlink")


def test_hardlinked_installed_file_refused(installed_v1: World, tmp_path) -> None:
    os.link(installed_v1.installed_file(1), tmp_path / "second-name.onnx")
    unavailable(installed_v1, "model.onnx", "hardlinked")


def test_damaged_pointer_named(installed_v1: World) -> None:
    installed_v1.store.pointer_path.write_text("../../etc")
    unavailable(installed_v1, "current", "damaged")


def test_install_state_kept_apart_from_metadata_cache(installed_v1: World) -> None:
    store: ModelStore = installed_v1.store
    assert store.metadata_dir not in store.state_path.parents
    state = load_state(store.state_path)
    assert state.highest_model_version == 1 and state.metadata_versions["targets"] == 2
    state.highest_model_version = 7
    save_state(store.state_path, state)
    unavailable(installed_v1, "older than version 7")


def test_update_repairs_a_tampered_installed_copy(installed_v1: World) -> None:
    installed_v1.installed_file(1, "feature_schema.json").write_text('{"features": ["x"]}')
    unavailable(installed_v1, "feature_schema.json")
    result = installed_v1.update()
    assert result.installed_version == 1 and "reinstalled" in result.message
    assert installed_v1.load().version == 1


def test_malformed_installed_metadata_named(installed_v1: World) -> None:
    path = installed_v1.store.version_dir(1) / "signed-metadata" / "timestamp.json"
    path.write_text('{"signed": {"_type": "timestamp"}, "signatures": "nonsense"}')
    unavailable(installed_v1, "timestamp is malformed metadata")
