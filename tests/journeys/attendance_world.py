"""A small synthetic bundle whose true attendance probabilities are known.

Independent of the demo generator (so the attendance pipeline is tested on its own): citizens
with homes, health, Danish level and children; a year of appointments each, whose attendance
depends on those, on time unemployed and on earlier no-shows.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd

JOBCENTRE = (55.40, 10.39)
KIND_TERM = {"meeting": 0.2, "followup": -0.2, "course_session": 0.0}


def write_world(
    folder: Path, n_citizens: int = 2000, n_appointments: int = 12, seed: int = 4
) -> None:
    rng = np.random.default_rng(seed)
    folder.mkdir(parents=True, exist_ok=True)
    ids = np.array([f"c{i:05d}" for i in range(n_citizens)])
    lat = JOBCENTRE[0] + rng.normal(0, 0.2, n_citizens)
    lon = JOBCENTRE[1] + rng.normal(0, 0.3, n_citizens)
    birth = rng.integers(1960, 2004, n_citizens)
    health = rng.choice(["none", "partial", "significant"], n_citizens, p=[0.7, 0.2, 0.1])
    lang = rng.integers(1, 8, n_citizens)
    kids = np.minimum(rng.poisson(0.7, n_citizens), 4)
    since = pd.Timestamp("2022-01-01") + pd.to_timedelta(rng.integers(0, 365, n_citizens), "D")
    levels = ["A1", "A2", "B1", "B2", "C1", "C2", "native"]
    citizens = [
        {
            "id": str(c),
            "birth_year": int(b),
            "gender": "f",
            "country_of_birth": "DK",
            "lat": float(la),
            "lon": float(lo),
            "health_limitation": str(h),
            "languages": [{"code": "da", "cefr": levels[int(g) - 1]}],
            "attributes": {"children": int(k)},
            "unemployed_since": s.date().isoformat(),
        }
        for c, b, la, lo, h, g, k, s in zip(
            ids, birth, lat, lon, health, lang, kids, since, strict=True
        )
    ]
    programmes = [
        {"id": "p1", "kind": "job_search_training", "lat": JOBCENTRE[0], "lon": JOBCENTRE[1]},
        {"id": "p2", "kind": "vocational_course", "lat": 55.10, "lon": 9.90},
    ]
    outcomes = [
        {"citizen_id": str(c), "start": s.date().isoformat(), "end": None, "status": "unemployed"}
        for c, s in zip(ids, since, strict=True)
    ]
    health_term = np.select([health == "partial", health == "significant"], [-0.45, -1.0], 0)
    no_shows = np.zeros(n_citizens)
    day = since.to_numpy() + np.timedelta64(14, "D")
    appointments, truth = [], []
    for _ in range(n_appointments):
        kind = rng.choice(list(KIND_TERM), n_citizens, p=[0.5, 0.3, 0.2])
        dist = np.where(kind == "course_session", 0.0, _km(lat, lon, *JOBCENTRE))
        weeks = (day - since.to_numpy()) / np.timedelta64(7, "D")
        age = pd.DatetimeIndex(day).year.to_numpy() - birth
        z = (
            2.4
            + np.vectorize(KIND_TERM.get)(kind)
            + health_term
            - 0.03 * np.minimum(dist, 60)
            + 0.02 * (age - 40)
            - 0.35 * np.minimum(kids, 3)
            - 0.3 * np.log1p(weeks / 26)
            - 0.35 * np.minimum(no_shows, 5)
            + 0.12 * (np.minimum(lang, 6) - 4)
        )
        p = 1 / (1 + np.exp(-z))
        attended = rng.random(n_citizens) < p
        for i in range(n_citizens):
            date = pd.Timestamp(day[i]).date().isoformat()
            appointments.append(
                {
                    "citizen_id": str(ids[i]),
                    "date": date,
                    "kind": str(kind[i]),
                    "attended": bool(attended[i]),
                }
            )
            truth.append(
                {"citizen_id": str(ids[i]), "date": date, "kind": str(kind[i]), "p": float(p[i])}
            )
        no_shows += ~attended
        day = day + rng.integers(14, 35, n_citizens).astype("timedelta64[D]")
    enrolments = [
        {
            "citizen_id": str(c),
            "programme_id": "p2",
            "start": "2021-01-01",
            "end": "2021-02-01",
            "status": "completed",
        }
        for c in ids[:50]
    ]
    _write(folder / "citizens.jsonl", citizens)
    _write(folder / "programmes.jsonl", programmes)
    _write(folder / "outcomes.jsonl", outcomes)
    _write(folder / "appointments.jsonl", appointments)
    _write(folder / "enrolments.jsonl", enrolments)
    _write(folder.parent / "truth_attendance.jsonl", truth)


def _km(lat, lon, lat2, lon2):
    p1, p2 = np.radians(lat), np.radians(lat2)
    a = (
        np.sin((p2 - p1) / 2) ** 2
        + np.cos(p1) * np.cos(p2) * np.sin(np.radians(lon2 - lon) / 2) ** 2
    )
    return 2 * 6371.0 * np.arcsin(np.sqrt(a))


def _write(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
