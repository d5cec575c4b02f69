"""What a bundle folder may hold, checked without following anything it points to.

The contract: a bundle folder holds regular files only. Each entry is looked at with `lstat`
(a symbolic link is judged as a link, never by what it points to), and every file is opened
with `O_NOFOLLOW` and checked again on the open handle, so a file swapped for a link between
the look and the read is refused too. Refused whole: symbolic links, hard-linked files (their
content is also reachable under another name, e.g. the laptop's own audit key), devices,
FIFOs, sockets, sub-folders, and files whose names look like a contract file but are not
spelled like one (`decisions.json`, `Citizens.jsonl`). Files the contract does not name are
kept verbatim for a lossless round trip, but only as single, plain name components and only
up to a size cap.
"""

from __future__ import annotations

import contextlib
import os
import stat
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from desktop_app.bundle.contract import FILES_BY_STEM
from desktop_app.bundle.issues import BundleIssue

MANIFEST = "manifest.json"
MAX_KEPT_FILE_BYTES = 16 << 20  # an unknown file larger than this is not kept in the cache
MAX_KEPT_TOTAL_BYTES = 64 << 20
MAX_KEPT_NAME_CHARS = 128
_NAME_PUNCTUATION = frozenset("._- +()")
# Names Windows cannot create (a kept file must be writable by `export` on any laptop).
_WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul"} | {f"com{i}" for i in range(1, 10)}
    | {f"lpt{i}" for i in range(1, 10)}
)
_KIND_NAMES = (
    (stat.S_ISLNK, "a symbolic link"),
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
)
REGULAR_ONLY = "a bundle folder holds regular files only (the contract); nothing was followed"


class UnsafeFile(OSError):
    """A bundle file is not a plain regular file (or changed while it was being read)."""


@dataclass
class FolderScan:
    """The entries of a bundle folder, sorted into what the reader does with each."""

    contract_files: dict[str, Path] = field(default_factory=dict)  # stem -> path
    manifest: Path | None = None
    kept_files: dict[str, Path] = field(default_factory=dict)  # unknown files to keep
    ignored_files: list[str] = field(default_factory=list)  # hidden files: neither read nor kept
    errors: list[BundleIssue] = field(default_factory=list)


def describe_kind(mode: int) -> str | None:
    """What a non-regular file is ('a symbolic link', ...), None for a regular file."""
    for test, name in _KIND_NAMES:
        if test(mode):
            return name
    return None if stat.S_ISREG(mode) else "not a regular file"


def is_safe_kept_name(name: str) -> bool:
    """A name `export` may write as-is: one plain component, no hidden or reserved names."""
    if not name or len(name) > MAX_KEPT_NAME_CHARS or name.startswith((".", " ")):
        return False
    if name.endswith((".", " ")) or name.split(".")[0].lower() in _WINDOWS_RESERVED:
        return False
    if unicodedata.normalize("NFC", name) != name:
        return False
    return all(ch.isalnum() or ch in _NAME_PUNCTUATION for ch in name)


def _contract_look_alike(name: str) -> str | None:
    """The contract file a misnamed entry most likely meant (`decisions.json` -> decisions)."""
    lowered = name.lower()
    stem = lowered.split(".", 1)[0]
    if stem in FILES_BY_STEM and name != FILES_BY_STEM[stem].filename:
        return FILES_BY_STEM[stem].filename
    if stem == "manifest" and name != MANIFEST:
        return MANIFEST
    return None


def scan_folder(path: Path) -> FolderScan:
    """Sort the folder's entries; every entry breaking the contract becomes an error."""
    scan = FolderScan()
    kept_bytes = 0
    with os.scandir(path) as entries:
        listing = sorted(entries, key=lambda e: e.name)
    for entry in listing:
        name = entry.name
        info = entry.stat(follow_symlinks=False)
        kind = describe_kind(info.st_mode)
        is_contract = name == MANIFEST or (
            name.endswith(".jsonl") and name[: -len(".jsonl")] in FILES_BY_STEM
        )
        if kind is not None:
            scan.errors.append(BundleIssue(name, 0, "", f"is {kind}; {REGULAR_ONLY}"))
            continue
        if info.st_nlink > 1:
            scan.errors.append(BundleIssue(
                name, 0, "", f"is a hard link ({info.st_nlink} names for one file); copy the "
                "file into the bundle instead. " + REGULAR_ONLY))
            continue
        if is_contract:
            if name == MANIFEST:
                scan.manifest = Path(path) / name
            else:
                scan.contract_files[name[: -len(".jsonl")]] = Path(path) / name
            continue
        meant = _contract_look_alike(name)
        if meant is not None:
            scan.errors.append(BundleIssue(
                name, 0, "", f"looks like the contract file {meant} but is named differently; "
                f"rename it to {meant} (names are exact and lower case)"))
            continue
        if name.startswith("."):
            scan.ignored_files.append(name)  # .DS_Store, ._x from macOS shares: not bundle data
            continue
        if not is_safe_kept_name(name):
            scan.errors.append(BundleIssue(
                name, 0, "", "unknown file with a name that cannot be kept (use letters, "
                f"digits and . _ - + ( ) only, at most {MAX_KEPT_NAME_CHARS} characters)"))
            continue
        if info.st_size > MAX_KEPT_FILE_BYTES:
            scan.errors.append(BundleIssue(
                name, 0, "", f"unknown file of {info.st_size:,} bytes; unknown files are kept "
                f"verbatim only up to {MAX_KEPT_FILE_BYTES:,} bytes. Remove it from the bundle"))
            continue
        kept_bytes += info.st_size
        if kept_bytes > MAX_KEPT_TOTAL_BYTES:
            scan.errors.append(BundleIssue(
                name, 0, "", f"unknown files add up to more than {MAX_KEPT_TOTAL_BYTES:,} "
                "bytes; remove the files the contract does not name"))
            continue
        scan.kept_files[name] = Path(path) / name
    return scan


@contextlib.contextmanager
def open_regular_file(path: Path, *, limit: int | None = None) -> Iterator[BinaryIO]:
    """`path` opened for reading; it must be (and stay) a regular file with one name.

    `O_NOFOLLOW` refuses a symbolic link at open; `O_NONBLOCK` keeps a FIFO swapped in after
    the scan from blocking the open; the checks on the open handle refuse anything that is not
    a plain regular file. Raises `UnsafeFile` with the reason.
    """
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        if Path(path).is_symlink():
            raise UnsafeFile(f"is a symbolic link; {REGULAR_ONLY}") from error
        raise
    handle = os.fdopen(fd, "rb")
    with handle:
        info = os.fstat(fd)
        kind = describe_kind(info.st_mode)
        if kind is not None:
            raise UnsafeFile(f"is {kind}; {REGULAR_ONLY}")
        if info.st_nlink > 1:
            raise UnsafeFile(f"is a hard link ({info.st_nlink} names for one file); "
                             + REGULAR_ONLY)
        if limit is not None and info.st_size > limit:
            raise UnsafeFile(f"grew to {info.st_size:,} bytes while the bundle was read")
        yield handle


def read_regular_file(path: Path, *, limit: int | None = None) -> bytes:
    """The bytes of `path`, read through `open_regular_file`."""
    with open_regular_file(path, limit=limit) as handle:
        return handle.read()
