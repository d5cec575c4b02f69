"""Audit chain heads written outside the cache, and reading them back for `audit verify`.

A head is (seq, hash) of the newest entry, with the id of the cache it belongs to. After every
committed batch of entries it is written to the OS log (where the caseworker's account can add
lines but not change or remove them) and to the IT log; exports and sheets carry one too. One
line format everywhere, so IT can hand `audit verify --heads FILE` whatever it collected:
syslog or journal lines, Windows Event Log text, IT log files, or a file of its own.

    audit head 1234:<64 hex> cache=<32 hex> at=2026-03-02T12:00:00.000+00:00

`at` is the entry's own time (from the chain). It lets verification tell entries a retention
checkpoint may remove (older than six months) from ones it may not, and recognise a cache
whose id was changed (its entries carry another cache's numbers and times).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

_LINE = re.compile(r"audit head (\d+):([0-9a-fA-F]{64})(?:\s+cache=([0-9a-fA-F]{32}))?"
                   r"(?:\s+at=([0-9T:.+\-]{10,40}))?")


@dataclass(frozen=True)
class Head:
    seq: int
    hash: str
    cache_id: str | None  # None: an older line that did not name its cache
    at: str | None = None  # the entry's time, where the line says it

    @property
    def text(self) -> str:
        return f"{self.seq}:{self.hash}"


def head_line(cache_id: str, seq: int, digest: str, at: str | None = None) -> str:
    line = f"audit head {seq}:{digest} cache={cache_id}"
    return f"{line} at={at}" if at else line


def parse_heads(text: str) -> list[Head]:
    return [Head(int(m.group(1)), m.group(2).lower(),
                 m.group(3).lower() if m.group(3) else None, m.group(4))
            for m in _LINE.finditer(text)]


def read_text(path: Path) -> str:
    """A collected file as text: UTF-8, or UTF-16 as Windows tools write it."""
    data = Path(path).read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    return data.decode("utf-8", errors="replace")


def read_heads(paths: Iterable[Path]) -> list[Head]:
    heads: list[Head] = []
    for path in paths:
        heads.extend(parse_heads(read_text(path)))
    return heads


@dataclass(frozen=True)
class HeadSelection:
    mine: list[Head]  # heads naming this cache, in the order found, duplicates dropped
    unnamed: int  # heads from older lines without a cache id (not used)
    others: dict[str, list[Head]]  # other caches' heads, by cache id


def select_heads(heads: Iterable[Head], cache_id: str) -> HeadSelection:
    mine: dict[tuple[int, str], Head] = {}
    unnamed = 0
    others: dict[str, dict[tuple[int, str], Head]] = {}
    for head in heads:
        if head.cache_id is None:
            unnamed += 1
        elif head.cache_id == cache_id:
            mine.setdefault((head.seq, head.hash), head)
        else:
            others.setdefault(head.cache_id, {}).setdefault((head.seq, head.hash), head)
    return HeadSelection(list(mine.values()), unnamed,
                         {other: list(found.values()) for other, found in others.items()})
