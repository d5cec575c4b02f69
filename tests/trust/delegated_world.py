"""A national publisher with two delegated municipalities (odense, aarhus), and laptops that
follow one of them: the world the delegation tests and attacks run in."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from securesystemslib.signer import CryptoSigner

from desktop_app.trust.model_store import ModelStore
from desktop_app.trust.update import UpdateResult, check_for_updates
from tests.trust.conftest import PERIOD, Keys, World, make_model
from training.signing.central_repository import utc_now
from training.signing.delegations import create_delegation
from training.signing.packages import add_package, withdraw

MUNICIPALITIES = ("odense", "aarhus")


@dataclass
class Delegated:
    """`world` (the national publisher's repository) plus each municipality's own key."""

    world: World
    publisher_keys: dict[str, CryptoSigner]

    @property
    def repo(self):  # type: ignore[no-untyped-def]
        return self.world.repo

    @property
    def national(self) -> list[CryptoSigner]:
        """The national publisher's online keys (targets, snapshot, timestamp)."""
        return self.world.keys.online

    @property
    def snapshot_and_timestamp(self) -> list[CryptoSigner]:
        return [self.world.keys.snapshot, self.world.keys.timestamp]

    def add_shared(self, version: int, **model_args) -> None:
        folder = make_model(self.world.base / f"shared-{version}", **model_args)
        add_package(self.repo, folder, version, self.national, PERIOD)

    def add_for(self, publisher: str, version: int, signer: CryptoSigner | None = None,
                **model_args) -> None:
        """Publisher adds its package, then the national side runs snapshot and timestamp."""
        folder = make_model(self.world.base / f"{publisher}-{version}", **model_args)
        add_package(self.repo, folder, version, [signer or self.publisher_keys[publisher]],
                    PERIOD, publisher=publisher)
        self.repo.sign_online(self.snapshot_and_timestamp, world_now())

    def withdraw_for(self, publisher: str, version: int, reason: str = "bad") -> None:
        withdraw(self.repo, version, reason, [self.publisher_keys[publisher]],
                 publisher=publisher)
        self.repo.sign_online(self.snapshot_and_timestamp, world_now())

    def publish(self) -> None:
        self.world.publish()

    def laptop(self, name: str) -> ModelStore:
        return ModelStore(self.world.base / f"laptop-{name}")

    def update(self, store: ModelStore, publisher: str = "", **kwargs) -> UpdateResult:
        return check_for_updates(self.world.share, store, trust_root=self.world.root_bytes,
                                 publisher=publisher, **kwargs)

    def load(self, store: ModelStore, publisher: str | None = None):  # type: ignore[no-untyped-def]
        """Start-up verification of a laptop following `publisher` (default: the one named
        like the laptop, e.g. laptop('odense'), or shared models only)."""
        from desktop_app.trust.installed import load_verified_model

        if publisher is None:
            name = store.root.name.removeprefix("laptop-")
            publisher = name if name in MUNICIPALITIES else ""
        return load_verified_model(store, trust_root=self.world.root_bytes, publisher=publisher)


def build_delegated(world: World, keys: Keys) -> Delegated:
    publisher_keys = {"odense": keys.attacker[0], "aarhus": keys.attacker[1]}
    for name, key in publisher_keys.items():
        create_delegation(world.repo, name, [key.public_key], 1, keys.online)
        world.repo.sign_role_step(name, [key])
    world.repo.sign_online(keys.online, world_now())
    return Delegated(world, publisher_keys)


def world_now() -> datetime:
    return utc_now()


LOCKS = {"update.lock", "store.lock"}  # hold who locked last; as in the attack run


def tree_digest(folder: Path) -> str:
    """One digest of every file name and content under `folder` (lock files aside)."""
    digest = hashlib.sha256()
    if not folder.exists():
        return "absent"
    for base, dirs, files in sorted(os.walk(folder)):
        dirs.sort()
        for name in sorted(set(files) - LOCKS):
            path = Path(base) / name
            digest.update(str(path.relative_to(folder)).encode())
            digest.update(path.read_bytes() if not path.is_symlink() else b"link")
    return digest.hexdigest()
