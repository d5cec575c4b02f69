"""`bundle to-parquet` holds a bounded amount of text in memory, also for files whose rows are
large (a citizen line carries languages, skills and attributes: a few hundred thousand of them
are gigabytes as Python objects)."""

from __future__ import annotations

from training.central import parquet_bundle, to_parquet
from training.central.parquet_bundle import open_parquet_bundle
from training.central.to_parquet import convert_bundle


def test_large_rows_are_written_out_once_their_text_passes_the_budget(tmp_path, monkeypatch):
    monkeypatch.setattr(parquet_bundle, "BUFFERED_BYTES", 10_000)
    writer = parquet_bundle.ParquetBundleWriter(tmp_path / "out", 2, {})
    rows = [{"id": f"C{i:04d}", "birth_year": 1980} for i in range(40)]
    writer.add("citizens", rows, size=20_000)  # far fewer rows than BUFFERED_ROWS
    written = sorted((tmp_path / "out" / "citizens").glob("part-*/*.parquet"))
    assert written, "rows past the byte budget stay in memory until close()"
    writer.close()


def test_a_conversion_under_a_small_budget_reads_back_the_same(region, region_parquet,
                                                                tmp_path, monkeypatch):
    monkeypatch.setattr(parquet_bundle, "BUFFERED_BYTES", 50_000)
    monkeypatch.setattr(to_parquet, "SLICE_BYTES", 50_000)  # 100 citizen lines a slice
    out = tmp_path / "small-budget"
    convert_bundle(region / "bundle", out, partitions=3)
    small, usual = open_parquet_bundle(out), open_parquet_bundle(region_parquet)
    assert len(list((out / "citizens" / "part-00000").glob("*.parquet"))) > 1
    for part in range(3):
        assert small.read_partition(part) == usual.read_partition(part)
