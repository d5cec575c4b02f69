"""Reads and writes the MELO benchmark's tab-separated files (queries, corpus, mapping, runs).

Formats (`query_id<TAB>text`, `element_id<TAB>label`, `element_id<TAB>URI`, TREC qrels
`query_id 0 element_id 1`, and our run lines `query_id<TAB>element_id<TAB>rank<TAB>score`) are
described in the project's shared data README. Bad lines are reported with file and line.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path


class MeloFormatError(ValueError):
    """A MELO file does not have the expected shape; the message names file and line."""


def read_pairs(path: Path) -> list[tuple[str, str]]:
    """Two-column TSV (id, text) in file order; blank lines are skipped."""
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as error:
        raise MeloFormatError(f"{path}: file not found") from error
    except UnicodeDecodeError as error:
        raise MeloFormatError(f"{path}: not UTF-8 text ({error.reason})") from error
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) != 2 or not fields[0].strip():
            raise MeloFormatError(
                f"{path}:{number}: expected 'id<TAB>text' (2 columns), found {len(fields)}"
            )
        key = fields[0].strip()
        if key in seen:
            raise MeloFormatError(f"{path}:{number}: id {key!r} appears twice")
        seen.add(key)
        rows.append((key, fields[1].strip()))
    return rows


def read_qrels(path: Path) -> dict[str, set[str]]:
    """TREC qrels: relevant element ids per query id (only used by evaluation, never ranking)."""
    relevant: dict[str, set[str]] = defaultdict(set)
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        fields = line.split()
        if len(fields) != 4:
            raise MeloFormatError(f"{path}:{number}: expected 'query 0 element relevance'")
        if int(fields[3]) > 0:
            relevant[fields[0]].add(fields[2])
    return dict(relevant)


def write_run(path: Path, rows: Iterable[tuple[str, str, int, float]]) -> int:
    """Write `query_id<TAB>element_id<TAB>rank<TAB>score` lines; returns the number written."""
    count = 0
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for query_id, element_id, rank, score in rows:
            out.write(f"{query_id}\t{element_id}\t{rank}\t{score:.6f}\n")
            count += 1
    return count


def read_run(path: Path) -> dict[str, list[str]]:
    """Element ids per query in rank order, from a run file written by `write_run`."""
    ranked: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        fields = line.split("\t")
        if len(fields) != 4:
            raise MeloFormatError(f"{path}:{number}: expected 4 tab-separated columns")
        ranked[fields[0]].append((int(fields[2]), fields[1]))
    return {q: [e for _, e in sorted(items)] for q, items in ranked.items()}
