"""LaLonde NSW + CPS converts into a valid bundle; the experimental benchmark is reproduced."""

from __future__ import annotations

import json

import pytest

from desktop_app.scoring.bundle_source import load_bundle
from training.suggestions.lalonde import experimental_att, write_lalonde_bundle


def test_lalonde_bundle_is_valid_and_keeps_the_experiment(tmp_path):
    pytest.importorskip("causaldata")
    data = load_bundle(write_lalonde_bundle(tmp_path))
    assert len(data.records["citizens"]) == 185 + 15992
    decisions = data.records["decisions"]
    assert sum(1 for d in decisions if d["programme_id"] == "NSW") == 185
    line = json.dumps(data.records["citizens"][0])
    assert "ethnicity_black" in line  # kept as case data, refused as a model input
    benchmark = experimental_att()
    assert benchmark["effect"] == pytest.approx(0.1106, abs=1e-3)
