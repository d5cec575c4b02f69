"""Journeys and the attendance model on the demo municipality (the real generator's output)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from desktop_app.journeys.cohort import journey_log
from desktop_app.journeys.insight import FACTORS, insight_by_factor
from desktop_app.journeys.process_map import process_map
from desktop_app.journeys.records import read_bundle_tables
from desktop_app.journeys.similar import similar_citizens
from desktop_app.journeys.timeline import citizen_timeline
from desktop_app.journeys.variants import variants
from training.attendance.config import AttendanceConfig
from training.attendance.train import train_attendance
from training.demo.generate import generate_demo

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("demo") / "demo"
    generate_demo(out, citizens=2000, seed=11)
    return out


def test_attendance_model_meets_the_bar_on_demo_data(demo: Path, tmp_path: Path) -> None:
    config = AttendanceConfig(
        allow_health_limitation=True, attributes_allowlist=["children_under_6"]
    )
    card = train_attendance(demo / "bundle", tmp_path, config)
    truth = card["against_truth"]
    assert truth["matched"] == card["held_out"]["n"] > 3000
    assert truth["auc_share_of_truth"] >= 0.95, truth
    assert 0.9 <= truth["calibration_slope"] <= 1.1, truth
    assert truth["meets_bar"] is True


def test_journey_views_run_on_demo_data(demo: Path) -> None:
    records = read_bundle_tables(demo / "bundle")
    log = journey_log(records)
    pm = process_map(log)
    assert pm.n_cases > 1500 and pm.edges["count"].sum() > pm.n_cases
    table = variants(log)
    shares = table.outcome_shares.to_numpy()
    known = ~np.isnan(shares).all(axis=1)
    assert np.allclose(shares[known].sum(axis=1), 1)
    for factor in FACTORS:
        insight = insight_by_factor(records, factor)
        for curve in insight.curves:
            assert np.all(np.diff(curve.survival) <= 1e-12)  # never rises
    citizen = str(log.cases.index[0])
    similar = similar_citizens(
        log.cases.loc[citizen].to_dict(), log, exclude=[citizen], variant_table=table
    )
    assert len(similar.neighbours) == 25 and similar.kind == "descriptive"
    assert citizen_timeline(records, citizen).items
