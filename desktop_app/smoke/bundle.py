"""A tiny contract-shaped bundle written by the smoke test: two citizens and their history.

The programmes are the arms of the installed model (ids and names from its manifest), so the
smoke test scores a case the way the app would, whatever municipality the model was trained
for. Kept in code rather than a data folder so the frozen build needs no extra files for it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

CITIZEN_ID = "SMOKE-1"
DECISION_DATE = "2024-03-01"
EXPORTED_AT = "2024-06-01T00:00:00Z"


def _citizen(citizen_id: str, name: str, birth_year: int) -> dict[str, Any]:
    return {
        "id": citizen_id,
        "name": name,
        "birth_year": birth_year,
        "gender": "f",
        "country_of_birth": "DK",
        "postcode": "5000",
        "languages": [{"code": "da", "cefr": "B1"}, {"code": "nl", "cefr": "B1"}],
        "school_years": 10,
        "education_isced": 3,
        "basic_skills": {"literacy": 3, "numeracy": 3},
        "driving_licence": True,
        "unemployed_since": "2023-09-01",
        "previous_jobs": [{"title": "warehouse worker", "from": "2018-01-01", "to": "2023-08-31"}],
        "preferred_language": "en",
    }


def _history(citizen_id: str) -> dict[str, list[dict[str, Any]]]:
    return {
        "decisions": [{"citizen_id": citizen_id, "date": "2023-10-01", "programme_id": None,
                       "caseworker_id": "SMOKE"}],
        "appointments": [{"citizen_id": citizen_id, "date": "2023-10-01", "kind": "meeting",
                          "attended": True}],
        "outcomes": [
            {"citizen_id": citizen_id, "start": "2018-01-01", "end": "2023-08-31",
             "status": "employed", "subsidised": False},
            {"citizen_id": citizen_id, "start": "2023-09-01", "end": None,
             "status": "unemployed", "subsidised": False},
        ],
        "assessments": [{"citizen_id": citizen_id, "date": "2023-10-01",
                         "field": "languages.da", "value": "B1"}],
    }


def programmes_for(arms: list[str], names: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {"id": arm, "name": names.get(arm) or {"en": arm}, "duration_weeks": 8,
         "waiting_weeks": 2, "prerequisites": {}}
        for arm in arms if arm != "none"
    ]


def write_smoke_bundle(folder: Path, arms: list[str], names: dict[str, Any]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    people = [("SMOKE-1", "Test Citizen One", 1985), ("SMOKE-2", "Test Citizen Two", 1972)]
    files: dict[str, list[dict[str, Any]]] = {
        "citizens": [_citizen(cid, name, year) for cid, name, year in people],
        "programmes": programmes_for(arms, names),
    }
    for cid, _name, _year in people:
        for stem, rows in _history(cid).items():
            files.setdefault(stem, []).extend(rows)
    for stem, rows in files.items():
        lines = [json.dumps(row, ensure_ascii=False) for row in rows]
        (folder / f"{stem}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    manifest = {"contract_version": "1", "exported_at": EXPORTED_AT,
                "municipality": "Smoke test", "source_system": "smoke-test",
                "full_snapshot": False}
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return folder
