"""Per-case job-matching latency on the demo municipality (what opening a case adds).

Uses the demo cache and taxonomy that `make cache taxonomy` builds under var/home (copied to a
temporary folder, so the bench never migrates or writes the real files), with the shipped
signed model package of `models_onnx/` installed there through the laptop's update path, so
previous job titles are matched as a laptop matches them: with the title encoder. Measures the
one-off context build (taxonomy, 5,000-vacancy index, skill finder) and then `jobs_detail` for 200
citizens: skill profile, vacancy ranking with explanations, alternatives with gap courses.
Target: p95 < 50 ms, so that a case still opens in < 300 ms in total.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

import numpy as np

from bench.report import BenchReport

HOME = Path(__file__).resolve().parents[1] / "var" / "home"
N_CASES = 200


def measure(report: BenchReport) -> None:
    group = "job matching per case (demo cache, 5,000 vacancies)"
    if not (HOME / "case-cache.sqlite").is_file() or not (HOME / "taxonomy.sqlite").is_file():
        report.add(group, "p95 latency", float("nan"), "ms", note="run `make cache taxonomy`")
        return
    from desktop_app.cache.connection import open_cache
    from desktop_app.cache.records import load_citizen
    from desktop_app.casework.job_matches import jobs_detail
    from desktop_app.matching import case_matching

    with tempfile.TemporaryDirectory() as folder:
        for name in ("case-cache.sqlite", "taxonomy.sqlite"):
            shutil.copy2(HOME / name, Path(folder) / name)
        previous = os.environ.get("WAYFINDER_HOME")
        os.environ["WAYFINDER_HOME"] = folder  # the copies, not the user's files
        from desktop_app.locations import default_model_store
        from desktop_app.trust.update import check_for_updates

        check_for_updates(HOME.parents[1] / "models_onnx", default_model_store())
        db = open_cache(Path(folder) / "case-cache.sqlite", create=False)
        started = time.perf_counter()
        context = case_matching.context_for(db)
        build = time.perf_counter() - started
        assert isinstance(context, case_matching.MatchingContext)
        encoder = "title encoder" if context.encoder is not None else "NO title encoder"
        ids = [r[0] for r in db.execute("SELECT id FROM citizens ORDER BY id LIMIT ?", (N_CASES,))]
        citizens = [load_citizen(db, i).citizen for i in ids]  # type: ignore[union-attr]
        timings = []
        for citizen in citizens:
            t0 = time.perf_counter()
            detail = jobs_detail(db, citizen)
            timings.append(time.perf_counter() - t0)
            assert not detail.unavailable
        db.close()
        if previous is None:
            os.environ.pop("WAYFINDER_HOME", None)
        else:
            os.environ["WAYFINDER_HOME"] = previous
    p50, p95 = np.percentile(np.array(timings) * 1000, [50, 95])
    report.add(
        group,
        "p95 latency",
        p95,
        "ms",
        target="< 50 ms",
        passed=bool(p95 < 50),
        note=f"p50 {p50:.1f} ms over {N_CASES} citizens, {encoder}, load {os.getloadavg()[0]:.1f}",
    )
    report.add(group, "context build", build, "s", note="once per cache, on the worker at open")
