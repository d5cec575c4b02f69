"""Caseworkers' subjective ratings: flagged in the schema and model card, and left out of
training when IT asks for it (`exclude_subjective_inputs`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.admin.cli import main
from desktop_app.scoring.bundle_source import load_bundle
from desktop_app.scoring.schema import FeatureSchema
from desktop_app.scoring.subjective import is_subjective
from training.suggestions.config import TrainingConfig
from training.suggestions.dataset import build_schema
from training.suggestions.model_card import _subjective_line

DEMO_CONFIG = Path(__file__).resolve().parents[2] / "training" / "suggestions" / \
    "demo_config.json"


@pytest.fixture(scope="module")
def demo_bundle(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("demo")
    assert main(["demo", "--citizens", "300", "--seed", "7", "--force", str(out)]) == 0
    return out / "bundle"


def config(**changes) -> TrainingConfig:
    data = json.loads(DEMO_CONFIG.read_text(encoding="utf-8"))
    data.update(changes)
    return TrainingConfig(**data)


def test_subjective_ratings_are_flagged_in_the_schema(demo_bundle):
    schema = build_schema(load_bundle(demo_bundle), config())
    assert schema.subjective_attributes == ("caseworker_flag_motivation",)
    rated = [f.name for f in schema.features if is_subjective(f.name)]
    assert rated and all(n.startswith("attr:caseworker_flag_motivation=") for n in rated)
    again = FeatureSchema.from_json(json.loads(json.dumps(schema.to_json())))
    assert again.subjective_attributes == schema.subjective_attributes


def test_it_can_leave_subjective_ratings_out_of_training(demo_bundle):
    schema = build_schema(load_bundle(demo_bundle), config(exclude_subjective_inputs=True))
    assert not any("caseworker_flag" in f.name for f in schema.features)
    assert any(f.name == "attr:has_car" for f in schema.features)  # the others stay
    assert "caseworker ratings left out (exclude_subjective_inputs): " \
           "caseworker_flag_motivation" in schema.notes
    declared = build_schema(load_bundle(demo_bundle), config(
        exclude_subjective_inputs=True, subjective_attributes=["housing"]))
    assert not any(f.name.startswith("attr:housing") for f in declared.features)


def test_the_model_card_states_subjective_inputs_and_what_was_left_out():
    kept = _subjective_line({"attributes": ["caseworker_flag_motivation"],
                             "excluded_from_training": []})
    assert "Subjective inputs" in kept and "caseworker_flag_motivation" in kept
    assert "Left out" not in kept
    left = _subjective_line({"attributes": [],
                             "excluded_from_training": ["caseworker_flag_motivation"]})
    assert "none." in left and "Left out of training (exclude_subjective_inputs): " \
                                "caseworker_flag_motivation." in left


def test_an_unknown_setting_is_still_refused():
    with pytest.raises(TypeError):
        TrainingConfig(exclude_subjective=True)  # type: ignore[call-arg]
