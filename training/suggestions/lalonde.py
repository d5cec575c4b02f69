"""LaLonde's NSW job-training data as a bundle: real data no one here made.

Treated: the NSW experiment's treated men (`causaldata.nsw_mixtape`, Dehejia-Wahba sample);
controls: CPS survey men (`causaldata.cps_mixtape`) — the classic observational comparison
whose controls barely overlap the treated. Outcome: employed in 1978 (re78 > 0). The
experimental benchmark is NSW treated vs NSW's own randomised controls.

Run: `python -m training.suggestions.lalonde OUT` — writes OUT/bundle, trains on the
observational combination and prints the estimated effect on the treated beside the
experimental one, with overlap diagnostics.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

DECISION = "1976-01-01"
EXPORTED = "1979-06-01T00:00:00Z"
HORIZON_WEEKS = 160.0  # reaches past the end of 1978 from the decision in early 1976
CONFIG = {
    "horizons": [HORIZON_WEEKS], "holdout_share": 0.0, "min_decisions_per_arm": 30,
    "attributes_allowlist": ["married", "earnings_1974", "earnings_1975", "ethnicity_black",
                             "ethnicity_hispanic"],  # ethnicity is refused by the blocklist
    "effect_min_leaf": 60, "ensemble_members": 4,
}


def _frames() -> tuple[Any, Any]:
    from causaldata import cps_mixtape, nsw_mixtape

    return nsw_mixtape.load_pandas().data, cps_mixtape.load_pandas().data


def experimental_att() -> dict[str, float]:
    nsw, _ = _frames()
    employed = (nsw["re78"] > 0).astype(float)
    treated, control = employed[nsw["treat"] == 1], employed[nsw["treat"] == 0]
    se = float(np.sqrt(treated.var() / len(treated) + control.var() / len(control)))
    effect = float(treated.mean() - control.mean())
    return {"effect": effect, "ci_low": effect - 1.96 * se, "ci_high": effect + 1.96 * se,
            "treated": len(treated), "controls": len(control)}


def _citizen(i: int, row: Any, prefix: str) -> tuple[dict, list[dict]]:
    cid = f"{prefix}{i:05d}"
    citizen = {
        "id": cid, "birth_year": 1976 - int(row["age"]), "gender": "m",
        "school_years": int(row["educ"]), "education_isced": 2 if row["nodegree"] else 3,
        "attributes": {"married": bool(row["marr"]), "earnings_1974": float(row["re74"]),
                       "earnings_1975": float(row["re75"]),
                       "ethnicity_black": bool(row["black"]),
                       "ethnicity_hispanic": bool(row["hisp"])},
    }
    spells = []
    for year, column in ((1974, "re74"), (1975, "re75"), (1978, "re78")):
        status = "employed" if row[column] > 0 else "unemployed"
        spells.append({"citizen_id": cid, "start": f"{year}-01-01", "end": f"{year + 1}-01-01",
                       "status": status, "subsidised": False})
    return citizen, spells


def write_lalonde_bundle(out: Path) -> Path:
    nsw, cps = _frames()
    treated = nsw[nsw["treat"] == 1]
    bundle = out / "bundle"
    bundle.mkdir(parents=True, exist_ok=True)
    rows: dict[str, list[dict]] = {"citizens": [], "decisions": [], "outcomes": []}
    for prefix, frame in (("NSW", treated), ("CPS", cps)):
        for i, (_, row) in enumerate(frame.iterrows()):
            citizen, spells = _citizen(i, row, prefix)
            rows["citizens"].append(citizen)
            rows["outcomes"].extend(spells)
            rows["decisions"].append({"citizen_id": citizen["id"], "date": DECISION,
                                      "programme_id": "NSW" if prefix == "NSW" else None})
    for name, items in rows.items():
        (bundle / f"{name}.jsonl").write_text(
            "".join(json.dumps(item) + "\n" for item in items), encoding="utf-8")
    programme = {"id": "NSW", "name": {"en": "National Supported Work"}, "kind": "work_trial",
                 "duration_weeks": 52, "prerequisites": {}}
    (bundle / "programmes.jsonl").write_text(json.dumps(programme) + "\n", encoding="utf-8")
    (bundle / "manifest.json").write_text(json.dumps(
        {"contract_version": "1", "exported_at": EXPORTED, "municipality": "LaLonde NSW + CPS",
         "source_system": "causaldata"}), encoding="utf-8")
    return bundle


def lalonde_report(out: Path, seed: int = 1) -> dict[str, Any]:
    from desktop_app.scoring.bundle_source import load_bundle
    from training.suggestions.config import TrainingConfig
    from training.suggestions.diagnostics import overlap_diagnostics
    from training.suggestions.trainer import train_model

    data = load_bundle(write_lalonde_bundle(out))
    config = TrainingConfig(**CONFIG)
    model = train_model(data, config, seed)
    train, e = model.train, model.propensity_oof
    fit = model.horizons[0]
    y = train.y[fit.weeks]
    t = (train.arm == 1).astype(float)
    e1 = np.clip(e[:, 1], 1e-6, 1 - 1e-6)
    mu0 = fit.mu[:, 0]
    # Doubly robust effect on the treated (Moodie et al.), odds weights for the controls.
    weights = e1 / (1 - e1)
    att_dr = float((np.sum(t * (y - mu0)) - np.sum((1 - t) * weights * (y - mu0)))
                   / t.sum())
    influence = (t * (y - mu0) - (1 - t) * weights * (y - mu0) - t * att_dr) / t.mean()
    att_se = float(np.sqrt(np.sum(influence ** 2)) / len(y))
    att_trimmed_rows = (e1 < 0.95)
    att_model = float(fit.effects[0].point.predict(train.X[t == 1]).mean())
    naive = float(y[t == 1].mean() - y[t == 0].mean())
    overlap = overlap_diagnostics(model)[1]
    share_tiny = float((e1[t == 0] < 0.01).mean())
    return {
        "experimental_att": experimental_att(),
        "naive_difference": naive,
        "dr_att": {"effect": att_dr, "ci_low": att_dr - 1.96 * att_se,
                   "ci_high": att_dr + 1.96 * att_se},
        "cate_model_mean_on_treated": att_model,
        "treated_share_with_propensity_above_0.95": float((~att_trimmed_rows[t == 1]).mean()),
        "cps_controls_with_propensity_below_0.01": share_tiny,
        "overlap": overlap,
        "features": model.table.schema.names,
        "refused_attributes": model.table.schema.notes,
    }


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "lalonde_out")
    print(json.dumps(lalonde_report(target), indent=2, default=float))
