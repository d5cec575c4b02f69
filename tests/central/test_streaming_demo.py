"""`demo --parquet`: the demo world streamed in chunks into a Parquet bundle."""

from __future__ import annotations

import json

from desktop_app.admin.cli import main
from training.central.parquet_bundle import open_parquet_bundle
from training.demo.stream import generate_demo_parquet


def _rows(bundle, stem: str) -> list[dict]:
    return [r for p in range(bundle.partitions) for r in bundle.read_partition(p, [stem])[stem]]


def test_one_chunk_is_exactly_the_json_lines_demo(region, region_parquet, tmp_path):
    out = tmp_path / "streamed"
    generate_demo_parquet(out, citizens=1000, seed=5, vacancies=100, id_prefix="R",
                          partitions=3)
    streamed, converted = open_parquet_bundle(out / "bundle"), open_parquet_bundle(region_parquet)
    for stem in ("citizens", "assessments", "decisions", "enrolments", "appointments",
                 "outcomes"):
        key = lambda r: json.dumps(r, sort_keys=True)  # noqa: E731
        assert sorted(map(key, _rows(streamed, stem))) == sorted(map(key, _rows(converted, stem)))
    assert streamed.read_world("vacancies") == converted.read_world("vacancies")
    assert (out / "truth.json").read_bytes() == (region / "truth.json").read_bytes()


def test_chunks_number_citizens_across_the_region(tmp_path, capsys):
    out = tmp_path / "region"
    assert main(["demo", "--citizens", "1200", "--seed", "2", "--vacancies", "10", "--parquet",
                 "--chunk", "500", "--partitions", "2", str(out)]) == 0
    assert "demo municipality written" in capsys.readouterr().out
    bundle = open_parquet_bundle(out / "bundle")
    ids = [c["id"] for c in _rows(bundle, "citizens")]
    assert sorted(ids) == [f"C{i:06d}" for i in range(1, 1201)]
    decided = {d["citizen_id"] for d in _rows(bundle, "decisions")}
    assert decided <= set(ids) and len(decided) > 1000
    truth = json.loads((out / "truth.json").read_text(encoding="utf-8"))
    assert len(truth) == bundle.count("decisions")


def test_chunk_options_need_parquet(tmp_path, capsys):
    assert main(["demo", "--citizens", "10", "--chunk", "5", str(tmp_path / "x")]) != 0
    assert "--parquet" in capsys.readouterr().err
