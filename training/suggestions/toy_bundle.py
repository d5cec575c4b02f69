"""A small contract-shaped bundle with a known, simple effect — NOT the demo municipality.

Used by tests as the "foreign-shaped" bundle: different programmes, host language (Dutch),
benefit codes and generating process than the demo, so a pipeline that only fits the demo
would fail here. Writes `bundle/*.jsonl`, `bundle/manifest.json` and `truth.json` (the demo's
truth format: per decision the true 26- and 52-week chance under every arm).

Truth: base chance from age, skills and unemployment; LANG adds 20 points for host-language
level <= A2, JOBS adds 12 points for the short-term unemployed (< 26 weeks) and 2 otherwise,
IDLE adds nothing. Caseworkers send weak speakers to LANG and short-term to JOBS more often,
and also look at a `motivation` score that is not exported (confounding).
"""

from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path

import numpy as np

PROGRAMMES = [
    {"id": "LANG", "name": {"nl": "Taalcursus", "en": "Language course"},
     "kind": "language_course", "duration_weeks": 12, "capacity": 20, "waiting_weeks": 3,
     "prerequisites": {}},
    {"id": "JOBS", "name": {"nl": "Sollicitatietraining", "en": "Job search training"},
     "kind": "job_search_training", "duration_weeks": 4, "capacity": 15, "waiting_weeks": 1,
     "prerequisites": {"min_language_cefr": {"nl": "A2"}}},
    {"id": "IDLE", "name": {"nl": "Werkervaringsplek", "en": "Work experience"},
     "kind": "work_trial", "duration_weeks": 8, "capacity": 10, "waiting_weeks": 6,
     "prerequisites": {"min_school_years": 8}},
]
CEFR = ["A1", "A2", "B1", "B2", "C1", "native"]
START = dt.date(2019, 1, 1)
EXPORTED = dt.date(2025, 1, 1)


def true_chances(age: float, literacy: int, level: int, weeks_unemployed: float) -> dict:
    base = 1 / (1 + math.exp(-(0.8 - 0.03 * (age - 35) + 0.25 * (literacy - 3)
                               - 0.02 * weeks_unemployed)))
    base = min(0.85, max(0.05, base))
    effects = {"none": 0.0, "LANG": 0.20 if level <= 1 else 0.0,
               "JOBS": 0.12 if weeks_unemployed < 26 else 0.02, "IDLE": 0.0}
    return {arm: min(0.97, base + effect) for arm, effect in effects.items()}


def _eligible(level: int, school_years: int | None) -> list[str]:
    out = ["none", "LANG"]
    if level >= 1:
        out.append("JOBS")
    if school_years is not None and school_years >= 8:
        out.append("IDLE")
    return out


def write_toy_bundle(out: Path, citizens: int = 600, seed: int = 0) -> Path:
    rng = np.random.default_rng(seed)
    bundle = out / "bundle"
    bundle.mkdir(parents=True, exist_ok=True)
    rows: dict[str, list[dict]] = {k: [] for k in
                                   ("citizens", "decisions", "outcomes", "assessments")}
    truth = []
    for n in range(citizens):
        cid = f"T{n:05d}"
        age0 = float(rng.uniform(20, 60))
        level = int(rng.integers(0, 6))
        literacy = int(rng.integers(1, 6))
        school_years = None if rng.random() < 0.1 else int(rng.integers(5, 14))
        motivation = float(rng.normal())
        rows["assessments"].append({"citizen_id": cid, "date": "2018-01-01",
                                    "field": "languages.nl", "value": CEFR[level]})
        citizen_row = {
            "id": cid, "name": f"Toy Person {n}", "birth_year": 2019 - int(age0),
            "gender": ["f", "m"][n % 2], "country_of_birth": ["NL", "MA", "TR"][n % 3],
            "languages": [{"code": "nl", "cefr": CEFR[level]}], "school_years": school_years,
            "basic_skills": {"literacy": literacy}, "benefit": ["WW", "BIJSTAND"][n % 2],
            "attributes": {"region_code": ["N", "S"][n % 2], "gender_of_client": "f"},
        }
        rows["citizens"].append(citizen_row)
        day = START + dt.timedelta(days=int(rng.integers(0, 300)))
        unemployed_since = day - dt.timedelta(days=int(rng.exponential(200)))
        rows["outcomes"].append({"citizen_id": cid, "start": unemployed_since.isoformat(),
                                 "end": None, "status": "unemployed", "subsidised": False})
        while day < EXPORTED - dt.timedelta(days=60):
            weeks = (day - unemployed_since).days / 7
            age = age0 + (day - START).days / 365.25
            p = true_chances(age, literacy, level, weeks)
            eligible = _eligible(level, school_years)
            score = {"none": 0.5, "LANG": 1.0 if level <= 1 else -1.0,
                     "JOBS": 0.8 * (weeks < 26) + 0.5 * motivation, "IDLE": -0.3}
            logits = np.array([score[a] for a in eligible])
            probs = np.exp(logits) / np.exp(logits).sum()
            arm = str(rng.choice(eligible, p=probs))
            rows["decisions"].append({"citizen_id": cid, "date": day.isoformat(),
                                      "programme_id": None if arm == "none" else arm,
                                      "caseworker_id": f"CW{n % 7}"})
            # motivation shifts the realised chance (hidden confounder), not the truth's effect
            lift = 0.05 * motivation
            p26 = {a: min(0.99, max(0.01, v + lift)) for a, v in p.items()}
            p52 = {a: v + (1 - v) * 0.3 for a, v in p26.items()}
            truth.append({"citizen_id": cid, "date": day.isoformat(), "observed": arm,
                          "eligible": eligible, "p": p, "p52": {a: v + (1 - v) * 0.3
                                                                 for a, v in p.items()}})
            u = rng.random()
            if u < p26[arm]:
                start = day + dt.timedelta(days=int(rng.integers(1, 170)))
            elif u < p52[arm]:
                start = day + dt.timedelta(days=int(rng.integers(190, 360)))
            else:
                start = None
            if start is not None:
                end = start + dt.timedelta(days=int(rng.integers(30, 200)))
                rows["outcomes"].append({"citizen_id": cid, "start": start.isoformat(),
                                         "end": end.isoformat(), "status": "employed",
                                         "subsidised": False})
            if level <= 1 and arm == "LANG":
                level += 1
                rows["assessments"].append({"citizen_id": cid,
                                            "date": (day + dt.timedelta(days=90)).isoformat(),
                                            "field": "languages.nl", "value": CEFR[level]})
            day += dt.timedelta(days=int(rng.integers(380, 700)))
        citizen_row["languages"] = [{"code": "nl", "cefr": CEFR[level]}]
    for name, items in rows.items():
        with (bundle / f"{name}.jsonl").open("w", encoding="utf-8") as handle:
            for item in items:
                handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    with (bundle / "programmes.jsonl").open("w", encoding="utf-8") as handle:
        for programme in PROGRAMMES:
            handle.write(json.dumps(programme, ensure_ascii=False) + "\n")
    manifest = {"contract_version": "1", "exported_at": f"{EXPORTED.isoformat()}T00:00:00Z",
                "municipality": "Toy", "source_system": "tests", "full_snapshot": True}
    (bundle / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    (out / "truth.json").write_text(json.dumps(truth), encoding="utf-8")
    return bundle
