"""`train` end to end on a foreign-shaped bundle: model directory, card, privacy, refusals."""

from __future__ import annotations

import json

import numpy as np
import pytest

from desktop_app.admin.cli import main
from desktop_app.scoring.model import SuggestionModel
from desktop_app.trust.package_files import FolderPackage
from training.suggestions.citizen_hashes import hash_id


def test_model_directory_is_complete_and_small(trained):
    names = {p.name for p in trained.iterdir()}
    assert {"effects_h26.onnx", "effects_h52.onnx", "propensity.onnx", "feature_schema.json",
            "manifest.json", "training_citizens.json", "model_card.json", "model_card.md",
            "model_card.html"} <= names
    assert sum(p.stat().st_size for p in trained.iterdir()) < 50_000_000
    manifest = json.loads((trained / "manifest.json").read_text())
    assert manifest["arms"][0] == "none" and set(manifest["arms"][1:]) == {"IDLE", "JOBS", "LANG"}
    assert max(manifest["onnx_max_abs_difference"].values()) < 1e-5
    assert [h["weeks"] for h in manifest["horizons"]] == [26.0, 52.0]


def test_training_citizens_are_keyed_hashes_never_raw_ids(trained, toy):
    text = (trained / "training_citizens.json").read_text()
    assert "T00" not in text  # toy ids look like T00042
    payload = json.loads(text)
    assert payload["algorithm"] == "HMAC-SHA256" and payload["count"] > 0
    key = bytes.fromhex("ab" * 32)
    trained_ids = [f"T{n:05d}" for n in range(500) if hash_id(key, f"T{n:05d}")
                   in set(payload["hashes"])]
    assert 0.6 * 500 < len(trained_ids) < 0.9 * 500  # a quarter is held out


def test_schema_excludes_protected_and_blocklisted_attributes(trained):
    schema = json.loads((trained / "feature_schema.json").read_text())
    names = [f["name"] for f in schema["features"]]
    assert "attr:region_code=N" in names  # allowlisted
    assert not any("gender" in n or "country_of_birth" in n for n in names)
    assert any("gender_of_client" in note for note in schema["notes"])  # refused, said so
    assert not schema["include_health"] and "health_limitation" not in names


def test_model_card_has_evaluation_fairness_sensitivity_and_suppresses_small_cells(trained):
    card = json.loads((trained / "model_card.json").read_text())
    evaluation = card["evaluation"]
    for name in ("suggested", "observed", "best_single", "none"):
        value = evaluation["policy_value"][name]
        assert value["ci_low"] <= value["estimate"] <= value["ci_high"]
    assert card["fairness"]["facets"]["gender"]["calibration"]
    assert card["fairness"]["origin_proxies"]["features"]
    assert card["sensitivity"]["top_effects"][0]["e_value"] >= 1
    assert card["overlap"][1]["chosen_propensity_quantiles"]["median"] > 0
    cells = [v for row in card["data"]["sample_sizes"] for v in row.values()]
    assert all(not isinstance(v, int) or v >= 10 for v in cells)
    page = (trained / "model_card.html").read_text()
    assert "<table>" in page and "Sensitivity to unobserved confounding" in page


def test_onnx_effects_match_explanations(trained):
    model = SuggestionModel(FolderPackage(trained))
    rng = np.random.default_rng(0)
    X = rng.normal(size=(5, len(model.schema.features))) * 5 + 10
    X[0, :5] = np.nan
    effect = model.predict(X)[26.0].effect
    for i in range(len(X)):
        base, contributions = model.explain(X[i], 26.0)
        assert np.allclose(base + contributions.sum(axis=1), effect[i], atol=1e-6)


def test_refuses_an_arm_with_too_few_decisions(toy, id_key, tmp_path, capsys):
    config = json.loads((toy / "config.json").read_text())
    config["min_decisions_per_arm"] = 100_000
    path = tmp_path / "strict.json"
    path.write_text(json.dumps(config))
    code = main(["train", "--bundle", str(toy / "bundle"), "--out", str(tmp_path / "m"),
                 "--config", str(path), "--id-key", str(id_key)])
    assert code != 0
    message = capsys.readouterr().err
    assert "too few decisions" in message and "none (" in message and "LANG (" in message


@pytest.mark.parametrize("bad", ['{"attributes_allowlist": "x", "nonsense": 1}'])
def test_unknown_config_setting_is_named(toy, id_key, tmp_path, capsys, bad):
    path = tmp_path / "bad.json"
    path.write_text(bad)
    code = main(["train", "--bundle", str(toy / "bundle"), "--out", str(tmp_path / "m"),
                 "--config", str(path), "--id-key", str(id_key)])
    assert code != 0 and "nonsense" in capsys.readouterr().err
