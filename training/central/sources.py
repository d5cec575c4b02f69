"""The data-reading layer of central training: one or more sources, each in partitions.

A source is a JSON Lines bundle (read and validated whole, one partition: what a municipality
exports) or a Parquet bundle from `bundle to-parquet` or the streaming demo generator (many
partitions, each read on its own, on whichever worker builds its features). Training takes a
list of sources, so several municipalities' histories can be pooled; every partition task
gets its own source's export date and programmes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.bundle.contract import FILES
from desktop_app.scoring.bundle_source import BundleData, load_bundle
from training.central.parquet_bundle import (
    ParquetBundle,
    citizen_key,
    is_parquet_bundle,
    open_parquet_bundle,
)

WORLD_STEMS = tuple(spec.stem for spec in FILES if citizen_key(spec) is None)


@dataclass
class JsonlSource:
    """A JSON Lines bundle, loaded once: one partition, read in the driver process."""

    path: Path
    data: BundleData

    kind = "jsonl"

    @property
    def manifest(self) -> dict[str, Any]:
        return self.data.manifest

    @property
    def partitions(self) -> int:
        return 1

    def read(self, part: int) -> dict[str, list[dict[str, Any]]]:
        return {k: v for k, v in self.data.records.items() if k not in WORLD_STEMS}

    def world(self, stem: str) -> list[dict[str, Any]]:
        return list(self.data.records.get(stem, ()))


@dataclass
class ParquetSource:
    """A partitioned Parquet bundle; light to send to a worker (it reads its own partition)."""

    path: Path
    bundle: ParquetBundle
    _world: dict[str, list[dict[str, Any]]] = field(default_factory=dict, repr=False)

    kind = "parquet"

    @property
    def manifest(self) -> dict[str, Any]:
        return self.bundle.manifest

    @property
    def partitions(self) -> int:
        return self.bundle.partitions

    def read(self, part: int) -> dict[str, list[dict[str, Any]]]:
        return self.bundle.read_partition(part)

    def world(self, stem: str) -> list[dict[str, Any]]:
        if stem not in self._world:
            self._world[stem] = self.bundle.read_world(stem)
        return self._world[stem]

    def __getstate__(self) -> dict[str, Any]:
        return {"path": self.path, "bundle": self.bundle, "_world": {}}


Source = JsonlSource | ParquetSource


def open_source(path: Path) -> Source:
    path = Path(path)
    if is_parquet_bundle(path):
        bundle = open_parquet_bundle(path)
        return ParquetSource(bundle.path, bundle)
    return JsonlSource(path, load_bundle(path))


def open_sources(paths: list[Path]) -> list[Source]:
    return [open_source(p) for p in paths]


def exported_at(source: Source) -> dt.date | None:
    value = source.manifest.get("exported_at")
    return dt.date.fromisoformat(str(value)[:10]) if value else None


def partition_data(source: Source, part: int,
                   records: dict[str, list[dict[str, Any]]] | None = None) -> BundleData:
    """One partition as the BundleData the feature builder and eligibility rules read."""
    rows = dict(records if records is not None else source.read(part))
    rows["programmes"] = source.world("programmes")
    return BundleData(source.path, dict(source.manifest), rows)


def programmes(sources: list[Source]) -> dict[str, dict[str, Any]]:
    """Every source's programmes by id (the first source to name an id wins)."""
    out: dict[str, dict[str, Any]] = {}
    for source in sources:
        for row in source.world("programmes"):
            out.setdefault(str(row["id"]), row)
    return out
