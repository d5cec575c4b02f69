"""What a model package is in signed TUF metadata: target paths and the `wayfinder` custom data.

Each file of model version N is one target `model/N/<relative path>`; its custom data holds the
model version, the training period, when it was signed and whether the version was withdrawn.
The central signing code writes exactly these fields, so both sides share this one module.

Delegated publishers (a municipality or region under a national or regional publisher that
holds the top-level roles) sign their own packages in a delegated targets role named after
them, restricted to the paths `publishers/<name>/<version>/<file>` (one file name, no folders).
`SHARED` ("") names the top-level publisher's own packages (`model/...`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import PurePosixPath
from typing import Any

from desktop_app.trust.errors import TrustError

TARGET_PREFIX = "model"
PUBLISHER_PREFIX = "publishers"
CUSTOM_KEY = "wayfinder"
SHARED = ""  # the top-level (national or regional) publisher
_PUBLISHER_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
_RESERVED = frozenset({"root", "targets", "snapshot", "timestamp", "shared", "model",
                       PUBLISHER_PREFIX})


def check_publisher_name(name: str) -> str:
    """A delegated publisher's name: lower-case letters, digits and '-', at most 40."""
    if not _PUBLISHER_NAME.match(name or "") or name in _RESERVED:
        raise TrustError(
            f"{name!r} is not a usable publisher name (lower-case letters, digits and '-', "
            f"at most 40, not one of {', '.join(sorted(_RESERVED))})"
        )
    return name


def publisher_paths(name: str) -> list[str]:
    """The path patterns a delegated publisher is restricted to (TUF `paths`)."""
    return [f"{PUBLISHER_PREFIX}/{check_publisher_name(name)}/*/*"]


def target_path(version: int, relative: str, publisher: str = SHARED) -> str:
    if publisher:
        name = safe_relative_path(relative)
        if "/" in name:
            raise TrustError(
                f"package file {name!r} is in a folder; a delegated publisher's package holds "
                "plain file names only"
            )
        return f"{PUBLISHER_PREFIX}/{check_publisher_name(publisher)}/{version}/{name}"
    return f"{TARGET_PREFIX}/{version}/{safe_relative_path(relative)}"


def publisher_label(publisher: str) -> str:
    return publisher or "shared"


def safe_relative_path(name: str) -> str:
    """Return `name` if it is a plain relative POSIX path inside a package, else raise.

    Signed names are still checked: a package file must never land outside its folder.
    """
    if not name or "\\" in name or "\x00" in name or ":" in name:
        raise TrustError(f"package file name {name!r} is not a plain relative path")
    path = PurePosixPath(name)
    if path.is_absolute() or any(part in ("", ".", "..") for part in name.split("/")):
        raise TrustError(f"package file name {name!r} must not be absolute or contain '..'")
    return str(path)


@dataclass(frozen=True)
class PackageInfo:
    """One model version as described by signed targets metadata."""

    version: int
    training_period: dict[str, str]
    signed_at: str
    withdrawn: bool
    withdrawn_reason: str
    files: dict[str, str] = field(default_factory=dict)  # relative name -> target path
    publisher: str = SHARED  # SHARED, or the delegated publisher that signed it


def custom_data(
    version: int,
    training_period: dict[str, str],
    signed_at: str,
    withdrawn: bool = False,
    withdrawn_reason: str = "",
) -> dict[str, Any]:
    return {
        CUSTOM_KEY: {
            "model_version": version,
            "training_period": dict(training_period),
            "signed_at": signed_at,
            "withdrawn": withdrawn,
            "withdrawn_reason": withdrawn_reason,
        }
    }


def packages_in(targets: dict[str, Any], publisher: str = SHARED) -> dict[int, PackageInfo]:
    """Group the targets (path -> TargetFile) of one publisher's signed targets metadata by
    model version: the top-level publisher's `model/...` paths, or a delegated publisher's
    `publishers/<name>/...` paths (anything else is ignored, never installed)."""
    grouped: dict[int, PackageInfo] = {}
    prefix = f"{PUBLISHER_PREFIX}/{publisher}/" if publisher else ""
    for path, target in sorted(targets.items()):
        if prefix and not path.startswith(prefix):
            continue
        parts = path[len(prefix):].split("/", 1) if prefix else path.split("/", 2)[1:]
        if not prefix and not path.startswith(f"{TARGET_PREFIX}/"):
            continue  # not a model file; other targets are ignored, never installed
        if len(parts) != 2:
            continue
        parts = [TARGET_PREFIX, *parts]
        data = (target.custom or {}).get(CUSTOM_KEY)
        if not isinstance(data, dict) or not isinstance(data.get("model_version"), int):
            raise TrustError(f"signed target {path} lacks the wayfinder model_version field")
        version = data["model_version"]
        if parts[1] != str(version):
            raise TrustError(f"signed target {path} says model_version {version}")
        relative = safe_relative_path(parts[2])
        info = grouped.get(version)
        if info is None:
            info = PackageInfo(
                version=version,
                training_period=dict(data.get("training_period") or {}),
                signed_at=str(data.get("signed_at", "")),
                withdrawn=bool(data.get("withdrawn", False)),
                withdrawn_reason=str(data.get("withdrawn_reason", "")),
                publisher=publisher,
            )
            grouped[version] = info
        info.files[relative] = path
        if data.get("withdrawn") and not info.withdrawn:
            # one withdrawn file withdraws the whole version
            grouped[version] = replace(
                info, withdrawn=True, withdrawn_reason=str(data.get("withdrawn_reason", ""))
            )
    return grouped
