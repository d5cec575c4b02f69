"""A bundle as partitioned Parquet: every citizen's rows in one partition, chosen by a hash.

    OUT/layout.json                       format, version, number of partitions, row counts
    OUT/manifest.json                     the bundle's manifest, unchanged
    OUT/<stem>/part-00000/00000.parquet   citizens and every citizen-keyed file, by partition
                                          (one or more files per partition, read in name order)
    OUT/<stem>.parquet                    files about the municipality (programmes, vacancies...)

Partition of a citizen: CRC-32 of the id's UTF-8 bytes modulo the number of partitions, so a
partition holds whole citizens and any tool (DuckDB, Polars, Spark) can find one. Training
reads one partition at a time and rebuilds the contract's rows from it (`read_partition`), so
the one feature builder sees exactly what it sees from the JSON Lines bundle.
"""

from __future__ import annotations

import json
import socket
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from desktop_app.bundle.contract import FILES, FILES_BY_STEM, FileSpec
from training.central.columns import from_frame, to_frame

LAYOUT_FILE = "layout.json"
FORMAT = "wayfinder-parquet-bundle"
VERSION = 1
BUFFERED_ROWS = 400_000  # rows held across all partitions before row groups are written
# ... or this much of their text (a citizen line is ~1.8 kB: as Python objects, 400,000 of them
# would be about 5 GB; 64 MB of JSON text is a few hundred MB of objects).
BUFFERED_BYTES = 64 << 20


def partition_of(citizen_id: str, partitions: int) -> int:
    return zlib.crc32(citizen_id.encode("utf-8")) % partitions


def citizen_key(spec: FileSpec) -> str | None:
    """The field naming the citizen a row belongs to (None: a file about the municipality)."""
    if spec.stem == "citizens":
        return "id"
    return "citizen_id" if spec.parent == "citizens" else None


def is_parquet_bundle(path: Path) -> bool:
    return (Path(path) / LAYOUT_FILE).is_file()


@dataclass
class ParquetBundleWriter:
    """Writes rows into the layout a row group at a time; at most BUFFERED_ROWS rows, or
    BUFFERED_BYTES of their text where the caller says how large they are, wait in memory.
    `close()` writes layout.json; the caller makes the folder appear atomically."""

    out: Path
    partitions: int
    manifest: dict[str, Any]
    counts: dict[str, int] = field(default_factory=dict)
    _files: dict[tuple[str, int], int] = field(default_factory=dict)
    _buffers: dict[tuple[str, int], list[dict[str, Any]]] = field(default_factory=dict)
    _world: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    _buffered: int = 0
    _buffered_bytes: int = 0
    _part_rows: dict[str, dict[int, int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not 1 <= self.partitions <= 10_000:
            raise ValueError("partitions must be between 1 and 10000")
        self.out = Path(self.out)
        self.out.mkdir(parents=True, exist_ok=True)
        (self.out / "manifest.json").write_text(
            json.dumps(self.manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")

    def add(self, stem: str, rows: Iterable[dict[str, Any]], size: int = 0) -> None:
        """`size`: about how many bytes of text `rows` came from (0: not known)."""
        spec = FILES_BY_STEM[stem]
        key = citizen_key(spec)
        if key is None:
            self._world.setdefault(stem, []).extend(rows)
            return
        for row in rows:
            slot = (stem, partition_of(str(row[key]), self.partitions))
            self._buffers.setdefault(slot, []).append(row)
            self._buffered += 1
            if self._buffered >= BUFFERED_ROWS:
                self._flush_all()
        self._buffered_bytes += size
        if self._buffered_bytes >= BUFFERED_BYTES:
            self._flush_all()

    def _flush_all(self) -> None:
        for waiting in list(self._buffers):
            self._flush(waiting)
        self._buffered = self._buffered_bytes = 0

    def _flush(self, slot: tuple[str, int]) -> None:
        rows = self._buffers.pop(slot, [])
        if not rows:
            return
        stem, part = slot
        folder = part_folder(self.out, stem, part)
        folder.mkdir(parents=True, exist_ok=True)
        number = self._files.get(slot, 0)
        to_frame(FILES_BY_STEM[stem], rows).write_parquet(folder / f"{number:05d}.parquet",
                                                          compression="zstd")
        self._files[slot] = number + 1
        self.counts[stem] = self.counts.get(stem, 0) + len(rows)
        per_part = self._part_rows.setdefault(stem, {})
        per_part[part] = per_part.get(part, 0) + len(rows)

    def close(self) -> dict[str, Any]:
        for slot in list(self._buffers):
            self._flush(slot)
        for stem, rows in self._world.items():
            to_frame(FILES_BY_STEM[stem], rows).write_parquet(self.out / f"{stem}.parquet",
                                                              compression="zstd")
            self.counts[stem] = len(rows)
        layout = {"format": FORMAT, "version": VERSION, "partitions": self.partitions,
                  "partition_of": "crc32(utf-8 citizen id) mod partitions",
                  "files": {stem: self.counts[stem] for stem in sorted(self.counts)},
                  # rows in each partition: a missing or replaced file is noticed on read
                  "partition_rows": {stem: {str(part): n for part, n in sorted(parts.items())}
                                     for stem, parts in sorted(self._part_rows.items())}}
        (self.out / LAYOUT_FILE).write_text(json.dumps(layout, indent=1) + "\n",
                                            encoding="utf-8")
        return layout


def part_folder(root: Path, stem: str, part: int) -> Path:
    return Path(root) / stem / f"part-{part:05d}"


class ParquetBundleError(ValueError):
    pass


@dataclass(frozen=True)
class ParquetBundle:
    """A partitioned bundle opened for reading."""

    path: Path
    layout: dict[str, Any]
    manifest: dict[str, Any]

    @property
    def partitions(self) -> int:
        return int(self.layout["partitions"])

    def count(self, stem: str) -> int:
        return int(self.layout["files"].get(stem, 0))

    def read_partition(self, part: int,
                       stems: Iterable[str] | None = None) -> dict[str, list[dict[str, Any]]]:
        """Contract rows of every citizen in partition `part` (citizen-keyed files only)."""
        self._check_visible()
        out: dict[str, list[dict[str, Any]]] = {}
        wanted = set(stems) if stems is not None else None
        for spec in FILES:
            if citizen_key(spec) is None or (wanted is not None and spec.stem not in wanted):
                continue
            out[spec.stem] = self._read_part(spec, part)
        return out

    def _check_visible(self) -> None:
        """A worker reads its partitions itself, at the path the driver opened."""
        if not (self.path / LAYOUT_FILE).is_file():
            raise ParquetBundleError(
                f"{self.path}: the Parquet bundle is not there on {socket.gethostname()}; every "
                "Dask worker must see the bundle at the same path as the driver (a shared "
                "folder mounted alike everywhere)")

    def _read_part(self, spec: FileSpec, part: int) -> list[dict[str, Any]]:
        """One partition's rows, checked against the row count layout.json recorded."""
        frame = self.read_columns(spec.stem, part, None)
        expected = int(self.layout.get("partition_rows", {}).get(spec.stem, {}).get(str(part), 0))
        found = 0 if frame is None else frame.height
        if found != expected:
            folder = part_folder(self.path, spec.stem, part)
            if frame is None:
                raise ParquetBundleError(f"{folder} is missing ({expected} rows in "
                                         f"{LAYOUT_FILE}): the Parquet bundle is incomplete")
            raise ParquetBundleError(f"{folder} holds {found} rows, {LAYOUT_FILE} says "
                                     f"{expected}: the Parquet bundle was changed after it was "
                                     "written")
        return [] if frame is None else from_frame(spec, frame)

    def read_columns(self, stem: str, part: int,
                     columns: list[str] | None) -> pl.DataFrame | None:
        files = sorted(part_folder(self.path, stem, part).glob("*.parquet"))
        if not files:
            return None
        try:
            return pl.concat([pl.read_parquet(f, columns=columns) for f in files])
        except (OSError, pl.exceptions.PolarsError) as error:
            raise ParquetBundleError(f"{part_folder(self.path, stem, part)}: not readable "
                                     f"Parquet ({error})") from None

    def read_world(self, stem: str) -> list[dict[str, Any]]:
        """Rows of a file about the municipality (programmes, vacancies, postcodes)."""
        self._check_visible()
        file_path = self.path / f"{stem}.parquet"
        if not file_path.is_file():
            return []
        return from_frame(FILES_BY_STEM[stem], pl.read_parquet(file_path))


def open_parquet_bundle(path: Path) -> ParquetBundle:
    # Absolute: workers started in another folder read the same bundle (not their cwd's).
    path = Path(path).absolute()
    layout_path = path / LAYOUT_FILE
    if not layout_path.is_file():
        raise ParquetBundleError(f"{path} is not a Parquet bundle (no {LAYOUT_FILE}); write one "
                                 "with `wayfinder-admin bundle to-parquet BUNDLE OUT`")
    try:
        layout = json.loads(layout_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ParquetBundleError(f"{layout_path}: not readable JSON ({error})") from None
    if layout.get("format") != FORMAT or layout.get("version") != VERSION:
        raise ParquetBundleError(f"{layout_path}: format {layout.get('format')!r} version "
                                 f"{layout.get('version')!r} is not one this version reads")
    partitions = layout.get("partitions")
    if not isinstance(partitions, int) or partitions < 1:
        raise ParquetBundleError(f"{layout_path}: partitions must be a positive integer")
    _check_row_counts(layout_path, layout, partitions)
    manifest_path = path / "manifest.json"
    manifest = (json.loads(manifest_path.read_text(encoding="utf-8"))
                if manifest_path.is_file() else {})
    return ParquetBundle(path, layout, manifest)


def _check_row_counts(layout_path: Path, layout: dict[str, Any], partitions: int) -> None:
    """Every citizen-keyed file's rows per partition must be recorded and add up to its total:
    the reader checks each partition against them, so without them a bundle reads as empty."""
    per_part = layout.get("partition_rows")
    if not isinstance(per_part, dict):
        raise ParquetBundleError(
            f"{layout_path}: no partition_rows (the rows in each partition); the bundle was "
            "written by an older version of `wayfinder-admin bundle to-parquet`, whose layout "
            "this version cannot read; convert the bundle again with `wayfinder-admin bundle "
            "to-parquet BUNDLE OUT`")
    totals = layout.get("files")
    if not isinstance(totals, dict):
        raise ParquetBundleError(f"{layout_path}: no files (the rows of each file)")
    for spec in FILES:
        if citizen_key(spec) is None:
            continue
        counts = per_part.get(spec.stem, {})
        if not isinstance(counts, dict) or not all(
                isinstance(n, int) and n >= 0 for n in counts.values()):
            raise ParquetBundleError(f"{layout_path}: partition_rows of {spec.stem} must map "
                                     "partitions to row counts")
        outside = sorted(p for p in counts if not (p.isdigit() and int(p) < partitions))
        if outside:
            raise ParquetBundleError(f"{layout_path}: {spec.stem} has rows in partition "
                                     f"{outside[0]}, but the bundle has {partitions} partitions")
        total = totals.get(spec.stem, 0)
        if sum(counts.values()) != total:
            raise ParquetBundleError(
                f"{layout_path}: the rows of {spec.stem} in partition_rows add up to "
                f"{sum(counts.values())}, but layout.json says {total}: the bundle's layout "
                "was changed after it was written")
