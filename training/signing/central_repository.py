"""The data team's TUF repository folder: create, read, and sign its metadata one role at a time.

Folder layout (identical to what is published to the share, so publishing is a copy):
  metadata/<N>.root.json  <N>.targets.json  <N>.snapshot.json  timestamp.json
           <N>.<publisher>.json                    (delegated publishers, see delegations.py)
  targets/model/<version>/<sha256>.<file name>   (consistent snapshots: content-addressed)
  targets/publishers/<publisher>/<version>/<sha256>.<file name>
  repository.json         expiry policy of this repository (days per role)
Roles: root (threshold of offline keys, default 2 of 3), targets, snapshot, timestamp, and
the delegated publishers the top-level targets delegate to (each its own keys and threshold).

Keys are kept apart: every role signs in its own step, and the steps pass metadata to each
other as files in this folder, so the machine (or person) holding one role's key never needs
another's. A change is STAGED (a new, unsigned version of the role's metadata is written), then
signed by that role's key holders (`sign_role_step`), possibly in several sittings when the
threshold is above one. Snapshot and timestamp follow the role below them: the snapshot step
makes a new snapshot when the newest fully signed targets is not yet in it, the timestamp step
a new timestamp when the newest fully signed snapshot is not yet in it. `pending_steps` says
what is still needed; publishing refuses until nothing is. Packages, withdrawal and root
changes are in `packages.py` and `root_changes.py`.

The signing code takes any securesystemslib `Signer` (file keys, PKCS#11 tokens, cloud KMS;
see `signers.py`). Role names are plain strings throughout: a delegated publisher's step is
`sign_role_step("<publisher>", ...)` like any other, and the snapshot lists every delegate.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from securesystemslib.signer import Key, Signer
from tuf.api.exceptions import LengthOrHashMismatchError
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
ONLINE_ROLES = ("targets", "snapshot", "timestamp")
_VERSIONED = re.compile(r"^([1-9][0-9]*)\.([a-z0-9][a-z0-9-]*)\.json$")
_SERIALIZER = JSONSerializer(compact=False)
MIN_ROOT_THRESHOLD = 2  # below this only a --demo repository


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
        signers: Iterable[Signer] = (),
        expiry: ExpiryPolicy = ExpiryPolicy(),
        demo: bool = False,
        now: datetime | None = None,
    ) -> CentralRepository:
        """Root v1 and an empty targets v1, signed by whichever of `signers` belong to them.

        With no signers (the separated-keys ceremony), every role is left to its own step."""
        now = now or utc_now()
        path = Path(path)
        if path.exists() and any(path.iterdir()):
            raise SigningError(f"{path} exists and is not empty; choose a new folder")
        if not 1 <= root_threshold <= len(root_keys):
            raise SigningError(f"root threshold {root_threshold} needs at least as many root keys")
        if root_threshold < MIN_ROOT_THRESHOLD and not demo:
            raise SigningError(
                f"a root threshold of {root_threshold} lets one lost or stolen key replace every "
                "key; use 2 of 3 root keys held by different people (a 1-of-1 root only for a "
                "demo repository, with --demo)"
            )
        root = Root(expires=now + timedelta(days=expiry.root_days), consistent_snapshot=True)
        for key in root_keys:
            root.add_key(key, Root.type)
        root.roles[Root.type].threshold = root_threshold
        for role in ONLINE_ROLES:
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
        add_signatures(root_md, set(root.roles[Root.type].keyids), signers)
        write_metadata(path / "metadata", root_md)
        repo = cls(path)
        targets = Targets(expires=now + timedelta(days=expiry.targets_days))
        repo.commit_targets(Metadata(targets), signers, now, bump=False)
        return repo

    # -- reading -------------------------------------------------------------------------------
    def versions(self, role: str) -> list[int]:
        found = (_VERSIONED.match(p.name) for p in self.metadata_dir.iterdir())
        return sorted(int(m.group(1)) for m in found if m and m.group(2) == role)

    def has(self, role: str) -> bool:
        if role == Timestamp.type:
            return (self.metadata_dir / "timestamp.json").is_file()
        return bool(self.versions(role))

    def latest(self, role: str) -> Metadata:
        if role == Timestamp.type:
            return Metadata.from_file(str(self.metadata_dir / "timestamp.json"))
        versions = self.versions(role)
        if not versions:
            raise SigningError(f"no {role} metadata in {self.metadata_dir}")
        return Metadata.from_file(str(self.metadata_dir / f"{versions[-1]}.{role}.json"))

    def root(self) -> Root:
        return self.latest(Root.type).signed

    def delegates(self) -> list[str]:
        """The publishers the newest top-level targets delegate to."""
        delegations = self.latest(Targets.type).signed.delegations
        return list(delegations.roles) if delegations and delegations.roles else []

    def is_delegate(self, role: str) -> bool:
        return role not in TOP_ROLES and role in self.delegates()

    def role_keyids(self, role: str) -> set[str]:
        """Key ids of a top-level role (from root) or of a delegated publisher (targets)."""
        if role in TOP_ROLES:
            return set(self.root().roles[role].keyids)
        if not self.is_delegate(role):
            known = ", ".join(self.delegates()) or "none"
            raise SigningError(
                f"'{role}' is not a role of {self.path}: not root, targets, snapshot or "
                f"timestamp, and no publisher of that name is delegated (delegated: {known})")
        return set(self.latest(Targets.type).signed.get_delegated_role(role).keyids)

    def role_threshold(self, role: str) -> int:
        if role in TOP_ROLES:
            return self.root().roles[role].threshold
        return self.latest(Targets.type).signed.get_delegated_role(role).threshold

    def is_demo(self) -> bool:
        return bool(self.latest(Root.type).signed.unrecognized_fields.get(DEMO_MARKER))

    def fully_signed(self, md: Metadata, role: str | None = None) -> bool:
        role = role or md.signed.type
        if role in TOP_ROLES:
            delegator: Root | Targets = self.root()
        else:
            delegator = self.latest(Targets.type).signed
            if delegator.delegations is None or role not in (delegator.delegations.roles or {}):
                return False
        return delegator.get_verification_result(role, md.signed_bytes,
                                                 md.signatures).verified

    # -- staging: a new, unsigned version of a role ------------------------------------------
    def targets_published(self, targets_md: Metadata, role: str = Targets.type) -> bool:
        """Is this targets version already pinned by a snapshot (so it must not change)?"""
        return self._pins(self._snapshot_or_none(), targets_md, role)

    def stage_targets(
        self, targets_md: Metadata, now: datetime, bump: bool = True, role: str = Targets.type
    ) -> Metadata:
        """Write `targets_md` (top-level or a publisher's) unsigned (its step signs): as the next
        version, or, while no snapshot pins the current one yet (`bump=False`), in its place."""
        if bump:
            targets_md.signed.version += 1
        targets_md.signed.expires = now + timedelta(days=self.expiry.targets_days)
        targets_md.signatures.clear()  # a changed payload invalidates every earlier signature
        write_metadata(self.metadata_dir, targets_md, role)
        return targets_md

    def _stage_snapshot(self, targets_md: Metadata, now: datetime) -> Metadata:
        if self.has(Snapshot.type):
            snapshot = self.latest(Snapshot.type).signed
            snapshot.version += 1
        else:
            snapshot = Snapshot()
        snapshot.expires = now + timedelta(days=self.expiry.snapshot_days)
        # a revoked publisher's entry stays as it was: TUF clients refuse a snapshot that
        # drops an entry (rollback protection); its delegation is gone, so nothing uses it
        for role, md_ in [(Targets.type, targets_md),
                          *((name, self.latest(name)) for name in self.delegates())]:
            snapshot.meta[f"{role}.json"] = MetaFile.from_data(
                md_.signed.version, self._file_bytes(md_, role), ["sha256"]
            )
        md = Metadata(snapshot)
        write_metadata(self.metadata_dir, md)
        return md

    def _stage_timestamp(self, snapshot_md: Metadata, now: datetime) -> Metadata:
        if self.has(Timestamp.type):
            timestamp = self.latest(Timestamp.type).signed
            timestamp.version += 1
        else:
            timestamp = Timestamp()
        timestamp.expires = now + timedelta(days=self.expiry.timestamp_days)
        data = self._file_bytes(snapshot_md)
        timestamp.snapshot_meta = MetaFile.from_data(snapshot_md.signed.version, data, ["sha256"])
        md = Metadata(timestamp)
        write_metadata(self.metadata_dir, md)
        return md

    # -- one role's step -------------------------------------------------------------------------
    def sign_role_step(
        self, role: str, signers: list[Signer], now: datetime | None = None, renew: bool = False
    ) -> bool:
        """Do `role`'s step with the given keys; True when something was signed.

        Signatures are added to the role's newest version while nothing pins its bytes yet
        (the threshold may take several sittings). A version already pinned by the role above
        is never changed: if it lacks signatures under the current root (a key was replaced)
        or `renew` is asked, a new version is staged and signed. Snapshot and timestamp also
        make a new version when the role below has a newer, fully signed one. Raises
        `SigningError` when the step cannot be done yet, naming the step before it."""
        now = now or utc_now()
        if role == Targets.type or self.is_delegate(role):
            md = self.latest(role)
            pinned = self.targets_published(md, role)
            if renew or (pinned and not self.fully_signed(md, role)):
                md = self.stage_targets(md, now, role=role)
            elif pinned:
                return False
        elif role == Snapshot.type:
            md = self._snapshot_step(now, renew)
        elif role == Timestamp.type:
            md = self._timestamp_step(now, renew)
        else:
            raise SigningError(
                f"'{role}' is not signed here (root: see root_changes.py; publishers: the "
                f"names 'models delegation list' shows)")
        if md is None:
            return False
        added = add_signatures(md, self.role_keyids(role), signers)
        if added:
            write_metadata(self.metadata_dir, md, role)
        return added > 0

    def _snapshot_or_none(self) -> Metadata | None:
        return self.latest(Snapshot.type) if self.has(Snapshot.type) else None

    def _timestamp_or_none(self) -> Metadata | None:
        return self.latest(Timestamp.type) if self.has(Timestamp.type) else None

    def _pins(self, parent: Metadata | None, md: Metadata, role: str | None = None) -> bool:
        """Does `parent` (snapshot or timestamp) name exactly these bytes of `md`?"""
        if parent is None:
            return False
        role = role or md.signed.type
        if isinstance(parent.signed, Timestamp):
            meta: MetaFile | None = parent.signed.snapshot_meta
        else:
            meta = parent.signed.meta.get(f"{role}.json")
        if meta is None or meta.version != md.signed.version:
            return False
        try:
            meta.verify_length_and_hashes(self._file_bytes(md, role))
        except (LengthOrHashMismatchError, FileNotFoundError):
            return False
        return True

    def _file_bytes(self, md: Metadata, role: str | None = None) -> bytes:
        """The bytes of `md` as written in the metadata folder (what the share will serve)."""
        role = role or md.signed.type
        name = "timestamp.json" if role == Timestamp.type else f"{md.signed.version}.{role}.json"
        return (self.metadata_dir / name).read_bytes()

    def unsigned_delegates(self) -> list[str]:
        """Publishers whose newest metadata lacks a threshold of their current keys."""
        return [name for name in self.delegates()
                if not self.fully_signed(self.latest(name), name)]

    def _snapshot_pins_all(self, snapshot_md: Metadata | None, targets_md: Metadata) -> bool:
        """Does the snapshot name the newest targets and every publisher's newest metadata?"""
        if snapshot_md is None or not self._pins(snapshot_md, targets_md):
            return False
        names = self.delegates()
        return all(self._pins(snapshot_md, self.latest(n), n) for n in names)

    def _snapshot_step(self, now: datetime, renew: bool) -> Metadata | None:
        targets_md = self.latest(Targets.type)
        if not self.fully_signed(targets_md):
            raise SigningError(
                f"targets v{targets_md.signed.version} is not fully signed yet; first: "
                f"'models sign {self.path} --role targets --key TARGETS_KEY'"
            )
        unsigned = self.unsigned_delegates()
        if unsigned:
            raise SigningError(
                f"publisher {unsigned[0]} v{self.latest(unsigned[0]).signed.version} is not "
                f"fully signed by its current keys yet; first: 'models sign {self.path} --role "
                f"{unsigned[0]} --key PUBLISHER_KEY' (or revoke the publisher)"
            )
        current = self._snapshot_or_none()
        if current is not None and self._snapshot_pins_all(current, targets_md) and not renew:
            if not self._pins(self._timestamp_or_none(), current):
                return None if self.fully_signed(current) else current
            if self.fully_signed(current):
                return None
        return self._stage_snapshot(targets_md, now)

    def _timestamp_step(self, now: datetime, renew: bool) -> Metadata | None:
        snapshot_md = self._snapshot_or_none()
        if snapshot_md is None or not self.fully_signed(snapshot_md):
            version = f" v{snapshot_md.signed.version}" if snapshot_md else ""
            raise SigningError(
                f"snapshot{version} is not fully signed yet; first: "
                f"'models sign {self.path} --role snapshot --key SNAPSHOT_KEY'"
            )
        current = self._timestamp_or_none()
        if current is not None and self._pins(current, snapshot_md) and not renew:
            return None if self.fully_signed(current) else current
        return self._stage_timestamp(snapshot_md, now)

    def pending_steps(self) -> list[str]:
        """The signing steps still needed before this repository can be published."""
        from training.signing.root_status import root_status

        steps = [f"{line}: 'models sign {self.path} --role root --key ROOT_KEY'"
                 for line in root_status(self)]
        if steps:
            return steps
        targets_md = self.latest(Targets.type)
        snapshot_md, timestamp_md = self._snapshot_or_none(), self._timestamp_or_none()
        if not self.fully_signed(targets_md):
            return [self._step_line(targets_md, "targets"),
                    self._step_line(None, "snapshot"), self._step_line(None, "timestamp")]
        unsigned = self.unsigned_delegates()
        if unsigned:
            return [*(self._step_line(self.latest(n), n) for n in unsigned),
                    self._step_line(None, "snapshot"), self._step_line(None, "timestamp")]
        if not self._snapshot_pins_all(snapshot_md, targets_md):
            return [self._step_line(None, "snapshot"), self._step_line(None, "timestamp")]
        if not self.fully_signed(snapshot_md):
            return [self._step_line(snapshot_md, "snapshot"), self._step_line(None, "timestamp")]
        if timestamp_md is None or not self._pins(timestamp_md, snapshot_md):
            return [self._step_line(None, "timestamp")]
        if not self.fully_signed(timestamp_md):
            return [self._step_line(timestamp_md, "timestamp")]
        return []

    def _step_line(self, md: Metadata | None, role: str) -> str:
        delegator: Root | Targets = (self.root() if role in TOP_ROLES
                                     else self.latest(Targets.type).signed)
        threshold, keyids = self.role_threshold(role), self.role_keyids(role)
        have = ""
        if md is not None:
            result = delegator.get_verification_result(role, md.signed_bytes, md.signatures)
            have = f" ({len(result.signed)} of {threshold} signatures so far)"
        version = f" v{md.signed.version}" if md is not None else ""
        keys = ", ".join(k[:12] for k in sorted(keyids))
        what = role if role in TOP_ROLES else f"publisher {role}"
        key = role.upper() if role in TOP_ROLES else "PUBLISHER"
        return (f"{what}{version} needs signing{have} by its key ({keys}): "
                f"'models sign {self.path} --role {role} --key {key}_KEY'")

    # -- all online steps at once (demo build, tests): each only with its own role's keys ----
    def commit_targets(
        self, targets_md: Metadata, signers: list[Signer], now: datetime, bump: bool = True
    ) -> list[str]:
        """Stage new targets, then run the targets, snapshot and timestamp steps with whatever
        keys of each role are in `signers`; return the steps still needed."""
        self.stage_targets(targets_md, now, bump)
        return self.sign_online(signers, now)

    def sign_online(self, signers: list[Signer], now: datetime, renew: str = "") -> list[str]:
        """Run the targets, snapshot and timestamp steps for which `signers` hold keys (a new
        version of role `renew` even if nothing below changed); return the steps still needed.
        """
        for role in (Targets.type, *self.delegates(), Snapshot.type, Timestamp.type):
            keyids = self.role_keyids(role)
            if not any(s.public_key.keyid in keyids for s in signers):
                continue
            try:
                self.sign_role_step(role, signers, now, renew=(role == renew))
            except SigningError:
                break  # the step below is not complete; pending_steps names it
        return self.pending_steps()

    def renew(
        self, roles: set[str], signers: list[Signer], now: datetime | None = None
    ) -> list[str]:
        """Re-sign with new versions and expiry dates (routine, or after a key change)."""
        now = now or utc_now()
        unknown = roles - set(ONLINE_ROLES)
        if unknown:
            raise SigningError(
                f"cannot renew {', '.join(sorted(unknown))} here; root: 'models sign --role root "
                "--renew'"
            )
        lowest = next(role for role in ONLINE_ROLES if role in roles)
        keyids = set(self.root().roles[lowest].keyids)
        if not any(s.public_key.keyid in keyids for s in signers):
            raise SigningError(f"renewing {lowest} needs one of its keys (--key)")
        return self.sign_online(signers, now, renew=lowest)


def add_signatures(md: Metadata, allowed: set[str], signers: Iterable[Signer]) -> int:
    """Append a signature from each signer whose key is in `allowed` and has not signed yet."""
    added = 0
    for signer in signers:
        keyid = signer.public_key.keyid
        if keyid in allowed and keyid not in md.signatures:
            md.sign(signer, append=True)
            added += 1
    return added


def sign_role(
    md: Metadata, root: Root, signers: Iterable[Signer], allow_partial: bool = False
) -> int:
    """Sign `md` afresh with every given signer whose key the role (per `root`) lists.

    Returns the number of signatures; raises unless the role's threshold is met (unless
    `allow_partial`)."""
    role = root.roles[md.signed.type]
    if not allow_partial:
        md.signatures.clear()  # a changed payload invalidates every earlier signature
    used = add_signatures(md, set(role.keyids), signers)
    if used < role.threshold and not allow_partial:
        raise SigningError(
            f"{md.signed.type} needs {role.threshold} signature(s) from its keys "
            f"({', '.join(k[:12] for k in sorted(role.keyids))}); got {used} — pass the right --key"
        )
    return used


def write_metadata(metadata_dir: Path, md: Metadata, role: str | None = None) -> bytes:
    role = role or md.signed.type
    name = "timestamp.json" if role == Timestamp.type else f"{md.signed.version}.{role}.json"
    data = md.to_bytes(_SERIALIZER)
    temp = metadata_dir / f".{name}.tmp"
    temp.write_bytes(data)
    temp.replace(metadata_dir / name)
    return data
