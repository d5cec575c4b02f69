"""The demo region's three municipalities: same world, other populations, programme sets and
caseworker habits; the demo without a profile is exactly as before."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from training.commands.demo import PROFILE_NAMES
from training.demo.generate import generate_demo
from training.demo.profiles import PROFILES

pytestmark = pytest.mark.xdist_group("demo")
CITIZENS = 600


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def region(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("region")
    out = {}
    for name in ("havnby", "skovlund"):
        profile = PROFILES[name]
        generate_demo(root / name, citizens=CITIZENS, seed=profile.seed, vacancies=50,
                      id_prefix=profile.id_prefix, municipality=profile.name, profile=profile)
        out[name] = root / name
    return out


def test_the_command_offers_every_profile():
    assert sorted(PROFILE_NAMES) == sorted(PROFILES)


def test_a_municipality_runs_only_its_own_programmes(region):
    for name, folder in region.items():
        offered = set(PROFILES[name].offered_ids())
        listed = {p["id"] for p in _lines(folder / "bundle" / "programmes.jsonl")}
        assert listed == offered
        chosen = {d.get("programme_id") for d in _lines(folder / "bundle" / "decisions.jsonl")}
        assert chosen - {None} <= offered, name
        enrolled = {e["programme_id"] for e in _lines(folder / "bundle" / "enrolments.jsonl")}
        assert enrolled <= offered, name  # bookings and queues too (a cache refuses others)
        truth = json.loads((folder / "truth.json").read_text())
        assert all(set(t["eligible"]) <= offered | {"none"} for t in truth)


def test_populations_and_habits_differ(region):
    def abroad(folder: Path) -> float:
        citizens = _lines(folder / "bundle" / "citizens.jsonl")
        return sum(c.get("country_of_birth") not in (None, "DK") for c in citizens) / len(
            citizens)

    assert abroad(region["havnby"]) > 2 * abroad(region["skovlund"])
    manifest = json.loads((region["havnby"] / "bundle" / "manifest.json").read_text())
    assert manifest["municipality"] == PROFILES["havnby"].name
    ids = {c["id"][0] for c in _lines(region["skovlund"] / "bundle" / "citizens.jsonl")}
    assert ids == {"S"}

    def share(folder: Path, arm: str | None) -> float:
        counts = Counter(d.get("programme_id") for d in
                         _lines(folder / "bundle" / "decisions.jsonl"))
        return counts[arm] / sum(counts.values())

    # Havnby's caseworkers lean to the language course (P02), Skovlund's to no programme
    assert share(region["havnby"], "P02") > share(region["skovlund"], "P02")
    assert share(region["skovlund"], None) > share(region["havnby"], None)
