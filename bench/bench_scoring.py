"""Scoring one citizen with explanations, in process: features -> ONNX -> eligibility ->
abstention -> TreeSHAP reasons for every eligible programme (target < 20 ms).

Uses a model trained here on the small foreign-shaped bundle; set WAYFINDER_BENCH_MODEL and
WAYFINDER_BENCH_BUNDLE to also measure a full-size model (e.g. the demo municipality's).
"""

from __future__ import annotations

import json
import os
import statistics
import tempfile
import time
from pathlib import Path

TARGET_MS = 20.0


def _measure(report, label: str, model_dir: Path, bundle: Path, cases: int = 200) -> None:
    from desktop_app.scoring.bundle_source import load_bundle
    from desktop_app.scoring.model import SuggestionModel
    from desktop_app.scoring.records import group_by_citizen
    from desktop_app.scoring.suggester import Suggester
    from desktop_app.trust.package_files import FolderPackage

    started = time.perf_counter()
    model = SuggestionModel(FolderPackage(model_dir))
    load_ms = (time.perf_counter() - started) * 1000
    data = load_bundle(bundle)
    records = [r for r in group_by_citizen(data.records).values() if r.decisions][:cases]
    suggester = Suggester(model, data.programmes(), data.exported_at)
    suggester.score([(records[0], records[0].decisions[-1][0])])  # warm up
    timings = []
    for rec in records:
        best = float("inf")
        for _ in range(3):  # best of three: the machine is shared, the code path is not
            t = time.perf_counter()
            suggester.score([(rec, rec.decisions[-1][0])], explain=True)
            best = min(best, (time.perf_counter() - t) * 1000)
        timings.append(best)
    timings.sort()
    p50 = statistics.median(timings)
    p95 = timings[int(0.95 * (len(timings) - 1))]
    arms = len(model.programmes)
    note = f"{arms} programmes, {len(model.schema.features)} features, {len(timings)} citizens"
    report.add("scoring", f"{label}: one citizen with explanations p50", p50, "ms",
               target=f"< {TARGET_MS:g} ms", passed=p50 < TARGET_MS, note=note)
    report.add("scoring", f"{label}: one citizen with explanations p95", p95, "ms",
               target=f"< {TARGET_MS:g} ms", passed=p95 < TARGET_MS, note=note)
    report.add("scoring", f"{label}: model load", load_ms, "ms")


def run(report) -> None:
    from desktop_app.admin.cli import main
    from training.suggestions.toy_bundle import write_toy_bundle

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        write_toy_bundle(root, citizens=500, seed=2)
        config = root / "config.json"
        config.write_text(json.dumps({"ensemble_members": 8, "effect_min_leaf": 40}))
        key = root / "id.key"
        key.write_text("cd" * 32)
        code = main(["train", "--bundle", str(root / "bundle"), "--out", str(root / "model"),
                     "--config", str(config), "--id-key", str(key)])
        if code != 0:
            raise RuntimeError("training the benchmark model failed")
        _measure(report, "small model", root / "model", root / "bundle")
    model_dir, bundle = os.environ.get("WAYFINDER_BENCH_MODEL"), os.environ.get(
        "WAYFINDER_BENCH_BUNDLE")
    if model_dir and bundle:
        _measure(report, "full-size model", Path(model_dir), Path(bundle))
