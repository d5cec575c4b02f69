"""Same seed, same bytes; another seed, other data; output layout and overwrite protection."""

from __future__ import annotations

import pytest

from desktop_app.admin.cli import main

pytestmark = pytest.mark.xdist_group("demo")

FILES = ["bundle/manifest.json", "bundle/citizens.jsonl", "bundle/assessments.jsonl",
         "bundle/programmes.jsonl", "bundle/decisions.jsonl", "bundle/enrolments.jsonl",
         "bundle/appointments.jsonl", "bundle/outcomes.jsonl", "bundle/vacancies.jsonl",
         "bundle/postcodes.jsonl", "truth.json", "truth_attendance.jsonl"]


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
