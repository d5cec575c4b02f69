"""Deterministic, atomic output: JSON Lines via msgspec, written into a temporary folder that
is renamed into place only when everything succeeded."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import msgspec

_encoder = msgspec.json.Encoder()


def write_json(path: Path, value) -> None:
    path.write_bytes(msgspec.json.format(_encoder.encode(value), indent=1) + b"\n")


class AtomicFolder:
    """Build `target` in a sibling temp folder; rename it into place on success."""

    def __init__(self, target: Path, force: bool) -> None:
        self.target = target
        self.force = force

    def __enter__(self) -> Path:
        if self.target.exists() and any(self.target.iterdir()) and not self.force:
            raise FileExistsError(self.target)
        self.target.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = Path(tempfile.mkdtemp(prefix=f".{self.target.name}.", dir=self.target.parent))
        return self.tmp

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is not None:
            shutil.rmtree(self.tmp, ignore_errors=True)
            return
        os.chmod(self.tmp, 0o755)
        if self.target.exists():
            old = self.target.with_name(f".{self.target.name}.old")
            shutil.rmtree(old, ignore_errors=True)
            os.replace(self.target, old)
            os.replace(self.tmp, self.target)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(self.tmp, self.target)
