"""A world that makes every screen say every sentence: the trained toy model of `model_world`,
the demo taxonomy, and a bundle of 40 citizens shaped so that counts of 0, 1, 2 and 26 occur
(search matches, skills, months unemployed, waiting weeks), with an objection, a closed case,
recorded decisions (followed and overridden) and vacancies to match.

Names are Danish so that no datum can pass for an English interface word.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.bundle.reader import read_bundle
from desktop_app.cache.audit import AuditLog
from desktop_app.cache.connection import open_cache
from desktop_app.cache.importer import import_bundle
from desktop_app.decisions.objections import set_objection
from desktop_app.decisions.record import DecisionInput, record_decision
from desktop_app.matching.skill_taxonomy import SkillTaxonomy
from tests.conftest import write_audit_key
from tests.matching.jobs_cache import build_taxonomy
from training.suggestions.toy_bundle import write_toy_bundle

COUNTS = (0, 1, 2, 26)
FIRST = ("Signe", "Rasmus", "Ida", "Mads", "Freja", "Søren", "Karen", "Bjørn", "Lærke",
         "Troels", "Gry", "Aksel", "Vibeke")
NAMES = {
    "programme": {
        "LANG": {"da": "Hollandskkursus", "nb": "Nederlandskkurs", "nl": "Taalcursus",
                 "en": "Dutch course"},
        "JOBS": {"da": "Jobsøgningsforløb", "nb": "Jobbsøkerkurs", "nl": "Sollicitatietraining",
                 "en": "Job search training"},
        "IDLE": {"da": "Virksomhedspraktik", "nb": "Arbeidstrening", "nl": "Werkervaringsplek",
                 "en": "Work trial"},
        "MENT": {"da": "Mentorstøtte", "nb": "Mentor", "nl": "Mentoraat", "en": "Mentor"},
    },
}
KJAER, BOEGH, VESTERGAARD = "Kjær", "Bøgh", "Vestergaard"
OBJECTING, CLOSED, FOLLOWED, OVERRIDDEN = "T00030", "T00039", "T00031", "T00032"
CHECKS = "T00000"  # one programme it is not eligible for, one whose rules cannot be checked
BARE = "T00040"  # nothing recorded: no jobs, languages, skills, address or history
COMPLETE = "T00041"  # every field the screens ask for is recorded
NO_TITLE = "T00042"  # a previous job without a title
NO_RADIUS = "T00043"  # an address but no travel radius
LIKE_C000001 = "T00044"  # no "unemployed since", in work: time unemployed is not recorded
JOURNEY = "T00045"  # programmes in every status, appointments of every kind, subsidised work
CITIZENS = 210  # more than a page of results (200)
AUDIT_KEY = b"k" * 32


@dataclass(frozen=True)
class CompletenessWorld:
    cache: Path
    home: Path  # WAYFINDER_HOME: taxonomy.sqlite and keys/audit.key live here
    bundle: Path
    taxonomy: Path


def _months_ago(today: dt.date, months: int) -> dt.date:
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    return dt.date(year, month + 1, min(today.day, 28))


def _read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _write(path: Path, rows: list[dict[str, Any]]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                    encoding="utf-8")


def _surname(n: int) -> str:
    if n < 26:
        return KJAER
    if n < 28:
        return BOEGH
    return VESTERGAARD if n == 28 else "Hvid"


def _citizen(row: dict[str, Any], n: int, taxonomy: SkillTaxonomy, occupations: list[str],
             today: dt.date) -> dict[str, Any]:
    skills = sorted(taxonomy.skill_index)
    occupation = occupations[n % len(occupations)]
    since = _months_ago(today, COUNTS[n % 4])
    row.update(
        name=f"{FIRST[n % len(FIRST)]} {_surname(n)}",
        postcode="5000", lat=55.4, lon=10.39, mobility_km=12.5, driving_licence=n % 2 == 0,
        preferred_language="da", education_isced=n % 7, unemployed_since=since.isoformat(),
        health_limitation=["none", "partial", "significant", None][n % 4],
        skills=skills[: COUNTS[n % 4]],
        previous_jobs=[
            {"title": taxonomy.label(occupation, "da"), "esco_occupation": occupation,
             "from": "2016-03-01", "to": "2019-05-31"},
            {"title": taxonomy.label(occupations[(n + 1) % len(occupations)], "da"),
             "from": "2023-02-01"},  # still in this job: its period ends "now"
        ],
        cv_text=f"Erfaring som {taxonomy.label(occupation, 'da')}. Kan "
                f"{taxonomy.label(skills[(7 * n) % len(skills)], 'da')}.",
    )
    if n % 4 == 3:  # more languages than anyone the model learnt from: it abstains
            row["languages"] = [*row["languages"], {"code": "da", "cefr": "native"},
                            {"code": "ar"}]  # a level nobody recorded
    if n == int(CLOSED[1:]):
        row["case_closed"] = "2024-12-01"
    special = f"T{n:05d}"
    if special == CHECKS:
        row.update(school_years=None, education_isced=4, health_limitation="none",
                   languages=[{"code": "nl", "cefr": "A1"}])
    elif special == BARE:
        for key in ("previous_jobs", "languages", "skills", "postcode", "lat", "lon",
                    "mobility_km", "cv_text", "unemployed_since", "basic_skills"):
            row.pop(key, None)
    elif special == COMPLETE:
        row.update(basic_skills={"literacy": 3, "numeracy": 4, "digital": 2},
                   school_years=12, health_limitation="none",
                   skills=skills[:3])
    elif special == NO_TITLE:
        row["previous_jobs"] = [{"from": "2015-01-01", "to": "2016-02-29"}]
    elif special == NO_RADIUS:
        row.pop("mobility_km")
    elif special == LIKE_C000001:
        row.pop("unemployed_since")
    return row


def _history(bundle: Path, programmes: list[str]) -> None:
    """The special citizens' histories: none for BARE, work only for LIKE_C000001, every
    kind of journey item for JOURNEY."""
    for name in ("decisions", "outcomes", "assessments"):
        path = bundle / f"{name}.jsonl"
        rows = [r for r in _read(path) if r["citizen_id"] != BARE
                and not (name == "assessments" and r["citizen_id"] == CHECKS)]
        if name == "outcomes":
            rows = [r for r in rows if r["citizen_id"] != LIKE_C000001]
            rows.append({"citizen_id": LIKE_C000001, "start": "2024-03-01", "end": None,
                         "status": "employed", "subsidised": False})
            rows.append({"citizen_id": JOURNEY, "start": "2023-01-02", "end": "2023-06-30",
                         "status": "employed", "subsidised": True})
        _write(path, rows)
    statuses = ("active", "completed", "dropped", "no_show", "planned")
    _write(bundle / "enrolments.jsonl", [
        {"citizen_id": JOURNEY, "programme_id": programmes[i % len(programmes)],
         "start": f"202{i}-02-01", "end": None if status in ("active", "planned") else
         f"202{i}-05-01", "status": status, "attendance_rate": None if status in
         ("no_show", "planned") else 0.5 + 0.1 * i}
        for i, status in enumerate(statuses)])
    kinds = ("meeting", "followup", "course_session", "appointment")
    _write(bundle / "appointments.jsonl", [
        {"citizen_id": JOURNEY, "date": f"2024-0{i + 1}-1{i}", "kind": kinds[i % 4],
         "attended": (True, False, None)[i % 3]} for i in range(8)])


def build_completeness_world(folder: Path) -> CompletenessWorld:
    today = dt.date.today()
    home = folder / "home"
    home.mkdir(parents=True)
    taxonomy_path = home / "taxonomy.sqlite"
    taxonomy = build_taxonomy(taxonomy_path)
    occupations = sorted(taxonomy.essential)[:26]
    bundle = write_toy_bundle(folder / "toy", citizens=CITIZENS, seed=11)
    citizens = [_citizen(r, n, taxonomy, occupations, today)
                for n, r in enumerate(_read(bundle / "citizens.jsonl"))]
    _write(bundle / "citizens.jsonl", citizens)
    programmes = _read(bundle / "programmes.jsonl")
    for programme, waiting in zip(programmes, COUNTS, strict=False):
        programme["name"] = NAMES["programme"][programme["id"]]
        programme["waiting_weeks"] = waiting
    programmes[0]["skills_taught"] = sorted(taxonomy.skill_index)[:60]
    # every kind of rule: CHECKS cannot be checked for two of them, LIKE_C000001 lacks the
    # education, JOURNEY has a health limitation, COMPLETE meets them all
    programmes[2]["prerequisites"] = {
        "min_school_years": 8, "min_education_isced": 3, "min_basic_skills": {"numeracy": 2},
        "max_health_limitation": "none"}
    programmes.append({"id": "MENT", "name": NAMES["programme"]["MENT"], "kind": "mentor",
                       "duration_weeks": 26, "capacity": 2, "waiting_weeks": 26,
                       "prerequisites": {"max_health_limitation": "partial"}})
    _write(bundle / "programmes.jsonl", programmes)
    _history(bundle, [p["id"] for p in programmes])
    _write(bundle / "vacancies.jsonl", [
        {"id": f"V{n:03d}", "title": taxonomy.label(occupation, "da"),
         "employer": f"Fynsk Firma {n}", "postcode": "5000", "lat": 55.40 + 0.01 * n,
         "lon": 10.39, "esco_occupation": occupation, "hours_per_week": 37 if n % 2 else 32.5,
         "skills": [{"uri": s, "essential": True} for s in taxonomy.essential[occupation]]
         + [{"uri": s, "essential": False} for s in taxonomy.optional.get(occupation, [])]}
        for n, occupation in enumerate(occupations)])
    cache = folder / "cache.sqlite"
    db = open_cache(cache)
    audit = AuditLog(db, AUDIT_KEY)
    write_audit_key(home, AUDIT_KEY)  # the window records with the key the trail began with
    import_bundle(db, read_bundle(bundle), audit=audit, actor="test")
    set_objection(db, audit, citizen_id=OBJECTING, caseworker_id="cw-test", active=True)
    record_decision(db, audit, DecisionInput(
        citizen_id=FOLLOWED, caseworker_id="cw-test", programme_id="LANG",
        suggestion_shown=True, suggested_programme_id="LANG"))
    record_decision(db, audit, DecisionInput(
        citizen_id=OVERRIDDEN, caseworker_id="cw-test", programme_id="IDLE",
        suggestion_shown=True, suggested_programme_id="LANG", reason_code="citizen_wish",
        reason_text="Borgeren ønsker praktik."))
    for n in range(100, 121):  # one caseworker who always follows: the oversight warning
        record_decision(db, audit, DecisionInput(
            citizen_id=f"T{n:05d}", caseworker_id="cw-always", programme_id="LANG",
            suggestion_shown=True, suggested_programme_id="LANG"))
    db.close()
    return CompletenessWorld(cache, home, bundle, taxonomy_path)


def data_strings(world: CompletenessWorld) -> set[str]:
    """Every text the world's data can put on a screen: names, titles, programme names,
    employers, CV text, taxonomy labels. What equals one of these is data, not a leak."""
    import sqlite3

    found: set[str] = set()

    def collect(value: Any) -> None:
        if isinstance(value, str):
            found.add(value)
        elif isinstance(value, dict):
            for item in value.values():
                collect(item)
        elif isinstance(value, list):
            for item in value:
                collect(item)

    for row in _read(world.bundle / "citizens.jsonl"):
        collect([row["name"], row.get("cv_text"), row.get("benefit"),
                 *(j.get("title") for j in row.get("previous_jobs") or ())])
    for row in _read(world.bundle / "programmes.jsonl"):
        collect(row["name"])
    for row in _read(world.bundle / "vacancies.jsonl"):
        collect([row["title"], row["employer"]])
    with sqlite3.connect(world.taxonomy) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            if "label" in columns:
                found.update(r[0] for r in conn.execute(f'SELECT label FROM "{table}"') if r[0])
    from desktop_app.matching.title_text import fold

    found |= {fold(text) for text in found}  # CV snippets are quoted in folded form
    for row in _read(world.bundle / "citizens.jsonl"):  # ... a few words of the CV at a time
        found.update(fold(row.get("cv_text") or "").replace(".", " ").split())
    return {text for text in found if len(text) >= 3}


@dataclass(frozen=True)
class DemoJourney:
    """A small demo municipality with a signed attendance model installed (the only way the
    attendance panel speaks), and an open case with a full journey."""

    cache: Path
    store: Path
    bundle: Path
    busy: str


def build_journey_world(folder: Path) -> DemoJourney:
    import sqlite3

    from tests.gui.journey_fixture import build_world

    world = build_world(folder, citizens=300)
    with sqlite3.connect(world.cache) as conn:
        busy = conn.execute(
            "SELECT c.id FROM citizens c WHERE c.case_closed IS NULL "
            "AND EXISTS (SELECT 1 FROM enrolments e WHERE e.citizen_id = c.id) "
            "AND (SELECT count(*) FROM appointments a WHERE a.citizen_id = c.id) >= 5 "
            "ORDER BY c.id LIMIT 1").fetchone()[0]
    return DemoJourney(world.cache, world.store, folder / "demo" / "bundle", str(busy))


def journey_data(world: DemoJourney) -> set[str]:
    """The demo's names, job titles and programme names (data on the journey screens)."""
    found: set[str] = set()
    for row in _read(world.bundle / "citizens.jsonl"):
        found.add(row["name"])
        found.update(str(j.get("title")) for j in row.get("previous_jobs") or ())
    for row in _read(world.bundle / "programmes.jsonl"):
        found.update(row["name"].values())
    return {text for text in found if len(text) >= 3}
