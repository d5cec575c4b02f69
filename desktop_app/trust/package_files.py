"""The one way model code reads the files of a model package.

Every file a model loads — the suggestion model's effect and propensity networks, its manifest,
feature schema and model card, the attendance model, and any later model file such as a title
encoder — is read through a `PackageFiles` object, by NAME, never by a path built from data:

- A name must be a single safe path component (`safe_file_name`): no folder, no `..`, no drive
  or absolute path, no hidden file. A manifest that names `/etc/x`, `../x` or `sub/x` is refused.
- `VerifiedPackage` (the laptop) is made by `load_verified_model` from the signed metadata that
  verified the installed files. A name must be listed in that metadata; `read_bytes` re-opens
  the file refusing links and checks it against its signed length and SHA-256, so the bytes
  returned are the bytes that were signed, even if the file was swapped after the start-up
  check. `onnx_bytes` further requires that the file passed the ONNX safety checks
  (`onnx_safety.check_package`, which checks every `*.onnx` file): a manifest naming
  `effects.bin` is refused, never handed to onnxruntime unchecked.
- `FolderPackage` (the central side: training, evaluation, `suggest --model DIR`) applies the
  same name rules and runs the same ONNX checks when a file is opened, without signatures.

`desktop_app.trust.session.onnx_session(files, name)` opens onnxruntime from `onnx_bytes`, CPU
only, with external data resolved inside `files.directory` (never the working directory).
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from desktop_app.trust.errors import TrustError
from desktop_app.trust.onnx_safety import (
    DEFAULT_LIMITS,
    SafetyLimits,
    check_onnx_bytes,
    check_plain_file,
)

_SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,127}")


def safe_file_name(name: object) -> str:
    """Return `name` if it is one plain file name (no folder, no `..`, not hidden), else raise."""
    if not isinstance(name, str) or not _SAFE_NAME.fullmatch(name) or name.endswith("."):
        raise TrustError(
            f"{name!r} is not a single file name of the model package (a model may name only "
            "files of its own package, without folders)"
        )
    return name


class PackageFiles(Protocol):
    """Read access to a model package by file name (see the module docstring)."""

    @property
    def directory(self) -> Path: ...

    def has(self, name: str) -> bool: ...

    def read_bytes(self, name: str) -> bytes: ...

    def onnx_bytes(self, name: str) -> bytes: ...


@dataclass(frozen=True)
class SignedFile:
    length: int
    hashes: Mapping[str, str]  # algorithm -> hex digest, from the signed targets metadata


@dataclass(frozen=True)
class VerifiedPackage:
    """The files of an installed model version that matched signed metadata at start-up."""

    directory: Path
    signed: Mapping[str, SignedFile]  # relative name -> signed length and hashes
    onnx_checked: frozenset[str] = field(default_factory=frozenset)

    def has(self, name: str) -> bool:
        return isinstance(name, str) and name in self.signed

    def path(self, name: str) -> Path:
        name = safe_file_name(name)
        if name not in self.signed:
            raise TrustError(f"{name} is not listed in the signed metadata of this model")
        return self.directory / name

    def read_bytes(self, name: str) -> bytes:
        path = self.path(name)
        expected = self.signed[name]
        data = _read_unlinked(path, expected.length)
        if len(data) != expected.length or not _hashes_match(data, expected.hashes):
            raise TrustError(
                f"{name} changed since it was verified (it no longer matches its signed hash); "
                "not loaded"
            )
        return data

    def onnx_bytes(self, name: str) -> bytes:
        if safe_file_name(name) in self.signed and name not in self.onnx_checked:
            raise TrustError(
                f"{name} was not checked by the ONNX safety layer (only .onnx files are); "
                "a model file must be a .onnx file of the package"
            )
        return self.read_bytes(name)


class FolderPackage:
    """An unsigned model folder (central side): same name rules and ONNX checks, no signatures."""

    def __init__(self, directory: Path, limits: SafetyLimits = DEFAULT_LIMITS) -> None:
        self._directory = Path(directory)
        self._limits = limits

    @property
    def directory(self) -> Path:
        return self._directory

    def names(self) -> set[str]:
        if not self._directory.is_dir():
            return set()
        return {p.name for p in self._directory.iterdir() if p.is_file() and not p.is_symlink()}

    def has(self, name: str) -> bool:
        return isinstance(name, str) and name in self.names()

    def read_bytes(self, name: str) -> bytes:
        path = self._directory / safe_file_name(name)
        check_plain_file(path, self._limits.max_file_bytes)
        return path.read_bytes()

    def onnx_bytes(self, name: str) -> bytes:
        data = self.read_bytes(name)
        if not name.endswith(".onnx"):
            raise TrustError(f"{name} is not a .onnx file; a model file must be one")
        check_onnx_bytes(data, self._directory, name, self.names(), self._limits)
        return data


def _read_unlinked(path: Path, cap: int) -> bytes:
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise TrustError(f"{path.name} is missing from the installed model") from None
    except OSError as error:  # ELOOP: a symlink was put in its place
        raise TrustError(f"{path.name} cannot be opened safely ({error.strerror})") from None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode) or info.st_nlink > 1:
            raise TrustError(f"{path.name} is not a plain, unlinked file any more; not loaded")
        return handle.read(cap + 1)


def _hashes_match(data: bytes, hashes: Mapping[str, str]) -> bool:
    if not hashes:
        return False
    for algorithm, digest in hashes.items():
        if algorithm not in hashlib.algorithms_guaranteed:
            return False
        if hashlib.new(algorithm, data).hexdigest() != digest:
            return False
    return True
