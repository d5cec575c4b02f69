"""What a model package is in signed TUF metadata: target paths and the `wayfinder` custom data.

Each file of model version N is one target `model/N/<relative path>`; its custom data holds the
model version, the training period, when it was signed and whether the version was withdrawn.
The central signing code writes exactly these fields, so both sides share this one module.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import PurePosixPath
from typing import Any

from desktop_app.trust.errors import TrustError

TARGET_PREFIX = "model"
CUSTOM_KEY = "wayfinder"


def target_path(version: int, relative: str) -> str:
    return f"{TARGET_PREFIX}/{version}/{safe_relative_path(relative)}"


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


def packages_in(targets: dict[str, Any]) -> dict[int, PackageInfo]:
    """Group the targets (path -> TargetFile) of signed targets metadata by model version."""
    grouped: dict[int, PackageInfo] = {}
    for path, target in sorted(targets.items()):
        parts = path.split("/", 2)
        if len(parts) != 3 or parts[0] != TARGET_PREFIX:
            continue  # not a model file; other targets are ignored, never installed
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
            )
            grouped[version] = info
        info.files[relative] = path
        if data.get("withdrawn") and not info.withdrawn:
            # one withdrawn file withdraws the whole version
            grouped[version] = replace(
                info, withdrawn=True, withdrawn_reason=str(data.get("withdrawn_reason", ""))
            )
    return grouped
