"""Same seed, same bytes; another seed, other data; output layout and overwrite protection."""

from __future__ import annotations

import json

import pytest

from desktop_app.admin.cli import main

pytestmark = pytest.mark.xdist_group("demo")

FILES = ["bundle/manifest.json", "bundle/citizens.jsonl", "bundle/assessments.jsonl",
         "bundle/programmes.jsonl", "bundle/decisions.jsonl", "bundle/enrolments.jsonl",
         "bundle/appointments.jsonl", "bundle/outcomes.jsonl", "bundle/vacancies.jsonl",
         "bundle/postcodes.jsonl", "bundle/caseworkers.jsonl", "truth.json",
         "truth_attendance.jsonl"]


def test_same_seed_gives_identical_bytes(demo_a, demo_a_again):
    produced = sorted(p.relative_to(demo_a).as_posix() for p in demo_a.rglob("*") if p.is_file())
    again = sorted(p.relative_to(demo_a_again).as_posix()
                   for p in demo_a_again.rglob("*") if p.is_file())
    assert produced == again
    for name in produced:
        assert (demo_a / name).read_bytes() == (demo_a_again / name).read_bytes(), name


def test_layout_truth_beside_not_inside_bundle(demo_a):
    for name in FILES:
        assert (demo_a / name).is_file(), name
    assert not list((demo_a / "bundle").glob("truth*"))
    assert (demo_a / "esco" / "occupations_en.csv").is_file()
    assert (demo_a / "esco" / "occupationSkillRelations_en.csv").is_file()


def test_different_seed_differs(demo_a, demo_b):
    for name in ("bundle/citizens.jsonl", "bundle/decisions.jsonl", "truth.json"):
        assert (demo_a / name).read_bytes() != (demo_b / name).read_bytes(), name


def test_refuses_non_empty_out_without_force(tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    assert main(["demo", "--citizens", "50", "--vacancies", "10", str(out)]) == 1
    assert "--force" in capsys.readouterr().err
    assert (out / "keep.txt").read_text() == "mine"
    assert main(["demo", "--citizens", "50", "--vacancies", "10", "--force", str(out)]) == 0
    assert not (out / "keep.txt").exists()
    assert (out / "bundle" / "citizens.jsonl").is_file()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_id_prefix_changes_only_the_citizen_ids(demo_a, tmp_path):
    """A regional history generated with another prefix shares no citizen id with the demo;
    apart from the ids, the same seed gives the same data."""
    out = tmp_path / "region"
    assert main(["demo", "--citizens", "800", "--vacancies", "400", "--seed", "7",
                 "--id-prefix", "R", str(out)]) == 0
    for name in FILES[1:]:
        original = (demo_a / name).read_text(encoding="utf-8")
        prefixed = (out / name).read_text(encoding="utf-8")
        if name.endswith(("programmes.jsonl", "vacancies.jsonl", "postcodes.jsonl")):
            assert prefixed == original, name
            continue
        assert '"C0' not in prefixed, name
        assert '"R0' in prefixed, name
        assert prefixed.replace('"R0', '"C0') == original, name


def test_id_prefix_must_be_letters(tmp_path, capsys):
    assert main(["demo", "--citizens", "5", "--id-prefix", "R1", str(tmp_path / "x")]) == 1
    assert "one to three ASCII letters" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()


def test_municipality_name_goes_to_the_manifest(tmp_path):
    out = tmp_path / "named"
    assert main(["demo", "--citizens", "20", "--vacancies", "5", "--municipality",
                 "Demo Region", str(out)]) == 0
    manifest = json.loads((out / "bundle" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["municipality"] == "Demo Region"
