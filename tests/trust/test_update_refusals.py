"""Must-hold refusals on update: tampered share files, metadata attacks, rollback, freeze, caps.

Every refusal must name the problem and leave the installed model working."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta

import pytest

from desktop_app.trust.errors import UpdateRefused
from tests.trust.conftest import World, new_repository


def refused(world: World, *needles: str, share=None) -> str:
    with pytest.raises(UpdateRefused) as caught:
        world.update(share)
    message = str(caught.value)
    for needle in needles:
        assert needle in message, message
    return message


def still_works(world: World, version: int = 1) -> None:
    model = world.load()
    assert model.version == version
    assert not model.withdrawn


def test_first_install_and_noop(installed_v1: World) -> None:
    model = installed_v1.load()
    assert model.training_period == {"start": "2019-01-01", "end": "2023-12-31"}
    assert set(model.files) == {"model.onnx", "model_card.json", "feature_schema.json"}
    assert model.key_ids == (installed_v1.keys.targets.public_key.keyid,)
    assert installed_v1.update().status == "up-to-date"


def test_newer_version_installed_previous_kept(installed_v1: World) -> None:
    installed_v1.add(2, weight=2.0)
    installed_v1.publish()
    result = installed_v1.update()
    assert (result.status, result.installed_version, result.previous_version) == ("installed", 2, 1)
    assert installed_v1.store.installed_versions() == [1, 2]
    assert installed_v1.load().version == 2


@pytest.mark.parametrize("how", ["flip", "truncate", "extend"])
def test_altered_target_on_share(installed_v1: World, how: str) -> None:
    installed_v1.add(2, weight=2.0)
    installed_v1.publish()
    path = installed_v1.share_target(2)
    data = bytearray(path.read_bytes())
    if how == "flip":
        data[len(data) // 2] ^= 0x01
    elif how == "truncate":
        data = data[:-7]
    else:
        data += b"\x00" * 7
    path.write_bytes(bytes(data))
    refused(installed_v1, "model/2/model.onnx", "length" if how != "flip" else "hash")
    still_works(installed_v1)


def test_file_swapped_between_two_signed_versions(installed_v1: World) -> None:
    installed_v1.add(2, weight=2.0)
    installed_v1.publish()
    installed_v1.share_target(2).write_bytes(installed_v1.share_target(1).read_bytes())
    refused(installed_v1, "model/2/model.onnx", "hash")
    still_works(installed_v1)


def test_edited_metadata_with_old_signature(installed_v1: World) -> None:
    installed_v1.add(2)
    installed_v1.publish()
    path = installed_v1.share / "metadata" / "timestamp.json"
    raw = json.loads(path.read_text())
    raw["signed"]["expires"] = "2099-01-01T00:00:00Z"  # signatures kept as they were
    path.write_text(json.dumps(raw))
    refused(installed_v1, "signature check failed", "timestamp")
    still_works(installed_v1)


def test_edited_targets_with_old_signature(installed_v1: World) -> None:
    installed_v1.add(2)
    installed_v1.publish()
    path = installed_v1.share / "metadata" / "3.targets.json"
    raw = json.loads(path.read_text())
    for target in raw["signed"]["targets"].values():
        target["custom"]["wayfinder"]["training_period"]["end"] = "2030-01-01"
    path.write_text(json.dumps(raw))
    refused(installed_v1, "targets")
    still_works(installed_v1)


def test_package_signed_by_unknown_key(tmp_path, installed_v1: World, keys) -> None:
    from tests.trust.conftest import Keys

    attacker = Keys(keys.attacker[:3], *keys.attacker[3:6], [], [])
    evil = World(
        tmp_path / "evil",
        attacker,
        new_repository(tmp_path / "evil-repo", attacker),
        tmp_path / "evil-share",
        installed_v1.store,
    )
    (tmp_path / "evil").mkdir()
    evil.add(5)
    evil.publish()
    refused(installed_v1, "signature check failed", share=evil.share)
    still_works(installed_v1)


def test_rollback_to_older_signed_release(installed_v1: World) -> None:
    old = installed_v1.keep_share("v1")
    installed_v1.add(2)
    installed_v1.publish()
    assert installed_v1.update().installed_version == 2
    refused(installed_v1, "rollback", share=old)
    still_works(installed_v1, 2)


def test_metadata_cache_deleted_allows_no_downgrade(installed_v1: World) -> None:
    old = installed_v1.keep_share("v1")
    installed_v1.add(2)
    installed_v1.publish()
    installed_v1.update()
    shutil.rmtree(installed_v1.store.metadata_dir)
    message = refused(installed_v1, "rollback", share=old)
    assert "already verified" in message
    still_works(installed_v1, 2)


def test_old_targets_under_new_snapshot(installed_v1: World) -> None:
    installed_v1.add(2)
    installed_v1.publish()
    metadata = installed_v1.share / "metadata"
    shutil.copyfile(metadata / "2.targets.json", metadata / "3.targets.json")
    refused(installed_v1, "targets")
    still_works(installed_v1)


def test_expired_metadata_refused_on_update(world: World) -> None:
    long_ago = datetime.now(UTC) - timedelta(days=30)
    world.add(1, now=long_ago)  # timestamp (7 days) and snapshot (30 days) are now expired
    world.publish(now=long_ago)
    refused(world, "expired")
    assert world.store.current_version() is None


def test_clock_set_back_after_check(installed_v1: World) -> None:
    yesterday = datetime.now(UTC) - timedelta(days=1)
    refused_message = None
    with pytest.raises(UpdateRefused) as caught:
        installed_v1.update(clock=lambda: yesterday)
    refused_message = str(caught.value)
    assert "clock" in refused_message and "earlier than the last successful" in refused_message
    still_works(installed_v1)


def test_fifty_megabyte_metadata_hits_length_cap(installed_v1: World) -> None:
    path = installed_v1.share / "metadata" / "timestamp.json"
    path.write_bytes(b" " * (50 * 1024 * 1024))
    refused(installed_v1, "length cap", "timestamp.json")
    still_works(installed_v1)


def test_fifty_megabyte_root_hits_length_cap(installed_v1: World) -> None:
    (installed_v1.share / "metadata" / "2.root.json").write_bytes(b"{" * (50 * 1024 * 1024))
    refused(installed_v1, "length cap", "2.root.json")


def test_unlisted_file_on_share_is_never_installed(installed_v1: World) -> None:
    installed_v1.add(2)
    installed_v1.publish()
    folder = installed_v1.share / "targets" / "model" / "2"
    (folder / "evil.onnx").write_bytes(b"not listed anywhere")
    result = installed_v1.update()
    assert result.installed_version == 2
    assert result.ignored_share_files == ["model/2/evil.onnx"]
    assert not (installed_v1.store.version_dir(2) / "files" / "evil.onnx").exists()


def test_missing_file_on_share_named(installed_v1: World) -> None:
    installed_v1.add(2)
    installed_v1.publish()
    installed_v1.share_target(2, "model_card.json").unlink()
    refused(installed_v1, "missing from the share", "model_card.json")
    still_works(installed_v1)


def test_share_missing_at_start_model_still_loads(installed_v1: World) -> None:
    shutil.rmtree(installed_v1.share)
    still_works(installed_v1)
    refused(installed_v1, "no model repository at")
    still_works(installed_v1)


def test_withdrawn_mark_stops_suggesting_and_newer_version_fixes(installed_v1: World) -> None:
    from training.signing.packages import withdraw

    withdraw(installed_v1.repo, 1, "biased against part-time workers", installed_v1.all_signers)
    installed_v1.publish()
    result = installed_v1.update()
    assert result.status == "withdrawn" and "biased" in result.message
    model = installed_v1.load()
    assert model.withdrawn and model.withdrawn_reason == "biased against part-time workers"
    # deleting the cache does not un-withdraw: the mark is also in the install state
    shutil.rmtree(installed_v1.store.metadata_dir)
    assert installed_v1.load().withdrawn
    # the fix: the previous good model re-published under a higher version
    installed_v1.add(2)
    installed_v1.publish()
    assert installed_v1.update().installed_version == 2
    assert installed_v1.load().usable
