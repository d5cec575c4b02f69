"""Pooled training without pooling names: the extract (pseudonymised, reduced, with its
data-sharing manifest), `train --bundles` with lineage and figures per municipality, and
`pool withdraw` retraining without one municipality in one command."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from desktop_app.admin.cli import main
from training.pooling.sharing import SharingError, read_sharing
from training.suggestions.toy_bundle import write_toy_bundle

SMALL = {"folds": 3, "ensemble_members": 3, "nuisance_rounds": 40, "effect_rounds": 50,
         "effect_min_leaf": 40, "min_decisions_per_arm": 30, "allow_health_limitation": False,
         "horizons": [26.0], "attributes_allowlist": ["region_code"]}
APPROVAL = ["--purpose", "regional suggestion model", "--legal-basis", "agreement 2026-14",
            "--retention-until", "2030-12-31", "--approved-by", "data protection officer",
            "--approved-on", "2026-11-30"]


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def extracts(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("pool")
    out = {}
    for code, seed in (("A1", 5), ("B2", 6)):
        bundle = write_toy_bundle(root / f"toy-{code}", citizens=300, seed=seed)
        assert main(["pool", "extract", str(bundle), str(root / f"extract-{code}"), "--key",
                     str(root / f"{code}.key"), "--code", code, *APPROVAL]) == 0
        out[code] = root / f"extract-{code}"
    (root / "small.json").write_text(json.dumps(SMALL), encoding="utf-8")
    return out


def test_an_extract_holds_no_names_free_text_or_raw_ids(extracts, tmp_path):
    extract = extracts["A1"]
    source = extract.parent / "toy-A1" / "bundle"
    raw_ids = {c["id"] for c in _lines(source / "citizens.jsonl")}
    citizens = _lines(extract / "citizens.jsonl")
    assert len(citizens) == len(raw_ids) == 300
    for citizen in citizens:
        assert citizen["id"].startswith("A1-") and citizen["id"] not in raw_ids
        assert not {"name", "cv_text", "interests", "lat", "lon", "postcode"} & set(citizen)
        assert all("title" not in job for job in citizen.get("previous_jobs", ()))
    text = "".join(p.read_text(encoding="utf-8") for p in extract.glob("*.jsonl"))
    assert "Toy Person" not in text
    assert not any(raw in text for raw in raw_ids)  # no raw id anywhere, e.g. in decisions
    assert all("caseworker_id" not in d for d in _lines(extract / "decisions.jsonl"))
    assert not (extract / "caseworkers.jsonl").exists()
    sharing = read_sharing(extract)
    assert (sharing.municipality_code, sharing.citizens, sharing.approved_by) == (
        "A1", 300, "data protection officer")
    assert "names" in sharing.removed
    # the same key gives the same pseudonyms (a later extract adds to an earlier one)
    again = tmp_path / "again"
    assert main(["pool", "extract", str(source), str(again), "--key",
                 str(extract.parent / "A1.key"), "--code", "A1", *APPROVAL]) == 0
    assert _lines(again / "citizens.jsonl") == citizens


def test_an_extract_past_its_retention_or_without_approval_is_refused(extracts, tmp_path):
    with pytest.raises(SharingError, match="until 2030-12-31 only"):
        read_sharing(extracts["A1"], today=dt.date(2031, 1, 1))
    broken = tmp_path / "broken"
    broken.mkdir()
    manifest = json.loads((extracts["A1"] / "data_sharing.json").read_text())
    manifest["approved_by"] = ""
    (broken / "data_sharing.json").write_text(json.dumps(manifest))
    with pytest.raises(SharingError, match="missing approved_by"):
        read_sharing(broken)
    with pytest.raises(SharingError, match="not a training extract"):
        read_sharing(tmp_path)


def test_pooled_training_records_lineage_and_withdrawing_is_one_command(extracts, capsys):
    root = extracts["A1"].parent
    pooled = root / "pooled"
    assert main(["train", "--bundles", str(extracts["A1"]), str(extracts["B2"]), "--out",
                 str(pooled), "--seed", "3", "--config", str(root / "small.json"),
                 "--id-key", str(root / "central.key")]) == 0
    card = json.loads((pooled / "model_card.json").read_text())
    lineage = card["lineage"]
    assert [e["code"] for e in lineage["extracts"]] == ["A1", "B2"]
    assert all(len(e["sha256"]) == 64 and e["approved_on"] == "2026-11-30"
               for e in lineage["extracts"])
    assert lineage["withdrawn"] == []
    assert set(card["by_municipality"]) == {"A1", "B2"}
    for figures in card["by_municipality"].values():
        assert figures["evaluated_citizens"] > 0 and "gain_vs_observed" in figures
    assert "Lineage" in (pooled / "model_card.md").read_text()
    schema = json.loads((pooled / "feature_schema.json").read_text())
    names = {f["name"] for f in schema["features"]}
    assert not {n for n in names if "gender" in n or "country_of_birth" in n
                or n.startswith("municipality")}  # protected attributes never; the
    assert "years_in_country" in names  # municipality a stratum, not an input
    capsys.readouterr()
    assert main(["pool", "withdraw", "B2", "--model", str(pooled), "--out",
                 str(root / "without-B2")]) == 0
    assert "deleted the withdrawn extract" in capsys.readouterr().out
    assert not extracts["B2"].exists()
    card2 = json.loads((root / "without-B2" / "model_card.json").read_text())
    assert [e["code"] for e in card2["lineage"]["extracts"]] == ["A1"]
    withdrawn = card2["lineage"]["withdrawn"]
    assert [(w["code"], w["from_model"]) for w in withdrawn] == [
        ("B2", card["model"]["model_version"])]
    assert main(["pool", "withdraw", "B2", "--model", str(root / "without-B2"), "--out",
                 str(root / "x")]) != 0


def test_pooling_refuses_a_raw_bundle_beside_extracts(extracts, capsys):
    root = extracts["A1"].parent
    assert main(["train", "--bundles", str(extracts["A1"]), str(root / "toy-A1" / "bundle"),
                 "--out", str(root / "mixed"), "--config", str(root / "small.json")]) != 0
    assert "not a training extract" in capsys.readouterr().err
