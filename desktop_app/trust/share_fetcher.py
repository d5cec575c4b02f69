"""Reads TUF metadata and targets from a local folder (a file share), with no network code.

python-tuf's Updater asks for URLs; this fetcher maps `wayfinder-share:/<path>` to a file under
the share folder. The share is hostile: paths may not leave it, no component may be a symlink,
hardlinked files are refused, and nothing larger than the caller's cap is read at all.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO
from urllib.parse import unquote

from tuf.api import exceptions
from tuf.ngclient.fetcher import FetcherInterface

URL_PREFIX = "wayfinder-share:/"
METADATA_URL = URL_PREFIX + "metadata/"
TARGETS_URL = URL_PREFIX + "targets/"
CHUNK_BYTES = 1 << 20


class ShareFetcher(FetcherInterface):
    """A `FetcherInterface` over a folder; missing files look like HTTP 404 to the Updater."""

    def __init__(self, share_dir: Path) -> None:
        self.share_dir = Path(share_dir)
        self.last_path = ""  # the share file read last, so a refusal can name it

    def relative_path(self, url: str) -> str:
        if not url.startswith(URL_PREFIX):
            raise exceptions.DownloadError(f"not a share address: {url}")
        relative = unquote(url[len(URL_PREFIX) :])
        parts = relative.split("/")
        if any(part in ("", ".", "..") for part in parts) or "\\" in relative or ":" in relative:
            raise exceptions.DownloadError(f"refused path outside the share: {relative!r}")
        return relative

    def _open_regular_file(self, relative: str) -> tuple[int, int]:
        """Open share_dir/relative refusing symlinks anywhere on the way; return (fd, size)."""
        current = self.share_dir
        for part in relative.split("/"):
            current = current / part
            try:
                info = current.lstat()
            except FileNotFoundError:
                raise exceptions.DownloadHTTPError(f"{relative} is not on the share", 404) from None
            if stat.S_ISLNK(info.st_mode):
                raise exceptions.DownloadError(f"refused symlink on the share: {relative}")
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(current, flags)
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            os.close(fd)
            raise exceptions.DownloadError(f"refused non-regular file on the share: {relative}")
        if info.st_nlink > 1:
            os.close(fd)
            raise exceptions.DownloadError(f"refused hardlinked file on the share: {relative}")
        return fd, info.st_size

    def _fetch(self, url: str) -> Iterator[bytes]:
        fd, _size = self._open_regular_file(self.relative_path(url))
        return _read_chunks(fd)

    @contextmanager
    def download_file(self, url: str, max_length: int) -> Iterator[IO]:
        # Refuse an oversized file before reading a byte of it (the base class would read up to
        # the cap first); the base class still enforces the cap while reading.
        relative = self.relative_path(url)
        self.last_path = relative
        try:
            size = (self.share_dir / relative).lstat().st_size
        except FileNotFoundError:
            raise exceptions.DownloadHTTPError(f"{relative} is not on the share", 404) from None
        if size > max_length:
            raise exceptions.DownloadLengthMismatchError(
                f"{relative} on the share is {size} bytes, more than the {max_length} allowed"
            )
        with super().download_file(url, max_length) as handle:
            yield handle


def _read_chunks(fd: int) -> Iterator[bytes]:
    with os.fdopen(fd, "rb") as handle:
        while chunk := handle.read(CHUNK_BYTES):
            yield chunk
