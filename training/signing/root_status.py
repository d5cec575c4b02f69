"""Whether the newest root of a central repository is fully signed (no cycle: the repository's
`pending_steps` and the root ceremonies in `root_changes` both ask here)."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from tuf.api.metadata import Metadata, Root

__all__ = ["root_status"]


class RootHolder(Protocol):
    """What the root checks read of a `CentralRepository`."""

    @property
    def metadata_dir(self) -> Path: ...

    def versions(self, role: str) -> list[int]: ...


def _root_md(repo: RootHolder, version: int) -> Metadata:
    return Metadata.from_file(str(repo.metadata_dir / f"{version}.root.json"))


def root_status(repo: RootHolder, version: int | None = None) -> list[str]:
    """Problems with root `version` (default: newest); empty when fully signed."""
    versions = repo.versions(Root.type)
    version = version or versions[-1]
    md = _root_md(repo, version)
    problems = []
    checks = [("its own", md.signed)]
    if version > 1:
        checks.insert(0, (f"root v{version - 1}'s", _root_md(repo, version - 1).signed))
    for label, delegator in checks:
        result = delegator.get_verification_result(Root.type, md.signed_bytes, md.signatures)
        if not result.verified:
            missing = sorted(k[:12] for k in result.unsigned)
            problems.append(
                f"root v{version} has {len(result.signed)} of {result.threshold} signatures from "
                f"{label} root keys; still unsigned: {', '.join(missing)}"
            )
    return problems
