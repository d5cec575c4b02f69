"""`bundle to-parquet`: lossless, partitioned by citizen, validated, all-or-nothing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desktop_app.admin.cli import main
from desktop_app.bundle.contract import FILES
from desktop_app.bundle.reader import read_bundle
from training.central.parquet_bundle import citizen_key, open_parquet_bundle, partition_of


def _canonical(rows: list[dict]) -> list[tuple]:
    return sorted(tuple(sorted((k, json.dumps(v, sort_keys=True)) for k, v in row.items()
                               if v is not None)) for row in rows)


def test_every_row_reads_back_as_the_json_lines_reader_gives_it(region, region_parquet):
    original = read_bundle(region / "bundle")
    converted = open_parquet_bundle(region_parquet)
    assert converted.partitions == 3
    assert converted.manifest == original.manifest
    for spec in FILES:
        if citizen_key(spec) is None:
            back = converted.read_world(spec.stem)
        else:
            back = [row for part in range(converted.partitions)
                    for row in converted.read_partition(part, [spec.stem])[spec.stem]]
        assert _canonical(back) == _canonical(original.records.get(spec.stem, [])), spec.stem


def test_a_citizens_rows_all_sit_in_the_partition_of_its_id(region_parquet):
    bundle = open_parquet_bundle(region_parquet)
    for part in range(bundle.partitions):
        records = bundle.read_partition(part)
        assert records["citizens"], "every partition holds some of 1000 citizens"
        for spec in FILES:
            key = citizen_key(spec)
            if key is None:
                continue
            assert {partition_of(r[key], 3) for r in records[spec.stem]} <= {part}


def _bundle_copy(region: Path, tmp_path: Path) -> Path:
    bundle = tmp_path / "bundle"
    shutil.copytree(region / "bundle", bundle)
    return bundle


def test_unknown_fields_are_kept_verbatim(region, tmp_path, capsys):
    bundle = _bundle_copy(region, tmp_path)
    path = bundle / "decisions.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    row = json.loads(lines[4])
    row["meeting_room"] = {"floor": 2}
    lines[4] = json.dumps(row)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["bundle", "to-parquet", str(bundle), str(tmp_path / "pq")]) == 0
    assert "unknown field decisions.jsonl:meeting_room in 1 row(s)" in capsys.readouterr().out
    converted = open_parquet_bundle(tmp_path / "pq")
    back = [r for p in range(converted.partitions)
            for r in converted.read_partition(p, ["decisions"])["decisions"]]
    assert row in back


@pytest.mark.parametrize(("damage", "expected"), [
    (lambda lines: lines.__setitem__(9, lines[9].replace('"date":"', '"date":"x')),
     "decisions.jsonl:10:date"),
    (lambda lines: lines.append(lines[3]), "decisions.jsonl:citizen_id,date: duplicate key"),
])
def test_a_broken_bundle_is_refused_whole_naming_what_is_wrong(region, tmp_path, capsys,
                                                               damage, expected):
    bundle = _bundle_copy(region, tmp_path)
    path = bundle / "decisions.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    damage(lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "pq"
    assert main(["bundle", "to-parquet", str(bundle), str(out)]) != 0
    err = capsys.readouterr().err
    assert expected in err and "nothing was written" in err
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".pq")]


def test_an_existing_output_is_kept_unless_forced(region, tmp_path, capsys):
    out = tmp_path / "pq"
    out.mkdir()
    (out / "keep.txt").write_text("mine", encoding="utf-8")
    assert main(["bundle", "to-parquet", str(region / "bundle"), str(out)]) != 0
    assert "use --force" in capsys.readouterr().err
    assert (out / "keep.txt").read_text(encoding="utf-8") == "mine"


def test_reading_slices_keeps_memory_bounded_and_line_numbers_right(region, tmp_path):
    from desktop_app.bundle.contract import FILES_BY_STEM
    from desktop_app.bundle.reader import read_file_in_chunks

    path = region / "bundle" / "decisions.jsonl"
    errors, unknown = [], []
    slices = list(read_file_in_chunks(path, FILES_BY_STEM["decisions"], errors, unknown,
                                      lines_per_chunk=1000))
    total = sum(len(rows) for rows, _ in slices)
    assert len(slices) == -(-total // 1000) and all(len(r) <= 1000 for r, _ in slices)
    assert slices[1][1][0] == 1001 and not errors


def test_a_missing_or_replaced_partition_file_is_named_not_read_as_empty(region_parquet,
                                                                         tmp_path, capsys):
    broken = tmp_path / "pq"
    shutil.copytree(region_parquet, broken)
    shutil.rmtree(broken / "decisions" / "part-00001")
    assert main(["train", "--bundle", str(broken), "--out", str(tmp_path / "m")]) != 0
    assert "decisions/part-00001 is missing" in capsys.readouterr().err
    shutil.copyfile(region_parquet / "outcomes" / "part-00002" / "00000.parquet",
                    broken / "outcomes" / "part-00000" / "00000.parquet")
    bundle = open_parquet_bundle(broken)
    with pytest.raises(ValueError, match="was changed after it was written"):
        bundle.read_partition(0, ["outcomes"])
    (broken / "citizens" / "part-00000" / "00000.parquet").write_bytes(b"junk")
    with pytest.raises(ValueError, match="not readable Parquet"):
        bundle.read_partition(0, ["citizens"])


def test_an_output_that_is_a_file_is_refused(region, tmp_path, capsys):
    target = tmp_path / "a-file"
    target.write_text("x", encoding="utf-8")
    assert main(["bundle", "to-parquet", str(region / "bundle"), str(target)]) != 0
    assert "is not a folder" in capsys.readouterr().err


def _as_first_development_layout(region_parquet: Path, out: Path) -> None:
    """The layout `bundle to-parquet` wrote early in development, under the same format and
    version label: one `<stem>/part-0000N.parquet` file per partition, no `partition_rows`."""
    shutil.copytree(region_parquet, out)
    for spec in FILES:
        if citizen_key(spec) is None or not (out / spec.stem).is_dir():
            continue
        for folder in sorted((out / spec.stem).glob("part-*")):
            (folder / "00000.parquet").rename(out / spec.stem / f"{folder.name}.parquet")
            shutil.rmtree(folder)
    layout = json.loads((out / "layout.json").read_text(encoding="utf-8"))
    del layout["partition_rows"]
    (out / "layout.json").write_text(json.dumps(layout), encoding="utf-8")


def test_a_bundle_in_the_first_development_layout_is_refused_by_name(region_parquet, tmp_path,
                                                                      capsys):
    old = tmp_path / "old"
    _as_first_development_layout(region_parquet, old)
    assert main(["train", "--bundle", str(old), "--out", str(tmp_path / "m")]) != 0
    err = capsys.readouterr().err
    assert "has no decisions" not in err
    assert "partition_rows" in err and "older version" in err
    assert "wayfinder-admin bundle to-parquet" in err
    assert not (tmp_path / "m").exists()


def test_row_counts_that_disagree_with_the_file_totals_are_refused(region_parquet, tmp_path):
    changed = tmp_path / "pq"
    shutil.copytree(region_parquet, changed)
    layout = json.loads((changed / "layout.json").read_text(encoding="utf-8"))
    layout["partition_rows"]["decisions"].pop("1")
    (changed / "layout.json").write_text(json.dumps(layout), encoding="utf-8")
    with pytest.raises(ValueError, match="decisions.*partition_rows.*layout.json says"):
        open_parquet_bundle(changed)
    layout["partition_rows"]["decisions"]["7"] = 1
    (changed / "layout.json").write_text(json.dumps(layout), encoding="utf-8")
    with pytest.raises(ValueError, match="partition 7"):
        open_parquet_bundle(changed)


def test_a_bundle_that_cannot_be_read_is_refused_before_a_cluster_starts(region_parquet,
                                                                          tmp_path, capsys):
    old = tmp_path / "old"
    _as_first_development_layout(region_parquet, old)
    assert main(["train", "--engine", "dask", "--workers", "1", "--bundle", str(old),
                 "--out", str(tmp_path / "m")]) != 0
    captured = capsys.readouterr()
    assert "no partition_rows" in captured.err
    assert "Dask cluster" not in captured.out
