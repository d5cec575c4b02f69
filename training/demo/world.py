"""The known causal world: baseline chance, programme effects, caseworker choice, attendance.

Every formula here is documented in README.md. All functions are vectorised over citizens
and take a `Situation` (values as of one decision date; true values, not the export's).
Effects depend only on RECORDED data (school years, basic skills, Danish level, health,
unemployment duration, age); the unobserved `u` moves the baseline and the caseworker's
choice only — that is the confounding.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from training.demo.programmes import ARMS, N_ARMS, PROGRAMMES

ARM_INDEX = {arm: i for i, arm in enumerate(ARMS)}
LOCK_IN = np.array([0.0] + [p.lock_in for p in PROGRAMMES])
# Earliest day after the decision on which a participant leaves for work (in the programme
# until shortly before it ends); 1 for "none".
EARLIEST_EXIT_DAY = np.array(
    [1] + [min(140, 7 * (p.waiting_weeks + int(0.7 * p.duration_weeks))) for p in PROGRAMMES]
)
HORIZON_DAYS = 182  # 26 weeks
OVERLAP_FLOOR = 0.03  # every eligible arm keeps at least this choice probability
PAYOFF_FACTOR = 1.3  # locked-in effect paid out in the next 26-week window, scaled


@dataclass
class Situation:
    """Values as of a decision (true values), one entry per citizen."""

    age: np.ndarray  # years
    dur_w: np.ndarray  # weeks unemployed in the current spell
    sy: np.ndarray  # school years actually attended
    isced: np.ndarray  # recorded highest completed level
    lit: np.ndarray
    num: np.ndarray
    dig: np.ndarray
    lang: np.ndarray  # Danish, 1=A1 .. 6=C2, 7=native
    health: np.ndarray  # 0 none, 1 partial, 2 significant
    exp_y: np.ndarray  # years of previous work
    u: np.ndarray  # UNOBSERVED motivation / closeness to work
    payoff: np.ndarray  # delayed effect of the previous programme (probability points)
    last_arm: np.ndarray  # arm index of the previous decision in this spell (-1 none yet)
    style: np.ndarray  # (n, arms) caseworker style


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def baseline(s: Situation) -> np.ndarray:
    """p0: chance of unsubsidised work/education within 26 weeks with no programme."""
    skills = np.minimum(s.lit, s.num)
    z = (
        -0.35
        + 0.5 * s.u
        - 0.02 * (s.age - 40)
        - 0.45 * np.log1p(s.dur_w / 26)
        + 0.12 * (skills - 3)
        + 0.10 * (np.minimum(s.lang, 6) - 4)
        - 0.5 * (s.health == 1)
        - 1.0 * (s.health == 2)
        + 0.05 * np.minimum(s.exp_y, 10)
        + 0.15 * (s.isced >= 3)
    )
    return np.clip(sigmoid(z) + s.payoff, 0.03, 0.85)


def full_effects(s: Situation) -> np.ndarray:
    """(n, arms) full effect of each programme in probability points (column 0 = 0)."""
    n = len(s.age)
    skills = np.minimum(s.lit, s.num)
    lang = np.minimum(s.lang, 7)
    tau = np.zeros((n, N_ARMS))
    close = np.clip(
        0.45 + 0.12 * (skills - 3) + 0.08 * (np.minimum(lang, 6) - 3)
        - 0.35 * np.minimum(s.dur_w, 104) / 52 - 0.3 * s.health, 0, 1)
    tau[:, 1] = 0.14 * close  # job-search training: those close to work
    tau[:, 2] = np.array([0, 0.15, 0.13, 0.08, 0.03, 0, 0, 0])[lang]  # Danish course
    tau[:, 3] = np.minimum(0.15, 0.07 * np.maximum(0, 3 - skills) + 0.02 * (s.sy <= 7))
    schooled = s.sy >= 9  # courses that presuppose completed schooling
    tau[:, 4] = schooled * (0.12 * (skills >= 3) + 0.04 * (skills == 2))
    tau[:, 5] = 0.06 * (s.sy >= 8) * (skills >= 2)
    tau[:, 6] = np.clip(0.04 + 0.04 * (lang >= 3) + 0.03 * (s.dur_w >= 26) - 0.04 * s.health,
                        0, 0.15)
    tau[:, 7] = 0.15 * np.clip((s.dur_w - 26) / 78, 0, 1)  # wage subsidy: long-term unemployed
    # P08 mentor and P09 CV workshop help no one.
    tau[:, 10] = 0.15 * (s.age < 40) + 0.07 * ((s.age >= 40) & (s.age < 50))
    tau[:, 11] = 0.10 * (s.health == 1) + 0.07 * (s.health == 2)
    tau[:, 12] = 0.05 * (s.dig <= 2)
    return tau


def outcome_chances(s: Situation) -> tuple[np.ndarray, np.ndarray]:
    """(p26 for every arm, delayed payoff for every arm) — both (n, arms)."""
    tau = full_effects(s)
    p26 = np.minimum(baseline(s)[:, None] + tau * (1 - LOCK_IN), 0.95)
    return p26, PAYOFF_FACTOR * tau * LOCK_IN


def choice_probabilities(s: Situation, eligible: np.ndarray) -> np.ndarray:
    """(n, arms) caseworker choice probabilities; confounded by u, floor keeps overlap."""
    u = s.u
    skills = np.minimum(s.lit, s.num)
    long_term = s.dur_w >= 52
    score = np.zeros((len(u), N_ARMS))
    score[:, 0] = 2.0 - 0.3 * u + 0.4 * (s.health == 2)
    score[:, 1] = -0.6 + 0.8 * u + 1.0 * (s.dur_w < 26)
    score[:, 2] = -1.2 + 1.8 * (s.lang <= 2) + 0.9 * (s.lang == 3)
    # Caseworkers trust recorded schooling: basic skills are under-used when isced says done.
    score[:, 3] = -1.5 + 1.2 * (skills <= 2) - 0.6 * (s.isced >= 2)
    score[:, 4] = -0.8 + 0.5 * u + 0.6 * (s.isced >= 2)
    score[:, 5] = -0.9 + 0.3 * u
    score[:, 6] = -0.5 + 0.3 * u + 0.4 * (s.dur_w >= 26)
    score[:, 7] = -1.2 + 0.5 * u + 0.9 * long_term
    score[:, 8] = -1.0 - 0.6 * u + 0.5 * (s.health >= 1)
    score[:, 9] = -0.7 - 0.3 * u
    score[:, 10] = -1.3 + 0.6 * u + 0.5 * (s.age < 35)
    score[:, 11] = -2.0 + 2.0 * (s.health >= 1) - 0.3 * u
    score[:, 12] = -1.4 + 0.8 * (s.dig <= 2)
    score += s.style
    repeat = (s.last_arm[:, None] == np.arange(N_ARMS)[None, :]) & (s.last_arm[:, None] > 0)
    score -= 1.2 * repeat
    score = np.where(eligible, score, -np.inf)
    score -= score.max(axis=1, keepdims=True)
    weights = np.exp(score)
    soft = weights / weights.sum(axis=1, keepdims=True)
    k = eligible.sum(axis=1, keepdims=True)
    return np.where(eligible, OVERLAP_FLOOR + (1 - OVERLAP_FLOOR * k) * soft, 0.0)


KIND_TERM = {"meeting": 0.2, "followup": -0.1, "course_session": 0.0}


def attendance_probability(kind: str, health, dist_km, age, kids, dur_w, noshows, lang):
    """True chance that an appointment is attended (observable factors only)."""
    z = (
        1.7 + KIND_TERM[kind]
        - 0.45 * (health == 1) - 1.0 * (health == 2)
        - 0.02 * np.minimum(dist_km, 60)
        + 0.02 * (age - 40)
        - 0.35 * np.minimum(kids, 3)
        - 0.3 * np.log1p(dur_w / 26)
        - 0.35 * np.minimum(noshows, 5)
        + 0.12 * (np.minimum(lang, 6) - 4)
    )
    return sigmoid(z)
