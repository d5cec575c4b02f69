"""Attacks on the laptop's own model store; IT's remedy must bring the good model back."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

from tests.trust.attack_run.lab import (
    PERIOD,
    Lab,
    _demo_role_keyids,
    attack,
    attacker_repo,
    demo_signers,
    edit_json,
    flip,
    tiny_model,
)


# -- the laptop's own store ---------------------------------------------------------------------
def installed(lab: Lab, name: str = "model.onnx") -> Path:
    return lab.store / "versions" / "v2" / "files" / name


def _store_attack(name: str, tamper: Callable[[Lab], None],
                  remedy: Callable[[Lab], tuple[int, str]] | None = None) -> None:
    @attack("laptop store", name, kind="laptop", template="current")
    def _(lab: Lab) -> tuple[int, str]:
        tamper(lab)
        lab.remedy = remedy
        lab.mark()
        return lab.verify()


def _move_state_aside(lab: Lab) -> tuple[int, str]:
    """The runbook's remedy for a damaged install state: keep it for investigation, update."""
    state = lab.store / "install-state.json"
    state.rename(state.with_name("install-state.json.damaged"))
    return lab.update()


def _register_store_attacks() -> None:
    def truncate(lab: Lab) -> None:
        installed(lab).write_bytes(installed(lab).read_bytes()[:-1])

    def extend(lab: Lab) -> None:
        with installed(lab).open("ab") as handle:
            handle.write(b"!")

    def symlink(lab: Lab) -> None:
        real = lab.base / "outside.onnx"
        shutil.move(installed(lab), real)
        installed(lab).symlink_to(real)

    def pointer_back(lab: Lab) -> None:
        (lab.store / "current").write_text("v1\n")

    def planted_version(lab: Lab) -> None:
        evil = Lab(lab.base / "evil-lab")
        evil.home.mkdir(parents=True)
        code, out = evil.update(attacker_repo(lab))
        assert code != 0, out  # the attacker cannot even install it on a clean laptop ...
        from desktop_app.trust.update import check_for_updates

        evil_root = (lab.base / "evil-repo" / "metadata" / "1.root.json").read_bytes()
        check_for_updates(lab.base / "evil-share", evil.store, trust_root=evil_root)
        shutil.copytree(evil.store / "versions" / "v9", lab.store / "versions" / "v9")
        (lab.store / "current").write_text("v9\n")  # ... so they copy one into the store

    def edited_kept_metadata(lab: Lab) -> None:
        edit_json(lab.store / "versions" / "v2" / "signed-metadata" / "targets.json",
                  lambda raw: raw["signed"].update(expires="2099-01-01T00:00:00Z"))

    _store_attack("installed file flipped", lambda lab: flip(installed(lab)))
    _store_attack("installed file truncated", truncate)
    _store_attack("installed file extended", extend)
    _store_attack("installed file swapped with version 1's",
                  lambda lab: installed(lab).write_bytes(
                      (lab.store / "versions" / "v1" / "files" / "model.onnx").read_bytes()))
    _store_attack("extra file planted in the installed version", lambda lab: (
        installed(lab, "custom_ops.so").write_bytes(b"\x7fELF")))
    _store_attack("installed file replaced by a symlink", symlink)
    _store_attack("installed file hardlinked", lambda lab: os.link(installed(lab),
                                                                   lab.base / "link"))
    _store_attack("current pointer moved back to version 1", pointer_back)
    _store_attack("current pointer damaged", lambda lab: (lab.store / "current").write_text(
        "../../etc"))
    _store_attack("kept signed metadata edited", edited_kept_metadata)
    _store_attack("kept signed metadata deleted", lambda lab: shutil.rmtree(
        lab.store / "versions" / "v2" / "signed-metadata"))
    _store_attack("attacker-signed version copied into the store", planted_version)
    _store_attack("install state replaced by garbage", lambda lab: (
        lab.store / "install-state.json").write_text("{garbage"), _move_state_aside)


_register_store_attacks()


@attack("laptop store", "anti-rollback record lowered, with IT's administrator-only record",
        kind="laptop", template="current")
def _(lab: Lab) -> tuple[int, str]:
    admin = lab.base / "admin-state"
    (lab.home / "wayfinder.toml").write_text(f'[updates]\nstate_dir = "{admin}"\n')
    code, out = lab.update()  # IT's update writes the admin record
    assert code == 0, out
    (lab.store / "install-state.json").write_text('{"highest_model_version": 0}')
    (lab.store / "current").write_text("v1\n")
    lab.mark()
    return lab.verify()


@attack("laptop store", "package re-signed with a revoked targets key under the old root "
        "chain (finding 3)", kind="laptop")
def _(lab: Lab) -> tuple[int, str]:
    from training.signing.keys import generate_key, load_signer
    from training.signing.packages import add_package
    from training.signing.publish import publish
    from training.signing.root_changes import revoke_key

    before = lab.base / "repo-before-revocation"
    shutil.copytree(lab.repo_path, before)
    generate_key(lab.base / "k", "targets-2", None)
    new_targets = load_signer(lab.base / "k" / "targets-2.private.pem")
    old_targets = next(s for s in demo_signers()
                       if s.public_key.keyid in _demo_role_keyids()["targets"])
    signers = [s for s in demo_signers() if s is not old_targets]
    assert revoke_key(lab.repo(), "targets", old_targets.public_key.keyid,
                      [*signers, new_targets], new_targets.public_key) == []
    publish(lab.repo(), lab.share)
    code, out = lab.update()  # the laptop learns of the revocation (and installs version 3)
    assert code == 0, out
    from training.signing.central_repository import CentralRepository

    old_repo = CentralRepository(before)
    add_package(old_repo, tiny_model(lab.base / "evil-9", -9.0), 9, demo_signers(), PERIOD)
    publish(old_repo, lab.base / "old-chain-share")
    scratch = Lab(lab.base / "scratch")
    scratch.home.mkdir(parents=True)
    code, out = scratch.update(lab.base / "old-chain-share")  # a laptop without the news
    assert code == 0, out
    shutil.copytree(scratch.store / "versions" / "v9", lab.store / "versions" / "v9")
    (lab.store / "current").write_text("v9\n")
    lab.mark()
    return lab.verify()
