"""The local check: does a shared model work on this municipality's own history?

Evaluates an installed, signed model on the history in the municipality's case cache (nothing
leaves the machine: the rows are read into memory and nothing else is written but the verdict
in the same cache) with the doubly robust evaluation of `evaluate`, and adds calibration, the
share of decisions outside the model's training support and the fairness audit by group. The
verdict follows RULE, written down in docs/local-check.md before anything was measured.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np

from desktop_app.scoring.bundle_source import BundleData
from desktop_app.scoring.local_verdict import (
    NOT_SHOWN_TO_WORK,
    SHOWN_TO_WORK,
    TOO_LITTLE_HISTORY,
    LocalVerdict,
)
from desktop_app.trust.package_files import PackageFiles
from training.suggestions.evaluation import EvaluationError, EvaluationRows, evaluate_with_rows
from training.suggestions.fairness import age_band, citizen_groups
from training.suggestions.policy_value import clustered_bootstrap

RULE: dict[str, Any] = {
    "version": 1,
    "min_citizens": 300,  # local citizens with an observed outcome at the primary horizon
    "max_gain_interval_width": 0.10,  # wider: too imprecise to tell harm from gain
    "min_gain_low": 0.0,  # lower 95% end of the gain over the observed choices must be above
    "max_calibration_gap": 0.05,  # |observed - predicted| under the programme received
    "max_outside_support": 0.20,  # share of decisions outside the training support
    "min_group_size": 50,  # citizens; smaller audit groups are not judged
    "min_group_gain_high": -0.02,  # upper 95% end of a group's gain must reach this
}
FACETS = ("gender", "origin", "age_band")


def check_local(package: PackageFiles, data: BundleData, key: bytes | None = None,
                seed: int = 0, draws: int = 500, version: str = "",
                truth: Path | None = None) -> dict[str, Any]:
    """The local check's report (figures, verdict, failed conditions, RULE). `truth`: only
    for demo data whose truth is known (adds the true values and the oracle gain share; the
    verdict never reads them)."""
    try:
        result, rows = evaluate_with_rows(package, data, key, truth=truth, seed=seed,
                                          draws=draws)
    except EvaluationError as error:
        return _report_without_figures(version, str(error))
    within = result["within_places"]
    report: dict[str, Any] = {
        "model_version": version,
        "evaluated_citizens": result["evaluated_citizens"],
        "evaluated_decisions": result["evaluated_decisions"],
        "citizens_with_outcome": len(np.unique(rows.citizens)),
        "decisions_with_outcome": len(rows.citizens),
        "training_citizens": result["training_citizens"],
        "horizon_weeks": rows.weeks,
        "policy_value": {
            "suggested": result["policy_value"]["suggested"],
            "observed": result["policy_value"]["observed"],
            "best_single": result["policy_value"]["best_single"],
            "within_places": within["value"],
            "within_places_observed": within["observed"]["value"],
        },
        "best_single_arm": result["best_single_arm"],
        "gain_vs_observed": result["gain_vs_observed"],
        "gain_vs_best_single": result["gain_vs_best_single"],
        "calibration": _calibration(rows, draws, seed),
        "outside_support": {"share": rows.outside_share, "decisions": rows.all_decisions,
                            "outside": rows.outside},
        "fairness": _fairness(rows, citizen_groups(data.records.get("citizens", [])), draws,
                              seed),
    }
    report["verdict"], report["failed"] = apply_rule(report)
    report["rule"] = RULE
    if truth is not None:
        report["truth"] = {**(result.get("truth") or {}),
                           "within_places_share": within.get("share_of_achievable")}
    return report


def _report_without_figures(version: str, why: str) -> dict[str, Any]:
    return {"model_version": version, "citizens_with_outcome": 0, "note": why,
            "verdict": TOO_LITTLE_HISTORY, "failed": ["few_citizens"], "rule": RULE}


def apply_rule(report: Mapping[str, Any]) -> tuple[str, list[str]]:
    """(verdict, codes of the failed conditions) by RULE; see docs/local-check.md §2."""
    if report["citizens_with_outcome"] < RULE["min_citizens"]:
        return TOO_LITTLE_HISTORY, ["few_citizens"]
    gain = report["gain_vs_observed"]
    if gain["ci_high"] - gain["ci_low"] > RULE["max_gain_interval_width"]:
        return TOO_LITTLE_HISTORY, ["imprecise"]
    failed = []
    if gain["ci_low"] <= RULE["min_gain_low"]:
        failed.append("no_gain_shown")
    if abs(report["calibration"]["gap"]["estimate"]) > RULE["max_calibration_gap"]:
        failed.append("miscalibrated")
    if report["outside_support"]["share"] > RULE["max_outside_support"]:
        failed.append("outside_support")
    for facet, groups in report["fairness"].items():
        for group, figures in groups.items():
            if isinstance(figures, dict) and figures.get("judged") and \
                    figures["gain_vs_observed"]["ci_high"] < RULE["min_group_gain_high"]:
                failed.append(f"group_harmed:{facet}={group}")
    return (NOT_SHOWN_TO_WORK if failed else SHOWN_TO_WORK), failed


def _calibration(rows: EvaluationRows, draws: int, seed: int) -> dict[str, Any]:
    ok = ~np.isnan(rows.predicted)
    boot = clustered_bootstrap({"gap": rows.y[ok] - rows.predicted[ok],
                                "predicted": rows.predicted[ok], "observed": rows.y[ok]},
                               rows.citizens[ok], draws, seed)
    return {"gap": boot["gap"], "predicted": boot["predicted"]["estimate"],
            "observed": boot["observed"]["estimate"], "decisions": int(ok.sum())}


def _fairness(rows: EvaluationRows, groups: dict[str, dict[str, Any]], draws: int,
              seed: int) -> dict[str, dict[str, Any]]:
    """Per audit group (never a model input): the gain of the suggestions over the observed
    choices and calibration, with intervals; groups below RULE's size are not judged."""
    values = {
        "gender": np.array([groups.get(str(c), {}).get("gender", "unknown")
                            for c in rows.citizens]),
        "origin": np.array([groups.get(str(c), {}).get("origin", "unknown")
                            for c in rows.citizens]),
        "age_band": np.array([age_band(groups.get(str(c), {}).get("birth_year"), d)
                              for c, d in zip(rows.citizens, rows.days, strict=True)]),
    }
    out: dict[str, dict[str, Any]] = {}
    for facet in FACETS:
        out[facet] = {}
        for group in sorted(set(values[facet])):
            mask = values[facet] == group
            citizens = len(np.unique(rows.citizens[mask]))
            if citizens < RULE["min_group_size"]:
                out[facet][str(group)] = {"citizens": citizens, "judged": False,
                                          "note": "group too small"}
                continue
            ok = mask & ~np.isnan(rows.predicted)
            boot = clustered_bootstrap({"gain": rows.gain[mask]}, rows.citizens[mask], draws,
                                       seed)
            gap = clustered_bootstrap({"gap": rows.y[ok] - rows.predicted[ok]},
                                      rows.citizens[ok], draws, seed)
            out[facet][str(group)] = {"citizens": citizens, "judged": True,
                                      "gain_vs_observed": boot["gain"],
                                      "calibration_gap": gap["gap"]}
    return out


def verdict_record(report: Mapping[str, Any], version: str,
                   now: dt.datetime | None = None) -> LocalVerdict:
    """What the cache keeps of a report: the verdict and the headline figures."""
    headline = {k: report[k] for k in ("policy_value", "gain_vs_observed", "calibration",
                                       "outside_support", "training_citizens", "note")
                if k in report}
    headline["rule"] = report["rule"]
    when = (now or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds")
    return LocalVerdict(str(version), report["verdict"], when,
                        int(report["citizens_with_outcome"]), tuple(report["failed"]), headline)
