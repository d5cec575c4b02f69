"""The ground truth: one entry per decision, bounded heterogeneous effects, confounding,
overlap, outcomes drawn from the true chance, attendance consistent with its chance."""

from __future__ import annotations

import json
from datetime import date, timedelta

import numpy as np
import pytest

from training.demo.programmes import ARMS, N_ARMS
from training.demo.world import Situation, choice_probabilities, full_effects, outcome_chances

pytestmark = pytest.mark.xdist_group("demo")


@pytest.fixture(scope="module")
def truth(demo_a):
    return json.loads((demo_a / "truth.json").read_text(encoding="utf-8"))


def _rows(demo, name):
    with (demo / "bundle" / f"{name}.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def test_one_truth_entry_per_decision_and_observed_is_eligible(demo_a, truth):
    decisions = _rows(demo_a, "decisions")
    assert [(t["citizen_id"], t["date"]) for t in truth] == [
        (d["citizen_id"], d["date"]) for d in decisions]
    for entry, decision in zip(truth, decisions, strict=True):
        assert entry["observed"] == (decision["programme_id"] or "none")
        assert entry["observed"] in entry["eligible"] and "none" in entry["eligible"]
        assert set(entry["p"]) == set(ARMS) == set(entry["p52"])


def test_effects_lie_between_zero_and_fifteen_points(truth):
    p = np.array([[t["p"][a] for a in ARMS] for t in truth])
    effect = p - p[:, :1]
    assert effect.min() >= -1e-9 and effect.max() <= 0.155
    assert 0.15 <= np.median(p[:, 0]) <= 0.6
    counts = {a: sum(t["observed"] == a for t in truth) for a in ARMS}
    assert min(counts.values()) >= 40, counts  # >= ~800 per arm at 20,000 citizens


def _situation(n: int, **values) -> Situation:
    base = dict(age=np.full(n, 35), dur_w=np.full(n, 30.0), sy=np.full(n, 11),
                isced=np.full(n, 3), lit=np.full(n, 4), num=np.full(n, 4), dig=np.full(n, 4),
                lang=np.full(n, 7), health=np.zeros(n, int), exp_y=np.full(n, 3.0),
                u=np.zeros(n), payoff=np.zeros(n), last_arm=np.full(n, -1),
                style=np.zeros((n, N_ARMS)))
    base.update({k: np.asarray(v) for k, v in values.items()})
    return Situation(**base)


def test_completed_school_but_weak_skills_gain_only_from_basic_skills():
    a = {arm: i for i, arm in enumerate(ARMS)}
    weak = _situation(2, sy=[5, 6], isced=[2, 3], lit=[2, 1], num=[1, 2])
    schooled = _situation(2, sy=[11, 12], isced=[3, 3], lit=[4, 3], num=[3, 4])
    tw, ts = full_effects(weak), full_effects(schooled)
    assert np.all(tw[:, a["P04"]] == 0) and np.all(ts[:, a["P04"]] >= 0.1)
    assert np.all(tw[:, a["P03"]] >= 0.1) and np.all(ts[:, a["P03"]] == 0)


def test_other_built_in_heterogeneity():
    a = {arm: i for i, arm in enumerate(ARMS)}
    low, high = full_effects(_situation(1, lang=[1])), full_effects(_situation(1, lang=[5]))
    assert low[0, a["P02"]] >= 0.1 > high[0, a["P02"]]
    long_, short = full_effects(_situation(1, dur_w=[110])), full_effects(_situation(1, dur_w=[8]))
    assert long_[0, a["P07"]] >= 0.1 and short[0, a["P07"]] == 0
    close = full_effects(_situation(1, dur_w=[4], lit=[5], num=[5]))
    far = full_effects(_situation(1, dur_w=[100], lit=[2], num=[2], health=[2]))
    assert close[0, a["P01"]] > 0.08 and far[0, a["P01"]] == 0
    both = full_effects(_situation(3, age=[25, 45, 60], lang=[1, 3, 5], health=[0, 1, 2]))
    assert np.all(both[:, a["P08"]] == 0) and np.all(both[:, a["P09"]] == 0)


def test_long_courses_lock_in(truth):
    i10 = ARMS.index("P10")
    el = [t for t in truth if "P10" in t["eligible"]]
    e26 = np.mean([t["p"]["P10"] - t["p"]["none"] for t in el])
    e52 = np.mean([t["p52"]["P10"] - t["p52"]["none"] for t in el])
    assert e52 > e26 + 0.02 and i10 > 0


def test_u_moves_baseline_not_effects_and_choices_keep_overlap():
    n = 5
    s_low, s_high = _situation(n, u=np.full(n, -1.5)), _situation(n, u=np.full(n, 1.5))
    assert np.all(outcome_chances(s_high)[0][:, 0] > outcome_chances(s_low)[0][:, 0])
    assert np.array_equal(full_effects(s_low), full_effects(s_high))
    eligible = np.ones((n, N_ARMS), dtype=bool)
    eligible[:, 3] = False
    for s in (s_low, s_high):
        pi = choice_probabilities(s, eligible)
        assert np.allclose(pi.sum(axis=1), 1)
        assert pi[:, 3].max() == 0 and pi[:, eligible[0]].min() >= 0.03 - 1e-12
    assert (choice_probabilities(s_high, eligible)[:, 1].mean()
            > choice_probabilities(s_low, eligible)[:, 1].mean())


def test_choices_are_confounded_in_the_simulation():
    from training.demo.journeys import simulate
    from training.demo.population import caseworker_styles, draw_population

    rng = np.random.default_rng(3)
    pop = draw_population(rng, 1500)
    journeys = simulate(rng, pop, caseworker_styles(rng, N_ARMS))
    d = journeys.decisions
    u_job_search = d["u"][d["arm"] == ARMS.index("P01")].mean()
    u_mentor = d["u"][d["arm"] == ARMS.index("P08")].mean()
    assert u_job_search - u_mentor > 0.3


def test_observed_outcomes_follow_the_true_chance(demo_a, truth):
    """Outcome from the spells (unsubsidised work/education within 182 days) vs truth p."""
    starts: dict[str, list[str]] = {}
    for row in _rows(demo_a, "outcomes"):
        if row["status"] in ("employed", "education") and not row["subsidised"]:
            starts.setdefault(row["citizen_id"], []).append(row["start"])
    ys, ps = [], []
    for t in truth:
        d = date.fromisoformat(t["date"])
        horizon = (d + timedelta(days=182)).isoformat()
        if horizon > "2026-10-31":
            continue
        ys.append(any(t["date"] < s <= horizon for s in starts.get(t["citizen_id"], [])))
        ps.append(t["p"][t["observed"]])
    assert len(ys) > 1500
    assert abs(np.mean(ys) - np.mean(ps)) < 0.03
    order = np.argsort(ps)
    low, high = order[: len(order) // 3], order[-len(order) // 3 :]
    assert np.mean(np.array(ys)[high]) - np.mean(np.array(ys)[low]) > 0.2


def test_attendance_follows_its_chance(demo_a):
    with (demo_a / "truth_attendance.jsonl").open(encoding="utf-8") as handle:
        p = np.array([json.loads(line)["p"] for line in handle])
    attended = np.array([r["attended"] for r in _rows(demo_a, "appointments")])
    assert len(p) == len(attended) > 1000
    assert abs(attended.mean() - p.mean()) < 0.02
    assert attended[p > np.quantile(p, 0.8)].mean() > attended[p < np.quantile(p, 0.2)].mean()
    statuses = {r["status"] for r in _rows(demo_a, "enrolments")}
    assert {"completed", "dropped", "no_show"} <= statuses
