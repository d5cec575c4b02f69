"""The data team's TUF repository folder: create, read, sign and version its metadata.

Folder layout (identical to what is published to the share, so publishing is a copy):
  metadata/<N>.root.json  <N>.targets.json  <N>.snapshot.json  timestamp.json
  targets/model/<version>/<sha256>.<file name>   (consistent snapshots: content-addressed)
  repository.json         expiry policy of this repository (days per role)
Roles: root (threshold of offline keys, default 2 of 3), targets, snapshot, timestamp.
Packages, withdrawal and root changes are in `packages.py` and `root_changes.py`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from securesystemslib.signer import Key, Signer
from tuf.api.metadata import (
    Metadata,
    MetaFile,
    Root,
    Snapshot,
    Targets,
    Timestamp,
)
from tuf.api.serialization.json import JSONSerializer

from desktop_app.trust.trust_root import DEMO_MARKER

TOP_ROLES = ("root", "targets", "snapshot", "timestamp")
_VERSIONED = re.compile(r"^([1-9][0-9]*)\.(root|targets|snapshot)\.json$")
_SERIALIZER = JSONSerializer(compact=False)


class SigningError(Exception):
    """A repository operation cannot be completed; the message says what to do."""


@dataclass(frozen=True)
class ExpiryPolicy:
    """Days each role's metadata stays valid after it is signed."""

    root_days: int = 365
    targets_days: int = 90
    snapshot_days: int = 30
    timestamp_days: int = 7

    def days(self, role: str) -> int:
        return int(getattr(self, f"{role}_days"))


# Demo metadata ships inside the repo and must stay valid > 2 years (a test checks it).
DEMO_EXPIRY = ExpiryPolicy(
    root_days=1100, targets_days=1100, snapshot_days=1100, timestamp_days=1100
)


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class CentralRepository:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.metadata_dir = self.path / "metadata"
        self.targets_dir = self.path / "targets"
        if not (self.metadata_dir / "1.root.json").is_file():
            raise SigningError(f"{self.path} is not a model repository (run 'models init' first)")
        try:
            raw = json.loads((self.path / "repository.json").read_text(encoding="utf-8"))
            self.expiry = ExpiryPolicy(**raw["expiry"])
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise SigningError(f"{self.path}/repository.json is unreadable: {error}") from None

    # -- creation ------------------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        path: Path,
        *,
        root_keys: list[Key],
        root_threshold: int,
        role_keys: dict[str, list[Key]],
        signers: Iterable[Signer],
        expiry: ExpiryPolicy = ExpiryPolicy(),
        demo: bool = False,
        now: datetime | None = None,
    ) -> CentralRepository:
        now = now or utc_now()
        path = Path(path)
        if path.exists() and any(path.iterdir()):
            raise SigningError(f"{path} exists and is not empty; choose a new folder")
        if not 1 <= root_threshold <= len(root_keys):
            raise SigningError(f"root threshold {root_threshold} needs at least as many root keys")
        root = Root(expires=now + timedelta(days=expiry.root_days), consistent_snapshot=True)
        for key in root_keys:
            root.add_key(key, Root.type)
        root.roles[Root.type].threshold = root_threshold
        for role in ("targets", "snapshot", "timestamp"):
            keys = role_keys.get(role) or []
            if not keys:
                raise SigningError(f"the {role} role needs at least one public key")
            for key in keys:
                root.add_key(key, role)
        if demo:
            root.unrecognized_fields[DEMO_MARKER] = True
        (path / "metadata").mkdir(parents=True, exist_ok=True)
        (path / "targets").mkdir(exist_ok=True)
        (path / "repository.json").write_text(
            json.dumps({"expiry": asdict(expiry)}, indent=2) + "\n", encoding="utf-8"
        )
        signers = list(signers)
        root_md = Metadata(root)
        sign_role(root_md, root, signers, allow_partial=True)
        write_metadata(path / "metadata", root_md)
        repo = cls(path)
        targets = Targets(expires=now + timedelta(days=expiry.targets_days))
        repo.commit_targets(Metadata(targets), signers, now, bump=False)
        return repo

    # -- reading -------------------------------------------------------------------------------
    def versions(self, role: str) -> list[int]:
        found = (_VERSIONED.match(p.name) for p in self.metadata_dir.iterdir())
        return sorted(int(m.group(1)) for m in found if m and m.group(2) == role)

    def latest(self, role: str) -> Metadata:
        if role == Timestamp.type:
            return Metadata.from_file(str(self.metadata_dir / "timestamp.json"))
        versions = self.versions(role)
        if not versions:
            raise SigningError(f"no {role} metadata in {self.metadata_dir}")
        return Metadata.from_file(str(self.metadata_dir / f"{versions[-1]}.{role}.json"))

    def root(self) -> Root:
        return self.latest(Root.type).signed

    # -- signing chain -------------------------------------------------------------------------
    def commit_targets(
        self, targets_md: Metadata, signers: list[Signer], now: datetime, bump: bool = True
    ) -> None:
        """Sign new targets metadata, then a new snapshot and timestamp that point to it."""
        root = self.root()
        if bump:
            targets_md.signed.version += 1
            targets_md.signed.expires = now + timedelta(days=self.expiry.targets_days)
        sign_role(targets_md, root, signers)
        targets_bytes = write_metadata(self.metadata_dir, targets_md)
        self.commit_snapshot(targets_md.signed.version, targets_bytes, signers, now)

    def commit_snapshot(
        self,
        targets_version: int | None,
        targets_bytes: bytes | None,
        signers: list[Signer],
        now: datetime,
    ) -> None:
        root = self.root()
        if self.versions(Snapshot.type):
            snapshot = self.latest(Snapshot.type).signed
            snapshot.version += 1
        else:
            snapshot = Snapshot()
        snapshot.expires = now + timedelta(days=self.expiry.snapshot_days)
        if targets_version is not None and targets_bytes is not None:
            snapshot.meta["targets.json"] = MetaFile.from_data(
                targets_version, targets_bytes, ["sha256"]
            )
        md = Metadata(snapshot)
        sign_role(md, root, signers)
        snapshot_bytes = write_metadata(self.metadata_dir, md)
        self.commit_timestamp(
            MetaFile.from_data(snapshot.version, snapshot_bytes, ["sha256"]), signers, now
        )

    def commit_timestamp(
        self, snapshot_meta: MetaFile | None, signers: list[Signer], now: datetime
    ) -> None:
        root = self.root()
        if (self.metadata_dir / "timestamp.json").exists():
            timestamp = self.latest(Timestamp.type).signed
            timestamp.version += 1
        else:
            timestamp = Timestamp()
        timestamp.expires = now + timedelta(days=self.expiry.timestamp_days)
        if snapshot_meta is not None:
            timestamp.snapshot_meta = snapshot_meta
        md = Metadata(timestamp)
        sign_role(md, root, signers)
        write_metadata(self.metadata_dir, md)

    def renew(self, roles: set[str], signers: list[Signer], now: datetime | None = None) -> None:
        """Re-sign with new versions and expiry dates (routine, or after a key change)."""
        now = now or utc_now()
        unknown = roles - {"targets", "snapshot", "timestamp"}
        if unknown:
            raise SigningError(f"cannot renew {', '.join(sorted(unknown))}; use rotate-root")
        if "targets" in roles:
            self.commit_targets(self.latest(Targets.type), signers, now)
        elif "snapshot" in roles:
            self.commit_snapshot(None, None, signers, now)
        elif "timestamp" in roles:
            self.commit_timestamp(None, signers, now)


def sign_role(
    md: Metadata, root: Root, signers: Iterable[Signer], allow_partial: bool = False
) -> int:
    """Sign `md` with every given signer whose key the role (per `root`) lists.

    Returns the number of signatures; raises unless the role's threshold is met (root may be
    signed in several sittings by different key holders, so it allows partial signing).
    """
    role = root.roles[md.signed.type]
    if not allow_partial:
        md.signatures.clear()  # a changed payload invalidates every earlier signature
    used = 0
    for signer in signers:
        if signer.public_key.keyid in role.keyids:
            md.sign(signer, append=True)
            used += 1
    if used < role.threshold and not allow_partial:
        raise SigningError(
            f"{md.signed.type} needs {role.threshold} signature(s) from its keys "
            f"({', '.join(k[:12] for k in sorted(role.keyids))}); got {used} — pass the right --key"
        )
    return used


def write_metadata(metadata_dir: Path, md: Metadata) -> bytes:
    role = md.signed.type
    name = "timestamp.json" if role == Timestamp.type else f"{md.signed.version}.{role}.json"
    data = md.to_bytes(_SERIALIZER)
    temp = metadata_dir / f".{name}.tmp"
    temp.write_bytes(data)
    temp.replace(metadata_dir / name)
    return data
