"""Scores against a known truth (the demo's `truth.json`): how much of the possible gain the
suggestions capture, how often they pick a best arm, and how often intervals cover the truth.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

from desktop_app.scoring.suggestion import CaseSuggestion

TOP1_TOLERANCE = 0.005  # within half a percentage point of the best eligible arm


def load_truth(path: Path) -> dict[tuple[str, str], dict[str, Any]]:
    items = json.loads(Path(path).read_text(encoding="utf-8"))
    return {(str(t["citizen_id"]), str(t["date"])[:10]): t for t in items}


def truth_metrics(suggestions: list[CaseSuggestion], observed: list[str],
                  truth: dict[tuple[str, str], dict[str, Any]], key: str, weeks: float,
                  capacity_arms: list[str] | None = None) -> dict[str, Any]:
    """`key` is the truth field ("p" = 26 weeks, "p52"); `weeks` the matching model horizon."""
    v_s, v_o, v_best, hits, v_cap, who = [], [], [], [], [], []
    covered, shown = 0, 0
    per_arm: dict[str, list[int]] = {}
    ineligible = 0
    for k, (s, obs) in enumerate(zip(suggestions, observed, strict=True)):
        t = truth.get((s.citizen_id, s.date))
        if t is None or key not in t:
            continue
        p = t[key]
        eligible = set(t.get("eligible") or ()) | {"none"}
        eligible = {a for a in eligible if a in p}
        best = max(p[a] for a in eligible)
        if s.abstained:
            pick = obs
        else:
            pick = s.suggested or "none"
            if pick not in eligible:
                ineligible += 1
                pick = obs
        v_s.append(p.get(pick, p[obs]))
        v_o.append(p[obs])
        v_best.append(best)
        who.append(s.citizen_id)
        hits.append(p.get(pick, -1.0) >= best - TOP1_TOLERANCE)
        if capacity_arms is not None:
            v_cap.append(p.get(capacity_arms[k], p[obs]))
        for arm in s.arms:
            if arm.arm == "none" or arm.eligible is not True or arm.arm not in p:
                continue
            estimate = arm.estimates.get(weeks)
            if estimate is None:
                continue
            true_effect = p[arm.arm] - p["none"]
            inside = estimate.low <= true_effect <= estimate.high
            covered += inside
            shown += 1
            per_arm.setdefault(arm.arm, []).append(int(inside))
    if not v_s:
        return {"matched_decisions": 0}
    vs, vo, vb = float(np.mean(v_s)), float(np.mean(v_o)), float(np.mean(v_best))
    out = {
        "matched_decisions": len(v_s),
        "true_value": {"suggested": vs, "observed": vo, "oracle": vb},
        "oracle_gain_share": (vs - vo) / (vb - vo) if vb > vo else None,
        "oracle_gain_share_ci": share_interval(np.array(v_s), np.array(v_o), np.array(v_best),
                                               np.array(who, dtype=object)),
        "top1_agreement": float(np.mean(hits)),
        "suggested_but_truly_ineligible": ineligible,
    }
    if v_cap:
        out["true_value"]["suggested_with_capacity"] = float(np.mean(v_cap))
    if shown:
        out["interval_coverage"] = covered / shown
        out["interval_coverage_by_arm"] = {a: float(np.mean(v)) for a, v in sorted(per_arm.items())}
        out["intervals_checked"] = shown
    return out


def share_interval(v_s: np.ndarray, v_o: np.ndarray, v_best: np.ndarray, citizens: np.ndarray,
                   draws: int = 200, seed: int = 0, level: float = 0.95) -> list[float] | None:
    """Percentile interval of the oracle gain share, resampling whole citizens (the truth is
    known; the interval is the sampling uncertainty of which citizens were evaluated)."""
    _, group = np.unique(citizens, return_inverse=True)
    n = int(group.max()) + 1
    sums = [np.bincount(group, v, minlength=n) for v in (v_s, v_o, v_best)]
    weights = np.random.default_rng(seed).multinomial(n, np.full(n, 1 / n), size=draws)
    s, o, b = (weights @ x for x in sums)
    ok = b > o
    if ok.sum() < draws // 2:
        return None
    shares = (s[ok] - o[ok]) / (b[ok] - o[ok])
    tail = (1 - level) / 2
    return [float(np.quantile(shares, tail)), float(np.quantile(shares, 1 - tail))]
