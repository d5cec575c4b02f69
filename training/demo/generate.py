"""Generate the demo municipality: bundle, demo taxonomy copy and ground truth.

    OUT/bundle/   contract files (manifest.json + *.jsonl)
    OUT/esco/     the demo taxonomy CSVs, for `wayfinder-admin import-esco`
    OUT/truth.json, OUT/truth_attendance.jsonl   ground truth, never part of the bundle
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import msgspec
import numpy as np

from desktop_app.bundle.writer import write_jsonl  # the same writer as `export`
from training.demo.calendar import EXPORTED_AT
from training.demo.citizens import build_citizens
from training.demo.journey_rows import (
    appointment_rows,
    decision_rows,
    enrolment_rows,
    outcome_rows,
)
from training.demo.journeys import simulate
from training.demo.places import plan_places
from training.demo.population import caseworker_styles, draw_population
from training.demo.profiles import MunicipalityProfile
from training.demo.programmes import N_ARMS, PROGRAMMES
from training.demo.roster import caseworker_rows
from training.demo.taxonomy import ESCO_DIR, TITLE_VARIANTS, DemoTaxonomy, load_taxonomy
from training.demo.vacancies import postcode_rows, vacancy_rows
from training.demo.writer import AtomicFolder, write_json

MUNICIPALITY = "Demo Kommune (Fyn)"


@dataclass
class DemoSummary:
    out: Path
    counts: dict[str, int]


def skills_taught(tax: DemoTaxonomy) -> dict[str, list[str]]:
    """Skills each programme teaches: essential skills of its target occupations."""
    taught: dict[str, list[str]] = {}
    for prog in PROGRAMMES:
        skills: set[str] = set()
        for uri in tax.occupations:
            if any(tax.isco.get(uri, "").startswith(code) for code in prog.skill_isco):
                skills.update(s for s, essential in tax.relations.get(uri, []) if essential)
        taught[prog.id] = sorted(skills)[:12]
    return taught


def programme_rows(taught: dict[str, list[str]],
                   intakes: dict[str, list[dict]] | None = None,
                   not_offered: tuple[str, ...] = ()) -> list[dict]:
    intakes = intakes or {}
    return [{"id": p.id, "name": p.names, "kind": p.kind, "duration_weeks": float(p.duration_weeks),
             "provider": p.provider, "postcode": p.postcode, "lat": p.lat, "lon": p.lon,
             "capacity": p.capacity, "waiting_weeks": float(p.waiting_weeks),
             **({"intakes": intakes[p.id]} if p.id in intakes else {}),
             "prerequisites": p.prerequisites, "skills_taught": taught[p.id]}
            for p in PROGRAMMES if p.id not in not_offered]


def assessment_rows(assessments: list[tuple], prefix: str = "C") -> list[dict]:
    from training.demo.calendar import iso

    assessments.sort(key=lambda a: (a[0], a[1], a[2]))
    return [{"citizen_id": f"{prefix}{c + 1:06d}", "date": iso(d), "field": f, "value": v}
            for c, d, f, v in assessments]


def _write_truth(path: Path, truth: list[dict]) -> None:
    encoder = msgspec.json.Encoder()
    with path.open("wb") as handle:
        handle.write(b"[\n")
        for i, entry in enumerate(truth):
            handle.write(encoder.encode(entry))
            handle.write(b",\n" if i + 1 < len(truth) else b"\n")
        handle.write(b"]\n")


def generate_demo(out: Path, citizens: int = 20_000, seed: int = 1, force: bool = False,
                  vacancies: int = 5_000, esco_dir: Path = ESCO_DIR,
                  title_file: Path = TITLE_VARIANTS, id_prefix: str = "C",
                  municipality: str = MUNICIPALITY,
                  profile: MunicipalityProfile | None = None) -> DemoSummary:
    """Write the demo bundle, taxonomy and truth to `out`. `id_prefix` starts every citizen id
    (a second region generated with another prefix never shares a citizen with the first).
    `profile`: one of the region's municipalities (profiles.py): its population, programme
    set and caseworker habits (its seed, size, prefix and name are the caller's to pass)."""
    if not (id_prefix.isascii() and id_prefix.isalpha() and 1 <= len(id_prefix) <= 3):
        raise ValueError(f"id prefix {id_prefix!r}: use one to three ASCII letters")
    tax = load_taxonomy(esco_dir, title_file)
    rng = np.random.default_rng(seed)
    # Independent streams so that changing one part never shifts the others' draws.
    r_pop, r_sim, r_cit, r_out, r_vac = (np.random.default_rng(s)
                                         for s in rng.bit_generator.seed_seq.spawn(5))
    # Contract 1.1 additions draw from their own streams (spawned after the first five).
    r_places, r_roster = (np.random.default_rng(s) for s in rng.bit_generator.seed_seq.spawn(2))
    if profile is None:
        pop = draw_population(r_pop, citizens)
        styles = caseworker_styles(r_pop, N_ARMS)
        journeys = simulate(r_sim, pop, styles)
    else:
        pop = draw_population(r_pop, citizens, profile.abroad_scale)
        styles = caseworker_styles(r_pop, N_ARMS, profile.style_spread, profile.habits())
        journeys = simulate(r_sim, pop, styles, profile.offered())
    taught = skills_taught(tax)
    counts: dict[str, int] = {}
    with AtomicFolder(out, force) as tmp:
        bundle = tmp / "bundle"
        bundle.mkdir()
        write_json(bundle / "manifest.json", {
            "contract_version": "1.1", "exported_at": EXPORTED_AT, "municipality": municipality,
            "source_system": f"wayfinder-demo seed={seed} citizens={citizens}"
                             + (f" ids={id_prefix}" if id_prefix != "C" else ""),
            "full_snapshot": True})
        cit_rows, assessments = build_citizens(r_cit, pop, journeys, tax, taught, id_prefix)
        counts["citizens"] = write_jsonl(bundle / "citizens.jsonl", cit_rows)
        del cit_rows
        counts["assessments"] = write_jsonl(bundle / "assessments.jsonl",
                                            assessment_rows(assessments, id_prefix))
        intakes, enrolments = plan_places(r_places, pop, journeys,
                                          enrolment_rows(journeys, id_prefix), id_prefix)
        if profile is not None and profile.not_offered:  # bookings and queues for places
            enrolments = [e for e in enrolments if e["programme_id"] not in profile.not_offered]
        counts["programmes"] = write_jsonl(bundle / "programmes.jsonl",
                                           programme_rows(taught, intakes, profile.not_offered
                                                          if profile else ()))
        decisions, truth = decision_rows(journeys, id_prefix)
        counts["decisions"] = write_jsonl(bundle / "decisions.jsonl", decisions)
        counts["enrolments"] = write_jsonl(bundle / "enrolments.jsonl", enrolments)
        del enrolments
        counts["caseworkers"] = write_jsonl(bundle / "caseworkers.jsonl",
                                            caseworker_rows(r_roster, pop, journeys, id_prefix))
        appointments, truth_att = appointment_rows(journeys, id_prefix)
        counts["appointments"] = write_jsonl(bundle / "appointments.jsonl", appointments)
        counts["outcomes"] = write_jsonl(bundle / "outcomes.jsonl",
                                         outcome_rows(r_out, journeys, id_prefix))
        counts["vacancies"] = write_jsonl(bundle / "vacancies.jsonl",
                                          vacancy_rows(r_vac, tax, vacancies))
        counts["postcodes"] = write_jsonl(bundle / "postcodes.jsonl", postcode_rows())
        esco = tmp / "esco"
        esco.mkdir()
        for csv_file in sorted(esco_dir.glob("*.csv")):
            shutil.copyfile(csv_file, esco / csv_file.name)
        if title_file.exists():
            shutil.copyfile(title_file, tmp / "title_variants.csv")
        _write_truth(tmp / "truth.json", truth)
        counts["truth_attendance"] = write_jsonl(tmp / "truth_attendance.jsonl", truth_att)
    return DemoSummary(out, counts)
