"""Current vacancies in the demo region (Funen), drawn from the demo taxonomy."""

from __future__ import annotations

import numpy as np

from training.demo.calendar import day, iso
from training.demo.region import BBOX, POSTCODES, postcode_arrays
from training.demo.taxonomy import DemoTaxonomy
from training.demo.texts import EMPLOYER_PARTS, VACANCY_TEXT


def vacancy_rows(rng: np.random.Generator, tax: DemoTaxonomy, count: int) -> list[dict]:
    codes, names, plat, plon, weight = postcode_arrays()
    n_occ = len(tax.occupations)
    popularity = rng.gamma(0.8, 1.0, n_occ)
    occ_idx = rng.choice(n_occ, size=count, p=popularity / popularity.sum())
    pc = rng.choice(len(codes), size=count, p=weight)
    lat = np.clip(plat[pc] + rng.normal(0, 0.01, count), BBOX[0], BBOX[2])
    lon = np.clip(plon[pc] + rng.normal(0, 0.015, count), BBOX[1], BBOX[3])
    posted = day("2026-08-01") + rng.integers(0, 92, count)
    deadline = posted + rng.integers(14, 46, count)
    no_deadline = rng.random(count) < 0.15
    no_coords = rng.random(count) < 0.1
    hours = rng.choice([37.0, 37.0, 37.0, 32.0, 30.0, 25.0, 20.0, 15.0], size=count)
    rows = []
    p1, p2, p3 = EMPLOYER_PARTS
    for i in range(count):
        uri = tax.occupations[occ_idx[i]]
        lang = "da" if rng.random() < 0.9 else "en"
        titles = tax.title_choices(uri, lang)
        title = titles[int(rng.integers(len(titles)))]
        employer = f"{p1[rng.integers(len(p1))]} {p2[rng.integers(len(p2))]} " \
                   f"{p3[rng.integers(len(p3))]}"
        skills = [{"uri": s, "essential": e} for s, e in tax.relations.get(uri, [])
                  if e or rng.random() < 0.5]
        shown = ", ".join(tax.skill_label(s["uri"], "da") for s in skills[:5]) or "-"
        row = {"id": f"V{i + 1:06d}", "title": title, "employer": employer,
               "postcode": codes[pc[i]], "lat": None if no_coords[i] else round(float(lat[i]), 5),
               "lon": None if no_coords[i] else round(float(lon[i]), 5),
               "esco_occupation": uri, "skills": skills,
               "text": VACANCY_TEXT.format(employer=employer, title=title, town=names[pc[i]],
                                           skills=shown, hours=int(hours[i]),
                                           deadline="løbende" if no_deadline[i]
                                           else iso(deadline[i])),
               "posted": iso(posted[i]),
               "deadline": None if no_deadline[i] else iso(deadline[i]),
               "hours_per_week": float(hours[i])}
        rows.append(row)
    return rows


def postcode_rows() -> list[dict]:
    return [{"postcode": c, "name": n, "lat": lat, "lon": lon} for c, n, lat, lon, _w in POSTCODES]
