"""The demo world for large regions, streamed: citizens in chunks, straight into a Parquet bundle.

Memory depends on the chunk, not on the number of citizens. Every chunk draws its people and
their journeys from its own random streams; the caseworkers (their leanings towards each
programme), the programmes, vacancies and taxonomy are the one shared world. Chunk 0 uses the
very streams `generate_demo` uses, so a region no larger than one chunk has exactly the citizens
of the JSON Lines demo with the same seed (tested), and a larger one begins with them.

    OUT/bundle/   a Parquet bundle (training/central/parquet_bundle.py)
    OUT/esco/, OUT/title_variants.csv, OUT/truth.json, OUT/truth_attendance.jsonl   as the demo
"""

from __future__ import annotations

import math
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import msgspec
import numpy as np

from training.central.parquet_bundle import ParquetBundleWriter
from training.central.progress import Progress
from training.demo.calendar import EXPORTED_AT
from training.demo.citizens import build_citizens
from training.demo.generate import (
    MUNICIPALITY,
    DemoSummary,
    assessment_rows,
    programme_rows,
    skills_taught,
)
from training.demo.journey_rows import (
    appointment_rows,
    decision_rows,
    enrolment_rows,
    outcome_rows,
)
from training.demo.journeys import simulate
from training.demo.places import plan_places
from training.demo.population import caseworker_styles, draw_population
from training.demo.programmes import N_ARMS
from training.demo.taxonomy import ESCO_DIR, TITLE_VARIANTS, DemoTaxonomy, load_taxonomy
from training.demo.vacancies import postcode_rows, vacancy_rows
from training.demo.writer import AtomicFolder

CHUNK_CITIZENS = 25_000
CITIZENS_PER_PARTITION = 20_000
_encoder = msgspec.json.Encoder()


@dataclass
class _Streams:
    pop: np.random.Generator
    sim: np.random.Generator
    cit: np.random.Generator
    out: np.random.Generator
    places: np.random.Generator  # the chunk's bookings on programme intakes (as generate.py)


def _chunk_streams(seed: int, chunk: int, first: list[np.random.Generator]) -> _Streams:
    """Chunk 0 draws exactly as `generate_demo` does (`first`: its five streams, then its
    places stream); later chunks from their own seed sequences."""
    if chunk == 0:
        return _Streams(*first[:4], places=first[5])
    children = np.random.SeedSequence(seed, spawn_key=(1000 + chunk,)).spawn(5)
    return _Streams(*(np.random.default_rng(s) for s in children))


def _id_width(citizens: int) -> int:
    return max(6, len(str(citizens)))


class _Renumber:
    """The chunk generators number citizens from 1; the region numbers them globally."""

    def __init__(self, prefix: str, offset: int, count: int, width: int) -> None:
        self.map = {f"{prefix}{i + 1:06d}": f"{prefix}{offset + i + 1:0{width}d}"
                    for i in range(count)}
        self.identity = all(k == v for k, v in self.map.items())

    def rows(self, rows: list[dict[str, Any]], key: str = "citizen_id") -> list[dict[str, Any]]:
        if not self.identity:
            for row in rows:
                row[key] = self.map[row[key]]
        return rows


def _chunk_rows(streams: _Streams, n: int, styles: np.ndarray | None, tax: DemoTaxonomy,
                taught: dict[str, list[str]], prefix: str
                ) -> tuple[dict[str, list[dict]], list[dict], list[dict], np.ndarray]:
    pop = draw_population(streams.pop, n)
    if styles is None:  # drawn once, after chunk 0's people, as generate_demo draws them
        styles = caseworker_styles(streams.pop, N_ARMS)
    journeys = simulate(streams.sim, pop, styles)
    cit_rows, assessments = build_citizens(streams.cit, pop, journeys, tax, taught, prefix)
    rows = {"citizens": cit_rows, "assessments": assessment_rows(assessments, prefix)}
    rows["decisions"], truth = decision_rows(journeys, prefix)
    # the chunk's current bookings, as the JSON Lines demo books them (the intakes themselves
    # are a municipality's, so the streamed region's programmes carry none)
    _, rows["enrolments"] = plan_places(streams.places, pop, journeys,
                                        enrolment_rows(journeys, prefix), prefix)
    rows["appointments"], truth_att = appointment_rows(journeys, prefix)
    rows["outcomes"] = outcome_rows(streams.out, journeys, prefix)
    return rows, truth, truth_att, styles


class _JsonArray:
    """A JSON array written entry by entry (the demo's truth.json, however long)."""

    def __init__(self, handle: IO[bytes]) -> None:
        self.handle, self.first = handle, True
        handle.write(b"[\n")

    def extend(self, entries: list[dict]) -> None:
        for entry in entries:
            self.handle.write(b"" if self.first else b",\n")
            self.handle.write(_encoder.encode(entry))
            self.first = False

    def close(self) -> None:
        self.handle.write(b"\n]\n" if not self.first else b"]\n")


def _chunks(citizens: int, size: int) -> Iterator[tuple[int, int, int]]:
    for chunk in range(math.ceil(citizens / size)):
        start = chunk * size
        yield chunk, start, min(size, citizens - start)


def generate_demo_parquet(out: Path, citizens: int, seed: int = 1, force: bool = False,
                          vacancies: int = 5_000, esco_dir: Path = ESCO_DIR,
                          title_file: Path = TITLE_VARIANTS, id_prefix: str = "C",
                          municipality: str = MUNICIPALITY, chunk: int = CHUNK_CITIZENS,
                          partitions: int | None = None,
                          progress: Progress | None = None) -> DemoSummary:
    if not (id_prefix.isascii() and id_prefix.isalpha() and 1 <= len(id_prefix) <= 3):
        raise ValueError(f"id prefix {id_prefix!r}: use one to three ASCII letters")
    if citizens < 1 or chunk < 1:
        raise ValueError("citizens and the chunk size must be at least 1")
    progress = progress or Progress.quiet()
    partitions = partitions or max(1, math.ceil(citizens / CITIZENS_PER_PARTITION))
    tax = load_taxonomy(esco_dir, title_file)
    rng = np.random.default_rng(seed)
    first = [np.random.default_rng(s) for s in rng.bit_generator.seed_seq.spawn(5)]
    first += [np.random.default_rng(s) for s in rng.bit_generator.seed_seq.spawn(1)]
    taught = skills_taught(tax)
    width = _id_width(citizens)
    manifest = {"contract_version": "1", "exported_at": EXPORTED_AT,
                "municipality": municipality,
                "source_system": f"wayfinder-demo seed={seed} citizens={citizens}"
                                 + (f" ids={id_prefix}" if id_prefix != "C" else "")
                                 + f" streamed chunk={chunk}",
                "full_snapshot": True}
    with AtomicFolder(out, force) as tmp:
        writer = ParquetBundleWriter(tmp / "bundle", partitions, manifest)
        writer.add("programmes", programme_rows(taught))
        writer.add("vacancies", vacancy_rows(first[4], tax, vacancies))
        writer.add("postcodes", postcode_rows())
        styles = None
        stage = progress.stage("generating citizens", total=citizens, unit="citizens")
        with (tmp / "truth.json").open("wb") as truth_file, \
                (tmp / "truth_attendance.jsonl").open("wb") as attendance_file:
            truth_out = _JsonArray(truth_file)
            for index, start, n in _chunks(citizens, chunk):
                streams = _chunk_streams(seed, index, first)
                rows, truth, truth_att, styles = _chunk_rows(streams, n, styles, tax, taught,
                                                             id_prefix)
                renumber = _Renumber(id_prefix, start, n, width)
                renumber.rows(rows["citizens"], key="id")
                for stem, values in rows.items():
                    writer.add(stem, values if stem == "citizens" else renumber.rows(values))
                truth_out.extend(renumber.rows(truth))
                for entry in renumber.rows(truth_att):
                    attendance_file.write(_encoder.encode(entry) + b"\n")
                stage.advance(n)
            truth_out.close()
        stage.finish()
        layout = writer.close()
        esco = tmp / "esco"
        esco.mkdir()
        for csv_file in sorted(esco_dir.glob("*.csv")):
            shutil.copyfile(csv_file, esco / csv_file.name)
        if title_file.exists():
            shutil.copyfile(title_file, tmp / "title_variants.csv")
    return DemoSummary(out, dict(layout["files"]))
