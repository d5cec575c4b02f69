"""The demo's caseworker roster (contract 1.1, `caseworkers.jsonl`).

The caseworkers are the simulation's own (`CW01` … `CW40`, the `caseworker_id` of the
decisions). Each holds meetings in Danish (and mostly English); some also in a language of the
citizens (Arabic, Ukrainian, Somali, Tigrinya, Norwegian, Dutch). Specialisms and teams are
drawn; the caseload is the caseworker's citizens whose unemployment spell is open at the
export, except those whose spell began in the last six weeks (new, not yet assigned) and the
citizens of one caseworker who has left (not on the roster): the team lead assigns them.
"""

from __future__ import annotations

import numpy as np

from training.demo.calendar import OBSERVED_UNTIL, day
from training.demo.journey_rows import cid_text
from training.demo.journeys import Journeys
from training.demo.population import N_CASEWORKERS, Population

EXPORT_DAY = day(OBSERVED_UNTIL) + 1
# Caseworkers' names (display only), by the language group they speak besides Danish; the
# citizens' names come from `training.demo.names`.
FIRST = {
    "DK": ["Mette", "Lars", "Anne", "Jens", "Hanne", "Peter", "Camilla", "Søren", "Louise",
           "Mikkel", "Sofie", "Rasmus", "Pia", "Thomas", "Ida", "Kasper", "Birgitte", "Niels"],
    "ar": ["Ahmad", "Fatima", "Mohammed", "Amal", "Omar", "Layla", "Hassan", "Rana", "Yusuf",
           "Noor", "Khaled", "Huda"],
    "so": ["Abdi", "Hodan", "Mahad", "Faduma", "Ayaan", "Liban"],
    "ti": ["Yonas", "Helen", "Semhar", "Dawit", "Senait", "Tesfay"],
    "uk": ["Olena", "Andrii", "Iryna", "Oleksandr", "Tetiana", "Dmytro", "Kateryna", "Yurii"],
    "nb": ["Ingrid", "Ola", "Kari", "Henrik", "Silje", "Magnus"],
    "nl": ["Sanne", "Daan", "Femke", "Bram", "Lotte", "Joris"],
}
LAST = {
    "DK": ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
           "Sørensen", "Rasmussen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen"],
    "ar": ["Al-Hassan", "Haddad", "Khalil", "Mansour", "Saleh", "Ibrahim", "Nasser"],
    "so": ["Hassan", "Warsame", "Farah", "Abdullahi", "Mohamud"],
    "ti": ["Tesfaye", "Gebremedhin", "Haile", "Berhane", "Kidane"],
    "uk": ["Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchenko"],
    "nb": ["Hansen", "Johansen", "Olsen", "Berg", "Haugen", "Lie"],
    "nl": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Mulder"],
}
NEW_CASE_DAYS = 42
# (language, name group, how many caseworkers speak it besides Danish)
EXTRA_LANGUAGES = (("ar", "ar", 5), ("uk", "uk", 2), ("so", "so", 2), ("ti", "ti", 1),
                   ("nb", "nb", 1), ("nl", "nl", 1))
SPECIALISMS = ("youth", "newcomers", "health", "long_term_unemployed", "employer_contact")
TEAMS = {"youth": "Team Ung", "newcomers": "Team Integration", "health": "Team Sundhed",
         "long_term_unemployed": "Team Job", "employer_contact": "Team Job"}


def _open_cases(journeys: Journeys) -> tuple[np.ndarray, np.ndarray]:
    """(citizen, spell start) of every spell still open at the export."""
    s = journeys.spells
    open_ = (s["end"] >= 10**7) & (s["start"] <= EXPORT_DAY)
    return s["cid"][open_], s["start"][open_]


def caseworker_rows(rng: np.random.Generator, pop: Population, journeys: Journeys,
                    prefix: str = "C") -> list[dict]:
    cids, starts = _open_cases(journeys)
    assigned = starts < EXPORT_DAY - NEW_CASE_DAYS
    owner = pop.caseworker[cids]
    speaks: dict[int, tuple[str, str]] = {}
    order = rng.permutation(N_CASEWORKERS - 1)
    k = 0
    for code, group, count in EXTRA_LANGUAGES:
        for worker in order[k:k + count]:
            speaks[int(worker)] = (code, group)
        k += count
    rows = []
    for worker in range(N_CASEWORKERS - 1):  # the last one (CW40) has left
        extra = speaks.get(worker)
        group = extra[1] if extra else "DK"
        name = f"{FIRST[group][rng.integers(len(FIRST[group]))]} " \
               f"{LAST[group][rng.integers(len(LAST[group]))]}"
        languages = [{"code": "da", "cefr": "C1" if extra else "native"}]
        if extra:
            languages.append({"code": extra[0], "cefr": "native"})
        if rng.random() < 0.85:
            languages.append({"code": "en", "cefr": "C1" if rng.random() < 0.5 else "B2"})
        picked = rng.choice(len(SPECIALISMS), size=1 + int(rng.random() < 0.4), replace=False)
        specialisms = sorted(SPECIALISMS[i] for i in picked)
        if extra and "newcomers" not in specialisms:
            specialisms = sorted([*specialisms[:1], "newcomers"])
        mine = np.sort(cids[(owner == worker) & assigned])
        part_time = rng.random() < 0.15
        room = rng.uniform(0.9, 1.2) * (0.6 if part_time else 1.0)
        rows.append({
            "id": f"CW{worker + 1:02d}", "display_name": name,
            "team": TEAMS[specialisms[0]], "languages": languages, "specialisms": specialisms,
            "max_caseload": max(5, round(room * max(len(mine), 10))),
            "caseload": [cid_text(c, prefix) for c in mine],
        })
    return rows
