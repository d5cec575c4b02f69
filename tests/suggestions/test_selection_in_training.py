"""The selection-on-unobservables adjustment, switched on in the training configuration, moves
each programme's shipped effect by its recorded shift and is written to the model card."""

from __future__ import annotations

import json

import numpy as np
import pytest

from desktop_app.admin.cli import main
from desktop_app.scoring.bundle_source import load_bundle
from desktop_app.scoring.model import SuggestionModel
from desktop_app.scoring.records import group_by_citizen
from desktop_app.scoring.suggester import Suggester
from desktop_app.trust.package_files import FolderPackage
from tests.suggestions.conftest import SMALL


@pytest.fixture(scope="module")
def adjusted(toy, id_key, tmp_path_factory):
    root = tmp_path_factory.mktemp("adjusted")
    config = root / "config.json"
    config.write_text(json.dumps({**SMALL, "unobserved_selection_delta": 1.0}), encoding="utf-8")
    out = root / "model"
    assert main(["train", "--bundle", str(toy / "bundle"), "--out", str(out), "--seed", "3",
                 "--config", str(config), "--id-key", str(id_key)]) == 0
    return out


def _mean_effects(model_dir, toy) -> dict[str, float]:
    data = load_bundle(toy / "bundle")
    model = SuggestionModel(FolderPackage(model_dir))
    suggester = Suggester(model, data.programmes(), data.exported_at)
    cases = [(rec, d) for rec in group_by_citizen(data.records).values()
             for d, _ in rec.decisions][:400]
    scored = suggester.score(cases, explain=False)
    return {arm: float(np.mean([s.arm(arm).estimates[26.0].effect for s in scored]))
            for arm in model.arms[1:]}


def test_default_training_does_not_adjust(trained):
    card = json.loads((trained / "model_card.json").read_text())
    adjustment = card["sensitivity"]["selection_adjustment"]
    assert adjustment["delta"] == 0.0
    assert all(row["shift"] == 0.0 for row in adjustment["arms"])


def test_shipped_effects_move_by_the_recorded_shift(adjusted, trained, toy):
    card = json.loads((adjusted / "model_card.json").read_text())
    adjustment = card["sensitivity"]["selection_adjustment"]
    assert adjustment["delta"] == 1.0
    shifts = {row["arm"]: row["shift"] for row in adjustment["arms"]}
    assert set(shifts) == {"IDLE", "JOBS", "LANG"}
    assert any(abs(s) > 0.002 for s in shifts.values())
    # JOBS is given to motivated people (hidden in the toy): its effect must come down.
    assert shifts["JOBS"] < 0
    before, after = _mean_effects(trained, toy), _mean_effects(adjusted, toy)
    for arm, shift in shifts.items():
        assert after[arm] - before[arm] == pytest.approx(shift, abs=2e-3), arm
    page = (adjusted / "model_card.md").read_text(encoding="utf-8")
    assert "selection on unobservables" in page and "Oster" in page
