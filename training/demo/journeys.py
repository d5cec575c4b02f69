"""Simulate eight years of follow-up meetings, decisions, programmes, attendance and exits.

Meetings fall every 26 weeks plus a gap of 0-3 weeks while a citizen is unemployed, so the
26-week windows of one spell's decisions never overlap: decision k's 26-week outcome is its
own draw, exactly `p26[arm]`. The 52-week chance is exact too: it adds the chance of an exit
in the next window before week 52, averaged over the caseworker's next choice and over
whether the current course is completed (see README.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from training.demo.calendar import LAST_DECISION, OBSERVED_UNTIL, day, year_of
from training.demo.population import Population
from training.demo.programmes import N_ARMS, PROGRAMMES, eligibility
from training.demo.region import JOBCENTRE_LATLON, distance_km
from training.demo.world import (
    ARM_INDEX,
    EARLIEST_EXIT_DAY,
    HORIZON_DAYS,
    Situation,
    attendance_probability,
    choice_probabilities,
    outcome_chances,
)

OBS_END = day(OBSERVED_UNTIL)
DEC_END = day(LAST_DECISION)
N_SESSIONS = np.array([0] + [int(np.clip(p.duration_weeks // 4, 2, 4)) for p in PROGRAMMES])
WAIT_DAYS = np.array([0] + [7 * p.waiting_weeks for p in PROGRAMMES])
DUR_DAYS = np.array([0] + [7 * p.duration_weeks for p in PROGRAMMES])
P_LAT = np.array([0.0] + [p.lat for p in PROGRAMMES])
P_LON = np.array([0.0] + [p.lon for p in PROGRAMMES])
# Completing these raises a recorded value: Danish level, literacy+numeracy, digital.
RAISES = {ARM_INDEX["P02"]: "lang", ARM_INDEX["P03"]: "litnum", ARM_INDEX["P12"]: "dig"}


@dataclass
class Log:
    """Columnar event log; each list holds numpy chunks, concatenated at the end."""

    cols: dict[str, list[np.ndarray]] = field(default_factory=dict)

    def add(self, **columns: np.ndarray) -> None:
        for name, values in columns.items():
            self.cols.setdefault(name, []).append(np.asarray(values))

    def frame(self) -> dict[str, np.ndarray]:
        return {k: np.concatenate(v) for k, v in self.cols.items()}


@dataclass
class Journeys:
    decisions: dict[str, np.ndarray]
    enrolments: dict[str, np.ndarray]
    appointments: dict[str, np.ndarray]
    exits: dict[str, np.ndarray]  # success spells: cid, start, end, education(bool)
    spells: dict[str, np.ndarray]  # unemployment spells: cid, start, end (exit day or big)
    programme_spells: dict[str, np.ndarray]  # subsidised job / programme education / sick
    assessments: dict[str, np.ndarray]  # cid, day, field code, value
    final: dict[str, np.ndarray]  # latest true values per citizen


def _session_days(arm: np.ndarray, start: np.ndarray, k: int) -> np.ndarray:
    return start + (k * DUR_DAYS[arm]) // np.maximum(N_SESSIONS[arm], 1)


def _completion_probability(p: np.ndarray) -> np.ndarray:
    """P(not a no-show and attended >= half) for iid-free sessions with chances p (n, s)."""
    n, s = p.shape
    need = int(np.ceil(s / 2))
    dist = np.zeros((n, s + 1))
    dist[:, 0] = 1.0
    for j in range(s):
        dist[:, 1:] = dist[:, 1:] * (1 - p[:, j : j + 1]) + dist[:, :-1] * p[:, j : j + 1]
        dist[:, 0] *= 1 - p[:, j]
    rest = np.zeros((n, s - 1))
    rest[:, 0] = 1.0
    for j in range(2, s):
        rest[:, 1:] = rest[:, 1:] * (1 - p[:, j : j + 1]) + rest[:, :-1] * p[:, j : j + 1]
        rest[:, 0] *= 1 - p[:, j]
    ge = dist[:, need:].sum(axis=1)
    rest_ge = rest[:, need:].sum(axis=1) if need <= s - 2 else np.zeros(n)
    return ge - (1 - p[:, 0]) * (1 - p[:, 1]) * rest_ge


def simulate(rng: np.random.Generator, pop: Population, styles: np.ndarray,
             offered: np.ndarray | None = None) -> Journeys:
    """`offered` (arms,): the programmes this municipality runs (default: all)."""
    n = pop.n
    cid = np.arange(n)
    spell_start = pop.first_spell.copy()
    next_meet = spell_start + rng.integers(14, 43, n)
    next_meet = np.maximum(next_meet, day("2018-01-01") + rng.integers(0, 182, n))
    lang, lit, num, dig = pop.lang.copy(), pop.lit.copy(), pop.num.copy(), pop.dig.copy()
    payoff = np.zeros(n)
    last_arm = np.full(n, -1)
    noshows = np.zeros(n, dtype=int)
    exp_y = np.zeros(n)  # years of work found during the simulation (pre-data jobs added later)
    pre_exp = np.minimum(rng.gamma(1.5, 2.5, n), np.maximum(pop.birth_year * 0 + 2018
                                                             - pop.birth_year - 17, 0))
    dist_job = distance_km(pop.lat, pop.lon, *JOBCENTRE_LATLON)
    dec, enr, app, ext, spl, psp, asm = (Log() for _ in range(7))
    spl_open = spell_start.copy()

    while True:
        idx = np.flatnonzero(next_meet <= OBS_END)
        if idx.size == 0:
            break
        t = next_meet[idx]
        health = pop.health[idx] + (t >= pop.health_change_day[idx])
        age = year_of(t) - pop.birth_year[idx]
        s = Situation(age=age, dur_w=(t - spell_start[idx]) / 7, sy=pop.sy[idx],
                      isced=pop.isced[idx], lit=lit[idx], num=num[idx], dig=dig[idx],
                      lang=lang[idx], health=health, exp_y=pre_exp[idx] + exp_y[idx],
                      u=pop.u[idx], payoff=payoff[idx], last_arm=last_arm[idx],
                      style=styles[pop.caseworker[idx]])
        elig = eligibility(s.sy, s.isced, s.lang, s.health, s.lit, s.num, s.dig)
        if offered is not None:
            elig = elig & offered[None, :]
        p26, pay = outcome_chances(s)
        pi = choice_probabilities(s, elig)
        arm = (pi.cumsum(axis=1) < rng.random(idx.size)[:, None]).sum(axis=1)
        arm = np.minimum(arm, N_ARMS - 1)
        gap = 7 * rng.integers(0, 4, idx.size)
        t_next = t + HORIZON_DAYS + gap
        m = len(idx)
        rows = np.arange(m)
        kids = pop.kids[idx]

        # Decision meeting attendance (the decision is recorded either way).
        p_meet = attendance_probability("meeting", health, dist_job[idx], age, kids, s.dur_w,
                                        noshows[idx], s.lang)
        missed = rng.random(m) >= p_meet
        app.add(cid=idx, day=t, kind=np.zeros(m, int), attended=~missed, p=p_meet)
        noshows[idx] += missed
        base_noshows = noshows[idx].copy()

        # Exit draw for the arm received: exactly p26[arm].
        success = rng.random(m) < p26[rows, arm]
        lo = EARLIEST_EXIT_DAY[arm]
        exit_day = np.where(success, t + lo + (rng.random(m) * (HORIZON_DAYS - lo + 1)).astype(int),
                            10**7)

        # Session attendance chances per arm, needed for the taken arm and for the branches.
        def session_chances(
            a: int, sel: np.ndarray, t=t, idx=idx, kids=kids, base_noshows=base_noshows, s=s
        ) -> tuple[np.ndarray, np.ndarray]:
            # Bound defaults: the closure is used only within this meeting step.
            start = t[sel] + WAIT_DAYS[a]
            k = N_SESSIONS[a]
            days_ = np.stack([start + (j * DUR_DAYS[a]) // k for j in range(k)], axis=1)
            dist = distance_km(pop.lat[idx[sel]], pop.lon[idx[sel]], P_LAT[a], P_LON[a])
            h = pop.health[idx[sel], None] + (days_ >= pop.health_change_day[idx[sel], None])
            ag = year_of(days_) - pop.birth_year[idx[sel], None]
            dw = (days_ - spell_start[idx[sel], None]) / 7
            p = attendance_probability("course_session", h, dist[:, None], ag,
                                       kids[sel, None], dw, base_noshows[sel, None],
                                       s.lang[sel, None])
            return days_, p

        completed = np.zeros(m, dtype=bool)
        session_misses_before_fu = np.zeros(m, dtype=int)
        fu_day = t + 91
        for a in range(1, N_ARMS):
            sel = np.flatnonzero(arm == a)
            if sel.size == 0:
                continue
            days_, p = session_chances(a, sel)
            att = rng.random(p.shape) < p
            no_show = ~att[:, 0] & ~att[:, 1]
            held = np.ones_like(att)
            held[:, 2:] = ~no_show[:, None]
            held &= days_ < exit_day[sel, None]
            held &= days_ <= OBS_END
            n_held = held.sum(axis=1)
            n_att = (att & held).sum(axis=1)
            need = int(np.ceil(N_SESSIONS[a] / 2))
            full_done = ~no_show & ((att.sum(axis=1)) >= need)
            start = t[sel] + WAIT_DAYS[a]
            end_planned = start + DUR_DAYS[a]
            cut = exit_day[sel] < end_planned
            end = np.where(cut, exit_day[sel], end_planned)
            completed[sel] = full_done & ~cut & (end_planned <= OBS_END)
            status = np.where(no_show, 4, np.where(n_att < need * (n_held / N_SESSIONS[a]), 3, 2))
            status = np.where(end > OBS_END, 1, status)  # active at export
            status = np.where(start > OBS_END, 0, status)  # planned
            rate = np.where(n_held > 0, n_att / np.maximum(n_held, 1), np.nan)
            enr.add(cid=idx[sel], arm=np.full(sel.size, a), start=start,
                    end=np.where(status <= 1, -1, end), status=status, rate=rate)
            hr, hc = np.nonzero(held)
            app.add(cid=idx[sel][hr], day=days_[hr, hc], kind=np.full(hr.size, 2),
                    attended=att[hr, hc], p=p[hr, hc])
            miss = ~att & held
            session_misses_before_fu[sel] = (miss & (days_ < fu_day[sel, None])).sum(axis=1)
            noshows[idx[sel]] += miss.sum(axis=1)
            kind = PROGRAMMES[a - 1].kind
            if kind in ("wage_subsidy", "education"):
                psp.add(cid=idx[sel], start=start, end=end,
                        status=np.full(sel.size, 1 if kind == "wage_subsidy" else 2))

        # Follow-up meeting halfway through the window, if still unemployed.
        has_fu = (exit_day > fu_day) & (fu_day <= OBS_END)
        f = np.flatnonzero(has_fu)
        p_fu = attendance_probability(
            "followup", pop.health[idx[f]] + (fu_day[f] >= pop.health_change_day[idx[f]]),
            dist_job[idx[f]], year_of(fu_day[f]) - pop.birth_year[idx[f]], kids[f],
            (fu_day[f] - spell_start[idx[f]]) / 7, base_noshows[f] + session_misses_before_fu[f],
            s.lang[f])
        fu_att = rng.random(f.size) < p_fu
        app.add(cid=idx[f], day=fu_day[f], kind=np.ones(f.size, int), attended=fu_att, p=p_fu)
        noshows[idx[f]] += ~fu_att

        # Sick spells for people with health limitations and no programme.
        sick = (arm == 0) & (health >= 1) & (rng.random(m) < 0.25)
        sk = np.flatnonzero(sick)
        s_start = t[sk] + rng.integers(14, 43, sk.size)
        s_end = np.minimum(s_start + rng.integers(28, 71, sk.size), np.minimum(exit_day[sk],
                                                                               t_next[sk]))
        ok = s_end > s_start
        psp.add(cid=idx[sk][ok], start=s_start[ok], end=s_end[ok], status=np.full(ok.sum(), 3))

        # Exact 52-week chance: next window, before day 364, averaged over completion and choice.
        p52 = _p52(s, idx, t_next, gap, p26, pay, pop, spell_start, session_chances, m,
                   offered)

        exported = t <= DEC_END
        dec.add(cid=idx, day=t, arm=arm, cw=pop.caseworker[idx], exported=exported,
                elig=elig, p26=p26, p52=p52, u=s.u)

        # Update the world.
        done = np.flatnonzero(completed)
        for a, what in RAISES.items():
            hit = done[arm[done] == a]
            end_day = t[hit] + WAIT_DAYS[a] + DUR_DAYS[a]
            c = idx[hit]
            if what == "lang":
                up = lang[c] < 6
                lang[c[up]] += 1
                asm.add(cid=c[up], day=end_day[up], field=np.zeros(up.sum(), int),
                        value=lang[c[up]])
            elif what == "litnum":
                for code, arr in ((1, lit), (2, num)):
                    up = arr[c] < 5
                    arr[c[up]] += 1
                    asm.add(cid=c[up], day=end_day[up], field=np.full(up.sum(), code),
                            value=arr[c[up]])
            else:
                up = dig[c] < 5
                dig[c[up]] += 1
                asm.add(cid=c[up], day=end_day[up], field=np.full(up.sum(), 3), value=dig[c[up]])

        stay = ~success
        payoff[idx[stay]] = pay[rows[stay], arm[stay]]
        last_arm[idx[stay]] = arm[stay]
        next_meet[idx[stay]] = t_next[stay]

        w = np.flatnonzero(success)
        c = idx[w]
        education = rng.random(w.size) < np.where(pop.birth_year[c] > 1995, 0.3, 0.06)
        job_len = 56 + rng.exponential(np.where(education, 700, 900), w.size).astype(int)
        ex_end = exit_day[w] + job_len
        ext.add(cid=c, start=exit_day[w], end=ex_end, education=education,
                from_arm=arm[w], completed=completed[w])
        spl.add(cid=c, start=spl_open[c], end=exit_day[w])
        exp_y[c] += np.where(education, 0, job_len / 365.25)
        pause = np.where(rng.random(w.size) < 0.3, rng.integers(56, 281, w.size), 0)
        new_start = ex_end + pause
        psp.add(cid=c[pause > 0], start=ex_end[pause > 0], end=new_start[pause > 0],
                status=np.full((pause > 0).sum(), 4))
        spell_start[c] = new_start
        spl_open[c] = new_start
        next_meet[c] = new_start + rng.integers(14, 43, w.size)
        payoff[c] = 0.0
        last_arm[c] = -1
        new_spell = new_start <= OBS_END
        asm.add(cid=c[new_spell], day=new_start[new_spell],
                field=np.full(new_spell.sum(), 9), value=new_start[new_spell])

    # Spells still open at export.
    open_ = spl_open <= OBS_END
    spl.add(cid=cid[open_], start=spl_open[open_], end=np.full(open_.sum(), 10**7))
    final = {"lang": lang, "lit": lit, "num": num, "dig": dig, "exp_y": pre_exp + exp_y,
             "pre_exp": pre_exp, "spell_start": spl_open}
    return Journeys(dec.frame(), enr.frame(), app.frame(), ext.frame(), spl.frame(),
                    psp.frame(), asm.frame() if asm.cols else {}, final)


def _p52(s, idx, t_next, gap, p26, pay, pop, spell_start, session_chances, m,
         offered=None) -> np.ndarray:
    """For every arm: p26 + (1 - p26) * P(exit in the next window by day 364 | no exit)."""
    health = pop.health[idx] + (t_next >= pop.health_change_day[idx])
    age = year_of(t_next) - pop.birth_year[idx]
    out = np.empty_like(p26)
    allrows = np.arange(m)
    for a in range(N_ARMS):
        branches = [(1.0, 0)]
        if a in RAISES:
            _days, p = session_chances(a, allrows)
            c = _completion_probability(p)
            branches = [(1 - c, 0), (c, 1)]
        q = np.zeros(m)
        for weight, done in branches:
            lang, lit, num, dig = s.lang, s.lit, s.num, s.dig
            if done and RAISES[a] == "lang":
                lang = np.where(lang < 6, lang + 1, lang)
            elif done and RAISES[a] == "litnum":
                lit, num = np.minimum(lit + 1, 5), np.minimum(num + 1, 5)
            elif done:
                dig = np.minimum(dig + 1, 5)
            s2 = Situation(age=age, dur_w=(t_next - spell_start[idx]) / 7, sy=s.sy,
                           isced=s.isced, lit=lit, num=num, dig=dig, lang=lang, health=health,
                           exp_y=s.exp_y, u=s.u, payoff=pay[:, a], last_arm=np.full(m, a),
                           style=s.style)
            elig = eligibility(s2.sy, s2.isced, s2.lang, s2.health, s2.lit, s2.num, s2.dig)
            if offered is not None:
                elig = elig & offered[None, :]
            p2, _ = outcome_chances(s2)
            pi2 = choice_probabilities(s2, elig)
            room = HORIZON_DAYS - gap  # days of the next window that fall within 52 weeks
            lo = EARLIEST_EXIT_DAY[None, :]
            in_time = np.clip((room[:, None] - lo + 1) / (HORIZON_DAYS - lo + 1), 0, 1)
            q += weight * (pi2 * p2 * in_time).sum(axis=1)
        out[:, a] = p26[:, a] + (1 - p26[:, a]) * q
    return out
