"""Small, hand-made bundles in the contract's format for foundation tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

NAMES = ["Anne Sørensen", "Mohammed Ali", "Olena Kovalenko", "Jan de Vries", "Fatima Hassan"]


def citizens(n: int) -> list[dict[str, Any]]:
    out = []
    for i in range(n):
        out.append(
            {
                "id": f"C{i:05d}",
                "name": f"{NAMES[i % len(NAMES)]} {i}",
                "birth_year": 1960 + i % 40,
                "gender": "fmx"[i % 3],
                "country_of_birth": ["DK", "SY", "UA", "NL", "SO"][i % 5],
                "postcode": "5000",
                "lat": 55.4,
                "lon": 10.39,
                "languages": [{"code": "da", "cefr": ["A1", "B1", "native"][i % 3]}],
                "school_years": 6 + i % 8,
                "education_isced": i % 6,
                "basic_skills": {"literacy": 1 + i % 5, "numeracy": 1 + (i + 1) % 5},
                "health_limitation": ["none", "partial", None][i % 3],
                "driving_licence": i % 2 == 0,
                "mobility_km": 25.0,
                "unemployed_since": "2024-01-15",
                "previous_jobs": [
                    {"title": "lagermedarbejder", "from": "2019-01-01", "to": "2023-12-31"}
                ],
                "skills": ["urn:wayfinder:demo:skill:forklift"],
                "cv_text": f"Erfaring som truckfører og lagerarbejde nummer {i}",
                "preferred_language": ["da", "ar", "uk", "nl", "so"][i % 5],
                "attributes": {"children_under_6": i % 3},
            }
        )
    return out


def programmes() -> list[dict[str, Any]]:
    return [
        {
            "id": "P01",
            "name": {"en": "Job search training", "da": "Jobsøgningskursus"},
            "kind": "job_search_training",
            "duration_weeks": 4,
            "capacity": 20,
            "waiting_weeks": 2,
            "intakes": [
                {"start": "2026-01-12", "places": 20},
                {"start": "2026-02-09", "places": 16},
                {"start": "2026-03-09"},
            ],
            "prerequisites": {"min_language_cefr": {"da": "B1"}},
            "skills_taught": [],
        },
        {
            "id": "P02",
            "name": {"en": "Danish course"},
            "kind": "language_course",
            "duration_weeks": 26,
            "prerequisites": {},
        },
    ]


def caseworkers(n: int) -> list[dict[str, Any]]:
    """Two caseworkers sharing the first n citizens (contract 1.1)."""
    ids = [f"C{i:05d}" for i in range(n)]
    return [
        {
            "id": "W1",
            "display_name": "Karen Holm",
            "team": "Team Nord",
            "languages": [{"code": "da", "cefr": "native"}, {"code": "en", "cefr": "C1"}],
            "specialisms": ["youth", "newcomers"],
            "max_caseload": 40,
            "caseload": ids[::2],
        },
        {
            "id": "W2",
            "display_name": "Ahmad Rahimi",
            "team": "Team Nord",
            "languages": [{"code": "da", "cefr": "C1"}, {"code": "ar", "cefr": "native"}],
            "specialisms": ["health"],
            "max_caseload": 35,
            "caseload": ids[1::2],
        },
    ]


def history(n: int) -> dict[str, list[dict[str, Any]]]:
    decisions, enrolments, appointments, outcomes, assessments = [], [], [], [], []
    for i in range(n):
        cid = f"C{i:05d}"
        decisions.append(
            {
                "citizen_id": cid,
                "date": "2024-02-01",
                "programme_id": ["P01", "P02", None][i % 3],
                "caseworker_id": "W1",
            }
        )
        appointments.append(
            {"citizen_id": cid, "date": "2024-02-01", "kind": "meeting", "attended": i % 4 != 0}
        )
        outcomes.append(
            {
                "citizen_id": cid,
                "start": "2024-01-15",
                "end": "2024-06-30",
                "status": "unemployed",
                "subsidised": False,
            }
        )
        assessments.append(
            {"citizen_id": cid, "date": "2024-03-01", "field": "languages.da", "value": "B1"}
        )
        if i % 3 != 2:
            enrolments.append(
                {
                    "citizen_id": cid,
                    "programme_id": ["P01", "P02"][i % 3],
                    "start": "2024-02-15",
                    "end": "2024-03-15",
                    "status": "completed",
                    "attendance_rate": 0.9,
                }
            )
    return {
        "decisions": decisions,
        "enrolments": enrolments,
        "appointments": appointments,
        "outcomes": outcomes,
        "assessments": assessments,
    }


def write_bundle(
    folder: Path,
    n: int = 30,
    exported_at: str = "2026-01-01T00:00:00Z",
    **overrides: list[dict[str, Any]],
) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    files: dict[str, list[dict[str, Any]]] = {
        "citizens": citizens(n),
        "programmes": programmes(),
        **history(n),
        "caseworkers": caseworkers(n),
        "postcodes": [{"postcode": "5000", "name": "Odense C", "lat": 55.396, "lon": 10.388}],
        "vacancies": [
            {
                "id": "V1",
                "title": "Lagermedarbejder <b>",
                "postcode": "5000",
                "skills": [{"uri": "urn:wayfinder:demo:skill:forklift", "essential": True}],
                "hours_per_week": 37,
            }
        ],
    }
    files.update(overrides)
    for stem, records in files.items():
        lines = [json.dumps(r, ensure_ascii=False) for r in records]
        (folder / f"{stem}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    manifest = {
        "contract_version": "1",
        "exported_at": exported_at,
        "municipality": "Testby",
        "source_system": "tests",
        "full_snapshot": False,
    }
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return folder
