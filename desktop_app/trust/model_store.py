"""The laptop's model store: installed versions, the pointer to the current one, and the
separately kept install state. Every change is a rename, so a crash leaves the old model usable.

Layout under the store folder (app-private, created with owner-only permissions):
  tuf-metadata/            python-tuf's metadata cache (may be deleted; rollback state is not here)
  versions/v<N>/files/     the package files of model version N
  versions/v<N>/signed-metadata/  the newest signed metadata that verified them (re-checked at
                           start; refreshed whenever an update verifies a newer root or targets)
  current                  text "v<N>": the version in use (replaced atomically)
  install-state.json       anti-rollback state (see install_state.py), unless IT keeps it in an
                           administrator-only folder (`state_dir`, from the system configuration)
  update.lock, store.lock  one update at a time; no start-up check mid-change (store_lock.py)
A store whose record IT keeps in an administrator-only folder is "shared": written by an
administrator's update and readable by every user (`open_to_users`); otherwise it is private.
  .staging-*/ .check-*/    work folders of an update in progress; removed on the next update
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import tempfile
from pathlib import Path

from desktop_app.atomic_files import fsync_dir, write_atomically
from desktop_app.trust.errors import TrustError

_VERSION_DIR = re.compile(r"^v([1-9][0-9]{0,17})$")


STATE_FILE = "install-state.json"


class ModelStore:
    def __init__(self, root: Path, state_dir: Path | None = None) -> None:
        self.root = Path(root)
        # an administrator-only folder for the anti-rollback state, when IT configures one;
        # the caller resolves it (trust code reads no configuration itself)
        self.state_dir = Path(state_dir) if state_dir is not None else None

    @property
    def metadata_dir(self) -> Path:
        return self.root / "tuf-metadata"

    @property
    def versions_dir(self) -> Path:
        return self.root / "versions"

    @property
    def state_path(self) -> Path:
        """Where the anti-rollback state is read and written."""
        if self.state_dir is not None:
            return self.state_dir / STATE_FILE
        return self.root / STATE_FILE

    @property
    def legacy_state_path(self) -> Path:
        """The state kept in the store itself (before IT moved it to `state_dir`)."""
        return self.root / STATE_FILE

    def state_writable(self) -> bool:
        """True when this process may write the anti-rollback state (always, in the store).

        IT's folder is created on first use by whoever may (an administrator)."""
        if self.state_dir is None:
            return True
        try:
            if not self.state_dir.is_dir():
                self.state_dir.mkdir(parents=True)
                self.state_dir.chmod(0o755)  # every user's app reads the record
        except OSError:
            return False
        folder_ok = os.access(self.state_dir, os.W_OK)
        return folder_ok and (not self.state_path.exists() or os.access(self.state_path, os.W_OK))

    @property
    def pointer_path(self) -> Path:
        return self.root / "current"

    @property
    def shared(self) -> bool:
        """IT keeps the record in an administrator-only folder: the store is then written by an
        administrator's update and read by every user's app (it holds public, signed files)."""
        return self.state_dir is not None

    def ensure(self) -> None:
        for folder in (self.root, self.versions_dir):
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.open_to_users()

    def open_to_users(self) -> None:
        """In a shared store, make what this account wrote readable by all (0755 / 0644): the
        Wayfinder commands write everything private, which would hide the model from users."""
        if not self.shared or os.name != "posix" or not self.root.is_dir():
            return
        uid = os.getuid()
        for path in (self.root, *self.root.rglob("*")):
            info = path.lstat()
            if stat.S_ISLNK(info.st_mode) or info.st_uid != uid:
                continue
            path.chmod(0o755 if stat.S_ISDIR(info.st_mode) else 0o644)

    def version_dir(self, version: int) -> Path:
        return self.versions_dir / f"v{version}"

    def current_version(self) -> int | None:
        try:
            text = self.pointer_path.read_text(encoding="ascii").strip()
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError) as error:
            raise TrustError(f"{self.pointer_path} is unreadable: {error}") from None
        match = _VERSION_DIR.match(text)
        if not match:
            raise TrustError(f"the current-model pointer {self.pointer_path} is damaged: {text!r}")
        return int(match.group(1))

    def installed_versions(self) -> list[int]:
        if not self.versions_dir.is_dir():
            return []
        found = (_VERSION_DIR.match(p.name) for p in self.versions_dir.iterdir())
        return sorted(int(m.group(1)) for m in found if m)

    def new_work_dir(self, prefix: str) -> Path:
        self.ensure()
        return Path(tempfile.mkdtemp(prefix=prefix, dir=self.root))

    def commit_version(self, staged: Path, version: int) -> None:
        """Move a fully staged package into place, then switch the pointer to it."""
        target = self.version_dir(version)
        if target.exists():
            # an earlier install of this version died between rename and pointer switch,
            # or the files were tampered with; the fresh, verified copy replaces it
            shutil.rmtree(target)
        os.replace(staged, target)
        fsync_dir(self.versions_dir)
        write_atomically(self.pointer_path, f"v{version}\n".encode("ascii"))

    def replace_signed_metadata(self, version: int, staged: Path) -> None:
        """Swap version N's kept signed metadata for `staged` (a fully written folder)."""
        target = self.version_dir(version) / "signed-metadata"
        old = self.version_dir(version) / f".old-signed-metadata-{os.getpid()}"
        if target.exists():  # absent only after a crash between these two renames
            os.replace(target, old)
        os.replace(staged, target)
        fsync_dir(self.version_dir(version))
        shutil.rmtree(old, ignore_errors=True)

    def prune(self, keep: set[int]) -> None:
        for version in self.installed_versions():
            if version not in keep:
                shutil.rmtree(self.version_dir(version), ignore_errors=True)

    def remove_leftovers(self) -> None:
        """Delete work folders of updates that were interrupted (crash, power loss)."""
        if not self.root.is_dir():
            return
        for path in self.root.iterdir():
            if path.name.startswith((".staging-", ".check-", ".old-")) and path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
        for version in self.installed_versions():
            for path in self.version_dir(version).iterdir():
                if path.name.startswith((".old-", ".new-")) and path.is_dir():
                    shutil.rmtree(path, ignore_errors=True)
