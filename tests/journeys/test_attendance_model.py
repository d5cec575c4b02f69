"""Attendance model end to end: synthetic bundle with known truth -> training -> ONNX -> app."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from desktop_app.journeys.attendance import AttendanceModel, AttendanceModelError
from desktop_app.journeys.records import read_bundle_tables
from desktop_app.trust.package_files import FolderPackage
from tests.journeys.attendance_world import write_world
from training.attendance.config import AttendanceConfig, ConfigError
from training.attendance.train import CARD_FILE, MODEL_FILE, train_attendance

CONFIG = AttendanceConfig(allow_health_limitation=True, attributes_allowlist=["children"])


@pytest.fixture(scope="module")
def trained(tmp_path_factory) -> tuple[Path, Path, dict]:
    root = tmp_path_factory.mktemp("attendance")
    write_world(root / "bundle")
    card = train_attendance(root / "bundle", root / "model", CONFIG)
    return root / "bundle", root / "model", card


def test_model_card_meets_the_bar_against_the_true_probabilities(trained) -> None:
    _, model_dir, card = trained
    assert json.loads((model_dir / CARD_FILE).read_text()) == card
    held = card["held_out"]
    for metric in ("roc_auc", "pr_auc_no_show", "calibration_slope", "calibration_intercept"):
        assert np.isfinite(held[metric])
    truth = card["against_truth"]
    assert truth["matched"] == held["n"] > 4000
    assert truth["auc_share_of_truth"] >= 0.95
    assert 0.9 <= truth["calibration_slope"] <= 1.1
    assert truth["meets_bar"] is True
    assert not {"gender", "country_of_birth"} & set(card["inputs"])
    # The default meeting place is where most programmes run (the jobcentre in this world).
    assert card["meeting_place"] == pytest.approx([55.40, 10.39])


def test_app_scores_with_bands_and_reasons(trained) -> None:
    bundle, model_dir, _ = trained
    model = AttendanceModel(FolderPackage(model_dir), MODEL_FILE)
    records = read_bundle_tables(bundle)
    rows = records.appointments.reset_index(drop=True).iloc[:3000]
    risks = model.score(records, rows)
    assert len(risks) == 3000
    assert {r.band for r in risks} == {"low", "medium", "high"}
    observed = rows["attended"].astype(bool).to_numpy()
    p = np.array([r.p_attend for r in risks])
    # Attended appointments were, on average, predicted more likely to be attended.
    assert p[observed].mean() > p[~observed].mean() + 0.05
    high = [r for r in risks if r.band == "high"]
    assert all(r.no_show_risk >= 0.30 for r in high)
    assert any("earlier missed appointments" in r.reasons for r in high)
    assert all(len(r.reasons) <= 3 for r in risks)


def test_not_an_attendance_model_is_refused(tmp_path: Path) -> None:
    bogus = tmp_path / "model.onnx"
    bogus.write_bytes(b"not onnx")
    with pytest.raises(AttendanceModelError, match="cannot load"):
        AttendanceModel(FolderPackage(tmp_path), "model.onnx")


def test_protected_attributes_cannot_be_allowlisted() -> None:
    with pytest.raises(ConfigError, match="protected"):
        AttendanceConfig(attributes_allowlist=["country_of_birth"])
