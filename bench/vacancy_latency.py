"""Vacancy-ranking latency: 50,000 synthetic vacancies over the demo taxonomy, one core.

Run by `bench_matching` (`.venv/bin/python -m bench.run bench_matching`). Vacancies take an
occupation's essential skills and some optional ones, a random place in Denmark, and hours;
citizens are drawn the same way. The
figure is the p95 over 200 rankings of the time for `VacancyIndex.rank(..., top=20)`, which
includes scoring all vacancies, the radius filter, top-k and the explanations.
"""

from __future__ import annotations

import os
import random
import tempfile
import time
from pathlib import Path

import numpy as np

from bench.report import BenchReport
from desktop_app.matching.esco_import import import_esco
from desktop_app.matching.skill_taxonomy import SkillTaxonomy
from desktop_app.matching.taxonomy_store import open_taxonomy
from desktop_app.matching.vacancy_ranking import VacancyIndex

DEMO_ESCO = Path(__file__).resolve().parents[1] / "training" / "demo" / "data" / "esco"
N_VACANCIES = 50_000
N_QUERIES = 200


def _taxonomy() -> SkillTaxonomy:
    with tempfile.TemporaryDirectory() as folder:
        db = open_taxonomy(Path(folder) / "taxonomy.sqlite")
        import_esco(db, DEMO_ESCO)
        taxonomy = SkillTaxonomy.from_store(db)
        db.close()
    return taxonomy


def _vacancies(taxonomy: SkillTaxonomy, rng: random.Random) -> list[dict]:
    occupations = sorted(taxonomy.essential)
    vacancies = []
    for n in range(N_VACANCIES):
        occupation = rng.choice(occupations)
        skills = [{"uri": s, "essential": True} for s in taxonomy.essential[occupation]]
        skills += [
            {"uri": s, "essential": False}
            for s in taxonomy.optional.get(occupation, [])
            if rng.random() < 0.5
        ]
        vacancies.append(
            {
                "id": f"v{n}",
                "title": "",
                "employer": "",
                "esco_occupation": occupation,
                "lat": rng.uniform(54.8, 57.6),
                "lon": rng.uniform(8.2, 12.6),
                "skills": skills,
                "hours_per_week": rng.choice([15, 25, 32, 37]),
            }
        )
    return vacancies


def measure(report: BenchReport) -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core, as targeted
    rng = random.Random(11)
    taxonomy = _taxonomy()
    started = time.perf_counter()
    index = VacancyIndex(_vacancies(taxonomy, rng), taxonomy)
    build = time.perf_counter() - started
    occupations = sorted(taxonomy.essential)
    timings = []
    for _ in range(N_QUERIES):
        occupation = rng.choice(occupations)
        skills = rng.sample(taxonomy.essential[occupation], k=4) + rng.sample(
            sorted(taxonomy.skill_index), k=6
        )
        home = (rng.uniform(55.0, 57.0), rng.uniform(9.0, 12.5))
        t0 = time.perf_counter()
        matches = index.rank(skills, [occupation], home, mobility_km=60, wanted_hours=37, top=20)
        timings.append(time.perf_counter() - t0)
        assert matches and matches[0].matched_essential is not None
    p50, p95 = np.percentile(np.array(timings) * 1000, [50, 95])
    group = f"vacancy ranking ({N_VACANCIES:,} vacancies, top 20, 1 core)"
    report.add(
        group,
        "p95 latency",
        p95,
        "ms",
        target="< 50 ms",
        passed=bool(p95 < 50),
        note=f"p50 {p50:.1f} ms over {N_QUERIES} citizens",
    )
    report.add(group, "index build", build, "s", note="once per vacancy set")
