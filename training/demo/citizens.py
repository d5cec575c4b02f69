"""Turn the simulated population into citizens.jsonl rows and their dated assessments.

Snapshot values are the latest (as of export) and always equal the last dated assessment.
Missingness is realistic: fields are absent or null for a share of citizens, independent of
the truth that the generator used.
"""

from __future__ import annotations

import numpy as np

from training.demo.calendar import OBSERVED_UNTIL, day, iso
from training.demo.journeys import Journeys
from training.demo.names import draw_name, names_stream
from training.demo.population import Population
from training.demo.programmes import CEFR_NAMES, HEALTH, PROGRAMMES
from training.demo.region import POSTCODES
from training.demo.taxonomy import DemoTaxonomy
from training.demo.texts import CV_TEMPLATES, INTERESTS, LEGACY_DRAWS, NAME_GROUP, TITLE_LANG

OBS_END = day(OBSERVED_UNTIL)
BENEFITS = ("dagpenge", "kontanthjaelp", "uddannelseshjaelp", "integrationsydelse",
            "ressourceforloeb")
FIELD_NAMES = {0: "languages.da", 1: "basic_skills.literacy", 2: "basic_skills.numeracy",
               3: "basic_skills.digital", 9: "unemployed_since"}


def _skill_level(isco: str) -> float:
    major = int(isco[:1]) if isco[:1].isdigit() else 9
    return {1: 4, 2: 4, 3: 3, 4: 2, 5: 2, 6: 2, 7: 2, 8: 2, 9: 1, 0: 2}[major]


def occupation_weights(tax: DemoTaxonomy, isced: np.ndarray) -> np.ndarray:
    """(n, occupations) sampling weights: people work at a skill level near their schooling."""
    levels = np.array([_skill_level(tax.isco.get(o, "9")) for o in tax.occupations])
    target = np.select([isced <= 2, isced == 3, isced <= 5], [1.4, 2.0, 2.6], 3.6)
    w = np.exp(-1.5 * np.abs(levels[None, :] - target[:, None]))
    return w / w.sum(axis=1, keepdims=True)


def build_citizens(rng, pop: Population, jr: Journeys, tax: DemoTaxonomy,
                   taught: dict[str, list[str]],
                   prefix: str = "C") -> tuple[list[dict], list[tuple]]:
    """Citizens rows (ids `prefix` + six digits) and assessment tuples (cid, day, field,
    value)."""
    n = pop.n
    final = jr.final
    missing = {name: rng.random(n) < share for name, share in (
        ("school_years", 0.15), ("education_isced", 0.05), ("basic_skills", 0.2),
        ("digital", 0.1), ("languages", 0.04), ("health", 0.1), ("licence", 0.12),
        ("mobility", 0.2), ("years", 0.05), ("jobs", 0.07), ("cv", 0.2), ("skills", 0.12),
        ("coords", 0.15), ("interests", 0.3), ("motivation_flag", 0.6), ("children", 0.1))}
    assessments: list[tuple] = []
    a = jr.assessments
    sim_asm = {}  # (cid, field code) -> latest value
    if a:
        order = np.lexsort((a["day"], a["cid"]))
        for c, d, f, v in zip(a["cid"][order], a["day"][order], a["field"][order],
                              a["value"][order], strict=True):
            if d > OBS_END or (f == 0 and missing["languages"][c]):
                continue
            value = iso(v) if f == 9 else (CEFR_NAMES[int(v)] if f == 0 else int(v))
            assessments.append((int(c), int(d), FIELD_NAMES[int(f)], value))
            sim_asm[(int(c), int(f))] = value

    last_exit = np.full(n, OBS_END - 365)
    if jr.exits["cid"].size:
        np.maximum.at(last_exit, jr.exits["cid"], np.minimum(jr.exits["start"], OBS_END))
    weights = occupation_weights(tax, pop.isced)
    cum = weights.cumsum(axis=1)
    occ = tax.occupations
    # Jobs found during the simulation (employment exits), per citizen.
    ex = jr.exits
    found: dict[int, list[tuple[int, int]]] = {}
    for c, s, e, edu in zip(ex["cid"], ex["start"], ex["end"], ex["education"], strict=True):
        if not edu and s <= OBS_END:
            found.setdefault(int(c), []).append((int(s), int(e)))
    taught_from = {i + 1: p.id for i, p in enumerate(PROGRAMMES)}
    completed_courses: dict[int, set[str]] = {}
    en = jr.enrolments
    for c, arm, st in zip(en["cid"], en["arm"], en["status"], strict=True):
        if st == 2 and taught.get(taught_from[int(arm)]):
            completed_courses.setdefault(int(c), set()).add(taught_from[int(arm)])

    n_jobs = np.minimum(rng.poisson(np.clip(final["pre_exp"] / 3, 0.2, 3)), 4)
    names = names_stream(pop.origin, pop.gender, pop.birth_year)
    rows = []
    for i in range(n):
        cid = f"{prefix}{i + 1:06d}"
        # the two draws the short name lists took stay, so every other value is unchanged
        rng.integers(LEGACY_DRAWS[NAME_GROUP.get(pop.origin[i], "en")][0])
        rng.integers(LEGACY_DRAWS[NAME_GROUP.get(pop.origin[i], "en")][1])
        name = draw_name(names, str(pop.origin[i]), str(pop.gender[i]))
        pref = str(pop.preferred_language[i])
        first_day = int(pop.first_spell[i])
        row: dict = {"id": cid, "name": name, "birth_year": int(pop.birth_year[i]),
                     "gender": str(pop.gender[i]), "country_of_birth": str(pop.origin[i]),
                     "postcode": POSTCODES[pop.postcode[i]][0]}
        if not missing["coords"][i]:
            row["lat"] = round(float(pop.lat[i]), 5)
            row["lon"] = round(float(pop.lon[i]), 5)
        if not missing["years"][i]:
            row["years_in_country"] = round((OBS_END - int(pop.arrival_day[i])) / 365.25, 1)
        if not missing["languages"][i]:
            langs = []
            if pop.origin[i] == "DK":
                langs.append({"code": "da", "cefr": "native"})
            else:
                langs.append({"code": "da", "cefr": CEFR_NAMES[int(final["lang"][i])]})
                assessments.append((i, first_day, "languages.da", CEFR_NAMES[int(pop.lang[i])]))
                tongue = {"nb": "no", "nn": "no"}.get(pref, pref)
                if tongue not in ("da",):
                    langs.append({"code": tongue, "cefr": "native"})
            if rng.random() < 0.5:
                langs.append({"code": "en", "cefr": CEFR_NAMES[int(rng.integers(1, 6))]})
            row["languages"] = langs
        if not missing["school_years"][i]:
            row["school_years"] = int(pop.sy[i])
        if not missing["education_isced"][i]:
            row["education_isced"] = int(pop.isced[i])
            assessments.append((i, first_day, "education_isced", int(pop.isced[i])))
        basic = {}
        assessed = not missing["basic_skills"][i]
        for code, key, start in ((1, "literacy", pop.lit), (2, "numeracy", pop.num),
                                 (3, "digital", pop.dig)):
            if assessed and not (code == 3 and missing["digital"][i]):
                assessments.append((i, first_day, f"basic_skills.{key}", int(start[i])))
                basic[key] = int(final[key[:3]][i])
            elif (i, code) in sim_asm:
                basic[key] = sim_asm[(i, code)]
        if basic:
            row["basic_skills"] = basic
        if not missing["health"][i]:
            change = int(pop.health_change_day[i])
            h0 = int(pop.health[i]) + (first_day >= change)
            assessments.append((i, first_day, "health_limitation", HEALTH[h0]))
            h_now = h0
            if first_day < change <= OBS_END:
                h_now = h0 + 1
                assessments.append((i, change, "health_limitation", HEALTH[h_now]))
            row["health_limitation"] = HEALTH[h_now]
        if not missing["licence"][i]:
            row["driving_licence"] = bool(pop.licence[i])
        if not missing["mobility"][i]:
            row["mobility_km"] = float(pop.mobility_km[i])
        spell = int(final["spell_start"][i])
        row["unemployed_since"] = iso(spell) if spell <= OBS_END else None
        assessments.append((i, first_day, "unemployed_since", iso(first_day)))
        row["benefit"] = _benefit(pop, i, final)
        jobs, job_occ = _previous_jobs(rng, i, pop, cum[i], occ, tax, found.get(i, []), n_jobs[i])
        if jobs and not missing["jobs"][i]:
            row["previous_jobs"] = jobs
        skills = set()
        for o in job_occ:
            rel = tax.relations.get(o, [])
            skills.update(s for s, _e in rel if rng.random() < 0.6)
        for pid in completed_courses.get(i, ()):
            skills.update(taught[pid])
        if skills and not missing["skills"][i]:
            row["skills"] = sorted(skills)
        interests = sorted({INTERESTS[k] for k in rng.integers(0, len(INTERESTS), 2)})
        if not missing["interests"][i]:
            row["interests"] = interests
        if not missing["cv"][i] and jobs:
            row["cv_text"] = _cv_text(name, pref, jobs, sorted(skills), interests, tax, rng)
        row["preferred_language"] = pref
        attrs = {"has_car": bool(pop.has_car[i])}
        if not missing["children"][i]:
            attrs["children_under_6"] = int(pop.kids[i])
        if not missing["motivation_flag"][i]:
            score = pop.u[i] + rng.normal()
            attrs["caseworker_flag_motivation"] = (
                "low" if score < -0.8 else "high" if score > 0.8 else "medium")
        attrs["housing"] = ["own", "rent", "rent", "social", "other"][int(rng.integers(5))]
        row["attributes"] = attrs
        if spell > OBS_END and rng.random() < 0.6:
            row["case_closed"] = iso(min(OBS_END, int(last_exit[i]) + 365))
        rows.append(row)
    return rows, assessments


def _benefit(pop: Population, i: int, final) -> str:
    if pop.health[i] == 2:
        return BENEFITS[4]
    if pop.origin[i] != "DK" and (OBS_END - pop.arrival_day[i]) < 5 * 365:
        return BENEFITS[3]
    if 2026 - pop.birth_year[i] < 30 and pop.isced[i] <= 2:
        return BENEFITS[2]
    return BENEFITS[0] if final["pre_exp"][i] > 3 else BENEFITS[1]


def _previous_jobs(rng, i, pop, cum, occ, tax, found, k):
    """Jobs before the first spell (sampled) plus jobs found later; returns rows and URIs."""
    pref = str(pop.preferred_language[i])
    lang = TITLE_LANG.get(pref, "da")
    if pref in ("so", "ti") or (pop.origin[i] not in ("DK", "NO", "NL") and rng.random() < 0.6):
        lang = "da" if rng.random() < 0.6 else "en"
    spans = []
    end = int(pop.first_spell[i]) - int(rng.integers(0, 120))
    for _ in range(int(k)):
        length = int(rng.integers(120, 1800))
        spans.append((end - length, end))
        end -= length + int(rng.integers(0, 400))
    spans.reverse()
    picks = [occ[int(np.searchsorted(cum, rng.random() * cum[-1]))] for _ in spans]
    for s, e in found:
        same = picks and rng.random() < 0.6
        picks.append(picks[-1] if same else occ[int(np.searchsorted(cum, rng.random() * cum[-1]))])
        spans.append((s, e))
    jobs = []
    for (s, e), uri in zip(spans, picks, strict=True):
        titles = tax.title_choices(uri, lang)
        jobs.append({"title": titles[int(rng.integers(len(titles)))], "esco_occupation": uri,
                     "from": iso(max(s, -7000)), "to": iso(e) if e <= OBS_END else None})
    return jobs, picks


def _cv_text(name, pref, jobs, skills, interests, tax, rng) -> str:
    template = CV_TEMPLATES.get(pref, CV_TEMPLATES["da"])
    label_lang = TITLE_LANG.get(pref, "da")
    job_text = "; ".join(f"{j['title']} ({j['from'][:4]}-{(j['to'] or '')[:4]})" for j in jobs)
    shown = [tax.skill_label(s, label_lang) for s in skills[:6]]
    return template.format(name=name.split()[0], jobs=job_text, skills=", ".join(shown) or "-",
                           interest=interests[0])
