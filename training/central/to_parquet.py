"""`bundle to-parquet`: a JSON Lines bundle -> a partitioned Parquet bundle, streamed.

Every line is validated against the contract exactly as an import would (a slice of lines at a
time, so memory does not grow with the bundle); keys are checked for duplicates per partition
afterwards (every key of a citizen-keyed file contains the citizen, so a duplicate always sits
in one partition). Nothing appears at OUT unless the whole bundle converted.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from desktop_app.bundle.contract import FILES
from desktop_app.bundle.issues import MAX_REPORTED_ERRORS, BundleError, BundleIssue
from desktop_app.bundle.reader import open_bundle, read_file_in_chunks
from desktop_app.bundle.writer import atomic_folder
from training.central.parquet_bundle import (
    ParquetBundleWriter,
    citizen_key,
    open_parquet_bundle,
)
from training.central.progress import Progress

CITIZENS_PER_PARTITION = 20_000
# Text validated at a time: 100,000 citizen lines (~1.8 kB each) would be over a gigabyte of
# Python objects; short lines (appointments) still go 100,000 at a time.
SLICE_BYTES = 16 << 20
MAX_SLICE_LINES = 100_000


@dataclass
class Conversion:
    out: Path
    partitions: int
    counts: dict[str, int]
    unknown_fields: dict[str, int]  # "file:field" -> rows carrying it (kept in `_extra`)


def default_partitions(bundle: Path) -> int:
    """About CITIZENS_PER_PARTITION citizens per partition (lines counted, not parsed)."""
    lines = 0
    with (Path(bundle) / "citizens.jsonl").open("rb") as handle:
        while block := handle.read(1 << 24):
            lines += block.count(b"\n")
    return max(1, math.ceil(lines / CITIZENS_PER_PARTITION))


def convert_bundle(bundle: Path, out: Path, partitions: int | None = None, *,
                   force: bool = False, progress: Progress | None = None) -> Conversion:
    progress = progress or Progress.quiet()
    stream = open_bundle(Path(bundle))
    if stream.errors:
        raise BundleError(stream.errors)
    partitions = partitions or default_partitions(bundle)
    unknown: Counter[str] = Counter()
    with atomic_folder(Path(out), overwrite=force) as tmp:
        writer = ParquetBundleWriter(tmp, partitions, stream.manifest)
        for spec in FILES:
            file_path = Path(bundle) / spec.filename
            if not file_path.is_file():
                continue
            stage = progress.stage(f"converting {spec.filename}",
                                   total=file_path.stat().st_size, unit="bytes")
            issues: list[BundleIssue] = []
            slices = read_file_in_chunks(file_path, spec, stream.errors, issues,
                                         lines_per_chunk=_slice_lines(file_path))
            for rows, numbers in slices:
                writer.add(spec.stem, rows, size=len(numbers) * _mean_line(file_path))
                unknown.update(f"{i.file}:{i.field}" for i in issues)
                issues.clear()
                stage.advance_to(_bytes_read(file_path, numbers))
            stage.finish()
        if stream.errors:
            raise BundleError(stream.errors[:MAX_REPORTED_ERRORS])
        layout = writer.close()
        _check_keys(tmp, progress)
    return Conversion(Path(out), partitions, dict(layout["files"]), dict(unknown))


def _slice_lines(file_path: Path) -> int:
    return min(MAX_SLICE_LINES, max(100, SLICE_BYTES // _mean_line(file_path)))


def _bytes_read(file_path: Path, numbers: list[int]) -> int:
    # An estimate for the progress bar only: lines are about equally long.
    return 0 if not numbers else numbers[-1] * _mean_line(file_path)


_LINE_SIZES: dict[Path, int] = {}


def _mean_line(file_path: Path) -> int:
    if file_path not in _LINE_SIZES:
        with file_path.open("rb") as handle:
            sample = handle.read(1 << 20)
        _LINE_SIZES[file_path] = max(1, len(sample) // max(1, sample.count(b"\n")))
    return _LINE_SIZES[file_path]


def _check_keys(out: Path, progress: Progress) -> None:
    """Refuse duplicate keys (file, key), as the importer does."""
    bundle = open_parquet_bundle(out)
    errors: list[BundleIssue] = []
    stage = progress.stage("checking keys", total=bundle.partitions * len(FILES), unit="files")
    for spec in FILES:
        if citizen_key(spec) is None:
            table = _world_keys(out, spec.stem, list(spec.key))
            if table is not None:
                errors.extend(_duplicates(spec.filename, table, spec.key))
            stage.advance(bundle.partitions)
            continue
        for part in range(bundle.partitions):
            table = bundle.read_columns(spec.stem, part, list(spec.key))
            if table is not None:
                errors.extend(_duplicates(spec.filename, table, spec.key))
            stage.advance(1)
            if len(errors) >= MAX_REPORTED_ERRORS:
                raise BundleError(errors[:MAX_REPORTED_ERRORS], truncated=True)
    stage.finish()
    if errors:
        raise BundleError(errors)


def _world_keys(out: Path, stem: str, columns: list[str]) -> pl.DataFrame | None:
    path = out / f"{stem}.parquet"
    return pl.read_parquet(path, columns=columns) if path.is_file() else None


def _duplicates(filename: str, table: pl.DataFrame, key: tuple[str, ...]) -> list[BundleIssue]:
    counted = table.group_by(list(key)).len().filter(pl.col("len") > 1).sort(list(key))
    return [BundleIssue(filename, 0, ",".join(key),
                        f"duplicate key ({', '.join(str(row[k]) for k in key)}) in "
                        f"{row['len']} rows")
            for row in counted.to_dicts()]
