"""Verifies one installed (or staged) model version folder against the signed metadata in it.

Shared by the installer (on the staged copy, before the rename) and by start-up (on the
installed copy), so what was checked at install is exactly what is re-checked at every start.
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop_app.trust.errors import TrustError
from desktop_app.trust.offline_verify import TrustedMetadata, verify_file, verify_metadata_dir
from desktop_app.trust.package_info import PackageInfo

FILES = "files"
SIGNED_METADATA = "signed-metadata"
MAX_PACKAGE_FILE_BYTES = 1024 * 1024 * 1024


def present_files(files_dir: Path) -> set[str]:
    """Relative POSIX names of everything under `files_dir`; symlinked folders are refused."""
    found: set[str] = set()
    for folder, subdirs, names in os.walk(files_dir, followlinks=False):
        base = Path(folder)
        for sub in subdirs:
            if (base / sub).is_symlink():
                raise TrustError(f"{(base / sub).relative_to(files_dir)} is a symlinked folder")
        for name in names:
            found.add((base / name).relative_to(files_dir).as_posix())
    return found


def verify_package_dir(
    version_dir: Path, version: int, trust_root: bytes
) -> tuple[PackageInfo, TrustedMetadata]:
    """Raise `TrustError` naming the problem unless every file matches its signed target."""
    trusted = verify_metadata_dir(version_dir / SIGNED_METADATA, trust_root)
    return verify_package_files(version_dir, version, trusted), trusted


def verify_package_files(version_dir: Path, version: int, trusted: TrustedMetadata) -> PackageInfo:
    """Check the files of `version_dir` against already verified metadata `trusted`."""
    info = trusted.packages().get(version)
    if info is None:
        raise TrustError(f"its signed metadata does not describe model version {version}")
    files_dir = version_dir / FILES
    if not files_dir.is_dir() or files_dir.is_symlink():
        raise TrustError(f"the files of model version {version} are missing")
    extra = present_files(files_dir) - set(info.files)
    if extra:
        raise TrustError(f"file(s) not listed in the signed metadata: {', '.join(sorted(extra))}")
    for relative, target_path in sorted(info.files.items()):
        verify_file(
            files_dir / relative, trusted.target(target_path, info.publisher),
            MAX_PACKAGE_FILE_BYTES
        )
    return info
