"""Attacks on what the laptop reads from the share: files, metadata, keys, rollback, time, names."""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.trust.attack_run.lab import (
    PERIOD,
    Lab,
    attack,
    attacker_repo,
    demo_signers,
    edit_json,
    flip,
    library_update,
    newest,
    share_file,
    tiny_model,
)


@attack("share files", "target flipped byte")
def _(lab: Lab) -> tuple[int, str]:
    flip(share_file(lab, 3))
    return lab.update()


@attack("share files", "target truncated")
def _(lab: Lab) -> tuple[int, str]:
    path = share_file(lab, 3)
    path.write_bytes(path.read_bytes()[:-9])
    return lab.update()


@attack("share files", "target extended")
def _(lab: Lab) -> tuple[int, str]:
    with share_file(lab, 3).open("ab") as handle:
        handle.write(b"\0" * 9)
    return lab.update()


@attack("share files", "target swapped with another version's file")
def _(lab: Lab) -> tuple[int, str]:
    share_file(lab, 3).write_bytes(share_file(lab, 1).read_bytes())
    return lab.update()


@attack("share files", "target deleted")
def _(lab: Lab) -> tuple[int, str]:
    share_file(lab, 3, "model_card.json").unlink()
    return lab.update()


@attack("share files", "target replaced by a symlink")
def _(lab: Lab) -> tuple[int, str]:
    path = share_file(lab, 3)
    real = lab.base / "real.onnx"
    shutil.move(path, real)
    path.symlink_to(real)
    return lab.update()


@attack("share files", "target hardlinked")
def _(lab: Lab) -> tuple[int, str]:
    os.link(share_file(lab, 3), lab.base / "second-name")
    return lab.update()


@attack("share files", "timestamp.json is a symlink")
def _(lab: Lab) -> tuple[int, str]:
    path = lab.share / "metadata" / "timestamp.json"
    real = lab.base / "timestamp.json"
    shutil.move(path, real)
    path.symlink_to(real)
    return lab.update()


@attack("share files", "50 MB timestamp.json")
def _(lab: Lab) -> tuple[int, str]:
    (lab.share / "metadata" / "timestamp.json").write_bytes(b" " * (50 << 20))
    return lab.update()


@attack("share files", "50 MB next root version")
def _(lab: Lab) -> tuple[int, str]:
    (lab.share / "metadata" / "2.root.json").write_bytes(b"{" * (50 << 20))
    return lab.update()


@attack("share files", "unlisted file planted next to the targets (never installed)",
        kind="other")
def _(lab: Lab) -> tuple[int, str]:
    (lab.share / "targets" / "model" / "3" / "custom_ops.so").write_bytes(b"\x7fELF")
    _code, out = lab.update()
    installed = lab.store / "versions" / "v3" / "files"
    planted = any(p.name == "custom_ops.so" for p in installed.rglob("*"))
    ignored = "ignored (not listed in signed metadata): model/3/custom_ops.so" in out
    return (1 if ignored and not planted else 0), out


@attack("metadata", "timestamp edited, old signature kept")
def _(lab: Lab) -> tuple[int, str]:
    edit_json(lab.share / "metadata" / "timestamp.json",
              lambda raw: raw["signed"].update(expires="2099-01-01T00:00:00Z"))
    return lab.update()


@attack("metadata", "snapshot edited, old signature kept")
def _(lab: Lab) -> tuple[int, str]:
    edit_json(newest(lab, "snapshot"), lambda raw: raw["signed"].update(
        expires="2099-01-01T00:00:00Z"))
    return lab.update()


@attack("metadata", "targets edited (training period), old signature kept")
def _(lab: Lab) -> tuple[int, str]:
    def change(raw: dict) -> None:
        for target in raw["signed"]["targets"].values():
            target["custom"]["wayfinder"]["training_period"]["end"] = "2031-01-01"
    edit_json(newest(lab, "targets"), change)
    return lab.update()


@attack("metadata", "targets edited to point at another file's hash")
def _(lab: Lab) -> tuple[int, str]:
    def change(raw: dict) -> None:
        targets = raw["signed"]["targets"]
        targets["model/3/model.onnx"]["hashes"] = targets["model/1/model.onnx"]["hashes"]
    edit_json(newest(lab, "targets"), change)
    return lab.update()


@attack("keys", "whole release signed by unknown keys")
def _(lab: Lab) -> tuple[int, str]:
    return lab.update(attacker_repo(lab))


@attack("keys", "unknown key's signature added to timestamp")
def _(lab: Lab) -> tuple[int, str]:
    from securesystemslib.signer import CryptoSigner
    from tuf.api.metadata import Metadata

    path = lab.share / "metadata" / "timestamp.json"
    md = Metadata.from_bytes(path.read_bytes())
    md.signed.expires = datetime.now(UTC).replace(microsecond=0) + timedelta(days=3650)
    md.signatures.clear()
    md.sign(CryptoSigner.generate_ed25519())
    path.write_bytes(md.to_bytes())
    return lab.update()


def _rotated_root(lab: Lab, signers: list, threshold: int = 2) -> Path:  # type: ignore[type-arg]
    import training.signing.root_changes as root_changes

    saved = root_changes.MIN_ROOT_THRESHOLD
    root_changes.MIN_ROOT_THRESHOLD = 1  # the attacker's tool has no floor
    try:
        root_changes.rotate_root(lab.repo(), signers, thresholds={"root": threshold})
    finally:
        root_changes.MIN_ROOT_THRESHOLD = saved
    target = lab.share / "metadata" / "2.root.json"
    shutil.copyfile(lab.repo_path / "metadata" / "2.root.json", target)
    return target


@attack("keys", "new root signed by 1 of the 2 required root keys")
def _(lab: Lab) -> tuple[int, str]:
    _rotated_root(lab, demo_signers()[:1])
    return lab.update()


@attack("keys", "new root with one signature duplicated to fake a threshold")
def _(lab: Lab) -> tuple[int, str]:
    path = _rotated_root(lab, demo_signers()[:1])
    edit_json(path, lambda raw: raw.update(signatures=[raw["signatures"][0],
                                                       dict(raw["signatures"][0])]))
    return lab.update()


@attack("keys", "new root lowering the root threshold to 1, signed by one key")
def _(lab: Lab) -> tuple[int, str]:
    _rotated_root(lab, demo_signers()[:1], threshold=1)
    return lab.update()


@attack("rollback", "share replaced by an older signed release")
def _(lab: Lab) -> tuple[int, str]:
    return lab.update(lab.base / "share-v1")


@attack("rollback", "older release after deleting the metadata cache")
def _(lab: Lab) -> tuple[int, str]:
    shutil.rmtree(lab.store / "tuf-metadata")
    lab.mark()
    return lab.update(lab.base / "share-v1")


@attack("rollback", "older timestamp.json replayed")
def _(lab: Lab) -> tuple[int, str]:
    shutil.copyfile(lab.base / "share-v1" / "metadata" / "timestamp.json",
                    lab.share / "metadata" / "timestamp.json")
    return lab.update()


@attack("rollback", "mix-and-match: old targets under the new snapshot")
def _(lab: Lab) -> tuple[int, str]:
    old = sorted((lab.base / "share-v1" / "metadata").glob("*.targets.json"))[-1]
    shutil.copyfile(old, newest(lab, "targets"))
    return lab.update()


@attack("time", "expired metadata (signed 60 days ago)")
def _(lab: Lab) -> tuple[int, str]:
    from training.signing.packages import add_package
    from training.signing.publish import publish

    past = datetime.now(UTC).replace(microsecond=0) - timedelta(days=60)
    add_package(lab.repo(), tiny_model(lab.base / "m4", 4.0), 4, demo_signers(), PERIOD,
                now=past)
    publish(lab.repo(), lab.share, now=past)
    return lab.update()


@attack("time", "frozen share: its newest timestamp is 8 days old (expired)", template="current")
def _(lab: Lab) -> tuple[int, str]:
    from training.signing.publish import publish

    past = datetime.now(UTC).replace(microsecond=0) - timedelta(days=8)
    lab.repo().renew({"timestamp"}, demo_signers(), now=past)
    publish(lab.repo(), lab.share, now=past)
    return lab.update()


@attack("time", "clock set back before the last successful check")
def _(lab: Lab) -> tuple[int, str]:
    return library_update(lab, clock=datetime.now(UTC) - timedelta(days=3))


@attack("names", "`..` in a signed target name")
def _(lab: Lab) -> tuple[int, str]:
    return _signed_target_name(lab, "model/4/../../../escaped.onnx")


@attack("names", "absolute path in a signed target name")
def _(lab: Lab) -> tuple[int, str]:
    return _signed_target_name(lab, "model/4//etc/escaped.onnx")


@attack("names", "backslash path in a signed target name")
def _(lab: Lab) -> tuple[int, str]:
    return _signed_target_name(lab, "model/4/..\\..\\escaped.onnx")


def _signed_target_name(lab: Lab, path: str) -> tuple[int, str]:
    """A compromised targets key signs a target whose name tries to leave the store."""
    from tuf.api.metadata import TargetFile

    from desktop_app.trust.package_info import custom_data
    from training.signing.central_repository import utc_now

    repo = lab.repo()
    data = (lab.base / "model-3" / "model.onnx").read_bytes()
    target = TargetFile.from_data(path, data, ["sha256"])
    target.unrecognized_fields["custom"] = custom_data(4, PERIOD, utc_now().isoformat())
    md = repo.latest("targets")
    md.signed.targets[path] = target
    repo.commit_targets(md, demo_signers(), utc_now())
    # 'publish' would refuse to read it; the attacker copies the signed metadata by hand
    for source in repo.metadata_dir.glob("*.json"):
        shutil.copyfile(source, lab.share / "metadata" / source.name)
    return lab.update()
