"""Draw the citizens' stable characteristics (true values) with plausible joint distributions.

School years attended and recorded education can disagree: some citizens are recorded as
having completed lower/upper secondary school while they attended few years and read and
count weakly (NAV Alna's hypothesis). The unobserved `u` is drawn here too.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from training.demo.calendar import day
from training.demo.region import postcode_arrays

ORIGINS = ("DK", "SY", "IQ", "LB", "SO", "ER", "AF", "UA", "TR", "PL", "RO", "NO", "NL", "DE",
           "PK", "TH", "PH", "BA")
ORIGIN_P = np.array([62, 6, 3, 1, 4, 3, 3, 5, 3, 3, 2, 1.5, 1.5, 2, 2, 1.5, 1, 1], dtype=float)
# Mother tongue by origin and whether CVs/letters in it are plausible here.
MOTHER_TONGUE = {"SY": "ar", "IQ": "ar", "LB": "ar", "SO": "so", "ER": "ti", "UA": "uk",
                 "NO": "nb", "NL": "nl", "DK": "da"}
N_CASEWORKERS = 40
EXPORT_DAY = day("2026-11-01")


@dataclass
class Population:
    n: int
    origin: np.ndarray  # str
    gender: np.ndarray  # str
    birth_year: np.ndarray
    arrival_day: np.ndarray  # day the citizen came to Denmark (birth for natives)
    sy: np.ndarray
    isced: np.ndarray
    lit: np.ndarray
    num: np.ndarray
    dig: np.ndarray
    lang: np.ndarray  # Danish level at the first assessment
    health: np.ndarray
    health_change_day: np.ndarray  # day from which health is one step worse (huge = never)
    kids: np.ndarray
    licence: np.ndarray
    has_car: np.ndarray
    mobility_km: np.ndarray
    postcode: np.ndarray  # index into region.POSTCODES
    lat: np.ndarray
    lon: np.ndarray
    u: np.ndarray
    caseworker: np.ndarray
    first_spell: np.ndarray  # start day of the first unemployment spell
    preferred_language: np.ndarray  # str


def draw_population(rng: np.random.Generator, n: int, abroad_scale: float = 1.0) -> Population:
    """`abroad_scale`: the weight of every country of birth but Denmark, times this."""
    weights = ORIGIN_P * np.where(np.array(ORIGINS) == "DK", 1.0, abroad_scale)
    origin = rng.choice(np.array(ORIGINS), size=n, p=weights / weights.sum())
    native = origin == "DK"
    gender = rng.choice(np.array(["f", "m", "x"]), size=n, p=[0.47, 0.525, 0.005])
    age_2026 = (18 + 48 * rng.beta(1.6, 2.2, size=n)).astype(int)
    birth_year = 2026 - age_2026
    birth_day = np.array([day(f"{y}-07-01") for y in range(1950, 2010)])[birth_year - 1950]
    # Immigrants arrive as adults (Ukrainians mostly from 2022).
    arrive_age = rng.uniform(16, np.maximum(age_2026 - 0.5, 16.5))
    arrival = birth_day + (arrive_age * 365.25).astype(int)
    ua = origin == "UA"
    arrival = np.where(ua & (rng.random(n) < 0.8), day("2022-03-01") + rng.integers(0, 600, n),
                       arrival)
    arrival = np.where(native, birth_day, np.minimum(arrival, day("2025-09-01")))

    ability = rng.normal(size=n)
    low_school = (~native & (rng.random(n) < 0.28)) | (native & (rng.random(n) < 0.04))
    sy = np.where(native, rng.normal(11.5, 1.6, n), rng.normal(11.5, 2.5, n))
    sy = np.where(low_school, rng.normal(5.0, 2.2, n), sy)
    sy = np.clip(np.rint(sy + 0.4 * ability), 0, 18).astype(int)
    isced = np.select([sy < 9, sy < 11, sy < 13, sy < 15, sy < 17], [1, 2, 3, 4, 6], 7)
    isced = np.where((sy >= 11) & (sy < 13) & (rng.random(n) < 0.35), 2, isced)
    # Recorded as completed school although few years were attended (foreign diploma
    # equivalence, self-report): the group that gains nothing from schooled courses.
    claimed = (sy <= 8) & (rng.random(n) < np.where(native, 0.35, 0.5))
    isced = np.where(claimed, rng.choice([2, 3], size=n, p=[0.6, 0.4]), isced).astype(int)

    def level(shift: np.ndarray, noise: float) -> np.ndarray:
        raw = 3 + 0.8 * ability + shift + rng.normal(0, noise, n)
        return np.clip(np.rint(raw), 1, 5).astype(int)

    lit = level(0.28 * (sy - 11), 0.6)
    num = level(0.25 * (sy - 11), 0.7)
    dig = level(0.15 * (sy - 11) - 0.03 * (age_2026 - 40), 0.8)

    age_now = age_2026 - 2026 + 2020  # rough age at the start of the data
    p_partial = 0.10 + 0.004 * (age_now - 18)
    p_sig = 0.03 + 0.002 * (age_now - 18)
    r = rng.random(n)
    health = np.where(r < p_sig, 2, np.where(r < p_sig + p_partial, 1, 0))
    worsens = (health < 2) & (rng.random(n) < 0.08)
    health_change = np.where(worsens, day("2019-01-01") + rng.integers(0, 2500, n), 10**6)

    kids_rate = np.where((age_2026 >= 22) & (age_2026 <= 42), 0.55, 0.04)
    kids = np.minimum(rng.poisson(kids_rate), 3)
    licence = rng.random(n) < np.where(native, 0.78, 0.45)
    has_car = licence & (rng.random(n) < 0.72)
    mobility = np.clip(rng.normal(15 + 20 * has_car, 8), 3, 90).round(0)

    codes, _names, plat, plon, weight = postcode_arrays()
    pc = rng.choice(len(codes), size=n, p=weight)
    lat = plat[pc] + rng.normal(0, 0.008, n)
    lon = plon[pc] + rng.normal(0, 0.012, n)

    first = day("2017-06-01") + rng.integers(0, day("2025-11-15") - day("2017-06-01"), n)
    early = rng.random(n) < 0.08  # already long-term unemployed when the data start
    first = np.where(early, day("2013-01-01") + rng.integers(0, 1600, n), first)
    first = np.maximum(first, arrival + 120)
    first = np.minimum(first, day("2025-11-15"))

    # Danish level at the first assessment: time in the country, schooling, ability.
    years_here = (first - arrival) / 365.25
    raw = 1.0 + 0.45 * years_here + 0.15 * (sy - 9) + 0.6 * ability + rng.normal(0, 0.7, n)
    lang = np.where(native, 7, np.clip(np.rint(raw), 1, 6)).astype(int)
    lang = np.where(origin == "NO", np.maximum(lang, 4), lang)

    u = 0.2 * ability + np.sqrt(1 - 0.04) * rng.normal(size=n)
    caseworker = rng.integers(0, N_CASEWORKERS, n)

    tongue = np.array([MOTHER_TONGUE.get(o, "en") for o in origin])
    uses_tongue = (lang <= 3) | (rng.random(n) < 0.25)
    pref = np.where(native, "da", np.where(uses_tongue, tongue, "da"))
    pref = np.where((origin == "NO") & (rng.random(n) < 0.2), "nn", pref)
    return Population(
        n=n, origin=origin, gender=gender, birth_year=birth_year, arrival_day=arrival, sy=sy,
        isced=isced, lit=lit, num=num, dig=dig, lang=lang, health=health,
        health_change_day=health_change, kids=kids, licence=licence, has_car=has_car,
        mobility_km=mobility, postcode=pc, lat=lat, lon=lon, u=u, caseworker=caseworker,
        first_spell=first, preferred_language=pref,
    )


def caseworker_styles(rng: np.random.Generator, n_arms: int, spread: float = 1.0,
                      habits: np.ndarray | None = None) -> np.ndarray:
    """(caseworkers, arms): each caseworker's leaning towards each arm; `spread` scales how
    much caseworkers differ, `habits` (arms,) is a leaning they all share (a municipality's)."""
    style = rng.normal(0, 0.6, (N_CASEWORKERS, n_arms))
    style[:, 0] = rng.normal(0, 0.5, N_CASEWORKERS)  # how often they decide "no programme"
    if spread != 1.0:
        style = style * spread
    return style if habits is None else style + habits[None, :]
